"""Whether a document a sentence names was signed at its event, agreed or planned to be signed,
or not signed there at all: 'ký kết Bản ghi nhớ …', 'thống nhất sẽ ký …', 'đề nghị sớm ký …'."""

from __future__ import annotations

from extract.agreement_words import UNNAMED, signing_words
from extract.lexicon import PhraseSet
from extract.text import Token

_SIGNING_REACH = 12  # tokens between a signing verb and the document it signs
_AFTER_NAME = 6  # tokens after a document's name telling its signing ('… được ký kết')
_DRAFTING_WORDS = 4  # tokens of the words drafting a document ('hoàn thiện dự thảo')
_MANNER_WORDS = 3  # tokens of a word telling how a document is carried out ('có hiệu quả')
_MANNER_PHRASES = 2  # such words in a row ('nghiêm túc, đầy đủ')
_MANNER_JOINS = frozenset({",", "và"})  # between two of them
_EVENT_WORDS = 4  # tokens of an event's word before a plan it carries out ('hội nghị tổng kết')
_AMENDING_WORDS = 2  # tokens of a word amending a document ('sửa đổi')
_AMENDING_PHRASES = 2  # such words in a row ('sửa đổi, bổ sung')
_SIGNING_WORDS = 2  # tokens of a signing verb ('ký kết')


def signing_status(keys: list[str], i: int, end: int) -> str | None:
    """'signed', 'agreed' or None (not about signing) for the document at keys[i:end]: 'ký kết
    Bản ghi nhớ…', 'đã thống nhất nội dung và ký Biên bản …' (signed); 'Kế hoạch hành động… và
    sẽ ký kết', 'trao đổi về khả năng ký kết Thỏa thuận …', 'bàn việc ký …', 'xây dựng dự thảo
    Biên bản ghi nhớ …', 'Kế hoạch …, dự kiến ký kết tại …', 'ký Bản ghi nhớ … trong thời gian
    tới', 'ký Biên bản … và thống nhất Kế hoạch …' and 'đề nghị hai bên sớm ký …' (agreed: not
    signed, whether agreed, planned, discussed or proposed); 'ký Biên bản …, giao các sở lập Kế
    hoạch …' (None for the plan: the signing verb's reach ends before another verb's clause)."""
    words = signing_words()
    after = keys[end : end + _AFTER_NAME]
    sign_at = signing_verbs(keys, max(0, i - _SIGNING_REACH), i) + _adopted_at(keys, i)
    if _drafted(keys, i) or _amended(keys, i):
        return "agreed"
    if sign_at:
        verb = sign_at[-1]
        if _recalled_since(keys, verb):
            return None
        if words.agreed.occurs(keys, verb, i):
            return "agreed"  # 'ký Biên bản … và thống nhất kế hoạch hợp tác năm 2026'
        if _reach_ended(keys, verb, i):
            return None  # 'ký Biên bản …, giao các sở lập Kế hoạch …': not this one's verb
        head = _governing(keys, verb)
        discussed = _only_discussed(keys, verb)
    elif _signed_after(after):
        head = keys[:i] + after
        discussed = _ahead_after(after)
    else:
        return None
    if (
        discussed
        or words.agreed.occurs(head)
        or words.proposed.occurs(head)
        or _still_to_come(keys, i, end)
    ):
        return "agreed"
    return None if _in_force_since(keys, end) else "signed"


def _recalled_since(keys: list[str], verb: int) -> bool:
    """A signing at `verb` the clause opens by counting time from ('Từ khi hai bên ký Biên bản
    ghi nhớ … năm 2019 đến nay, …', 'kể từ khi ký …'): recalled, not one of the event."""
    for k, _length, _value in signing_words().recalled_since.found_in(keys, 0, verb):
        if not any(w in (",", ".", ";", ":") for w in keys[k:verb]):
            return True
    return False


def recipient_at(tokens: list[Token], keys: list[str], i: int, end: int) -> int:
    """Where the name at keys[i:end] ends before the recipient of a document handed over ('trao
    Thỏa thuận nguyên tắc về … cho Tập đoàn …'): at 'cho' and a capitalised word, else `end`."""
    words = signing_words()
    verbs = signing_verbs(keys, max(0, i - _SIGNING_REACH), i)
    if not verbs or words.handing.match(keys, verbs[-1]) is None:
        return end
    for k in range(i + 1, end - 1):
        if keys[k] == "cho" and tokens[k + 1].is_capitalised:
            return k
    return end


