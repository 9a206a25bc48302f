"""Where a document's name goes on past a comma inside it: a prefecture's groups ('… dân tộc
Choang, Miêu Văn Sơn'), a party's place ('…, tỉnh Vân Nam'), its parent body ('…, Bộ Công
Thương Việt Nam và …'), a body's fields ('Cục Văn hóa, Du lịch thành phố …') and the fields it
lists ('… về thương mại, đầu tư và du lịch', '… về y tế, phòng chống dịch bệnh …')."""

from __future__ import annotations

from extract.body_fields import FIELD_WORDS, last_field_before_place
from extract.document_name_words import BETWEEN_NAMES, name_words
from extract.places import place_at
from extract.text import Token
from extract.title_lexicon import title_lexicon

_SHORT_FIELD = 2
_BODY_FIELD_WORDS = (
    3  # lowercase words after a capital in a body's field ('Phát thanh truyền hình')
)
_SUBJECT_WORDS = 3  # the words of a subject a name lists ('khoa học kỹ thuật')
_GROUP_WORDS = 3  # an ethnic group's name in a prefecture's ('Choang', 'Cáp Nhì')
# Words after which a name goes on with its parties, its place or its term ('… đầu tư giữa …',
# '… thực vật tại khu vực biên giới', '… giai đoạn 2025 - 2027').
_NAME_GOES_ON = frozenset({"giữa", "tại", "giai", "năm"})
_SUBJECT = "về"  # the word a name's subject follows: 'Bản ghi nhớ hợp tác về y tế, …'


def past_comma(tokens: list[Token], keys: list[str], comma: int, in_item: bool) -> int | None:
    """Where the name goes on after a comma inside it, or None: the comma ends it. Inside are
    the commas of a prefecture's groups ('Châu tự trị dân tộc Choang, Miêu Văn Sơn'), of the
    place locating a party ('…, tỉnh Vân Nam (Trung Quốc)'), of a list of fields ('… về
    thương mại, đầu tư và du lịch'), of two subjects side by side ('… động vật, thực
    vật qua biên giới'), and in a list's item, every comma not before a clause
    ('… hàng hóa xuất khẩu, nhập khẩu qua biên giới;')."""
    after = comma + 1
    if after >= len(tokens) or not tokens[after].is_word:
        return None
    if _ends_a_group(tokens, keys, comma) and tokens[after].is_capitalised:
        return after
    if tokens[comma - 1].is_capitalised and _locates(tokens, keys, after):
        return after
    if _in_a_body_s_fields(tokens, keys, comma) or _body_s_last_field(tokens, keys, comma):
        return after
    if in_item and not _opens_clause(keys, after):
        return after
    listed = _province_at(tokens, keys, comma - 1) or _province_at(tokens, keys, comma - 2)
    if listed and _province_at(tokens, keys, after):
        return after  # '… giữa các tỉnh Lào Cai, Hà Giang, Lai Châu và tỉnh Vân Nam'
    if _between_subjects(tokens, keys, comma):
        return after  # '… kiểm dịch động vật, thực vật qua biên giới'
    return _listed_fields(tokens, keys, comma)


def _between_subjects(tokens: list[Token], keys: list[str], comma: int) -> bool:
    """The comma joins two subjects the name lists side by side, whatever follows the second
    ('… phòng, chống dịch bệnh động vật, thực vật qua biên giới', '… giao lưu văn hóa, thể
    thao khu vực biên giới năm 2020'): one ends right before it and a lowercase one starts
    right after it, no verb of the sentence after it."""
    subjects = name_words().subjects
    after = comma + 1
    if tokens[after].is_capitalised or subjects.match(keys, after) is None:
        return False
    if _has_a_verb(tokens, keys, after):
        return False  # '… về y tế, phòng chống dịch bệnh … đã được tăng cường': a clause
    return any(
        (found := subjects.match(keys, comma - n)) is not None and found[0] == n
        for n in range(1, _SUBJECT_WORDS + 1)
        if comma - n >= 0
    )


