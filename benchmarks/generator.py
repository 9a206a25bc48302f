"""Seeded synthetic corpora: Vietnamese news about Vietnam and Chinese provinces, as scraped text
and as web pages, each article written to carry facts known in advance.

`Corpus(size, seed).article(i)` depends on the seed, the size and `i` only, so any slice can be
rebuilt without the rest. The `size` articles span 2014 to 2025 in publication order (as a crawl
finds them); indexes past `size` continue after 2025, for batches ingested into a database that
already holds the corpus. Most articles report a meeting between a Vietnamese and a Chinese
official (with the day, the place, sometimes two more officials and a trade figure); the rest
report trade figures alone. Five in a hundred are another outlet's copy of a recent article.
Sentences come from benchmarks/templates.toml, people and trade values from `World`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from html import escape
from typing import Any

from benchmarks.world import Person, World, active, load_templates, reported_title, written_name
from extract.gazetteer import ChineseDivision
from extract.lexicon import load_data

DEFAULT_SEED = 20251123
START = datetime(2014, 1, 6, 1, 0, tzinfo=UTC)
END = datetime(2025, 10, 31, 1, 0, tzinfo=UTC)
VIETNAM = timezone(timedelta(hours=7))
NATIONAL = "Trung Quốc"
COPY_RATE = 0.05
TRADE_ONLY_SHARE = 0.3
FIGURES_IN_MEETING_ARTICLES = 0.45
NATIONAL_FIGURE_SHARE = 0.15
ATTENDANCE_SHARE = 0.4
GROWTH_STATED = 0.7
APPROXIMATE_SHARE = 0.15
FULL_YEAR_SHARE = 0.55
MEETING_KINDS = {
    "talks": 5,
    "audience": 2,
    "reception": 2,
    "working session": 2,
    "conference": 1,
    "online talks": 1,
    "phone call": 1,
}
KIND_WEIGHTS = {"two-way": 65, "vn_export": 15, "vn_import": 10, "both ways": 10}
# "3 tháng"/"6 tháng đầu năm" read as a quarter or a half: only other month counts are used.
RUNNING_MONTHS = frozenset({2, 4, 5, 7, 8, 9, 10, 11})
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Official:
    """An official as the parser should report them."""

    name: str
    title: str
    side: str
    province: str | None


@dataclass(frozen=True)
class Figure:
    """A trade figure as the parser should report it."""

    province: str
    year: int
    period: str
    kind: str
    value_usd: int
    growth_pct: float | None
    approximate: bool


@dataclass(frozen=True)
class Article:
    """One synthetic article in both forms, with the facts it was written to carry."""

    index: int
    url: str
    source: str
    title: str
    published: datetime
    event_date: date | None
    text: str
    html: str
    province: str
    officials: tuple[Official, ...]
    figures: tuple[Figure, ...]
    meeting: str | None
    copy_of: int | None = None


class Corpus:
    """`size` articles, and their continuation, written from `seed`."""

    def __init__(self, size: int, *, seed: int = DEFAULT_SEED) -> None:
        self.size = size
        self.seed = seed
        self.world = World(size, seed)
        self.templates = load_templates()

    def articles(self, start: int = 0, count: int | None = None) -> Iterator[Article]:
        """Articles start, start+1, … (up to the corpus size when `count` is None)."""
        stop = self.size if count is None else start + count
        for index in range(start, stop):
            yield self.article(index)

    def article(self, index: int) -> Article:
        rng = random.Random(f"{self.seed}/article/{index}")
        if index >= 20 and rng.random() < COPY_RATE:
            return self._copy(index, self.article(index - rng.randint(1, 15)), rng)
        return _Writer(self, index, rng).article()

    def people(self) -> list[Person]:
        return self.world.people

    def _copy(self, index: int, original: Article, rng: random.Random) -> Article:
        """Another outlet's copy of `original`, published a little later, text unchanged."""
        outlet = rng.choice([o for o in self.templates["outlet"] if o["name"] != original.source])
        published = original.published + timedelta(minutes=rng.randint(20, 400))
        url = f"https://{outlet['site']}/ban-tin-{index}.html"
        paragraphs = original.text.split("\n\n")[2:-1]
        return Article(
            index=index,
            url=url,
            source=outlet["name"],
            title=original.title,
            published=published,
            event_date=original.event_date,
            text=render_text(original.title, published, paragraphs, outlet["name"]),
            html=render_html(original.title, published, paragraphs, outlet, url, []),
            province=original.province,
            officials=original.officials,
            figures=original.figures,
            meeting=original.meeting,
            copy_of=original.copy_of if original.copy_of is not None else original.index,
        )


