"""Bilateral trade figures: Vietnam's trade with a Chinese province, or with China as a whole."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from extract.lexicon import PhraseSet, load_data, word_set
from extract.numbers import Amount, find_amounts
from extract.periods import Found, period_near, relative_year, year_after, year_before
from extract.places import PlaceMention, find_places
from extract.text import Token, tokenize
from extract.types import NATIONAL, TradeFigure, TradeKind

_GROWTH = re.compile(
    r"\b(?P<dir>tăng|giảm)(?:\s+trưởng)?(?:\s+(?:mạnh|nhẹ|lần lượt))?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ở mức|tới|đến))?\s+"
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|phần\s+trăm)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r";|\btrong đó\b|\bchiếm\b|\bcòn\b", re.I)
_ROMAN_OR_NUMBER = re.compile(r"^(?:[IVX]+|\d+(?:[.,]\d+)*)$")
_PARTY_WORDS = re.compile(r"\b(?P<role>sang|vào|tới|đến|từ|của)\s+(?:thị trường\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class _Words:
    two_way: PhraseSet
    export: PhraseSet
    imports: PhraseSet
    not_trade: PhraseSet
    target: PhraseSet
    other_partners: PhraseSet
    bilateral: PhraseSet
    two_countries: PhraseSet
    allowed: frozenset[str]
    approximate: PhraseSet


@cache
def _words() -> _Words:
    data = load_data("trade")
    return _Words(
        two_way=PhraseSet(data["two_way"]),
        export=PhraseSet(data["export"]),
        imports=PhraseSet(data["import"]),
        not_trade=PhraseSet(data["not_trade"]),
        target=PhraseSet(data["target"]),
        other_partners=PhraseSet(data["other_partners"]),
        bilateral=PhraseSet(data["bilateral"]),
        two_countries=PhraseSet(data["two_countries"]),
        allowed=word_set(data["allowed"]),
        approximate=PhraseSet(data["approximate"]),
    )


@dataclass(frozen=True, slots=True)
class _Keyword:
    kind: str  # "two-way", "export", "import"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of the article tells a sentence: its main province and reference year."""

    main_province: str | None = None
    reference_year: int | None = None


def find_trade_figures(sentences: Iterable[str], context: Context) -> list[TradeFigure]:
    """Every bilateral trade figure in the sentences, without repeats."""
    figures: list[TradeFigure] = []
    for sentence in sentences:
        figures.extend(sentence_figures(sentence, context))
    return _without_repeats(figures)


def sentence_figures(sentence: str, context: Context) -> list[TradeFigure]:
    """The trade figures of one sentence, each quoting it."""
    amounts = _with_currencies(find_amounts(sentence))
    tokens = tokenize(sentence)
    places = find_places(sentence)
    figures: list[TradeFigure] = []
    previous: TradeFigure | None = None
    previous_end = 0
    for amount in amounts:
        if _is_equivalent(sentence, amount, previous_end):
            if figures and figures[-1] is previous and _restates_in_usd(previous, amount):
                figures[-1] = previous = _in_usd(
                    previous, amount, sentence[previous_end : amount.start]
                )
            previous_end = amount.end
            continue
        figure = _figure(sentence, tokens, places, amount, previous, previous_end, context)
        previous_end = amount.end
        previous = figure or previous
        if figure:
            figures.append(figure)
    return figures


def _restates_in_usd(figure: TradeFigure | None, amount: Amount) -> bool:
    return figure is not None and figure.value_usd is None and amount.currency == "USD"


def _in_usd(figure: TradeFigure, amount: Amount, between: str) -> TradeFigure:
    """'300 tỷ NDT (khoảng 42 tỷ USD)': the figure in the dollars the article converts it to."""
    return replace(
        figure,
        value_usd=int(amount.value),
        value=None,
        currency="USD",
        approximate=figure.approximate or _approximate(between, 0),
    )


def _with_currencies(amounts: list[Amount]) -> list[Amount]:
    """Amounts whose currency is written once for several ('22,89 tỷ và 25,35 tỷ USD');
    an amount in brackets after another is the same sum in another currency and is dropped."""
    result: list[Amount] = []
    for i, amount in enumerate(amounts):
        currency = amount.currency
        if currency is None:
            later = next((a.currency for a in amounts[i + 1 :] if a.currency), None)
            earlier = next((a.currency for a in reversed(amounts[:i]) if a.currency), None)
            currency = later or earlier
        if currency is None:
            continue
        result.append(
            Amount(amount.start, amount.end, amount.literal, amount.value, currency, amount.scaled)
        )
    return result


