"""One official per person from the mentions of an article: the most complete title, the side
and the province the mentions agree on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from extract.gazetteer import load_gazetteer
from extract.lexicon import load_data
from extract.mentions import Mention
from extract.names import leader_sides, name_key
from extract.text import spelling_key
from extract.title_facts import (
    division_kind,
    is_local_office,
    placed_side,
    title_province,
    worded_side,
)
from extract.title_lexicon import Segment, Side
from extract.types import Official


def merge_officials(mentions: list[Mention]) -> list[Official]:
    """One Official per person, in order of first mention; the most complete title wins. A
    name the article gave in brackets after a person's is that person's ('Đàm Quốc Tuấn (Tan
    Guojun)', then in a caption 'Phó Thị trưởng Tan Guojun')."""
    natives = {name_key(m.alias): name_key(m.name) for m in mentions if m.alias}
    by_person: dict[str, list[Mention]] = {}
    for mention in mentions:
        key = name_key(mention.name)
        by_person.setdefault(natives.get(key, key), []).append(mention)
    officials: list[Official] = []
    for key, group in _spellings_joined(by_person).items():
        titled = [m for m in group if m.title]
        if not titled:
            continue
        best = _held_now(_most_complete(titled), titled)
        side = _side(best, group, key)
        province = _province(best, group) if side == "CN" else None
        officials.append(
            Official(name=group[0].name, title=best.title or "", side=side, province=province)
        )
    return officials


@cache
def _surname_spellings() -> dict[str, str]:
    """The spelling key of each way of writing a family name -> that of its first way."""
    pairs = load_data("people")["surname_spellings"]
    return {spelling_key(way): spelling_key(ways[0]) for ways in pairs for way in ways}


def _one_spelling(key: str) -> str:
    """A name key with its family name written one way ('chau to duc' -> 'chu to duc')."""
    surname, _, given = key.partition(" ")
    return f"{_surname_spellings().get(surname, surname)} {given}"


def _spellings_joined(by_person: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """The mentions of one person whose family name the article writes two ways ('Chu Tổ Dực',
    in a caption 'Châu Tổ Dực') joined, when titles of both name the same province."""
    joined: dict[str, list[Mention]] = {}
    first: dict[str, str] = {}
    for key, group in by_person.items():
        same = first.get(_one_spelling(key))
        province = _titled_province(group)
        if same is not None and province is not None and province == _titled_province(joined[same]):
            joined[same] = [*joined[same], *group]
            continue
        first.setdefault(_one_spelling(key), key)
        joined[key] = group
    return joined


def _titled_province(group: list[Mention]) -> str | None:
    """The province the titles of a person's mentions name, if any."""
    return next((p for m in group if (p := title_province(list(m.segments)))), None)


def placed_in_article(officials: list[Official], provinces: Iterable[str]) -> list[Official]:
    """Chinese officials whose title names no place but says which kind of division it belongs
    to ('Bí thư Khu ủy Trần Cương', 'Tỉnh trưởng Vương Dữ Ba'), placed in the one division of
    that kind the article is about, and those holding a county's or a town's office ('Bí thư
    Huyện ủy huyện tự trị … Cáp Nê') in the one province it is about; left unplaced when it is
    about several or none."""
    gazetteer = load_gazetteer()
    divisions = [d for name in provinces if (d := gazetteer.by_name(name)) is not None]
    placed = []
    for official in officials:
        if official.side != "CN" or official.province is not None:
            placed.append(official)
            continue
        kind = division_kind(official.title)
        if kind is not None:
            candidates = [d for d in divisions if d.kind == kind]
        else:
            candidates = divisions if is_local_office(official.title) else []
        if len(candidates) == 1:
            official = replace(official, province=candidates[0].vi)
        placed.append(official)
    return placed


def _completeness(title: str) -> int:
    return len(title.split())


def _most_complete(mentions: list[Mention]) -> Mention:
    return max(mentions, key=lambda m: (_completeness(m.title or ""), -m.sentence, -m.position))


def _held_now(best: Mention, titled: list[Mention]) -> Mention:
    """The most complete title, unless it was written about a month of a given year and the
    mentions written about no time name part of its offices only: 'Tổng Bí thư, Chủ tịch nước
    Tô Lâm tháng 8/2024' and later 'Tổng Bí thư Tô Lâm' say he holds one of them now."""
    undated = [m for m in titled if not m.dated]
    if not best.dated or not undated:
        return best
    now = _most_complete(undated)
    return now if set(_offices(now)) < set(_offices(best)) else best


def _offices(mention: Mention) -> list[str]:
    return [name_key(s.text) for s in mention.segments if s.kind == "office"]


def _side(best: Mention, group: list[Mention], key: str) -> Side:
    """The side of the place a title names; else a known leader's side, before what the words
    of a title without a place point to ('Tổng Bí thư, Chủ tịch nước Tập Cận Bình' is China's);
    else another country the person is listed under or leads a delegation of; else those words;
    else the side a sentence lists the person under ('phía Trung Quốc có …'); else the side of
    the delegation the person leads; else Vietnamese."""
    titles = [list(mention.segments) for mention in [best, *group]]
    placed = next((side for title in titles if (side := placed_side(title))), None)
    if placed:
        return placed
    known = leader_sides().get(key)
    if known in ("VN", "CN"):
        return "CN" if known == "CN" else "VN"
    if _of_another_country(group, titles):
        return "other"
    worded = next((side for title in titles if (side := worded_side(title))), None)
    if worded:
        return worded
    camp = next((m.camp for m in group if m.camp), None)
    if camp is not None:
        return "CN" if camp.side == "CN" else "VN"
    body = next((m.body for m in group if m.body), None)
    if body is not None:
        return "CN" if body.side == "CN" else "VN"
    if any(m.delegation and m.delegation.side == "CN" for m in group):
        return "CN"
    return "VN"


def _of_another_country(group: list[Mention], titles: list[list[Segment]]) -> bool:
    """Whether the person belongs to a country neither Vietnam nor China: the sentence lists
    them under it or they lead its delegation ('đoàn doanh nghiệp tỉnh Gyeongsangbuk (Hàn Quốc)
    do ông Kim Hak-hong, Phó Tỉnh trưởng tỉnh Gyeongsangbuk'), and no title names a Vietnamese
    place; office words China uses too ('Tỉnh trưởng') then say nothing of the side."""
    if any(p.kind == "vietnam" for title in titles for s in title for p in s.places):
        return False
    tie = next((m.camp for m in group if m.camp), None) or next(
        (m.delegation for m in group if m.delegation), None
    )
    return tie is not None and tie.side == "other"


def _province(best: Mention, group: list[Mention]) -> str | None:
    """The Chinese province a title names; else, for a title that names no country's body, the
    province of the side, delegation or body the person is listed with ('Về phía Hải Nam có …;
    ông B, Tham tán Đại sứ quán Trung Quốc …' gives B no province: he serves the country)."""
    for mention in [best, *group]:
        province = title_province(list(mention.segments))
        if province:
            return province
    if any(_names_a_country(mention) for mention in [best, *group]):
        return None
    for mention in group:
        for place in (mention.camp, mention.delegation, mention.body):
            if place is not None and place.kind == "division" and place.division is not None:
                return place.division.vi
    return None


def _names_a_country(mention: Mention) -> bool:
    """Whether the title names a country ('Tham tán Công sứ Đại sứ quán Trung Quốc tại …')."""
    return any(p.kind in ("china", "country") for s in mention.segments for p in s.places)
