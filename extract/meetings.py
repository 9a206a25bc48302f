"""The meetings an article reports: talks, audiences, conferences…, with their day, place and
parties."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from extract.dates import day_in, day_opens, running_days, span_end_in
from extract.meeting_attendance import subheading, with_attendants
from extract.meeting_days import (
    beside_the_event,
    day_told,
    first_day_of_span,
    main_day,
    on_a_day_of_its_own,
    same_day_opens,
)
from extract.meeting_delegation import delegation_head, heads_told, with_the_delegation
from extract.meeting_openings import reports_opening
from extract.meeting_others import other_meeting, subject_text
from extract.meeting_parties import (
    host_speaking_next,
    name_in,
    names_both_sides,
    names_members,
    officials_named,
    told_with,
)
from extract.meeting_places import dateline_place, meeting_place
from extract.meeting_repeats import in_order_of_days, with_another, with_the_main_on_its_day
from extract.meeting_sequences import held_in_turn, one_after_another, reported_meetings
from extract.meeting_vocabulary import FAMILY, NAMED_EVENTS, OCCASIONS, SESSIONS, vocabulary
from extract.meeting_words import (
    FoundMeeting,
    is_attendance,
    meeting_in,
    month_opens,
    opens_an_event,
    reported_meeting,
    set_at_a_named_event,
)
from extract.mentions import Mention
from extract.text import sentences_in, split_sentences, tokenize
from extract.types import Meeting

# The main meeting is named in the headline or the first paragraphs: a summary, then the lead.
_OPENING_PARAGRAPHS = 2
# Days a trip's meetings may follow its first by: a later day than that is not this article's
# news, published soon after its meeting ('Ngày 18/2, …' below a call on 5/1 is last year's).
_TRIP_DAYS = 15
# Between the items a digest's headline lists ('Điểm tin …: A thăm Hải Phòng; B làm việc với …').
_ITEM_BREAK = ";"


def told_in_photos(paragraphs: Sequence[str], captions: Sequence[str]) -> list[str]:
    """The paragraphs a page tells its meetings in: on a photo story ('Chùm ảnh: Khai mạc Hội
    chợ …', a line of lead and a caption under each photo: 'Bên lề Hội chợ, đồng chí A tiếp ông
    B …'), whose captions have more sentences than its body, the captions after the body; else
    the body alone (an article's captions only show what it tells)."""
    if len(sentences_in(captions)) > len(sentences_in(paragraphs)):
        return [*paragraphs, *captions]
    return list(paragraphs)


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
    head = delegation_head(sentences, mentions)
    offset = 1 if title else 0
    lead_end = offset + sum(len(split_sentences(p)) for p in paragraphs[:_OPENING_PARAGRAPHS])
    opening = [
        f
        for i in range(lead_end)
        if _may_tell_the_main(sentences[i], i, titled=title is not None)
        and (f := meeting_in(sentences[i], i))
    ]
    # 'Trong chuyến công tác … từ ngày 13 đến 15/8, lãnh đạo tỉnh đã làm việc với …': a summary
    # of the trip, whose meetings the sentences after it tell, each on its day.
    opening = [
        f
        for f in opening
        if not (_sums_up_a_trip(f, event_day) or _sums_up_events(f.text, event_day))
    ] or opening
    # A forum, a seminar or a fair is often the occasion of the meeting the lead tells: that
    # meeting is the main one when there is one, unless the lead's people attend the event first.
    main = next((f for f in opening if f.kind not in OCCASIONS or f.attended), None) or next(
        iter(opening), None
    )
    meeting = None
    following: list[FoundMeeting] = []
    in_turn = 0  # how many meetings, first in the list, the lead says were held in turn
    quoted = True  # whether officials the body quotes took part in an event with sessions
    if main is not None:
        if title and main.sentence == 0:
            main = _as_the_lead_tells(main, sentences, lead_end, mentions)
        # 'A hội kiến B, sau đó làm việc với C': the lead tells two meetings, one after the other.
        told = one_after_another(main)
        in_turn = len(held_in_turn(main))
        main, following = told[0], [f for f in told[1:] if not f.attended]
        if main.sentence == 0 and not following:
            following = _told_with_the_lead(main, sentences, lead_end)
        meeting = _main_meeting(main, sentences, lead_end, mentions, event_day, head)
        if meeting.kind in OCCASIONS:
            # A fair or a forum no official is said to attend is no meeting, unless the article
            # reports the fair opening ('Sáng 5/11, CIIE lần thứ 8 đã chính thức khai mạc …'):
            # then it is one, with those the article places there (not those it quotes), or none.
            (meeting,) = with_attendants([meeting], sentences, mentions, quoted=False)
            opened = meeting.kind == "fair" and reports_opening(sentences)
            quoted = bool(meeting.participants) or not opened
            meeting = meeting if meeting.participants or opened else None
    if meeting is not None and main is not None:
        meetings, after = [meeting], main
        for found in following:
            other = other_meeting(found, sentences, mentions, meeting, meeting.date, head)
            meetings = with_another(meetings, other, found.text, head)
            if other.kind in NAMED_EVENTS and all(m.kind != other.kind for m in meetings):
                # Opened with the main one ('Hội chợ … và Hội nghị thượng đỉnh … đã khai
                # mạc'): an event of its own, its parties those who speak there, if any.
                meetings.append(other)
    else:
        in_turn = 0
        first = _told_in_the_body(sentences, lead_end, mentions, event_day, head)
        if first is None:
            return []
        meetings, after = [first[0]], first[1]
    # The headline's or a trip summary's meeting, with no day of its own, until the body tells it.
    undated = (
        main is not None and meetings[0].kind == main.kind and not on_a_day_of_its_own(main.text)
    )
    redated = False
    later = range(after.sentence + 1, len(sentences))
    days = running_days((sentences[n] for n in later), meetings[0].date)
    for number, day in zip(later, days, strict=True):
        told = reported_meetings(sentences[number], number) or _first_set_at(sentences, number)
        for found in told:
            meeting = other_meeting(found, sentences, mentions, meetings[0], day, head)
            if undated and (retold := with_the_main_on_its_day(meetings, meeting, found.text)):
                # Told on a later day than the article's first: then held after those before.
                redated = retold[0].date != meetings[0].date
                meetings, undated = retold, False
            elif not _after_the_news(meeting, meetings[0]):
                meetings = with_another(meetings, meeting, found.text, head)
    meetings = with_attendants(meetings, sentences, mentions, quoted=quoted)
    meetings = _attended_each(meetings, main.text if main is not None else "", in_turn)
    return in_order_of_days(meetings) if redated else meetings


def _first_set_at(sentences: list[str], number: int) -> list[FoundMeeting]:
    """The named event a later sentence opens at when no sentence before names it ('Tại Diễn
    đàn hợp tác kinh tế - thương mại …, Bộ trưởng A cho biết …' in a live report's post giving
    no day of its own): told there first, it is reported, not recalled, on the day last given."""
    found = set_at_a_named_event(sentences[number], number)
    if found is None:
        return []
    name = found.label.casefold()
    return [] if any(name in s.casefold() for s in sentences[:number]) else [found]


def _attended_each(meetings: list[Meeting], sentence: str, in_turn: int) -> list[Meeting]:
    """The meetings, the first `in_turn` held in turn by the sentence ('… lần lượt tiếp A và B.
    Cùng dự có C.'), each with those the first has that the sentence does not name: they
    attended all of them."""
    if in_turn < 2 or len(meetings) < in_turn:
        return meetings
    added = [p for p in meetings[0].participants if name_in(sentence, p) < 0]
    return [
        replace(m, participants=tuple(dict.fromkeys((*m.participants, *added))))
        if 0 < n < in_turn
        else m
        for n, m in enumerate(meetings)
    ]


def _after_the_news(meeting: Meeting, main: Meeting) -> bool:
    """Whether a meeting told after the main one falls more than a trip's days after it ('Ngày
    18/2, … hội đàm …' in a review below a call on 5/1/2026): the article, published soon after
    its main meeting, cannot report it, so it recalls that day of a year before."""
    if meeting.date is None or main.date is None:
        return False
    return (meeting.date - main.date).days > _TRIP_DAYS


def _sums_up_a_trip(found: FoundMeeting, event_day: date | None) -> bool:
    """Whether the meeting's sentence gives a span of days and names no one it met ('Trong
    chuyến công tác … từ ngày 13 đến 15/8, lãnh đạo tỉnh Quảng Ngãi đã làm việc với chính
    quyền tỉnh …'): it sums up a trip of several days."""
    if event_day is None or span_end_in(found.text, event_day) is None:
        return False
    tokens = tokenize(found.text)
    return not any(t.is_capitalised for t in tokens[found.at + 1 : found.at + 3])


def _sums_up_events(sentence: str, event_day: date | None) -> bool:
    """Whether an opening sentence names two events or more by their names and gives no day
    ('Tuần hàng Việt Nam tại Thâm Quyến và Hội nghị kết nối giao thương tại Hạ Môn trong tuần
    qua đã thu hút …'): it sums up events the body tells, each on its own day."""
    if event_day is None or day_in(sentence, event_day) is not None or same_day_opens(sentence):
        return False
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    named = [
        i
        for i, _length, kind in vocabulary().meetings.found_in(keys)
        if kind.kind in NAMED_EVENTS and tokens[i].is_capitalised
    ]
    return len(named) >= 2


def _may_tell_the_main(sentence: str, number: int, *, titled: bool) -> bool:
    """Whether an opening sentence may name the main meeting: not a subheading, nor a headline
    listing a digest's items ('Điểm tin đối ngoại ngày 13/3: Đại sứ … thăm Hải Phòng; Tổng Lãnh
    sự … làm việc với châu Hồng Hà'), whose meetings the body tells each in its turn, nor one
    dating its meeting by the month alone ('Tháng 11, … hội đàm …'), which a review recalls."""
    if number == 0:
        return not (titled and _ITEM_BREAK in sentence)
    return not (subheading(sentence) or month_opens(sentence) or _lists_items(sentence, number))


def _lists_items(sentence: str, number: int) -> bool:
    """Whether a sentence of the opening lists a digest's items, each its own meeting ('Lạng
    Sơn hội đàm với Sùng Tả; Điện Biên tiếp đoàn thành phố Phổ Nhĩ; … là những hoạt động nổi
    bật tuần qua'), which the body tells each in its turn: two items or more tell a meeting,
    and none after the first opens an event of its own as a lead telling two goes on ('…; chiều
    cùng ngày, đoàn hội kiến …')."""
    items = sentence.split(_ITEM_BREAK)
    told = sum(meeting_in(item, number) is not None for item in items)
    return told >= 2 and not any(opens_an_event(item.strip()) for item in items[1:])


def _told_in_the_body(
    sentences: list[str],
    lead_end: int,
    mentions: Sequence[Mention],
    event_day: date | None,
    head: str | None,
) -> tuple[Meeting, FoundMeeting] | None:
    """An article about something else (trade figures, a fair, a visit announced in the lead)
    that reports meetings further down ('Ngày 6/5, Đại sứ … đã làm việc với Phó Thị trưởng …',
    'Ngày 8/8, Hội nghị … đã diễn ra tại Quảng Châu. Phát biểu tại hội nghị, ông A …'): the
    first one reported as happening between named officials (or between both sides, 'lãnh đạo
    hai đoàn đã hội đàm …': those the lead names), or an event with sessions where they speak
    or attend, on its own day (those after it are read as after a main meeting)."""
    for number in range(lead_end, len(sentences)):
        found = reported_meeting(sentences[number], number)
        if found is None:
            continue
        day = day_told(found.text, event_day)
        told = told_with(number, sentences)
        participants = with_the_delegation(
            officials_named(told, sentences, mentions), told, sentences, head
        )
        if len(participants) < 2 and names_both_sides(subject_text(found)):
            # 'Trước khi giao lưu, lãnh đạo hai đoàn đã hội đàm …': the two sides the lead
            # names at the event it tells.
            lead = officials_named(range(lead_end), sentences, mentions)
            participants = tuple(dict.fromkeys((*participants, *lead)))
        place = meeting_place(found.text)
        if place is None and beside_the_event(found.text):
            # 'Bên lề chương trình, Thứ trưởng A đã tiếp bà B': where the lead's event was held.
            place = _place_of_the_opening(sentences[:lead_end])
        meeting = Meeting(found.kind, found.label, day, place, participants)
        if len(participants) < 2:
            # A named event ('Ngày 8/8, Hội nghị kết nối giao thương … đã diễn ra tại …', '…
            # phối hợp với … tổ chức Hội thảo …'): its parties are those who speak or attend,
            # told after it (those named before speak of something else); a meeting with a
            # body ('… đã làm việc với lãnh đạo Sở …'), the one speaking at it after ('Tại buổi
            # làm việc, bà A, Phó Giám đốc Sở, cho biết …').
            quoted = found.kind in SESSIONS
            (meeting,) = with_attendants([meeting], sentences[number:], mentions, quoted=quoted)
        if len(meeting.participants) >= 2:
            return meeting, found
    return None


def _as_the_lead_tells(
    headline: FoundMeeting, sentences: list[str], lead_end: int, mentions: Sequence[Mention]
) -> FoundMeeting:
    """The headline's meeting, or the lead's when the lead tells it with another word between
    the same people ('… làm việc với lãnh đạo tỉnh X' above 'Chiều 17/3, … đã tiếp bà Y'): one
    meeting, of the kind the body reports. Only a meeting the lead reports as happening counts,
    not a word for one in passing ('cảm ơn sự đón tiếp'), nor one the lead's people attend,
    unless it is named after the headline's word ('… gặp gỡ đầu Xuân' above 'dự Hội nghị gặp
    gỡ đầu Xuân …'). A headline in capitals takes the lead's name for the meeting, as it is
    spelled ('Phiên họp lần thứ 17 Ủy ban …' for 'PHIÊN HỌP LẦN THỨ 17 ỦY BAN …')."""
    lead = next((f for i in range(1, lead_end) if (f := reported_meeting(sentences[i], i))), None)
    if lead is not None and lead.kind == headline.kind and held_in_turn(lead):
        # 'Phó Thủ tướng tiếp lãnh đạo A và B' above '… lần lượt tiếp A và B': one each.
        return lead
    if lead is not None and lead.kind == headline.kind and sentences[0].isupper():
        return replace(headline, label=lead.label)
    if lead is not None and lead.kind == headline.kind and _said_in_full(lead.label, headline):
        return replace(headline, label=lead.label)
    if lead is None or lead.kind == headline.kind:
        return headline
    if _names_the_same(lead.label, headline.label) or lead.kind in _kinds_listed(sentences[0]):
        return lead
    if is_attendance(lead.text):
        return headline
    named = set(officials_named([0], sentences, mentions))
    if named and named <= set(officials_named([lead.sentence], sentences, mentions)):
        return lead
    return headline


def _said_in_full(lead: str, headline: FoundMeeting) -> bool:
    """Whether the lead's words for the headline's meeting say it in full ('tiếp và làm việc'
    for the headline's 'tiếp, làm việc với …'): they open with the headline's, which is then
    the same meeting named shorter."""
    return lead.casefold().startswith(headline.label.casefold() + " ")


def _told_with_the_lead(
    headline: FoundMeeting, sentences: list[str], lead_end: int
) -> list[FoundMeeting]:
    """The meetings the lead tells with the headline's, in the sentence telling it again ('Khai
    mạc Hội chợ …' above 'Sáng 17/9, Hội chợ … và Hội nghị thượng đỉnh … đã khai mạc'): the
    conference opened with the fair."""
    lead = next((f for i in range(1, lead_end) if (f := meeting_in(sentences[i], i))), None)
    if lead is None or lead.kind != headline.kind:
        return []
    return [f for f in one_after_another(lead)[1:] if not f.attended]


def _kinds_listed(headline: str) -> frozenset[str]:
    """The kinds of the meetings a headline lists ('… hội đàm, hội kiến lãnh đạo tỉnh Vân Nam'
    lists talks and an audience), by their own words, not those counting only before a guest
    ('tiếp', 'gặp') unless a comma joins them to the next meeting's word, whose guest they share
    ('Lãnh đạo tỉnh tiếp, hội đàm với đoàn …': a reception and talks): the lead tells the first
    held, or the most important, of them first."""
    keys = [t.key for t in tokenize(headline)]
    found = list(vocabulary().meetings.found_in(keys))
    starts = {i for i, _length, _kind in found}
    return frozenset(
        kind.kind
        for i, length, kind in found
        if not kind.needs_name_after
        or (keys[i + length : i + length + 1] == [","] and i + length + 1 in starts)
    )


def _names_the_same(lead: str, headline: str) -> bool:
    """'Hội nghị gặp gỡ đầu Xuân Nhâm Thìn 2012' names the headline's 'gặp gỡ': the
    headline's word for the meeting is inside the lead's name for it, after its kind."""
    words = headline.casefold().split()
    name = lead.casefold().split()
    return len(name) > len(words) and any(
        name[i : i + len(words)] == words for i in range(1, len(name) - len(words) + 1)
    )


def _main_meeting(
    found: FoundMeeting,
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
    it again; for both sides naming no one ('hai đoàn đã có buổi làm việc'), those named before
    it."""
    place = meeting_place(_up_to_its_item(found.text, found)) or _place_of_the_opening(
        [_up_to_its_item(s, found) for s in sentences[:lead_end]]
    )
    told = told_with(found.sentence, sentences)
    # Not a sentence opening another event the same day ('Chiều cùng ngày, … tiếp …').
    retold = next(
        (
            f
            for i in range(found.sentence + 1, lead_end)
            if (f := meeting_in(sentences[i], i))
            and f.kind == found.kind
            and not same_day_opens(sentences[i])
        ),
        None,
    )
    if retold is not None and not is_attendance(retold.text):
        # The lead telling it again, with the sentences right after it naming more parties.
        told.extend(k for k in told_with(retold.sentence, sentences) if k not in told)
        if names_both_sides(subject_text(retold)):
            # 'Sáng 16/9, hai bên tiến hành hội đàm' after 'Tối 15/9, A … đã tiếp đoàn … do B
            # dẫn đầu': both sides are those the opening named before it.
            told.extend(k for k in range(found.sentence + 1, retold.sentence) if k not in told)
    told.extend(k for k in _members_told(found, sentences, lead_end) if k not in told)
    participants = _told_here(found, officials_named(told, sentences, mentions))
    if not participants and found.sentence == 0:
        # Named in the headline only ("… ký kết biên bản hội đàm"): the lead says who met.
        participants = officials_named(range(1, lead_end), sentences, mentions)
    if not participants:
        # 'Bộ Chỉ huy BĐBP tỉnh A tổ chức hội đàm với Chi đội … B. … Dẫn đầu đoàn … là Đại tá
        # C. Phía Trung Quốc do Đại tá D … dẫn đầu.': bodies met, led by those named after.
        participants = officials_named(heads_told(found.sentence, sentences), sentences, mentions)
    if not participants and names_both_sides(subject_text(found)):
        # 'Sáng 10/12, … A và B đã ký … Trước lễ ký, hai đoàn đã có buổi làm việc …': the two
        # sides are those the opening named before it.
        participants = officials_named(range(found.sentence), sentences, mentions)
    if found.sentence + 1 < len(sentences):
        # '… đã làm việc với UBND tỉnh Lạng Sơn. Ông A, Phó Chủ tịch UBND tỉnh, cho biết …'.
        at = tokenize(found.text)[found.at].start
        host = host_speaking_next(found.text, sentences[found.sentence + 1], mentions, at)
        participants = (
            participants if host is None or host in participants else (*participants, host)
        )
    day = main_day(found.text, event_day)
    if retold is not None and not day_opens(found.text):
        # 'Hơn 40 doanh nghiệp tham gia Hội chợ …' above 'Từ ngày 29 - 31/10, Hội chợ … đã
        # diễn ra …': the lead telling it again gives its days; it opened on the first.
        day = first_day_of_span(retold.text, event_day) or day
    return Meeting(
        kind=found.kind,
        label=found.label,
        date=day,
        place=place,
        participants=with_the_delegation(participants, told, sentences, head),
    )


def _place_of_the_opening(opening: Sequence[str]) -> str | None:
    """Where the opening sentences say their event was held ('Tối 27/12, tại Nhà hát Lớn Hà
    Nội, …'), else where a wire's dateline filed the story from ('Nam Ninh (TTXVN) - …')."""
    return next((p for s in opening if (p := meeting_place(s))), None) or next(
        (p for s in opening if (p := dateline_place(s))), None
    )


def _up_to_its_item(sentence: str, found: FoundMeeting) -> str:
    """The sentence up to the end of its item telling a meeting of the found one's kind, a
    place told in a later item being another item's ('Chương trình Thời sự ngày 15/7: Phó Chủ
    tịch Quốc hội tiếp đoàn …; thương mại … tăng 22%; mưa lớn gây sạt lở tại Quảng Trị': up to
    the first ';'); the whole sentence when none tells one."""
    items = sentence.split(_ITEM_BREAK)
    family = FAMILY.get(found.kind, found.kind)
    for k, item in enumerate(items):
        told = meeting_in(item, found.sentence)
        if told is not None and FAMILY.get(told.kind, told.kind) == family:
            return _ITEM_BREAK.join(items[: k + 1])
    return sentence


def _members_told(found: FoundMeeting, sentences: list[str], lead_end: int) -> list[int]:
    """The sentences naming the delegation's other members ('Cùng đi có đồng chí …') after the
    main meeting's, past sentences about something else, up to the next meeting reported after
    the lead (which may tell the main one again) or one of another kind named ('Tại buổi làm
    việc chiều 4/12, …' after a reception)."""
    family = FAMILY.get(found.kind, found.kind)
    members = []
    for k in range(found.sentence + 1, len(sentences)):
        other = meeting_in(sentences[k], k)
        if k >= lead_end and (
            reported_meeting(sentences[k], k) is not None
            or (other is not None and FAMILY.get(other.kind, other.kind) != family)
        ):
            break
        if names_members(sentences[k]):
            members.append(k)
    return members


def _told_here(found: FoundMeeting, parties: tuple[str, ...]) -> tuple[str, ...]:
    """The parties, less those its sentence names in the part telling another meeting ('A hội
    kiến B, sau đó làm việc với C': C for the audience, B for the working session)."""
    if found.spans is None:
        return parties
    spans = [found.text[a:b] for a, b in found.spans]
    return tuple(
        p for p in parties if name_in(found.text, p) < 0 or any(name_in(t, p) >= 0 for t in spans)
    )
