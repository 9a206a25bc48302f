"""Reading a table's header: which columns give trade figures, what each counts, in which unit,
for which year and period, and which percentage column gives its growth."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.numbers import usd_unit
from extract.periods import period_in, year_before
from extract.places import find_places
from extract.text import tokenize
from extract.trade_table_cells import (
    NO_VALUE,
    SIGNS,
    caption_year,
    cell_currency,
    heading_year,
    number,
    period_of,
)
from extract.trade_table_finding import Table
from extract.trade_words import trade_words
from extract.types import TradeKind

# What a value column counts, by the words of its heading, the direction first: 'xuất khẩu sang
# Việt Nam' in a table of Chinese provinces is the province's sales to Vietnam, Vietnam's imports.
_KINDS: tuple[tuple[re.Pattern[str], TradeKind | None], ...] = (
    (re.compile(r"xuất nhập khẩu|hai chiều"), "two-way"),
    (
        re.compile(r"việt nam xuất khẩu|xuất khẩu (?:của|từ) việt nam|nhập khẩu từ việt nam"),
        "vn_export",
    ),
    (
        re.compile(r"việt nam nhập khẩu|nhập khẩu (?:của|về) việt nam|xuất khẩu sang việt nam"),
        "vn_import",
    ),
    # Exports or imports whose side the heading does not say are not read.
    (re.compile(r"xuất khẩu|nhập khẩu"), None),
    (re.compile(r"kim ngạch|thương mại|giá trị trao đổi"), "two-way"),
)
TRADE = re.compile("|".join(words.pattern for words, _kind in _KINDS))
# Exports to or imports from the place named right after: 'Xuất khẩu sang Quảng Tây', 'Nhập từ
# Trung Quốc'.
_DIRECTED = re.compile(
    r"\b(?:(?P<export>xuất(?:\s+khẩu)?\s+(?:sang|vào|tới|đến))|(?P<import>nhập(?:\s+khẩu)?\s+từ))"
    r"\s+(?:thị\s+trường\s+)?",
    re.I,
)
# A percentage column is a growth when its heading says so (not a share: 'Tỷ trọng (%)').
_GROWTH_HEADING = re.compile(r"so với|tăng|giảm")
# A change against the month or quarter before ('So với tháng 8 (%)', 'So với quý trước'), not
# against the same time a year before ('So với tháng 9/2024' is): no growth of the figure.
_AGAINST_THE_TIME_BEFORE = re.compile(
    r"so với\s+(?:tháng|quý)\s+(?:trước|liền\s+kề|\d{1,2}|[ivx]+)\b(?!\s*(?:[/-]|năm)\s*\d{4})"
)
_PERCENT = re.compile(r"%|phần trăm")
_APPROXIMATE = re.compile(r"\bước\b|khoảng")
# The parts of a note under a table ('Nguồn: Thương vụ …. Kim ngạch hai chiều.'), and the one
# naming its source, whose name ('Sở Thương mại Quảng Tây') says nothing of what the table counts.
_NOTE_PARTS = re.compile(r"[.;]\s+")
_SOURCE = re.compile(r"^\W*nguồn\b")


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    kind: TradeKind
    scale: Decimal
    year: int | None  # None in a table by year: each row's
    period: str
    approximate: bool
    growth: int | None  # the index of the column giving its growth
    in_cells: bool = False  # each value cell gives its own unit ('2,61 tỷ USD')


def value_columns(
    table: Table,
    *,
    by_year: bool = False,
    by_kind: bool = False,
    market: TradeKind | None = None,
    vietnam_s: bool = False,
) -> list[Column]:
    """The header's value columns, each with the percentage column right after it, if any.

    A column's unit is in its heading, else in the introduction ('Đơn vị: triệu USD'); what it
    counts is in its heading, else, for a heading naming only a time ('Năm 2024', '10 tháng')
    or in a table by year, in the introduction or the note under the table (in a table by kind,
    in each row). A heading naming neither ('Số dự án') is no trade column, whatever the
    introduction says. In a table of Vietnam's markets for `market` (its exports or imports, as
    its caption names them), a column of that direction whose side the heading does not say
    ('Xuất khẩu (tỷ USD)'), or one naming only a time, is of that side; its unit and year are
    the table's own, not those of the paragraph before. In a table by year captioned with
    Vietnam first ('Thương mại Việt Nam – Quảng Tây'), or in a table counting from Vietnam's
    side (`vietnam_s`: a row of its whole trade with China), a heading naming a direction
    alone ('Xuất khẩu') is Vietnam's; one naming another sum ('Cán cân thương mại') is none."""
    row_year = year_before(" ".join(table.header))
    intro_year = caption_year(table.introduction)
    # The heading of the first column, which labels the rows, may give the table's unit:
    # 'Chỉ tiêu (đơn vị: tỷ USD)'.
    intro_unit = (
        usd_unit(table.header[0])
        or usd_unit(table.caption)
        or (None if market else usd_unit(table.introduction))
        or usd_unit(table.note)
    )
    columns: list[Column] = []
    for index, heading in enumerate(table.header[1:], start=1):
        folded = heading.casefold()
        unit = usd_unit(heading)
        if unit is None and (_PERCENT.search(folded) or _percentages(table, index)):
            if _GROWTH_HEADING.search(folded) and not _AGAINST_THE_TIME_BEFORE.search(folded):
                columns = _with_growth(columns, index, table.header)
            continue
        if _names_another_sum(heading):
            continue
        unit = unit or intro_unit
        in_cells = unit is None and _amounts_in_usd(table, index)
        if in_cells:
            unit = Decimal(1)
        if unit is None:
            continue
        timed = heading_year(heading) is not None or period_in(heading) is not None
        directed = toward_chinese_party(heading, one_party=by_year)
        kind: TradeKind | None
        if directed is not None:
            kind = directed
        elif TRADE.search(folded):
            kind = kind_in(folded)
        elif by_kind:
            kind = "two-way"  # each row says what it counts
        elif by_year and table.caption:
            kind = kind_in(table.caption.casefold()) if timed else _total_or_none(folded, table)
        elif timed or by_year:
            kind = introduced_kind(table)
        else:
            kind = None
        if kind is None and market is not None:
            kind = market if _of_the_market_side(heading, market, timed=timed) else None
        if kind is None and (vietnam_s or (by_year and _vietnam_s_caption(table.caption))):
            kind = _vietnam_s_side(heading)
        year = heading_year(heading) or (
            caption_year(table.caption) if market else row_year or intro_year
        )
        if kind is None or (year is None and not by_year):
            continue
        # A heading naming a year ('Năm 2023') is that year's; in a table by year each row gives
        # its period ('9 tháng 2025'); else the caption's, or the introduction's ('10 tháng …').
        named_year = heading_year(heading) is not None
        period = period_of(heading) or (
            None if by_year or named_year else period_of(table.caption or table.introduction)
        )
        columns.append(
            Column(
                index=index,
                kind=kind,
                scale=unit,
                year=None if by_year or year is None else int(year.value),
                period=str(period.value) if period else "full_year",
                approximate=bool(_APPROXIMATE.search(folded)),
                growth=None,
                in_cells=in_cells,
            )
        )
    return columns


