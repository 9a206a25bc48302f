"""Trade figures in a table written as text: a header row naming the columns, then one row per
Chinese province, the cells separated by '|' (tabs are read as such when the page is cleaned):

    Địa phương | Kim ngạch hai chiều 2024 (tỷ USD) | So với 2023 (%) | Việt Nam xuất khẩu (tỷ USD)
    Quảng Đông | 56,20 | +16,6 | 24,10

A column gives figures when its heading says what it counts (two-way trade, or Vietnam's exports
or imports, the direction stated), in which currency unit, and for which year (in the heading,
the header row, or the sentence introducing the table); a percentage column saying it compares
('So với 2023 (%)', not 'Tỷ trọng (%)') is the growth of the column before it. A heading that
names no trade ('Năm 2024 (tỷ USD)') takes the trade the introduction names ('kim ngạch hai
chiều với Việt Nam như sau:'), else the note under the table ('Nguồn: …. Kim ngạch hai chiều.'),
outside the name of its source. The table must concern Vietnam (named in its header or its
introduction), and a row counts only when its first cell is a Chinese province (or China
itself): a row of border gates, of Vietnamese provinces or a total gives nothing. A Chinese name
Vietnam shares ('Hà Nam') is China's when the table's other rows are Chinese provinces. A first
column numbering the rows ('STT': 1, 2, 3…) is left aside.

A table's caption ('Bảng 1: Kim ngạch … 9 tháng năm 2025 (Đơn vị: triệu USD)') counts as its
introduction: it may give the unit, the year and the period of columns whose headings name a
trade or a time but no unit. A table whose rows are years ('2023 | 48,2 | 10,3') is one party's,
the one Chinese party its caption or introduction names (a row naming a part of a year
without it, 'Quý I' or 'Lũy kế 2 tháng', is of the one year the caption and the other rows
give); so is a table whose rows are kinds of
trade ('Tổng kim ngạch xuất nhập khẩu | …', 'Việt Nam xuất khẩu sang Vân Nam | …'), where a
row of another sum (trade through a border gate, the balance) gives nothing. In a table by year
whose caption names Vietnam first, then its partner ('Kim ngạch thương mại Việt Nam – Quảng Tây
các năm'), a column of exports or imports whose heading says no side ('Xuất khẩu') is
Vietnam's; a column of another sum ('Cán cân thương mại', 'Nhập siêu') gives nothing in any
table. The heading of the
first column may give the table's unit ('Chỉ tiêu (đơn vị: tỷ USD)'), a value its growth in
brackets ('16,2 (+9,1%)'), and the values of a column whose heading gives no unit ('Giá trị')
each their own ('2,61 tỷ USD'). A caption naming Vietnam's markets for its exports or imports
and a time, and no one else's ('Một số thị trường xuất khẩu 11 tháng năm 2025'), makes the rows
markets: a Chinese division's row gives Vietnam's exports to it (imports from it) in the column
of that direction ('Xuất khẩu (tỷ USD)'), another country's nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.places import find_places
from extract.text import tokenize
from extract.trade_bilateral import product_after, product_before
from extract.trade_context import Context
from extract.trade_sentence import Sentence
from extract.trade_table_cells import (
    SIGNS,
    WITH_GROWTH,
    amount_in_usd,
    heading_year,
    number,
    period_of,
)
from extract.trade_table_finding import Table, tables_in
from extract.trade_table_header import Column, value_columns
from extract.trade_table_markets import market_kind
from extract.trade_table_rows import (
    has_the_two_countries_total,
    kinds_by_row,
    one_party,
    row_provinces,
    row_times,
)
from extract.types import NATIONAL, TradeFigure

# What stands between a table's header and its row in the quote of a figure read from it.
ROW_QUOTE = " — "
# The word joining the items a caption lists ('Kim ngạch … Việt Nam – Vân Nam và qua cửa khẩu …').
_AND = re.compile(r"\s+và\s+", re.I)
_INDEX_LOW, _INDEX_HIGH = 50, 250


def table_figures(paragraphs: Sequence[str], context: Context) -> list[TradeFigure]:
    """The bilateral trade figures of every table in the article's paragraphs."""
    figures: list[TradeFigure] = []
    for table in tables_in(paragraphs):
        figures.extend(_figures(table, context))
    return figures


