"""The trade vocabulary of extract/data/trade.toml, the trade word a figure is told with, the
marks that divide a sentence's clauses and join its lists, and the hedges of an amount."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import PhraseSet, load_data, word_set
from extract.text import phrase_key, tokenize
from extract.types import TradeKind

CLAUSE_BREAK = re.compile(
    r";|\b(?:trong đó|chiếm|còn|trong khi|đồng thời|bên cạnh đó|ngoài ra)\b", re.I
)
IN_TURN = re.compile(r"\blần lượt\b", re.I)
# The marks that end a clause (or an amount's own words after it).
CLAUSE_MARK = re.compile(r"[,;:.()]")
# What joins the items of a list (', ', ' và ', ', và ').
LIST_AND = r"\s*(?:,|và|,\s*và)\s*"
LIST_JOINT = re.compile(LIST_AND, re.I)
# What opens the breakdown of a total: "…, trong đó xuất khẩu …".
BREAKDOWN = "trong đó"


@dataclass(frozen=True, slots=True)
class TradeWords:
    two_way: PhraseSet
    export: PhraseSet
    imports: PhraseSet
    not_trade: PhraseSet
    products: PhraseSet
    not_products_after_hang: frozenset[str]
    target: PhraseSet
    other_partners: PhraseSet
    whole_partner: frozenset[tuple[str, ...]]
    vietnam_named: PhraseSet
    country_whole: PhraseSet
    locality_whole: PhraseSet
    every_period: PhraseSet
    both_sides: PhraseSet
    two_countries: PhraseSet
    implicit_parties: PhraseSet
    refers_back: PhraseSet  # with parts_openings
    parts_openings: PhraseSet
    same_period: PhraseSet
    follows_from: PhraseSet
    superseded: PhraseSet
    figure_anaphora: PhraseSet
    trend_goes_on: PhraseSet
    china_place_epithets: PhraseSet
    partner_anaphora: PhraseSet
    article_partner: PhraseSet
    article_partner_bare: PhraseSet  # a bare word for a province ('tỉnh') standing for one
    article_partner_bare_next: frozenset[str]  # the words that may follow it then ('đạt')
    goods_list_openings: PhraseSet
    market_ranks: tuple[str, ...]  # a market's rank, told in a pattern (trade_markets.py)
    province_anaphora: PhraseSet
    allowed: frozenset[str]
    count_words: frozenset[str]  # 'ba', 'tám': plain before 'tháng' or 'quý' (counted_periods)
    counted_periods: frozenset[str]
    trend: frozenset[str]
    time_verdict: frozenset[str]
    time_judged_before_figure: frozenset[str]
    statistics_bodies: PhraseSet  # bodies giving figures: 'hải quan', 'cục thống kê'
    approximate: PhraseSet
    first_words: frozenset[str]  # the words a trade word (two-way, export, import) begins with


@cache
def trade_words() -> TradeWords:
    """The lists of extract/data/trade.toml."""
    data = load_data("trade")
    two_way, export, imports = (PhraseSet(data[k]) for k in ("two_way", "export", "import"))
    return TradeWords(
        two_way=two_way,
        export=export,
        imports=imports,
        not_trade=_with_exceptions(data["not_trade"], data["not_trade_but"]),
        products=PhraseSet(data["products"]),
        not_products_after_hang=word_set(data["not_products_after_hang"]),
        target=PhraseSet(data["target"]),
        other_partners=PhraseSet(data["other_partners"]),
        whole_partner=frozenset(phrase_key(p) for p in data["whole_partner"]),
        vietnam_named=PhraseSet(data["vietnam_named"]),
        country_whole=PhraseSet(data["country_whole"]),
        locality_whole=PhraseSet(data["locality_whole"]),
        every_period=PhraseSet(data["every_period"]),
        both_sides=PhraseSet(data["both_sides"]),
        two_countries=PhraseSet(data["two_countries"]),
        implicit_parties=PhraseSet(data["implicit_parties"]),
        refers_back=PhraseSet(data["refers_back"] + data["parts_openings"]),
        parts_openings=PhraseSet(data["parts_openings"]),
        same_period=PhraseSet(data["same_period"]),
        follows_from=PhraseSet(data["follows_from"]),
        superseded=PhraseSet(data["superseded"]),
        figure_anaphora=PhraseSet(data["figure_anaphora"]),
        trend_goes_on=PhraseSet(data["trend_goes_on"]),
        china_place_epithets=PhraseSet(data["china_place_epithets"]),
        partner_anaphora=PhraseSet(data["partner_anaphora"]),
        article_partner=PhraseSet(data["article_partner"]),
        article_partner_bare=PhraseSet(data["article_partner_bare"]),
        article_partner_bare_next=frozenset(
            t.key for w in data["article_partner_bare_next"] for t in tokenize(w)
        ),
        goods_list_openings=PhraseSet(data["goods_list_openings"]),
        market_ranks=tuple(data["market_ranks"]),
        province_anaphora=PhraseSet(data["province_anaphora"]),
        allowed=word_set(data["allowed"]),
        count_words=word_set(data["count_words"]),
        counted_periods=word_set(data["counted_periods"]),
        trend=word_set(data["trend"]),
        time_verdict=word_set(data["time_verdict"]),
        time_judged_before_figure=word_set(data["time_judged_before_figure"]),
        statistics_bodies=PhraseSet(data["statistics_bodies"]),
        approximate=PhraseSet(data["approximate"]),
        first_words=two_way.first_words | export.first_words | imports.first_words,
    )


def _with_exceptions(phrases: list[str], exceptions: list[str]) -> PhraseSet:
    """The phrases, and longer ones opening on them that are no such phrase ('vốn đạt' for
    'vốn'), whose value is False: a match of those is none (see `Sentence.has`)."""
    return PhraseSet([*phrases, *exceptions], [True] * len(phrases) + [False] * len(exceptions))


@dataclass(frozen=True, slots=True)
class Keyword:
    """A trade word: 'kim ngạch' (two-way), 'xuất khẩu' (export), 'nhập khẩu' (import); or words
    standing for one whose figure's kind is known already (`figure_kind`: 'con số này' after a
    figure, a list's heading for its items)."""

    kind: str
    start: int
    end: int
    figure_kind: TradeKind | None = None
    # Where the words telling its parties end: for one of several told 'lần lượt', the next one
    # ('Quảng Đông xuất khẩu sang Việt Nam | và nhập khẩu từ Việt Nam | lần lượt đạt …').
    reach: int | None = None


