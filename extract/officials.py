"""Officials named in an article: name, title as written, side and province, merged per person."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

from extract.fold import nfc
from extract.lexicon import PhraseSet, load_data, word_set
from extract.mentions import Mention
from extract.names import (
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    capitalised_run,
    historical_names,
    name_key,
    run_word_count,
)
from extract.official_places import (
    ORGANISATION_HEADS,
    delegation_led,
    listed_side,
    local_places_in,
    with_bodies,
)
from extract.places import Place, after_a_vietnamese_unit, place_at
from extract.text import squeeze, tokenize
from extract.title_facts import (
    in_association_only,
    in_business_only,
    names_a_firm,
)
from extract.title_lexicon import Segment, title_lexicon
from extract.title_objects import object_of_fronted_verb
from extract.titles import TitleReader
from extract.trailing_titles import TITLE_AFTER_NAME, past_now, with_trailing_title

# A name in another language in brackets after a person's: a few Latin words, a pair of them
# joined by a hyphen ('(Algernon Yau)', '(John Lee Ka-chiu)'), or Chinese characters ('(陈刚)').
_ALIAS_WORD = r"[A-Za-z][A-Za-z'.]*(?:-[A-Za-z][A-Za-z'.]*)?"
_ALIAS = re.compile(
    rf"[\u3400-\u4dbf\u4e00-\u9fff]{{1,6}}|{_ALIAS_WORD}(?:\s+{_ALIAS_WORD}){{0,3}}"
)
# How many tokens such a name may have between its brackets ('John', 'Lee', 'Ka', '-', 'chiu').
_ALIAS_TOKENS = 8
_FORMER = frozenset({"nguyên", "cựu", "cố"})  # former, or late: "cố Thủ tướng"
# Particles inside European names ('Maria Helena de Senna Fernandes'), and how many more words
# such a name may have.
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "la"})
_PARTICLE_WORDS = 2
# Words of a Lao name written syllable by syllable, as Vietnamese papers write them ('ông Khăm
# Phăn Phôm Ma Thắt'), at most.
_SYLLABLE_NAME_WORDS = 7
# A month of a given year, no day before it: 'tháng 8/2024', 'tháng 8 năm 2024' (not 'ngày 5
# tháng 8 năm 2024', nor '5/8/2024').
_MONTH_OF_A_YEAR = re.compile(
    r"(?<!\d\s)\btháng\s+\d{1,2}\s*(?:[/-]\s*|\s+năm\s+)(?:19|20)\d{2}(?!\d)",
    re.I,
)
# How far after a name such a month may stand and still date the mention.
_DATED_REACH = 20


@cache
def _address_words() -> frozenset[str]:
    """How a person is addressed before the name: 'ông', 'bà', 'đồng chí', 'anh', 'chị'."""
    return word_set(load_data("people")["address_words"])


@cache
def _not_official_before() -> PhraseSet:
    return PhraseSet(load_data("people")["not_official_before"])


def find_mentions(
    sentences: Iterable[str], *, in_china: frozenset[str] = frozenset()
) -> list[Mention]:
    """Every 'TITLE NAME' and 'NAME, TITLE' in the sentences, in order, a name given in brackets
    after a person's standing for that person; `in_china`: the names China and Vietnam share
    that the article ties to China."""
    texts = list(sentences)
    local_places: dict[tuple[str, ...], Place | None] = {}
    for text in texts:
        for key, province in local_places_in(text):
            if local_places.get(key) is None:
                local_places[key] = province
    mentions: list[Mention] = []
    for number, sentence in enumerate(texts):
        found = _sentence_mentions(sentence, number, local_places, in_china)
        mentions.extend(with_bodies(m, sentence, texts) for m in found)
    return _by_native_names(mentions)


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
            segments, i = with_trailing_title(reader, chain, named_end)
            segments = _current(segments)
            named = sentence[tokens[start].start : tokens[start + length - 1].end]
            business = in_business_only(segments) or names_a_firm(named)
            if segments and not _negated(reader, chain[0].start) and not business:
                found.append(
                    _mention(sentence, reader, start, length, segments, number, chain[0].start)
                )
            continue
        length = reader.name_at(i) or _addressed_name(reader, i)
        if length and (
            place_at(tokens, reader.keys, i)
            or _after_an_organisation(reader, i)
            or after_a_vietnamese_unit(reader.keys, i)
        ):
            length = 0
        named_end = _after_an_alias(reader, i + length) if length else i
        if length and any(reader.token_is(named_end, m) for m in (*TITLE_AFTER_NAME, "là")):
            segments, end = with_trailing_title(reader, [], named_end)
            if not _current(segments):
                i = max(end, i + 1)  # 'Ông A, nguyên Thứ trưởng …': no office now
                continue
            segments = _current(segments)
            business = (
                in_business_only(segments)
                or _for_a_firm_named_before(reader, i, segments)
                or _for_a_firm_named_after(reader, end, segments)
            )
            if not _negated(reader, i) and not business:
                found.append(_mention(sentence, reader, i, length, segments, number, i))
                i = end
                continue
        i = _read_on(reader, title_starts, i, length)
    return [m for m in found if name_key(m.name) not in historical_names()]


def _for_a_firm_named_before(reader: TitleReader, i: int, segments: list[Segment]) -> bool:
    """Whether the title after the name at token i is a firm's office alone ('Phó Tổng Giám
    đốc'), of the firm the clause names before the name: 'Đại diện Công ty CP Lọc hóa dầu Bình
    Sơn, ông Phan Đình Thuận, Phó Tổng Giám đốc, …'."""
    if not _firm_offices_only(segments):
        return False
    text = reader.text[: reader.tokens[i].start]
    clause = text[max(text.rfind(";"), text.rfind("."), 0) :]
    return names_a_firm(clause)


