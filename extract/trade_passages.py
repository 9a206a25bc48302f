"""What a sentence sets for the trade figures after it: the trade word, party and time a list's
heading gives its items or a sum over several partners the ones it singles out, and the party
or time a sentence without a figure names."""

from __future__ import annotations

from dataclasses import dataclass, replace

from extract.periods import period_in, period_near, relative_year, year_before, year_of_period
from extract.trade_comparisons import without_comparisons
from extract.trade_context import Context, Passage
from extract.trade_givers import givers_named
from extract.trade_kinds import vietnam_is_actor
from extract.trade_parties import CHINESE, involves_vietnam, names_vietnam, province_of
from extract.trade_sentence import Sentence
from extract.trade_words import Keyword, several_partners_at, trade_words

__all__ = [
    "Heading",
    "another_partner",
    "list_heading",
    "passage_named",
    "retimed",
    "sum_of_several",
    "time_announced",
    "time_judged",
    "time_of_vietnam_whole",
]


@dataclass(frozen=True, slots=True)
class Heading:
    """What a sentence ending with a colon tells the list items under it: the trade word an item
    without its own takes (None when the heading's direction is unclear), and the party, year and
    period (None when neither it nor the sentence before gives a year)."""

    keyword: Keyword | None
    passage: Passage | None


def list_heading(
    sentence: Sentence,
    before: Sentence | None,
    last: Passage | None,
    context: Context,
    dated_figure: Passage | None = None,
) -> Heading:
    """What a line ending with a colon tells its list: its trade word (or that of the sentence
    before) with the direction either gives ('Năm thị trường xuất khẩu lớn nhất:' after a
    sentence on Vietnam's exports), its one Chinese party, and the year and period it names, or
    the passage's, or the sentence before names, or else the article's last figure's ('10 tháng
    năm 2025, … đạt 214,3 tỷ USD. … Xếp hạng cụ thể như sau:')."""
    keyword = sentence.last_keyword(len(sentence.text))
    sources = [sentence] + ([before] if before is not None else [])
    if keyword is None and before is not None:
        keyword = before.last_keyword(len(before.text))
    given = None
    if keyword is not None and keyword.kind == "two-way":
        given = Keyword(keyword.kind, 0, 0, "two-way")
    elif keyword is not None:
        acts = next(
            (
                acts
                for source in sources
                if (own := source.last_keyword(len(source.text))) is not None
                and own.kind == keyword.kind
                and (acts := vietnam_is_actor(source, own, 0, len(source.text))) is not None
            ),
            None,
        )
        if acts is not None:
            exports = keyword.kind == "export"
            given = Keyword(keyword.kind, 0, 0, "vn_export" if exports == acts else "vn_import")
    parties = _parties(sentence)
    province = parties.pop() if len(parties) == 1 else None
    bilateral = any(involves_vietnam(s, len(s.text)) for s in sources) or bool(
        last and last.bilateral
    )
    dated = (
        _dated(sentence, context)
        or _part_of_a_year_named(sentence, (last, dated_figure), context)
        or ((last.year, last.period) if last else _dated(before, context) if before else None)
        or ((dated_figure.year, dated_figure.period) if dated_figure else None)
    )
    if dated is None:
        return Heading(given, None)
    return Heading(given, Passage(province, dated[0], dated[1], bilateral))


def sum_of_several(
    sentence: Sentence,
    before: Sentence | None,
    last: Passage | None,
    context: Context,
    dated: Passage | None,
) -> Heading | None:
    """What a sum of Vietnam's trade with several Chinese localities, naming none, tells the
    sentence singling them out after it ('Năm 2025, thương mại giữa Việt Nam với bốn địa
    phương đạt khoảng 68 tỷ USD.'): its trade word and time, as a list heading's; None for any
    other sentence, or one whose time is unknown. The localities may be listed before its trade
    word, as what the count stands for ('Địa bàn gồm ba tỉnh Phúc Kiến, Quảng Đông và Giang
    Tây, thương mại của Việt Nam với ba tỉnh này đạt …'): they are no parties of their own."""
    if not sentence.amounts:
        return None
    several = several_partners_at(sentence.text)
    if several is None or _parties_not_givers(sentence, _members_end(sentence, several)):
        return None
    if not involves_vietnam(sentence, len(sentence.text)):
        return None
    heading = list_heading(sentence, before, last, context, dated)
    if heading.keyword is None or heading.passage is None:
        return None
    return heading


def _part_of_a_year_named(
    sentence: Sentence, figures: tuple[Passage | None, ...], context: Context
) -> tuple[int, str] | None:
    """The part of a year a heading names without its year ('… trong 11 tháng như sau:'), of
    the year of a figure told before of that part, else the article's (a figure of another time
    told last, 'Năm 2024, kim ngạch song phương đạt …', gives it no year)."""
    found = period_in(sentence.text)
    if found is None:
        return None
    period = str(found.value)
    year = next((f.year for f in figures if f is not None and f.period == period), None)
    year = year or year_of_period(period, context.reference_day)
    return (year, period) if year else None


def _dated(sentence: Sentence, context: Context) -> tuple[int, str] | None:
    """The year and period a sentence names ('10 tháng năm 2024'), or its 'năm nay'."""
    return _time_of(sentence.text, context)


