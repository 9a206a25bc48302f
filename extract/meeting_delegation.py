"""Who leads the article's delegation, and when a meeting is the delegation's, so that its head
takes part."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.meeting_labels import capitalised_at
from extract.meeting_parties import name_in, names_members
from extract.meeting_vocabulary import vocabulary
from extract.meeting_words import reported_meeting
from extract.mentions import Mention
from extract.places import find_places
from extract.text import tokenize
from extract.title_facts import title_side
from extract.title_lexicon import Side
from extract.types import Meeting

# Sentences after a meeting's that may name who led each side, past one telling the meeting.
_HEADS_REACH = 3
_SUBJECT_REACH = 5  # words between the delegation and its meeting: 'Đoàn đến thăm và làm việc'
# Who leads a delegation: '… do ông X dẫn đầu', 'ông X … dẫn đầu đoàn', '… làm Trưởng đoàn'.
_LEADS = re.compile(r"\bdẫn đầu\b|\blàm\s+trưởng\s+đoàn\b", re.I)
# '… đồng chí A, Bí thư Trung ương Đảng, Trưởng đoàn đại biểu Đảng Cộng sản Việt Nam, …': the
# delegation's head, as the title after a name says (not a province's deputies to the National
# Assembly: 'Trưởng đoàn đại biểu Quốc hội tỉnh', 'Trưởng đoàn ĐBQH').
_HEADS = re.compile(r",\s*trưởng\s+đoàn\b(?!\s+(?:đại\s+biểu\s+quốc\s+hội|đbqh)\b)", re.I)
# The leader a clause names after 'do' ('đoàn … do tướng B … dẫn đầu').
_LED_BY = re.compile(r"\bdo\s+(?:ông|bà|ngài|đồng chí|tướng|đại tướng)?\s*[A-ZĐÀ-Ỹ]")
# Someone leading the delegation a sentence tells: 'ông X dẫn đoàn …', '… do ông X dẫn đầu'.
_LEADS_HERE = re.compile(rf"\bdẫn\s+đoàn\b|{_LEADS.pattern}", re.I)
# The meeting a delegation named as its subject holds as its own business, its head there: a
# working session ('Đoàn Việt Nam đã làm việc với Sở …'); calls and talks may be a part's.
_OWN_BUSINESS = "working session"
# The clause before a meeting's word opening on the delegation: 'Đoàn Việt Nam đã', 'đoàn công
# tác tỉnh Cao Bằng đã' (no comma between: 'Đoàn Việt Nam, ông A đã …' names its head).
_DELEGATION_SUBJECT = re.compile(r"(?:^|,)\s*[Đđ]oàn\s+(?P<rest>[^,;:()]*)$")
# '… tiếp đồng chí Phùng Phi, Bí thư Tỉnh ủy Hải Nam, đang thăm và làm việc tại Việt Nam': the
# guest named just before is on a visit, at the head of whoever came with them.
_VISITING = re.compile(r",\s*(?:đang|đã)\s+(?:có\s+chuyến\s+)?thăm\b", re.I)


def facing(
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
    if met is None or host is None or not 0 <= name_in(sentence, host) < met[0]:
        return None
    titles = {m.name: m.title or "" for m in mentions}
    return next(
        (
            p
            for p in main.participants
            if sides.get(p) not in (None, sides.get(host))
            and sides.get(host) is not None
            and all(name_in(titles.get(p, ""), place) >= 0 for place in met[1])
        ),
        None,
    )


def _guest_at(keys: list[str], after: int) -> int:
    """Where the guest of a meeting word ending at `after` is named: past a second verb sharing
    it ('tiếp và chiêu đãi đoàn') and 'với' ('hội đàm với đoàn')."""
    shared = vocabulary().shared_guest.match(keys, after)
    after += shared[0] if shared else 0
    return after + (keys[after : after + 1] == ["với"])


def _delegation_met(sentence: str) -> tuple[int, tuple[str, ...]] | None:
    """Where a meeting's word with the delegation as its guest starts ('… đã tiếp xã giao đoàn
    và …', 'hội kiến đoàn đại biểu …'), with the places the words after 'đoàn' name up to the
    clause's end ('đoàn công tác tỉnh Tuyên Quang'); None when the sentence tells none."""
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    for i, length, _kind in vocabulary().meetings.found_in(keys):
        after = _guest_at(keys, i + length)
        if keys[after : after + 1] != ["đoàn"] or capitalised_at(tokens, after + 1):
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


