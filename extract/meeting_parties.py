"""The officials the sentences telling a meeting name, in full or by office and one word of the
name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.meeting_vocabulary import FAMILY, vocabulary
from extract.meeting_words import is_attendance, referred_meeting
from extract.mentions import Mention
from extract.names import MIN_NAME_WORDS
from extract.text import tokenize
from extract.title_lexicon import speech_verbs

# An office as a short form writes it before one word of the name: its first two or three words
# ('Bộ trưởng', 'Phó Thủ tướng').
_OFFICE_WORDS_MIN = 2
_OFFICE_WORDS = 3
# Before a short form, a word making it another office; after it, a word making its name word
# part of a common one ('Chính phủ', 'Chính quyền') or of a body or an office ('Bí thư Châu ủy
# …', a prefecture's party secretary, not Bí thư Lê Tiến Châu).
_DEPUTY_BEFORE = re.compile(r"(?:Phó|Quyền|phó|quyền)\s+$")
_WORD_GOES_ON = re.compile(r"\s+(?:phủ|quyền|hiệp|trị|sách|ủy|uỷ)\b")
# The subject a sentence opens a clause with before its verb: 'Phó Thủ tướng' in 'Sáng 21/5, Phó
# Thủ tướng hội đàm với …', or after a dash closing an aside ('tại Thái Nguyên – thủ phủ tỉnh Sơn
# Tây – Đại sứ đã làm việc với …'); the words between it and the meeting's word are `verb_words`.
_SUBJECT = r"(?:^|,|\s[-–—]\s)\s*(?:đồng chí\s+)?(?P<office>[^\W\d_][^,;–—]*?)"
# What a sentence goes on with after the body it names as met ('… với Cục … về việc …').
_BODY_ENDS = r"(?=\s+(?:về|để|nhằm|tại|trong|và|do|sáng|chiều|ngày)\s|[,;.(]|$)"
# Sentences right after a meeting's that may say who else took part.
_JOINING_SENTENCES = 2
_WITH = "với"  # before the guests: 'hội đàm với hai đoàn'
# A line opening with an item's mark: '- Phía Việt Nam: …', '+ Ông A, …', '1. …', 'a) …'.
_ITEM_MARK = re.compile(r"\s*(?:[-–•+*·]|\d{1,2}[.)]|[a-zđ]\))\s")


def told_with(number: int, sentences: Sequence[str], kind: str | None = None) -> list[int]:
    """The sentence telling a meeting (of `kind`, when given) and those right after it saying
    who else took part ('Tiếp đoàn có ông …', 'Dự hội nghị có các đồng chí: …', 'Phía tỉnh …
    có …'); not a list naming a meeting of another kind ('Dự buổi tiếp có …' after '… và làm
    việc với Ban Quản lý …': who attended the reception told before)."""
    told = [number, *_items_listed(number, sentences)]
    for _ in range(_JOINING_SENTENCES):
        k = told[-1] + 1
        if k >= len(sentences):
            break
        keys = [t.key for t in tokenize(sentences[k])]
        if not (_lists_parties(sentences[k]) or _goes_on_for_a_side(keys, sentences[k - 1])):
            break
        if kind is not None and _of_another_kind(sentences[k], kind):
            break
        told.extend([k, *_items_listed(k, sentences)])
    return told


def _lists_parties(sentence: str) -> bool:
    """Whether the sentence opens naming who took part ('Tham dự có …', 'Về phía Quảng Tây có
    …', 'Tiếp đoàn có …')."""
    keys = [t.key for t in tokenize(sentence)]
    return is_attendance(sentence) or _opens_joining(keys)


def _opens_joining(keys: list[str]) -> bool:
    """Whether a sentence (its spelling keys) opens naming more parties of the meeting told
    before ('Tiếp đoàn có …'), also when it says they add to those named ('Tiếp đoàn còn có
    …')."""
    also = also_listed()
    plain = [k for n, k in enumerate(keys) if k not in also or keys[n + 1 : n + 2] != ["có"]]
    return vocabulary().joining.match(plain, 0) is not None


@cache
def also_listed() -> frozenset[str]:
    """The words before a list's 'có' saying it adds to those named ('còn', 'cũng'), from
    data/meetings.toml."""
    return frozenset(load_data("meetings")["also_listed"])


def _goes_on_for_a_side(keys: list[str], before: str) -> bool:
    """Whether a sentence (its spelling keys) goes on with the attendance list of the sentence
    `before` for another side, named short before its 'có' ('Tham dự về phía Trung Quốc có ông
    A. | Các nước ASEAN có ông B, …')."""
    opening = _side_lists().match(keys, 0)
    if opening is None or not _lists_parties(before):
        return False
    side = keys[opening[0] : opening[0] + vocabulary().attendance_insert_max + 1]
    return "có" in side and "," not in side[: side.index("có")]


@cache
def _side_lists() -> PhraseSet:
    """The words opening a side's part of an attendance list ('Các nước ASEAN có …'), from
    data/meetings.toml."""
    return PhraseSet(load_data("meetings")["side_lists"])


def _items_listed(number: int, sentences: Sequence[str]) -> list[int]:
    """The lines right after a sentence naming parties that opens a list ('Tham dự Hội nghị có
    các đồng chí:' above '- Phía Việt Nam: A, …; B, …' and '- Phía Quảng Tây: C, …'), each
    opening with an item's mark: its items, who took part; none after another sentence."""
    sentence = sentences[number]
    keys = [t.key for t in tokenize(sentence)]
    opens_a_list = sentence.rstrip().endswith(":")
    if not opens_a_list or not (is_attendance(sentence) or _opens_joining(keys)):
        return []
    items = []
    for k in range(number + 1, len(sentences)):
        if _ITEM_MARK.match(sentences[k]) is None:
            break
        items.append(k)
    return items


def names_members(sentence: str) -> bool:
    """Whether the sentence opens naming the delegation's other members ('Cùng đi có đồng chí
    …', 'Cùng đi với đoàn Lào Cai có …')."""
    keys = [t.key for t in tokenize(sentence)]
    return vocabulary().came_along.match(keys, 0) is not None


def _of_another_kind(sentence: str, kind: str) -> bool:
    """An attendance list naming a meeting of another kind than `kind` ('Dự buổi tiếp có …'
    for a working session)."""
    referred = referred_meeting(sentence)
    return (
        referred is not None
        and referred[1]
        and FAMILY.get(referred[0], referred[0]) != FAMILY.get(kind, kind)
    )


def officials_named(
    numbers: Iterable[int], sentences: Sequence[str], mentions: Sequence[Mention]
) -> tuple[str, ...]:
    """The officials the sentences name, in order: with a title there, or alone there and with
    a title elsewhere in the article ('… hội kiến ông Trần Cương')."""
    officials = {m.name for m in mentions if m.title}
    shortened = _short_names(mentions)
    found: list[tuple[int, int, str]] = []
    for number in numbers:
        text = sentences[number]
        found.extend((number, at, name) for name in officials if (at := name_in(text, name)) >= 0)
        found.extend(
            (number, at, name) for short, name in shortened if (at := _short_in(text, short)) >= 0
        )
    return tuple(dict.fromkeys(name for _, _, name in sorted(found)))


def names_both_sides(text: str) -> bool:
    """Whether a clause's subject, `text` being the clause up to its verb, names both sides and
    no one ('Chiều cùng ngày, hai đoàn', 'hai Bộ trưởng đã')."""
    subject = _bare_subject().search(text)
    if subject is None:
        return False
    keys = [t.key for t in tokenize(subject["office"])]
    match = vocabulary().both_sides.match(keys, 0)
    return match is not None and match[0] == len(keys)


def meets_both_sides(text: str) -> bool:
    """Whether the words after a meeting's word, `text`, open with its guests naming both sides
    and no one ('hai Trưởng đoàn tại trụ sở Tỉnh ủy', 'với hai đoàn')."""
    keys = [t.key for t in tokenize(text)]
    start = 1 if keys[:1] == [_WITH] else 0
    return vocabulary().both_sides.match(keys, start) is not None


def named_by_offices(text: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The officials a clause's subject names by office alone, `text` being the clause up to
    its verb: one ('Sáng 21/5, Phó Thủ tướng'), or each of two joined by 'và' ('Chiều cùng ngày,
    Bộ trưởng và Phó Thị trưởng' for Bộ trưởng A and Phó Thị trưởng B, named so earlier);
    none when an office is held by none, or by two."""
    one = named_by_office(text, mentions)
    if one is not None:
        return (one,)
    subject = _bare_subject().search(text)
    if subject is None:
        return ()
    first, _, second = subject["office"].partition(" và ")
    one, other = named_by_office(first, mentions), named_by_office(second, mentions)
    return (one, other) if one is not None and other is not None else ()


def named_by_office(text: str, mentions: Sequence[Mention]) -> str | None:
    """The official a clause's subject names by office alone, `text` being the clause up to its
    verb ('Sáng 21/5, Phó Thủ tướng' for Phó Thủ tướng Trần Hồng Hà, named so earlier): the
    one official of the article whose title is that office or opens with it ('Bộ trưởng' for
    Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên); None when none, or two, hold it."""
    subject = _bare_subject().search(text)
    if subject is None:
        return None
    office = " ".join(subject["office"].split()).casefold()
    holders = {
        m.name
        for m in mentions
        if m.title
        and len(m.name.split()) >= MIN_NAME_WORDS
        and (m.title.casefold() + " ").startswith(office + " ")
    }
    return next(iter(holders)) if len(holders) == 1 else None


def meets_a_body(text: str, at: int = 0) -> bool:
    """Whether a meeting's sentence (`text`, its word at character `at`) names a body as met
    ('… đã làm việc với Sở Ngoại vụ tỉnh Giang Tô và …'), not people ('… gặp gỡ cộng đồng …')."""
    return _body_met().search(text, at) is not None


def host_speaking_next(
    text: str, following: str, mentions: Sequence[Mention], at: int = 0
) -> str | None:
    """The official of the body a meeting's sentence (`text`, its word at character `at`) says
    was met, whom the next sentence (`following`) opens quoting ('… đã làm việc với Cục Thương
    mại tỉnh Vân Nam. Bà Lý Tú Phân, Phó Cục trưởng Cục Thương mại tỉnh Vân Nam cho biết …':
    Lý Tú Phân); None when the sentence names no body or the next quotes none of it."""
    met = _body_met().search(text, at)
    if met is None:
        return None
    body = _of_the_place(" ".join(met["body"].split())).casefold()
    keys = [t.key for t in tokenize(following)]
    said = next(iter(speech_verbs().found_in(keys)), None)
    if said is None:
        return None
    before = following[: tokenize(following)[said[0]].start]
    return next(
        (
            m.name
            for m in mentions
            if m.title and _heads(m.title, body) and name_in(before, m.name) >= 0
        ),
        None,
    )


def _of_the_place(body: str) -> str:
    """The place a body governing it names ('thành phố Ninh Ba' for 'lãnh đạo thành phố Ninh
    Ba'), else the body."""
    keys = [t.key for t in tokenize(body)]
    governing = vocabulary().governing.match(keys, 0)
    if governing is None or governing[0] >= len(keys):
        return body
    return body[tokenize(body)[governing[0]].start :]


def _heads(title: str, body: str) -> bool:
    """Whether the title is one of the body's (`body` folded): named with it ('Phó Cục trưởng
    Cục Thương mại tỉnh Vân Nam'), or its head's alone ('Bộ trưởng' for 'Bộ Công Thương')."""
    title = title.casefold()
    head = f"{body.split()[0]} trưởng"
    return body in title or title in (head, f"phó {head}")


@cache
def _bare_subject() -> re.Pattern[str]:
    """A clause's subject up to the meeting's word, past the words saying it happened or was
    attended ('Chiều cùng ngày, hai Bộ trưởng đã dự ': 'hai Bộ trưởng')."""
    words = "|".join(re.escape(w) for w in sorted(vocabulary().verb_words, key=len, reverse=True))
    return re.compile(rf"{_SUBJECT}(?:\s+(?:{words}))*\s*$", re.I)


@cache
def _body_met() -> re.Pattern[str]:
    """The body met, named after 'với' by one of the words for a body ('làm việc với Cục
    Thương mại tỉnh Vân Nam về …'), up to what the sentence goes on with."""
    words = "|".join(re.escape(w) for w in sorted(vocabulary().bodies, key=len, reverse=True))
    return re.compile(rf"\bvới\s+(?P<body>(?:{words})\s[^,;.()]*?){_BODY_ENDS}")


def _short_names(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(short form, name) for the officials a later sentence may name by the office and one
    word of the name: 'Bộ trưởng Diên' for Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên (the
    given name), 'Bí thư Vương' for Bí thư Tỉnh ủy Vân Nam Vương Ninh (the family name), 'ông
    Lâm' for Tham tán Đinh Văn Lâm; a short form two officials share names neither."""
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        title, words = mention.title, mention.name.split()
        if not title or len(words) < MIN_NAME_WORDS:
            continue
        office = title.split()[:_OFFICE_WORDS]
        for k in range(_OFFICE_WORDS_MIN, len(office) + 1):
            for word in (words[-1], words[0]):
                forms.setdefault(" ".join([*office[:k], word]), set()).add(mention.name)
        if len(words) > MIN_NAME_WORDS:
            # 'ông Lâm' for ông Đinh Văn Lâm: a name of three words or more, by the given name
            for address in _addresses():
                forms.setdefault(f"{address} {words[-1]}", set()).add(mention.name)
    return [(short, next(iter(names))) for short, names in forms.items() if len(names) == 1]


@cache
def _addresses() -> tuple[str, ...]:
    """The words naming a person before the given name alone ('ông', 'bà'), from
    data/meetings.toml."""
    return tuple(load_data("meetings")["addresses"])


def _short_in(text: str, short: str) -> int:
    """Where a short form stands as one ('Bộ trưởng Diên'), not inside another office ('Phó
    Thủ tướng Chính phủ' holds 'Thủ tướng Chính'), or -1."""
    at = name_in(text, short)
    if at < 0 or _DEPUTY_BEFORE.search(text, 0, at) or _WORD_GOES_ON.match(text, at + len(short)):
        return -1
    return at


def name_in(text: str, name: str) -> int:
    """Where the whole name stands in the text (not as the start of a longer name), or -1."""
    # Looked for with str.find: a pattern per name overflowed the regular expressions' cache.
    if not name:
        return -1
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if _is_word(text, start - 1) or _is_word(text, end):
            start = text.find(name, start + 1)
            continue
        after = text[end:].split(maxsplit=1)
        if not (after and after[0][:1].isupper() and text[end : end + 1] == " "):
            return start
        start = text.find(name, end)
    return -1


def _is_word(text: str, at: int) -> bool:
    """Whether a word character (as `\\w` takes it) stands at `at`."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")
