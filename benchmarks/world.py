"""The world synthetic articles report on: officials of each province and of Vietnam, and the
one value the news gives for each trade figure, all fixed by a seed.

About one official per ten articles: each Chinese division has a roster in proportion to how
often the news covers it, Vietnam one roster of ministries and border provinces. Every official
is in the news around one point of the timeline (0 = 2014, 1 = 2025) and some are promoted
('Phó Tỉnh trưởng' -> 'Tỉnh trưởng') halfway. Names are generated from the syllables in
templates.toml, unique, and never a place name or a name of history the parser sets apart.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extract.gazetteer import ChineseDivision, load_gazetteer
from extract.lexicon import load_data
from extract.places import find_places

PEOPLE_PER_ARTICLE = 0.1
MIN_PEOPLE = 300
VIETNAMESE_SHARE = 0.3
PROMOTED_SHARE = 0.5
# Articles per province, relative: the border provinces and Guangdong dominate the news.
PROVINCE_WEIGHTS = {
    "guangxi": 24.0,
    "yunnan": 16.0,
    "guangdong": 16.0,
    "hainan": 5.0,
    "guizhou": 2.0,
    "sichuan": 2.0,
    "chongqing": 2.0,
    "zhejiang": 2.0,
    "jiangsu": 2.0,
    "fujian": 2.0,
    "shanghai": 2.0,
    "beijing": 1.5,
    "hunan": 1.5,
    "hubei": 1.5,
    "shandong": 1.5,
}
OTHER_WEIGHT = 0.6
LEFT_OUT = ("taiwan", "hong_kong", "macau")  # the templates hold no titles for them
# Two-way trade with Vietnam in 2014 per unit of province weight, the national total, growth.
TRADE_PER_WEIGHT_2014 = 0.8e9
NATIONAL_2014 = 83.6e9
YEARLY_GROWTH = 1.09
KIND_SHARE = {"two-way": 1.0, "vn_export": 0.4, "vn_import": 0.6}
CHINA_MARKER = " (Trung Quốc)"


@dataclass(frozen=True)
class Person:
    """A generated official: a name, the titles held one after the other, and when active."""

    name: str
    side: str
    titles: tuple[str, ...]
    centre: float
    province: str | None  # the Chinese division's Vietnamese name; None for Vietnamese officials

    def title_at(self, at: float) -> str:
        """The title held at timeline position `at` (the second one after a promotion), as
        written; `reported_title` is what the parser should report."""
        return self.titles[-1] if at > self.centre else self.titles[0]


def reported_title(written: str) -> str:
    """A title as the parser reports it: without the country that tells a shared name apart."""
    return written.replace(CHINA_MARKER, "")


def written_name(division: ChineseDivision) -> str:
    """How the news names a division: a name Vietnam shares ('Hà Nam') followed by the country,
    as the parser needs to tell it from the Vietnamese province."""
    return division.vi + CHINA_MARKER if division.shared_with_vietnam else division.vi


@cache
def load_templates() -> dict[str, Any]:
    """benchmarks/templates.toml, read once."""
    return tomllib.loads(Path(__file__).with_name("templates.toml").read_text("utf-8"))


class _Names:
    """Unique generated names, Chinese (Sino-Vietnamese reading) or Vietnamese."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"{seed}/names")
        self._syllables = load_templates()["names"]
        people = load_data("people")
        leaders = {name for names in people["leaders"].values() for name in names}
        self._taken = set(people["historical"]) | leaders

    def new(self, *, chinese: bool) -> str:
        while True:
            name = self._chinese() if chinese else self._vietnamese()
            if name not in self._taken and not find_places(name):
                self._taken.add(name)
                return name

    def _chinese(self) -> str:
        given = self._rng.sample(self._syllables["chinese_given"], self._rng.choice((1, 2, 2, 2)))
        return " ".join([self._rng.choice(self._syllables["chinese_surnames"]), *given])

    def _vietnamese(self) -> str:
        parts = ("vietnamese_surnames", "vietnamese_middle", "vietnamese_given")
        return " ".join(self._rng.choice(self._syllables[part]) for part in parts)