def parent_body(tokens: list[Token], keys: list[str], comma: int) -> int | None:
    """Where the name goes on after a comma naming the body a party before it belongs to ('…
    giữa Cục Thương mại điện tử và Kinh tế số, Bộ Công Thương Việt Nam và Sở Thương mại …'): a
    known organisation, a country's or a province's name perhaps after it, then 'và' or the
    name's end; None when the comma ends the name ('…, Bộ Công Thương cam kết …' opens a
    clause)."""
    after = comma + 1
    body = title_lexicon().organisations.match(keys, after)
    if body is None or not tokens[after].is_capitalised:
        return None
    j = after + body[0]
    if (mention := place_at(tokens, keys, j)) is not None:
        j += mention.tokens
    return after if j >= len(keys) or keys[j] in ("và", ".", ";") else None


def _in_a_body_s_fields(tokens: list[Token], keys: list[str], comma: int) -> bool:
    """The comma lists the fields a body's name joins, each opening with a capital, the last
    after 'và' ('Sở Văn hóa, Thể thao và Du lịch', 'Bộ Lao động, Thương binh và Xã hội')."""
    if not _field_before(tokens, comma):
        return False
    j = _capitalised_field(tokens, keys, comma + 1)
    while j is not None and j < len(keys) and keys[j] == ",":
        j = _capitalised_field(tokens, keys, j + 1)
    return (
        j is not None
        and j < len(keys)
        and keys[j] == "và"
        and _capitalised_field(tokens, keys, j + 1) is not None
    )


def _body_s_last_field(tokens: list[Token], keys: list[str], comma: int) -> bool:
    """The comma joins a body's second and last field, named with a capital and without 'và'
    right before the place the body is in ('Cục Văn hóa, Du lịch thành phố Phòng Thành Cảng'),
    a field opening with a capital before it."""
    return _field_before(tokens, comma) and last_field_before_place(
        tokens, keys, comma, name_words().party_locators, lambda j: place_at(tokens, keys, j)
    )


def field_after_subject(tokens: list[Token], keys: list[str], start: int, comma: int) -> bool:
    """The comma of a name's subject goes on with another field of cooperation ('Bản ghi nhớ
    hợp tác về y tế, phòng chống dịch bệnh khu vực biên giới'): the name from `start` tells its
    subject after 'về', no party or place since, and a field in lower case follows the comma
    (the fields of body_fields), not a clause ('…, đồng thời …', '…, góp phần …')."""
    told = [k for k in range(start, comma) if keys[k] in BETWEEN_NAMES and keys[k] != "và"]
    after = comma + 1
    return (
        bool(told)
        and keys[told[-1]] == _SUBJECT
        and after < len(tokens)
        and not tokens[after].is_capitalised
        and not _opens_clause(keys, after)
        and name_words().subjects.match(keys, after) is not None
        and not _has_a_verb(tokens, keys, after)
    )


def _has_a_verb(tokens: list[Token], keys: list[str], j: int) -> bool:
    """Words from j up to the next mark hold a verb of the sentence, a clause with its subject
    ('…, du lịch hai tỉnh đã tăng'), not a field ('…, phòng chống dịch bệnh khu vực biên giới')."""
    verbs = name_words().clause_verbs
    k = j
    while k < len(tokens) and tokens[k].is_word:
        if keys[k] in verbs:
            return True
        k += 1
    return False


def _field_before(tokens: list[Token], comma: int) -> bool:
    """A field of a word or two opening with a capital right before the comma ('Văn hóa')."""
    return any(
        k > 0 and tokens[k].is_capitalised and all(t.is_word for t in tokens[k:comma])
        for k in range(comma - _SHORT_FIELD, comma)
    )


def _capitalised_field(tokens: list[Token], keys: list[str], j: int) -> int | None:
    """Where a field of a body's name starting at j ends ('Thể thao', 'Phát thanh truyền hình'):
    a capitalised word and a few lowercase words after it; None when none starts there."""
    if j >= len(tokens) or not tokens[j].is_capitalised or not tokens[j].is_word:
        return None
    end = j + 1
    while (
        end < len(tokens)
        and end - j <= _BODY_FIELD_WORDS
        and tokens[end].is_word
        and not tokens[end].is_capitalised
        and keys[end] not in BETWEEN_NAMES
    ):
        end += 1
    return end


