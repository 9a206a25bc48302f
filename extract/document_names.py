"""Where the name of a signed document ends in a sentence: 'Biên bản ghi nhớ về hợp tác du lịch
giữa tỉnh Hà Giang (Việt Nam) và Chính quyền nhân dân thành phố Văn Sơn, tỉnh Vân Nam'."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.lexicon import PhraseSet, load_data
from extract.places import place_at
from extract.text import Token
from extract.title_lexicon import title_lexicon

_BRACKET_WORDS = 12  # a place in brackets inside a document's name: '(Lạng Sơn, Việt Nam)'
# The fields a document's name lists: 'về thương mại, đầu tư và du lịch' (each a few words).
_FIELD_WORDS = 5
_SHORT_FIELD = 2
_BODY_FIELD_WORDS = (
    3  # lowercase words after a capital in a body's field ('Phát thanh truyền hình')
)
_GROUP_WORDS = 3  # an ethnic group's name in a prefecture's ('Choang', 'Cáp Nhì')
# Lowercase words inside a proper name, between two capitalised ones ('Chính quyền nhân dân tỉnh
# Vân Nam'), and the words between two names or after one, never inside it.
_LOWER_IN_A_NAME = 4
_BETWEEN_NAMES = frozenset({"và", "về", "với", "của", "cho", "giữa", "tại", "giai", "năm", "trong"})
# Words after which a name goes on with its parties, its place or its term ('… đầu tư giữa …',
# '… thực vật tại khu vực biên giới', '… giai đoạn 2025 - 2027').
_NAME_GOES_ON = frozenset({"giữa", "tại", "giai", "năm"})
_PARTIES = "giữa"  # the word a name's parties follow: '… giữa Sở … và Cục …'
_SUBJECT = "về"  # the word a name's subject follows: 'Bản ghi nhớ về hợp tác …'
_COUNTERPARTY = "với"  # the word the party a document is signed with follows
_PERIOD = ["giai", "đoạn"]  # a name's term: 'giai đoạn 2025 - 2027'
_DASHES = frozenset({"-", "–"})
_QUOTES = {'"': '"', "“": "”"}  # an opening quote and the one closing it
_QUOTED_WORDS = 12  # a quoted title inside a document's name: '"Hai hành lang, một vành đai"'


@dataclass(frozen=True, slots=True)
class _Words:
    documents: PhraseSet  # the documents' words, each with its kind
    capitalised: frozenset[str]  # the kinds of documents named only with a capital ('Kế hoạch')
    name_stops: PhraseSet
    name_pairs: PhraseSet
    party_locators: PhraseSet
    name_max: int
    clause_words: frozenset[str]
    clause_phrases: PhraseSet
    before_a_count: frozenset[str]
    counts: frozenset[str]


@cache
def _words() -> _Words:
    data = load_data("meetings")
    signing = data["signing"]
    kinds = [
        (w, d["kind"]) for d in data["document"] if not d.get("listed_only") for w in d["words"]
    ]
    return _Words(
        documents=PhraseSet([w for w, _ in kinds], [k for _, k in kinds]),
        capitalised=frozenset(d["kind"] for d in data["document"] if d.get("capitalised_only")),
        name_stops=PhraseSet(signing["name_stops"]),
        name_pairs=PhraseSet(signing["name_pairs"]),
        party_locators=PhraseSet(signing["party_locators"]),
        name_max=int(signing["name_max_words"]),
        clause_words=frozenset(signing["clause_words"]),
        clause_phrases=PhraseSet(signing["clause_phrases"]),
        before_a_count=frozenset(signing["before_a_count"]),
        counts=frozenset(signing["name_counts"]),
    )


def name_end(tokens: list[Token], keys: list[str], j: int, in_item: bool = False) -> int:
    """Where a document's name ends: at punctuation (not the comma of 'phòng, chống'), a verb,
    or 'và' before another document. A list's item (`in_item`) is a name: only a clause after
    a comma ends it there."""
    words = _words()
    start = j
    cap = len(tokens) if in_item else j + words.name_max
    while j < min(len(tokens), cap):
        pair = words.name_pairs.match(keys, j)
        if pair:
            j += pair[0]
            continue
        if keys[j] == "(":
            close = _closing(keys, j)
            if close is None:
                break  # an aside in brackets ('(ký lần đầu năm 2019, hết hạn …)') is not the name
            j = close + 1  # '… Đồng Đăng (Lạng Sơn, Việt Nam) - Bằng Tường': its comma is inside
            continue
        if (close := _closing_quote(tokens, j)) is not None:
            j = close + 1  # '… khuôn khổ "Hai hành lang, một vành đai"': its comma is inside
            continue
        if _count_after(tokens, keys, j):
            break
        if keys[j] == "." and _inside_a_word(tokens, j):
            j += 1  # 'UBND TP.HCM': an abbreviation's point
            continue
        if keys[j] == "," and (past := _past_comma(tokens, keys, j, in_item)) is not None:
            j = past
            continue
        if keys[j] == "," and _PARTIES in keys[start:j] and (past := _parent_body(tokens, keys, j)):
            j = past
            continue
        if words.name_stops.match(keys, j):
            break
        if keys[j] in ("và", "như") and _document_at(tokens, keys, j + 1):
            end = j - 1 if keys[j] == "như" and keys[j - 1] == "cũng" else j
            return _counterparty_at(tokens, keys, start, end)
        j += 1
    end = _term_end(tokens, keys, _proper_name_end(tokens, keys, j)) if j == cap else j
    return _counterparty_at(tokens, keys, start, end)


def _document_at(tokens: list[Token], keys: list[str], j: int) -> bool:
    """A document's word at j, with its capital where its kind needs one: '… và Kế hoạch xây
    dựng cầu …' joins a second document, '… về đầu tư và kế hoạch phát triển …' does not."""
    words = _words()
    document = words.documents.match(keys, j)
    return document is not None and (
        document[1] not in words.capitalised or tokens[j].is_capitalised
    )


