"""Fuzzy resolution of what a user typed into one Chinese province or one person, or a choice.

Provinces come from the gazetteer (an index built once per process); people from the database
(an index per database, extended when people are added and rebuilt only when some were removed).
Both match folded names, so diacritics, NFC/NFD, case, spacing and 'tỉnh'-like prefixes do not
matter, and typos are forgiven only when no other place — above all a Vietnamese one — is close.

A name that is exactly a Vietnamese province's gets that answer, with the Chinese provinces across
the border as choices for a border province (never a look-alike such as Giang Tô for Lạng Sơn),
the nearest names for any other. A name both countries use (Hà Nam) resolves to the Chinese
province, since that is all the bot knows about, and `also_vietnamese` makes the answer say so;
"Hà Nam (Trung Quốc)" resolves without the note.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from db.queries.people import PeopleSignature, PersonName, people_after, people_signature
from extract.fold import fold, fold_place, fold_words, nfc
from extract.gazetteer import ChineseDivision, VietnameseProvince, load_gazetteer
from handlers.cache import PerDatabase
from handlers.name_titles import names_after_titles

MAX_QUERY_CHARS = 120
# A typo is forgiven at this similarity (0-100) when the runner-up is far enough behind.
ACCEPT_SCORE = 85
CHINESE_MARGIN = 8
# A Vietnamese province this close to the best Chinese match makes the bot ask, not answer.
VIETNAMESE_MARGIN = 15
SUGGEST_SCORE = 60
# Choices offered are those within this distance of the best one.
CHOICE_SPREAD = 15
PREFIX_SCORE = 80
MAX_CHOICES = 6
# Suggested when a Vietnamese province resembles no Chinese one: the border provinces first.
BORDER_KEYS = ("guangxi", "yunnan", "guangdong")

PERSON_TOKEN_SCORE = 80
PERSON_ACCEPT_SCORE = 90
PERSON_MARGIN = 10
MAX_SCORED_PEOPLE = 300

_PROVINCE_KEY = re.compile(r"^#([a-z][a-z_]{1,38})$")
PERSON_KEY = re.compile(r"^#p(\d{1,12})$")
MAX_ROW_ID = 2**31 - 1  # ids are 32-bit integers: a larger one names nobody
_CHINA_QUALIFIER = re.compile(r"^(?P<name>.+?) (?:trung quoc|china|tq)$")


# --- outcomes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvinceFound:
    division: ChineseDivision
    city: str | None = None  # asked by one of its cities, e.g. 'Nam Ninh'
    also_vietnamese: bool = False  # the name is also a Vietnamese province's ('Hà Nam')


@dataclass(frozen=True)
class ProvinceChoices:
    candidates: tuple[ChineseDivision, ...]
    vietnamese: VietnameseProvince | None = None  # a Vietnamese province is about as close


@dataclass(frozen=True)
class VietnameseName:
    province: VietnameseProvince
    nearest: tuple[ChineseDivision, ...]


@dataclass(frozen=True)
class ProvinceNotFound:
    too_long: bool = False


ProvinceResolution = ProvinceFound | ProvinceChoices | VietnameseName | ProvinceNotFound


@dataclass(frozen=True)
class PersonFound:
    person_id: int


@dataclass(frozen=True)
class PersonChoices:
    candidates: tuple[PersonName, ...]
    total: int


@dataclass(frozen=True)
class PersonNotFound:
    too_long: bool = False


PersonResolution = PersonFound | PersonChoices | PersonNotFound


# --- query cleaning ----------------------------------------------------------------------


def clean_query(text: str) -> str:
    """The query in NFC, control and format characters turned to spaces, spacing collapsed."""
    visible = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in nfc(text))
    return " ".join(visible.split())


def folded_words(text: str) -> str:
    """`fold_place` plus punctuation dropped: '"Quảng Đông"!' -> 'quang dong'."""
    return fold_words(fold_place(text))


# --- provinces ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlaceName:
    folded: str
    division: ChineseDivision | None = None
    vietnamese: VietnameseProvince | None = None
    city: str | None = None

    @property
    def entity(self) -> str:
        return f"cn:{self.division.key}" if self.division else f"vn:{self.folded}"


@dataclass
class ProvinceIndex:
    """Every folded name of every place, for exact look-up and for rapidfuzz."""

    names: list[_PlaceName] = field(default_factory=list)
    exact: dict[str, list[_PlaceName]] = field(default_factory=lambda: defaultdict(list))

    def add(self, name: _PlaceName) -> None:
        if not name.folded:
            return
        self.names.append(name)
        for form in {name.folded, name.folded.replace(" ", "")}:
            self.exact[form].append(name)


@cache
def province_index() -> ProvinceIndex:
    """The gazetteer's Chinese names, cities and Vietnamese provinces, folded once."""
    gazetteer = load_gazetteer()
    index = ProvinceIndex()
    for division in gazetteer.china:
        for name in division.names:
            index.add(_PlaceName(folded_words(name), division=division))
        for city in division.every_city_name:
            index.add(_PlaceName(folded_words(city), division=division, city=city))
    for province in gazetteer.vietnam:
        for name in (province.name, province.en):
            index.add(_PlaceName(folded_words(name), vietnamese=province))
    return index


