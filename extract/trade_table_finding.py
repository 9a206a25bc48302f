"""Finding the tables written as text in an article's paragraphs: runs of rows with the same
number of cells, each with its header, the paragraph introducing it, its caption and its note."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.trade_table_cells import NO_VALUE, YEAR_CELL, cells, is_value

_MIN_CELLS = 2
# A note under a table: its unit ('Đơn vị: nghìn USD', 'Đơn vị trị giá: triệu USD'), or its
# source, which may say what the table counts ('Nguồn: Thương vụ …. Kim ngạch hai chiều.').
_NOTE = re.compile(r"\bđơn\s+vị\b|^\W*(?:nguồn|ghi\s+chú|chú\s+thích)\b", re.I)
# A first column numbering the rows ('STT | Địa phương | …', then '1 | Quảng Đông | …').
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
# A line giving only a table's unit, under its caption: 'Đơn vị tính: triệu USD', '(ĐVT: tỷ USD)'.
_UNIT_LINE = re.compile(r"^\W*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*:[^.]*$", re.I)


@dataclass(frozen=True, slots=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    introduction: str  # the paragraph before the header row (with the caption, if any)
    caption: str = ""  # the table's own caption line, if it has one
    note: str = ""  # a note under the table: its unit or source ('Đơn vị: nghìn USD. Nguồn: …')


def tables_in(paragraphs: Sequence[str]) -> list[Table]:
    """Runs of lines with the same number of cells (at least two), of which the first is the
    header and at least one other has a number."""
    if not any("|" in p for p in paragraphs):
        return []  # most articles have no table
    paragraphs = _with_stacked_headers(paragraphs)
    widths = [len(cells(p)) if "|" in p else 1 for p in paragraphs]
    headers = {n: cells(p) for n, p in enumerate(paragraphs) if widths[n] > 1}
    found: list[Table] = []
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
                    Table(
                        header,
                        rows,
                        _introduction(paragraphs, n),
                        _caption(paragraphs, n),
                        note if _NOTE.search(note) else "",
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
    while counted and counted[-1][0] in NO_VALUE:
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
    """The line right before a table's header when it is a caption (one cell, not closed), with
    the caption above it when it gives only the unit ('Bảng 1: Kim ngạch … 9 tháng năm 2025'
    over 'Đơn vị tính: triệu USD')."""
    if header == 0:
        return ""
    before = " ".join(cells(paragraphs[header - 1]))
    if _UNIT_LINE.match(before) and header >= 2:
        above = " ".join(cells(paragraphs[header - 2]))
        if "|" not in paragraphs[header - 2] and not above.rstrip().endswith((".", ":")):
            return f"{above} ({before.strip(' ()')})"
    return "" if before.rstrip().endswith((".", ":")) else before


def _has_values(row: list[str]) -> bool:
    """A row whose cells after the first are all numbers ('1.320 | 1.410'), not headings."""
    values = row[1:]
    return bool(values) and all(is_value(cell) and not YEAR_CELL.fullmatch(cell) for cell in values)


def _has_number(row: list[str]) -> bool:
    return any(is_value(cell) for cell in row[1:])