def _counterparty_at(tokens: list[Token], keys: list[str], start: int, end: int) -> int:
    """Where a name at keys[start:end] ends before the party it is signed with, told at its end
    after its subject ('… về hỗ trợ doanh nghiệp … xuyên biên giới | với Tập đoàn JD.com'): at
    'với' and a party's name (capitalised, or a division's word and a name) running to the end;
    `end` when the name has its parties ('giữa Sở … với Sảnh …') or goes on after the party
    ('hợp tác với Tập đoàn … về nghiên cứu …')."""
    if _PARTIES in keys[start:end]:
        return end
    for k in range(end - 2, start, -1):
        if keys[k] != _COUNTERPARTY:
            continue
        located = _words().party_locators.match(keys, k + 1)
        party = k + 1 + (located[0] if located else 0)
        if (
            party < end
            and tokens[party].is_capitalised
            and _SUBJECT in keys[start:k]
            and not any(w in _BETWEEN_NAMES and w != "và" for w in keys[k + 1 : end])
        ):
            return k
        break
    return end


def _proper_name_end(tokens: list[Token], keys: list[str], j: int) -> int:
    """Where the proper name a name's cap falls in ends ('… và Chính quyền nhân dân | tỉnh Vân
    Nam (Trung Quốc)'): through its capitalised words, the few lowercase ones between them and
    a bracket after one; j when the cap falls between words of no proper name."""
    while j < len(tokens):
        if keys[j] == "(" and tokens[j - 1].is_capitalised and (close := _closing(keys, j)):
            j = close + 1
            continue
        ahead = _lower_run(tokens, keys, j, 1)
        behind = _lower_run(tokens, keys, j - 1, -1)
        if ahead is None or behind is None or ahead + behind > _LOWER_IN_A_NAME:
            return j
        j += ahead + 1
    return j


def _term_end(tokens: list[Token], keys: list[str], j: int) -> int:
    """Where the term a name ends with after its parties' names ends ('… Cáp Nhì, Di Hồng Hà |
    năm 2026', '… | giai đoạn 2025 - 2027'): past its years and the dashes between them; j when
    no term starts there."""
    term = j + 1 if keys[j : j + 1] == ["năm"] else j + 2 if keys[j : j + 2] == _PERIOD else j
    end = term
    while end < len(tokens) and (
        tokens[end].text.isdigit() or (end > term and keys[end] in _DASHES)
    ):
        end += 1
    while end > term and not tokens[end - 1].text.isdigit():
        end -= 1  # a dash after the last year is not the term's
    return end if end > term else j