def approximate(before: str) -> bool:
    """'khoảng', 'gần', 'hơn', 'trên', 'xấp xỉ' right before the number, or 'ước' in the phrase;
    not one that goes with a change told before it ('tăng nhanh hơn, 27,1%, lên …')."""
    words = trade_words()
    keys = [t.key for t in tokenize(before) if t.is_word]
    own = [t.key for t in tokenize(before[before.rfind("%") + 1 :]) if t.is_word]
    last = own[-3:]
    if last and last[-1] == "đạt":
        last = last[:-1]
    return any(words.approximate.match(last, i) for i in range(len(last))) or "ước" in keys


@cache
def _several_partners() -> re.Pattern[str]:
    """A count of Chinese localities as the parties of a trade word (extract/data/trade.toml)."""
    data = load_data("trade")
    counts = "|".join(_phrase(p) for p in data["several_partners_counts"])
    places = "|".join(_phrase(p) for p in sorted(data["several_partners_places"], key=len)[::-1])
    return re.compile(rf"\b(?:với|và|giữa)\s+(?:{counts}|\d+)\s+(?:{places})\b", re.I)


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


@cache
def _contrast_opening() -> re.Pattern[str]:
    """Words opening a clause set against the amount before it, then nothing but a comma before
    the place the pattern is searched up to (extract/data/trade.toml)."""
    phrases = sorted(load_data("trade")["contrast_openings"], key=len)[::-1]
    return re.compile(rf"\b(?:{'|'.join(_phrase(p) for p in phrases)})\s*,?\s*$", re.I)


# What closes a topic: a comma, or for a Chinese party an aside between dashes saying what it
# is, with no number of its own ('riêng với Quảng Đông - nơi tập trung các cụm sản xuất - ').
_TOPIC_END = r"(?:,|\s+[-–—]\s+(?P<aside>[^-–—\d;:()]{2,160}?)\s+[-–—]\s)"


@cache
def _topic(local: bool) -> re.Pattern[str]:
    """A clause's opening words (extract/data/trade.toml), its topic, and what closes it."""
    data = load_data("trade")
    openings = data["topic_openings"] + (data["local_topic_openings"] if local else [])
    phrases = "|".join(_phrase(p) for p in sorted(openings, key=len)[::-1])
    return re.compile(rf"\s*(?:{phrases})\s+[^,;:]{{2,40}}?{',' if local else _TOPIC_END}", re.I)


def topic_at(text: str, start: int = 0, *, local: bool = False) -> re.Match[str] | None:
    """The clause at `start` opening on its topic: 'Với Phúc Kiến, ', 'riêng với Quảng Đông -
    nơi tập trung các cụm sản xuất - '; with `local`, a Vietnamese locality's, after more
    words and before a comma only: 'Riêng Hà Nội, ', 'Đối với tỉnh Lào Cai, '. None if the
    clause opens otherwise."""
    return _topic(local).match(text, start)


def contrast_opening(text: str, start: int, end: int) -> int | None:
    """Where words setting a clause against the amount before it start in text[start:end],
    right before `end` (a trade word): 'trong khi' in '… 12 triệu USD, trong khi kim ngạch …';
    None when none stands there."""
    match = _contrast_opening().search(text, start, end)
    return None if match is None else match.start()


def several_partners(text: str) -> bool:
    """Whether `text` names as the parties of its trade several Chinese localities it does not
    name one by one: 'thương mại giữa Việt Nam với bốn địa phương đạt khoảng 68 tỷ USD'."""
    return several_partners_at(text) is not None


def several_partners_at(text: str) -> int | None:
    """Where the words naming several Chinese localities as the parties of a trade start ('với
    bốn địa phương' in 'thương mại giữa Việt Nam với bốn địa phương đạt …'); None if none."""
    match = _several_partners().search(text)
    return None if match is None else match.start()