class _Writer:
    """Writes one original article: draws its subject, then its sentences."""

    def __init__(self, corpus: Corpus, index: int, rng: random.Random) -> None:
        self.world = corpus.world
        self.templates = corpus.templates
        self.index = index
        self.rng = rng
        self.at = index / max(1, corpus.size)
        moment = START + (END - START) * self.at + timedelta(minutes=rng.randint(0, 600))
        self.published = moment.astimezone(VIETNAM).replace(second=0, microsecond=0)
        self.division = self.world.division(rng)
        self.outlet = rng.choice(self.templates["outlet"])
        self.slots: dict[str, str] = {"province": written_name(self.division)}

    def article(self) -> Article:
        rng = self.rng
        officials: list[Official] = []
        meeting = None
        if rng.random() < TRADE_ONLY_SHARE:
            lead = self._fill(rng.choice(self.templates["leads"]["trade"]))
            title = self._fill(rng.choice(self.templates["headlines"]["trade"]))
            event_date = None
            figures = self._figures()
        else:
            meeting = rng.choices(list(MEETING_KINDS), weights=list(MEETING_KINDS.values()))[0]
            title, lead, event_date, officials = self._meeting(meeting)
            figures = self._figures() if rng.random() < FIGURES_IN_MEETING_ARTICLES else []
        paragraphs = [lead]
        if figures:
            paragraphs.append(self._trade_paragraph(figures))
        paragraphs.extend(self._filler(with_officials=bool(officials)))
        url = f"https://{self.outlet['site']}/tin-{self.index}.html"
        related = [self._related_headline() for _ in range(3)]
        return Article(
            index=self.index,
            url=url,
            source=self.outlet["name"],
            title=title,
            published=self.published,
            event_date=event_date,
            text=render_text(title, self.published, paragraphs, self.outlet["name"]),
            html=render_html(title, self.published, paragraphs, self.outlet, url, related),
            province=self.division.vi,
            officials=tuple(officials),
            figures=tuple(f for f, _ in figures),
            meeting=meeting,
        )

    def _fill(self, template: str) -> str:
        """`template` with the article's slots and freshly drawn words."""
        words = self.templates["words"]
        sectors = self.rng.sample(words["sectors"], 3)
        actions = self.rng.sample(words["actions"], 3)
        drawn = {
            "sector": sectors[0],
            "sector2": sectors[1],
            "sector3": sectors[2],
            "action": actions[0],
            "action2": actions[1],
            "action3": actions[2],
            "goods": self.rng.choice(words["goods"]),
            "ordinal": self.rng.choice(words["ordinals"]),
        }
        return template.format(**(drawn | self.slots))

    # --- meetings ------------------------------------------------------------------------

    def _meeting(self, kind: str) -> tuple[str, str, date, list[Official]]:
        rng = self.rng
        roster = self.world.chinese[self.division.key]
        vn = active(self.world.vietnamese, self.at, rng)
        cn = active(roster, self.at, rng)
        day = self.published.date() - timedelta(days=rng.choice((0, 1, 1, 2)))
        self.slots |= {
            "vn": self._full(vn),
            "cn": self._full(cn),
            "vn_short": self._short(vn),
            "cn_short": self._short(cn),
            "day": f"{day.day}/{day.month}",
            "place": self._place(),
            "verb": self.templates["headline_verbs"][kind],
        }
        headlines = self.templates["headlines"]["meeting"]
        title = self._fill(rng.choice(headlines[1:] if kind == "conference" else headlines))
        lead = self._fill(rng.choice(self.templates["leads"][kind]))
        present = [vn, cn]
        if rng.random() < ATTENDANCE_SHARE:
            cn2, vn2 = active(roster, self.at, rng), active(self.world.vietnamese, self.at, rng)
            if cn2 not in present and vn2 not in present:
                sentence = rng.choice(self.templates["sentences"]["attendance"])
                lead += " " + sentence.format(cn=self._full(cn2), vn=self._full(vn2))
                present += [cn2, vn2]
        officials = [
            Official(p.name, reported_title(p.title_at(self.at)), p.side, p.province)
            for p in present
        ]
        return title, lead, day, officials

    def _full(self, person: Person) -> str:
        return f"{person.title_at(self.at)} {person.name}"

    def _short(self, person: Person) -> str:
        """'Bộ trưởng Nguyễn Văn A': the office alone, as later sentences name an official."""
        title = person.title_at(self.at)
        offices = load_data("titles")["offices"]
        found = [(title.find(o), -len(o), o) for o in offices if title.find(o) >= 0]
        start, _, office = min(found)
        return f"{title[: start + len(office)]} {person.name}"

    def _place(self) -> str:
        if self.rng.random() < 0.5:
            return "Hà Nội"
        division = self.division
        if division.kind == "municipality":
            return f"thành phố {division.vi}"
        return f"thành phố {division.cities[0]}" if division.cities else f"tỉnh {division.vi}"

    # --- trade ---------------------------------------------------------------------------

    def _figures(self) -> list[tuple[Figure, str]]:
        """The figures the article reports, each with the sentence reporting it."""
        rng = self.rng
        period, year = self._period()
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        kinds = ["vn_export", "vn_import"] if kind == "both ways" else [kind]
        figures = [self._figure(self.division, k, period, year) for k in kinds]
        if rng.random() < NATIONAL_FIGURE_SHARE:
            figures.append(self._figure(None, "national", period, year))
        return figures

    def _period(self) -> tuple[str, int]:
        """A period complete by the publication date: last year, or part of this one."""
        done = self.published.month - 1
        this_year = self.published.year
        partial = [f"M{done}"] if done >= 1 else []
        partial += [f"M1-M{done}"] if done in RUNNING_MONTHS else []
        partial += ["H1"] if done >= 6 else []
        partial += [f"Q{done // 3}"] if done >= 3 else []
        if not partial or self.rng.random() < FULL_YEAR_SHARE:
            return "full_year", this_year - 1
        return self.rng.choice(partial), this_year

    def _figure(
        self, division: ChineseDivision | None, kind: str, period: str, year: int
    ) -> tuple[Figure, str]:
        rng = self.rng
        key = division.key if division else None
        real_kind = "two-way" if kind == "national" else kind
        value = self.world.figure_value(key, year, period, real_kind)
        growth = self.world.figure_growth(key, year, period, real_kind)
        stated = rng.random() < GROWTH_STATED
        approximate = rng.random() < APPROXIMATE_SHARE
        amount = ("khoảng " if approximate else "") + vietnamese_amount(value)
        phrase = period_phrase(period, year)
        sentence = rng.choice(self.templates["trade"][kind]).format(
            province=written_name(division) if division else NATIONAL,
            Period=phrase[0].upper() + phrase[1:],
            period=phrase,
            amount=amount,
            change=change_phrase(growth, period, year) if stated else "",
        )
        province = division.vi if division else NATIONAL
        figure = Figure(
            province, year, period, real_kind, value, growth if stated else None, approximate
        )
        return figure, sentence

    def _trade_paragraph(self, figures: list[tuple[Figure, str]]) -> str:
        comment = self._fill(self.rng.choice(self.templates["trade"]["comment"]))
        return " ".join([*(sentence for _, sentence in figures), comment])

    # --- the rest --------------------------------------------------------------------------

    def _filler(self, *, with_officials: bool) -> list[str]:
        usable = [
            t for t in self.templates["sentences"]["filler"] if with_officials or "_short}" not in t
        ]
        counts = [self.rng.randint(3, 4) for _ in range(self.rng.randint(3, 5))]
        sentences = [self._fill(s) for s in self.rng.sample(usable, min(len(usable), sum(counts)))]
        paragraphs = []
        for count in counts:
            paragraphs.append(" ".join(sentences[:count]))
            sentences = sentences[count:]
        return [p for p in paragraphs if p]

    def _related_headline(self) -> str:
        """A headline in the page's box of related links: about any province."""
        other = self.world.division(self.rng)
        template = self.rng.choice(self.templates["headlines"]["trade"])
        return template.format(
            province=written_name(other), goods=self.rng.choice(self.templates["words"]["goods"])
        )


