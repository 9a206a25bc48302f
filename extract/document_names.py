"""Where the name of a signed document ends in a sentence: 'Biên bản ghi nhớ về hợp tác du lịch
giữa tỉnh Hà Giang (Việt Nam) và Chính quyền nhân dân thành phố Văn Sơn, tỉnh Vân Nam'."""

from __future__ import annotations

from extract.agreement_words import signing_words
from extract.document_name_commas import field_after_subject, parent_body, past_comma
from extract.document_name_words import BETWEEN_NAMES, name_words
from extract.text import Token

_BRACKET_WORDS = 12  # a place in brackets inside a document's name: '(Lạng Sơn, Việt Nam)'
# Lowercase words inside a proper name, between two capitalised ones ('Chính quyền nhân dân tỉnh
# Vân Nam'); the words between two names or after one are never inside it (BETWEEN_NAMES).
_LOWER_IN_A_NAME = 4
_PARTIES = "giữa"  # the word a name's parties follow: '… giữa Sở … và Cục …'
_SUBJECT = "về"  # the word a name's subject follows: 'Bản ghi nhớ về hợp tác …'
_COUNTERPARTY = "với"  # the word the party a document is signed with follows
_AS_WELL = "cũng"  # before 'như', a second subject joined: '… thương mại cũng như đầu tư'
_PERIOD = ["giai", "đoạn"]  # a name's term: 'giai đoạn 2025 - 2027'
_DASHES = frozenset({"-", "–"})
_QUOTES = {'"': '"', "“": "”"}  # an opening quote and the one closing it
_POINTED_WORD = 2  # the tokens a point inside a word adds to it: '.' and 'HCM' of 'TP.HCM'
_QUOTED_WORDS = 12  # a quoted title inside a document's name: '"Hai hành lang, một vành đai"'
_SIGNERS_WORDS = 16  # the words naming a document's signers: 'do Sở Công Thương và Cục … ký'


def name_end(tokens: list[Token], keys: list[str], j: int, in_item: bool = False) -> int:
    """Where a document's name ends: at punctuation (not the comma of 'phòng, chống'), a verb,
    or 'và' before another document. A list's item (`in_item`) is a name: only a clause after
    a comma ends it there. The cap on a name's length counts its words, not the marks and
    acronyms of a bracket ('(ITPC)') or an abbreviation's point ('TP.HCM')."""
    words = name_words()
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
            cap += close + 1 - j  # '… đầu tư TP.HCM (ITPC) và Viện …': the aside is not words
            j = close + 1  # '… Đồng Đăng (Lạng Sơn, Việt Nam) - Bằng Tường': its comma is inside
            continue
        if (close := _closing_quote(tokens, j)) is not None:
            j = close + 1  # '… khuôn khổ "Hai hành lang, một vành đai"': its comma is inside
            continue
        if _count_after(tokens, keys, j) or _counted_documents_after(tokens, keys, j):
            break
        if keys[j] == "." and _inside_a_word(tokens, j):
            cap += _POINTED_WORD  # 'UBND TP.HCM': an abbreviation's point, one word with its parts
            j += 1
            continue
        if keys[j] == "," and (past := past_comma(tokens, keys, j, in_item)) is not None:
            j = past
            continue
        if keys[j] == "," and _PARTIES in keys[start:j] and (past := parent_body(tokens, keys, j)):
            j = past
            continue
        if keys[j] == "," and field_after_subject(tokens, keys, start, j):
            j += 1
            continue
        if words.name_stops.match(keys, j) or _signers_at(tokens, keys, j):
            break
        if keys[j] in ("và", "như") and _document_at(tokens, keys, j + 1):
            end = j - 1 if keys[j] == "như" and keys[j - 1] == _AS_WELL else j
            return _counterparty_at(tokens, keys, start, end)
        if _examples_at(tokens, keys, j):
            break
        j += 1
    end = _term_end(tokens, keys, _proper_name_end(tokens, keys, j)) if j == cap else j
    return _counterparty_at(tokens, keys, start, end)


