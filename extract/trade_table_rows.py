"""What a table's rows are about: the Chinese province (or China) each row's first cell names,
the year of a row of a table by year, or the trade a row of a table by kind counts."""

from __future__ import annotations

import re
from functools import cache

from extract.gazetteer import load_gazetteer
from extract.lexicon import load_data
from extract.places import PlaceMention, find_places
from extract.text import phrase_key
from extract.trade_bilateral import plain_trade_words
from extract.trade_context import Context
from extract.trade_sentence import Sentence
from extract.trade_table_cells import YEAR_CELL, caption_year, period_of
from extract.trade_table_finding import Table
from extract.trade_table_header import TRADE, kind_in
from extract.types import NATIONAL, TradeKind

_TWO_COUNTRIES_TOTAL = re.compile(
    r"(?:Tổng|Tổng cộng|Tổng kim ngạch)?\s*(?:\(?\s*)?Việt\s+Nam\s*[-–—]\s*Trung\s+Quốc\s*\)?"
    # the whole country's trade with China: 'Cả nước với Trung Quốc', 'Việt Nam với Trung Quốc'
    r"|(?:Cả\s+nước|Toàn\s+quốc|Việt\s+Nam)\s+(?:với|-|–)\s*Trung\s+Quốc",
    re.I,
)
_COUNTRY_LABEL = re.compile(r"\(?\s*Trung Quốc\s*\)?", re.I)
# What stands between a place and the country named only as its label: 'Hồng Kông (Trung
# Quốc)', 'Quảng Tây, Trung Quốc', 'Vân Nam của Trung Quốc'.
_LABEL_BETWEEN = re.compile(r"\s*(?:\(|,|[-–—]|của|thuộc)?\s*", re.I)
# A row of a table by year names a year and at most a part of it: '6 tháng đầu năm 2025'.
_TIME_LABEL_WORDS = 6
_YEAR_WORD = re.compile(r"^năm\s+(?=(?:19|20)\d{2}$)", re.I)


def row_time(label: str) -> tuple[int, str | None] | None:
    """The year (and part of it) a row of a table by year stands for: '2023', 'Năm 2023', '9
    tháng 2025' ('M1-M9'); None when the label is something else."""
    label = _YEAR_WORD.sub("", label.strip())
    if YEAR_CELL.fullmatch(label):
        return int(label), None
    period = period_of(label)
    year = YEAR_CELL.search(label)
    if period is None or year is None or len(label.split()) > _TIME_LABEL_WORDS:
        return None
    return int(year.group()), str(period.value)


def row_times(table: Table) -> list[tuple[int, str | None] | None]:
    """The year and part of it each row of a table by period stands for, as `row_time` reads
    it; when every row names a time, a row naming a part of a year without the year ('Quý I',
    'Lũy kế 2 tháng') takes the table's: the one year its caption and its other rows give
    ('Kim ngạch … năm 2025 theo quý', or 'Tháng 1/2026' above), none when they differ."""
    times = [row_time(row[0]) for row in table.rows]
    parts = [
        None if time else _part_of_a_year(row[0])
        for time, row in zip(times, table.rows, strict=True)
    ]
    if all(times) or not all(time or part for time, part in zip(times, parts, strict=True)):
        return times
    years = {time[0] for time in times if time}
    if (captioned := caption_year(table.caption)) is not None:
        years.add(int(captioned.value))
    if len(years) != 1:
        return times
    (year,) = years
    return [(year, part) if part else time for time, part in zip(times, parts, strict=True)]


def _part_of_a_year(label: str) -> str | None:
    """The part of a year a row label names and nothing else, but a running total's words:
    'Quý II' -> 'Q2', 'Lũy kế 2 tháng' -> 'M1-M2'; None for 'Xuất khẩu 6 tháng'."""
    period = period_of(label.strip())
    if period is None or label.strip()[period.end :].strip():
        return None
    before = phrase_key(label.strip()[: period.start])
    return str(period.value) if not before or before in _running_totals() else None


@cache
def _running_totals() -> frozenset[tuple[str, ...]]:
    """The words of a running total in a row label ('Lũy kế'), from extract/data/trade.toml."""
    return frozenset(phrase_key(words) for words in load_data("trade")["table_running_total"])


def kinds_by_row(rows: list[list[str]], context: Context) -> list[TradeKind | None] | None:
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
    kind = kind_in(folded)
    if kind is None and TRADE.search(folded):
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


def one_party(text: str) -> str | None:
    """The one Chinese province (or China) a table's caption and header name, if only one: none
    for 'Việt Nam với Trung Quốc và Hồng Kông (Trung Quốc)', where China is a partner of its own
    beside the place it labels."""
    mentions = [
        m
        for m in find_places(text)
        if m.place.kind in ("division", "china") and not m.place.via_city
    ]
    parties = {
        NATIONAL if m.place.kind == "china" else m.place.name
        for n, m in enumerate(mentions)
        if n == 0 or not _labels_the_place_before(text, mentions[n - 1], m)
    }
    divisions = parties - {NATIONAL}
    if len(divisions) == 1 and NATIONAL not in parties:
        return divisions.pop()
    return NATIONAL if parties == {NATIONAL} else None


def _labels_the_place_before(text: str, before: PlaceMention, mention: PlaceMention) -> bool:
    """Whether `mention` is China named only as the label of the province just before it
    ('Hồng Kông (Trung Quốc)', 'Quảng Tây, Trung Quốc'), no partner of its own."""
    return (
        mention.place.kind == "china"
        and before.place.kind == "division"
        and _LABEL_BETWEEN.fullmatch(text, before.end, mention.start) is not None
    )


def row_provinces(rows: list[list[str]], context: Context) -> list[str | None]:
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


def has_the_two_countries_total(rows: list[list[str]]) -> bool:
    """Whether a row is Vietnam's whole trade with China ('Cả nước với Trung Quốc', 'Tổng Việt
    Nam – Trung Quốc'): the table counts from Vietnam's side."""
    return any(_TWO_COUNTRIES_TOTAL.fullmatch(row[0].strip()) for row in rows)


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