class World:
    """Rosters of officials and trade values for a corpus of `size` articles."""

    def __init__(self, size: int, seed: int) -> None:
        self.seed = seed
        self.templates = load_templates()
        self.divisions = [d for d in load_gazetteer().provinces if d.key not in LEFT_OUT]
        self.weights = [PROVINCE_WEIGHTS.get(d.key, OTHER_WEIGHT) for d in self.divisions]
        self.people_count = max(MIN_PEOPLE, int(size * PEOPLE_PER_ARTICLE))
        names = _Names(seed)
        self.chinese = self._chinese_rosters(names)
        self.vietnamese = self._vietnamese_roster(names)

    @property
    def people(self) -> list[Person]:
        """Everyone the corpus may name."""
        return [p for roster in self.chinese.values() for p in roster] + self.vietnamese

    def _chinese_rosters(self, names: _Names) -> dict[str, list[Person]]:
        total = sum(self.weights)
        chinese = self.people_count * (1 - VIETNAMESE_SHARE)
        rosters: dict[str, list[Person]] = {}
        for division, weight in zip(self.divisions, self.weights, strict=True):
            count = max(4, round(chinese * weight / total))
            rng = random.Random(f"{self.seed}/roster/{division.key}")
            forms = self._chinese_forms(division)
            rosters[division.key] = [
                _person(rng, names, forms, (j + 0.5) / count, "CN", division.vi)
                for j in range(count)
            ]
        return rosters

    def _vietnamese_roster(self, names: _Names) -> list[Person]:
        count = max(20, round(self.people_count * VIETNAMESE_SHARE))
        rng = random.Random(f"{self.seed}/roster/vietnam")
        border = self.templates["vietnam"]["border_provinces"]
        forms = [
            form.format(border=province)
            for entry in self.templates["vietnamese_title"]
            for form in entry["forms"]
            for province in (border if "{border}" in form else [None])
        ]
        return [_person(rng, names, forms, (j + 0.5) / count, "VN", None) for j in range(count)]

    def _chinese_forms(self, division: ChineseDivision) -> list[str]:
        return [
            form.format(province=written_name(division), city=city)
            for entry in self.templates["chinese_title"]
            if division.kind in entry["kinds"]
            for form in entry["forms"]
            for city in (division.cities[:3] if "{city}" in form else [None])
        ]

    def division(self, rng: random.Random) -> ChineseDivision:
        """A division drawn as often as the news covers it."""
        return rng.choices(self.divisions, weights=self.weights)[0]

    def figure_value(self, key: str | None, year: int, period: str, kind: str) -> int:
        """The value the news gives for this figure of the division with gazetteer key `key`
        (Vietnam–China when None)."""
        rng = random.Random(f"{self.seed}/figure/{key}/{year}/{period}/{kind}")
        if key is None:
            base = NATIONAL_2014
        else:
            base = TRADE_PER_WEIGHT_2014 * PROVINCE_WEIGHTS.get(key, OTHER_WEIGHT)
        value = base * YEARLY_GROWTH ** (year - 2014) * rng.uniform(0.9, 1.1)
        return rounded_usd(value * period_share(period) * KIND_SHARE[kind])

    def figure_growth(self, key: str | None, year: int, period: str, kind: str) -> float:
        """The change on the year before, in per cent, never zero."""
        rng = random.Random(f"{self.seed}/growth/{key}/{year}/{period}/{kind}")
        return round(rng.uniform(-12.0, 35.0), 1) or 1.5


def active(roster: list[Person], at: float, rng: random.Random) -> Person:
    """Someone from `roster` in the news at timeline position `at`."""
    spread = max(1.0, len(roster) * 0.02)
    j = round(at * len(roster) - 0.5 + rng.gauss(0, spread))
    return roster[min(len(roster) - 1, max(0, j))]


def _person(
    rng: random.Random,
    names: _Names,
    forms: list[str],
    centre: float,
    side: str,
    province: str | None,
) -> Person:
    title = rng.choice(forms)
    promoted = title.removeprefix("Phó ")
    promote = promoted != title and promoted in forms and rng.random() < PROMOTED_SHARE
    titles = (title, promoted) if promote else (title,)
    return Person(names.new(chinese=side == "CN"), side, titles, centre, province)


def rounded_usd(value: float) -> int:
    """Amounts as the news writes them: tenths of a billion, or whole millions."""
    if value >= 1e9:
        return round(value / 1e8) * 100_000_000
    return max(1, round(value / 1e6)) * 1_000_000


def period_share(period: str) -> float:
    """The part of a year's trade that falls in `period`."""
    if period == "full_year":
        return 1.0
    if period == "H1":
        return 0.48
    if period.startswith("Q"):
        return 0.25
    if period.startswith("M1-"):
        return int(period.removeprefix("M1-M")) / 12
    return 1 / 12