@cache
def _fuzzy_choices() -> tuple[list[str], list[str]]:
    names = province_index().names
    return [n.folded for n in names], [n.folded.replace(" ", "") for n in names]


def _scores(folded: str) -> dict[str, tuple[float, _PlaceName]]:
    """The best similarity per place (spaced and unspaced forms, whole-word prefixes)."""
    names = province_index().names
    spaced, compact = _fuzzy_choices()
    best: dict[str, tuple[float, _PlaceName]] = {}

    def offer(score: float, name: _PlaceName) -> None:
        if score > best.get(name.entity, (-1.0, name))[0]:
            best[name.entity] = (score, name)

    for query, choices in ((folded, spaced), (folded.replace(" ", ""), compact)):
        for _, score, i in process.extract(
            query, choices, scorer=fuzz.ratio, score_cutoff=SUGGEST_SCORE, limit=24
        ):
            offer(score, names[i])
    if len(folded) >= 3:
        for name in names:
            if name.folded.startswith(folded + " "):
                offer(PREFIX_SCORE, name)
    return best


def _nearest_chinese(folded: str, limit: int = 3) -> tuple[ChineseDivision, ...]:
    ranked = sorted(
        (item for item in _scores(folded).values() if item[1].division and not item[1].city),
        key=lambda item: -item[0],
    )
    found = [name.division for _, name in ranked if name.division][:limit]
    gazetteer = load_gazetteer()
    for key in BORDER_KEYS:
        division = gazetteer.by_key(key)
        if len(found) < limit and division and division not in found:
            found.append(division)
    return tuple(found)


def _suggested_for(province: VietnameseProvince, folded: str) -> tuple[ChineseDivision, ...]:
    """A border province's neighbours across the border; else the Chinese names most alike."""
    gazetteer = load_gazetteer()
    across = tuple(d for key in province.across if (d := gazetteer.by_key(key)))
    return across or _nearest_chinese(folded)


def _exact(folded: str, *, explicit_china: bool) -> ProvinceResolution | None:
    matches = province_index().exact.get(folded) or province_index().exact.get(
        folded.replace(" ", ""), []
    )
    chinese = {m.division.key: m for m in matches if m.division}
    vietnamese = next((m.vietnamese for m in matches if m.vietnamese), None)
    if len(chinese) == 1:
        match = next(iter(chinese.values()))
        assert match.division is not None
        division = match.division
        named_alike = vietnamese is not None or (
            division.shared_with_vietnam and folded == folded_words(division.vi)
        )
        shared = named_alike and not explicit_china and match.city is None
        return ProvinceFound(division, city=match.city, also_vietnamese=shared)
    if len(chinese) > 1:
        return ProvinceChoices(tuple(m.division for m in chinese.values() if m.division))
    if vietnamese is not None:
        return VietnameseName(vietnamese, _suggested_for(vietnamese, folded))
    return None


def _fuzzy(folded: str) -> ProvinceResolution:
    ranked = sorted(_scores(folded).values(), key=lambda item: -item[0])
    if not ranked:
        return ProvinceNotFound()
    best_score, best = ranked[0]
    if best.vietnamese is not None and best_score >= ACCEPT_SCORE:
        return VietnameseName(best.vietnamese, _suggested_for(best.vietnamese, folded))
    chinese = [(s, n) for s, n in ranked if n.division]
    close_vietnamese = next(
        (n.vietnamese for s, n in ranked if n.vietnamese and s >= best_score - VIETNAMESE_MARGIN),
        None,
    )
    if not chinese:
        return ProvinceNotFound()
    top_score, top = chinese[0]
    runner_up = chinese[1][0] if len(chinese) > 1 else 0.0
    assert top.division is not None
    clear_lead = top_score >= ACCEPT_SCORE and top_score - runner_up >= CHINESE_MARGIN
    if clear_lead and close_vietnamese is None:
        return ProvinceFound(top.division, city=top.city)
    candidates = tuple(
        n.division
        for s, n in chinese[:MAX_CHOICES]
        if n.division and s >= top_score - CHOICE_SPREAD
    )
    return ProvinceChoices(candidates, vietnamese=close_vietnamese)


def resolve_province(query: str) -> ProvinceResolution:
    """What `query` names: one Chinese province, a choice, a Vietnamese province, or nothing."""
    text = clean_query(query)
    if len(text) > MAX_QUERY_CHARS:
        return ProvinceNotFound(too_long=True)
    if match := _PROVINCE_KEY.match(text):
        division = load_gazetteer().by_key(match.group(1))
        return ProvinceFound(division) if division else ProvinceNotFound()
    folded = folded_words(text)
    if not folded:
        return ProvinceNotFound()
    explicit_china = False
    if qualified := _CHINA_QUALIFIER.match(folded):
        folded, explicit_china = qualified.group("name"), True
    return _exact(folded, explicit_china=explicit_china) or _fuzzy(folded)


