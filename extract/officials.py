"""Officials named in an article: name, title as written, side and province, merged per person."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from extract.fold import nfc
from extract.gazetteer import load_gazetteer
from extract.lexicon import PhraseSet, load_data
from extract.names import (
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    capitalised_run,
    historical_names,
    leader_sides,
    name_key,
)
from extract.places import Place, PlaceMention, find_places, place_at
from extract.signatories import signing_party
from extract.text import squeeze, tokenize
from extract.title_facts import (
    division_kind,
    in_association_only,
    in_business_only,
    title_province,
    title_side,
    title_text,
)
from extract.title_institutions import referred_institution
from extract.title_lexicon import Segment, Side
from extract.title_objects import object_of_fronted_verb
from extract.titles import TitleReader
from extract.types import Official

# A name in another language in brackets after a person's ('(Algernon Yau)'): a few Latin words.
_ALIAS_WORDS = 4
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
# What may stand between a name and the title written after it.
_TITLE_AFTER_NAME = (",", "–", "-", "—", "(")
# Lower-case words a title written after a name may go on with, up to the comma before what the
# person says ('… Cục Giám sát quản lý về hải quan, cho biết').
_TRAILING_WORDS = 5
# A commune's or a border post's name ('xã Đàm Thủy', 'Trạm … Long Bang') has two words.
_PLACE_NAME_WORDS = 2
# In a list of 'TITLE NAME' items, the lower-case words of a body's name the title may not have
# taken in before the next person's name ('Cục Xúc tiến | đầu tư Trần Văn B').
_LISTED_BODY_WORDS = 3
# Particles inside European names ('Maria Helena de Senna Fernandes'), and how many more words
# such a name may have.
_FORMER = frozenset({"nguyên", "cựu", "cố"})  # former, or late: "cố Thủ tướng"
# First words of organisations' names ('Bộ Công Thương'): a name after one is the body's.
# Sentences back a bare body in a title ('Giám đốc Sở') may refer to the body named there.
_BODY_REACH = 2
_ORGANISATION_HEADS = frozenset({"bộ", "sở", "cục", "vụ", "ban", "viện", "tổng", "chi", "phòng"})
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "la"})
_PARTICLE_WORDS = 2
# How a person is addressed before the name: 'ông', 'bà', 'đồng chí'.
_ADDRESS = frozenset({"ông", "bà", "ngài", "chí"})
# Lower-case place words ('châu Hồng Hà', 'thị trấn Hà Khẩu'): the word and the one before it
# (empty for a one-word place word).
_PLACE_WORDS = frozenset(
    {("châu", ""), ("huyện", ""), ("quận", ""), ("trấn", "thị"), ("xã", "thị"), ("phố", "thành")}
)
_ORGANISATION_ENDS = frozenset({"dân", "ubnd", "hđnd", "ủy"})
_MAX_LOCAL_PLACE_WORDS = 3
# Between a local place and its province: ', tỉnh ', ' (', ' thuộc ', ', Khu tự trị … '.
_PROVINCE_LEAD = re.compile(
    r"\s*(?:,|\(|thuộc)\s*(?:(?:tỉnh|thành\s+phố|khu\s+tự\s+trị(?:\s+dân\s+tộc\s+\w+)?)\s+)?",
    re.I,
)
_PROVINCE_REACH = 60
# "đoàn công tác tỉnh Hồ Nam (Trung Quốc) do ông ": a delegation, then who leads it.
_LED_BY = re.compile(
    r"\bđoàn\b(?P<who>(?:[^.;]|(?<=TP)\.){0,120}?)\s+do\s+(?:(?:ông|bà|ngài|đồng\s+chí)\s+)?$",
    re.I,
)
# "phía Trung Quốc có ông …", "Về phía Vân Nam có …", "phía bạn gồm …", "Phía Cát Lâm (吉林)
# có …" (its name in Chinese in brackets): the side whose people are listed next, up to the
# next ';' (where the other side's list begins).
# '… tại ' right before a place: a mission's seat ('Tổng Lãnh sự quán Trung Quốc tại …').
_SEAT_BEFORE = re.compile(r"\btại\s+$", re.I)
_CAMP = re.compile(
    r"\bphía\s+(?P<who>[^,;.:()]{2,40}?)(?:\s*\([^,;.:()]{1,20}\))?\s*(?:\b(?:có|gồm)\b|:)",
    re.I,
)
_GUEST_SIDE = frozenset({"bạn"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a person is named with a title; `position` orders mentions in the text."""

    name: str
    segments: tuple[Segment, ...]
    sentence: int
    position: int
    delegation: Place | None = None  # the Chinese province of the delegation the person leads
    camp: Place | None = None  # the side the sentence lists the person under ('phía Trung Quốc có')
    body: Place | None = None  # where the body a bare title names is ('Giám đốc Sở' -> Vân Nam)

    @property
    def title(self) -> str | None:
        return title_text(list(self.segments))


