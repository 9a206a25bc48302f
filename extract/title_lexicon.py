"""The title lexicon (offices, ranks, prefixes, organisations…), read once from
data/titles.toml, and the segments of a title chain it reads."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from extract.lexicon import PhraseSet, load_data, word_set
from extract.places import Place
from extract.text import phrase_key
from extract.title_abbreviations import abbreviated, abbreviated_heads

SegmentKind = Literal["office", "rank", "honorific"]
Side = Literal["VN", "CN", "other"]
# After an office, the word that makes it the office's premises: 'Tổng Lãnh sự quán'.
BUILDING = "quán"
# Words that take an organisation on inside a name: 'Cục Thương mại và Phát triển …', 'Ủy ban
# Kinh tế của Quốc hội'.
AND, OF = "và", "của"


@dataclass(frozen=True, slots=True)
class Segment:
    """One office (or rank) of a title chain, as written, without a trailing country."""

    text: str
    kind: SegmentKind
    places: tuple[Place, ...]
    start: int
    end: int
    in_a_firm: bool = False  # the body is named by a brand alone ('Tổng giám đốc Rạng Đông')


@dataclass(frozen=True, slots=True)
class _Lexicon:
    heads: PhraseSet
    prefixes: PhraseSet
    suffixes: PhraseSet
    organisations: PhraseSet
    mission_offices: PhraseSet  # 'Thương vụ': a mission's office, named like the mission
    organisation_words: frozenset[str]
    named_directly: PhraseSet
    division_levels: frozenset[str]
    regions: PhraseSet
    verbs_after_titles: PhraseSet
    speech_verbs: PhraseSet
    place_abbreviations: frozenset[str]
    numbered_units: PhraseSet
    offices_of_named_units: PhraseSet
    not_after_and: PhraseSet
    ethnic_groups: PhraseSet
    business: PhraseSet
    body_name_phrases: PhraseSet
    unit_sites: PhraseSet  # 'ga', 'sân bay': a unit's site, whose name follows
    firm_offices: PhraseSet
    firm_office_suffixes: PhraseSet  # 'điều hành' after 'Giám đốc': a firm's chief executive
    firm_kinds: PhraseSet  # 'Cảng', 'Ngân hàng': an enterprise named without 'Công ty'
    acronym_body_offices: PhraseSet
    known_acronyms: frozenset[str]  # of bodies of the state or of chambers of commerce
    named_institutions: PhraseSet
    body_kinds: PhraseSet
    remits: PhraseSet  # 'phụ trách': the field an office has in charge follows
    first_words: frozenset[str]  # the words a title can begin with: a prefix's or an office's


@dataclass(frozen=True, slots=True)
class TitleWords:
    """The lexicon's phrases as written, for reading a title somewhere other than in an article
    (before the name a user asks about)."""

    offices: tuple[str, ...]  # offices, heads of units, and party ranks ('Ủy viên')
    honorifics: tuple[str, ...]  # military and academic ranks
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    organisations: tuple[str, ...]


def _offices(data: dict[str, Any]) -> list[str]:
    """The offices listed, and the heads of units formed from them ('Trưởng Ban', 'Cục trưởng')."""
    units = [f"Trưởng {u}" for u in data["units_after_head"]]
    units += [f"{u} trưởng" for u in data["units_before_head"]]
    return data["offices"] + units


@cache
def title_words() -> TitleWords:
    """The offices, ranks, honorifics, prefixes, suffixes and organisations of data/titles.toml."""
    data = load_data("titles")
    return TitleWords(
        offices=tuple(_offices(data) + data["ranks"]),
        honorifics=tuple(data["honorifics"]),
        prefixes=tuple(data["prefixes"]),
        suffixes=tuple(data["suffixes"]),
        organisations=tuple(data["organisations"]),
    )


def speech_verbs() -> PhraseSet:
    """What a person is said to say: 'cho biết', 'khẳng định', …"""
    return title_lexicon().speech_verbs


@cache
def title_lexicon() -> _Lexicon:
    """The words titles are read with: offices, ranks and honorifics with their kind, prefixes,
    suffixes, organisations, and the words a sentence goes on with after a title; offices and
    suffixes as news abbreviates them ('PCT', 'TT') stand where their full forms are listed."""
    data = load_data("titles")
    heads = (
        [(x, "office") for x in _offices(data)]
        + [(x, "rank") for x in data["ranks"]]
        + [(x, "honorific") for x in data["honorifics"]]
    )
    prefixes = PhraseSet(data["prefixes"])
    offices = data["office_abbreviations"]
    heads += abbreviated_heads({phrase_key(h): k for h, k in heads}, offices, prefixes)
    head_phrases = PhraseSet([h for h, _ in heads], [k for _, k in heads])
    suffixes = data["suffixes"] + abbreviated(
        data["suffixes"], data["suffix_abbreviations"], prefixes
    )
    # an abbreviation that firms' and programmes' letters could be needs its body named after it
    needing_a_body = [a for a, _ in offices if a not in data["abbreviations_alone"]]

    def with_abbreviations(phrases: list[str]) -> list[str]:
        return phrases + abbreviated(phrases, offices, prefixes)

    return _Lexicon(
        heads=head_phrases,
        prefixes=prefixes,
        suffixes=PhraseSet(suffixes),
        organisations=PhraseSet(data["organisations"]),
        mission_offices=PhraseSet(data["mission_offices"]),
        organisation_words=word_set(data["organisation_words"]),
        named_directly=PhraseSet(with_abbreviations(data["offices_named_directly"])),
        division_levels=word_set(data["chinese_division_levels"]),
        regions=PhraseSet(data["regions"]),
        verbs_after_titles=PhraseSet(data["verbs_after_titles"]),
        speech_verbs=PhraseSet(data["speech_verbs"]),
        place_abbreviations=word_set(data["place_abbreviations"]),
        numbered_units=PhraseSet(data["numbered_units"]),
        offices_of_named_units=PhraseSet(data["offices_of_named_units"] + needing_a_body),
        not_after_and=PhraseSet(data["not_after_and"]),
        ethnic_groups=PhraseSet(data["ethnic_groups"]),
        business=PhraseSet(data["business_organisations"]),
        body_name_phrases=PhraseSet(
            [f for f in data["body_name_phrases"] if f not in data["fields_not_of_bodies"]]
            + data["unit_sites"]
        ),
        unit_sites=PhraseSet(data["unit_sites"]),
        firm_offices=PhraseSet(with_abbreviations(data["firm_offices"])),
        firm_office_suffixes=PhraseSet(data["firm_office_suffixes"]),
        firm_kinds=PhraseSet(data["firm_kinds"]),
        acronym_body_offices=PhraseSet(with_abbreviations(data["acronym_body_offices"])),
        known_acronyms=word_set(data["state_acronyms"] + data["chambers_of_commerce"]),
        named_institutions=PhraseSet(data["named_institutions"]),
        body_kinds=PhraseSet(
            data["state_body_kinds"] + data["units_after_head"] + data["units_before_head"]
        ),
        remits=PhraseSet(data["remits"]),
        first_words=prefixes.first_words | head_phrases.first_words,
    )
