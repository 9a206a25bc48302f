"""The gazetteer of Chinese provincial-level divisions and Vietnamese provinces, loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from extract.fold import fold, fold_place


@dataclass(frozen=True, slots=True)
class ChineseDivision:
    """One of China's provincial-level divisions (or China itself, key 'china')."""

    key: str
    vi: str
    en: str
    zh: tuple[str, ...]
    kind: str
    aliases: tuple[str, ...]
    cities: tuple[str, ...]  # by their Vietnamese names
    shared_with_vietnam: bool = False
    prefectures: tuple[str, ...] = ()
    cities_named_as_cities: tuple[str, ...] = ()
    city_names: tuple[str, ...] = ()  # the same cities' English and Chinese names

    @property
    def is_country(self) -> bool:
        return self.kind == "country"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the division itself (cities excluded)."""
        return (self.vi, self.en, *self.zh, *self.aliases)

    @property
    def every_city_name(self) -> tuple[str, ...]:
        """Its cities by their Vietnamese, English and Chinese names ('Thâm Quyến', 'Shenzhen',
        '深圳'): each a mention of the division."""
        return (*self.cities, *self.city_names)


@dataclass(frozen=True, slots=True)
class VietnameseProvince:
    """A Vietnamese province: never to be taken for a Chinese one."""

    name: str
    en: str
    across: tuple[str, ...] = ()  # keys of the Chinese provinces across the border


@dataclass(frozen=True)
class Gazetteer:
    china: tuple[ChineseDivision, ...]
    vietnam: tuple[VietnameseProvince, ...]

    def by_key(self, key: str) -> ChineseDivision | None:
        return next((d for d in self.china if d.key == key), None)

    def by_name(self, name: str) -> ChineseDivision | None:
        """The division whose own name (not a city) folds like `name`."""
        return self._by_folded_name.get(fold_place(name))

    @cached_property
    def _by_folded_name(self) -> dict[str, ChineseDivision]:
        """Every own name of every division, folded; the first division listed wins a name."""
        found: dict[str, ChineseDivision] = {}
        for division in self.china:
            for name in division.names:
                found.setdefault(fold_place(name), division)
        return found

    def vietnamese(self, name: str) -> VietnameseProvince | None:
        wanted = fold_place(name)
        return next((p for p in self.vietnam if wanted in (fold_place(p.name), fold(p.en))), None)

    @property
    def provinces(self) -> tuple[ChineseDivision, ...]:
        """The 34 provincial-level divisions, without the country entry."""
        return tuple(d for d in self.china if not d.is_country)


@cache
def load_gazetteer() -> Gazetteer:
    """Read `extract/data/provinces.toml` once per process."""
    raw = tomllib.loads(
        resources.files("extract").joinpath("data/provinces.toml").read_text("utf-8")
    )
    china = tuple(
        ChineseDivision(
            key=row["key"],
            vi=row["vi"],
            en=row["en"],
            zh=tuple(row.get("zh", ())),
            kind=row["kind"],
            aliases=tuple(row.get("aliases", ())),
            cities=tuple(row.get("cities", ())),
            shared_with_vietnam=bool(row.get("shared_with_vietnam", False)),
            prefectures=tuple(row.get("prefectures", ())),
            cities_named_as_cities=tuple(row.get("cities_named_as_cities", ())),
            city_names=tuple(row.get("city_names", ())),
        )
        for row in raw["china"]
    )
    vietnam = tuple(
        VietnameseProvince(name=row["name"], en=row["en"], across=tuple(row.get("across", ())))
        for row in raw["vietnam"]
    )
    return Gazetteer(china=china, vietnam=vietnam)