def _for_a_firm_named_after(reader: TitleReader, end: int, segments: list[Segment]) -> bool:
    """Whether the title ending at token `end` is a firm's office alone, of the firm its own
    words name after it, up to the clause's end: 'Bà A, Giám đốc thu mua ngành hàng trái cây
    của một chuỗi siêu thị tại Quảng Châu cho biết'."""
    if end >= len(reader.tokens) or not _firm_offices_only(segments):
        return False
    text = reader.text[reader.tokens[end].start :]
    stop = _CLAUSE_END.search(text)
    return names_a_firm(text[: stop.start() if stop else len(text)])


def _firm_offices_only(segments: list[Segment]) -> bool:
    """Whether every office of the title is one a firm has, alone ('Phó Tổng Giám đốc')."""
    lex = title_lexicon()
    for segment in segments:
        keys = [t.key for t in tokenize(segment.text)]
        prefix = lex.prefixes.match(keys, 0)
        at = prefix[0] if prefix else 0
        office = lex.firm_offices.match(keys, at)
        if office is None or at + office[0] != len(keys):
            return False
    return True


# Where the words after a title end: its clause's mark.
_CLAUSE_END = re.compile(r"[,;.:()–-]")


def _read_on(reader: TitleReader, title_starts: set[int], i: int, length: int) -> int:
    """Where to read on after the words at token i, `length` of them read as a name that no
    title follows: at a title that starts inside them ('Theo | Tham tán Thương mại … A': 'Theo
    Tham' looks like a Latin name), else past them."""
    for k in range(i + 1, i + length):
        if k in title_starts and _title_chain(reader, k):
            return k
    return i + max(length, 1)


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
    """'ông Cốc Kiến Quân, Phó Tỉnh trưởng …', 'ông Đới Kiến Nghiệp (Tai Kin Ip) - bộ trưởng …',
    'các đồng chí: Đao Quang Minh, Thị trưởng …', 'anh A Đông, Bí thư …': after 'ông'/'bà'/'anh'
    (a colon may open the list of those it addresses) and before a title (an alias in brackets
    between them), two to four capitalised words are a name even when the family name is not a
    known one; a European name may have a particle inside ('bà Maria Helena de Senna
    Fernandes'), a Lao one more words ('ông Khăm Phăn Phôm Ma Thắt, Phó Tỉnh trưởng …')."""
    address = _address_before(reader, i)
    if address < 0:
        return 0
    if reader.tokens[address].is_capitalised and address > 0:
        return 0  # 'Phó Chủ tịch … Bà Rịa': a place, unless 'Bà' opens the sentence
    run = capitalised_run(reader.tokens, i)
    while (
        reader.keys[i + run : i + run + 1] in ([p] for p in _NAME_PARTICLES)
        and (more := capitalised_run(reader.tokens, i + run + 1))
        and run_word_count(reader.tokens, i, run + 1 + more) <= MAX_NAME_WORDS + _PARTICLE_WORDS
    ):
        run += 1 + more
    words = run_word_count(reader.tokens, i, run)
    if not MIN_NAME_WORDS <= words <= _SYLLABLE_NAME_WORDS or reader.local_place_at(i):
        return 0
    if words > MAX_NAME_WORDS and not _long_name(reader, i, run):
        return 0
    after = _after_an_alias(reader, i + run)
    if not any(reader.token_is(after, mark) for mark in TITLE_AFTER_NAME):
        return 0
    title = reader.chain(past_now(reader, after + 1), lower_case=True, after_name=True)
    return run if title else 0