def _of_the_market_side(heading: str, market: TradeKind, *, timed: bool) -> bool:
    """Whether a heading of a table of Vietnam's markets counts the side its caption names: it
    names that direction alone ('Xuất khẩu (tỷ USD)' under '… thị trường xuất khẩu …'), or only
    a time ('Năm 2025'); not the other direction nor a share ('Tỷ trọng')."""
    owner = growth_owner(heading)
    return owner == _OWNER_OF_KIND[market] or (owner is None and timed)


def _names_another_sum(heading: str) -> bool:
    """Whether a heading names a sum other than the trade, by the words of extract/data/trade.toml
    ('not_trade'): 'Cán cân thương mại', 'Nhập siêu', 'Thâm hụt thương mại', 'Tỷ trọng'."""
    keys = [t.key for t in tokenize(heading)]
    return trade_words().not_trade.occurs(keys)


def _vietnam_s_caption(caption: str) -> bool:
    """Whether a table's caption names Vietnam first, then only Chinese parties, as the two sides
    of its trade ('Kim ngạch thương mại Việt Nam – Quảng Tây các năm'): its exports and imports
    are Vietnam's. Not 'Thương mại Quảng Tây – Việt Nam', whose exports may be the province's."""
    mentions = [m.place for m in find_places(caption)]
    return (
        len(mentions) >= 2
        and mentions[0].name == "Việt Nam"
        and all(p.kind in ("division", "china") and not p.via_city for p in mentions[1:])
    )


