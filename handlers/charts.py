"""/tradechart: a province's full-year trade with Vietnam as a PNG, its sources in the caption."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from io import BytesIO
from typing import NamedTuple

import matplotlib
from babel.numbers import format_decimal
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from sqlalchemy.orm import Session

from db.queries.trade import FULL_YEAR, FigureGroup, figure_history
from handlers.common import (
    division_name,
    fill,
    italic,
    join_lines,
    province_answer,
    province_heading,
)
from handlers.formatting import figure_value_html, kind_label, source_html
from handlers.i18n import supported_locale, translator
from handlers.reply import Reply
from handlers.resolve import ProvinceFound

# A bot has no display. Figures here are drawn without pyplot; should anything import pyplot
# later, it finds the headless backend already chosen.
matplotlib.use("Agg")

KINDS = ("two-way", "vn_export", "vn_import")
KIND_COLOURS = {"two-way": "#1f4e79", "vn_export": "#2e8b57", "vn_import": "#c0504d"}
MAX_YEARS = 12
# Distinct figures read for a chart: enough for every kind of every recent year and their
# rival versions.
MAX_GROUPS = 200
BILLION = 1_000_000_000
PICTURE_INCHES = (8.0, 4.5)
PICTURE_DPI = 100
BAR_LABEL_PATTERN = "#,##0.#"
# Pictures kept once drawn (a few tens of kB each).
CHARTS_KEPT = 64

# Matplotlib's text layout shares font caches between figures: one picture at a time.
_DRAWING = threading.Lock()


@dataclass(frozen=True)
class ChartPoint:
    """The figure charted for one year and kind: the most widely reported version."""

    year: int
    kind: str
    group: FigureGroup
    disputed: bool  # the news gave other amounts too

    @property
    def value_usd(self) -> int:
        return self.group.figure.value_usd or 0


@dataclass(frozen=True)
class ChartData:
    points: list[ChartPoint]
    partial_left_out: bool  # figures for part of a year exist but are not charted
    other_currency_left_out: bool  # full-year figures given only in another currency


def chart_data(groups: list[FigureGroup]) -> ChartData:
    """The full-year USD figures of the newest years, one per year and kind."""
    versions: dict[tuple[int, str], list[FigureGroup]] = {}
    for group in groups:
        f = group.figure
        if f.period == FULL_YEAR and f.value_usd is not None and f.kind in KINDS:
            versions.setdefault((f.year, f.kind), []).append(group)
    years = sorted({year for year, _ in versions})[-MAX_YEARS:]
    points = [
        ChartPoint(
            year=year,
            kind=kind,
            group=max(rivals, key=lambda g: (g.article_count, g.figure.id)),
            disputed=len(rivals) > 1,
        )
        for (year, kind), rivals in sorted(versions.items(), key=lambda item: _order(*item[0]))
        if year in years
    ]
    return ChartData(
        points=points,
        partial_left_out=any(g.figure.period != FULL_YEAR for g in groups),
        other_currency_left_out=any(
            g.figure.period == FULL_YEAR and g.figure.value_usd is None and g.figure.value
            for g in groups
        ),
    )


def _order(year: int, kind: str) -> tuple[int, int]:
    return year, KINDS.index(kind)


def _bar_label(value_usd: int, disputed: bool, locale: str) -> str:
    text = format_decimal(value_usd / BILLION, format=BAR_LABEL_PATTERN, locale=locale)
    return f"{text}*" if disputed else text


def chart_png(data: ChartData, title: str, locale: str) -> bytes:
    """Bars of each kind of trade side by side for every year, in billions of USD."""
    bars = tuple(Bar(p.year, p.kind, p.value_usd, p.disputed) for p in data.points)
    return _drawn(bars, title, supported_locale(locale))


class Bar(NamedTuple):
    """What a chart shows of one point: the picture depends on nothing else."""

    year: int
    kind: str
    value_usd: int
    disputed: bool


# Drawing takes far longer than any query; a province's chart is drawn again only when its
# figures, its title or the language change.
@lru_cache(maxsize=CHARTS_KEPT)
def _drawn(points: tuple[Bar, ...], title: str, code: str) -> bytes:
    gettext = translator(code).gettext
    years = sorted({p.year for p in points})
    kinds = [k for k in KINDS if any(p.kind == k for p in points)]
    width = 0.8 / len(kinds)
    with _DRAWING:
        figure = _figure()
        figure.clear()
        axes = figure.add_subplot()
        for i, kind in enumerate(kinds):
            shown = [p for p in points if p.kind == kind]
            # Years on a numeric axis, so a gap in the news shows as a gap in the chart.
            positions = [p.year + (i - (len(kinds) - 1) / 2) * width for p in shown]
            bars = axes.bar(
                positions,
                [p.value_usd / BILLION for p in shown],
                width=width,
                color=KIND_COLOURS[kind],
                label=kind_label(kind, code),
            )
            labels = [_bar_label(p.value_usd, p.disputed, code) for p in shown]
            axes.bar_label(bars, labels=labels, padding=2, fontsize=8)
        axes.set_xticks(years, [str(y) for y in years])
        axes.yaxis.set_major_formatter(
            FuncFormatter(lambda value, _: format_decimal(value, locale=code))
        )
        axes.set_ylabel(gettext("billion USD"))
        axes.set_title(title)
        axes.margins(y=0.15)
        axes.spines[["top", "right"]].set_visible(False)
        figure.legend(frameon=False, loc="outside lower center", ncols=len(kinds))
        picture = BytesIO()
        figure.savefig(picture, format="png")
        figure.clear()
    return picture.getvalue()


@lru_cache(maxsize=1)
def _figure() -> Figure:
    """The one figure every chart is drawn on, cleared in between. A figure let go after
    drawing is freed only when Python's cycle collector next runs, its pixel buffers with it:
    a bot drawing charts grew by about 0.6 MB a chart until then."""
    return Figure(figsize=PICTURE_INCHES, dpi=PICTURE_DPI, layout="constrained")


def _point_line(point: ChartPoint, locale: str) -> str:
    gettext = translator(locale).gettext
    line = (
        f"{point.year} · {escape(kind_label(point.kind, locale))}: "
        f"{figure_value_html(point.group.figure, locale)} — "
        f"{source_html(point.group.article, locale)}"
    )
    if point.disputed:
        line += " " + italic(fill(gettext("(* sources differ)")))
    return line


def _caption_lines(found: ProvinceFound, data: ChartData, locale: str) -> tuple[list[str], int]:
    """The caption's lines, and how many of them are its heading."""
    gettext = translator(locale).gettext
    lines = province_heading(found, gettext("trade with Vietnam by year"), locale)
    heading = len(lines)
    lines.extend(_point_line(point, locale) for point in data.points)
    if data.partial_left_out:
        lines.append(
            italic(fill(gettext("Figures for part of a year are not charted; /trade lists them.")))
        )
    if data.other_currency_left_out:
        lines.append(
            italic(fill(gettext("Figures reported only in another currency are not charted.")))
        )
    return lines, heading


def answer_tradechart(session: Session, query: str, locale: str) -> Reply:
    """A chart of a province's trade by year and kind, with each figure's source below it."""
    return province_answer(query, locale, session=session, command="tradechart", answer=_chart)


def _chart(session: Session, resolution: ProvinceFound, province_id: int, locale: str) -> Reply:
    gettext = translator(locale).gettext
    history = figure_history(session=session, province_id=province_id, max_groups=MAX_GROUPS)
    data = chart_data(history.groups)
    if not data.points:
        lines = province_heading(resolution, gettext("trade with Vietnam by year"), locale)
        lines.append(
            fill(
                gettext(
                    "No full-year trade figure in US dollars is known for this province yet, "
                    "so there is nothing to chart."
                )
            )
        )
        if data.partial_left_out:
            lines.append(fill(gettext("Figures for part of a year: /trade lists them.")))
        return Reply(html=join_lines(lines, locale))
    name = division_name(resolution.division, locale)
    title = gettext("{province}: trade with Vietnam").format(province=name)
    lines, heading = _caption_lines(resolution, data, locale)
    return Reply(
        html=join_lines(lines, locale, keep_end_after=heading),
        photo=chart_png(data, title, locale),
    )
