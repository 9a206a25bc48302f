"""More parties of the meetings found: attendance lists, speakers at them, officials quoted at
an event with sessions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from extract.lexicon import PhraseSet, load_data
from extract.lines import is_closed
from extract.meeting_labels import capitalised_at
from extract.meeting_parties import also_listed, name_in, officials_named, told_with
from extract.meeting_places import meeting_place
from extract.meeting_vocabulary import SESSIONS, recalled_as, vocabulary
from extract.meeting_words import after_phrase, meeting_in, referred_meeting, reported_meeting
from extract.mentions import Mention
from extract.text import tokenize
from extract.title_lexicon import speech_verbs
from extract.types import Meeting

# Where a sentence opening on a meeting already told says it was: 'Tại buổi tiếp ở Trạm Giang, …'.
_REFERRED_PLACE = re.compile(
    r"(?:Tại|Trong)\s+(?:buổi|cuộc)\s+[^,]{2,30}?\s+(?:ở|tại)\s+(?P<where>[^,;.]{2,40}),"
)
# Between a speaker's clauses: 'Tại buổi làm việc, A đề nghị …; ông B cho biết …'.
_CLAUSE_BREAK = ";"
# Words of title before the name of a speaker a sentence opens on: a Chinese region's officials
# run long ('Phó Chủ tịch Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây', 14 words).
_SPEAKER_TITLE_WORDS = 16
# The last 'và' before a name, joining its speaker to the one named before: 'Ông A, … và ông B'.
_JOINED = re.compile(r"\svà\s(?!.*\svà\s)", re.DOTALL)
# The heading of a numbered or marked item, before the report it gives: '2. Thương vụ Việt Nam
# tại Quảng Châu (phụ trách Quảng Đông, Phúc Kiến): ' above 'ông A, Tham tán, cho biết …'.
_ITEM_HEADING = re.compile(r"\s*(?:[-–•+*·]|\d{1,2}[.)])\s+[^:;.]{1,150}:\s+")
# A line of at most this many words, not closed as a sentence is, heads a paragraph.
_SUBHEADING_WORDS = 12
# A subheading heading a part of the article: words only, opening with a capital.
_PART_HEADING = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+)+")
# A wire's dateline, where the story was filed from and who sent it, before the text it opens
# (a paragraph may open with it under the summary): 'Hạ Môn (TTXVN) 8/9 - ', '(TTXVN) - '.
_DATELINE = re.compile(
    r"\s*(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}\s*)?\([^()]{2,40}\)\s*"
    r"(?:\d{1,2}/\d{1,2}\s*)?[-–—]\s+"
)


def with_attendants(
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
    # 'Tại buổi làm việc, …' after '… đã tiếp và làm việc với đoàn …': the reception, unless a
    # working session of its own was told.
    for n, meeting in enumerate(meetings):
        for kind in recalled_as(meeting.label):
            by_kind.setdefault(kind, n)
    found = [list(m.participants) for m in meetings]
    places = [m.place for m in meetings]
    # Those another meeting the article has told by then has, or a list said attended it:
    # quoted, they speak there ('Chiều cùng ngày, ông A tiếp đoàn … Chủ tịch A đề nghị …',
    # 'Tham dự cuộc gặp có ông B. Ông B cho biết …'); quoted before it is told
    # ('Thứ trưởng A đánh giá … Bên lề Diễn đàn, chiều cùng ngày, Thứ trưởng A đã hội kiến …'),
    # they speak at the event.
    elsewhere: set[str] = set()
    last: int | None = None  # the meeting the article told last, by its kind
    # Whether the meeting the article reported last is none of these: a list naming no meeting
    # right after it ('Chiều 17/9, A hội kiến B. Cùng dự có C.') names who attended that one.
    unlisted = False
    part_end = _part_end(sentences, meetings[0].kind) if meetings else 0
    for number, filed in enumerate(sentences):
        sentence = _past_dateline(filed)
        named_there = referred_meeting(sentence) or _attended_as_subject(sentence)
        referred = named_there or _about_the_main(sentence, meetings)
        unnamed = named_there is None  # 'Tham dự có …': the list names no meeting
        last = _told_now(sentence, number, by_kind, named_there, last)
        if (reported := reported_meeting(sentence, number)) is not None:
            unlisted = reported.kind not in by_kind
        if last is not None and last > 0:  # not the main meeting
            elsewhere.update(found[last])
        # A meeting the article does not report ('… đề nghị doanh nghiệp tham gia Hội chợ …')
        # is no meeting of the sentence's speaker.
        unreported = referred is None or referred[0] not in by_kind
        # After a meeting told that is none of these ('Ngày 27/3, Phó Tỉnh trưởng A đã tiếp
        # đoàn …' below the forum), an official quoted speaks there, not at the event.
        if (
            quoted
            and unreported
            and not unlisted
            and number < part_end
            and meetings[0].kind in SESSIONS
        ):
            # At an event with sessions, an official the body quotes took part in it.
            named = opening_speakers(sentence, officials_named([number], sentences, mentions))
            # After another such event told ('Sáng 19/9, … tổ chức Diễn đàn … Phát biểu tại
            # diễn đàn, ông A … Ông B, … giới thiệu …'), the speaker is one of that event's.
            n = last if last and meetings[last].kind in SESSIONS else 0
            found[n].extend(p for p in named if p not in found[n] and (n or p not in elsewhere))
        hosted = _hosted_along(sentence)
        if hosted in by_kind:
            # 'Cùng tiếp đoàn có ông A, …' below the reception: A hosted it too; the list
            # naming the delegation's members after it ('Đi cùng đoàn có …') is no host's.
            n = last if last is not None and meetings[last].kind == hosted else by_kind[hosted]
            named = officials_named([number], sentences, mentions)
            found[n].extend(name for name in named if name not in found[n])
            continue
        if referred is None or referred[0] not in by_kind:
            continue
        kind, attendance = referred
        # An attendance list may go on in the next sentence ('Về phía Quảng Tây có …').
        told = told_with(number, sentences) if attendance else [number]
        named = officials_named(told, sentences, mentions)
        if not attendance:
            named = _speakers(sentence, named, acting=_during(sentence))
        n = by_kind[kind]
        if unnamed and attendance and last is not None:
            # 'Chiều cùng ngày, A làm việc với B. Tại buổi làm việc, … Cùng dự có C.': C
            # attended the meeting told just before, not the main one.
            n = last
        if unnamed and (_told_with_another(named, meetings, n) or (attendance and unlisted)):
            continue
        parties = found[n]
        parties.extend(name for name in named if name not in parties)
        said = _REFERRED_PLACE.match(sentence)
        if places[n] is None and said:
            places[n] = meeting_place(f"tại {said['where']},")
    return [
        replace(m, participants=tuple(parties), place=place)
        if len(parties) > len(m.participants) or place != m.place
        else m
        for m, parties, place in zip(meetings, found, places, strict=True)
    ]


def _past_dateline(sentence: str) -> str:
    """The sentence past the wire's dateline it opens with, if any ('Hạ Môn (TTXVN) 8/9 - Phát
    biểu tại lễ khai mạc, …': 'Phát biểu tại lễ khai mạc, …'), so that what it opens on is
    read as its opening."""
    dateline = _DATELINE.match(sentence)
    return sentence[dateline.end() :] if dateline else sentence


def subheading(sentence: str) -> bool:
    """A short line the article puts between its paragraphs ('Hội đàm tại Ban Đối ngoại Trung
    ương'): it names what the next paragraph tells, which is read there."""
    return len(sentence.split()) <= _SUBHEADING_WORDS and not is_closed(sentence)


def _part_end(sentences: Sequence[str], kind: str) -> int:
    """Where the part of the article telling the event of `kind` ends: at the first subheading
    after the first sentence telling it ('Ngày 9/7, … tổ chức Hội nghị …' … 'Bài toán
    logistics'), whose part tells something else; else at the article's end."""
    told = next(
        (n for n, s in enumerate(sentences) if (f := meeting_in(s, n)) and f.kind == kind), None
    )
    if told is None:
        return len(sentences)
    return next(
        (n for n in range(told + 1, len(sentences)) if _heads_a_part(sentences[n])), len(sentences)
    )


def _heads_a_part(sentence: str) -> bool:
    """A subheading in words ('Bài toán logistics'), not a table's row ('2024 | 16.842'), a
    line opening a list ('Tham dự Hội nghị có các đồng chí:') or an item of one."""
    return subheading(sentence) and _PART_HEADING.fullmatch(sentence.strip()) is not None


def _told_now(
    sentence: str,
    number: int,
    by_kind: dict[str, int],
    named_there: tuple[str, bool] | None,
    last: int | None,
) -> int | None:
    """The meeting the article has told last, after this sentence: the one of the kind the
    sentence reports as happening ('Chiều cùng ngày, A làm việc với B') or opens on ('Tại buổi
    làm việc, …'), when the article has one of that kind; else `last`, as before."""
    reported = reported_meeting(sentence, number)
    kind = reported.kind if reported is not None else named_there[0] if named_there else None
    return by_kind.get(kind, last) if kind is not None else last


def _told_with_another(named: tuple[str, ...], meetings: list[Meeting], n: int) -> bool:
    """Whether those a list naming no meeting names are all parties of another meeting of the
    n-th's kind, listed right after it ('Sáng 16/10, … đã hội đàm với … Tham dự có đồng chí A,
    …' two days after the first talks): they attended that one."""
    return bool(named) and any(
        set(named) <= set(m.participants)
        for k, m in enumerate(meetings)
        if k != n and m.kind == meetings[n].kind
    )


def _about_the_main(sentence: str, meetings: list[Meeting]) -> tuple[str, bool] | None:
    """(kind, True) for the other end of the main meeting, online ('Tại điểm cầu Hồng Hà có
    …'), or those attending it ('Cùng dự có …'); (kind, False) for a speech at its session
    ('Phát biểu khai mạc, ông …') when it is an event with sessions (a conference, a forum, a
    seminar, a fair), and those said to attend such an event ('… dẫn đầu đoàn dự sự kiện');
    else None."""
    if not meetings:
        return None
    words = vocabulary()
    keys = [t.key for t in tokenize(sentence)]
    main = meetings[0].kind
    attendance = words.attendance.match(keys, 0)
    if words.ends.match(keys, 0) or (attendance and _list_opens(keys, attendance[0])):
        return main, True
    if main in SESSIONS and words.speeches.match(keys, 0):
        return main, False
    if main in SESSIONS and _attends_the_event(keys):
        return main, True
    if main in SESSIONS and _subject_attended(sentence, words.the_event) is not None:
        return main, True
    return None


@cache
def _attended_by() -> PhraseSet:
    """The phrases saying who attended the meeting a sentence's subject names ('có sự tham dự
    của', 'với sự tham gia của'), from data/meetings.toml."""
    return PhraseSet(load_data("meetings")["attended_by"])


def _attended_as_subject(sentence: str) -> tuple[str, bool] | None:
    """(kind, True) for a sentence whose subject is a meeting by its word alone, saying who
    attended it ('Diễn đàn còn có sự tham dự của Thứ trưởng A …', 'Hội nghị do Sở … chủ trì,
    với sự tham dự của ông B …'); else None."""
    kind = _subject_attended(sentence, vocabulary().meetings)
    return (kind.kind, True) if kind is not None else None


def _subject_attended(sentence: str, words: PhraseSet) -> Any:
    """The value of the phrase of `words` the sentence opens on, after an occasion's noun if any
    ('Hội nghị', 'Buổi làm việc', 'Lễ khai mạc'), when the phrase stands alone, not opening an
    event's name ('Diễn đàn Kinh tế …'), and the sentence goes on saying who attended it ('…
    còn có sự tham dự của …'); else None."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    start = 1 if keys[:1] and keys[0] in vocabulary().occasion_nouns else 0
    found = words.match(keys, start)
    if found is None:
        return None
    after = start + found[0]
    if capitalised_at(tokens, after) or not _attended_by().occurs(keys, after):
        return None
    return found[1]


def _hosted_along(sentence: str) -> str | None:
    """The kind of the meeting a sentence names more hosts of, opening on its word with one of
    `hosting_along` and going on with 'có' ('Cùng tiếp đoàn có ông A, Trưởng Ban …': a
    reception; 'Cùng làm việc với đoàn còn có …': a working session), or with none when its 'có'
    says the list adds to those named ('Tiếp đoàn còn có ông A, Giám đốc Sở …'); else None."""
    keys = [t.key for t in tokenize(sentence)]
    along = _hosting_along().match(keys, 0)
    start = along[0] if along else 0
    met = vocabulary().meetings.match(keys, start)
    if met is None:
        return None
    at = start + met[0]
    at += keys[at : at + 1] == ["đoàn"]
    also = keys[at : at + 1] != [] and keys[at] in also_listed()
    at += also
    return str(met[1].kind) if keys[at : at + 1] == ["có"] and (along or also) else None


@cache
def _hosting_along() -> PhraseSet:
    """The words opening a sentence before a meeting's word when it names more of its hosts
    ('Cùng tiếp đoàn có …'), from data/meetings.toml."""
    return PhraseSet(load_data("meetings")["hosting_along"])


def _list_opens(keys: list[str], i: int) -> bool:
    """Whether the list of those attending opens at token i ('Cùng dự có …'), or after a phrase
    saying for which side or at which end they attend ('Cùng dự về phía tỉnh Cao Bằng có …',
    'Cùng dự tại điểm cầu tỉnh có …'), short and with no comma before its 'có'."""
    if keys[i : i + 1] == ["có"]:
        return True
    words = vocabulary()
    if words.attendance_inserts.match(keys, i) is None:
        return False
    insert = keys[i : i + words.attendance_insert_max + 1]
    return "có" in insert and "," not in insert[: insert.index("có")]


def _attends_the_event(keys: list[str]) -> bool:
    """'Phía Việt Nam, Phó Thủ tướng A dẫn đầu đoàn đại biểu dự sự kiện', 'Dự lễ khai mạc có
    …': the sentence says who attends the event the article tells, not naming its kind."""
    words = vocabulary()
    return any(
        after_phrase(words.attendance, keys, i)
        for i, _length, _value in words.the_event.found_in(keys)
    )


def _speakers(
    sentence: str, named: tuple[str, ...], *, acting: bool = False, roles: bool = False
) -> tuple[str, ...]:
    """Of the officials a sentence names, those before what it says they said ('Tại buổi tiếp,
    Phó Thủ tướng A đánh giá cao …'), or with `acting` what they did there ('Tại buổi làm
    việc, Bộ trưởng A và Bí thư B đã chứng kiến lễ trao …'): not the people spoken of after."""
    first, *others = sentence.split(_CLAUSE_BREAK)
    befores = [_before_said(first, acting=acting, roles=roles)]
    # '…; ông B cho biết …': the next clause opening on another speaker there.
    befores.extend(
        _before_said(clause, acting=acting, roles=roles, opening=True) for clause in others
    )
    return tuple(
        name for name in named if any(name_in(before, name) >= 0 for before in befores if before)
    )


def _before_said(
    clause: str, *, acting: bool = False, roles: bool = False, opening: bool = False
) -> str:
    """The clause up to what its speaker says (or with `acting` or `roles`, does); with
    `opening`, only when at most a title goes before the name ('ông B cho biết …'); '' when
    nobody speaks."""
    tokens = tokenize(clause)
    keys = [t.key for t in tokens]
    # 'Phát biểu khai mạc, ông A cho biết …': the speech the sentence opens on is not yet
    # what the speaker said.
    verbs = [
        speech_verbs(),
        *([vocabulary().acts] if acting else []),
        *([vocabulary().session_roles] if roles else []),
    ]
    said = min((f[0] for words in verbs for f in words.found_in(keys) if f[0] > 0), default=None)
    if said is None:
        return ""
    before = clause[: tokens[said].start]
    if opening and ("," in before or len(before.split()) > _SPEAKER_TITLE_WORDS):
        return ""
    return before


def _during(sentence: str) -> bool:
    """Whether a sentence opening on a meeting tells what happened during it ('Tại buổi làm
    việc, …'), not after it ('Kết thúc hội đàm, …', 'Sau hội đàm, …')."""
    return vocabulary().during.match([t.key for t in tokenize(sentence)], 0) is not None


def opening_speakers(sentence: str, named: tuple[str, ...]) -> tuple[str, ...]:
    """The speaker a sentence opens on ('Ông A, Phó Chủ tịch UBND TP.HCM, cho hay …', 'Thứ
    trưởng Bộ Tài chính A khẳng định …'), in a numbered report past its heading ('1. Thương
    vụ tại Bắc Kinh: ông A, Tham tán, cho biết …'): named before what is said, with at most a
    title before the name, or before the part taken in a session ('Bà A, … điều phối phiên
    thảo luận'), past a clause welcoming the guests ('Đón tiếp đoàn doanh nghiệp Việt Nam, bà
    A, … nhấn mạnh …'), saying how the speaker attends from afar ('Tham dự trực tuyến từ
    Trùng Khánh, Tổng Lãnh sự A đề nghị …') or which side the speaker speaks for ('Đại diện
    phía Vân Nam, …'); not one another clause opening the sentence brings in ('Năm 2024, ông A
    …')."""
    speakers = _speakers(sentence, named, roles=True)
    heading = _ITEM_HEADING.match(sentence)
    start = heading.end() if heading else _past_opening_clause(sentence)
    first = tuple(
        name
        for name in speakers
        if (at := name_in(sentence, name)) >= start
        and "," not in sentence[start:at]
        and len(sentence[start:at].split()) <= _SPEAKER_TITLE_WORDS
    )
    return _with_those_joined(sentence, speakers, first)


def _with_those_joined(
    sentence: str, speakers: tuple[str, ...], first: tuple[str, ...]
) -> tuple[str, ...]:
    """The speakers the sentence opens on, with those 'và' joins to them, each with at most a
    title before the name ('Ông A, Cục trưởng Cục Xuất nhập khẩu và ông B, Phó Giám đốc Sở
    Thương vụ … cùng đồng chủ trì phiên thảo luận': A and B); a 'và' inside a title ('Giám đốc
    Sở Văn hóa, Thể thao và Du lịch') joins no one."""
    kept = list(first)
    for name in speakers:
        if not kept or name in kept:
            continue
        before = sentence[name_in(sentence, kept[-1]) : name_in(sentence, name)]
        joined = _JOINED.search(before)
        title = before[joined.end() :] if joined else ","
        if "," not in title and len(title.split()) <= _SPEAKER_TITLE_WORDS:
            kept.append(name)
    return tuple(kept)


def _past_opening_clause(sentence: str) -> int:
    """Where the speaker of a sentence opening on a clause welcoming the guests, saying how
    the speaker attends from afar or which side the speaker speaks for is named ('Đón tiếp đoàn
    doanh nghiệp Việt Nam, | bà A, …', 'Tham dự trực tuyến từ Trùng Khánh, | Tổng Lãnh sự A đề
    nghị …', 'Đại diện phía Vân Nam, | Phó Giám đốc Sở A cho biết …'): past its comma; else
    0."""
    keys = [t.key for t in tokenize(sentence)]
    opening = (
        vocabulary().welcoming.match(keys, 0)
        or _attending_from_afar().match(keys, 0)
        or _speaking_for().match(keys, 0)
    )
    if opening is None or "," not in sentence:
        return 0
    return sentence.index(",") + 1


@cache
def _attending_from_afar() -> PhraseSet:
    """The phrases opening a clause on how its speaker attends from afar ('Tham dự trực tuyến
    từ Trùng Khánh, …'), from data/meetings.toml."""
    return PhraseSet(load_data("meetings")["attending_from_afar"])


@cache
def _speaking_for() -> PhraseSet:
    """The phrases opening a clause on the side its speaker speaks for ('Đại diện phía Vân Nam,
    …'), from data/meetings.toml."""
    return PhraseSet(load_data("meetings")["speaking_for"])
