"""A meeting an article tells after its main one: its own day and place, else the main one's,
and its parties, the official its sentence's subject names by office first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from extract.meeting_attendance import opening_speakers, with_attendants
from extract.meeting_days import beside_the_event, later_day, told_there
from extract.meeting_delegation import facing, with_the_delegation
from extract.meeting_parties import (
    host_speaking_next,
    meets_a_body,
    meets_both_sides,
    name_in,
    named_by_offices,
    names_both_sides,
    officials_named,
    told_with,
)
from extract.meeting_places import government_visited, place_of_meeting, place_reached
from extract.meeting_vocabulary import NAMED_EVENTS, SESSIONS, vocabulary
from extract.meeting_words import FoundMeeting, after_phrase
from extract.mentions import Mention
from extract.text import tokenize
from extract.types import Meeting


def other_meeting(
    found: FoundMeeting,
    sentences: list[str],
    mentions: Sequence[Mention],
    main: Meeting,
    last_day: date | None,
    head: str | None,
) -> Meeting:
    """A meeting told later: its own day ('Chiều cùng ngày' is the day the article last gave,
    `last_day`) and place, else the main meeting's (the same trip); no day when the sentence
    gives none and only says it was earlier ('Trước đó, đoàn đã dự Diễn đàn …')."""
    day = later_day(found.text, main.date, last_day)
    if day is None and beside_the_event(found.text):
        # 'Trước đó, bên lề lễ khai mạc, …': earlier, but at the main event, on its day.
        day = main.date
    place = place_of_meeting(found.text, found.at)
    if place is None and found.sentence > 0 and told_there(found.text):
        place = place_reached(sentences[found.sentence - 1])
    # Not the main meeting's place when it was with a province's government, at its seat.
    place = place or government_visited(found.text, found.at)
    place = place or (main.place if day == main.date else None)
    told = told_with(found.sentence, sentences, found.kind)
    parties = officials_named(told, sentences, mentions)
    if found.spans is not None:
        # Those the sentence names for this meeting; not whom later sentences name with it.
        spans = [found.text[a:b] for a, b in found.spans]
        parties = tuple(p for p in parties if any(name_in(t, p) >= 0 for t in spans))
    parties = _with_the_subject(found, parties, mentions)
    if _named_as_an_occasion(found) and main.participants and main.participants[0] not in parties:
        # 'Cùng ngày, tại buổi làm việc với Phó Tỉnh trưởng A, hai bên …': the guest met the
        # one who held the main meeting.
        parties = (main.participants[0], *parties)
    if names_both_sides(subject_text(found)):
        # 'Chiều cùng ngày, hai đoàn hội đàm tại …': those who met in the main meeting.
        parties = tuple(dict.fromkeys((*main.participants, *parties)))
    elif found.kind not in NAMED_EVENTS and meets_both_sides(_guest_text(found)):
        # 'Trước phiên họp, … đã tiếp hai Trưởng đoàn': the main meeting's people are the
        # guests, with those the article says took part in it ('… đồng chủ trì phiên họp'). A
        # named event has no guests after its word: 'hai bên' ends its name ('dự Tọa đàm kết nối
        # doanh nghiệp nông sản hai bên').
        (attended,) = with_attendants([main], sentences, mentions)
        parties = tuple(dict.fromkeys((*parties, *attended.participants)))
    if found.sentence + 1 < len(sentences):
        following = sentences[found.sentence + 1]
        at = tokenize(found.text)[found.at].start
        host = host_speaking_next(found.text, following, mentions, at)
        parties = parties if host is None or host in parties else (*parties, host)
        if found.kind in SESSIONS:
            # '… dự và phát biểu tại Diễn đàn … Đại sứ A cho biết …': a speaker there.
            named = officials_named([found.sentence + 1], sentences, mentions)
            speakers = opening_speakers(following, named)
            parties = tuple(dict.fromkeys((*parties, *speakers)))
    return Meeting(
        kind=found.kind,
        label=found.label,
        date=day,
        place=place,
        participants=with_the_delegation(
            parties, told, sentences, head or facing(found.text, parties, main, mentions)
        ),
    )


def _with_the_subject(
    found: FoundMeeting, parties: tuple[str, ...], mentions: Sequence[Mention]
) -> tuple[str, ...]:
    """The parties, first the officials the sentence's subject names by office alone ('Sáng
    21/5, Phó Thủ tướng hội đàm với ông A' after 'Phó Thủ tướng Trần Hồng Hà …', 'Bộ trưởng và
    Phó Thị trưởng dự Tọa đàm …'); for a meeting
    told after another in the sentence, the first's subject ('Bộ trưởng tiếp A, rồi làm việc
    với B')."""
    subjects = named_by_offices(subject_text(found), mentions)
    # Alone, the subject met no one named ('Đại sứ đã gặp gỡ cộng đồng người Việt'), but
    # attended an event ('Phó Thủ tướng dự và phát biểu tại Diễn đàn …') or met a body
    # ('Tổng Lãnh sự đã làm việc với Sở Ngoại vụ tỉnh Giang Tô').
    tokens = tokenize(found.text)
    at = tokens[found.at].start if found.at < len(tokens) else 0
    held = parties or found.kind in NAMED_EVENTS or meets_a_body(found.text, at)
    new = tuple(p for p in subjects if p not in parties)
    return (*new, *parties) if held else parties


def _named_as_an_occasion(found: FoundMeeting) -> bool:
    """Whether a meeting with a guest is told as the noun phrase its sentence is set at, with
    no subject holding it ('Cùng ngày, tại buổi làm việc với Phó Tỉnh trưởng A, hai bên trao
    đổi …'), not a named event."""
    tokens = tokenize(found.text)
    keys = [t.key for t in tokens]
    return (
        not found.spans
        and found.kind not in NAMED_EVENTS
        and found.kind not in SESSIONS
        and after_phrase(vocabulary().references, keys, found.at)
        and not any(t.is_capitalised for t in tokens[1 : found.at])
    )


def subject_text(found: FoundMeeting) -> str:
    """The sentence up to the meeting's word, or to the word of the meeting its sentence told
    before it ('Bộ trưởng tiếp A, rồi làm việc với B': 'Bộ trưởng')."""
    tokens = tokenize(found.text)
    end = tokens[found.at].start if found.at < len(tokens) else len(found.text)
    if found.spans and found.spans[0][0] == 0 and found.spans[0][1] < end:
        end = found.spans[0][1]
    return found.text[:end]


def _guest_text(found: FoundMeeting) -> str:
    """The sentence after the meeting's word ('tiếp | hai Trưởng đoàn tại …')."""
    tokens = tokenize(found.text)
    after = found.at + len(found.label.split())
    return found.text[tokens[after].start :] if after < len(tokens) else ""