def vietnamese_amount(value_usd: int) -> str:
    """12_500_000_000 -> '12,5 tỷ USD'; 350_000_000 -> '350 triệu USD'."""
    unit, scale = ("tỷ", 1_000_000_000) if value_usd >= 1_000_000_000 else ("triệu", 1_000_000)
    number = format((Decimal(value_usd) / scale).normalize(), "f")
    return f"{number.replace('.', ',')} {unit} USD"


def vietnamese_percent(value: float) -> str:
    """8.3 -> '8,3%', 12.0 -> '12%'."""
    return f"{value:g}".replace(".", ",") + "%"


def period_phrase(period: str, year: int) -> str:
    """How the news names a period: 'năm 2023', '6 tháng đầu năm 2024', 'quý I/2025'."""
    if period == "full_year":
        return f"năm {year}"
    if period == "H1":
        return f"6 tháng đầu năm {year}"
    if period.startswith("Q"):
        return f"quý {ROMAN[int(period[1]) - 1]}/{year}"
    if period.startswith("M1-"):
        return f"{period.removeprefix('M1-M')} tháng đầu năm {year}"
    return f"tháng {period.removeprefix('M')}/{year}"


def change_phrase(growth: float, period: str, year: int) -> str:
    verb = "tăng" if growth > 0 else "giảm"
    before = f"năm {year - 1}" if period == "full_year" else "cùng kỳ năm trước"
    return f", {verb} {vietnamese_percent(abs(growth))} so với {before}"