@cache
def _not_official_before() -> PhraseSet:
    return PhraseSet(load_data("people")["not_official_before"])


def find_mentions(
    sentences: Iterable[str], *, in_china: frozenset[str] = frozenset()
) -> list[Mention]:
    """Every 'TITLE NAME' and 'NAME, TITLE' in the sentences, in order; `in_china`: the names
    China and Vietnam share that the article ties to China."""
    texts = list(sentences)
    local_places: dict[tuple[str, ...], Place | None] = {}
    for text in texts:
        for key, province in _local_places(text):
            if local_places.get(key) is None:
                local_places[key] = province
    mentions: list[Mention] = []
    for number, sentence in enumerate(texts):
        found = _sentence_mentions(sentence, number, local_places, in_china)
        mentions.extend(
            _with_institution(
                _with_located_body(_with_body(_signing_for(m, sentence), texts), texts), texts
            )
            for m in found
        )
    return mentions


def _signing_for(mention: Mention, sentence: str) -> Mention:
    """The mention with the party it signs a document for as its body, when its title names no
    side ('… và Ủy ban Thương vụ thành phố Thượng Hải, do … và Chủ nhiệm Chu Lam ký')."""
    if title_side(list(mention.segments)) is not None:
        return mention
    party = signing_party(sentence, mention.position)
    return mention if party is None else replace(mention, body=party)


def _with_institution(mention: Mention, texts: Sequence[str]) -> Mention:
    """The mention with the place of the institution its bare office heads ('Hiệu trưởng nhà
    trường' after 'Đại học Ngoại ngữ Ngoại thương Quảng Đông'), when nothing else places it."""
    if mention.body is not None or title_side(list(mention.segments)) is not None:
        return mention
    title = mention.title or ""
    place = referred_institution(title, texts, mention.sentence, mention.position)
    return mention if place is None else replace(mention, body=place)


def _with_located_body(mention: Mention, texts: Sequence[str]) -> Mention:
    """The mention with the place of the body its title names, when its title names no place
    the article knows but the article writes that body's name elsewhere with where it is in
    brackets ('Trạm trưởng Trạm Kiểm soát biên giới Long Bang' after 'Trạm Kiểm soát biên giới
    Long Bang (thành phố Bách Sắc, Quảng Tây, Trung Quốc)')."""
    last = mention.segments[-1]
    if mention.body is not None or any(p.side in ("VN", "CN") for p in last.places):
        return mention
    words = last.text.split()
    # The body's name starts at a capital after the office's lower-case words ('Trạm trưởng |
    # Trạm …'), or after a lower-case word inside it ('Cục trưởng Hải quan | Đông Hưng').
    for k in range(1, len(words) - 1):
        if words[k][:1].isupper() and words[k - 1][:1].islower():
            place = _located(" ".join(words[k:]), texts)
            if place is not None:
                return replace(mention, body=place)
    return mention


def _located(body: str, texts: Sequence[str]) -> Place | None:
    """Where the article says a body is, in brackets after its name ('Hải quan Đông Hưng (Khu
    tự trị dân tộc Choang Quảng Tây, Trung Quốc)' -> Quảng Tây): its province, else its
    country; None when it says nowhere, or names places of both sides."""
    pattern = re.compile(re.escape(body) + r"\s*\((?P<where>[^()]{1,80})\)")
    for text in texts:
        if (match := pattern.search(text)) is None:
            continue
        places = [m.place for m in find_places(match["where"])]
        located = [p for p in places if p.kind == "division"] or [
            p for p in places if p.side in ("VN", "CN")
        ]
        if located and len({p.side for p in places}) == 1:
            return located[-1]
    return None