# --- people ------------------------------------------------------------------------------


@dataclass
class PeopleIndex:
    """Folded names of the people in one database, with a token index for typos."""

    signature: PeopleSignature = field(default_factory=lambda: PeopleSignature(0, 0))
    people: dict[int, PersonName] = field(default_factory=dict)
    folded: dict[int, str] = field(default_factory=dict)
    # Names (folded, and without spaces) to ids: nearly every name is one person's, and a tuple
    # of one id takes a fifth of the memory of a set (about 3 MB less for 10,000 people).
    exact: dict[str, tuple[int, ...]] = field(default_factory=dict)
    postings: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    vocabulary: list[str] = field(default_factory=list)

    def add(self, people: list[PersonName]) -> None:
        for person in people:
            name = fold(person.name)
            self.people[person.id] = person
            self.folded[person.id] = name
            for form in {name, name.replace(" ", "")}:
                self.exact[form] = (*self.exact.get(form, ()), person.id)
            for token in name.split():
                if token not in self.postings:
                    self.vocabulary.append(token)
                self.postings[token].add(person.id)

    def tokens_like(self, token: str) -> list[str]:
        if token in self.postings:
            return [token]
        if len(token) < 2:
            return []
        found = process.extract(
            token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=PERSON_TOKEN_SCORE, limit=8
        )
        return [word for word, _, _ in found]


def _refreshed(session: Session, index: PeopleIndex | None) -> PeopleIndex:
    """`index` brought up to date: extended when people were only added, else rebuilt."""
    signature = people_signature(session=session)
    if index is not None and signature.max_id > index.signature.max_id:
        added = people_after(session=session, after_id=index.signature.max_id)
        if index.signature.count + len(added) == signature.count:
            index.add(added)
            index.signature = signature
            return index
    rebuilt = PeopleIndex(signature=signature)
    rebuilt.add(people_after(session=session, after_id=0))
    return rebuilt


_PEOPLE: PerDatabase[PeopleIndex] = PerDatabase(refresh=_refreshed)


def _person_candidates(index: PeopleIndex, folded: str) -> set[int]:
    """People having, for every word of the query, the same or a very similar word."""
    candidates: set[int] | None = None
    for token in folded.split():
        matching: set[int] = set()
        for word in index.tokens_like(token):
            matching |= index.postings[word]
        candidates = matching if candidates is None else candidates & matching
        if not candidates:
            return set()
    return candidates or set()


def _person_choices(index: PeopleIndex, ids: list[int], total: int) -> PersonChoices:
    return PersonChoices(tuple(index.people[i] for i in ids[:MAX_CHOICES]), total=total)


def resolve_person(query: str, *, session: Session) -> PersonResolution:
    """Which person `query` names: '#p42', a full name (any spelling), or part of one, with or
    without honorifics and titles before it ('ông Bộ trưởng Lê Hoài Trung')."""
    text = clean_query(query)
    if len(text) > MAX_QUERY_CHARS:
        return PersonNotFound(too_long=True)
    if match := PERSON_KEY.match(text):
        person_id = int(match.group(1))
        return PersonFound(person_id) if person_id <= MAX_ROW_ID else PersonNotFound()
    folded = fold_words(text)
    if not folded:
        return PersonNotFound()
    index = _PEOPLE.get(session)
    with _PEOPLE.lock:
        return _match_named(index, folded)


def _match_named(index: PeopleIndex, folded: str) -> PersonResolution:
    """The query as typed, then without its leading titles, least taken off first: the first
    form naming one person, else the first offering a choice. A name that begins with a title
    word ('Ông Văn Tùng') is found as typed; the title, even one the person held, filters
    nothing."""
    choices: PersonChoices | None = None
    for form in (folded, *names_after_titles(folded)):
        resolution = _match_person(index, form)
        if isinstance(resolution, PersonFound):
            return resolution
        if choices is None and isinstance(resolution, PersonChoices):
            choices = resolution
    return choices or PersonNotFound()


def _match_person(index: PeopleIndex, folded: str) -> PersonResolution:
    exact = index.exact.get(folded) or index.exact.get(folded.replace(" ", ""))
    if exact:
        ids = sorted(exact)
        return PersonFound(ids[0]) if len(ids) == 1 else _person_choices(index, ids, len(ids))
    candidates = _person_candidates(index, folded)
    if not candidates:
        return PersonNotFound()
    if len(candidates) == 1:
        return PersonFound(next(iter(candidates)))
    if len(candidates) > MAX_SCORED_PEOPLE:
        shortest = sorted(candidates, key=lambda i: (len(index.folded[i]), i))
        return _person_choices(index, shortest, len(candidates))
    scored = sorted(
        ((fuzz.WRatio(folded, index.folded[i]), i) for i in candidates),
        key=lambda item: (-item[0], index.folded[item[1]]),
    )
    (best, best_id), (second, _) = scored[0], scored[1]
    if best >= PERSON_ACCEPT_SCORE and best - second >= PERSON_MARGIN:
        return PersonFound(best_id)
    return _person_choices(index, [i for _, i in scored], len(scored))