def delegation_head(sentences: Sequence[str], mentions: Sequence[Mention]) -> str | None:
    """Who leads the article's delegation ('Đoàn … do ông Quách Tân Dân … dẫn đầu', 'đồng chí
    Trần Cương … dẫn đầu đoàn', 'đồng chí Lê Hoài Trung, …, Trưởng đoàn đại biểu …'): the
    official named last before 'dẫn đầu', 'làm trưởng đoàn' or ', Trưởng đoàn' (the subject's,
    when a sentence names the heads of both delegations that met), or the guest named just
    before ', đang thăm …', when the article names one such official only."""
    officials = {m.name for m in mentions if m.title}
    heads: set[str] = set()
    for text in sentences:
        for lead in _the_subject_s_leads(text):
            named = [
                (at, name) for name in officials if 0 <= (at := name_in(text, name)) < lead.start()
            ]
            if named and not _led_by_someone_after(text, max(named)[0], lead.start()):
                heads.add(max(named)[1])
        for visit in _VISITING.finditer(text):
            if (guest := _guest_before(text, visit.start(), officials)) is not None:
                heads.add(guest)
    return heads.pop() if len(heads) == 1 else None


def _the_subject_s_leads(text: str) -> list[re.Match[str]]:
    """The words saying who leads a delegation in a sentence ('dẫn đầu', 'làm trưởng đoàn', ',
    Trưởng đoàn'), those before its meeting's word only when some stand before it and some after
    ('Đoàn công tác tỉnh Lạng Sơn do đồng chí A … làm trưởng đoàn đã hội đàm với đoàn thành phố
    Sùng Tả do đồng chí B … làm trưởng đoàn': A leads the delegation the article follows, B the
    one it met); those before it only when the delegation is its subject ('đoàn đã hội đàm với
    lãnh đạo thành phố Sùng Tả do đồng chí B … làm trưởng đoàn')."""
    leads = sorted((*_LEADS.finditer(text), *_HEADS.finditer(text)), key=lambda m: m.start())
    at = _meeting_word_at(text)
    if at is None:
        return leads
    before = [lead for lead in leads if lead.start() < at]
    if _subject_leaderless_delegation(text, at):
        # 'Chiều 20/2, đoàn đã hội đàm với lãnh đạo thành phố Sùng Tả do đồng chí B … làm trưởng
        # đoàn': the delegation is the subject, so B leads the side it met.
        return before
    if len(leads) < 2:
        return leads
    return before if before and len(before) < len(leads) else leads


def _meeting_word_at(text: str) -> int | None:
    """Where the sentence's first meeting word starts, or None when it tells none."""
    tokens = tokenize(text)
    met = next(iter(vocabulary().meetings.found_in([t.key for t in tokens])), None)
    return None if met is None else tokens[met[0]].start


def _subject_leaderless_delegation(text: str, at: int) -> bool:
    """Whether the clause before the meeting's word (at character `at`) opens on the
    delegation, naming no one leading it ('Sáng 4/12, Đoàn đã hội đàm với …'): the article's
    delegation, whose leader any 'do … dẫn đầu' after the word is not, but the side it met's."""
    return bool(_DELEGATION_SUBJECT.search(text[:at])) and _LED_BY.search(text, 0, at) is None


def _led_by_someone_after(text: str, named_at: int, lead_at: int) -> bool:
    """Whether 'do' opens, between the official named at `named_at` and the words for leading at
    `lead_at`, the name of another leader ('đồng chí A nhắc lại, đoàn cố vấn do tướng B, Trưởng
    đoàn Cố vấn quân sự, dẫn đầu': B led, not A)."""
    return _LED_BY.search(text, named_at, lead_at) is not None


def heads_told(number: int, sentences: Sequence[str]) -> list[int]:
    """The sentences right after the `number`-th, which tells a meeting, saying who leads a
    side ('Dẫn đầu đoàn … là Đại tá A', 'Phía Trung Quốc do ông B … dẫn đầu', '… làm trưởng
    đoàn'), up to another meeting reported."""
    heads = []
    for k in range(number + 1, min(len(sentences), number + 1 + _HEADS_REACH)):
        if reported_meeting(sentences[k], k) is not None:
            break
        if _LEADS.search(sentences[k]):
            heads.append(k)
    return heads


