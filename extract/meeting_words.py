"""A meeting's word in a sentence, with the kind and label it gives: the meeting a sentence tells,
reports as happening or refers to."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.dates import day_opens
from extract.lexicon import PhraseSet
from extract.meeting_labels import meeting_label
from extract.meeting_places import meeting_place
from extract.meeting_vocabulary import (
    GATHERINGS,
    NAMED_EVENTS,
    OCCASIONS,
    SESSIONS,
    past_its_purpose,
    vocabulary,
)
from extract.text import Token, tokenize
from extract.title_lexicon import title_lexicon

# Tokens from an event's word opening a sentence to the verb saying it opened: its name between.
_OPENED_REACH = 20
# A sentence opening with where it happened: 'Tại Nam Ninh, …', 'Ở thành phố Côn Minh, …'.
_PLACE_OPENS = re.compile(r"(?:Tại|Ở)\s+[^\W\d_][^,;.]{1,40},")
_PARTNER_REACH = 20  # tokens from 'làm việc tại' to the 'với' naming its partner
# Words before an event's word that make it part of another name: a venue's ('Trung tâm Hội
# chợ Triển lãm …', 'Trung tâm Hội nghị tỉnh'), or the body of another event ('Hội nghị … của
# Diễn đàn Kinh tế thế giới').
_INSIDE_A_NAME = frozenset({"tâm", "của", "khu", "nhà"})
# A day told after an event's name ('… tổ chức chiều cùng ngày', '… diễn ra sáng 17/9').
_DAY_TOLD = re.compile(
    r"\b(?:sáng|chiều|tối|trưa|ngày)\s+(?:cùng\s+ngày|\d{1,2}\s*[/-]\s*\d{1,2})", re.IGNORECASE
)
# Tokens back from a meeting's word a phrase before it may start: 'đã dự và phát biểu tại'.
_PHRASE_REACH = 6
# Tokens from a named event's name to the verb saying it will take place ('… sẽ được tổ chức').
_PLAN_REACH = 4
# Dashes between two words of one name ('Hội nghị - Triển lãm').
_DASHES = frozenset({"-", "–", "—"})
# Tokens into a sentence a bulletin's tag and dash may end by, before its text: 'LSO - '.
_TAG_REACH = 4
# Marks a clause opens after.
_CLAUSE_MARKS = frozenset({",", ";", ":"})
# How far into a sentence the meeting it opens on is named ('Phát biểu tại buổi tiếp, …').
_REFERENCE_REACH = 4
# A sentence opening with a month and no day ('Tháng 11, …', 'Trước đó, tháng 3, …', 'Tiếp đó,
# cuối tháng 6/2025, …', 'Tháng 4 vừa qua, …'), after a short clause or an interviewee's name
# if any ('Ông Tạ Minh Hà: Tháng 4 vừa qua, …'), or a timeline's label ('Tháng 3/2025:'): a
# review's or an answer's time, not a day's news.
_MONTH_OPENS = re.compile(
    r"(?:[^\W\d]+(?:\s+[^\W\d]+){0,2},\s*|(?:[^\W\d]+\s+){1,4}[^\W\d]+:\s*)?"
    r"(?:(?:đầu|giữa|cuối|hồi|vào|trong)\s+)?tháng\s+"
    r"(?:\d{1,2}|[IVX]{1,4})(?:\s*[/.-]\s*(?:19|20)\d{2}|\s+năm\s+(?:19|20)\d{2})?"
    r"(?:\s+(?:vừa\s+qua|năm\s+nay|năm\s+ngoái|năm\s+trước))?\s*[,:]",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundMeeting:
    """A meeting's word found in a sentence: the kind and label it gives, the sentence's number
    and text."""

    kind: str
    label: str
    sentence: int
    text: str
    attended: bool = False  # an event its people attend ('đã tham dự Hội chợ …')
    at: int = 0  # the token its word starts at
    # The spans of the sentence (character offsets) naming its parties, when it tells more than
    # one meeting: an event attended after another ('A đã hội kiến B và dự Diễn đàn …': A's
    # subject only), two meetings one after the other ('A hội kiến B, sau đó làm việc với C':
    # A and B, then A and C); None: the whole sentence.
    spans: tuple[tuple[int, int], ...] | None = None


def referred_meeting(sentence: str) -> tuple[str, bool] | None:
    """(kind, True) for an attendance list naming a meeting ('Tham dự hội đàm có …', 'A, B
    cùng hơn 300 doanh nghiệp tham dự hội nghị'), (kind, False) for a sentence opening on one
    ('Tại buổi tiếp, …', 'Phát biểu tại hội nghị, …'); else None."""
    words = vocabulary()
    keys = [t.key for t in tokenize(sentence)]
    attendance = words.attendance.match(keys, 0)
    for i, _length, kind in words.meetings.found_in(keys):
        if attendance is not None and i >= attendance[0]:
            return kind.kind, True
        # Attending it, not on the way to it ('Trong khuôn khổ chuyến công tác dự Hội nghị …'),
        # its word after an occasion's noun or not ('… tham dự cuộc điện đàm tại điểm cầu …').
        if attended_at(keys, i - (i > 0 and keys[i - 1] in words.occasion_nouns)):
            return kind.kind, True
        if i <= _REFERENCE_REACH and after_phrase(words.references, keys, i):
            return kind.kind, False
        break
    return None


# Asked of the same sentences in turn by the readers of the lead, of the meetings after it, of
# attendance lists and of a delegation's members: each sentence is read once.
@lru_cache(maxsize=1024)
def reported_meeting(sentence: str, number: int) -> FoundMeeting | None:
    """A meeting a later sentence reports as happening: the sentence opens a new event (a date,
    'Trước đó', 'Bên lề …') or says it happened ('đã hội kiến', 'đã có buổi làm việc', 'tại
    Hội nghị … tổ chức tại …' on its day);
    neither a plan ('sẽ', 'dự kiến'), an earlier meeting ('hồi tháng 3', 'từng') nor an
    attendance list ('Tham dự hội đàm có …')."""
    words = vocabulary()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    # Most sentences have no meeting's word at all: none is reported, whatever they open with.
    if words.meetings.first_words.isdisjoint(keys) or is_attendance(sentence):
        return None
    # Whether the sentence opens a new event: read only once a meeting's word may be reported.
    opens: bool | None = None
    for i, _length, _kind in words.meetings.found_in(keys):
        if _told_as_earlier(sentence, keys, i):
            return None
        found = meeting_at(sentence, tokens, keys, i, number)
        if found is None or _on_the_way_to(keys, i) or _said_to_be_held(sentence, tokens, i):
            continue
        if opens is None:
            opens = opens_an_event(sentence)
        reported = (
            _reported_at(keys, i)
            or _held_on_its_day(sentence, keys, found)
            or _held_that_day(sentence, tokens, found)
        )
        # 'Tại buổi hội kiến' recalls one; 'đã có buổi hội kiến' reports it.
        # 'Cùng ngày, tại buổi làm việc với Phó Tỉnh trưởng A, …' tells that day's meeting.
        recalled = not (opens and _with_an_official(keys, i))
        if (
            (after_phrase(words.references, keys, i) and not reported and recalled)
            or words.plans.occurs(keys, 0, i)
            or _planned_after_its_name(keys, found)
        ):
            continue
        if opens or reported or _opened(found.kind, keys, i):
            return found
    return None


def _with_an_official(keys: list[str], i: int) -> bool:
    """Whether the meeting whose word is token i names its guest after 'với' by an office
    ('buổi làm việc với Phó Tỉnh trưởng A', 'cuộc hội đàm với Bí thư B'): a meeting with that
    official, not one told before ('Tại buổi làm việc, …') nor with a body ('… với Sở Công
    Thương, …'), whose meeting the article may have told."""
    match = vocabulary().meetings.match(keys, i)
    if match is None:
        return False
    after = i + match[0]
    if keys[after - 1] != "với":
        if after >= len(keys) or keys[after] != "với":
            return False
        after += 1
    titles = title_lexicon()
    prefix = titles.prefixes.match(keys, after)
    return titles.heads.match(keys, after + (prefix[0] if prefix else 0)) is not None


def set_at_a_named_event(sentence: str, number: int) -> FoundMeeting | None:
    """The named event a sentence opens at ('Tại Diễn đàn hợp tác kinh tế - thương mại Việt Nam
    - Trung Quốc, Bộ trưởng A cho biết …'), as a live report's post with no day of its own tells
    it; None for one not named ('Tại hội nghị, …'), which recalls an event told before."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    if len(keys) < 2 or keys[0] != "tại":
        return None
    found = meeting_at(sentence, tokens, keys, 1, number)
    if found is None or found.kind not in NAMED_EVENTS or not _named(found):
        return None
    return found


def _said_to_be_held(sentence: str, tokens: list[Token], i: int) -> bool:
    """Whether the meeting whose word is token i is told in what someone says happened ('Phát
    biểu tại điểm cầu, ông A cho biết Bộ đã làm việc với hải quan Trung Quốc …'), with no day
    of its own opening the words said ('… cho biết, sáng 3/6, đoàn đã làm việc với …' reports
    that day's meeting): a contact the speaker reports, not a meeting the article tells."""
    keys = [t.key for t in tokens]
    said = [k + length for k, length, _ in vocabulary().hearsay.found_in(keys, 0, i)]
    if not said or said[-1] > i:
        return False
    words = sentence[tokens[said[-1]].start :].lstrip(" ,:")
    return not day_opens(words)


def _planned_after_its_name(keys: list[str], event: FoundMeeting) -> bool:
    """Whether the words right after a named event's name say it will be held ('Sáng 18/9,
    Diễn đàn kết nối giao thương … sẽ được tổ chức tại …', '… dự kiến diễn ra …'): a plan
    between the name and the verb saying it takes place, the sentence's day that of the plan."""
    words = vocabulary()
    if event.kind not in NAMED_EVENTS:
        return False
    end = event.at + len(tokenize(event.label))
    verb = next(words.opened.found_in(keys, end, end + _PLAN_REACH), None) or next(
        words.held.found_in(keys, end, end + _PLAN_REACH), None
    )
    # The name may have run on over a plan of two words ('… Quảng Tây dự kiến').
    return verb is not None and words.plans.occurs(keys, max(event.at + 1, end - 2), verb[0])


def _told_as_earlier(sentence: str, keys: list[str], i: int) -> bool:
    """Whether the sentence tells the meeting whose word is token i as an earlier one ('… đã
    gặp … hồi tháng 3', '… từng hội kiến …', 'Tháng 11, …'): opening with a month and no day,
    or with a word of `past` anywhere, or only before the meeting's word when the sentence opens
    with its own day ('Trước đó, ngày 8/7, … đã làm việc với …, thống nhất tổ chức … vào năm
    2025': that time is of what was agreed)."""
    end = i if day_opens(sentence) else len(keys)
    asides = _asides(keys)
    return month_opens(sentence) or any(
        not any(a < k < b and not a < i < b for a, b in asides)
        for k, _length, _ in vocabulary().past.found_in(keys, 0, end)
    )


def _asides(keys: list[str]) -> list[tuple[int, int]]:
    """The asides of a sentence, as the tokens (a, b) opening and closing each: between two
    dashes ('tại Trạm Giang – thành phố cảng, từng là tô giới của Pháp – Bí thư A đã tiếp …') or
    in brackets ('(từng là Đại sứ tại Hà Nội)'). What an aside says of the place or person it
    follows ('từng là …') is not the time of the sentence's meeting."""
    asides: list[tuple[int, int]] = []
    dash: int | None = None
    for k, key in enumerate(keys):
        if key in _DASHES:
            if dash is not None:
                asides.append((dash, k))
            dash = None if dash is not None else k
        elif key == "(":
            close = next((j for j in range(k + 1, len(keys)) if keys[j] == ")"), None)
            if close is not None:
                asides.append((k, close))
    return asides


def month_opens(sentence: str) -> bool:
    """Whether the sentence opens with a month and no day ('Tiếp đó, tháng 11, … hội đàm với
    …', 'Trước đó, tháng 3, … đã hội kiến …'): a meeting it tells is one a review or an
    interview recalls, not the article's news, which gives its day."""
    return _MONTH_OPENS.match(sentence) is not None


def _reported_at(keys: list[str], i: int) -> bool:
    """Whether the words right before the meeting's word at i say it happened ('đã hội kiến'),
    maybe with a noun for the occasion between ('đã có buổi hội kiến', 'đã có cuộc hội đàm'),
    or are its subject naming both sides ('…, hai lực lượng hội đàm tại …')."""
    words = vocabulary()
    if after_phrase(words.reported, keys, i) or _both_sides_open_the_clause(keys, i):
        return True
    noun = i > 0 and keys[i - 1] in words.occasion_nouns
    return noun and after_phrase(words.reported, keys, i - 1)


def _held_on_its_day(sentence: str, keys: list[str], event: FoundMeeting) -> bool:
    """Whether a sentence opening on a day names an event by its name ('Sáng 7/11, tại Diễn
    đàn xúc tiến du lịch Hải Nam – Đà Nẵng, hai sở đã ký …', '… đã ký Bản ghi nhớ … tại Diễn
    đàn …') or with where it was held ('Sáng 17/9, tại Hội nghị xúc tiến đầu tư, thương mại
    tỉnh Cao Bằng tổ chức tại Trùng Khánh, ông A …'): the event is reported, not recalled as
    'Tại hội nghị, …' recalls it."""
    words = vocabulary()
    if event.kind not in NAMED_EVENTS or not day_opens(sentence):
        return False
    if _named(event):
        return True
    reach = min(len(keys), event.at + _OPENED_REACH)
    return any(
        words.held_at.match(keys, k + length) is not None
        for k, length, _ in words.held.found_in(keys, event.at + 1, reach)
    )


def _held_that_day(sentence: str, tokens: list[Token], event: FoundMeeting) -> bool:
    """Whether the words right after a named event's name, to the end of their clause, say it
    was held on a day ('Phát biểu tại Diễn đàn xúc tiến thương mại … tổ chức bên lề hội chợ
    chiều cùng ngày, ông A cho biết …', '… Hội thảo … tổ chức sáng 17/9, …'): the event is
    reported, though the sentence opens on a speech at it."""
    if event.kind not in NAMED_EVENTS or not _named(event):
        return False
    keys = [t.key for t in tokens]
    end = event.at + len(tokenize(event.label))
    if end >= len(keys) or vocabulary().held.match(keys, end) is None:
        return False
    stop = next((k for k in range(end, len(keys)) if keys[k] in _CLAUSE_MARKS), len(keys))
    return _DAY_TOLD.search(sentence[tokens[end].start : tokens[stop - 1].end]) is not None


def _named(event: FoundMeeting) -> bool:
    """Whether the event is written by its name: its word capitalised, words of the name after
    it ('Diễn đàn xúc tiến du lịch …'; not 'Hội nghị' alone)."""
    keys = [t.key for t in tokenize(event.label)]
    word = vocabulary().meetings.match(keys, 0)
    return event.label[:1].isupper() and word is not None and len(keys) > word[0]


def _both_sides_open_the_clause(keys: list[str], i: int) -> bool:
    """Whether the clause before the meeting's word at i is its subject naming both sides ('Kết
    thúc tuần tra, hai lực lượng | hội đàm'); not both sides of something else ('… để doanh
    nghiệp hai bên gặp gỡ')."""
    both_sides = vocabulary().both_sides
    return any(
        (m := both_sides.match(keys, k)) is not None
        and k + m[0] == i
        and (k == 0 or keys[k - 1] in _CLAUSE_MARKS)
        for k in range(max(0, i - _PHRASE_REACH), i)
    )


def _opened(kind: str, keys: list[str], i: int) -> bool:
    """A sentence opening on a named event that it says opens or takes place ('Hội nghị hợp
    tác kinh tế, thương mại Việt Nam – Quảng Tây khai mạc tại …', as a live report's entry
    tells it): the event's word first, the verb a few words on, no plan between ('Diễn đàn …
    sẽ khai mạc …')."""
    words = vocabulary()
    if i != 0 or kind not in NAMED_EVENTS:
        return False
    verb = next(words.opened.found_in(keys, 1, _OPENED_REACH), None)
    return verb is not None and not words.plans.occurs(keys, 1, verb[0])


def opens_on_a_held_event(sentence: str) -> bool:
    """Whether the sentence opens on a named event, written as a name, that it says takes place
    ('Diễn đàn thương mại Trung Quốc - ASEAN diễn ra bên lề hội chợ', '… được tổ chức tại …',
    '… khai mạc sáng cùng ngày'): an event the article reports as held."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    match = vocabulary().meetings.match(keys, 0)
    return match is not None and tokens[0].is_capitalised and _opened(match[1].kind, keys, 0)


def joined_to(tokens: list[Token], keys: list[str], event: FoundMeeting, i: int) -> bool:
    """Whether the named event whose word is token i is joined by 'và' to the named `event`
    right before it, the two sharing what the sentence says of them ('Hội chợ Trung Quốc -
    ASEAN lần thứ 22 và Hội nghị thượng đỉnh … đã khai mạc')."""
    if event.kind not in NAMED_EVENTS or i < 1 or keys[i - 1] != "và" or i <= event.at:
        return False
    match = vocabulary().meetings.match(keys, i)
    if match is None or match[1].kind not in NAMED_EVENTS:
        return False
    words = vocabulary()
    first = words.meetings.match(keys, event.at)
    if first is None:
        return False
    # Its name between: words, numbers, a bracketed short name ('(CAExpo)'), a dash.
    return all(
        (t.is_word and t.key not in words.label_stops) or t.text.isdigit() or t.text in "()-–—"
        for t in tokens[event.at + first[0] : i - 1]
    )


def opens_an_event(sentence: str) -> bool:
    """'Chiều 23/11, …', 'Trước đó, sáng 23/11, …', 'Bên lề hội chợ, …', 'Cùng ngày, …', 'Tại
    Nam Ninh, …' (a place, as a live report's entries open)."""
    keys = [t.key for t in tokenize(sentence)]
    return (
        day_opens(past_its_purpose(sentence))
        or _opens_on_today(keys)
        or vocabulary().openers.match(keys, 0) is not None
        or (_PLACE_OPENS.match(sentence) is not None and meeting_place(sentence) is not None)
    )


def _opens_on_today(keys: list[str]) -> bool:
    """Whether the sentence opens on the day it is published, past a bulletin's tag and dash if
    any ('LSO - Sáng nay, … tổ chức Hội nghị …', '- Chiều nay, …'): the news's own event."""
    start = next((k + 1 for k in range(min(len(keys), _TAG_REACH)) if keys[k] in _DASHES), 0)
    today = vocabulary().today
    return today.match(keys, 0) is not None or today.match(keys, start) is not None


def is_attendance(sentence: str) -> bool:
    """'Tham dự hội đàm có …', 'Cùng dự buổi tiếp có …': who else was there."""
    keys = [t.key for t in tokenize(sentence)]
    return vocabulary().attendance.match(keys, 0) is not None


# Asked of the same sentences in turn by the readers of the main meeting, its place and members,
# and of the part of the article telling it.
@lru_cache(maxsize=1024)
def meeting_in(sentence: str, number: int) -> FoundMeeting | None:
    """The sentence's first meeting; a forum, seminar or fair only when it tells no other, or
    when its people attend it before another meeting that is no conference ('… đã tham dự Hội
    chợ … và làm việc với Sở …'; not 'Nhân dịp dự Hội chợ …, … hội kiến …')."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    occasion = None
    attended = None
    for i, length, _kind in vocabulary().meetings.found_in(keys):
        found = None if _on_the_way_to(keys, i) else meeting_at(sentence, tokens, keys, i, number)
        if found is not None and _planned_after_its_name(keys, found):
            continue  # 'Hội chợ … lần thứ 22 dự kiến diễn ra …': announced, not held
        if found is not None and found.kind in GATHERINGS:
            found = _held_at(sentence, tokens, keys, i + length, number) or found
        if (
            found is not None
            and occasion is not None
            and attended is None
            and joined_to(tokens, keys, occasion, i)
        ):
            # 'Hội chợ … lần thứ 22 và Hội nghị thượng đỉnh … đã khai mạc': the first named,
            # the other told after it. Attended together ('dự Lễ khai mạc Hội chợ … và Hội nghị
            # Thượng đỉnh …'), they are the conference, as before.
            return occasion
        if found is not None and _inside_the_name(found, occasion):
            continue  # 'Diễn đàn gặp gỡ doanh nghiệp Việt - Trung': the forum's name
        if found is not None and found.kind not in OCCASIONS:
            return attended if attended and found.kind != "conference" else found
        if found is not None and occasion is None and attended_at(keys, i):
            attended = replace(found, attended=True)
        occasion = occasion or found
    return occasion


def _inside_the_name(found: FoundMeeting, event: FoundMeeting | None) -> bool:
    """Whether the meeting's word found lies inside the name of the event found before it, whose
    head noun gives the kind ('Tọa đàm gặp gỡ doanh nghiệp Quảng Tây': a seminar, not a
    meeting)."""
    return event is not None and event.at < found.at < event.at + len(tokenize(event.label))


def _held_at(
    sentence: str, tokens: list[Token], keys: list[str], j: int, number: int
) -> FoundMeeting | None:
    """The named event that people meeting with no guest named meet at, its word after 'tại'
    at token j ('Hơn 200 doanh nghiệp hai bên gặp gỡ tại hội nghị xúc tiến thương mại'): that
    event is the meeting; else None."""
    held = vocabulary().held_at.match(keys, j)
    if held is None:
        return None
    event = meeting_at(sentence, tokens, keys, j + held[0], number)
    return event if event is not None and event.kind in NAMED_EVENTS else None


def attended_at(keys: list[str], i: int) -> bool:
    """'tham dự' or 'dự' right before the event's word at i, not as its occasion ('nhân dịp
    dự', 'bên lề')."""
    k = _attendance_before(keys, i)
    return k is not None and not after_phrase(vocabulary().earlier, keys, k)


def _on_the_way_to(keys: list[str], i: int) -> bool:
    """'Trong khuôn khổ chuyến công tác dự Hội nghị …', 'Nhân dịp dự Hội chợ …': the event at
    token i is what a trip is made for, the occasion of the meeting the sentence reports."""
    k = _attendance_before(keys, i)
    return k is not None and after_phrase(vocabulary().earlier, keys, k)


def _attendance_before(keys: list[str], i: int) -> int | None:
    """Where 'tham dự' or 'dự' right before the event's word at token i begins, if it does."""
    words = vocabulary()
    for k in range(max(0, i - 3), i):
        match = words.attendance.match(keys, k)
        if match is not None and k + match[0] == i:
            return k
    return None


def meeting_at(
    sentence: str, tokens: list[Token], keys: list[str], i: int, number: int
) -> FoundMeeting | None:
    """The meeting whose word starts at token i, unless it is an earlier meeting, the occasion
    of another one ('bên lề Hội nghị …') or what a letter speaks of ('gửi thư chúc mừng … tại
    Hội nghị …'), a common verb without a guest, or a word counted only as a name written in
    lower case ('tại kỳ họp thứ tư …')."""
    words = vocabulary()
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
    if kind.needs_name_after and (not guest or _inside_a_compound(tokens, keys, i)):
        return None
    if kind.needs_partner and not _partner_after(tokens, keys, i + length):
        return None
    if kind.capitalised and not tokens[i].is_capitalised:
        return None
    if kind.kind in GATHERINGS and words.communities.match(keys, after):
        return None  # '… và gặp gỡ cộng đồng doanh nghiệp': no counterpart met
    if after_phrase(words.earlier, keys, i) or words.letters.occurs(keys, 0, i):
        return None
    if kind.kind in SESSIONS and i > 0 and keys[i - 1] in _INSIDE_A_NAME:
        return None  # 'Trung tâm Hội chợ Triển lãm …', '… của Diễn đàn Kinh tế thế giới'
    if kind.kind in NAMED_EVENTS and _after_another_event_s_word(keys, i):
        return None  # 'Trung tâm Hội chợ Triển lãm …': the venue of the fair
    label = meeting_label(sentence, tokens, i, length, kind.kind in NAMED_EVENTS or kind.named)
    return FoundMeeting(kind.kind, label, number, sentence, at=i)


def _inside_a_compound(tokens: list[Token], keys: list[str], i: int) -> bool:
    """Whether the meeting's word at token i ends a longer word written in lower case ('tuyến
    vận tải biển trực tiếp | Quy Nhơn - Khâm Châu', 'gián tiếp'): no meeting then."""
    compounds = vocabulary().compounds
    return any(
        (m := compounds.match(keys, k)) is not None
        and k + m[0] > i
        and not tokens[k].is_capitalised
        for k in range(max(0, i - _PHRASE_REACH), i)
    )


def _after_another_event_s_word(keys: list[str], i: int) -> bool:
    """Whether the word of an event at token i follows another's right before it, maybe after a
    dash ('Trung tâm Hội chợ Triển lãm quốc tế Nam Ninh', '… Hội nghị - Triển lãm …'): the two
    words name one venue or event, told by the first."""
    k = i - 1
    while k >= 0 and keys[k] in _DASHES:
        k -= 1
    meetings = vocabulary().meetings
    return any(
        (m := meetings.match(keys, j)) is not None and j + m[0] == k + 1
        for j in range(max(0, k - _PHRASE_REACH), k + 1)
    )


def _partner_after(tokens: list[Token], keys: list[str], j: int) -> bool:
    """'… tại Trường Đảng tỉnh Hồ Bắc với đồng chí …', '… tại Khu hợp tác kinh tế biên giới
    Kim Thành, nghe ông A giới thiệu …': 'với' or ', nghe' and a guest (a capitalised word or
    'đoàn', 'lãnh đạo', 'ông'…) after the place, in the same sentence."""
    words = vocabulary()
    for k in range(j, min(len(tokens) - 1, j + _PARTNER_REACH)):
        if tokens[k].text in ";.":
            return False
        partner = words.partners.match(keys, k)
        if partner is None or keys[k - 1] == "cùng":  # 'cùng với': who came along
            continue
        at = k + partner[0]
        if at < len(tokens) and (tokens[at].is_capitalised or words.guests.match(keys, at)):
            return True
    return False


def after_phrase(phrases: PhraseSet, keys: list[str], i: int) -> bool:
    """Whether a phrase of `phrases` ends right before keys[i]."""
    return any(
        (m := phrases.match(keys, k)) is not None and k + m[0] == i
        for k in range(max(0, i - _PHRASE_REACH), i)
    )