def _with_body(mention: Mention, texts: Sequence[str]) -> Mention:
    """The mention with the place of the body its title names by its first word alone ('Tiếp
    đoàn, ông A, Phó Giám đốc Sở …' after '… làm việc với Sở Nông nghiệp tỉnh Vân Nam'): the
    last body so named before it, in its sentence or the ones just before."""
    last = mention.segments[-1]
    bare = last.text.split()[-1] if not last.places else ""
    if not bare[:1].isupper() or name_key(bare) not in _ORGANISATION_HEADS:
        return mention
    first = max(0, mention.sentence - _BODY_REACH)
    for number in range(mention.sentence, first - 1, -1):
        text = texts[number]
        if number == mention.sentence:
            text = text[: mention.position]
        tokens = tokenize(text)
        reader = TitleReader(text, tokens)
        for k in range(len(tokens) - 2, -1, -1):
            named = tokens[k].text == bare and tokens[k + 1].is_capitalised
            places = reader.body_places(k) if named else []
            sides = [p for p in places if p.side in ("VN", "CN")]
            if sides:
                return replace(mention, body=sides[-1])
    return mention


def _local_places(text: str) -> list[tuple[tuple[str, ...], Place | None]]:
    """Places the text names with a lower-case place word ('châu Hồng Hà', 'thị trấn Hà Khẩu';
    not after an organisation: 'UBND huyện Trần Văn A' may name a person), each with the
    Chinese province the text puts it in ('châu Hồng Hà, tỉnh Vân Nam'), if it does."""
    tokens = tokenize(text)
    found = []
    for k in range(len(tokens) - 1):
        word = tokens[k]
        if word.is_capitalised:
            continue
        if (word.key, "") in _PLACE_WORDS:
            first = k
        elif k > 0 and (word.key, tokens[k - 1].key) in _PLACE_WORDS:
            first = k - 1
        else:
            continue
        before = tokens[first - 1] if first > 0 else None
        if before and (before.is_capitalised or before.key in _ORGANISATION_ENDS):
            continue
        run = capitalised_run(tokens, k + 1)
        if MIN_NAME_WORDS <= run <= _MAX_LOCAL_PLACE_WORDS:
            key = tuple(t.key for t in tokens[k + 1 : k + 1 + run])
            found.append((key, _province_after(text, tokens[k + run].end)))
    return found


def _province_after(text: str, end: int) -> Place | None:
    """The Chinese province right after a place: ', tỉnh Vân Nam', ' (Quảng Tây)'."""
    rest = text[end : end + _PROVINCE_REACH]
    mention = next(iter(find_places(rest)), None)
    if mention is None or mention.place.kind != "division":
        return None
    if not _PROVINCE_LEAD.fullmatch(rest[: mention.start]):
        return None
    return replace(mention.place, via_city=True)