def _guest_before(text: str, end: int, officials: set[str]) -> str | None:
    """The official named last before `end` when what follows the name tells no meeting (the
    visitor, not the host: 'Ông A tiếp đoàn tỉnh X, đang thăm …' names the host)."""
    named = [(at, name) for name in officials if 0 <= (at := name_in(text, name)) < end]
    if not named:
        return None
    at, name = max(named)
    keys = [t.key for t in tokenize(text[at:end])]
    return None if any(vocabulary().meetings.found_in(keys)) else name


def with_the_delegation(
    participants: tuple[str, ...], told: Sequence[int], sentences: Sequence[str], head: str | None
) -> tuple[str, ...]:
    """The parties, with the delegation's head when the sentences tell the delegation itself
    met ('… đã tiếp đoàn', 'hội kiến Đoàn', 'đoàn đã làm việc với …') or name its members as
    the meeting's ('Cùng đi có đồng chí A, …' in a live report's post on the delegation's
    arrival, the head named in the sentence before): they came with the head."""
    if head is None or head in participants:
        return participants
    if any(_led_by_another(sentences[n], head) for n in told):
        return participants
    if any(
        _tells_the_delegation(sentences[n], participants)
        or _members_after_the_head(n, sentences, head)
        for n in told
    ):
        return (*participants, head)
    return participants


def _members_after_the_head(number: int, sentences: Sequence[str], head: str) -> bool:
    """Whether the `number`-th sentence names the delegation's members ('Cùng đi có đồng chí A,
    …') right after one naming its head ('Đoàn … do đồng chí B … dẫn đầu đã đến Quảng Ninh …'):
    the members came with the head, who took part where they did."""
    return (
        number > 0
        and names_members(sentences[number])
        and name_in(sentences[number - 1], head) >= 0
    )


def _led_by_another(sentence: str, head: str) -> bool:
    """Whether the sentence names someone else leading the delegation it tells ('Chiều cùng
    ngày, đồng chí Vi Thao dẫn đoàn công tác làm việc với Bộ Công Thương'): a working group
    of the visit, not its head's."""
    lead = _LEADS_HERE.search(sentence)
    at = _meeting_word_at(sentence)
    if lead is not None and at is not None and _subject_leaderless_delegation(sentence, at):
        # 'Đoàn đã hội đàm với đoàn … do đồng chí B … dẫn đầu': B leads the side met.
        lead = _LEADS_HERE.search(sentence, 0, at)
    return (
        lead is not None
        and name_in(sentence[: lead.start()], head) < 0
        and bool(re.search(r"[A-ZĐÀ-Ỹ]", sentence[: lead.start()]))
    )


def _tells_the_delegation(sentence: str, parties: tuple[str, ...] = ()) -> bool:
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

    return any(
        delegation(_guest_at(keys, i + length))
        or any(delegation(k) for k in range(i - _SUBJECT_REACH, i))
        or (
            kind.kind == _OWN_BUSINESS
            and _subject_is_the_delegation(sentence, tokens[i].start, parties)
        )
        for i, length, kind in vocabulary().meetings.found_in(keys)
    )


def _subject_is_the_delegation(sentence: str, verb_at: int, parties: tuple[str, ...]) -> bool:
    """Whether the clause before a meeting's word (at character `verb_at`) opens on the
    delegation, named with its side or its kind ('Chiều cùng ngày, bên lề hội chợ, Đoàn Việt
    Nam đã làm việc với …', 'Sáng 6/2, đoàn công tác tỉnh Cao Bằng đã làm việc với …'), not on
    one of the parties of that family name ('Đoàn Văn Minh đã làm việc …'); not in a leg told
    as before the main meeting ('Trước đó, đoàn … đã làm việc với …'), which may be a part's."""
    if vocabulary().before.match([t.key for t in tokenize(sentence)], 0) is not None:
        return False
    clause = _DELEGATION_SUBJECT.search(sentence[:verb_at])
    return clause is not None and not any(clause[0].lstrip(", ").startswith(p) for p in parties)
