"""Trade figures in a table written as text: a header row naming the columns, then one row per
Chinese province, the cells separated by '|' (tabs are read as such when the page is cleaned):

    Địa phương | Kim ngạch hai chiều 2024 (tỷ USD) | So với 2023 (%) | Việt Nam xuất khẩu (tỷ USD)
    Quảng Đông | 56,20 | +16,6 | 24,10

A column gives figures when its heading says what it counts (two-way trade, or Vietnam's exports
or imports, the direction stated), in which currency unit, and for which year (in the heading,
the header row, or the sentence introducing the table); a percentage column saying it compares
('So với 2023 (%)', not 'Tỷ trọng (%)') is the growth of the column before it. A heading that
names no trade ('Năm 2024 (tỷ USD)') takes the trade the introduction names ('kim ngạch hai
chiều với Việt Nam như sau:'). The table must concern Vietnam (named in its header or its
introduction), and a row counts only when its first cell is a Chinese province (or China
itself): a row of border gates, of Vietnamese provinces or a total gives nothing. A Chinese name
Vietnam shares ('Hà Nam') is China's when the table's other rows are Chinese provinces. A first
column numbering the rows ('STT': 1, 2, 3…) is left aside.

A table's caption ('Bảng 1: Kim ngạch … 9 tháng năm 2025 (Đơn vị: triệu USD)') counts as its
introduction: it may give the unit, the year and the period of columns whose headings name a
trade or a time but no unit. A table whose rows are years ('2023 | 48,2 | 10,3') is one party's,
the one Chinese party its caption or introduction names; so is a table whose rows are kinds of
trade ('Tổng kim ngạch xuất nhập khẩu | …', 'Việt Nam xuất khẩu sang Vân Nam | …'), where a
row of another sum (trade through a border gate, the balance) gives nothing. The heading of the
first column may give the table's unit ('Chỉ tiêu (đơn vị: tỷ USD)'), a value its growth in
brackets ('16,2 (+9,1%)'), and the values of a column whose heading gives no unit ('Giá trị')
each their own ('2,61 tỷ USD').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from extract.gazetteer import load_gazetteer
from extract.numbers import find_amounts, parse_number, usd_unit
from extract.periods import Found, period_in, year_before
from extract.places import find_places
from extract.trade_bilateral import plain_trade_words
from extract.trade_context import Context
from extract.trade_sentence import Sentence
from extract.types import NATIONAL, TradeFigure, TradeKind

# What stands between a table's header and its row in the quote of a figure read from it.
ROW_QUOTE = " — "
CELL_SEPARATOR = re.compile(r"\s*\|\s*")
_MIN_CELLS = 2
_TWO_COUNTRIES_TOTAL = re.compile(
    r"(?:Tổng|Tổng cộng|Tổng kim ngạch)?\s*(?:\(?\s*)?Việt\s+Nam\s*[-–—]\s*Trung\s+Quốc\s*\)?",
    re.I,
)
_COUNTRY_LABEL = re.compile(r"\(?\s*Trung Quốc\s*\)?", re.I)
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
_TRADE = re.compile("|".join(words.pattern for words, _kind in _KINDS))
# A percentage column is a growth when its heading says so (not a share: 'Tỷ trọng (%)').
_GROWTH_HEADING = re.compile(r"so với|tăng|giảm")
_PERCENT = re.compile(r"%|phần trăm")
_SIGNS = ("+", "-", "−", "–")
_INDEX_LOW, _INDEX_HIGH = 50, 250
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}")
_SIGNED = re.compile(r"^(?P<sign>[+\-−–]|tăng|giảm)?\s*(?P<num>\d[\d.,]*)\s*%?$", re.I)
# A value with its growth in brackets in the same cell: '16,2 (+9,1%)', '2,9 (giảm 1,2%)'.
_WITH_GROWTH = re.compile(r"^(?P<value>\d[\d.,]*)\s*\(\s*(?P<growth>[^()]*%)\s*\)$")
_APPROXIMATE = re.compile(r"\bước\b|khoảng")
# A row of a table by year names a year and at most a part of it: '6 tháng đầu năm 2025'.
_TIME_LABEL_WORDS = 6
_YEAR_WORD = re.compile(r"^năm\s+(?=(?:19|20)\d{2}$)", re.I)
_MONTHS_BEFORE_YEAR = re.compile(r"(tháng(?:\s+đầu)?)\s+(?=(?:19|20)\d{2}\b)")
# A note under a table giving its unit: 'Đơn vị: nghìn USD', 'Đơn vị trị giá: triệu USD'.
_NO_VALUE = frozenset({"", "-", "–", "—"})
_UNIT_NOTE = re.compile(r"\bđơn\s+vị\b", re.I)
# A first column numbering the rows ('STT | Địa phương | …', then '1 | Quảng Đông | …').
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    kind: TradeKind
    scale: Decimal
    year: int | None  # None in a table by year: each row's
    period: str
    approximate: bool
    growth: int | None  # the index of the column giving its growth
    in_cells: bool = False  # each value cell gives its own unit ('2,61 tỷ USD')


@dataclass(frozen=True, slots=True)
class _Table:
    header: list[str]
    rows: list[list[str]]
    introduction: str  # the paragraph before the header row (with the caption, if any)
    caption: str = ""  # the table's own caption line, if it has one
    note: str = ""  # a note under the table giving its unit ('Đơn vị: nghìn USD. Nguồn: …')


def table_figures(paragraphs: Sequence[str], context: Context) -> list[TradeFigure]:
    """The bilateral trade figures of every table in the article's paragraphs."""
    figures: list[TradeFigure] = []
    for table in _tables(paragraphs):
        figures.extend(_figures(table, context))
    return figures