def _sentence_mentions(
    sentence: str,
    number: int,
    local_places: Mapping[tuple[str, ...], Place | None] | None = None,
    in_china: frozenset[str] = frozenset(),
) -> list[Mention]:
    tokens = tokenize(sentence)
    reader = TitleReader(sentence, tokens, local_places or {}, in_china)
    # Most tokens neither open a title nor begin a capitalised name: they are passed at once.
    title_starts = reader.title_starts() - _inside_venues(reader.keys)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if i not in title_starts and not tokens[i].is_capitalised:
            i += 1
            continue
        chain = _title_chain(reader, i) if i in title_starts else []
        if chain:
            after = reader.name_after(chain[-1].end)
            if not after:
                i = chain[-1].end
                continue
            start, length = after
            if start > chain[-1].end and object_of_fronted_verb(
                tokens, reader.keys, chain[0].start
            ):
                i = start  # 'Tiếp Tổng Lãnh sự, ông A, Bí thư …': A's title is the one after
                continue
            named_end = _after_an_alias(reader, start + length)
            segments, i = _with_trailing_title(reader, chain, named_end)
            segments = _current(segments)
            if segments and not _negated(reader, chain[0].start) and not in_business_only(segments):
                found.append(
                    _mention(sentence, reader, start, length, segments, number, chain[0].start)
                )
            continue
        length = reader.name_at(i) or _addressed_name(reader, i)
        if length and (place_at(tokens, reader.keys, i) or _after_an_organisation(reader, i)):
            length = 0
        named_end = _after_an_alias(reader, i + length) if length else i
        if length and any(reader.token_is(named_end, m) for m in (*_TITLE_AFTER_NAME, "là")):
            segments, end = _with_trailing_title(reader, [], named_end)
            if not _current(segments):
                i = max(end, i + 1)  # 'Ông A, nguyên Thứ trưởng …': no office now
                continue
            segments = _current(segments)
            if not _negated(reader, i) and not in_business_only(segments):
                found.append(_mention(sentence, reader, i, length, segments, number, i))
                i = end
                continue
        i += max(length, 1)
    return [m for m in found if name_key(m.name) not in historical_names()]


@cache
def _venues() -> PhraseSet:
    return PhraseSet([name for v in load_data("places")["venue"] for name in v["names"]])


# An office word up to this many tokens into a building's name is the building's.
_VENUE_REACH = 2


def _inside_venues(keys: list[str]) -> frozenset[int]:
    """'tại Phủ Chủ tịch, Phó Chủ tịch nước …': the tokens of a sentence where an office word
    would be part of a building's name, found once per sentence."""
    inside: set[int] = set()
    for k, length, _venue in _venues().found_in(keys):
        inside.update(range(k + 1, min(k + length, k + _VENUE_REACH + 1)))
    return frozenset(inside)


def _title_chain(reader: TitleReader, i: int) -> list[Segment]:
    """The title starting at token i: capitalised ('Phó Thủ tướng'), or in lower case when a
    name with a known family name follows at once (house styles that write 'phó thủ tướng
    Trần Hồng Hà')."""
    if not reader.may_start_title(i):
        return []
    chain = reader.chain(i)
    if chain or reader.tokens[i].is_capitalised:
        return chain
    lower = reader.chain(i, lower_case=True)
    return lower if lower and reader.name_at(lower[-1].end) else []


def _addressed_name(reader: TitleReader, i: int) -> int:
    """'ông Cốc Kiến Quân, Phó Tỉnh trưởng …': after 'ông'/'bà' and before a title, two to
    four capitalised words are a name even when the family name is not a known one; a
    European name may have a particle inside ('bà Maria Helena de Senna Fernandes')."""
    if i == 0 or reader.keys[i - 1] not in _ADDRESS:
        return 0
    if reader.tokens[i - 1].is_capitalised and i > 1:
        return 0  # 'Phó Chủ tịch … Bà Rịa': a place, unless 'Bà' opens the sentence
    run = capitalised_run(reader.tokens, i)
    while (
        reader.keys[i + run : i + run + 1] in ([p] for p in _NAME_PARTICLES)
        and (more := capitalised_run(reader.tokens, i + run + 1))
        and run + 1 + more <= MAX_NAME_WORDS + _PARTICLE_WORDS
    ):
        run += 1 + more
    if not MIN_NAME_WORDS <= run <= MAX_NAME_WORDS + _PARTICLE_WORDS or reader.local_place_at(i):
        return 0
    if run > MAX_NAME_WORDS and not any(k in _NAME_PARTICLES for k in reader.keys[i : i + run]):
        return 0
    after = i + run
    if not any(reader.token_is(after, mark) for mark in _TITLE_AFTER_NAME):
        return 0
    return run if reader.chain(after + 1, lower_case=True, after_name=True) else 0


def _after_an_alias(reader: TitleReader, end: int) -> int:
    """Past the name the person goes by in another language, in brackets after the name ('Khâu
    Đằng Hoa (Algernon Yau), cục trưởng …'): where a title written after the name may start."""
    if not reader.token_is(end, "("):
        return end
    for k in range(end + 1, min(len(reader.tokens), end + 1 + _ALIAS_WORDS + 1)):
        if reader.token_is(k, ")"):
            return k + 1 if k > end + 1 else end
        if not _LATIN_WORD.fullmatch(reader.tokens[k].text):
            return end
    return end