def _reach_ended(keys: list[str], verb: int, i: int) -> bool:
    """The signing verb at `verb` signs a document named before the one at i, and another verb's
    clause opens after it ('ký Biên bản hội đàm … và giao các sở lập Kế hoạch …', 'ký Biên bản
    …, đồng thời bàn Kế hoạch …'): the verb's reach ends at the 'và' or the comma; not when the
    document at i follows it right away ('ký Biên bản …, Thỏa thuận …') or the words after it
    count the documents signed ('ký 14 văn kiện, trong đó có Hiệp định …')."""
    words = signing_words()
    documents = words.documents.found_in(keys, verb + 1, i)
    named = [k for k, _n, kind in documents if kind != UNNAMED]
    joins = [k for k in range(named[0] + 1, i) if keys[k] in words.clause_joins] if named else []
    if not joins or joins[-1] == i - 1:
        return False
    return words.counting_in.match(keys, joins[-1] + 1) is None


def _adopted_at(keys: list[str], i: int) -> list[int]:
    """Where a verb adopting the document at i stands right before it ('hai bên đã thông qua
    Biên bản hội đàm …'): [] when none does ('thông qua cửa khẩu …' is 'through')."""
    adopting = signing_words().adopting
    return [k for k, n, _value in adopting.found_in(keys, max(0, i - 2), i) if k + n == i]


def _drafted(keys: list[str], i: int) -> bool:
    """A document whose drafting, study, negotiation, approval or carrying out the words right
    before it tell ('xây dựng dự thảo Biên bản ghi nhớ …', 'hoàn thiện dự thảo Bản ghi nhớ …',
    'sớm đàm phán Hiệp định …', 'triển khai hiệu quả Hiệp định … đã ký năm 2023', 'thực hiện
    nghiêm Hiệp định …'): only discussed, whatever is signed before."""
    drafting = signing_words().drafting
    verb_end = _manner_start(keys, i)
    start = max(0, verb_end - _DRAFTING_WORDS)
    return any(k + n == verb_end for k, n, _value in drafting.found_in(keys, start, i))


def _amended(keys: list[str], i: int) -> bool:
    """A document in force the words right before it amend, extend or review ('xem xét sửa đổi
    Thỏa thuận vận hành …', 'sửa đổi, bổ sung Quy chế …', 'gia hạn Bản ghi nhớ …'): only
    discussed; not when a signing verb opens those words ('ký gia hạn Thỏa thuận …' signs)."""
    start = _amending_start(keys, i)
    if start == i:
        return False
    signed = signing_words().signed.found_in(keys, max(0, start - _SIGNING_WORDS), start)
    return not any(k + n == start and verb for k, n, verb in signed)


def _amending_start(keys: list[str], i: int) -> int:
    """Where the words right before the document at i amending it begin ('xem xét | sửa đổi, bổ
    sung | Quy chế …'); i when none stand there."""
    return _run_start(keys, i, signing_words().amending, _AMENDING_WORDS, _AMENDING_PHRASES)


def in_an_event_s_name(keys: list[str], i: int) -> bool:
    """The document at i carried out by an event whose name it ends ('tổ chức hội nghị triển
    khai kế hoạch hợp tác với tỉnh Vân Nam năm 2026', 'hội nghị tổng kết thực hiện kế hoạch
    …'): the event's word stands right before the verb carrying it out."""
    drafting = signing_words().drafting
    verb_end = _manner_start(keys, i)
    start = max(0, verb_end - _DRAFTING_WORDS)
    verbs = [k for k, n, _value in drafting.found_in(keys, start, i) if k + n == verb_end]
    events = signing_words().event_names.found_in(keys, max(0, start - _EVENT_WORDS), i)
    return any(k + n in verbs for k, n, _value in events)


def _manner_start(keys: list[str], i: int) -> int:
    """Where the words right before the document at i telling how it is carried out begin
    ('thực hiện | nghiêm túc, đầy đủ | Hiệp định …', 'triển khai | có hiệu quả | Bản ghi nhớ
    …'); i when none stand there."""
    return _run_start(keys, i, signing_words().manner, _MANNER_WORDS, _MANNER_PHRASES)


