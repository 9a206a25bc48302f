"""The documents an article says were signed at its event, or agreed to be signed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from extract.dates import day_in, day_opens, running_days, span_end_in
from extract.document_names import name_end
from extract.lexicon import PhraseSet, load_data
from extract.text import Token, squeeze, tokenize
from extract.types import Agreement

_SIGNING_REACH = 12  # tokens between a signing verb and the document it signs
_AFTER_NAME = 6  # tokens after a document's name telling its signing ('… được ký kết')
# A list item's mark: '- ', '• ', '1. ', '2) ', 'a) '.
_ITEM_MARK = re.compile(r"^\s*(?:[-–•+*·]|\d{1,2}[.)]|[a-zđ]\))\s*")
# A note under a list's item, a label of a few words and a colon: 'Người ký: ông …'.
_ITEM_NOTE = re.compile(r"^\s*\w+(?:\s+\w+){0,2}\s*:")
# After a document named generically ('văn kiện'): no name follows.
_GENERIC_AFTER = frozenset({"gồm", "sau", "này", "đó", "trên", "hợp", "quan", "về", "liên"})
# The kind of the words for any document ('văn bản', 'tài liệu'): they name none.
_UNNAMED = "unnamed"
# A second document joined to a signed one: 'Biên bản … và Kế hoạch …', '…, cùng Thỏa thuận …'.
_JOINING = frozenset({"và", "cùng"})
# Counts before a document's word: the documents are unnamed ('12 thỏa thuận', 'hai biên bản').
_COUNTS = frozenset(
    {"nhiều", "hàng", "chục", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}
)
# A counted noun's words before a document's word joined to it ('26 hợp đồng, thỏa thuận …').
_COUNTED_NOUN_WORDS = 4
# What joins a counted noun to a document's word sharing its count.
_COUNT_SHARING = frozenset({",", "và", "hoặc", "/"})
# Words a short telling of a name leaves out ('Bản ghi nhớ thiết lập …' for 'Bản ghi nhớ về việc
# thiết lập …').
_DROPPED_IN_SHORT = frozenset({"về", "việc"})


@dataclass(frozen=True, slots=True)
class _Words:
    documents: PhraseSet
    listed: PhraseSet  # the documents, and those only a list of signed ones names (contracts)
    signed: PhraseSet  # True for a signing verb, False for a word opening with one ('trao đổi')
    agreed: PhraseSet
    discussed: PhraseSet
    agreed_then_signed: PhraseSet
    handing: PhraseSet
    drafting: PhraseSet
    clause_subjects: PhraseSet
    proposed: PhraseSet
    to_come: PhraseSet
    signed_before: PhraseSet
    signed_since: PhraseSet
    meetings: PhraseSet
    after_meeting: PhraseSet


@cache
def _words() -> _Words:
    data = load_data("meetings")
    documents = [
        (w, d["kind"]) for d in data["document"] if not d.get("listed_only") for w in d["words"]
    ]
    listed = [(w, d["kind"]) for d in data["document"] for w in d["words"]]
    signing = data["signing"]
    return _Words(
        documents=PhraseSet([w for w, _ in documents], [k for _, k in documents]),
        listed=PhraseSet([w for w, _ in listed], [k for _, k in listed]),
        signed=PhraseSet(
            [*signing["signed"], *signing["not_signing"]],
            [True] * len(signing["signed"]) + [False] * len(signing["not_signing"]),
        ),
        agreed=PhraseSet(signing["agreed"]),
        discussed=PhraseSet(signing["discussed"]),
        agreed_then_signed=PhraseSet(signing["agreed_then_signed"]),
        handing=PhraseSet(signing["handing"]),
        drafting=PhraseSet(signing["drafting"]),
        clause_subjects=PhraseSet(signing["clause_subjects"]),
        proposed=PhraseSet(signing["proposed"]),
        to_come=PhraseSet(signing["to_come"]),
        signed_before=PhraseSet(signing["signed_before"]),
        signed_since=PhraseSet(signing["signed_since"]),
        meetings=PhraseSet(w for m in data["meeting"] for w in m["words"]),
        after_meeting=PhraseSet(signing["after_meeting"]),
    )


def find_agreements(sentences: Sequence[str], event_day: date | None) -> list[Agreement]:
    """Documents signed, or agreed to be signed, in the sentences (proposals left out).

    A document is dated by the last sentence before it that opens with a day ('Ngày 12/4, tại
    Hạ Long, …'; 'Sau hội đàm, hai bên ký …' then takes that day), else by the event's day. A
    sentence signing documents without naming them, ending with a colon ('… đã ký kết các văn
    kiện gồm:', '… 3 văn bản, gồm:', '… hai thỏa thuận:'), heads a list: each item naming a
    document ('- Bản ghi nhớ về …;', '2. Thỏa thuận …') is one signed there. Where the items are
    marked, a note under one ('Người ký: ông …') does not end the list.
    """
    found: dict[str, Agreement] = {}
    listing: _Listing | None = None
    for sentence, day in zip(sentences, _signing_days(sentences, event_day), strict=True):
        if listing is not None and (item := _list_item(sentence, listing)) is not None:
            found.setdefault(item.name.casefold(), item)
            listing = replace(listing, marked=_ITEM_MARK.match(sentence) is not None)
            continue
        agreements, heading = _sentence_agreements(sentence, day)
        for agreement in agreements:
            found.setdefault(agreement.name.casefold(), agreement)
        if heading is not None or not _tells_of_an_item(sentence, listing, agreements):
            listing = heading
    return _without_summaries(list(found.values()))


def _signing_days(sentences: Sequence[str], event_day: date | None) -> list[date | None]:
    """The day each sentence's signing is on: the day the article last gave ('Sau hội đàm, …'
    after 'Ngày 21/5, … hội đàm …'), but for a sentence opening by closing a meeting ('Kết thúc
    hội nghị, …'), the last day of that meeting when a sentence naming it first gives a span
    ('… được tổ chức từ ngày 4 đến 6/12'), else the day of the last sentence opening with a day
    that names it first, not of a flashback between them ('Trước đó, chiều 5/11, …')."""
    days = list(running_days(sentences, event_day))
    if event_day is None:
        return days
    meetings = _words().meetings
    dated: dict[tuple[str, ...], date] = {}  # the day a meeting was last named with
    ended: dict[tuple[str, ...], date] = {}  # the last day of a meeting held over several
    for n, sentence in enumerate(sentences):
        keys = [t.key for t in tokenize(sentence)]
        if (closed := _closed_meeting(keys)) is not None and (closed in ended or closed in dated):
            days[n] = ended.get(closed) or dated[closed]
        # the sentence's day is that of the first meeting it names: 'Trước đó, chiều 5/11, …
        # đã điện đàm …, thống nhất chương trình hội nghị' dates the phone call
        first = next(meetings.found_in(keys), None)
        if first is None:
            continue
        meeting = tuple(keys[first[0] : first[0] + first[1]])
        if day_opens(sentence) and (day := day_in(sentence, event_day)) is not None:
            dated[meeting] = day
        if (last := span_end_in(sentence, event_day)) is not None:
            ended[meeting] = last  # '… được tổ chức từ ngày 4 đến 6/12': closed on 6/12
    return days


def _closed_meeting(keys: list[str]) -> tuple[str, ...] | None:
    """The meeting a sentence opens by closing ('Kết thúc hội nghị, …', 'Sau buổi hội đàm, …'),
    as its words' keys, or None."""
    words = _words()
    opening = words.after_meeting.match(keys, 0)
    if opening is None:
        return None
    j = opening[0] + (keys[opening[0] : opening[0] + 1] in (["buổi"], ["cuộc"]))
    meeting = words.meetings.match(keys, j)
    return tuple(keys[j : j + meeting[0]]) if meeting else None


def _without_summaries(agreements: list[Agreement]) -> list[Agreement]:
    """The documents without another telling of one named in full, signed the same day: a
    summary's ('ký thỏa thuận liên kết đào tạo …' in the lead, before 'Thỏa thuận hợp tác đào
    tạo liên kết 2+2 …' by its name), the name cut short (the lead's 'Biên bản ghi nhớ thiết
    lập quan hệ hợp tác hữu nghị' before the body's name in full), or the document's word alone
    ('Bản ghi nhớ được ký giữa …' after 'đã ký bản ghi nhớ thiết lập cơ chế …')."""

    def told_again(n: int, a: Agreement) -> bool:
        if not a.signed:
            return False
        same = [
            (m, b)
            for m, b in enumerate(agreements)
            if m != n and b.signed and b.kind == a.kind and b.date == a.date and not _bare(b)
        ]
        if _bare(a):
            return bool(same)
        if any(_shortened(a, b) for _, b in same):
            return True
        return a.name[:1].islower() and any(m > n and b.name[:1].isupper() for m, b in same)

    return [a for n, a in enumerate(agreements) if not told_again(n, a)]


def _shortened(short: Agreement, full: Agreement) -> bool:
    """The first name is the second cut short: its words open the fuller one, 'về việc' aside
    ('Bản ghi nhớ thiết lập quan hệ hợp tác hữu nghị' in the lead, 'Biên bản ghi nhớ về việc
    thiết lập quan hệ hợp tác hữu nghị giữa thành phố …' in the body)."""
    words, fuller = _name_words(short.name), _name_words(full.name)
    return len(words) < len(fuller) and fuller[: len(words)] == words


def _name_words(name: str) -> list[str]:
    """A name's words after its document's word ('Bản ghi nhớ' or 'Biên bản ghi nhớ'), without
    those a shorter telling drops ('về việc', 'về')."""
    keys = [t.key for t in tokenize(name)]
    word = _words().documents.match(keys, 0)
    rest = keys[word[0] :] if word else keys
    return [k for k in rest if k not in _DROPPED_IN_SHORT and any(c.isalnum() for c in k)]


def _bare(agreement: Agreement) -> bool:
    """'Bản ghi nhớ', 'Thỏa thuận khung': a document's word alone, no name."""
    keys = [t.key for t in tokenize(agreement.name)]
    word = _words().documents.match(keys, 0)
    return word is not None and word[0] == len(keys)


@dataclass(frozen=True, slots=True)
class _Listing:
    """A sentence heading a list of documents: whether they were signed, on which day, and
    whether the items read so far were marked ('- ', '2. ')."""

    signed: bool
    day: date | None
    marked: bool = False


def _tells_of_an_item(sentence: str, listing: _Listing | None, agreements: list[Agreement]) -> bool:
    """A note under a marked list's item ('Người ký: ông …' after '1. Bản ghi nhớ …'): a label
    and a colon, no mark, no document named."""
    return (
        listing is not None
        and listing.marked
        and not agreements
        and _ITEM_MARK.match(sentence) is None
        and _ITEM_NOTE.match(sentence) is not None
    )


def _list_item(sentence: str, listing: _Listing) -> Agreement | None:
    """The document a list item names ('- Biên bản hội đàm …;'), or None: not an item, nor an
    unmarked sentence in a list whose items are marked."""
    text = _ITEM_MARK.sub("", sentence, count=1)
    if listing.marked and text == sentence:
        return None
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    document = _words().listed.match(keys, 0) if tokens and tokens[0].is_capitalised else None
    if document is None or document[1] == _UNNAMED:
        return None
    end = name_end(tokens, keys, document[0], in_item=True)
    name = squeeze(text[tokens[0].start : tokens[end - 1].end])
    return Agreement(
        name=name,
        kind=str(document[1]),
        signed=listing.signed,
        date=listing.day if listing.signed else None,
    )


def _sentence_agreements(
    sentence: str, signed_on: date | None
) -> tuple[list[Agreement], _Listing | None]:
    """The documents the sentence names as signed or agreed, and the list it heads if it does."""
    words = _words()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    result: list[Agreement] = []
    # Signed at the event, on its day; or at a time the sentence puts before it, day unknown
    # unless the sentence opens with it ('Trước đó, ngày 9/7, … đã ký …').
    day = None if words.signed_before.occurs(keys) and not day_opens(sentence) else signed_on
    listing = None
    resume = 0  # a document's name is not searched for another one
    joined: tuple[int, str] | None = None  # (where, status) a document joined to the last ends
    listed: str | None = None  # the status of the documents a colon lists in the sentence
    for i, length, kind in words.documents.found_in(keys):
        if i < resume or not tokens[i].is_word:
            continue
        end = name_end(tokens, keys, i + length)
        # '… ký Biên bản … và Kế hoạch …', '… ký Biên bản …; Thỏa thuận …': the document
        # right after one signed is signed too; '… ký hai văn kiện: Kế hoạch …; Biên bản …':
        # so is each the list names.
        if joined is not None and joined[0] == i - 1 and _joins(tokens[i - 1], tokens[i]):
            status: str | None = joined[1]
        elif listed is not None and i > 0 and keys[i - 1] in (":", ";"):
            status = listed
        else:
            status = _signing(keys, i, end)
        resume = end
        if status is None:
            continue
        end = _recipient_at(tokens, keys, i, end)
        joined = (end, status)
        signed = status == "signed"
        if kind == _UNNAMED:
            resume = i + length  # 'ký kết văn bản Thỏa thuận …': the name follows
        # 'các văn kiện gồm:', '3 văn bản, gồm:', 'hai thỏa thuận sau:': unnamed documents,
        # and ('12 thỏa thuận hợp tác mua bán', '26 hợp đồng, thỏa thuận') counted ones
        if kind == _UNNAMED or _generic(keys, i + length, end) or _counted_at(tokens, keys, i):
            if sentence.rstrip().endswith(":"):
                listing = _Listing(signed, day)
            elif end < len(keys) and keys[end] == ":":
                listed = status
            continue
        name = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
        result.append(
            Agreement(name=name, kind=str(kind), signed=signed, date=day if signed else None)
        )
    return result, listing


def _joins(between: Token, document: Token) -> bool:
    """'và', 'cùng', or a semicolon before a name ('; Thỏa thuận …'), not before a clause
    ('; đồng thời …'): the document after it goes with the one before."""
    return between.key in _JOINING or (between.key == ";" and document.is_capitalised)


def _counted_at(tokens: list[Token], keys: list[str], i: int) -> bool:
    """A count before the document's word at i ('12 thỏa thuận', '26 hợp đồng, thỏa thuận')."""
    return i > 0 and (_counted(tokens[i - 1]) or _sharing_a_count(tokens, keys, i))


def _counted(token: Token) -> bool:
    """A count before a document's word ('12 thỏa thuận', 'nhiều biên bản'): no name follows."""
    return token.text.isdigit() or token.key in _COUNTS


def _sharing_a_count(tokens: list[Token], keys: list[str], i: int) -> bool:
    """A document's word in lower case joined to a counted noun before it, sharing its count:
    'đã ký 26 hợp đồng, thỏa thuận mua bán', '8 hợp đồng và thỏa thuận' (companies' deals)."""
    if tokens[i].is_capitalised or tokens[i - 1].key not in _COUNT_SHARING:
        return False
    for j in range(i - 2, max(-1, i - 3 - _COUNTED_NOUN_WORDS), -1):
        if _counted(tokens[j]):
            return j < i - 2  # a noun between the count and the joint
        if not tokens[j].is_word or tokens[j].is_capitalised:
            return False
        if (verb := _words().signed.match(keys, j)) and verb[1]:
            return False  # 'hai bên ký đơn, thỏa thuận': the count is not the document's
    return False


def _generic(keys: list[str], name_start: int, end: int) -> bool:
    """'các văn kiện gồm:', 'văn kiện hợp tác': documents spoken of, none named."""
    if keys[name_start - 1] != "kiện":
        return False
    rest = keys[name_start:end]
    return not rest or rest[0] in _GENERIC_AFTER


def _signing(keys: list[str], i: int, end: int) -> str | None:
    """'signed', 'agreed' or None (not about signing) for the document at keys[i:end]: 'ký kết
    Bản ghi nhớ…', 'đã thống nhất nội dung và ký Biên bản …' (signed); 'Kế hoạch hành động… và
    sẽ ký kết', 'trao đổi về khả năng ký kết Thỏa thuận …', 'bàn việc ký …', 'xây dựng dự thảo
    Biên bản ghi nhớ …', 'Kế hoạch …, dự kiến ký kết tại …', 'ký Bản ghi nhớ … trong thời gian
    tới', 'ký Biên bản … và thống nhất Kế hoạch …' and 'đề nghị hai bên sớm ký …' (agreed: not
    signed, whether agreed, planned, discussed or proposed)."""
    words = _words()
    after = keys[end : end + _AFTER_NAME]
    sign_at = _signing_verbs(keys, max(0, i - _SIGNING_REACH), i)
    if _drafted(keys, i):
        return "agreed"
    if sign_at:
        verb = sign_at[-1]
        if words.agreed.occurs(keys, verb, i):
            return "agreed"  # 'ký Biên bản … và thống nhất kế hoạch hợp tác năm 2026'
        head = _governing(keys, verb)
        discussed = _only_discussed(keys, verb)
    elif _signed_after(after):
        head = keys[:i] + after
        discussed = False
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


def _recipient_at(tokens: list[Token], keys: list[str], i: int, end: int) -> int:
    """Where the name at keys[i:end] ends before the recipient of a document handed over ('trao
    Thỏa thuận nguyên tắc về … cho Tập đoàn …'): at 'cho' and a capitalised word, else `end`."""
    words = _words()
    verbs = _signing_verbs(keys, max(0, i - _SIGNING_REACH), i)
    if not verbs or words.handing.match(keys, verbs[-1]) is None:
        return end
    for k in range(i + 1, end - 1):
        if keys[k] == "cho" and tokens[k + 1].is_capitalised:
            return k
    return end


def _drafted(keys: list[str], i: int) -> bool:
    """A document whose drafting the words right before it tell ('xây dựng dự thảo Biên bản ghi
    nhớ …', 'hoàn thiện dự thảo Bản ghi nhớ …'): planned, whatever is signed before."""
    return any(k + n == i for k, n, _value in _words().drafting.found_in(keys, max(0, i - 3), i))


def _signing_verbs(keys: list[str], start: int, end: int) -> list[int]:
    """Where signing verbs stand in keys[start:end] ('ký kết', 'trao'), not words opening with
    one ('trao đổi về …' is to discuss)."""
    return [k for k, _length, verb in _words().signed.found_in(keys, start, end) if verb]


def _only_discussed(keys: list[str], verb: int) -> bool:
    """A signing the words right before its verb at `verb` only talk over or wish for ('trao
    đổi về việc ký kết …', 'bàn việc ký …', 'cần sớm ký kết …')."""
    return any(k + n == verb for k, n, _value in _words().discussed.found_in(keys, 0, verb))


def _governing(keys: list[str], verb: int) -> list[str]:
    """The words before the signing verb at `verb` whose words of agreeing or proposing make it
    no signing done: from the start of its clause with a subject (a proposal before a semicolon,
    'ông đề nghị …; hai bên thống nhất … tiến tới ký …', is not this one's); none after a second
    act told as done ('sẽ mở … và đã ký …'); those before an agreement reached then signed ('hai
    bên đã thống nhất nội dung và ký …')."""
    if keys[verb - 2 : verb] == ["và", "đã"]:
        return []
    subjects = _words().clause_subjects
    start = next(
        (k + 1 for k in range(verb - 2, -1, -1) if keys[k] == ";" and subjects.match(keys, k + 1)),
        0,
    )
    for k, n, _value in _words().agreed_then_signed.found_in(keys, start, verb):
        if k + n == verb:
            return keys[start:k]
    return keys[start:verb]


def _in_force_since(keys: list[str], end: int) -> bool:
    """A document the words after its name (at `end`) say was signed since an earlier time ('…
    Hiệp định … từ năm 2023', '… được hai bên ký từ tháng 11/2022'): the article's background,
    not a document of its event."""
    words = _words()
    verbs = _signing_verbs(keys, end, end + _AFTER_NAME)
    at = end
    if verbs and (verb := words.signed.match(keys, verbs[0])) is not None:
        at = verbs[0] + verb[0]
    return words.signed_since.match(keys, end) is not None or (
        words.signed_since.match(keys, at) is not None
    )


def _still_to_come(keys: list[str], i: int, end: int) -> bool:
    """A signing the words right after the document's name (keys[i:end]) put ahead ('…
    Thỏa thuận hợp tác trong thời gian tới'), not one the sentence says was done ('đã ký')."""
    return _words().to_come.match(keys, end) is not None and "đã" not in keys[:i]


def _signed_after(after: list[str]) -> bool:
    """'… và sẽ ký kết', '… được ký kết', '…, dự kiến ký kết': signing told after the document's
    name ('các văn kiện đã ký' speaks of documents signed before, not at this event)."""
    words = _words()
    for k, _length, verb in words.signed.found_in(after):
        if verb:
            return any(w in ("sẽ", "được") for w in after[:k]) or words.agreed.occurs(after, 0, k)
    return False