def _with_trailing_title(
    reader: TitleReader, segments: list[Segment], after_name: int
) -> tuple[list[Segment], int]:
    """Segments plus a title written after the name ('Nguyễn Văn A, Thứ trưởng Bộ X', '… –
    Thứ trưởng Bộ X –', '… (Thứ trưởng Bộ X)', '… - phó bí thư Khu ủy'), unless that title is
    followed by a name of its own (then it is that person's, the next item of a list). Of a
    chain of titles after a name with none before it, followed by another name, the last title
    is that name's and the others the first person's ('… đồng chí A, Bí thư Thành ủy Thiên Tân,
    Đại sứ B bày tỏ …'); ', ông B' after the title begins the next item ('ông A, Phó Giám đốc
    Sở Công an tỉnh X, ông B, …')."""
    predicate = not segments and reader.token_is(after_name, "là")
    if not predicate and not any(reader.token_is(after_name, m) for m in _TITLE_AFTER_NAME):
        return segments, after_name
    # 'đồng chí A là Bí thư Tỉnh ủy Cao Bằng': the office he holds, as the text names it.
    more = reader.chain(after_name + 1, lower_case=not predicate, after_name=True)
    if (
        not segments
        and len(more) > 1
        and reader.token_is(after_name, ",")
        and reader.name_after(more[-1].end, addressed=False)
    ):
        return more[:-1], more[-2].end
    if more and not _holds_office(segments) and (place := _place_closing(reader, more[-1].end)):
        # 'ông A, Chủ tịch UBND xã Đàm Thủy': the title of a person named without one of his
        # own ends with its place, not with the next person's name
        last = more[-1]
        text = reader.text[reader.tokens[last.start].start : reader.tokens[place - 1].end]
        more = [*more[:-1], replace(last, text=squeeze(text), end=place)]
    if (
        not more
        or _next_persons(reader, more[-1].end, listed=bool(segments))
        or _indefinite(reader, more[-1].end)
    ):
        return segments, after_name
    end = more[-1].end
    closing = _closing_comma(reader, end)
    if closing is not None and reader.token_is(after_name, ","):
        # 'Ông A, Cục trưởng Cục Giám sát quản lý về hải quan, cho biết …': up to the comma.
        last = more[-1]
        text = reader.text[reader.tokens[last.start].start : reader.tokens[closing - 1].end]
        added = reader.text[reader.tokens[last.end].start : reader.tokens[closing - 1].end]
        places = (*last.places, *(m.place for m in find_places(added)))
        more = [*more[:-1], replace(last, text=squeeze(text), end=closing, places=places)]
        end = closing
    if reader.token_is(after_name, "(") and reader.token_is(end, ")"):
        end += 1
    elif reader.token_is(after_name, "("):
        return segments, after_name
    return segments + more, end


def _holds_office(segments: list[Segment]) -> bool:
    """Whether the title before a name names an office, not only a rank ('Thiếu tá')."""
    return any(s.kind != "honorific" for s in segments)


def _place_closing(reader: TitleReader, end: int) -> int | None:
    """Where the place that closes a title written after a name ends, when just two
    capitalised words follow a lower-case word of its organisation ('…, Chủ tịch UBND xã |
    Đàm Thủy và bà B', '…, Trạm trưởng Trạm Kiểm soát biên giới | Long Bang chỉ huy'): a
    commune's or a post's name, read as a name only by its first syllable; None otherwise."""
    before = reader.tokens[end - 1]
    if before.is_capitalised or not before.is_word:
        return None
    if capitalised_run(reader.tokens, end) != _PLACE_NAME_WORDS or not reader.name_at(end):
        return None
    return end + _PLACE_NAME_WORDS


