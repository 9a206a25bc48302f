"""A figure's growth: the year-on-year change told with its amount ('tăng 16,6%', 'gấp đôi'), not
one against the month before or a year further back, and the changes of amounts told in turn."""

from __future__ import annotations

import re
from decimal import Decimal

from extract.numbers import Amount, find_amounts, parse_number
from extract.periods import year_before
from extract.trade_sentence import Sentence
from extract.trade_words import CLAUSE_BREAK, IN_TURN, LIST_AND, Keyword, trade_words

_GROWTH = re.compile(
    r"\b(?P<dir>tăng|giảm)(?:\s+trưởng)?(?:\s+(?:mạnh|nhẹ|lần lượt|nhanh|chậm)(?:\s+hơn\s*,)?)?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ở mức|tới|đến))?\s+"
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|phần\s+trăm)",
    re.I,
)
# A change written as a signed percentage right after its amount, in brackets or after a comma:
# ' (+16,4%)', ', +11,2% so với cùng kỳ', ' (−2,3%)'. The sign stands against the digits; a dash
# with a space after it divides words ('Việt Nam - Vân Nam').
_SIGNED_CHANGE = re.compile(r"^\s*[(,]\s*(?P<sign>[+\-−])(?P<num>\d+(?:[.,]\d+)?)\s*%")
# A change written just before the amount it ends at: "tăng 20% lên", "giảm 3%, đạt".
_GROWTH_LEADING_ON = re.compile(_GROWTH.pattern + r"\s*(?:,\s*)?(?:lên|đạt|còn)?\s*$", re.I)
# A change leading on to the amount after it, across a clause word: 'giảm 2,1%, còn ',
# 'tăng 20%, lên khoảng '.
_GROWTH_LED_TO = re.compile(
    _GROWTH.pattern + r"\s*,?\s*(?:lên|xuống|còn|đạt)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.I
)
# A multiple of the earlier value: "gấp đôi", "tăng gấp 1,5 lần", "gấp ba lần".
_MULTIPLE = re.compile(
    r"\b(?:tăng\s+)?gấp\s+(?:(?P<word>đôi|rưỡi|hai|ba|bốn|năm)(?:\s+lần)?"
    r"|(?P<num>\d+(?:[.,]\d+)?)\s+lần)(?!\w)",
    re.I,
)
_MULTIPLE_WORDS = {"đôi": "2", "hai": "2", "rưỡi": "1.5", "ba": "3", "bốn": "4", "năm": "5"}
# A change against the month, quarter or week before ("so với tháng trước", "so với quý III") is
# not the figure's growth, which compares with the same period a year earlier.
# "so với tháng 10/2023" (or "tháng 10.2023", "tháng 10-2023") names a year: the same month a
# year before, a year-on-year change.
_SEQUENTIAL = re.compile(
    r"^\s*(?:,?\s*so(?:\s+với)?\s+(?:(?:tháng|quý|tuần)"
    r"(?!\s+(?:\d{1,2}|[IVX]+)\s*(?:[/.-]|năm)\s*\d{4})|kỳ\s+trước|đầu\s+năm)"
    r"|(?:tháng|quý|tuần|kỳ)\s+(?:liền\s+)?trước)",
    re.I,
)
# The year a change is measured against: '… gấp 1,5 lần năm 2020', '… so với năm 2023'.
_BASE_YEAR = re.compile(
    r"^\s*,?\s*(?:so\s+với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(?P<year>(?:19|20)\d{2})\b", re.I
)
# A change over several years, no yearly one: '… gấp đôi sau 5 năm', '… tăng 60% trong ba năm'.
_OVER_YEARS = re.compile(
    r"^\s*,?\s*(?:sau|trong|qua)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|nhiều)"
    r"\s+năm\b",
    re.I,
)
# The month or quarter, with its year, a change is measured against: '… so với tháng 10/2024'.
_BASE_MONTH_YEAR = re.compile(
    r"^\s*,?\s*so(?:\s+với)?\s+(?P<unit>tháng|quý)\s+(?P<n>\d{1,2}|[IVX]+)\s*(?:[/.-]|năm)\s*"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# A bracket right after an amount: '(tương đương khoảng 9,2 tỷ NDT)', '(khoảng 31 tỷ USD)'.
_BRACKET_FIRST = re.compile(r"^\s*\([^()]*\)")
# A change ('13%', '7,4 %').
_PERCENT = r"\d+(?:[.,]\d+)?\s*%"
# '…, tăng lần lượt 13%, 7,4% và 9,1%' (or 'lần lượt tăng …', 'tăng tương ứng 8,2% và 30,6%',
# 'tương ứng tăng …'): one change per amount, in turn.
_RESPECTIVE_CHANGES = re.compile(
    r"(?:(?P<dir>tăng|giảm)\s+(?:lần lượt|tương\s+ứng)"
    rf"|(?:lần lượt|tương\s+ứng)\s+(?P<dir2>tăng|giảm))\s+{_PERCENT}"
    rf"(?:{LIST_AND}{_PERCENT})*",
    re.I,
)
_PERCENT_VALUE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
# Changes right after the last amount told 'lần lượt', one per amount, each with its direction
# or the one before: ', tăng 11,3% và giảm 4,2%', ', tăng 9,5% và 7,8%'.
_CHANGE_ITEM = re.compile(r"(?:(?P<dir>tăng|giảm)\s+)?(?P<num>\d+(?:[.,]\d+)?)\s*%", re.I)
_CHANGES_TOLD_IN_TURN = re.compile(
    rf"\s*,?\s*(?:tăng|giảm)\s+{_PERCENT}(?:{LIST_AND}(?:(?:tăng|giảm)\s+)?{_PERCENT})+", re.I
)

# The change of one of two amounts told in turn, named by its place: '…, mức sau tăng 14,6%',
# 'con số trước giảm 2%'.
_CHANGE_OF_ONE = re.compile(
    r"\s*[,;]\s*(?:mức|con\s+số|kim\s+ngạch)\s+(?P<which>trước|sau)\s+"
    r"(?P<dir>tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s+(?P<num>\d+(?:[.,]\d+)?)\s*%",
    re.I,
)

# What a sentence telling the change of the figure before may open with: the base it is
# measured against ('So với cùng kỳ năm trước, con số này tăng 21,4%').
_OPENING_BASE = re.compile(r"\s*so\s+với\s+[^,;]{1,40},\s*", re.I)
# Right after 'con số này', 'mức này': the change, the verb first ('tăng 4,6%', 'vẫn tăng …',
# 'sụt 2,4% so với quý II nhưng vẫn tăng 7,5%').
_CHANGE_VERB = re.compile(
    r"\s*(?:(?:đã|vẫn|chỉ|cũng|đều|tiếp\s+tục)\s+)*(?:tăng|giảm|sụt|gấp)\b", re.I
)
# The change named, then its size: 'mức tăng là 9,8%', 'Tốc độ tăng của xuất khẩu chỉ đạt 4,6%'.
_RATE_NAMED = re.compile(
    r"\s*(?:mức|tốc\s+độ)\s+(?P<dir>tăng|giảm)(?:\s+trưởng)?\b[^,;%\d]{0,40}?\s"
    r"(?:(?:chỉ|vẫn|cũng)\s+)?(?:là|đạt|ở\s+mức)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?"
    r"(?P<num>\d+(?:[.,]\d+)?)\s*%(?!\s*/\s*năm)",
    re.I,
)


def growth_told_after(sentence: Sentence, year: int, before: Sentence | None) -> float | None:
    """The year-on-year change of the one figure of the sentence before (of `year`), told by a
    sentence of its own with no sum in it: 'Con số này tăng 21,4%, cao hơn 6,2 điểm phần trăm
    …' -> 21.4, 'So với năm 2024, mức tăng là 9,8%' -> 9.8, 'Tốc độ tăng của xuất khẩu chỉ đạt
    4,6%' -> 4.6. Not one against the month or quarter before, nor a year further back, nor
    the change of another trade than the one the sentence before told ('Tốc độ tăng của nhập
    khẩu …' after exports); None otherwise."""
    text = sentence.text
    if sentence.amounts:
        return None
    opening = _OPENING_BASE.match(text)
    start = opening.end() if opening else 0
    if opening and (_SEQUENTIAL.match(opening[0]) or _older_base(opening[0], year)):
        return None
    rate = _RATE_NAMED.match(text, start)
    if rate is not None:
        after = text[rate.end() :]
        if (
            _SEQUENTIAL.match(after)
            or _older_base(after, year)
            or sentence.has(trade_words().not_trade, 0, rate.end())
        ):
            # 'Tốc độ tăng trưởng bình quân đạt 12%' is no change on the year before.
            return None
        own = sentence.last_keyword(rate.start("num"))
        told = before.last_keyword(len(before.text)) if before is not None else None
        if own is not None and (told is None or own.kind != told.kind):
            return None
        return _signed(rate["dir"], rate["num"])
    end = _anaphora_end(sentence, start)
    if end is None or not _CHANGE_VERB.match(text, end):
        return None
    return _year_on_year(CLAUSE_BREAK.split(text[end:], maxsplit=1)[0], year)


def growths_by_partner(sentence: Sentence, year: int, partners: list[str]) -> dict[str, float]:
    """The year-on-year change of each of the partners the sentence before gave figures of,
    told by a sentence of its own with no sum in it, each after its partner: 'So với năm
    2023, thương mại với Quảng Đông tăng 16,6%, với Quảng Tây tăng 17,4%, còn với Vân Nam giảm
    1,2%.' -> {'Quảng Đông': 16.6, 'Quảng Tây': 17.4, 'Vân Nam': -1.2}; or of some of them,
    named in the same order, when the sentence opens on the base ('So với cùng kỳ, kim ngạch
    với Quảng Đông tăng 17,2%, …, trong khi với Giang Tô giảm 2,4%.' after five). Empty when a
    partner named is not told so, or against the month before or a year further back."""
    text = sentence.text
    opening = _OPENING_BASE.match(text)
    if sentence.amounts or (
        opening and (_SEQUENTIAL.match(opening[0]) or _older_base(opening[0], year))
    ):
        return {}
    named = [(p, p.place.name) for p in sentence.places if p.place.name in partners]
    names = [name for _, name in named]
    if not _in_the_same_order(names, partners) or (names != partners and opening is None):
        return {}
    ends = [p.start for p, _ in named[1:]] + [len(text)]
    changes: dict[str, float] = {}
    for (mention, name), end in zip(named, ends, strict=True):
        change = _GROWTH.search(text, mention.end, end)
        if change is None or _SEQUENTIAL.match(text[change.end() :]):
            return {}
        changes[name] = _signed(change["dir"], change["num"])
    return changes


def _in_the_same_order(named: list[str], partners: list[str]) -> bool:
    """Whether `named` are all of `partners`, or at least two of them, each once, in their
    order: ['Quảng Đông', 'Giang Tô'] of ['Quảng Đông', 'Quảng Tây', 'Giang Tô']."""
    if len(named) < min(2, len(partners)) or len(set(named)) != len(named):
        return False
    positions = [partners.index(name) for name in named]
    return positions == sorted(positions)


def _anaphora_end(sentence: Sentence, start: int) -> int | None:
    """Where 'con số này', 'mức này'… standing at `start` ends, if one does."""
    first = next((i for i, t in enumerate(sentence.tokens) if t.start >= start), None)
    if first is None or sentence.tokens[first].start != start:
        return None
    match = trade_words().figure_anaphora.match(sentence.keys, first)
    return sentence.tokens[first + match[0] - 1].end if match else None


def _older_base(text: str, year: int) -> bool:
    """Whether `text` opens on a base year further back than the one before `year`."""
    base = _BASE_YEAR.match(text)
    return base is not None and int(base["year"]) < year - 1


def growth_of(
    sentence: Sentence,
    amount: Amount,
    keyword: Keyword,
    previous_end: int,
    figure_year: int | None = None,
    period: str | None = None,
) -> float | None:
    """'tăng 16,6%' (or 'gấp đôi', +100) after the amount (up to the next clause or amount),
    or, when none there is a yearly change, before it in its own clause ('tăng 16,1% lên 41,9
    tỷ USD - gần gấp đôi năm 2020'); a change right after the amount before is that one's.
    A change against the month or quarter before is not the figure's growth: the
    year-on-year one after it is, or none; nor is one against a year further back than
    the one before the year written before the amount, or else the figure's year told
    elsewhere ('Vân Nam nhập khẩu từ Việt Nam 1,21 tỷ USD, gấp 3 lần năm 2019' of 2023).
    Amounts told 'lần lượt' take the changes told 'lần lượt' after them, in turn, or none
    when they do not pair."""
    in_turn = _changes_in_turn(sentence)
    if in_turn is not None and amount in in_turn:
        return in_turn[amount]
    after = _after(sentence, amount.end)
    year = _year_before(sentence, amount.start) or figure_year
    found = _year_on_year(after, year, period)
    if found is None:
        region_start = max(keyword.end, previous_end)
        before = _before(sentence, amount.start, region_start, previous_end)
        found = _year_on_year(before, year, period)
        if found is None:
            found = _change_led_to(sentence, amount.start, region_start, previous_end)
    return found


def _change_led_to(
    sentence: Sentence, start: int, region_start: int, previous_end: int
) -> float | None:
    """The change leading on to the amount at `start` through 'còn', 'lên', 'đạt' after a
    comma ('Năm 2023, kim ngạch giảm 2,1%, còn 171,9 tỷ USD' -> -2.1), which the clause word
    'còn' hides from `_before`; not the change of the amount before ('đạt 5 tỷ USD, tăng 3%,
    còn …')."""
    text = sentence.text[region_start:start]
    led = _GROWTH_LED_TO.search(text)
    if led is None or (
        previous_end and region_start == previous_end and not text[: led.start()].strip(" ,")
    ):
        return None
    return _signed(led["dir"], led["num"])


def _changes_in_turn(sentence: Sentence) -> dict[Amount, float | None] | None:
    """'… lần lượt đạt 63,5 tỷ USD, 45,1 tỷ USD và 3,6 tỷ USD, tăng lần lượt 13%, 7,4% và
    9,1%' ('tăng tương ứng …'): each amount told in turn with its change, in turn (None for all
    when they do not pair, or are against the month before); None when the sentence tells no
    changes so."""
    mark = IN_TURN.search(sentence.text)
    if mark is None:
        return _changes_told_in_turn_after(sentence)
    amounts = sentence.amounts_in_turn(mark.end())
    if len(amounts) < 2:
        return _changes_told_in_turn_after(sentence)
    listed = _RESPECTIVE_CHANGES.search(sentence.text, amounts[-1].end)
    if listed is not None and _SEQUENTIAL.match(sentence.text[listed.end() :]):
        return dict.fromkeys(amounts)
    if listed is not None:
        sign = -1 if (listed["dir"] or listed["dir2"]).lower() == "giảm" else 1
        numbers = [parse_number(n) for n in _PERCENT_VALUE.findall(listed[0])]
        changes = [sign * float(n) if n is not None else None for n in numbers]
    elif (told := _CHANGES_TOLD_IN_TURN.match(sentence.text, amounts[-1].end)) is not None:
        # '… lần lượt đạt 6,95 tỷ USD và 3,46 tỷ USD, tăng 11,3% và giảm 4,2%': each change
        # with its own direction, or the one before it.
        changes, sign = [], 1
        for item in _CHANGE_ITEM.finditer(told[0]):
            if item["dir"]:
                sign = -1 if item["dir"].lower() == "giảm" else 1
            number = parse_number(item["num"])
            changes.append(sign * float(number) if number is not None else None)
    elif len(amounts) == 2 and _CHANGE_OF_ONE.match(sentence.text, amounts[-1].end):
        return _changes_of_one(sentence.text, amounts)
    else:
        return None
    if len(changes) != len(amounts):
        return dict.fromkeys(amounts)
    return dict(zip(amounts, changes, strict=True))


def _changes_told_in_turn_after(sentence: Sentence) -> dict[Amount, float | None] | None:
    """'Hồ Nam xuất khẩu sang Việt Nam 3,4 tỷ USD và nhập khẩu từ Việt Nam 1,5 tỷ USD, tăng
    lần lượt 12,1% và 20,6%': the changes told 'lần lượt' after amounts not so told, one each
    to the amounts of their clause since the change before, in turn (None for all when they
    do not pair, or when the changes are against the month or quarter before); None when the
    sentence tells no changes so."""
    listed = _RESPECTIVE_CHANGES.search(sentence.text)
    if listed is None:
        return None
    text = sentence.text
    opening = max(text.rfind(";", 0, listed.start()), _last_change_end(text[: listed.start()]))
    amounts = [
        a for a in sentence.amounts if opening < a.start and a.end <= listed.start() and a.currency
    ]
    if len(amounts) < 2:
        return None
    sign = -1 if (listed["dir"] or listed["dir2"]).lower() == "giảm" else 1
    numbers = [parse_number(n) for n in _PERCENT_VALUE.findall(listed[0])]
    if len(numbers) != len(amounts) or _SEQUENTIAL.match(text[listed.end() :]):
        return dict.fromkeys(amounts)
    changes = [sign * float(n) if n is not None else None for n in numbers]
    return dict(zip(amounts, changes, strict=True))


def _last_change_end(text: str) -> int:
    """Where the last change ('tăng 3%', '12,5%') in `text` ends; -1 when there is none."""
    ends = [found.end() for found in _PERCENT_VALUE.finditer(text)]
    return ends[-1] if ends else -1


def _changes_of_one(text: str, amounts: list[Amount]) -> dict[Amount, float | None]:
    """'… lần lượt đạt 21,4 tỷ USD và 15,7 tỷ USD, mức sau tăng 14,6%': the change of the one
    of two amounts told in turn that 'mức trước' (the first) or 'mức sau' (the second) names,
    for each clause so told after them, unless against the month before; None for the other."""
    changes: dict[Amount, float | None] = dict.fromkeys(amounts)
    end = amounts[-1].end
    while (told := _CHANGE_OF_ONE.match(text, end)) is not None:
        which = amounts[0] if told["which"].lower() == "trước" else amounts[1]
        if not _SEQUENTIAL.match(text[told.end() :]):
            changes[which] = _signed(told["dir"], told["num"])
        end = told.end()
    return changes


def growth_after(sentence: Sentence, end: int) -> float | None:
    """The year-on-year change written after position `end` in its clause."""
    return _year_on_year(_after(sentence, end), _year_before(sentence, end))


def _year_before(sentence: Sentence, end: int) -> int | None:
    """The year written last before position `end` that is not a comparison base."""
    found = year_before(sentence.text[:end])
    return int(found.value) if found else None


def _after(sentence: Sentence, end: int) -> str:
    """The words after an amount, up to the next clause or the next amount, without a
    change that leads to that next amount ('…, năm 2023 tăng 20% lên 12 tỷ USD')."""
    after = CLAUSE_BREAK.split(sentence.text[end:], maxsplit=1)[0]
    # '1,3 tỷ USD (tương đương 9,2 tỷ NDT), tăng 12%': the same amount restated, not the next.
    bracket = _BRACKET_FIRST.match(after)
    if bracket and find_amounts(bracket.group()):
        after = after[bracket.end() :]
    next_amount = find_amounts(after)
    if not next_amount:
        return after
    after = after[: next_amount[0].start]
    change = _GROWTH_LEADING_ON.search(after)
    return after[: change.start()] if change else after


def _before(sentence: Sentence, start: int, region_start: int, previous_end: int) -> str:
    """The words of an amount's own clause before it, without the change that follows the
    amount before it ('đạt 1,9 tỷ USD, giảm 3,4%, riêng tháng 6 đạt …', '15 tỷ USD (+3,5%) và
    …')."""
    before = CLAUSE_BREAK.split(sentence.text[region_start:start])[-1]
    if previous_end and region_start == previous_end:
        signed = _SIGNED_CHANGE.match(before)
        if signed:
            before = before[signed.end() :]
        owned = _GROWTH.match(before.lstrip(" ,"))
        if owned:
            before = before.lstrip(" ,")[owned.end() :]
    return before


def _changes(text: str) -> list[tuple[int, int, float]]:
    """(start, end, percent) of every change in `text`: 'tăng 5%', 'giảm 3,2%', 'gấp đôi', and
    a signed one it opens with (' (+16,4%)' -> 16.4)."""
    found = [(m.start(), m.end(), _signed(m["dir"], m["num"])) for m in _GROWTH.finditer(text)]
    if signed := _SIGNED_CHANGE.match(text):
        direction = "tăng" if signed["sign"] == "+" else "giảm"
        found.append((signed.start(), signed.end(), _signed(direction, signed["num"])))
    for m in _MULTIPLE.finditer(text):
        times = Decimal(
            _MULTIPLE_WORDS[m["word"].lower()] if m["word"] else m["num"].replace(",", ".")
        )
        if times > 1:
            found.append((m.start(), m.end(), float((times - 1) * 100)))
    return sorted(found)


def _signed(direction: str, number: str) -> float:
    value = float(Decimal(number.replace(",", ".")))
    return -value if direction.lower() == "giảm" else value


def _another_month_s(text: str, year: int | None, period: str | None = None) -> bool:
    """Whether `text` opens on a month or quarter of another year than the one before the
    figure's `year`, or on another month or quarter than the figure's `period` (when known): 'so
    với tháng 9/2025' of October 2025 is month-on-month, as 'so với quý 4-2024' of the first
    quarter of 2025 is, not the yearly change that 'so với tháng 10.2024' is."""
    base = _BASE_MONTH_YEAR.match(text)
    if base is None or year is None:
        return False
    if int(base["year"]) != year - 1:
        return True
    n = base["n"].upper()
    number = _ROMAN[n] if n in _ROMAN else int(n) if n.isdigit() else None
    own = f"{'M' if base['unit'].lower() == 'tháng' else 'Q'}{number}"
    single = period is not None and re.fullmatch(r"[MQ]\d{1,2}", period) is not None
    return single and own != period


def _year_on_year(text: str, year: int | None = None, period: str | None = None) -> float | None:
    """The first change in `text` not measured against the month or quarter before, nor
    against a year further back than the one before the figure's `year` ('năm 2024 đạt …,
    gấp 1,5 lần năm 2020' is no yearly growth), nor told over several years ('gấp đôi sau 5
    năm')."""
    for _, end, value in _changes(text):
        if _SEQUENTIAL.match(text[end:]) or _OVER_YEARS.match(text[end:]):
            continue
        base = _BASE_YEAR.match(text[end:])
        if base and year is not None and int(base["year"]) < year - 1:
            continue
        if _another_month_s(text[end:], year, period):
            continue
        return value
    return None