def _vietnam_s_side(heading: str) -> TradeKind | None:
    """Vietnam's exports or imports, in a table of Vietnam's trade with one party, when a heading
    names that direction and no place: 'Xuất khẩu' -> 'vn_export', 'Kim ngạch nhập khẩu' ->
    'vn_import'; None for 'Xuất khẩu sang Lào' or 'Tăng XK/NK'."""
    if find_places(heading):
        return None
    return _SIDE_OF_OWNER.get(growth_owner(heading) or "")


def introduced_kind(table: Table) -> TradeKind | None:
    """The trade a table's caption names ('Thương mại Việt Nam với Tứ Xuyên, Trùng Khánh (đơn
    vị: triệu USD)' -> 'two-way'), when it names one: the paragraph before it may speak of
    other sums ('Riêng xuất khẩu rau quả …'); else the introduction's, or the note's."""
    caption = table.caption.casefold()
    if TRADE.search(caption):
        return kind_in(caption)
    return kind_in(table.introduction.casefold()) or noted_kind(table.note)


def noted_kind(note: str) -> TradeKind | None:
    """The trade a note under a table names, outside its source: 'Nguồn: Thương vụ Việt Nam
    tổng hợp. Kim ngạch hai chiều.' -> 'two-way'; 'Nguồn: Sở Thương mại Quảng Tây.' -> None."""
    parts = [p for p in _NOTE_PARTS.split(note.casefold()) if not _SOURCE.match(p)]
    return next((kind for part in parts if (kind := kind_in(part)) is not None), None)


def toward_chinese_party(heading: str, *, one_party: bool) -> TradeKind | None:
    """Vietnam's exports or imports, when a heading of a table concerning Vietnam sends them to
    or brings them from a Chinese party: 'Xuất khẩu sang Quảng Tây' -> 'vn_export', 'Nhập khẩu
    từ Trung Quốc' -> 'vn_import'. A province is the party only in a table of one party's trade
    (its rows years), where it is the table's; China is in any. None otherwise ('Xuất khẩu
    sang Lào')."""
    for directed in _DIRECTED.finditer(heading):
        place = next((m.place for m in find_places(heading) if m.start == directed.end()), None)
        if place is None or place.via_city:
            continue
        if place.kind == "china" or (place.kind == "division" and one_party):
            return "vn_export" if directed["export"] else "vn_import"
    return None


def _total_or_none(heading: str, table: Table) -> TradeKind | None:
    """'Tổng' in a table of one party's trade by period whose caption names both directions
    ('Trị giá xuất khẩu, nhập khẩu giữa Việt Nam và Trung Quốc'): the two-way total."""
    caption = table.caption.casefold()
    both = ("xuất khẩu" in caption and "nhập khẩu" in caption) or kind_in(caption) == "two-way"
    return "two-way" if heading.strip().startswith("tổng") and both else None


def _with_growth(columns: list[Column], index: int, header: list[str]) -> list[Column]:
    """The columns with the percentage column at `index` as the growth of the one its heading
    names ('Tăng/giảm kim ngạch hai chiều so với năm trước (%)', 'Tăng/giảm tổng (%)': the
    total's, wherever it stands), else of the value column nearest to its left (a share column
    may stand between: 'Tỷ trọng (%)'); of two periods side by side, the newer's ('10 tháng
    2024 | 10 tháng 2025 | Tăng (%)'). A heading naming a trade no column counts, or both
    exports and imports ('Tăng XK/NK (%)'), gives no one a growth."""
    owner = growth_owner(header[index])
    if owner == "unclear":
        return columns
    for n in range(len(columns) - 1, -1, -1):
        column = columns[n]
        between = header[column.index + 1 : index]
        shares = all(_PERCENT.search(h.casefold()) for h in between)
        if owner is None and n == len(columns) - 1 and column.growth is None and shares:
            # the value column nearest to its left (a share column may stand between), or the
            # newer of two periods side by side ('10 tháng 2025 | 10 tháng 2024 | Tăng (%)')
            if n >= 1 and _newer_period_before(columns[n - 1], column):
                return [*columns[: n - 1], replace(columns[n - 1], growth=index), column]
            return [*columns[:n], replace(column, growth=index)]
        if column.growth is None and owner is not None and _owner_of(column, header) == owner:
            return [*columns[:n], replace(column, growth=index), *columns[n + 1 :]]
    return columns