def _next_persons(reader: TitleReader, end: int, *, listed: bool) -> bool:
    """Whether the title read up to `end` after a name is the next person's: his name follows
    it ('…, Phó Tỉnh trưởng tỉnh Tứ Xuyên Tả Vĩnh Tường'); in a list of 'TITLE NAME' items
    (`listed`: the first person's title stood before his name), also after a few lower-case
    words of the title's body ('Thứ trưởng A, Cục trưởng Cục Xúc tiến | đầu tư Trần Văn B')."""
    if reader.name_after(end, addressed=False):
        return True
    if not listed:
        return False
    k = end
    while (
        k - end < _LISTED_BODY_WORDS
        and k < len(reader.tokens)
        and reader.tokens[k].is_word
        and not reader.tokens[k].is_capitalised
        and not reader.says_at(k)
        and not reader.runs_on_at(k)
    ):
        k += 1
    return k > end and reader.name_at(k) > 0


def _closing_comma(reader: TitleReader, end: int) -> int | None:
    """Where a title written after a name goes on to: a few lower-case words more (and the
    place that ends them), up to the comma before what the person says ('…, Cục trưởng Cục Giám
    sát | quản lý về hải quan, cho biết') or, after a place, the semicolon closing an item of a
    list ('Đồng chí A, Phó Cục trưởng Cục Phát triển | cảng thương mại tự do Hải Nam;'); None
    when the title ends where it was read."""
    k = end
    while (
        k < len(reader.tokens)
        and k - end < _TRAILING_WORDS
        and reader.tokens[k].is_word
        and not reader.tokens[k].is_capitalised
        and not reader.says_at(k)
        and not reader.runs_on_at(k)
    ):
        k += 1
    if k == end:
        return None
    place = place_at(reader.tokens, reader.keys, k)
    if place is not None:
        k += place.tokens
    if (place is not None and reader.token_is(k, ";")) or (
        reader.token_is(k, ",") and reader.says_at(k + 1)
    ):
        return k
    return None


def _indefinite(reader: TitleReader, end: int) -> bool:
    """'giám đốc một công ty …': an office in some organisation, not one the person holds in
    the state."""
    return reader.token_is(end, "một") or (
        reader.token_is(end, "của") and reader.token_is(end + 1, "một")
    )


def _after_an_organisation(reader: TitleReader, i: int) -> bool:
    """'Bộ Công Thương', 'Sở Ngoại vụ': the capitalised words after an organisation's first
    word are its name, not a person's."""
    return (
        i > 0 and reader.tokens[i - 1].is_capitalised and reader.keys[i - 1] in _ORGANISATION_HEADS
    )


def _current(segments: list[Segment]) -> list[Segment]:
    """The offices held now: not those written as former ('nguyên Thứ trưởng …', 'cựu …'), nor
    a friendship association's post kept after one ('nguyên Đại sứ …, Chủ tịch Hội Hữu nghị …')."""
    current = [s for s in segments if s.text.split(maxsplit=1)[0].casefold() not in _FORMER]
    return [] if len(current) < len(segments) and in_association_only(current) else current


def _negated(reader: TitleReader, start: int) -> bool:
    """'cố Chủ tịch…', 'liệt sĩ …': the person is not an official of the event."""
    phrases = _not_official_before()
    return any(
        (match := phrases.match(reader.keys, k)) is not None and k + match[0] == start
        for k in range(max(0, start - 3), start)
    )


def _mention(
    sentence: str,
    reader: TitleReader,
    start: int,
    length: int,
    segments: list[Segment],
    number: int,
    opening: int,
) -> Mention:
    tokens = reader.tokens
    name = squeeze(sentence[tokens[start].start : tokens[start + length - 1].end])
    before = sentence[: tokens[opening].start]
    return Mention(
        nfc(name), tuple(segments), number, tokens[start].start, _delegation(before), _camp(before)
    )


def _delegation(before: str) -> Place | None:
    """'tiếp đoàn công tác của Sở Thương mại Khu tự trị Quảng Tây do ông …': the Chinese
    province (or China: 'đoàn Tổng Lãnh sự quán Trung Quốc tại TP. Hồ Chí Minh do ông …') of
    the delegation the person leads, when it names one and no Vietnamese place other than a
    mission's seat."""
    match = _LED_BY.search(before)
    if match is None:
        return None
    who = match["who"]
    mentions = [m for m in find_places(who) if not _SEAT_BEFORE.search(who, 0, m.start)]
    places = [m.place for m in mentions]
    chinese = [p for p in places if p.kind == "division"] or [
        p for p in places if p.kind == "china"
    ]
    vietnamese = [m for m in mentions if m.place.side == "VN"]
    if not chinese or any(not _located_in_china(who, m, mentions) for m in vietnamese):
        return None
    return chinese[-1]


