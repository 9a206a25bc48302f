"""Bilateral trade figures: Vietnam's trade with a Chinese province, or with China as a whole,
found sentence by sentence with what each one tells the next."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from functools import partial

from extract.periods import (
    Time,
    looks_back_from,
    names_a_time,
    one_time_named,
    opens_on_an_earlier_year,
    within,
)
from extract.trade_comparisons import told_as_yardstick
from extract.trade_context import Context, Lead, Passage, passage
from extract.trade_growth import growth_told_after, growths_by_partner
from extract.trade_parties import trade_partner_named
from extract.trade_passages import (
    Heading,
    another_partner,
    list_heading,
    passage_named,
    retimed,
    sum_of_several,
    time_announced,
    time_judged,
    time_of_vietnam_whole,
)
from extract.trade_reading import read_sentence
from extract.trade_repeats import without_repeats
from extract.trade_sentence import Sentence
from extract.trade_tables import ROW_QUOTE
from extract.trade_years import open_to_a_time
from extract.types import NATIONAL, TradeFigure

__all__ = ["Context", "find_trade_figures", "sentence_figures"]

# More than anything Vietnam trades (with the world about 800 billion USD a year, with China
# about 200): an amount beyond it is a misread unit, never a figure to report.
_MOST_USD_NATIONAL = 10**12
_MOST_USD_PROVINCE = 3 * 10**11

# A list item: a bullet ("- ", "• ") or a number ("1. ", "2) "), or a short label and a colon
# ("Trung Quốc: 50 tỷ USD"), after a number or not ("1. Quảng Đông: 52,4 tỷ USD").
_LIST_ITEM = re.compile(
    r"^\s*(?:[-–•+*·●▪◦]\s*|\d{1,2}[.)]\s+(?:[^:;.]{1,60}:\s)?|[^:;.]{1,60}:\s)"
)
_HEADING_END = re.compile(r":\s*$")


@dataclass
class _Story:
    """What the sentences read so far tell the next one."""

    last: Passage | None = None  # the passage's last figure, while sums are being told
    told: Passage | None = None  # one party and a year named without a figure
    anchor: Passage | None = None  # the last figure not told as part of another
    antecedent: TradeFigure | None = None  # the first figure of the sentence just before
    heading: Heading | None = None
    elsewhere: bool = False
    before: Sentence | None = None
    dated: Passage | None = None  # the article's last figure, whatever came between
    just_before: TradeFigure | None = None  # the last figure of the sentence just before
    # The last figure, past sentences with no sum at all ('Quảng Đông vẫn là địa phương dẫn
    # đầu, chiếm khoảng 22% …'): what a ranking after them goes on from.
    ranked_from: TradeFigure | None = None
    partner_told: str | None = None  # Vietnam's partner the sentence just before named
    told_before: tuple[TradeFigure, ...] = ()  # the figures of the sentence just before
    aside: bool = False  # `last` is a part of the anchor's time singled out ('Riêng tháng 10')
    time_told: Passage | None = None  # the time the sentence just before named without a sum
    whole_told: Passage | None = None  # the time of a sum just before that gave no figure
    time_judged: Passage | None = None  # the time the sentence just before said how it went
    several: Heading | None = None  # a sum over several partners just before, naming none


def find_trade_figures(
    sentences: Iterable[str],
    context: Context,
    *,
    read_apart: Iterable[TradeFigure] = (),
    paragraph_openings: Collection[int] = (),
) -> list[TradeFigure]:
    """Every bilateral trade figure in the sentences, and then those read apart from them (the
    article's tables, its photo captions) that the sentences do not give, without repeats.

    A sentence opening with 'Trong đó', 'Cụ thể', 'Riêng'… continues the figure of the sentence
    before it: its year, period and province hold unless the sentence says otherwise. After a
    sentence without a figure, one naming a single Chinese party and a year, such a sentence
    still takes them, but needs Vietnam named as a party. 'Cùng kỳ, …' takes the period of the
    passage's main figure; 'con số này' stands for the first figure of the sentence just before,
    and so does a figure said to be revised ('Số liệu 9 tháng được điều chỉnh lên …');
    the items of a list take the trade word, party, year and period of the line heading it.
    A table's row read as a sentence gives way to the same figure read with its table. A figure
    of no time otherwise, in a paragraph naming none before it, is of the one time the paragraph
    before named: `paragraph_openings` are the indexes of the sentences opening a paragraph.
    """
    sentences = list(sentences)
    carried_over = _times_carried_over(sentences, paragraph_openings, context)
    figures: list[TradeFigure] = []
    apart = list(read_apart)
    story = _Story()
    told_before: list[TradeFigure] = []  # the figures of the sentence just before
    openings = set(paragraph_openings)
    in_an_item = False  # the sentence goes on with a list item's paragraph
    for n, (text, paragraph_before) in enumerate(zip(sentences, carried_over, strict=True)):
        sentence = Sentence(text, context.in_china)
        item = story.heading is not None and bool(_LIST_ITEM.match(text))
        if not openings or n in openings:
            in_an_item = item
        elif item:
            in_an_item = True
        lead = _lead(sentence, story, item, paragraph_before)
        found = read_sentence(sentence, context, lead)
        found = [_restated_in_dollars(f, sentence, story.antecedent) for f in found]
        if not found and len(told_before) == 1 and figures and figures[-1] is told_before[0]:
            figures[-1] = _with_growth_told_after(figures[-1], sentence, story)
        elif not found and len(told_before) > 1 and figures[-len(told_before) :] == told_before:
            figures[-len(told_before) :] = _with_growths_by_partner(told_before, sentence)
        figures.extend(found)
        _tell(story, sentence, found, item or in_an_item, context, paragraph_before)
        told_before = found
    figures = [f for f in figures if not _read_with_its_table(f, apart)]
    return without_repeats([f for f in [*figures, *apart] if _plausible(f)], " ".join(sentences))


def _times_carried_over(
    sentences: list[str], openings: Collection[int], context: Context
) -> list[Callable[[], Passage | None] | None]:
    """For each sentence, what tells the one time the paragraph before its own named ('Tính
    chung 11 tháng năm 2025, …' -> 2025, 'M1-M11'), as a passage of no party, while no sentence
    of its own paragraph before it named any; None for the first paragraph. The time is read
    only when a figure asks for it: most paragraphs' never is."""
    carried: list[Callable[[], Passage | None] | None] = []
    paragraph: list[str] = []
    time: _ParagraphTime | None = None
    for index, text in enumerate(sentences):
        if index in openings and paragraph:
            time = _ParagraphTime(" ".join(paragraph), context.reference_year)
            paragraph = []
        carried.append(partial(time.seen_by, len(time.sentences)) if time else None)
        if time is not None:
            time.sentences.append(text)
        paragraph.append(text)
    return carried


class _ParagraphTime:
    """The one time a paragraph named, as the sentences of the next one see it: each until one
    of them names a time of its own."""

    def __init__(self, before: str, reference_year: int | None) -> None:
        self.before = before
        self.reference_year = reference_year
        self.sentences: list[str] = []  # the sentences of the paragraph after it
        self._time: Passage | None = None
        self._read = False
        self._checked = 0  # sentences checked for a time of their own, none naming one
        self._closed_at: int | None = None

    def seen_by(self, index: int) -> Passage | None:
        """The time, as the `index`-th sentence of the next paragraph sees it."""
        if not self._read:
            named = one_time_named(self.before, self.reference_year)
            self._time = Passage(None, named.year, named.period, bilateral=False) if named else None
            self._read = True
        if self._time is None:
            return None
        while self._closed_at is None and self._checked < index:
            if names_a_time(self.sentences[self._checked]):
                self._closed_at = self._checked
            self._checked += 1
        return self._time if self._closed_at is None or index <= self._closed_at else None


def _paragraph_time(
    sentence: Sentence, paragraph_before: Callable[[], Passage | None] | None
) -> Passage | None:
    """The time the paragraph before named, for a sentence that names none itself."""
    time = paragraph_before() if paragraph_before is not None else None
    return time if time is not None and open_to_a_time(sentence, len(sentence.text)) else None


def _with_growth_told_after(figure: TradeFigure, sentence: Sentence, story: _Story) -> TradeFigure:
    """`figure`, told alone by the sentence before, with the change `sentence` tells of it
    ('… đạt gần 3,3 tỷ USD. Mức này tăng 4,6% so với cùng kỳ năm trước.'), when it had none;
    the story then goes on with it."""
    if figure.growth_pct is not None:
        return figure
    growth = growth_told_after(sentence, figure.year, story.before)
    if growth is None:
        return figure
    told = replace(figure, growth_pct=growth)
    if story.antecedent is figure:
        story.antecedent = told
    if story.just_before is figure:
        story.just_before = told
    return told


def _with_growths_by_partner(told: list[TradeFigure], sentence: Sentence) -> list[TradeFigure]:
    """The figures of several partners the sentence before told ('… với Quảng Đông, Quảng Tây
    và Vân Nam lần lượt đạt 56,2 tỷ USD, 41,8 tỷ USD và 4,6 tỷ USD.'), of one trade and time and
    none with a change, with the change `sentence` tells after each partner ('So với năm 2023,
    thương mại với Quảng Đông tăng 16,6%, với Quảng Tây tăng 17,4%, còn với Vân Nam giảm
    1,2%.'); unchanged unless it tells one for every partner it names. A sentence naming only
    some of them must tell of two-way trade, as they do ('So với cùng kỳ, kim ngạch với Quảng
    Đông tăng 17,2%, với Quảng Tây tăng 15,1%'): the others keep none."""
    first = told[0]
    if len({f.province for f in told}) < len(told) or any(
        (f.year, f.period, f.kind) != (first.year, first.period, first.kind)
        or f.growth_pct is not None
        for f in told
    ):
        return told
    changes = growths_by_partner(sentence, first.year, [f.province for f in told])
    if not changes or (len(changes) < len(told) and not _of_two_way_trade(first, sentence)):
        return told
    return [replace(f, growth_pct=changes.get(f.province)) for f in told]


def _of_two_way_trade(figure: TradeFigure, sentence: Sentence) -> bool:
    """Whether `figure` is of two-way trade and the sentence's trade words, if any, are too."""
    keywords = sentence.keywords(0, len(sentence.text))
    return figure.kind == "two-way" and all(k.kind == "two-way" for k in keywords)


def _read_with_its_table(figure: TradeFigure, apart: list[TradeFigure]) -> bool:
    """Whether `figure` is a table's row read as a sentence ('Vân Nam xuất khẩu sang Việt Nam |
    2,61 tỷ USD | +8,1%') that its table gives too: the table's reading, with the period of
    its caption and the growth of its column, is the one kept."""
    row = f"{ROW_QUOTE}{figure.quote}"
    return any(
        other.quote.endswith(row)
        and (other.province, other.kind, other.value_usd)
        == (figure.province, figure.kind, figure.value_usd)
        for other in apart
    )


def _plausible(figure: TradeFigure) -> bool:
    most = _MOST_USD_NATIONAL if figure.province == NATIONAL else _MOST_USD_PROVINCE
    return figure.value_usd is None or figure.value_usd <= most


def _lead(
    sentence: Sentence,
    story: _Story,
    item: bool,
    paragraph_before: Callable[[], Passage | None] | None,
) -> Lead:
    """What the story so far, and the paragraph before, tell this sentence."""
    return replace(
        _carried_lead(sentence, story, item),
        just_before=story.just_before,
        ranked_from=story.ranked_from,
        time_told=story.time_told,
        whole_told=story.whole_told if sentence.opens_on_parts() else None,
        time_judged=story.time_judged,
        partner_told=story.partner_told,
        in_turn=story.told_before,
        paragraph_before=paragraph_before,
    )


def _carried_lead(sentence: Sentence, story: _Story, item: bool) -> Lead:
    """What the story so far tells this sentence of the figure it goes on with."""
    if (
        item
        and story.heading is not None
        and not (story.last is not None and sentence.item_refers_back())
    ):
        # An item opening on 'Riêng', 'Trong đó'… goes on with the item before, not with the
        # heading ('- Riêng quý III/2025, kim ngạch hai chiều đạt …' after Vietnam's trade with
        # Vân Nam, under a heading naming China's customs).
        heading = story.heading
        return Lead(heading.passage, story.last, story.elsewhere, None, heading.keyword)
    antecedent = story.antecedent
    if antecedent is not None and (
        sentence.figure_anaphora(len(sentence.text)) or sentence.revises_a_figure()
    ):
        return Lead(passage(antecedent), story.last, story.elsewhere, antecedent)
    carried = None
    if sentence.same_period():
        carried = story.anchor or story.told or story.last
    elif sentence.refers_back():
        carried = story.told or story.last
        if carried is None and story.several is not None:
            # 'Riêng Giang Tô đạt 31,4 tỷ USD; Chiết Giang 24,9 tỷ USD …' after a sum over four
            # localities: each named one's share, of the sum's trade and time.
            several = story.several
            return Lead(several.passage, story.last, story.elsewhere, None, several.keyword)
        if antecedent is not None and carried == passage(antecedent):
            # 'Riêng tháng 10 đạt 318 triệu USD.': a part of the figure just before, of its kind.
            return Lead(carried, story.last, story.elsewhere, antecedent, dated=story.dated)
    # After a part of the time singled out ('Riêng quý III, con số này đạt …'), a sentence
    # going on with neither is of the passage's main time again.
    if story.aside and carried is None and story.anchor is not None:
        return Lead(None, story.anchor, story.elsewhere, dated=story.anchor)
    return Lead(carried, story.last, story.elsewhere, dated=story.dated)


def _tell(
    story: _Story,
    sentence: Sentence,
    found: list[TradeFigure],
    item: bool,
    context: Context,
    paragraph_before: Callable[[], Passage | None] | None = None,
) -> None:
    """What this sentence adds to the story for the sentences after it. An earlier year's
    figure told as a yardstick ('… vượt mức 171,9 tỷ USD của cả năm 2023') is no figure the
    next sentences go on with: 'Riêng tháng 11, …' is a month of the passage's year. A sum
    over several partners naming no time, with none told before, is of the one time the
    paragraph before named (`paragraph_before`)."""
    story.several = None
    if not found and sentence.amounts:
        dated = story.dated or _paragraph_time(sentence, paragraph_before)
        story.several = sum_of_several(sentence, story.before, story.last, context, dated)
    # A sum over several localities is no one party's, even with a giver's place named in it.
    story.told = None if found or story.several else passage_named(sentence, context)
    story.partner_told = None if found else trade_partner_named(sentence)
    story.time_told = None if sentence.amounts else time_announced(sentence, context)
    # '6 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu của cả nước đạt 368,5 tỷ USD.': a
    # whole, not a bilateral figure, whose parts 'Trong đó, …' tells next at its time.
    story.whole_told = None if found else time_of_vietnam_whole(sentence, context)
    story.time_judged = None if sentence.amounts else time_judged(sentence, context)
    story.elsewhere = another_partner(sentence)
    if opens_on_an_earlier_year(sentence.text) or _looks_back(sentence, story, context):
        # 'Cùng kỳ năm ngoái, con số này chỉ là 39,6 tỷ USD.', 'Quý I năm ngoái, thương mại
        # hai nước đạt 51,6 tỷ USD.' after a figure of Q1: yardsticks too; 'Cụ thể, …' after
        # them tells the parts of the passage's figure.
        found = []
    found = [f for f in found if not told_as_yardstick(sentence.text, sentence.amounts, f)]
    if not (found and story.antecedent and sentence.opens_on_parts()):
        # 'Trong đó, xuất khẩu … ; nhập khẩu …': the parts leave 'con số này' the total's.
        story.antecedent = _figure_referred_to(found)
    story.just_before = found[-1] if found else None
    if found or sentence.amounts:
        story.ranked_from = story.just_before
    story.told_before = tuple(found)
    aside, story.aside = story.aside, False
    if found:
        story.last = story.dated = passage(found[-1])
        if not (item or sentence.refers_back()) or story.anchor is None:
            # 'Lũy kế 10 tháng năm 2025, …' opening the passage is its main figure all the same.
            story.anchor = passage(found[0])
        story.aside = _singled_out(sentence, story.last, story.anchor)
    elif aside and story.anchor is not None and not _HEADING_END.search(sentence.text):
        # 'Riêng tháng 10/2025, … đạt 22,4 tỷ USD.' then 'Với kết quả trên, Trung Quốc chiếm
        # 27,2% tổng kim ngạch …': the month was an aside, and the figures after it naming no
        # time of their own are of the passage's main figure again.
        story.last = story.anchor if sentence.amounts else None
        story.dated = retimed(sentence, story.anchor, context)
    elif not sentence.amounts and not _HEADING_END.search(sentence.text):
        # A sentence of other sums (a balance, a product) keeps the passage's figure; one
        # without any sum ends the passage, unless it heads a list.
        story.last = None
        story.dated = retimed(sentence, story.dated, context)
    elif sentence.same_period() and story.anchor is not None:
        # 'Trong cùng thời gian, tổng kim ngạch của Tứ Xuyên với ASEAN …' goes back to the
        # passage's main figure, past a month told since ('Riêng tháng 10, …'): the sentences
        # after it are of that time too.
        story.dated = story.anchor
        story.last = story.anchor if story.last is not None else None
    if _HEADING_END.search(sentence.text) and not item:
        story.heading = list_heading(sentence, story.before, story.last, context, story.dated)
    elif not item and sentence.amounts:
        # An item's sentences after its first ('Quảng Tây có 8 cửa khẩu.') tell no sum: the
        # list goes on; a sentence with sums of its own has left it.
        story.heading = None
    story.before = sentence


def _figure_referred_to(found: list[TradeFigure]) -> TradeFigure | None:
    """The figure of a sentence that 'con số này' in the next one stands for: the last one given
    of the trade and time of its first, so that a narrower partner's share named after it is
    the nearest ('… Việt Nam – Trung Quốc đạt 106,7 tỷ USD, trong đó … giữa Việt Nam và Quảng
    Tây đạt 20,1 tỷ USD.' then 'Quý I/2019, con số này đạt …' is Quảng Tây's); None when the
    sentence gave none."""
    if not found:
        return None
    trade_and_time = (found[0].year, found[0].period, found[0].kind)
    return [f for f in found if (f.year, f.period, f.kind) == trade_and_time][-1]


def _singled_out(sentence: Sentence, last: Passage, anchor: Passage | None) -> bool:
    """Whether the sentence, opening on 'Riêng', 'Tính riêng'…, singles out a part of the time
    of the passage's main figure (`anchor`): 'Riêng tháng 10/2025, … đạt 22,4 tỷ USD.' after a
    figure of 10 months of 2025; not 'Lũy kế 11 tháng, …' after a month."""
    return (
        anchor is not None
        and sentence.refers_back()
        and not sentence.same_period()
        and last.year == anchor.year
        and within(last.period, anchor.period)
    )


def _looks_back(sentence: Sentence, story: _Story, context: Context) -> bool:
    """Whether the sentence opens on the same part of a year before that of the passage's
    figure, or else the article's last ('Quý I năm ngoái, …' after '… quý I/2026, … đạt 58,9
    tỷ USD' and a sentence of shares: 'chiếm 23,5% …')."""
    figure = story.last or story.dated
    if figure is None:
        return False
    return looks_back_from(sentence.text, Time(figure.year, figure.period), context.reference_year)


def sentence_figures(text: str, context: Context) -> list[TradeFigure]:
    """The trade figures of one sentence read alone, each quoting it."""
    return read_sentence(Sentence(text, context.in_china), context, Lead())


def _restated_in_dollars(
    figure: TradeFigure, sentence: Sentence, antecedent: TradeFigure | None
) -> TradeFigure:
    """`figure` with the growth of the figure in yuan that 'con số này' stands for, when it is
    that one in dollars, of the same trade and time, with no change of its own ('… đạt 236,8
    tỷ NDT, tăng 9,6%. Quy đổi theo tỷ giá bình quân, con số này xấp xỉ 33 tỷ USD.')."""
    if (
        antecedent is None
        or antecedent.value_usd is not None
        or figure.value_usd is None
        or figure.growth_pct is not None
        or sentence.figure_anaphora(len(sentence.text)) is None
        or (figure.province, figure.year, figure.period, figure.kind)
        != (antecedent.province, antecedent.year, antecedent.period, antecedent.kind)
    ):
        return figure
    return replace(figure, growth_pct=antecedent.growth_pct)