def _figures(table: Table, context: Context) -> list[TradeFigure]:
    """The bilateral trade figures one table gives, row by row and column by column."""
    around = " ".join([table.introduction, *table.header]).casefold()
    national = context.national or context.main_province == NATIONAL
    other = any(m.place.kind == "country" for m in find_places(" ".join(table.header)))
    if "việt nam" not in around and (not national or other):
        return []  # the table of an article on the two countries is theirs, unless it says
    if _counts_a_product(table.caption):
        return []
    beside = _one_place_s(table.caption) and _parties_beside_one_place(table.caption)
    if _one_place_s(table.caption) and not beside:
        return []
    times = row_times(table)
    by_year = all(times)
    row_kinds = None if by_year else kinds_by_row(table.rows, context)
    market = None if by_year or row_kinds is not None else market_kind(table)
    columns = value_columns(
        table,
        by_year=by_year,
        by_kind=row_kinds is not None,
        market=market,
        vietnam_s=has_the_two_countries_total(table.rows),
    )
    if beside:
        columns = [c for c in columns if _parties_column(table.header[c.index])]
    if not columns:
        return []
    if by_year or row_kinds is not None:
        # The table's party is its caption's, when it has one: the paragraph before it may name
        # others in passing.
        party = one_party(" ".join([table.caption, *table.header])) if table.caption else None
        party = (
            party
            or one_party(" ".join([table.introduction, *table.header]))
            or one_party(" ".join(row[0] for row in table.rows))  # 'Xuất khẩu sang Trung Quốc'
        )
        # A row label naming its partner wins ('Xuất khẩu sang Hồng Kông (Trung Quốc)' under a
        # caption naming China and Hồng Kông); the table's party is that of the rows naming none.
        provinces: list[str | None] = [one_party(row[0]) or party for row in table.rows]
    else:
        provinces = row_provinces(table.rows, context)
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
            value = amount_in_usd(cell) if column.in_cells else number(cell)
            if value is None or value < 0:
                continue
            year, period = column.year, column.period
            if (time := times[n]) is not None:
                year, period = time[0], time[1] or period
            elif row_kinds is not None:
                year, period = _row_own_time(row[0], year, period)
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


def _counts_a_product(caption: str) -> bool:
    """Whether a table's caption names a product as what its trade word counts: 'Xuất khẩu
    sầu riêng của Việt Nam sang Trung Quốc', 'Rau quả xuất khẩu sang Trung Quốc'; its
    figures are that product's, not the total trade."""
    sentence = Sentence(caption)
    keyword = sentence.last_keyword(len(caption))
    return keyword is not None and (
        product_after(sentence, keyword.end) or product_before(sentence, keyword.start)
    )


def _one_place_s(caption: str) -> bool:
    """Whether a table's caption says its goods are those passing one place, a border gate, a
    port or a locality ('Hàng hóa xuất nhập khẩu qua cửa khẩu Trà Lĩnh (triệu USD)'): its
    figures are that place's throughput, not the parties' trade."""
    keys = [t.key for t in tokenize(caption) if t.is_word]
    return _one_place_words().occurs(keys)


def _parties_beside_one_place(caption: str) -> bool:
    """Whether a caption naming one place's goods names, as another item joined by 'và', the
    trade of Vietnam and a Chinese party ('Kim ngạch thương mại Việt Nam – Vân Nam và qua cửa
    khẩu Lào Cai'): its columns naming the two parties give their trade."""
    items = _AND.split(caption)
    return len(items) > 1 and any(
        not _one_place_s(item) and _names_vietnam_and_a_party(item) for item in items
    )


def _parties_column(heading: str) -> bool:
    """Whether a column of a table beside one place's names the two parties' trade and not the
    place's ('Kim ngạch Việt Nam – Vân Nam', not 'Trong đó qua các cửa khẩu tỉnh Lào Cai')."""
    return not _one_place_s(heading) and "việt nam" in heading.casefold()


def _names_vietnam_and_a_party(text: str) -> bool:
    """Whether the words name Vietnam and one Chinese province (or China): 'Việt Nam – Vân Nam'."""
    return "việt nam" in text.casefold() and one_party(text) is not None


@cache
def _one_place_words() -> PhraseSet:
    """A caption's words for the goods passing one place ('qua cửa khẩu', 'trên địa bàn'), from
    extract/data/trade.toml."""
    return PhraseSet(load_data("trade")["table_one_place"])


def _row_own_time(label: str, year: int | None, period: str) -> tuple[int | None, str]:
    """The year and period a row of a table by kind names for itself ('Xuất khẩu 6 tháng',
    'Tổng kim ngạch 10 tháng 2025'), else the column's."""
    own = period_of(label)
    if own is None:
        return year, period
    written = heading_year(label)
    return (int(written.value) if written else year), str(own.value)


def _growth(table: Table, column: Column, row: list[str]) -> Decimal | None:
    """The row's growth for the column: a change ('+15,4', '-3,1'), or in a column of indexes
    (statistics offices write 'So với cùng kỳ (%)' as 107,6 for +7,6 %: every value unsigned,
    between 50 and 250) the index less 100; without a growth column, the one in brackets after
    the value ('16,2 (+9,1%)')."""
    if column.growth is None:
        bracketed = WITH_GROWTH.match(row[column.index].strip())
        return number(bracketed["growth"]) if bracketed else None
    value = number(row[column.growth])
    if value is None:
        return None
    cells_ = [r[column.growth].strip() for r in table.rows]
    numbers = [number(c) for c in cells_]
    indexes = all(
        n is not None and not c.startswith(SIGNS) and _INDEX_LOW <= n <= _INDEX_HIGH
        for c, n in zip(cells_, numbers, strict=True)
    )
    return value - 100 if indexes else value
