"""The words that tell meetings and their kinds, read once from data/meetings.toml (and the
venues from data/places.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.lexicon import PhraseSet, load_data, word_set
from extract.text import tokenize

# Kinds one meeting is told as in turn: 'hội đàm trực tuyến', then '… đồng chủ trì hội đàm'.
FAMILY = {"online talks": "talks"}
# Events known by their names ('Hội nghị định kỳ lần thứ 7', 'Diễn đàn hợp tác kinh tế …').
NAMED_EVENTS = frozenset({"conference", "forum", "seminar", "fair"})
OCCASIONS = frozenset({"forum", "seminar", "fair"})
# Events opened and closed with speeches.
SESSIONS = OCCASIONS | {"conference"}
# The generic word for people meeting ('gặp gỡ'): held at a named event, the event is the meeting.
GATHERINGS = frozenset({"meeting"})


@dataclass(frozen=True, slots=True)
class _Kind:
    kind: str
    needs_name_after: bool
    needs_partner: bool = False
    named: bool = False  # the word starts an event's name ('Phiên họp lần thứ 17 Ủy ban …')
    recalled_as: tuple[str, ...] = ()  # 'tiếp và làm việc' recalled as 'buổi làm việc'
    # Only written as a name ('Kỳ họp lần thứ 8 …'); in lower case it recalls one in passing.
    capitalised: bool = False


@dataclass(frozen=True, slots=True)
class _Words:
    meetings: PhraseSet
    guests: PhraseSet
    communities: PhraseSet
    partners: PhraseSet
    compounds: PhraseSet
    shared_guest: PhraseSet
    earlier: PhraseSet
    letters: PhraseSet
    references: PhraseSet
    reported: PhraseSet
    openers: PhraseSet
    plans: PhraseSet
    past: PhraseSet
    attendance: PhraseSet
    attendance_inserts: PhraseSet
    attendance_insert_max: int
    label_stops: frozenset[str]
    label_max: int
    venues: PhraseSet
    joining: PhraseSet
    came_along: PhraseSet
    same_day: PhraseSet
    today: PhraseSet
    ends: PhraseSet
    speeches: PhraseSet
    held: PhraseSet
    before: PhraseSet
    in_the_trip: PhraseSet
    parts_of_day: PhraseSet
    on_the_day: PhraseSet
    acts: PhraseSet
    session_roles: PhraseSet
    welcoming: PhraseSet
    during: PhraseSet
    opened: PhraseSet
    fair_opened: PhraseSet
    held_at: PhraseSet
    held_when: PhraseSet
    occasion_nouns: frozenset[str]
    the_event: PhraseSet
    then: PhraseSet
    and_then: PhraseSet
    in_turn: PhraseSet
    hearsay: PhraseSet
    purpose_opens: PhraseSet
    purpose_clause_max: int
    in_turn_joins: frozenset[str]
    bodies: tuple[str, ...]
    purposes: PhraseSet
    both_sides: PhraseSet
    verb_words: tuple[str, ...]
    there: PhraseSet
    this_occasion: PhraseSet
    arrivals: PhraseSet
    facilities: PhraseSet
    beside: PhraseSet
    beside_events: PhraseSet
    correspondents: tuple[str, ...]
    governing: PhraseSet
    organised: PhraseSet


@cache
def vocabulary() -> _Words:
    """The words of meetings ('hội đàm', 'tiếp' …) with the kind each tells, and the phrases
    around them that say how a sentence tells one ('Tham dự … có', 'Trước đó', 'sẽ' …)."""
    data = load_data("meetings")
    kinds = [
        (
            w,
            _Kind(
                m["kind"],
                m.get("needs_name_after", False),
                m.get("needs_partner", False),
                m.get("named", False),
                tuple(m.get("recalled_as", ())),
                m.get("capitalised", False),
            ),
        )
        for m in data["meeting"]
        for w in m["words"]
    ]
    venues = [(name, v["city"]) for v in load_data("places")["venue"] for name in v["names"]]
    return _Words(
        meetings=PhraseSet([w for w, _ in kinds], [k for _, k in kinds]),
        guests=PhraseSet(data["guests"]),
        communities=PhraseSet(data["communities"]),
        partners=PhraseSet(data["partners"]),
        compounds=PhraseSet(data["compounds"]),
        shared_guest=PhraseSet(data["shared_guest"]),
        earlier=PhraseSet(data["earlier"]),
        letters=PhraseSet(data["letters"]),
        references=PhraseSet(data["references"]),
        reported=PhraseSet(data["reported"]),
        openers=PhraseSet(data["openers"]),
        plans=PhraseSet(data["plans"]),
        past=PhraseSet(data["past"]),
        attendance=PhraseSet(data["attendance"]),
        attendance_inserts=PhraseSet(data["attendance_inserts"]),
        attendance_insert_max=int(data["attendance_insert_max_words"]),
        label_stops=word_set(data["label_stops"]),
        label_max=int(data["label_max_words"]),
        venues=PhraseSet([n for n, _ in venues], [c for _, c in venues]),
        joining=PhraseSet(data["joining"]),
        came_along=PhraseSet(data["came_along"]),
        same_day=PhraseSet(data["same_day"]),
        today=PhraseSet(data["today"]),
        ends=PhraseSet(data["ends"]),
        speeches=PhraseSet(data["speeches"]),
        held=PhraseSet(data["held"]),
        before=PhraseSet(data["before"]),
        in_the_trip=PhraseSet(data["in_the_trip"]),
        parts_of_day=PhraseSet(data["parts_of_day"]),
        on_the_day=PhraseSet(data["on_the_day"]),
        acts=PhraseSet(data["acts"]),
        session_roles=PhraseSet(data["session_roles"]),
        welcoming=PhraseSet(data["welcoming"]),
        during=PhraseSet(data["during"]),
        opened=PhraseSet(data["opened"]),
        fair_opened=PhraseSet(data["fair_opened"]),
        held_at=PhraseSet(data["held_at"]),
        held_when=PhraseSet(data["held_when"]),
        occasion_nouns=word_set(data["occasion_nouns"]),
        the_event=PhraseSet(data["the_event"]),
        then=PhraseSet(data["then"]),
        and_then=PhraseSet(data["and_then"]),
        in_turn=PhraseSet(data["in_turn"]),
        hearsay=PhraseSet(data["hearsay"]),
        purpose_opens=PhraseSet(data["purpose_opens"]),
        purpose_clause_max=int(data["purpose_clause_max_chars"]),
        in_turn_joins=word_set(data["in_turn_joins"]),
        bodies=tuple(data["bodies"]),
        purposes=PhraseSet(data["purposes"]),
        both_sides=PhraseSet(data["both_sides"]),
        verb_words=tuple(data["verb_words"]),
        there=PhraseSet(data["there"]),
        this_occasion=PhraseSet(data["this_occasion"]),
        arrivals=PhraseSet(data["arrivals"]),
        facilities=PhraseSet(data["facilities"]),
        beside=PhraseSet(data["beside"]),
        beside_events=PhraseSet(data["beside_events"]),
        correspondents=tuple(data["correspondents"]),
        governing=PhraseSet(data["governing"]),
        organised=PhraseSet(data["organised"]),
    )


def past_its_purpose(sentence: str) -> str:
    """The sentence past a clause opening it with what the event was for ('Để giải tỏa ùn tắc,
    | ngày 8/12, … tổ chức Hội nghị …'); the whole sentence when it opens with none."""
    words = vocabulary()
    if words.purpose_opens.match([t.key for t in tokenize(sentence)], 0) is None:
        return sentence
    comma = sentence.find(",", 0, words.purpose_clause_max)
    return sentence[comma + 1 :].lstrip() if comma > 0 else sentence


def recalled_as(label: str) -> tuple[str, ...]:
    """The other kinds a later sentence may recall a meeting told by `label` as: ('working
    session',) for 'tiếp và làm việc' ('Tại buổi làm việc, …')."""
    keys = [t.key for t in tokenize(label)]
    match = vocabulary().meetings.match(keys, 0)
    return match[1].recalled_as if match is not None and match[0] == len(keys) else ()
