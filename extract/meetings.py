"""The meetings an article reports: talks, audiences, conferences…, with their day, place and
parties."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from extract.dates import day_in, day_opens, running_days
from extract.lexicon import PhraseSet, load_data, word_set
from extract.lines import is_closed
from extract.names import MIN_NAME_WORDS, capitalised_run
from extract.officials import Mention
from extract.places import find_places, names_a_seat
from extract.text import Token, sentences_in, split_sentences, squeeze, tokenize
from extract.title_facts import title_side
from extract.titles import Side, speech_verbs
from extract.types import Meeting

_ADMIN_WORDS = re.compile(
    r"\s*(?:trụ sở\s+(?:UBND|Ủy ban nhân dân|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy|Châu ủy|Khu ủy)\s+)?"
    r"(?:(?:thủ đô|thủ phủ|thành phố|tp\.?|tỉnh|khu tự trị|thị xã|thị trấn|châu|huyện|quận|"
    r"phường|xã|đặc khu)\s+)?",
    re.I,
)
# "tại Nhà kiểm soát liên hợp cửa khẩu quốc tế Hữu Nghị": a border gate, named as written.
_GATE = re.compile(
    r"\s*(?:(?:Nhà kiểm soát liên hợp|[Nn]hà [Hh]ội đàm|[Kk]hu kinh tế|khu vực|trụ sở)\s+)?"
    r"(?P<gate>[Cc]ửa khẩu"
    r"(?:\s+(?:quốc tế|chính|song phương|phụ))?(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3})"
)
# "tại Trung tâm Hội nghị tỉnh Lai Châu", "tại Quảng trường Nhạc Sơn, phường Lào Cai",
# "tại điểm cầu tỉnh Lai Châu": a venue, then the place it is in.
_VENUE_IN = re.compile(
    r"\s*(?:Trung\s+tâm|Quảng\s+trường|Nhà|[Tt]rụ\s+sở|Hội\s+trường|Khách\s+sạn|Cung|"
    r"[Đđ]iểm\s+cầu|Khu|Sân|Văn\s+phòng)\b[^.;:(),]{0,60}?(?:,\s*|\s)"
    r"(?:tỉnh|thành\s+phố|TP\.?|phường|xã|huyện|quận|thị\s+xã|thị\s+trấn|đặc\s+khu)\s+"
)
# "tại Trung tâm Hành chính thành phố": a venue, whatever it is in.
_VENUE = re.compile(
    r"\s*(?:Trung\s+tâm|Quảng\s+trường|Nhà|[Tt]rụ\s+sở|Hội\s+trường|Khách\s+sạn|Cung|"
    r"Văn\s+phòng)\s"
)
# "tại thành phố Đông Hưng (Quảng Tây, …)", "tại thành phố Văn Sơn, tỉnh Vân Nam", "tại
# phường Thục Phán, …": a city, a town or a ward the lists do not know, named after its kind.
_CITY = re.compile(
    r"\s*(?:thành\s+phố|thị\s+xã|thị\s+trấn|huyện|châu|quận|phường|xã|đặc\s+khu)\s+"
    r"(?P<city>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,2})\s*[,(]"
)
# ", tại Tam Kỳ, …", ", tại Kuala Lumpur (Malaysia), …": two or three capitalised words between
# commas after "tại".
_TOWN = re.compile(r"tại\s+(?P<town>[^\W\d_]+(?:\s+[^\W\d_]+){1,2})\s*(?:,|\([^()]{2,30}\)\s*,)")
# Tokens from the verb holding an event to the 'ở' saying where: 'diễn ra sáng 26 - 11 ở'.
_HELD_REACH = 8
# Tokens from 'và' to an event attended after another meeting: 'và cùng tham dự Diễn đàn'.
_AND_REACH = 4
# Tokens into a sentence its day may be given from the day last told: 'Trước đó, sáng cùng ngày'.
_SAME_DAY_REACH = 6
# Tokens from an event's word opening a sentence to the verb saying it opened: its name between.
_OPENED_REACH = 20
# A sentence opening with where it happened: 'Tại Nam Ninh, …', 'Ở thành phố Côn Minh, …'.
_PLACE_OPENS = re.compile(r"(?:Tại|Ở)\s+[^\W\d_][^,;.]{1,40},")
# The main meeting is named in the headline or the first paragraphs: a summary, then the lead.
_OPENING_PARAGRAPHS = 2
_DASHES = frozenset({"-", "–", "—"})
# An office as a short form writes it before one word of the name: its first two or three words
# ('Bộ trưởng', 'Phó Thủ tướng').
_OFFICE_WORDS_MIN = 2
_OFFICE_WORDS = 3
# Before a short form, a word making it another office; after it, a word making its name word
# part of a common one ('Chính phủ', 'Chính quyền').
_DEPUTY_BEFORE = re.compile(r"(?:Phó|Quyền|phó|quyền)\s+$")
_WORD_GOES_ON = re.compile(r"\s+(?:phủ|quyền|hiệp|trị|sách)\b")
# Where a sentence opening on a meeting already told says it was: 'Tại buổi tiếp ở Trạm Giang, …'.
_REFERRED_PLACE = re.compile(
    r"(?:Tại|Trong)\s+(?:buổi|cuộc)\s+[^,]{2,30}?\s+(?:ở|tại)\s+(?P<where>[^,;.]{2,40}),"
)
# A Roman numeral after these words numbers an event ('khóa XII', 'lần thứ XIV').
_NUMBERED = frozenset({"khóa", "thứ", "lần"})
_ROMAN = re.compile(r"[IVXLC]+")
# Sentences right after a meeting's that may say who else took part.
_JOINING_SENTENCES = 2
_SUBHEADING_WORDS = 12
_PARTNER_REACH = 20  # tokens from 'làm việc tại' to the 'với' naming its partner
_VIETNAM = "Việt Nam"  # the whole country is no meeting's place
_SUBJECT_REACH = 5  # words between the delegation and its meeting: 'Đoàn đến thăm và làm việc'
# A trip's place, before the place of the meeting on it: 'Trong khuôn khổ chuyến công tác tại ',
# 'Trong chương trình công tác tại '.
_TRIP = re.compile(
    r"\b(?:chuyến|chương\s+trình)\s+(?:thăm|công\s+tác)(?:\s+và\s+làm\s+việc)?\s*$", re.I
)
# Kinds one meeting is told as in turn: 'hội đàm trực tuyến', then '… đồng chủ trì hội đàm'.
_FAMILY = {"online talks": "talks"}
# Events known by their names ('Hội nghị định kỳ lần thứ 7', 'Diễn đàn hợp tác kinh tế …').
_NAMED_EVENTS = frozenset({"conference", "forum", "seminar", "fair"})
_OCCASIONS = frozenset({"forum", "seminar", "fair"})
# Events opened and closed with speeches.
_SESSIONS = _OCCASIONS | {"conference"}
# Words before an event's word that make it part of another name: a venue's ('Trung tâm Hội
# chợ Triển lãm …', 'Trung tâm Hội nghị tỉnh'), or the body of another event ('Hội nghị … của
# Diễn đàn Kinh tế thế giới').
_INSIDE_A_NAME = frozenset({"tâm", "của", "khu", "nhà"})
# How far into a sentence the meeting it opens on is named ('Phát biểu tại buổi tiếp, …').
_REFERENCE_REACH = 4
_SPEAKER_TITLE_WORDS = 10  # words of title before the name of a speaker a sentence opens on
# Who leads a delegation: '… do ông X dẫn đầu', 'ông X … dẫn đầu đoàn', '… làm Trưởng đoàn'.
_LEADS = re.compile(r"\bdẫn đầu\b|\blàm\s+trưởng\s+đoàn\b", re.I)
# '… tiếp đồng chí Phùng Phi, Bí thư Tỉnh ủy Hải Nam, đang thăm và làm việc tại Việt Nam': the
# guest named just before is on a visit, at the head of whoever came with them.
_VISITING = re.compile(r",\s*(?:đang|đã)\s+(?:có\s+chuyến\s+)?thăm\b", re.I)


@dataclass(frozen=True, slots=True)
class _Kind:
    kind: str
    needs_name_after: bool
    needs_partner: bool = False
    named: bool = False  # the word starts an event's name ('Phiên họp lần thứ 17 Ủy ban …')


@dataclass(frozen=True, slots=True)
class _Words:
    meetings: PhraseSet
    guests: PhraseSet
    shared_guest: PhraseSet
    earlier: PhraseSet
    letters: PhraseSet
    references: PhraseSet
    reported: PhraseSet
    openers: PhraseSet
    plans: PhraseSet
    past: PhraseSet
    attendance: PhraseSet
    label_stops: frozenset[str]
    label_max: int
    venues: PhraseSet
    joining: PhraseSet
    same_day: PhraseSet
    ends: PhraseSet
    speeches: PhraseSet
    held: PhraseSet
    before: PhraseSet
    opened: PhraseSet


@cache
def _words() -> _Words:
    data = load_data("meetings")
    kinds = [
        (
            w,
            _Kind(
                m["kind"],
                m.get("needs_name_after", False),
                m.get("needs_partner", False),
                m.get("named", False),
            ),
        )
        for m in data["meeting"]
        for w in m["words"]
    ]
    venues = [(name, v["city"]) for v in load_data("places")["venue"] for name in v["names"]]
    return _Words(
        meetings=PhraseSet([w for w, _ in kinds], [k for _, k in kinds]),
        guests=PhraseSet(data["guests"]),
        shared_guest=PhraseSet(data["shared_guest"]),
        earlier=PhraseSet(data["earlier"]),
        letters=PhraseSet(data["letters"]),
        references=PhraseSet(data["references"]),
        reported=PhraseSet(data["reported"]),
        openers=PhraseSet(data["openers"]),
        plans=PhraseSet(data["plans"]),
        past=PhraseSet(data["past"]),
        attendance=PhraseSet(data["attendance"]),
        label_stops=word_set(data["label_stops"]),
        label_max=int(data["label_max_words"]),
        venues=PhraseSet([n for n, _ in venues], [c for _, c in venues]),
        joining=PhraseSet(data["joining"]),
        same_day=PhraseSet(data["same_day"]),
        ends=PhraseSet(data["ends"]),
        speeches=PhraseSet(data["speeches"]),
        held=PhraseSet(data["held"]),
        before=PhraseSet(data["before"]),
        opened=PhraseSet(data["opened"]),
    )


def told_in_photos(paragraphs: Sequence[str], captions: Sequence[str]) -> list[str]:
    """The paragraphs a page tells its meetings in: on a photo story ('Chùm ảnh: Khai mạc Hội
    chợ …', a line of lead and a caption under each photo: 'Bên lề Hội chợ, đồng chí A tiếp ông
    B …'), whose captions have more sentences than its body, the captions after the body; else
    the body alone (an article's captions only show what it tells)."""
    if len(sentences_in(captions)) > len(sentences_in(paragraphs)):
        return [*paragraphs, *captions]
    return list(paragraphs)


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    label: str
    sentence: int
    text: str
    attended: bool = False  # an event its people attend ('đã tham dự Hội chợ …')
    at: int = 0  # the token its word starts at
    # Where the parties of an event attended after another meeting are named: before that
    # meeting's word ('A đã hội kiến B và dự Diễn đàn …': A only); None: anywhere.
    subject_end: int | None = None


def find_meetings(
    title: str | None,
    paragraphs: Sequence[str],
    mentions: Sequence[Mention],
    event_day: date | None,
) -> list[Meeting]:
    """The meetings the article reports: the main one, named first in the headline or the
    opening paragraphs (a summary may come before the lead), then each other one a later
    sentence reports as happening ('Trước đó, sáng 23/11, đoàn đã có buổi làm việc với …',
    'Bên lề hội chợ, Phó Thủ tướng đã hội kiến …'), not occasions, references to a meeting
    already told ('Tại hội đàm, …'), earlier meetings or plans."""
    sentences = ([title] if title else []) + sentences_in(paragraphs)
    head = _delegation_head(sentences, mentions)
    offset = 1 if title else 0
    lead_end = offset + sum(len(split_sentences(p)) for p in paragraphs[:_OPENING_PARAGRAPHS])
    opening = [
        f
        for i in range(lead_end)
        if (i == 0 or not _subheading(sentences[i])) and (f := _meeting_in(sentences[i], i))
    ]
    # A forum, a seminar or a fair is often the occasion of the meeting the lead tells: that
    # meeting is the main one when there is one, unless the lead's people attend the event first.
    main = next((f for f in opening if f.kind not in _OCCASIONS or f.attended), None) or next(
        iter(opening), None
    )
    meeting = None
    if main is not None:
        if title and main.sentence == 0:
            main = _as_the_lead_tells(main, sentences, lead_end, mentions)
        meeting = _main_meeting(main, sentences, lead_end, mentions, event_day, head)
        if meeting.kind in _OCCASIONS:
            # A fair or a forum no official is said to attend is no meeting.
            (meeting,) = _with_attendants([meeting], sentences, mentions, quoted=False)
            meeting = meeting if meeting.participants else None
    if meeting is not None and main is not None:
        meetings, after = [meeting], main
    else:
        first = _told_in_the_body(sentences, lead_end, mentions, event_day, head)
        if first is None:
            return []
        meetings, after = [first[0]], first[1]
    later = range(after.sentence + 1, len(sentences))
    days = running_days((sentences[n] for n in later), meetings[0].date)
    for number, day in zip(later, days, strict=True):
        for found in _reported_meetings(sentences[number], number):
            meeting = _other_meeting(found, sentences, mentions, meetings[0], day, head)
            meetings = _with_another(meetings, meeting, found.text, head)
    return _with_attendants(meetings, sentences, mentions)


def _with_another(
    meetings: list[Meeting], meeting: Meeting, sentence: str, head: str | None
) -> list[Meeting]:
    """The meetings with one a later sentence reports: merged into one already found that it
    tells again, added when it is another, else left out."""
    # The delegation's head alone does not make a meeting another one: who it met does.
    named = tuple(p for p in meeting.participants if p != head)
    told_again = _told_again(meeting, meetings) if _dated_as(sentence, meeting) else None
    if told_again is None:
        told_again = _told_in_other_words(meeting, sentence, meetings)
    if told_again is not None:
        return told_again
    if _distinct(replace(meeting, participants=named), meetings, sentence) or (
        _a_new_event(meeting, meetings)
    ):
        return [*meetings, meeting]
    return meetings


def _dated_as(sentence: str, meeting: Meeting) -> bool:
    """The sentence opens with the meeting's own day ('Chiều 16/9, …'), so a meeting it tells
    is one of that day, not an earlier one it recalls ('Trước đó, tháng 12-2024, …')."""
    return (
        meeting.date is not None
        and day_opens(sentence)
        and day_in(sentence, meeting.date) == meeting.date
    )


def _merged_into(meetings: list[Meeting], n: int, meeting: Meeting) -> list[Meeting]:
    """The meetings with the n-th told again as `meeting`: its parties added, its place kept."""
    known = meetings[n]
    parties = tuple(dict.fromkeys((*known.participants, *meeting.participants)))
    merged = replace(known, participants=parties, place=known.place or meeting.place)
    return [*meetings[:n], merged, *meetings[n + 1 :]]


def _told_in_other_words(
    meeting: Meeting, sentence: str, meetings: list[Meeting]
) -> list[Meeting] | None:
    """The meetings with one a sentence tells with two words ('… đã tiếp Tổng Lãnh sự … nhân
    dịp ông đến chào xã giao' under a headline's 'chào xã giao'): when the occasion the sentence
    gives ('nhân dịp …') is a meeting of a kind already found on that day, it is that meeting,
    with the parties the sentence adds; None when it gives none."""
    keys = [t.key for t in tokenize(sentence)]
    occasion = next(
        (i for i in range(len(keys) - 1) if keys[i : i + 2] == ["nhân", "dịp"]), len(keys)
    )
    kinds = {kind.kind for i, _length, kind in _words().meetings.found_in(keys) if i > occasion}
    for n, known in enumerate(meetings):
        if known.kind != meeting.kind and known.kind in kinds and known.date == meeting.date:
            return _merged_into(meetings, n, meeting)
    return None


def _told_again(meeting: Meeting, meetings: list[Meeting]) -> list[Meeting] | None:
    """The meetings with one the body tells again in full ('Chiều 16/9, … Phó Thủ tướng … đã
    tiếp ông Trần Cương …' after the summary's 'Tiếp Bí thư Khu ủy Quảng Tây …') given the
    parties and place it names: the first of the same kind, on the same day, whose parties it
    names too; None when it tells no meeting already found."""
    for n, known in enumerate(meetings):
        if (
            known.kind == meeting.kind
            and known.date == meeting.date
            and set(known.participants) <= set(meeting.participants)
        ):
            return _merged_into(meetings, n, meeting)
    return None


def _with_attendants(
    meetings: list[Meeting],
    sentences: Sequence[str],
    mentions: Sequence[Mention],
    *,
    quoted: bool = True,
) -> list[Meeting]:
    """More parties of a meeting, wherever the article names them: an attendance list that
    names the meeting ('Cùng dự buổi tiếp có …', 'Tham dự hội đàm, về phía … có …'), with the
    sentence going on with it ('Về phía Quảng Tây có …'), or the
    speaker of a sentence opening on it ('Tại buổi tiếp, Phó Thủ tướng … đánh giá cao …'),
    each added to the article's first meeting of that kind; with `quoted`, an official the body
    quotes at an event with sessions ('Ông A, Phó Chủ tịch UBND TP.HCM, cho hay …'); and its
    place, when such a sentence says it and nothing else did ('Tại buổi tiếp ở Trạm Giang, …')."""
    by_kind: dict[str, int] = {}
    for n, meeting in enumerate(meetings):
        by_kind.setdefault(meeting.kind, n)
    found = [list(m.participants) for m in meetings]
    places = [m.place for m in meetings]
    # Those another meeting has: quoted, they speak there ('Chiều cùng ngày, ông A tiếp đoàn …
    # Chủ tịch A đề nghị …').
    elsewhere = {p for m in meetings[1:] for p in m.participants}
    for number, sentence in enumerate(sentences):
        referred = _referred_meeting(sentence) or _about_the_main(sentence, meetings)
        if quoted and referred is None and meetings and meetings[0].kind in _SESSIONS:
            # At an event with sessions, an official the body quotes took part in it.
            named = _opening_speakers(sentence, _parties([number], sentences, mentions))
            found[0].extend(n for n in named if n not in found[0] and n not in elsewhere)
        if referred is None or referred[0] not in by_kind:
            continue
        kind, attendance = referred
        # An attendance list may go on in the next sentence ('Về phía Quảng Tây có …').
        told = _told_with(number, sentences) if attendance else [number]
        named = _parties(told, sentences, mentions)
        if not attendance:
            named = _speakers(sentence, named)
        parties = found[by_kind[kind]]
        parties.extend(name for name in named if name not in parties)
        said = _REFERRED_PLACE.match(sentence)
        if places[by_kind[kind]] is None and said:
            places[by_kind[kind]] = _place(f"tại {said['where']},")
    return [
        replace(m, participants=tuple(parties), place=place)
        if len(parties) > len(m.participants) or place != m.place
        else m
        for m, parties, place in zip(meetings, found, places, strict=True)
    ]


def _referred_meeting(sentence: str) -> tuple[str, bool] | None:
    """(kind, True) for an attendance list naming a meeting ('Tham dự hội đàm có …', 'A, B
    cùng hơn 300 doanh nghiệp tham dự hội nghị'), (kind, False) for a sentence opening on one
    ('Tại buổi tiếp, …', 'Phát biểu tại hội nghị, …'); else None."""
    words = _words()
    keys = [t.key for t in tokenize(sentence)]
    attendance = words.attendance.match(keys, 0)
    for i, _length, kind in words.meetings.found_in(keys):
        if attendance is not None and i >= attendance[0]:
            return kind.kind, True
        if _after_phrase(words.attendance, keys, i - (keys[i - 1 : i] == ["buổi"])):
            return kind.kind, True
        if i <= _REFERENCE_REACH and _after_phrase(words.references, keys, i):
            return kind.kind, False
        break
    return None


def _about_the_main(sentence: str, meetings: list[Meeting]) -> tuple[str, bool] | None:
    """(kind, True) for the other end of the main meeting, online ('Tại điểm cầu Hồng Hà có
    …'), or those attending it ('Cùng dự có …'); (kind, False) for a speech at its session
    ('Phát biểu khai mạc, ông …') when it is an event with sessions (a conference, a forum, a
    seminar, a fair); else None."""
    if not meetings:
        return None
    words = _words()
    keys = [t.key for t in tokenize(sentence)]
    main = meetings[0].kind
    attendance = words.attendance.match(keys, 0)
    if words.ends.match(keys, 0) or (
        attendance and keys[attendance[0] : attendance[0] + 1] == ["có"]
    ):
        return main, True
    if main in _SESSIONS and words.speeches.match(keys, 0):
        return main, False
    return None


def _speakers(sentence: str, named: tuple[str, ...]) -> tuple[str, ...]:
    """Of the officials a sentence names, those before what it says they said ('Tại buổi tiếp,
    Phó Thủ tướng A đánh giá cao …'): not the people spoken of after it."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    # 'Phát biểu khai mạc, ông A cho biết …': the speech the sentence opens on is not yet
    # what the speaker said.
    said = next((f for f in speech_verbs().found_in(keys) if f[0] > 0), None)
    if said is None:
        return ()
    before = sentence[: tokens[said[0]].start]
    return tuple(name for name in named if _name_in(before, name) >= 0)


def _opening_speakers(sentence: str, named: tuple[str, ...]) -> tuple[str, ...]:
    """The speaker a sentence opens on ('Ông A, Phó Chủ tịch UBND TP.HCM, cho hay …', 'Thứ
    trưởng Bộ Tài chính A khẳng định …'): named before what is said, with at most a title
    before the name; not one a clause opening the sentence brings in ('Năm 2024, ông A …')."""
    speakers = _speakers(sentence, named)
    return tuple(
        name
        for name in speakers
        if (at := _name_in(sentence, name)) >= 0
        and "," not in sentence[:at]
        and len(sentence[:at].split()) <= _SPEAKER_TITLE_WORDS
    )


def _subheading(sentence: str) -> bool:
    """A short line the article puts between its paragraphs ('Hội đàm tại Ban Đối ngoại Trung
    ương'): it names what the next paragraph tells, which is read there."""
    return len(sentence.split()) <= _SUBHEADING_WORDS and not is_closed(sentence)


def _told_in_the_body(
    sentences: list[str],
    lead_end: int,
    mentions: Sequence[Mention],
    event_day: date | None,
    head: str | None,
) -> tuple[Meeting, _Found] | None:
    """An article about something else (trade figures, a fair, a visit announced in the lead)
    that reports meetings further down ('Ngày 6/5, Đại sứ … đã làm việc với Phó Thị trưởng …'):
    the first one reported as happening between named officials, on its own day (those after
    it are read as after a main meeting)."""
    for number in range(lead_end, len(sentences)):
        found = _reported_meeting(sentences[number], number)
        if found is None:
            continue
        day = (day_in(found.text, event_day) if event_day else None) or event_day
        told = _told_with(number, sentences)
        participants = _with_the_delegation(
            _parties(told, sentences, mentions), told, sentences, head
        )
        if len(participants) >= 2:
            return Meeting(found.kind, found.label, day, _place(found.text), participants), found
    return None


def _as_the_lead_tells(
    headline: _Found, sentences: list[str], lead_end: int, mentions: Sequence[Mention]
) -> _Found:
    """The headline's meeting, or the lead's when the lead tells it with another word between
    the same people ('… làm việc với lãnh đạo tỉnh X' above 'Chiều 17/3, … đã tiếp bà Y'): one
    meeting, of the kind the body reports. Only a meeting the lead reports as happening counts,
    not a word for one in passing ('cảm ơn sự đón tiếp'), nor one the lead's people attend,
    unless it is named after the headline's word ('… gặp gỡ đầu Xuân' above 'dự Hội nghị gặp
    gỡ đầu Xuân …'). A headline in capitals takes the lead's name for the meeting, as it is
    spelled ('Phiên họp lần thứ 17 Ủy ban …' for 'PHIÊN HỌP LẦN THỨ 17 ỦY BAN …')."""
    lead = next((f for i in range(1, lead_end) if (f := _reported_meeting(sentences[i], i))), None)
    if lead is not None and lead.kind == headline.kind and sentences[0].isupper():
        return replace(headline, label=lead.label)
    if lead is None or lead.kind == headline.kind:
        return headline
    if _names_the_same(lead.label, headline.label):
        return lead
    if _attendance(lead.text):
        return headline
    named = set(_parties([0], sentences, mentions))
    if named and named <= set(_parties([lead.sentence], sentences, mentions)):
        return lead
    return headline


def _names_the_same(lead: str, headline: str) -> bool:
    """'Hội nghị gặp gỡ đầu Xuân Nhâm Thìn 2012' names the headline's 'gặp gỡ': the
    headline's word for the meeting is inside the lead's name for it, after its kind."""
    words = headline.casefold().split()
    name = lead.casefold().split()
    return len(name) > len(words) and any(
        name[i : i + len(words)] == words for i in range(1, len(name) - len(words) + 1)
    )


def _main_meeting(
    found: _Found,
    sentences: list[str],
    lead_end: int,
    mentions: Sequence[Mention],
    event_day: date | None,
    head: str | None,
) -> Meeting:
    """The main meeting, dated with the day its sentence opens with ('Ngày 13/11, … đã làm việc
    với …' after a lead's 'Từ ngày 12 đến 14/11, …'), else the event's date, placed with 'tại
    …' in its sentence or the opening ones; its parties are the officials named with it there
    and, when the headline or a summary named it first, in the sentence of the lead that tells
    it again."""
    place = _place(found.text) or next((p for s in sentences[:lead_end] if (p := _place(s))), None)
    told = _told_with(found.sentence, sentences)
    # Not a sentence opening another event the same day ('Chiều cùng ngày, … tiếp …').
    again = next(
        (
            i
            for i in range(found.sentence + 1, lead_end)
            if (f := _meeting_in(sentences[i], i))
            and f.kind == found.kind
            and not _same_day_opens(sentences[i])
        ),
        None,
    )
    if again is not None and not _attendance(sentences[again]):
        # The lead telling it again, with the sentences right after it naming more parties.
        told.extend(k for k in _told_with(again, sentences) if k not in told)
    participants = _parties(told, sentences, mentions)
    if not participants and found.sentence == 0:
        # Named in the headline only ("… ký kết biên bản hội đàm"): the lead says who met.
        participants = _parties(range(1, lead_end), sentences, mentions)
    own = day_in(found.text, event_day) if event_day and day_opens(found.text) else None
    return Meeting(
        kind=found.kind,
        label=found.label,
        date=own or event_day,
        place=place,
        participants=_with_the_delegation(participants, told, sentences, head),
    )


def _other_meeting(
    found: _Found,
    sentences: list[str],
    mentions: Sequence[Mention],
    main: Meeting,
    last_day: date | None,
    head: str | None,
) -> Meeting:
    """A meeting told later: its own day ('Chiều cùng ngày' is the day the article last gave,
    `last_day`) and place, else the main meeting's (the same trip); no day when the sentence
    gives none and only says it was earlier ('Trước đó, đoàn đã dự Diễn đàn …')."""
    own = day_in(found.text, main.date) if main.date else None
    keys = [t.key for t in tokenize(found.text)]
    same_day = _words().same_day.occurs(keys, 0, _SAME_DAY_REACH)
    day = own or (last_day if same_day else None)
    if day is None and not _words().before.match(keys, 0):
        day = main.date  # the same trip's, unless only said to be earlier ('Trước đó, …')
    place = _place(found.text) or (main.place if day == main.date else None)
    told = _told_with(found.sentence, sentences, found.kind)
    parties = _parties(told, sentences, mentions)
    if found.subject_end is not None:
        subject = found.text[: found.subject_end]
        parties = tuple(p for p in parties if _name_in(subject, p) >= 0)
    return Meeting(
        kind=found.kind,
        label=found.label,
        date=day,
        place=place,
        participants=_with_the_delegation(
            parties, told, sentences, head or _facing(found.text, parties, main, mentions)
        ),
    )


def _facing(
    sentence: str, parties: tuple[str, ...], main: Meeting, mentions: Sequence[Mention]
) -> str | None:
    """Who leads the delegation a host receives in a later sentence when the article names no
    head ('Trước đó, Chủ tịch UBND tỉnh A đã tiếp xã giao đoàn' after a conference of Lạng Sơn
    and Quảng Tây): the main meeting's first party of the other side than the host, named
    before the meeting's word; and of the place the delegation is said to come from, if any
    ('tiếp đoàn doanh nghiệp Hà Nam' is no delegation of Sơn Tây's Phó Tỉnh trưởng)."""
    met = _delegation_met(sentence)
    sides = _sides(mentions)
    host = parties[0] if parties else None
    if met is None or host is None or not 0 <= _name_in(sentence, host) < met[0]:
        return None
    titles = {m.name: m.title or "" for m in mentions}
    return next(
        (
            p
            for p in main.participants
            if sides.get(p) not in (None, sides.get(host))
            and sides.get(host) is not None
            and all(_name_in(titles.get(p, ""), place) >= 0 for place in met[1])
        ),
        None,
    )


def _delegation_met(sentence: str) -> tuple[int, tuple[str, ...]] | None:
    """Where a meeting's word with the delegation as its guest starts ('… đã tiếp xã giao đoàn
    và …', 'hội kiến đoàn đại biểu …'), with the places the words after 'đoàn' name up to the
    clause's end ('đoàn công tác tỉnh Tuyên Quang'); None when the sentence tells none."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    for i, length, _kind in _words().meetings.found_in(keys):
        after = i + length
        shared = _words().shared_guest.match(keys, after)
        after += (shared[0] if shared else 0) + (keys[after : after + 1] == ["với"])
        if keys[after : after + 1] != ["đoàn"] or _capitalised(tokens, after + 1):
            continue
        rest = sentence[tokens[after].end :]
        clause = re.split(r"[,;.(]|\bvà\b|\bdo\b", rest, maxsplit=1)[0]
        return tokens[i].start, tuple(p.place.name for p in find_places(clause))
    return None


def _sides(mentions: Sequence[Mention]) -> dict[str, Side]:
    """The side each official's first title with one tells ('Chủ tịch UBND tỉnh' VN, 'Phó Chủ
    tịch Chính phủ Nhân dân Khu tự trị Quảng Tây' CN)."""
    sides: dict[str, Side] = {}
    for mention in mentions:
        if mention.name not in sides and (side := title_side(list(mention.segments))):
            sides[mention.name] = side
    return sides


def _same_day_opens(sentence: str) -> bool:
    """'Chiều cùng ngày, …', 'Cũng trong ngày, …': the sentence tells another event that day."""
    return _words().same_day.match([t.key for t in tokenize(sentence)], 0) is not None


def _delegation_head(sentences: Sequence[str], mentions: Sequence[Mention]) -> str | None:
    """Who leads the article's delegation ('Đoàn … do ông Quách Tân Dân … dẫn đầu', 'đồng chí
    Trần Cương … dẫn đầu đoàn'): the official named last before 'dẫn đầu' or 'làm trưởng
    đoàn', or the guest named just before ', đang thăm …', when the article names one such
    official only."""
    officials = {m.name for m in mentions if m.title}
    heads: set[str] = set()
    for text in sentences:
        for lead in _LEADS.finditer(text):
            named = [
                (at, name) for name in officials if 0 <= (at := _name_in(text, name)) < lead.start()
            ]
            if named:
                heads.add(max(named)[1])
        for visit in _VISITING.finditer(text):
            if (guest := _guest_before(text, visit.start(), officials)) is not None:
                heads.add(guest)
    return heads.pop() if len(heads) == 1 else None


def _guest_before(text: str, end: int, officials: set[str]) -> str | None:
    """The official named last before `end` when what follows the name tells no meeting (the
    visitor, not the host: 'Ông A tiếp đoàn tỉnh X, đang thăm …' names the host)."""
    named = [(at, name) for name in officials if 0 <= (at := _name_in(text, name)) < end]
    if not named:
        return None
    at, name = max(named)
    keys = [t.key for t in tokenize(text[at:end])]
    return None if any(_words().meetings.found_in(keys)) else name


def _with_the_delegation(
    participants: tuple[str, ...], told: Sequence[int], sentences: Sequence[str], head: str | None
) -> tuple[str, ...]:
    """The parties, with the delegation's head when the sentences tell the delegation itself
    met ('… đã tiếp đoàn', 'hội kiến Đoàn', 'đoàn đã làm việc với …')."""
    if head is None or head in participants:
        return participants
    if any(_tells_the_delegation(sentences[n]) for n in told):
        return (*participants, head)
    return participants


def _tells_the_delegation(sentence: str) -> bool:
    """The delegation as a party of the meeting the sentence tells: 'đoàn' right after the
    meeting's word ('tiếp đoàn', 'hội đàm với đoàn', 'tiếp và chiêu đãi đoàn', 'hội kiến Đoàn')
    or just before it ('Đoàn cũng đã làm việc với …'); not a family name ('bà Đoàn Thu Hà': a
    capital follows)."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]

    def delegation(k: int) -> bool:
        return (
            0 <= k < len(tokens)
            and keys[k] == "đoàn"
            and (k + 1 == len(tokens) or not tokens[k + 1].is_capitalised)
        )

    def guest_at(after: int) -> int:
        """Where the guest of a meeting word ending at `after` is named: past a second verb
        sharing it ('tiếp và chiêu đãi đoàn') and 'với' ('hội đàm với đoàn')."""
        shared = _words().shared_guest.match(keys, after)
        after += shared[0] if shared else 0
        return after + (keys[after : after + 1] == ["với"])

    return any(
        delegation(guest_at(i + length)) or any(delegation(k) for k in range(i - _SUBJECT_REACH, i))
        for i, length, _kind in _words().meetings.found_in(keys)
    )


def _told_with(number: int, sentences: Sequence[str], kind: str | None = None) -> list[int]:
    """The sentence telling a meeting (of `kind`, when given) and those right after it saying
    who else took part ('Tiếp đoàn có ông …', 'Dự hội nghị có các đồng chí: …', 'Phía tỉnh …
    có …'); not a list naming a meeting of another kind ('Dự buổi tiếp có …' after '… và làm
    việc với Ban Quản lý …': who attended the reception told before)."""
    told = [number]
    for k in range(number + 1, min(len(sentences), number + 1 + _JOINING_SENTENCES)):
        keys = [t.key for t in tokenize(sentences[k])]
        if not (_attendance(sentences[k]) or _words().joining.match(keys, 0)):
            break
        if kind is not None and _of_another_kind(sentences[k], kind):
            break
        told.append(k)
    return told


def _of_another_kind(sentence: str, kind: str) -> bool:
    """An attendance list naming a meeting of another kind than `kind` ('Dự buổi tiếp có …'
    for a working session)."""
    referred = _referred_meeting(sentence)
    return (
        referred is not None
        and referred[1]
        and _FAMILY.get(referred[0], referred[0]) != _FAMILY.get(kind, kind)
    )


def _parties(
    numbers: Iterable[int], sentences: Sequence[str], mentions: Sequence[Mention]
) -> tuple[str, ...]:
    """The officials the sentences name, in order: with a title there, or alone there and with
    a title elsewhere in the article ('… hội kiến ông Trần Cương')."""
    officials = {m.name for m in mentions if m.title}
    shortened = _short_names(mentions)
    found: list[tuple[int, int, str]] = []
    for number in numbers:
        text = sentences[number]
        found.extend((number, at, name) for name in officials if (at := _name_in(text, name)) >= 0)
        found.extend(
            (number, at, name) for short, name in shortened if (at := _short_in(text, short)) >= 0
        )
    return tuple(dict.fromkeys(name for _, _, name in sorted(found)))


def _short_names(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(short form, name) for the officials a later sentence may name by the office and one
    word of the name: 'Bộ trưởng Diên' for Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên (the
    given name), 'Bí thư Vương' for Bí thư Tỉnh ủy Vân Nam Vương Ninh (the family name); a
    short form two officials share names neither."""
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        title, words = mention.title, mention.name.split()
        if not title or len(words) < MIN_NAME_WORDS:
            continue
        office = title.split()[:_OFFICE_WORDS]
        for k in range(_OFFICE_WORDS_MIN, len(office) + 1):
            for word in (words[-1], words[0]):
                forms.setdefault(" ".join([*office[:k], word]), set()).add(mention.name)
    return [(short, next(iter(names))) for short, names in forms.items() if len(names) == 1]


def _short_in(text: str, short: str) -> int:
    """Where a short form stands as one ('Bộ trưởng Diên'), not inside another office ('Phó
    Thủ tướng Chính phủ' holds 'Thủ tướng Chính'), or -1."""
    at = _name_in(text, short)
    if at < 0 or _DEPUTY_BEFORE.search(text, 0, at) or _WORD_GOES_ON.match(text, at + len(short)):
        return -1
    return at


def _name_in(text: str, name: str) -> int:
    """Where the whole name stands in the text (not as the start of a longer name), or -1."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        after = text[match.end() :].split(maxsplit=1)
        if not (after and after[0][:1].isupper() and text[match.end() : match.end() + 1] == " "):
            return match.start()
    return -1


def _distinct(meeting: Meeting, meetings: list[Meeting], sentence: str) -> bool:
    """A meeting of another kind, or of the same kind in a sentence that opens a new event
    ('Chiều cùng ngày, …') with other parties or another host (its first party); with someone
    named as a party either way."""
    family = _FAMILY.get(meeting.kind, meeting.kind)
    same = [m for m in meetings if _FAMILY.get(m.kind, m.kind) == family]
    if not meeting.participants:
        # 'Trước đó, ngày 19/6, đoàn đã làm việc với Sở Thương mại tỉnh …': a meeting of
        # another kind on a day of its own, between bodies rather than named people.
        return not same and day_opens(sentence) and meeting.date != meetings[0].date
    if not same:
        return True
    named = {p for m in same for p in m.participants}
    # 'Sáng cùng ngày, Phó Thủ tướng … đã tiếp đồng chí Phùng Phi': the same guest, another host.
    host = meeting.participants[0]
    keys = [t.key for t in tokenize(sentence)]
    same_day = _words().same_day.match(keys, 0) is not None or _dated_as(sentence, meeting)
    return _opens_an_event(sentence) and (
        not named & set(meeting.participants) or (host not in named and same_day)
    )


def _a_new_event(meeting: Meeting, meetings: list[Meeting]) -> bool:
    """A named event of a kind not found yet with a party, if only the delegation's head ('Chiều
    cùng ngày, đoàn dự Diễn đàn hợp tác kinh tế biển Hải Phòng – Hải Nam'): the delegation
    attended it, so it is a meeting of its own."""
    return (
        meeting.kind in _NAMED_EVENTS
        and bool(meeting.participants)
        and all(m.kind != meeting.kind for m in meetings)
    )


def _reported_meeting(sentence: str, number: int) -> _Found | None:
    """A meeting a later sentence reports as happening: the sentence opens a new event (a date,
    'Trước đó', 'Bên lề …') or says it happened ('đã hội kiến', 'đã có buổi làm việc');
    neither a plan ('sẽ', 'dự kiến'), an earlier meeting ('hồi tháng 3', 'từng') nor an
    attendance list ('Tham dự hội đàm có …')."""
    words = _words()
    if _attendance(sentence):
        return None
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    if _any_before(words.past, keys, len(keys)):
        return None
    opens = _opens_an_event(sentence)
    for i, _length, _kind in words.meetings.found_in(keys):
        found = _meeting_at(sentence, tokens, keys, i, number)
        if found is None:
            continue
        if _after_phrase(words.references, keys, i) or _any_before(words.plans, keys, i):
            continue
        if opens or _after_phrase(words.reported, keys, i) or _opened(found.kind, keys, i):
            return found
    return None


def _opened(kind: str, keys: list[str], i: int) -> bool:
    """A sentence opening on a named event that it says opens or takes place ('Hội nghị hợp
    tác kinh tế, thương mại Việt Nam – Quảng Tây khai mạc tại …', as a live report's entry
    tells it): the event's word first, the verb a few words on, no plan between ('Diễn đàn …
    sẽ khai mạc …')."""
    words = _words()
    if i != 0 or kind not in _NAMED_EVENTS:
        return False
    verb = next(words.opened.found_in(keys, 1, _OPENED_REACH), None)
    return verb is not None and not words.plans.occurs(keys, 1, verb[0])


def _reported_meetings(sentence: str, number: int) -> list[_Found]:
    """The meetings a later sentence reports: the first, and the named events its people go on
    to attend in the same clause ('Cùng ngày, A đã hội kiến Thủ tướng B và dự Diễn đàn …')."""
    first = _reported_meeting(sentence, number)
    if first is None:
        return []
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    found = [first]
    for i, _length, _kind in _words().meetings.found_in(keys, first.at + 1):
        if not (_attended(keys, i) and "và" in keys[max(0, i - _AND_REACH) : i]):
            continue
        also = _meeting_at(sentence, tokens, keys, i, number)
        if also is not None and also.kind in _NAMED_EVENTS:
            found.append(replace(also, attended=True, subject_end=tokens[first.at].start))
    return found


def _opens_an_event(sentence: str) -> bool:
    """'Chiều 23/11, …', 'Trước đó, sáng 23/11, …', 'Bên lề hội chợ, …', 'Cùng ngày, …', 'Tại
    Nam Ninh, …' (a place, as a live report's entries open)."""
    keys = [t.key for t in tokenize(sentence)]
    return (
        day_opens(sentence)
        or _words().openers.match(keys, 0) is not None
        or (_PLACE_OPENS.match(sentence) is not None and _place(sentence) is not None)
    )


def _attendance(sentence: str) -> bool:
    """'Tham dự hội đàm có …', 'Cùng dự buổi tiếp có …': who else was there."""
    keys = [t.key for t in tokenize(sentence)]
    return _words().attendance.match(keys, 0) is not None


def _any_before(phrases: PhraseSet, keys: list[str], i: int) -> bool:
    return phrases.occurs(keys, 0, i)


def _meeting_in(sentence: str, number: int) -> _Found | None:
    """The sentence's first meeting; a forum, seminar or fair only when it tells no other, or
    when its people attend it before another meeting that is no conference ('… đã tham dự Hội
    chợ … và làm việc với Sở …'; not 'Nhân dịp dự Hội chợ …, … hội kiến …')."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    occasion = None
    attended = None
    for i, _length, _kind in _words().meetings.found_in(keys):
        found = _meeting_at(sentence, tokens, keys, i, number)
        if found is not None and found.kind not in _OCCASIONS:
            return attended if attended and found.kind != "conference" else found
        if found is not None and occasion is None and _attended(keys, i):
            attended = replace(found, attended=True)
        occasion = occasion or found
    return occasion


def _attended(keys: list[str], i: int) -> bool:
    """'tham dự' or 'dự' right before the event's word at i, not as its occasion ('nhân dịp
    dự', 'bên lề')."""
    words = _words()
    for k in range(max(0, i - 3), i):
        match = words.attendance.match(keys, k)
        if match is not None and k + match[0] == i:
            return not _after_phrase(words.earlier, keys, k)
    return False


def _meeting_at(
    sentence: str, tokens: list[Token], keys: list[str], i: int, number: int
) -> _Found | None:
    """The meeting whose word starts at token i, unless it is an earlier meeting, the occasion
    of another one ('bên lề Hội nghị …') or what a letter speaks of ('gửi thư chúc mừng … tại
    Hội nghị …'), or a common verb without a guest."""
    words = _words()
    match = words.meetings.match(keys, i)
    if not match:
        return None
    length, kind = match
    after = i + length
    shared = words.shared_guest.match(keys, after)
    if shared:
        after += shared[0]  # 'đã tiếp và chiêu đãi đoàn …': the guest is after the second verb
    nxt = tokens[after] if after < len(tokens) else None
    guest = nxt is not None and (nxt.is_capitalised or words.guests.match(keys, after))
    if kind.needs_name_after and not guest:
        return None
    if kind.needs_partner and not _partner_after(tokens, keys, i + length):
        return None
    if _after_phrase(words.earlier, keys, i) or words.letters.occurs(keys, 0, i):
        return None
    if kind.kind in _SESSIONS and i > 0 and keys[i - 1] in _INSIDE_A_NAME:
        return None  # 'Trung tâm Hội chợ Triển lãm …', '… của Diễn đàn Kinh tế thế giới'
    label = _label(sentence, tokens, i, length, kind.kind in _NAMED_EVENTS or kind.named)
    return _Found(kind.kind, label, number, sentence, at=i)


def _partner_after(tokens: list[Token], keys: list[str], j: int) -> bool:
    """'… tại Trường Đảng tỉnh Hồ Bắc với đồng chí …': 'với' and a guest (a capitalised word
    or 'đoàn', 'lãnh đạo'…) after the place, in the same clause."""
    for k in range(j, min(len(tokens) - 1, j + _PARTNER_REACH)):
        if tokens[k].text in ";.":
            return False
        if keys[k] != "với" or keys[k - 1] == "cùng":  # 'cùng với': who came along
            continue
        if tokens[k + 1].is_capitalised or _words().guests.match(keys, k + 1):
            return True
    return False


def _after_phrase(phrases: PhraseSet, keys: list[str], i: int) -> bool:
    """Whether a phrase of `phrases` ends right before keys[i]."""
    return any(
        (m := phrases.match(keys, k)) is not None and k + m[0] == i for k in range(max(0, i - 3), i)
    )


def _label(sentence: str, tokens: list[Token], i: int, length: int, named: bool) -> str:
    """The words used: 'hội đàm trực tuyến', or a named event's name ('Hội nghị định kỳ lần 6',
    'Hội nghị xúc tiến thương mại Việt Nam – Vân Nam năm 2025', 'Phiên họp lần thứ 17 …'), when
    the word is `named`."""
    end = i + length
    if named:
        end = _name_end(tokens, end, length)
    text = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
    if text.isupper():  # from a headline in capitals ('… TIẾP BÍ THƯ …')
        text = text[:1] + text[1:].lower()
    return text if named else text[:1].lower() + text[1:]


def _name_end(tokens: list[Token], end: int, length: int) -> int:
    """Where a conference's name that has `length` words before token `end` ends: at a word
    that starts the sentence's next part, or at its longest. A number goes with the word
    before it ('năm 2023', 'lần thứ 6', 'khóa XII'), and a dash after a capitalised name joins
    the party named after it ('Việt Nam – Vân Nam'), neither counted as the name's words; the
    verb saying it opens ('… Việt Nam – Vân Nam khai mạc tại …') ends it."""
    words = _words()
    keys = [t.key for t in tokens]
    while end < len(tokens):
        token = tokens[end]
        numbered = end > 0 and tokens[end - 1].key in _NUMBERED
        if token.text.isdigit() or (numbered and _ROMAN.fullmatch(token.text)):
            end += 1
            continue
        if token.text in _DASHES and _capitalised(tokens, end - 1):
            party = capitalised_run(tokens, end + 1)
            if party:
                end += 1 + party
                continue
        if not token.is_word or token.key in words.label_stops or length >= words.label_max:
            break
        if words.opened.match(keys, end):
            break
        length += 1
        end += 1
    return end


def _capitalised(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and tokens[k].is_capitalised


def _place(sentence: str) -> str | None:
    """Where: 'tại Hà Nội', 'ở thành phố Nam Ninh' (after a comma), the city of a venue ('tại
    trụ sở Bộ …'),
    or a town the list does not know, told where events are ('Chiều 16/10, tại Tam Kỳ, …');
    not a mission's seat ('Đại sứ Việt Nam tại Trung Quốc') nor a whole country."""
    words = _words()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    trip = None  # where a trip went ('trong chuyến công tác tại Quảng Tây, …'), if nothing nearer
    for i, key in enumerate(keys):
        where = key == "tại" or (key == "ở" and (i == 0 or keys[i - 1] == "," or _held(keys, i)))
        if not where or names_a_seat(sentence[: tokens[i].end] + " "):
            continue
        if trip is None and _TRIP.search(sentence[: tokens[i].start]):
            trip = _place(sentence[tokens[i].start :])
            if trip is not None:
                continue
        venue = words.venues.match(keys, i + 1)
        if venue:
            return str(venue[1])
        rest = sentence[tokens[i].end :]
        gate = _GATE.match(rest)
        if gate:
            return squeeze(gate["gate"])
        places = [
            p
            for p in find_places(rest[:80])
            if p.place.kind in ("division", "vietnam") and p.place.name != _VIETNAM
        ]
        city = _CITY.match(rest)
        if city and _unknown_town(city["city"]):
            return city["city"]
        if places and (
            _ADMIN_WORDS.fullmatch(rest[: places[0].start])
            or _VENUE_IN.fullmatch(rest[: places[0].start])
        ):
            return squeeze(rest[places[0].start : places[0].end])
        town = _TOWN.match(sentence, tokens[i].start)
        if town and (i == 0 or keys[i - 1] == ",") and _unknown_town(town["town"]):
            return town["town"]
        if _VENUE.match(rest):
            # 'tại Trung tâm Hành chính thành phố, …': the venue, in a town it does not name; a
            # 'tại' after it is another's ('Tổng Lãnh sự … Trung Hoa tại Thành phố Hồ Chí Minh').
            return trip
    return trip


def _held(keys: list[str], i: int) -> bool:
    """'ở' at i tells where an event was held: a word for holding it stands a few words before
    ('… diễn ra sáng 26-11 ở TP.HCM', 'được tổ chức ở Nam Ninh')."""
    return _words().held.occurs(keys, max(0, i - _HELD_REACH), i)


def _unknown_town(words: str) -> bool:
    """Capitalised words that no list knows as a place, a country included ('Tam Kỳ')."""
    return all(w[:1].isupper() for w in words.split()) and not find_places(words)
