"""Keeps the provinces and their aliases in the database in step with the gazetteer."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Province, ProvinceAlias
from extract.fold import fold_place
from extract.gazetteer import ChineseDivision, load_gazetteer


def _aliases(division: ChineseDivision) -> dict[str, str]:
    """alias -> kind, for every name by which the division can be asked about."""
    names: dict[str, str] = {division.vi: "name", division.en: "en"}
    for zh in division.zh:
        names.setdefault(zh, "zh")
    for alias in division.aliases:
        names.setdefault(alias, "alias")
    for city in division.every_city_name:
        names.setdefault(city, "city")
    return names


def sync_provinces(*, session: Session) -> None:
    """Insert or update every gazetteer division and its aliases (idempotent, no commit)."""
    existing = {
        p.key: p for p in session.scalars(select(Province).options(selectinload(Province.aliases)))
    }
    for division in load_gazetteer().china:
        province = existing.get(division.key) or Province(key=division.key)
        province.name_vi = division.vi
        province.name_en = division.en
        province.name_zh = division.zh[0] if division.zh else ""
        province.kind = division.kind
        wanted = _aliases(division)
        province.aliases[:] = [a for a in province.aliases if a.alias in wanted]
        have = {a.alias for a in province.aliases}
        province.aliases.extend(
            ProvinceAlias(alias=alias, folded=fold_place(alias), kind=kind)
            for alias, kind in wanted.items()
            if alias not in have
        )
        session.add(province)