def cells(line: str) -> list[str]:
    """A table row's cells; a line with no separator is a single cell."""
    return [cell for cell in CELL_SEPARATOR.split(line.strip().strip("|").strip()) if cell != ""]


def _tables(paragraphs: Sequence[str]) -> list[_Table]:
    """Runs of lines with the same number of cells (at least two), of which the first is the
    header and at least one other has a number."""
    if not any("|" in p for p in paragraphs):
        return []  # most articles have no table
    paragraphs = _with_stacked_headers(paragraphs)
    widths = [len(cells(p)) if "|" in p else 1 for p in paragraphs]
    headers = {n: cells(p) for n, p in enumerate(paragraphs) if widths[n] > 1}
    found: list[_Table] = []
    n = 0
    while n < len(paragraphs):
        end = n + 1
        while end < len(paragraphs) and widths[end] == widths[n]:
            end += 1
        if widths[n] >= _MIN_CELLS:
            rows = [cells(p) for p in paragraphs[n + 1 : end]]
            # A row of values is no header: a table whose header was not recognised is not read.
            if any(_has_number(row) for row in rows) and not _has_values(headers[n]):
                header, rows = _without_row_numbers(headers[n], rows)
                note = paragraphs[end] if end < len(paragraphs) else ""
                found.append(
                    _Table(
                        header,
                        rows,
                        _introduction(paragraphs, n),
                        _caption(paragraphs, n),
                        note if _UNIT_NOTE.search(note) else "",
                    )
                )
                n = end
                continue
        n += 1
    return found


def _raw_cells(line: str) -> list[str]:
    """A row's cells as a page's table writes them, empty ones kept ('| | Kim ngạch | So sánh
    |' has empty first, second and last cells)."""
    return [cell.strip() for cell in line.strip().split("|")]


