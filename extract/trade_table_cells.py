"""What a table's cells give: a row's cells, a number, an amount in dollars with its unit, a
growth in brackets, and the part of a year a heading or a row label names."""

from __future__ import annotations

import re
from decimal import Decimal

from extract.numbers import find_amounts, parse_number
from extract.periods import Found, period_in, year_before

CELL_SEPARATOR = re.compile(r"\s*\|\s*")
SIGNS = ("+", "-", "−", "–")
YEAR_CELL = re.compile(r"(?:19|20)\d{2}")
_SIGNED = re.compile(r"^(?P<sign>[+\-−–]|tăng|giảm)?\s*(?P<num>\d[\d.,]*)\s*%?$", re.I)
# A value with its growth in brackets in the same cell: '16,2 (+9,1%)', '2,9 (giảm 1,2%)'.
WITH_GROWTH = re.compile(r"^(?P<value>\d[\d.,]*)\s*\(\s*(?P<growth>[^()]*%)\s*\)$")
_MONTHS_BEFORE_YEAR = re.compile(r"(tháng(?:\s+đầu)?)\s+(?=(?:19|20)\d{2}\b)")
# A year a heading writes alone ('2024', '10 tháng 2024'), not in a date ('10/2024') nor after
# 'năm'.
_BARE_YEAR = re.compile(r"(?<![\d/\-–])(?<!năm\s)\b(?=(?:19|20)\d{2}\b(?![/\-–]\d))", re.I)
# A cell giving no value: empty, or a dash.
NO_VALUE = frozenset({"", "-", "–", "—"})


def cells(line: str) -> list[str]:
    """A table row's cells; a line with no separator is a single cell."""
    return [cell for cell in CELL_SEPARATOR.split(line.strip().strip("|").strip()) if cell != ""]


def is_value(cell: str) -> bool:
    """A cell giving a number: '55,4', '+11,8', 'tăng 8,4%', '16,2 (+9,1%)'."""
    return bool(_SIGNED.match(cell) or WITH_GROWTH.match(cell.strip()))


def number(cell: str) -> Decimal | None:
    """The number a cell gives ('+11,8' -> 11.8, 'giảm 2,1%' -> -2.1, '16,2 (+9,1%)' -> 16.2)."""
    bracketed = WITH_GROWTH.match(cell.strip())
    if bracketed:
        cell = bracketed["value"]
    match = _SIGNED.match(cell.strip())
    if match is None:
        return None
    value = parse_number(match["num"])
    if value is None:
        return None
    sign = (match["sign"] or "").casefold()
    return -value if sign in SIGNS[1:] or sign == "giảm" else value


def amount_in_usd(cell: str) -> Decimal | None:
    """The dollars a cell gives with its unit, and nothing else: '2,61 tỷ USD' -> 2610000000."""
    currency = cell_currency(cell)
    return find_amounts(cell.strip())[0].value if currency == "USD" else None


def cell_currency(cell: str) -> str | None:
    """The currency of the one amount a cell gives with its unit, and nothing else ('2,61 tỷ
    USD' -> 'USD', '298,6 tỷ NDT' -> 'CNY'); None for any other cell."""
    amounts = find_amounts(cell.strip())
    if len(amounts) != 1 or amounts[0].currency is None:
        return None
    amount = amounts[0]
    whole = amount.start == 0 and amount.end == len(cell.strip())
    return amount.currency if whole else None


def period_of(text: str) -> Found | None:
    """The part of a year a heading or a row names: '10 tháng 2025' as '10 tháng năm 2025' (in a
    table, a count of months right before a year is no date)."""
    return period_in(_MONTHS_BEFORE_YEAR.sub(r"\1 năm ", text))


def caption_year(text: str) -> Found | None:
    """The year a table's caption or introduction names, after a count of months too:
    'Thương mại …, 10 tháng 2025 (đơn vị: tỷ USD)' -> 2025, as '10 tháng năm 2025'."""
    return year_before(_MONTHS_BEFORE_YEAR.sub(r"\1 năm ", text))


def heading_year(heading: str) -> Found | None:
    """The year a column's heading is about, written with 'năm' or alone: '10 tháng 2024' and
    'Năm 2024' -> 2024; not a comparison base ('So với 2023 (%)')."""
    return year_before(_BARE_YEAR.sub("năm ", heading))