def _signers_at(tokens: list[Token], keys: list[str], j: int) -> bool:
    """The signers of the document open at j, its signing verb a few words on ('… kiểm dịch
    nông sản | do hai sở ký năm 2024', '… | do Sở Công Thương và Cục Thương mại ký kết'); not
    'do' with no verb after it ('Hiệp định thương mại tự do ASEAN - Trung Quốc')."""
    if keys[j] not in name_words().signed_by:
        return False
    signing = signing_words().signed
    for k in range(j + 1, min(len(tokens), j + 1 + _SIGNERS_WORDS)):
        if not tokens[k].is_word:
            return False
        if (verb := signing.match(keys, k)) is not None:
            return bool(verb[1])
    return False


def _examples_at(tokens: list[Token], keys: list[str], j: int) -> bool:
    """Examples of what a name says open at j ('… các địa phương ven biển Việt Nam | như Quảng
    Ninh, Hải Phòng', '… sản phẩm chủ lực | chẳng hạn như chè, hồi'): a word opening them in
    lower case ('huyện Như Xuân' is a name), not 'như' of 'cũng như' (a second subject)."""
    return (
        name_words().examples.match(keys, j) is not None
        and not tokens[j].is_capitalised
        and not (j > 0 and keys[j - 1] == _AS_WELL)
    )


def _document_at(tokens: list[Token], keys: list[str], j: int) -> bool:
    """A document's word at j, with its capital where its kind needs one: '… và Kế hoạch xây
    dựng cầu …' joins a second document, '… về đầu tư và kế hoạch phát triển …' does not."""
    words = name_words()
    document = words.documents.match(keys, j)
    return document is not None and (
        document[1] not in words.capitalised or tokens[j].is_capitalised
    )


def _counterparty_at(tokens: list[Token], keys: list[str], start: int, end: int) -> int:
    """Where a name at keys[start:end] ends before the party it is signed with, told at its end
    after its subject ('… về hỗ trợ doanh nghiệp … xuyên biên giới | với Tập đoàn JD.com', '…
    hợp tác phát triển vùng nguyên liệu sắn | với Sở Thương mại tỉnh …'): at 'với' and a party's
    name (capitalised, or a division's word and a name) running to the end; `end` when the name
    has its parties ('giữa Sở … với Sảnh …'), names its partner ('hợp tác với Tập đoàn …') or
    goes on after the party ('… với Tập đoàn … về nghiên cứu …')."""
    if _PARTIES in keys[start:end]:
        return end
    for k in range(end - 2, start, -1):
        if keys[k] != _COUNTERPARTY:
            continue
        located = name_words().party_locators.match(keys, k + 1)
        party = k + 1 + (located[0] if located else 0)
        if (
            party < end
            and tokens[party].is_capitalised
            and _subject_before(keys, start, k)
            and not any(w in BETWEEN_NAMES and w != "và" for w in keys[k + 1 : end])
        ):
            return k
        break
    return end


def _subject_before(keys: list[str], start: int, k: int) -> bool:
    """The name from `start` tells its subject before the 'với' at k: 'về' ('Bản ghi nhớ về hợp
    tác du lịch | với …'), or words not ending in those whose partner 'với' names ('hợp tác
    phát triển vùng nguyên liệu | với …', not 'Bản ghi nhớ hợp tác | với Tập đoàn …')."""
    if _SUBJECT in keys[start:k]:
        return True
    partnering = name_words().partnering
    return k > start and not any(j + n == k for j, n, _value in partnering.found_in(keys, start, k))


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
        if not tokens[k].is_word or keys[k] in BETWEEN_NAMES:
            return None
    return None


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


def _counted_documents_after(tokens: list[Token], keys: list[str], j: int) -> bool:
    """'và', a count and a document's word at j: documents of their own joined to the name,
    none named ('… hợp tác đầu tư | và 15 thỏa thuận hợp tác giữa doanh nghiệp', '… | và các
    hợp đồng mua bán')."""
    words = name_words()
    return (
        keys[j] == "và"
        and j + 2 < len(tokens)
        and (tokens[j + 1].text.isdigit() or keys[j + 1] in words.counts)
        and words.listed.match(keys, j + 2) is not None
    )


def _count_after(tokens: list[Token], keys: list[str], j: int) -> bool:
    """Words after a name telling what the document holds, a count after them: 'với 12 nội
    dung hợp tác', 'gồm nhiều nội dung'."""
    words = name_words()
    return (
        keys[j] in words.before_a_count
        and j + 1 < len(tokens)
        and (tokens[j + 1].text.isdigit() or keys[j + 1] in words.counts)
    )