def _with_stacked_headers(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs with a table's stacked header rows ('Chỉ tiêu | Tháng 10/2025 | | 10 tháng
    năm 2025 |' over '| Trị giá | So với tháng 10/2024 (%) | Trị giá | …') made one header row,
    each column's heading the headings above it ('Tháng 10/2025 Trị giá'), a heading spanning
    the empty cells to its right; empty cells of the rows below written '–' so that every row
    keeps its columns. Tables whose rows have no empty cells are left as they are."""
    lines = list(paragraphs)
    n = 0
    while n < len(lines):
        if "|" not in lines[n]:
            n += 1
            continue
        width = len(_raw_cells(lines[n]))
        end = n
        while end < len(lines) and "|" in lines[end] and len(_raw_cells(lines[end])) == width:
            end += 1
        run = [_raw_cells(line) for line in lines[n:end]]
        first = next((k for k, row in enumerate(run) if sum(1 for c in row if c) > 1), len(run))
        heads = []
        for row in run[first:]:
            if _has_number(row):
                break
            heads.append(row)
        body = run[first + len(heads) :]
        stacked = len(heads) > 1 or any("" in row for row in heads + body)
        if width > _MIN_CELLS and heads and body and stacked:
            header = [_heading(heads, c) or "–" for c in range(width)]
            rows = [[cell or "–" for cell in row] for row in body]
            start = n + first
            lines[start:end] = [" | ".join(header), *(" | ".join(row) for row in rows)]
            end = start + 1 + len(rows)
        n = end
    return lines


def _heading(heads: list[list[str]], column: int) -> str:
    """A column's heading in stacked header rows: each row's cell over it, or the cell a group
    heading to its left spans (not the first column's: it labels the rows)."""
    parts = []
    for row in heads:
        k = column
        while k >= 1 and not row[k]:
            k -= 1
        if row[k] and (k == column or k >= 1):
            parts.append(row[k])
    return " ".join(parts)


def _without_row_numbers(
    header: list[str], rows: list[list[str]]
) -> tuple[list[str], list[list[str]]]:
    """The table without its first column when that column only numbers the rows 1, 2, 3…"""
    # A total at the foot has no number: '– | Tổng kim ngạch Việt Nam – Trung Quốc | …'.
    counted = rows
    while counted and counted[-1][0] in _NO_VALUE:
        counted = counted[:-1]
    numbered = bool(counted) and all(
        len(row) > 1 and _ROW_NUMBER.fullmatch(row[0]) and int(row[0].rstrip(".")) == n
        for n, row in enumerate(counted, start=1)
    )
    if not numbered or len(header) < _MIN_CELLS + 1:
        return header, rows
    return header[1:], [row[1:] for row in rows]


def _introduction(paragraphs: Sequence[str], header: int) -> str:
    """The paragraph before a table's header; with the one before it when it is the table's
    caption (a line of one cell, not closed: 'Bảng 1: Kim ngạch … (Đơn vị: triệu USD)')."""
    if header == 0:
        return ""
    before = " ".join(cells(paragraphs[header - 1]))
    if header >= 2 and not before.rstrip().endswith((".", ":")):
        return f"{paragraphs[header - 2]} {before}"
    return before


def _caption(paragraphs: Sequence[str], header: int) -> str:
    """The line right before a table's header when it is a caption (one cell, not closed)."""
    if header == 0:
        return ""
    before = " ".join(cells(paragraphs[header - 1]))
    return "" if before.rstrip().endswith((".", ":")) else before


def _has_values(row: list[str]) -> bool:
    """A row whose cells after the first are all numbers ('1.320 | 1.410'), not headings."""
    values = row[1:]
    return bool(values) and all(
        _is_value(cell) and not _YEAR_CELL.fullmatch(cell) for cell in values
    )


def _has_number(row: list[str]) -> bool:
    return any(_is_value(cell) for cell in row[1:])


def _is_value(cell: str) -> bool:
    """A cell giving a number: '55,4', '+11,8', 'tăng 8,4%', '16,2 (+9,1%)'."""
    return bool(_SIGNED.match(cell) or _WITH_GROWTH.match(cell.strip()))


def _figures(table: _Table, context: Context) -> list[TradeFigure]:
    around = " ".join([table.introduction, *table.header]).casefold()
    national = context.national or context.main_province == NATIONAL
    other = any(m.place.kind == "country" for m in find_places(" ".join(table.header)))
    if "việt nam" not in around and (not national or other):
        return []  # the table of an article on the two countries is theirs, unless it says
    times = [_row_time(row[0]) for row in table.rows]
    by_year = all(times)
    row_kinds = None if by_year else _row_kinds(table.rows, context)
    columns = _columns(table, by_year=by_year, by_kind=row_kinds is not None)
    if not columns:
        return []
    if by_year or row_kinds is not None:
        # The table's party is its caption's, when it has one: the paragraph before it may name
        # others in passing.
        party = _one_party(" ".join([table.caption, *table.header])) if table.caption else None
        party = (
            party
            or _one_party(" ".join([table.introduction, *table.header]))
            or _one_party(" ".join(row[0] for row in table.rows))  # 'Xuất khẩu sang Trung Quốc'
        )
        provinces: list[str | None] = [party] * len(table.rows)
    else:
        provinces = _row_provinces(table.rows, context)
    header = " | ".join(table.header)
    figures: list[TradeFigure] = []
    for n, (row, province) in enumerate(zip(table.rows, provinces, strict=True)):
        if province is None:
            continue
        for column in columns:
            if row_kinds is not None:
                if (row_kind := row_kinds[n]) is None:
                    continue
                column = replace(column, kind=row_kind)
            cell = row[column.index]
            value = _amount_in_usd(cell) if column.in_cells else _number(cell)
            if value is None or value < 0:
                continue
            year, period = column.year, column.period
            if (time := times[n]) is not None:
                year, period = time[0], time[1] or period
            if year is None:
                continue
            growth = _growth(table, column, row)
            figures.append(
                TradeFigure(
                    province=province,
                    year=year,
                    period=period,
                    kind=column.kind,
                    value_usd=int(value * column.scale),
                    growth_pct=float(growth) if growth is not None else None,
                    approximate=column.approximate,
                    quote=f"{header}{ROW_QUOTE}{' | '.join(row)}",
                )
            )
    return figures


def _columns(table: _Table, *, by_year: bool = False, by_kind: bool = False) -> list[_Column]:
    """The header's value columns, each with the percentage column right after it, if any.

    A column's unit is in its heading, else in the introduction ('Đơn vị: triệu USD'); what it
    counts is in its heading, else, for a heading naming only a time ('Năm 2024', '10 tháng')
    or in a table by year, in the introduction (in a table by kind, in each row). A heading
    naming neither ('Số dự án') is no trade column, whatever the introduction says."""
    row_year = year_before(" ".join(table.header))
    intro_year = year_before(table.introduction)
    # The heading of the first column, which labels the rows, may give the table's unit:
    # 'Chỉ tiêu (đơn vị: tỷ USD)'.
    intro_unit = (
        usd_unit(table.header[0])
        or usd_unit(table.caption)
        or usd_unit(table.introduction)
        or usd_unit(table.note)
    )
    columns: list[_Column] = []
    for index, heading in enumerate(table.header[1:], start=1):
        folded = heading.casefold()
        unit = usd_unit(heading)
        if unit is None and (_PERCENT.search(folded) or _percentages(table, index)):
            if _GROWTH_HEADING.search(folded):
                columns = _with_growth(columns, index, table.header)
            continue
        unit = unit or intro_unit
        in_cells = unit is None and _amounts_in_usd(table, index)
        if in_cells:
            unit = Decimal(1)
        if unit is None:
            continue
        timed = year_before(heading) is not None or period_in(heading) is not None
        if _TRADE.search(folded):
            kind = _kind(folded)
        elif by_kind:
            kind = "two-way"  # each row says what it counts
        elif by_year and table.caption:
            kind = _kind(table.caption.casefold()) if timed else _total_or_none(folded, table)
        elif timed or by_year:
            kind = _kind(table.introduction.casefold())
        else:
            continue
        year = year_before(heading) or row_year or intro_year
        if kind is None or (year is None and not by_year):
            continue
        # A heading naming a year ('Năm 2023') is that year's; in a table by year each row gives
        # its period ('9 tháng 2025'); else the caption's, or the introduction's ('10 tháng …').
        named_year = year_before(heading) is not None
        period = _period_of(heading) or (
            None if by_year or named_year else period_in(table.caption or table.introduction)
        )
        columns.append(
            _Column(
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


def _total_or_none(heading: str, table: _Table) -> TradeKind | None:
    """'Tổng' in a table of one party's trade by period whose caption names both directions
    ('Trị giá xuất khẩu, nhập khẩu giữa Việt Nam và Trung Quốc'): the two-way total."""
    caption = table.caption.casefold()
    both = ("xuất khẩu" in caption and "nhập khẩu" in caption) or _kind(caption) == "two-way"
    return "two-way" if heading.strip().startswith("tổng") and both else None


def _with_growth(columns: list[_Column], index: int, header: list[str]) -> list[_Column]:
    """The columns with the percentage column at `index` as the growth of the one whose trade
    its heading names ('Tăng/giảm kim ngạch hai chiều so với năm trước (%)'), else of the value
    column nearest to its left (a share column may stand between: 'Tỷ trọng (%)')."""
    heading = header[index].casefold()
    named = _kind(heading) if _TRADE.search(heading) else None
    for n in range(len(columns) - 1, -1, -1):
        column = columns[n]
        between = header[column.index + 1 : index]
        shares = all(_PERCENT.search(h.casefold()) for h in between)
        if named is None and n == len(columns) - 1 and column.growth is None and shares:
            # the value column nearest to its left (a share column may stand between)
            return [*columns[:n], replace(column, growth=index)]
        if column.growth is None and named is not None and column.kind == named:
            return [*columns[:n], replace(column, growth=index), *columns[n + 1 :]]
    return columns


def _period_of(text: str) -> Found | None:
    """The part of a year a heading or a row names: '10 tháng 2025' as '10 tháng năm 2025' (in a
    table, a count of months right before a year is no date)."""
    return period_in(_MONTHS_BEFORE_YEAR.sub(r"\1 năm ", text))


def _row_time(label: str) -> tuple[int, str | None] | None:
    """The year (and part of it) a row of a table by year stands for: '2023', 'Năm 2023', '9
    tháng 2025' ('M1-M9'); None when the label is something else."""
    label = _YEAR_WORD.sub("", label.strip())
    if _YEAR_CELL.fullmatch(label):
        return int(label), None
    period = _period_of(label)
    year = _YEAR_CELL.search(label)
    if period is None or year is None or len(label.split()) > _TIME_LABEL_WORDS:
        return None
    return int(year.group()), str(period.value)


def _percentages(table: _Table, index: int) -> bool:
    """Every cell of the column a percentage ('+36,5%', 'tăng 8,4%') or empty ('-'): a column
    of percentages whose heading does not say so ('So với cùng kỳ 2024')."""
    cells_ = [r[index].strip() for r in table.rows if index < len(r)]
    given = [c for c in cells_ if c not in ("", *_SIGNS)]
    return bool(given) and all(c.endswith("%") and _number(c) is not None for c in given)


def _amounts_in_usd(table: _Table, index: int) -> bool:
    """Every cell of the column an amount in dollars with its unit ('2,61 tỷ USD') or empty
    ('-'): a column of values whose heading gives no unit ('Giá trị')."""
    cells_ = [r[index].strip() for r in table.rows if index < len(r)]
    given = [c for c in cells_ if c not in _NO_VALUE]
    return bool(given) and all(_amount_in_usd(c) is not None for c in given)


def _amount_in_usd(cell: str) -> Decimal | None:
    """The dollars a cell gives with its unit, and nothing else: '2,61 tỷ USD' -> 2610000000."""
    amounts = find_amounts(cell.strip())
    if len(amounts) != 1 or amounts[0].currency != "USD":
        return None
    amount = amounts[0]
    return amount.value if amount.start == 0 and amount.end == len(cell.strip()) else None


def _growth(table: _Table, column: _Column, row: list[str]) -> Decimal | None:
    """The row's growth for the column: a change ('+15,4', '-3,1'), or in a column of indexes
    (statistics offices write 'So với cùng kỳ (%)' as 107,6 for +7,6 %: every value unsigned,
    between 50 and 250) the index less 100; without a growth column, the one in brackets after
    the value ('16,2 (+9,1%)')."""
    if column.growth is None:
        bracketed = _WITH_GROWTH.match(row[column.index].strip())
        return _number(bracketed["growth"]) if bracketed else None
    value = _number(row[column.growth])
    if value is None:
        return None
    cells_ = [r[column.growth].strip() for r in table.rows]
    numbers = [_number(c) for c in cells_]
    indexes = all(
        n is not None and not c.startswith(_SIGNS) and _INDEX_LOW <= n <= _INDEX_HIGH
        for c, n in zip(cells_, numbers, strict=True)
    )
    return value - 100 if indexes else value


def _row_kinds(rows: list[list[str]], context: Context) -> list[TradeKind | None] | None:
    """In a table of one party's trade by kind ('Tổng kim ngạch xuất nhập khẩu | …', 'Việt Nam
    xuất khẩu sang Vân Nam | …'), what each row counts, None for a row of another sum (trade
    through border gates, the balance); None unless some row counts the parties' trade and no
    row is a place alone (a table by province)."""
    if any(_place(row[0]) is not None for row in rows):
        return None
    kinds = [_row_kind(row[0], context) for row in rows]
    return kinds if any(kinds) else None


def _row_kind(label: str, context: Context) -> TradeKind | None:
    """What a row label counts when it is the parties' trade in plain words: 'Tổng kim ngạch
    Việt Nam – Quảng Tây', 'Việt Nam nhập khẩu từ Quảng Tây'; not 'Kim ngạch qua các cửa khẩu
    tỉnh Lạng Sơn' nor 'Cán cân thương mại'. Exports and imports whose side a row does not say
    are Vietnam's, as Vietnamese news counts them."""
    folded = label.casefold()
    kind = _kind(folded)
    if kind is None and _TRADE.search(folded):
        kind = "vn_export" if "xuất khẩu" in folded else "vn_import"
    if kind is None or not _names_parties(label):
        return None
    plain = plain_trade_words(Sentence(label, context.in_china), 0, len(label))
    return kind if plain else None


def _names_parties(label: str) -> bool:
    """A row label naming places only as the parties of its trade ('Việt Nam xuất khẩu sang
    Vân Nam'), not a border gate's or a province's own ('Cửa khẩu Lào Cai')."""
    return all(
        m.place.name == "Việt Nam" or m.place.kind in ("division", "china")
        for m in find_places(label)
    )


def _one_party(text: str) -> str | None:
    """The one Chinese province (or China) a table's caption and header name, if only one."""
    parties = {
        NATIONAL if m.place.kind == "china" else m.place.name
        for m in find_places(text)
        if m.place.kind in ("division", "china") and not m.place.via_city
    }
    divisions = parties - {NATIONAL}
    if len(divisions) == 1:
        return divisions.pop()
    return NATIONAL if parties == {NATIONAL} else None


def _kind(text: str) -> TradeKind | None:
    """What a column counts, by the words of its heading (or of the table's introduction);
    None when it is exports or imports whose side the words do not say."""
    return next((kind for words, kind in _KINDS if words.search(text)), None)


def _row_provinces(rows: list[list[str]], context: Context) -> list[str | None]:
    """The Chinese province (or China) each row is about, by its first cell alone."""
    places = [_place(row[0]) for row in rows]
    chinese = any(kind in ("division", "china") for _name, kind in filter(None, places))
    provinces: list[str | None] = []
    for place in places:
        if place is None:
            provinces.append(None)
            continue
        name, kind = place
        if kind == "china":
            provinces.append(NATIONAL)
        elif kind == "division" or (kind == "shared" and (chinese or name in context.in_china)):
            provinces.append(name)
        else:
            provinces.append(None)
    return provinces


def _place(cell: str) -> tuple[str, str] | None:
    """(name, kind) when the cell is one place's name and nothing else (but its country in
    brackets): a province ('division'), China, a name Vietnam shares with a Chinese province
    ('shared'), or another place; a total of the two countries ('Tổng Việt Nam – Trung
    Quốc') is China."""
    if _TWO_COUNTRIES_TOTAL.fullmatch(cell.strip()):
        return NATIONAL, "china"
    mentions = find_places(cell)
    if len(mentions) == 2 and mentions[1].place.kind == "china":
        mentions = mentions[:1]  # 'Hồng Kông (Trung Quốc)': China only labels the place
    if (
        len(mentions) != 1
        or cell[: mentions[0].start].strip()
        or _COUNTRY_LABEL.sub("", cell[mentions[0].end :]).strip(" ()*")
    ):
        return None
    place = mentions[0].place
    if place.via_city:
        return None
    if place.kind == "vietnam" and _shared(place.name):
        return place.name, "shared"
    return place.name, place.kind


def _shared(name: str) -> bool:
    division = load_gazetteer().by_name(name)
    return division is not None and division.shared_with_vietnam


def _number(cell: str) -> Decimal | None:
    """The number a cell gives ('+11,8' -> 11.8, 'giảm 2,1%' -> -2.1, '16,2 (+9,1%)' -> 16.2)."""
    bracketed = _WITH_GROWTH.match(cell.strip())
    if bracketed:
        cell = bracketed["value"]
    match = _SIGNED.match(cell.strip())
    if match is None:
        return None
    value = parse_number(match["num"])
    if value is None:
        return None
    sign = (match["sign"] or "").casefold()
    return -value if sign in _SIGNS[1:] or sign == "giảm" else value