def _figure(
    sentence: str,
    tokens: list[Token],
    places: list[PlaceMention],
    amount: Amount,
    previous: TradeFigure | None,
    previous_end: int,
    context: Context,
) -> TradeFigure | None:
    words = _words()
    before = sentence[: amount.start]
    keyword = _last_keyword(tokens, amount.start)
    if keyword is None:
        return None
    region_start = max(keyword.start, previous_end)
    region = sentence[region_start : amount.start]
    clause_start = before.rfind(";") + 1
    if (
        _has(words.not_trade, sentence[keyword.start : amount.start])
        or _has(words.target, sentence[clause_start : amount.start])
        or _has(words.other_partners, region)
        or any(p.place.kind == "country" for p in _within(places, region_start, amount.start))
        or not _plain_trade_words(tokens, places, keyword.start, amount.start)
        or any(
            p.place.kind == "vietnam" and p.place.name != "Việt Nam"
            for p in _within(places, region_start, amount.start)
        )
        or not _involves_vietnam(sentence, places, amount)
    ):
        return None
    province = _province(sentence, places, amount, region_start, previous, context)
    kind = _kind(keyword, sentence, places, previous_end, amount)
    year = _year(before, sentence[amount.end :], previous, context)
    if province is None or kind is None or year is None:
        return None
    year_found, year_value = year
    value_usd = int(amount.value) if amount.currency == "USD" else None
    return TradeFigure(
        province=province,
        year=year_value,
        period=period_near(before, year_found, region_start),
        kind=kind,
        value_usd=value_usd,
        growth_pct=_growth(sentence, amount, keyword, previous_end),
        approximate=_approximate(before, region_start),
        quote=sentence.strip(),
        value=None if value_usd is not None else float(amount.value),
        currency=amount.currency or "USD",
    )


def _last_keyword(tokens: list[Token], limit: int) -> _Keyword | None:
    """The last trade word before position `limit` (its kind decides the figure's kind)."""
    words = _words()
    keys = [t.key for t in tokens]
    found = None
    i = 0
    while i < len(tokens) and tokens[i].start < limit:
        for kind, phrases in (
            ("two-way", words.two_way),
            ("export", words.export),
            ("import", words.imports),
        ):
            match = phrases.match(keys, i)
            if match and tokens[i + match[0] - 1].end <= limit:
                found = _Keyword(kind, tokens[i].start, tokens[i + match[0] - 1].end)
                i += match[0] - 1
                break
        i += 1
    return found


def _is_equivalent(sentence: str, amount: Amount, previous_end: int) -> bool:
    """'300 tỷ NDT (khoảng 42 tỷ USD)': the bracketed sum restates the one before it."""
    between = sentence[previous_end : amount.start]
    return previous_end > 0 and between.strip().startswith("(") and len(between) < 25


def _has(phrases: PhraseSet, text: str) -> bool:
    keys = [t.key for t in tokenize(text)]
    return any(phrases.match(keys, i) for i in range(len(keys)))