def _run_start(keys: list[str], i: int, phrases: PhraseSet, words: int, most: int) -> int:
    """Where a run of up to `most` of `phrases` (each of up to `words` tokens), joined by ','
    or 'và', ending right before token i begins; i when none ends there."""
    j = i
    for _ in range(most):
        at = j - 1 if 0 < j < i and keys[j - 1] in _MANNER_JOINS else j
        start = max(0, at - words)
        before = [k for k, n, _value in phrases.found_in(keys, start, at) if k + n == at]
        if not before:
            break
        j = before[0]
    return j


def signing_verbs(keys: list[str], start: int, end: int) -> list[int]:
    """Where signing verbs stand in keys[start:end] ('ký kết', 'trao'), not words opening with
    one ('trao đổi về …' is to discuss)."""
    return [k for k, _length, verb in signing_words().signed.found_in(keys, start, end) if verb]


def _only_discussed(keys: list[str], verb: int) -> bool:
    """A signing the words right before its verb at `verb` only talk over or wish for ('trao
    đổi về việc ký kết …', 'bàn việc ký …', 'cần sớm ký kết …')."""
    return any(k + n == verb for k, n, _value in signing_words().discussed.found_in(keys, 0, verb))


def _governing(keys: list[str], verb: int) -> list[str]:
    """The words before the signing verb at `verb` whose words of agreeing or proposing make it
    no signing done: from the start of its clause with a subject (a proposal before a semicolon,
    'ông đề nghị …; hai bên thống nhất … tiến tới ký …', is not this one's); none after a second
    act told as done ('sẽ mở … và đã ký …'); those before an agreement reached then signed ('hai
    bên đã thống nhất nội dung và ký …')."""
    if keys[verb - 2 : verb] == ["và", "đã"]:
        return []
    subjects = signing_words().clause_subjects
    start = next(
        (k + 1 for k in range(verb - 2, -1, -1) if keys[k] == ";" and subjects.match(keys, k + 1)),
        0,
    )
    for k, n, _value in signing_words().agreed_then_signed.found_in(keys, start, verb):
        if k + n == verb:
            return keys[start:k]
    return keys[start:verb]


def _in_force_since(keys: list[str], end: int) -> bool:
    """A document the words after its name (at `end`) say was signed since an earlier time ('…
    Hiệp định … từ năm 2023', '… được hai bên ký từ tháng 11/2022'): the article's background,
    not a document of its event."""
    words = signing_words()
    verbs = signing_verbs(keys, end, end + _AFTER_NAME)
    at = end
    if verbs and (verb := words.signed.match(keys, verbs[0])) is not None:
        at = verbs[0] + verb[0]
    return words.signed_since.match(keys, end) is not None or (
        words.signed_since.match(keys, at) is not None
    )


def _still_to_come(keys: list[str], i: int, end: int) -> bool:
    """A signing the words right after the document's name (keys[i:end]) put ahead ('…
    Thỏa thuận hợp tác trong thời gian tới'), not one the sentence says was done ('đã ký')."""
    return signing_words().to_come.match(keys, end) is not None and "đã" not in keys[:i]


def _ahead_after(after: list[str]) -> bool:
    """The words after a document's name put the signing they tell ahead: a word of a signing
    not yet done before its verb ('… dự kiến được ký …', '… chưa được ký'), or a time to come
    after it ('… được ký vào năm tới')."""
    words = signing_words()
    for k, length, verb in words.signed.found_in(after):
        if verb:
            return words.not_yet.occurs(after, 0, k) or words.to_come.occurs(after, k + length)
    return False


def _signed_after(after: list[str]) -> bool:
    """'… và sẽ ký kết', '… được ký kết', '…, dự kiến ký kết': signing told after the document's
    name ('các văn kiện đã ký' speaks of documents signed before, not at this event)."""
    words = signing_words()
    for k, _length, verb in words.signed.found_in(after):
        if verb:
            return any(w in ("sẽ", "được") for w in after[:k]) or words.agreed.occurs(after, 0, k)
    return False