def _lower_run(tokens: list[Token], keys: list[str], j: int, step: int) -> int | None:
    """How many lowercase words of a name there are from j to the nearest capitalised word,
    going forward (step 1) or back (step -1); None when a mark or a word no name has ('về',
    'giữa') comes first, or none within a name's few lowercase words."""
    for n in range(_LOWER_IN_A_NAME + 1):
        k = j + n * step
        if not 0 <= k < len(tokens):
            return None
        if tokens[k].is_capitalised:
            return n
        if not tokens[k].is_word or keys[k] in _BETWEEN_NAMES:
            return None
    return None


def _past_comma(tokens: list[Token], keys: list[str], comma: int, in_item: bool) -> int | None:
    """Where the name goes on after a comma inside it, or None: the comma ends it. Inside are
    the commas of a prefecture's groups ('Châu tự trị dân tộc Choang, Miêu Văn Sơn'), of the
    place locating a party ('…, tỉnh Vân Nam (Trung Quốc)'), of a list of fields ('… về
    thương mại, đầu tư và du lịch'), and in a list's item, every comma not before a clause
    ('… hàng hóa xuất khẩu, nhập khẩu qua biên giới;')."""
    after = comma + 1
    if after >= len(tokens) or not tokens[after].is_word:
        return None
    if _ends_a_group(tokens, keys, comma) and tokens[after].is_capitalised:
        return after
    if tokens[comma - 1].is_capitalised and _locates(tokens, keys, after):
        return after
    if _in_a_body_s_fields(tokens, keys, comma):
        return after
    if in_item and not _opens_clause(keys, after):
        return after
    listed = _province_at(tokens, keys, comma - 1) or _province_at(tokens, keys, comma - 2)
    if listed and _province_at(tokens, keys, after):
        return after  # '… giữa các tỉnh Lào Cai, Hà Giang, Lai Châu và tỉnh Vân Nam'
    return _listed_fields(tokens, keys, comma)


def _parent_body(tokens: list[Token], keys: list[str], comma: int) -> int | None:
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
        and keys[end] not in _BETWEEN_NAMES
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
    located = _words().party_locators.match(keys, j)
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
            and field - j <= _FIELD_WORDS
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
    if mention is None or _words().party_locators.match(keys, j - 1):
        return False
    after = j + mention.tokens
    return after >= len(keys) or keys[after] in (".", ";") or keys[after] in _NAME_GOES_ON


def _stops_a_name(tokens: list[Token], keys: list[str], j: int) -> bool:
    """Words after a name, not a mark, at j: 'trong năm …', 'đã', 'nhằm'."""
    return tokens[j].is_word and _words().name_stops.match(keys, j) is not None


def _opens_clause(keys: list[str], j: int) -> bool:
    """A clause opens at j, not a field of the name: 'đồng thời', 'hai bên', 'dự kiến'."""
    words = _words()
    return keys[j] in words.clause_words or words.clause_phrases.match(keys, j) is not None


def _inside_a_word(tokens: list[Token], j: int) -> bool:
    """A point with a letter right before and right after it ('TP.HCM')."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j - 1].end == tokens[j].start
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].is_word
    )


def _closing(keys: list[str], j: int) -> int | None:
    """The ')' closing the bracket opened at j, within a few words."""
    for k in range(j + 1, min(len(keys), j + _BRACKET_WORDS)):
        if keys[k] in ("(", ".", ";"):
            return None
        if keys[k] == ")":
            return k
    return None


def _closing_quote(tokens: list[Token], j: int) -> int | None:
    """The quote closing one opened at j ('"Hai hành lang, một vành đai"'), within a few words
    and before the sentence's end; None when no quote opens at j: none there, or one closing a
    quote (glued to the word before it, not to the word after)."""
    closing = _QUOTES.get(tokens[j].text)
    if closing is None or j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return None
    if j > 0 and tokens[j - 1].end == tokens[j].start:
        return None
    for k in range(j + 1, min(len(tokens), j + _QUOTED_WORDS)):
        if tokens[k].text in (".", ";"):
            return None
        if tokens[k].text == closing:
            return k
    return None


def _count_after(tokens: list[Token], keys: list[str], j: int) -> bool:
    """Words after a name telling what the document holds, a count after them: 'với 12 nội
    dung hợp tác', 'gồm nhiều nội dung'."""
    words = _words()
    return (
        keys[j] in words.before_a_count
        and j + 1 < len(tokens)
        and (tokens[j + 1].text.isdigit() or keys[j + 1] in words.counts)
    )