def _within(places: list[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    return [p for p in places if start <= p.start and p.end <= end]


def _plain_trade_words(
    tokens: list[Token], places: list[PlaceMention], start: int, end: int
) -> bool:
    """Between the trade word and the amount only words of plain bilateral trade: parties,
    periods, 'đạt khoảng'… A product or a border gate there makes it a partial figure."""
    allowed = _words().allowed
    in_place = {(p.start, p.end) for p in places}
    for token in tokens:
        if token.start < start or token.end > end or not token.is_word:
            continue
        if token.key in allowed or _ROMAN_OR_NUMBER.match(token.text):
            continue
        if any(a <= token.start and token.end <= b for a, b in in_place):
            continue
        return False
    return True


def _involves_vietnam(sentence: str, places: list[PlaceMention], amount: Amount) -> bool:
    """Vietnam is a party: named before the amount, or right after it ('… với Việt Nam')."""
    words = _words()
    before = sentence[: amount.start]
    after = sentence[amount.end : amount.end + 40]
    return _has(words.bilateral, before) or _has(words.two_countries, before) or "Việt Nam" in after


def _province(
    sentence: str,
    places: list[PlaceMention],
    amount: Amount,
    region_start: int,
    previous: TradeFigure | None,
    context: Context,
) -> str | None:
    """The Chinese side: a province named with the trade words, the previous figure's, one named
    earlier in the sentence, China itself, or the article's province for 'hai bên'."""
    in_region = _chinese(_within(places, region_start, amount.start))
    if in_region:
        return in_region[-1]
    if previous is not None:
        return previous.province
    earlier = [p for p in places if p.end <= amount.start]
    divisions = [p.place.name for p in earlier if p.place.kind == "division"]
    if divisions:
        return divisions[-1]
    if any(p.place.kind == "china" for p in earlier):
        return NATIONAL
    words = _words()
    before = sentence[: amount.start]
    if _has(words.two_countries, before):
        return NATIONAL
    if _has(words.bilateral, before):
        return context.main_province
    return None


def _chinese(mentions: list[PlaceMention]) -> list[str]:
    return [
        p.place.name if p.place.kind == "division" else NATIONAL
        for p in mentions
        if p.place.kind in ("division", "china")
    ]


def _kind(
    keyword: _Keyword, sentence: str, places: list[PlaceMention], previous_end: int, amount: Amount
) -> TradeKind | None:
    """two-way, or the direction of exports/imports from who sends to whom."""
    if keyword.kind == "two-way":
        return "two-way"
    vietnam_acts = _vietnam_acts(sentence, places, keyword, previous_end, amount)
    if vietnam_acts is None:
        return None
    exports = keyword.kind == "export"
    return "vn_export" if exports == vietnam_acts else "vn_import"


def _vietnam_acts(
    sentence: str, places: list[PlaceMention], keyword: _Keyword, previous_end: int, amount: Amount
) -> bool | None:
    """Whether Vietnam is the one exporting (or importing) in this phrase; None when unclear.

    'Việt Nam xuất khẩu', 'xuất khẩu của Việt Nam', 'từ Việt Nam' make Vietnam the actor;
    'sang Quảng Tây'/'vào Trung Quốc' (for exports) or 'từ Quảng Tây' (for imports) make it
    the partner; otherwise the side named first in the sentence speaks.
    """
    for mention in _within(places, keyword.end, amount.start):
        role = _PARTY_WORDS.search(sentence[keyword.end : mention.start])
        is_vietnam = mention.place.name == "Việt Nam"
        if not role:
            continue
        word = role["role"].lower()
        if word == "của":
            return is_vietnam
        if word == "từ":
            return is_vietnam if keyword.kind == "export" else not is_vietnam
        return not is_vietnam if keyword.kind == "export" else is_vietnam
    subject = [p for p in _within(places, previous_end, keyword.start) if p.place.kind != "country"]
    if subject:
        return subject[-1].place.name == "Việt Nam"
    parties = [
        p
        for p in places
        if p.place.kind in ("vietnam", "division", "china") and p.end <= amount.start
    ]
    if parties:
        return parties[0].place.name == "Việt Nam"
    return None


def _year(
    before: str, after: str, previous: TradeFigure | None, context: Context
) -> tuple[Found | None, int] | None:
    """The figure's year: written before it, just after it, relative ('năm nay'), or the
    previous figure's in the same sentence."""
    found = year_before(before)
    if found:
        return found, int(found.value)
    later = year_after(_CLAUSE_BREAK.split(after, maxsplit=1)[0])
    if later:
        return None, int(later.value)
    if previous is not None:
        return None, previous.year
    relative = relative_year(before, context.reference_year)
    return (None, relative) if relative else None


def _growth(sentence: str, amount: Amount, keyword: _Keyword, previous_end: int) -> float | None:
    """'tăng 16,6%' after the amount (up to the next clause), or before it ('tăng 5% lên …')."""
    after = _CLAUSE_BREAK.split(sentence[amount.end :], maxsplit=1)[0]
    next_amount = find_amounts(after)
    if next_amount:
        after = after[: next_amount[0].start]
    match = _GROWTH.search(after) or _GROWTH.search(
        sentence[max(keyword.end, previous_end) : amount.start]
    )
    if not match:
        return None
    value = float(Decimal(match["num"].replace(",", ".")))
    return -value if match["dir"].lower() == "giảm" else value


def _approximate(before: str, region_start: int) -> bool:
    """'khoảng', 'gần', 'hơn', 'trên', 'xấp xỉ' right before the number, or 'ước' in the phrase."""
    words = _words()
    tail = before[region_start:]
    tail_tokens = [t.key for t in tokenize(tail) if t.is_word]
    last = tail_tokens[-3:]
    if last and last[-1] == "đạt":
        last = last[:-1]
    if any(words.approximate.match(last, i) for i in range(len(last))):
        return True
    return "ước" in tail_tokens


def _without_repeats(figures: list[TradeFigure]) -> list[TradeFigure]:
    """One figure per province, year, period and kind: the exact one over an approximation."""
    best: dict[tuple[str, int, str, str], TradeFigure] = {}
    for figure in figures:
        key = (figure.province, figure.year, figure.period, figure.kind)
        kept = best.get(key)
        if kept is None or (kept.approximate and not figure.approximate):
            best[key] = figure
    return list(best.values())
