"""Where an official belongs when the title alone does not say: the party a signatory signs
for, the institution a bare office heads, the body the article places elsewhere, the delegation
a person leads, the side a sentence lists them under; and the local places an article names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from extract.lexicon import load_data
from extract.mentions import Mention
from extract.names import MIN_NAME_WORDS, capitalised_run, name_key
from extract.places import Place, PlaceMention, find_places
from extract.signatories import signing_party
from extract.text import tokenize
from extract.title_facts import title_side
from extract.title_institutions import referred_institution
from extract.title_lexicon import Side
from extract.titles import TitleReader

# Sentences back a bare body in a title ('Giám đốc Sở') may refer to the body named there.
_BODY_REACH = 2
# First words of bodies' names ('Bộ Công Thương'): a name after one is the body's.
ORGANISATION_HEADS = frozenset({"bộ", "sở", "cục", "vụ", "ban", "viện", "tổng", "chi", "phòng"})
# Lower-case place words ('châu Hồng Hà', 'thị trấn Hà Khẩu'): the word and the one before it
# (empty for a one-word place word).
_PLACE_WORDS = frozenset(
    {("châu", ""), ("huyện", ""), ("quận", ""), ("trấn", "thị"), ("xã", "thị"), ("phố", "thành")}
)
_PLACE_WORD_ENDS = frozenset(word for word, _before in _PLACE_WORDS)
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
# '… tại ' right before a place: a mission's seat ('Tổng Lãnh sự quán Trung Quốc tại …').
_SEAT_BEFORE = re.compile(r"\btại\s+$", re.I)
# "phía Trung Quốc có ông …", "Về phía Vân Nam có …", "phía bạn gồm …", "Phía Cát Lâm (吉林)
# có …" (its name in Chinese in brackets): the side whose people are listed next, up to the
# next ';' that no listed person follows (where the other side's list begins).
_CAMP = re.compile(
    r"\bphía\s+(?P<who>[^,;.:()]{2,40}?)(?:\s*\([^,;.:()]{1,20}\))?\s*(?:\b(?:có|gồm)\b|:)",
    re.I,
)
# "Lãnh đạo Thượng Hải, trong đó có …", "lãnh đạo tỉnh Vân Nam gồm …": a place's leaders, then
# those of them the sentence names, who are that place's whatever their office.
_LEADERS_OF = re.compile(
    r"\blãnh\s+đạo\s+(?P<who>[^,;.:()]{2,40}?)\s*"
    r"(?:,\s*trong\s+đó\s+có\b|\b(?:bao\s+)?gồm(?:\s+có)?\b|:)",
    re.I,
)
# After a ';', the next person of the same list: how a person is addressed ('; ông B, …'), or a
# capitalised name or office ('; Phó Tỉnh trưởng B'); not '; đại diện …', '; cùng dự có …'.
_ADDRESSED = re.compile(r"(?:ông|bà|ngài|đồng\s+chí)\b")
_GUEST_SIDE = frozenset({"bạn"})


def with_bodies(mention: Mention, sentence: str, texts: Sequence[str]) -> Mention:
    """The mention placed by what else the article says, when its title does not place it: the
    party it signs for, the body its bare title names, that body placed in brackets elsewhere,
    the institution its bare office heads."""
    # Only the body changes on the way: the side its title names is read once.
    side = title_side(list(mention.segments))
    mention = _with_body(_signing_for(mention, sentence, side), texts)
    return _with_institution(_with_located_body(mention, texts), texts, side)


def _signing_for(mention: Mention, sentence: str, side: Side | None) -> Mention:
    """The mention with the party it signs a document for as its body, when its title names no
    `side` ('… và Ủy ban Thương vụ thành phố Thượng Hải, do … và Chủ nhiệm Chu Lam ký')."""
    if side is not None:
        return mention
    party = signing_party(sentence, mention.position)
    return mention if party is None else replace(mention, body=party)


def _with_institution(mention: Mention, texts: Sequence[str], side: Side | None) -> Mention:
    """The mention with the place of the institution its bare office heads ('Hiệu trưởng nhà
    trường' after 'Đại học Ngoại ngữ Ngoại thương Quảng Đông'), when nothing else (its body, the
    `side` its title names) places it."""
    if mention.body is not None or side is not None:
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
    if not bare[:1].isupper() or name_key(bare) not in ORGANISATION_HEADS:
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


def local_places_in(text: str) -> list[tuple[tuple[str, ...], Place | None]]:
    """Places the text names with a lower-case place word ('châu Hồng Hà', 'thị trấn Hà Khẩu';
    not after an organisation: 'UBND huyện Trần Văn A' may name a person), each with the
    Chinese province the text puts it in ('châu Hồng Hà, tỉnh Vân Nam'), if it does."""
    tokens = tokenize(text)
    found = []
    for k in range(len(tokens) - 1):
        word = tokens[k]
        if word.key not in _PLACE_WORD_ENDS or word.is_capitalised:
            continue  # most words end no place word: one set test passes them
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


def delegation_led(before: str) -> Place | None:
    """'tiếp đoàn công tác của Sở Thương mại Khu tự trị Quảng Tây do ông …': the Chinese
    province (or China: 'đoàn Tổng Lãnh sự quán Trung Quốc tại TP. Hồ Chí Minh do ông …') of
    the delegation the person leads, when it names one and no Vietnamese place other than a
    mission's seat; else the other country it names ('đoàn doanh nghiệp tỉnh Gyeongsangbuk (Hàn
    Quốc) do ông …' -> Hàn Quốc)."""
    match = _LED_BY.search(before)
    if match is None:
        return None
    who = match["who"]
    mentions = [m for m in find_places(who) if not _SEAT_BEFORE.search(who, 0, m.start)]
    places = [m.place for m in mentions]
    chinese = [p for p in places if p.kind == "division"] or [
        p for p in places if p.kind == "china"
    ]
    if not chinese:
        return _other_country(who, mentions)
    vietnamese = [m for m in mentions if m.place.side == "VN"]
    if any(not _located_in_china(who, m, mentions) for m in vietnamese):
        return None
    return chinese[-1]