def growth_owner(heading: str) -> str | None:
    """Whose change a heading names, by the words of extract/data/trade.toml: 'Tăng/giảm tổng
    (%)' -> 'total', 'Tăng XK (%)' -> 'export', 'Kim ngạch xuất khẩu' -> 'export', 'Tăng
    XK/NK (%)' -> 'unclear', 'Tăng/giảm (%)' -> None."""
    keys = [t.key for t in tokenize(heading)]
    found: set[str] = set()
    k = 0
    while k < len(keys):
        match = _owner_words().match(keys, k)
        if match is None:
            k += 1
            continue
        found.add(match[1])
        k += match[0]
    sides = found & {"export", "import"}
    if len(sides) == 2:
        return "unclear"
    if sides:
        return sides.pop()
    return "total" if found else None


_OWNER_OF_KIND: dict[str, str] = {"two-way": "total", "vn_export": "export", "vn_import": "import"}
_SIDE_OF_OWNER: dict[str, TradeKind] = {"export": "vn_export", "import": "vn_import"}


def _owner_of(column: Column, header: list[str]) -> str:
    """Which trade a value column counts in the words of a growth heading: those of its own
    heading ('Xuất khẩu sang Việt Nam' -> 'export'), else its kind's ('Năm 2024' counting the
    two-way trade -> 'total')."""
    named = growth_owner(header[column.index])
    return named if named not in (None, "unclear") else _OWNER_OF_KIND[column.kind]


@cache
def _owner_words() -> PhraseSet:
    """The words naming whose change a growth column gives, each with its owner ('tổng' ->
    'total', 'XK' -> 'export'), from extract/data/trade.toml."""
    owners: dict[str, list[str]] = load_data("trade")["table_growth_owners"]
    pairs = [(words, owner) for owner, phrases in owners.items() for words in phrases]
    return PhraseSet([w for w, _o in pairs], [o for _w, o in pairs])


def _newer_period_before(before: Column, column: Column) -> bool:
    """The column right before `column` counts the same trade over the same part of a newer
    year: a growth after the two compares the newer with the older."""
    return (
        before.index == column.index - 1
        and before.growth is None
        and before.kind == column.kind
        and before.period == column.period
        and before.year is not None
        and column.year is not None
        and before.year > column.year
    )


def _percentages(table: Table, index: int) -> bool:
    """Every cell of the column a percentage ('+36,5%', 'tăng 8,4%') or empty ('-'): a column
    of percentages whose heading does not say so ('So với cùng kỳ 2024')."""
    cells_ = [r[index].strip() for r in table.rows if index < len(r)]
    given = [c for c in cells_ if c not in ("", *SIGNS)]
    return bool(given) and all(c.endswith("%") and number(c) is not None for c in given)


def _amounts_in_usd(table: Table, index: int) -> bool:
    """Every cell of the column an amount with its unit or empty ('-'), some of them in dollars
    ('2,61 tỷ USD'; a province's row may give yuan: '298,6 tỷ NDT', which gives no figure): a
    column of values whose heading gives no unit ('Giá trị', 'Năm 2025')."""
    cells_ = [r[index].strip() for r in table.rows if index < len(r)]
    currencies = [cell_currency(c) for c in cells_ if c not in NO_VALUE]
    return "USD" in currencies and None not in currencies


def kind_in(text: str) -> TradeKind | None:
    """What a column counts, by the words of its heading (or of the table's introduction);
    None when it is exports or imports whose side the words do not say."""
    return next((kind for words, kind in _KINDS if words.search(text)), None)