def _province_at(tokens: list[Token], keys: list[str], j: int) -> bool:
    """A province's or a city's name at j ('Hà Giang'), not a country's ('Trung Quốc')."""
    mention = place_at(tokens, keys, j) if j >= 0 else None
    return mention is not None and mention.place.kind in ("division", "vietnam")


def _ends_a_group(tokens: list[Token], keys: list[str], comma: int) -> bool:
    """The comma ends the first of a prefecture's groups ('dân tộc Choang,', 'dân tộc Cáp Nhì,'):
    'dân tộc' and a few capitalised words before it."""
    j = comma - 1
    while j > 0 and comma - j <= _GROUP_WORDS and tokens[j].is_capitalised:
        j -= 1
    return j < comma - 1 and keys[j - 1 : j + 1] == ["dân", "tộc"]


def _locates(tokens: list[Token], keys: list[str], j: int) -> bool:
    """'tỉnh Vân Nam', 'thành phố Văn Sơn': a division's word and its name, at j."""
    located = name_words().party_locators.match(keys, j)
    name = j + located[0] if located else len(tokens)
    return name < len(tokens) and tokens[name].is_capitalised


def _listed_fields(tokens: list[Token], keys: list[str], comma: int) -> int | None:
    """Where the list of fields continued at `comma` ends ('…, đầu tư và du lịch' after 'thương
    mại'), or None when the comma ends the name. Every field is a few lowercase words, not
    opening a clause ('…, tăng cường …'); the list ends with 'và' and a last field, where the
    name goes on with its parties, place or term ('…, đầu tư giữa hai bên'), or, when every
    field is a word or two, with the sentence ('…, thủy sản.'), or with words after a name ('…,
    công nhân kỹ thuật trong năm 2026')."""
    j = comma
    longest = 0
    while j < len(keys) and keys[j] in (",", "và"):
        field = j + 1
        if field >= len(tokens) or _opens_clause(keys, field):
            return None
        while (
            field < len(tokens)
            and field - j <= FIELD_WORDS
            and tokens[field].is_word
            and not tokens[field].is_capitalised
            and keys[field] not in _NAME_GOES_ON
            and (field == j + 1 or keys[field] != "và")
            and not (field > j + 1 and _stops_a_name(tokens, keys, field))
        ):
            field += 1
        if field == j + 1:
            return None
        if keys[j] == "và":
            return field
        longest = max(longest, field - j - 1)
        j = field
    if j < len(keys) and (keys[j] in _NAME_GOES_ON or _stops_a_name(tokens, keys, j)):
        return j
    if (j >= len(keys) or keys[j] in (".", ";")) and longest <= _SHORT_FIELD:
        return j
    if j < len(keys) and longest <= _SHORT_FIELD and _fields_place(tokens, keys, j):
        return j  # '… thị trường hoa, rau Đà Lạt giai đoạn …': the fields' place follows
    return None


def _fields_place(tokens: list[Token], keys: list[str], j: int) -> bool:
    """A place at j that the fields before it are of, the name going on with its term or
    ending there ('… hoa, rau Đà Lạt giai đoạn 2025 – 2028'); not a party opening a clause
    ('…, tỉnh Lạng Sơn cam kết …')."""
    mention = place_at(tokens, keys, j)
    if mention is None or name_words().party_locators.match(keys, j - 1):
        return False
    after = j + mention.tokens
    return after >= len(keys) or keys[after] in (".", ";") or keys[after] in _NAME_GOES_ON


def _stops_a_name(tokens: list[Token], keys: list[str], j: int) -> bool:
    """Words after a name, not a mark, at j: 'trong năm …', 'đã', 'nhằm'."""
    return tokens[j].is_word and name_words().name_stops.match(keys, j) is not None


def _opens_clause(keys: list[str], j: int) -> bool:
    """A clause opens at j, not a field of the name: 'đồng thời', 'hai bên', 'dự kiến'."""
    words = name_words()
    return keys[j] in words.clause_words or words.clause_phrases.match(keys, j) is not None