def _located_in_china(text: str, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """Whether the text puts a place with a Vietnamese name in China, naming the Chinese place it
    is in right after it ('trấn Hữu Nghị, thành phố Bằng Tường, Khu tự trị … Quảng Tây')."""
    after = next((m for m in mentions if m.start >= mention.end), None)
    return (
        after is not None
        and after.place.side == "CN"
        and _PROVINCE_LEAD.fullmatch(text[mention.end : after.start]) is not None
    )


def _camp(before: str) -> Place | None:
    """'phía Trung Quốc có ông …', 'Về phía Vân Nam có …': the side (and, for China, the
    province) the sentence lists the person under; 'phía bạn' is the guests', China."""
    # The last one: 'phía Việt Nam có A, phía Trung Quốc có B'.
    match = next(reversed(list(_CAMP.finditer(before))), None)
    if match is None or ";" in before[match.end() :]:
        return None
    who = match["who"].strip()
    if who.lower() in _GUEST_SIDE:
        return Place("china", "Trung Quốc", side="CN")
    places = [p.place for p in find_places(who)]
    return places[0] if len(places) == 1 and places[0].side in ("VN", "CN") else None


def merge_officials(mentions: list[Mention]) -> list[Official]:
    """One Official per person, in order of first mention; the most complete title wins."""
    by_person: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_person.setdefault(name_key(mention.name), []).append(mention)
    officials: list[Official] = []
    for key, group in by_person.items():
        titled = [m for m in group if m.title]
        if not titled:
            continue
        best = max(titled, key=lambda m: (_completeness(m.title or ""), -m.sentence, -m.position))
        side = _side(best, group, key)
        province = _province(best, group) if side == "CN" else None
        officials.append(
            Official(name=group[0].name, title=best.title or "", side=side, province=province)
        )
    return officials


def placed_in_article(officials: list[Official], provinces: Iterable[str]) -> list[Official]:
    """Chinese officials whose title names no place but says which kind of division it belongs
    to ('Bí thư Khu ủy Trần Cương', 'Tỉnh trưởng Vương Dữ Ba'), placed in the one division of
    that kind the article is about; left unplaced when it is about several or none."""
    gazetteer = load_gazetteer()
    divisions = [d for name in provinces if (d := gazetteer.by_name(name)) is not None]
    placed = []
    for official in officials:
        kind = division_kind(official.title) if official.side == "CN" else None
        if official.province is None and kind is not None:
            candidates = [d for d in divisions if d.kind == kind]
            if len(candidates) == 1:
                official = replace(official, province=candidates[0].vi)
        placed.append(official)
    return placed


def _completeness(title: str) -> int:
    return len(title.split())


def _side(best: Mention, group: list[Mention], key: str) -> Side:
    """What a title says; else a known leader's side; else the side a sentence lists the person
    under ('phía Trung Quốc có …'); else the side of the delegation the person leads; else
    Vietnamese."""
    for mention in [best, *group]:
        side = title_side(list(mention.segments))
        if side:
            return side
    known = leader_sides().get(key)
    if known in ("VN", "CN"):
        return "CN" if known == "CN" else "VN"
    camp = next((m.camp for m in group if m.camp), None)
    if camp is not None:
        return "CN" if camp.side == "CN" else "VN"
    body = next((m.body for m in group if m.body), None)
    if body is not None:
        return "CN" if body.side == "CN" else "VN"
    if any(m.delegation for m in group):
        return "CN"
    return "VN"


def _province(best: Mention, group: list[Mention]) -> str | None:
    for mention in [best, *group]:
        province = title_province(list(mention.segments))
        if province:
            return province
    for mention in group:
        for place in (mention.camp, mention.delegation, mention.body):
            if place is not None and place.kind == "division" and place.division is not None:
                return place.division.vi
    return None