def render_text(title: str, published: datetime, paragraphs: list[str], source: str) -> str:
    """The article as a scraper saves it: headline, date line, paragraphs, source line."""
    stamp = published.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
    return "\n\n".join([title, stamp, *paragraphs, f"Nguồn: {source}"]) + "\n"


def render_html(
    title: str,
    published: datetime,
    paragraphs: list[str],
    outlet: dict[str, Any],
    url: str,
    related: list[str],
) -> str:
    """The article as its outlet's page: metadata, menu, the article, related links, footer."""
    local = published.astimezone(VIETNAM)
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    links = "\n".join(
        f'<li><a href="/lien-quan-{n}.html">{escape(h, quote=False)}</a></li>'
        for n, h in enumerate(related)
    )
    name = escape(outlet["name"])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{escape(title, quote=False)} | {name}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{name}">
<meta property="article:published_time" content="{local.isoformat()}">
<link rel="canonical" href="{escape(url)}">
</head><body>
<header><a href="/" class="logo">{name}</a>
<nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/thoi-su.html">Thời sự</a></li><li><a href="/kinh-te.html">Kinh tế</a></li>
<li><a href="/the-gioi.html">Thế giới</a></li></ul></nav>
</header>
<main><article>
<h1 class="title">{escape(title, quote=False)}</h1>
<div class="meta"><span class="date">{local.strftime("%d/%m/%Y %H:%M")}</span></div>
<div class="content">
{body}
<p class="source">Nguồn: {name}</p>
</div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>
{links}
</ul></aside></main>
<footer><p>© {name}. Bản quyền thuộc về tòa soạn.</p></footer>
</body></html>
"""