def _address_before(reader: TitleReader, i: int) -> int:
    """The token of the word addressing the person whose name starts at token i: right before
    it ('ông Cốc Kiến Quân'), or before the colon opening a list of such people ('Phía Phổ Nhĩ
    có các đồng chí: Đao Quang Minh, …'); -1 when there is none."""
    k = i - 2 if reader.token_is(i - 1, ":") else i - 1
    return k if k >= 0 and reader.keys[k] in _address_words() else -1


def _long_name(reader: TitleReader, i: int, run: int) -> bool:
    """Whether the `run` capitalised words at token i, more than a Vietnamese or Chinese name
    has, may be one name: a European one with a particle ('Maria Helena de Senna Fernandes'),
    or a Lao one written syllable by syllable ('Khăm Phăn Phôm Ma Thắt'), no word of which
    opens a title."""
    keys = reader.keys[i : i + run]
    if any(k in _NAME_PARTICLES for k in keys):
        return run_word_count(reader.tokens, i, run) <= MAX_NAME_WORDS + _PARTICLE_WORDS
    return not any(reader.may_start_title(k) for k in range(i, i + run))


def _after_an_alias(reader: TitleReader, end: int) -> int:
    """Past the name the person goes by in another language, in brackets after the name ('Khâu
    Đằng Hoa (Algernon Yau), cục trưởng …', 'Trần Cương (陈刚), Bí thư …', 'Lý Gia Siêu (John
    Lee Ka-chiu), Trưởng …'): where a title written after the name may start."""
    if not reader.token_is(end, "("):
        return end
    tokens = reader.tokens
    for k in range(end + 2, min(len(tokens), end + 2 + _ALIAS_TOKENS)):
        if reader.token_is(k, ")"):
            inside = reader.text[tokens[end].end : tokens[k].start].strip()
            return k + 1 if _ALIAS.fullmatch(inside) else end
    return end


def _after_an_organisation(reader: TitleReader, i: int) -> bool:
    """'Bộ Công Thương', 'Sở Ngoại vụ': the capitalised words after an organisation's first
    word are its name, not a person's."""
    return (
        i > 0 and reader.tokens[i - 1].is_capitalised and reader.keys[i - 1] in ORGANISATION_HEADS
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
    name_end = tokens[start + length - 1].end
    return Mention(
        nfc(name),
        tuple(segments),
        number,
        tokens[start].start,
        delegation_led(before),
        listed_side(before),
        dated=_MONTH_OF_A_YEAR.search(sentence[: name_end + _DATED_REACH]) is not None,
        alias=_alias(reader, start + length),
    )


def _alias(reader: TitleReader, end: int) -> str | None:
    """The name in another language in brackets after a person's name ending at `end`
    ('Lương Kiến Quân (Liang Jianjun), …' -> 'Liang Jianjun'), None when there is none."""
    after = _after_an_alias(reader, end)
    if after == end:
        return None
    inside = reader.text[reader.tokens[end].end : reader.tokens[after - 1].start]
    return nfc(squeeze(inside))


def _by_native_names(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a name the article gave in brackets after a person's ('Vương Dư Ba
    (Wang Yubo)', later 'Tỉnh trưởng Wang Yubo') under that person's name."""
    natives = {name_key(m.alias): m.name for m in mentions if m.alias}
    return [
        replace(m, name=natives[key]) if (key := name_key(m.name)) in natives else m
        for m in mentions
    ]