@cache
def _destination_before() -> re.Pattern[str]:
    """'… sang ', '… tại ' right before a place: where a delegation goes, not whose it is."""
    words = "|".join(re.escape(w) for w in load_data("people")["delegation_destination_words"])
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def _other_country(who: str, mentions: list[PlaceMention]) -> Place | None:
    """The one country neither Vietnam nor China that a delegation's description names as its
    own ('doanh nghiệp tỉnh Gyeongsangbuk (Hàn Quốc)' -> Hàn Quốc; not 'công tác tỉnh Điện Biên
    sang Lào'), when it names no Vietnamese or Chinese place as its own; None otherwise."""
    own = [m.place for m in mentions if not _destination_before().search(who, 0, m.start)]
    if not own or any(p.side != "other" for p in own) or len({p.name for p in own}) > 1:
        return None
    return own[0]


def _located_in_china(text: str, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """Whether the text puts a place with a Vietnamese name in China, naming the Chinese place it
    is in right after it ('trấn Hữu Nghị, thành phố Bằng Tường, Khu tự trị … Quảng Tây')."""
    after = next((m for m in mentions if m.start >= mention.end), None)
    return (
        after is not None
        and after.place.side == "CN"
        and _PROVINCE_LEAD.fullmatch(text[mention.end : after.start]) is not None
    )


def listed_side(before: str) -> Place | None:
    """'phía Trung Quốc có ông …', 'Về phía Vân Nam có …', 'Lãnh đạo Thượng Hải, trong đó có …':
    the side (and, for China, the province) the sentence lists the person under, another
    country's too ('phía Lào có …'); 'phía bạn' is the guests', China."""
    # The last one: 'phía Việt Nam có A, phía Trung Quốc có B'.
    headers = [*_CAMP.finditer(before), *_LEADERS_OF.finditer(before)]
    match = max(headers, key=lambda m: m.end(), default=None)
    if match is None or not _one_list(before[match.end() :]):
        return None
    who = match["who"].strip()
    if who.lower() in _GUEST_SIDE:
        return Place("china", "Trung Quốc", side="CN")
    places = [p.place for p in find_places(who)]
    if len(places) != 1 or places[0].name in _groupings_with_vietnam():
        return None
    return places[0]


@cache
def _groupings_with_vietnam() -> frozenset[str]:
    return frozenset(load_data("places")["with_vietnam"])


def _one_list(after: str) -> bool:
    """Whether the text after a side's list header still lists that side's people: each ';' in
    it goes on to the next person ('… có ông A, Phó Thị trưởng …; ông B, Bí thư …'), not to
    something else ('…; đại diện các sở, ngành', '…; cùng dự có …')."""
    parts = [part.lstrip() for part in after.split(";")[1:]]
    return all(not p or p[0].isupper() or _ADDRESSED.match(p) for p in parts)