def _time_of(text: str, context: Context) -> tuple[int, str] | None:
    """The year and period `text` names ('10 tháng năm 2024'), or its 'năm nay'."""
    year = year_before(text)
    if year:
        return int(year.value), period_near(text, year, len(text))
    relative = relative_year(text, context.reference_year)
    return (relative, "full_year") if relative else None


def time_announced(sentence: Sentence, context: Context) -> Passage | None:
    """The time a sentence with a trade word but no sum names, not as a comparison ('Cục Hải
    quan công bố số liệu xuất nhập khẩu hàng hóa năm 2025.'), as a passage of no party."""
    if not sentence.keywords(0, len(sentence.text)):
        return None
    time = _time_of(without_comparisons(sentence.text), context)
    return Passage(None, time[0], time[1], bilateral=False) if time else None


def time_of_vietnam_whole(sentence: Sentence, context: Context) -> Passage | None:
    """The time of a sum of Vietnam's trade as a whole a sentence tells ('6 tháng đầu năm 2024,
    tổng kim ngạch xuất nhập khẩu của cả nước đạt 368,5 tỷ USD, tăng 17%.'), as a passage of no
    party; None for a sentence naming any other place or a locality ('… của toàn tỉnh ước đạt
    1,05 tỉ USD'), or naming neither Vietnam nor the whole country: its parts are another's."""
    words = trade_words()
    end = len(sentence.text)
    if not sentence.amounts or any(p.place.name != "Việt Nam" for p in sentence.places):
        return None
    if sentence.has(words.locality_whole, 0, end):
        return None
    if not (sentence.has(words.country_whole) or names_vietnam(sentence, 0, end)):
        return None
    return time_announced(sentence, context)


def time_judged(sentence: Sentence, context: Context) -> Passage | None:
    """The time a sentence of no sum names when all it says is how that time went ('- Năm 2025
    là năm tăng trưởng tốt.', 'Năm ngoái là một năm khởi sắc.'), as a passage of no party; None
    for a sentence saying anything else ('Năm 2025, hai bên kỷ niệm 75 năm …')."""
    words = trade_words()
    keys = [t.key for t in sentence.tokens if t.is_word]
    if not keys or not all(k in words.trend or k in words.time_verdict for k in keys):
        return None
    time = _time_of(sentence.text, context)
    return Passage(None, time[0], time[1], bilateral=False) if time else None


def retimed(sentence: Sentence, dated: Passage | None, context: Context) -> Passage | None:
    """The article's last figure as a sentence of trade without sums leaves it: at the time
    the sentence names, if it names one ('Riêng tháng 12/2025, … đạt 27,4 tỷ USD.' then
    'Thương mại hai nước năm 2025 có cơ cấu tối ưu.': the sentences after it naming no time
    are of the year 2025). A time a change is compared with is not named ('Tốc độ tăng của
    xuất khẩu chỉ đạt 4,6%, thấp hơn so với quý I/2025.')."""
    if dated is None or not sentence.keywords(0, len(sentence.text)):
        return dated
    time = _time_of(without_comparisons(sentence.text), context)
    return replace(dated, year=time[0], period=time[1]) if time else dated


def _parties(sentence: Sentence) -> set[str]:
    return {
        province
        for p in sentence.parties_within(0, len(sentence.text))
        if p.place.kind in CHINESE and (province := province_of(p)) is not None
    }


def _members_end(sentence: Sentence, several: int) -> int:
    """Where the localities a sum over several counts may be listed up to: the start of the
    trade word before the count at `several` ('gồm ba tỉnh Phúc Kiến, Quảng Đông và Giang Tây,
    | thương mại của Việt Nam với ba tỉnh này'); 0 when no trade word stands before it."""
    keyword = sentence.last_keyword(several)
    return 0 if keyword is None else keyword.start


def _parties_not_givers(sentence: Sentence, start: int = 0) -> set[str]:
    """The Chinese provinces a sentence names as parties from `start` on, leaving out those only
    naming who gave its figures ('Theo số liệu của Hải quan Thượng Hải, … thương mại giữa Việt
    Nam với bốn địa phương đạt 34,3 tỷ USD' -> none)."""
    givers = givers_named(sentence.text)
    return {
        province
        for p in sentence.parties_within(start, len(sentence.text))
        if p.place.kind in CHINESE
        and not any(start <= p.start < end for start, end in givers)
        and (province := province_of(p)) is not None
    }


def passage_named(sentence: Sentence, context: Context) -> Passage | None:
    """The one Chinese party and the year a sentence without a figure names, if it does."""
    parties = {
        province
        for p in sentence.places
        if p.place.kind in CHINESE and (province := province_of(p)) is not None
    }
    if len(parties) != 1 or not sentence.amounts:
        return None
    text = sentence.text
    year = year_before(text)
    value = int(year.value) if year else relative_year(text, context.reference_year)
    if value is None:
        return None
    period = period_near(text, year, len(text)) if year else "full_year"
    return Passage(parties.pop(), value, period, bilateral=False)


def another_partner(sentence: Sentence) -> bool:
    """The sentence speaks of one other partner ('Mỹ', 'Hàn Quốc') and of no Chinese party: a
    next sentence's 'hai nước', 'song phương' may mean that one. A sentence setting several
    others side by side ('… với khối ASEAN đạt …; sang Hoa Kỳ đạt …') leaves no one of them
    the next sentence could go on with."""
    kinds = {p.place.kind for p in sentence.places}
    others = {p.place.name for p in sentence.places if p.place.kind == "country"}
    return len(others) == 1 and not kinds & set(CHINESE)
