"""The documents an article says were signed at its event, or agreed to be signed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from extract.agreement_days import signing_days
from extract.agreement_deals import a_business_deal
from extract.agreement_status import in_an_event_s_name, recipient_at, signing_status
from extract.agreement_summaries import without_summaries
from extract.agreement_times import recalled_signings
from extract.agreement_words import UNNAMED, signing_words
from extract.dates import day_opens
from extract.document_names import name_end
from extract.places import PlaceMention, place_at
from extract.text import Token, squeeze, tokenize
from extract.types import Agreement

# The word before a document's owner: '… của Trung Quốc'.
_OWNER = "của"
_VIETNAM = "Việt Nam"  # the country, among the places of its side
_THIRD_SIDE = "other"  # the side of a country neither Vietnam nor China
_CHINA_SIDE = "CN"
# A list item's mark: '- ', '• ', '1. ', '2) ', 'a) '.
_ITEM_MARK = re.compile(r"^\s*(?:[-–•+*·]|\d{1,2}[.)]|[a-zđ]\))\s*")
# A note under a list's item, a label of a few words and a colon: 'Người ký: ông …'.
_ITEM_NOTE = re.compile(r"^\s*\w+(?:\s+\w+){0,2}\s*:")
# After a document named generically ('văn kiện'): no name follows.
_GENERIC_AFTER = frozenset({"gồm", "sau", "này", "đó", "trên", "hợp", "quan", "về", "liên"})
# A second document joined to a signed one: 'Biên bản … và Kế hoạch …', '…, cùng Thỏa thuận …'.
_JOINING = frozenset({"và", "cùng"})
# Counts and plurals before a document's word: the documents are unnamed ('12 thỏa thuận', 'hai
# biên bản', 'các hợp đồng, thỏa thuận').
_COUNTS = frozenset(
    {
        "các",
        "những",
        "nhiều",
        "hàng",
        "chục",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "ít",  # 'không ít bản ghi nhớ' (many)
    }
)
# A counted noun's words before a document's word joined to it ('26 hợp đồng, thỏa thuận …').
_COUNTED_NOUN_WORDS = 4
# The words of a companies' contract before a document's word joined to it ('hợp đồng và …').
_CONTRACT_WORDS = 2
# What joins a counted noun to a document's word sharing its count.
_COUNT_SHARING = frozenset({",", "và", "hoặc", "/"})


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
    days = signing_days(sentences, event_day)
    recalled = recalled_signings(sentences, days, event_day)
    for sentence, day, past in zip(sentences, days, recalled, strict=True):
        if listing is not None and (item := _list_item(sentence, listing)) is not None:
            found.setdefault(item.name.casefold(), item)
            listing = replace(listing, marked=_ITEM_MARK.match(sentence) is not None)
            continue
        agreements, heading = _sentence_agreements(sentence, day)
        if past:  # a signing recalled from before the event ('Năm 2018, hai bên ký …')
            agreements = [a for a in agreements if not a.signed]
            heading = heading if heading is None or not heading.signed else None
        for agreement in agreements:
            found.setdefault(agreement.name.casefold(), agreement)
        if heading is not None or not _tells_of_an_item(sentence, listing, agreements):
            listing = heading
    return without_summaries(list(found.values()))


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
    listed = signing_words().listed
    document = listed.match(keys, 0) if tokens and tokens[0].is_capitalised else None
    if document is None or document[1] == UNNAMED:
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
    words = signing_words()
    tokens = tokenize(sentence)
    keys = [t.key for t in tokens]
    if words.documents.first_words.isdisjoint(keys):
        return [], None  # most sentences name no document at all
    result: list[Agreement] = []
    # Signed at the event, on its day; or at a time the sentence puts before it, day unknown
    # unless the sentence gives it ('Trước đó, ngày 9/7, … đã ký …', 'Trước đó, sáng cùng ngày').
    day = signed_on if _day_told(sentence, keys) or not words.signed_before.occurs(keys) else None
    listing = None
    resume = 0  # a document's name is not searched for another one
    joined: tuple[int, str] | None = None  # (where, status) a document joined to the last ends
    listed: str | None = None  # the status of the documents a colon lists in the sentence
    for i, length, kind in words.documents.found_in(keys):
        if i < resume or not _names_a_document(tokens, keys, i, str(kind)):
            continue
        end = name_end(tokens, keys, i + length)
        # '… ký Biên bản … và Kế hoạch …', '… ký Biên bản …; Thỏa thuận …': the document
        # right after one signed is signed too; '… ký hai văn kiện: Kế hoạch …; Biên bản …':
        # so is each the list names.
        if joined is not None and _joined_at(tokens, joined[0], i):
            status: str | None = joined[1]
        elif listed is not None and i > 0 and keys[i - 1] in (":", ";"):
            status = listed
        else:
            status = signing_status(keys, i, end)
        resume = end
        if status is None:
            continue
        end = recipient_at(tokens, keys, i, end)
        joined = (end, status)
        signed = status == "signed"
        if kind == UNNAMED:
            resume = i + length  # 'ký kết văn bản Thỏa thuận …': the name follows
        # 'các văn kiện gồm:', '3 văn bản, gồm:', 'hai thỏa thuận sau:': unnamed documents,
        # and ('12 thỏa thuận hợp tác mua bán', '26 hợp đồng, thỏa thuận') counted ones
        if (
            kind == UNNAMED
            or _generic(keys, i + length, end)
            or _counted_at(tokens, keys, i)
            or _numbered(tokens, keys, i + length)
        ):
            if sentence.rstrip().endswith(":"):
                listing = _Listing(signed, day)
            elif end < len(keys) and keys[end] == ":":
                listed = status
            continue
        if a_business_deal(tokens, keys, i, i + length, end):
            continue  # 'Các doanh nghiệp ký được biên bản ghi nhớ mua bán trị giá …': a deal
        if not signed and end == i + length and not tokens[i].is_capitalised:
            continue  # '… để triển khai bản ghi nhớ': the one told of before, named there
        if not signed and not tokens[i].is_capitalised and in_an_event_s_name(keys, i):
            continue  # 'hội nghị triển khai kế hoạch hợp tác với tỉnh …': the event's own name
        if kind in words.one_country_s and _one_country_s(tokens, keys, i, end):
            continue  # '… Kế hoạch 5 năm lần thứ 15 của Trung Quốc': no document of two sides
        if _with_a_third_country(tokens, keys, i, end):
            continue  # 'Hiệp định Thương mại tự do Việt Nam – EU': no document of China's
        name = squeeze(sentence[tokens[i].start : tokens[end - 1].end])
        result.append(
            Agreement(name=name, kind=str(kind), signed=signed, date=day if signed else None)
        )
    return result, listing


def _names_a_document(tokens: list[Token], keys: list[str], i: int, kind: str) -> bool:
    """The document's word at i names a document: a word, with its capital where its kind needs
    one ('hoàn thiện Kế hoạch xây dựng cầu …', not 'xây dựng kế hoạch cụ thể'), not inside a
    body's name ('Sở Kế hoạch và Đầu tư')."""
    words = signing_words()
    return (
        tokens[i].is_word
        and (kind not in words.capitalised or tokens[i].is_capitalised)
        and not (i > 0 and keys[i - 1] in words.bodies)
    )


def _one_country_s(tokens: list[Token], keys: list[str], i: int, end: int) -> bool:
    """A name ending in 'của' and a country's name ('Kế hoạch phát triển kinh tế - xã hội 5 năm
    2026 - 2030 của Việt Nam', at keys[i:end]): the country's own plan, not one of the two
    sides."""
    for k in range(end - 2, i, -1):
        if keys[k] != _OWNER:
            continue
        mention = place_at(tokens, keys, k + 1)
        return (
            mention is not None
            and k + 1 + mention.tokens == end
            and (mention.place.kind in ("china", "country") or mention.place.name == _VIETNAM)
        )
    return False


def _with_a_third_country(tokens: list[Token], keys: list[str], i: int, end: int) -> bool:
    """A name at keys[i:end] naming a country other than Vietnam and China, and no Chinese
    place ('Hiệp định Thương mại tự do Việt Nam – EU (EVFTA)', 'Kế hoạch … Việt Nam - Lào'): a
    document with that country, not one of Vietnam's and China's sides ('… ASEAN - Trung
    Quốc' is China's too)."""
    sides = {m.place.side for k in range(i, end) if (m := _whole_place_at(tokens, keys, k, end))}
    return _THIRD_SIDE in sides and _CHINA_SIDE not in sides


def _whole_place_at(tokens: list[Token], keys: list[str], k: int, end: int) -> PlaceMention | None:
    """The place named at k before `end`, not the first words of a longer name ('Đức' of 'thác
    Bản Giốc – Đức Thiên' is no country): none when a capitalised word follows it."""
    mention = place_at(tokens, keys, k)
    if mention is None:
        return None
    after = k + mention.tokens
    return None if after < end and tokens[after].is_capitalised else mention


def _numbered(tokens: list[Token], keys: list[str], name_start: int) -> bool:
    """A document named by its number ('Kế hoạch số 215/KH-UBND ngày … của UBND tỉnh'): one
    side's own paper, none of the two sides'."""
    return (
        keys[name_start : name_start + 1] == ["số"]
        and name_start + 1 < len(tokens)
        and tokens[name_start + 1].text[:1].isdigit()
    )


def _day_told(sentence: str, keys: list[str]) -> bool:
    """The sentence gives the day of its signing: it opens with one ('Trước đó, ngày 9/7, …'),
    or says it is the day last given ('Trước đó, sáng cùng ngày, … đã ký …')."""
    return day_opens(sentence) or signing_words().same_day.occurs(keys)


def _joined_at(tokens: list[Token], last_end: int, i: int) -> bool:
    """The document at i goes with the one before, whose name ends at `last_end`: right after it
    ('… và Kế hoạch …', '…; Thỏa thuận …') or after a comma and 'và' ('… Quảng Tây, và Thỏa
    thuận hợp tác về vận tải …')."""
    if last_end == i - 2 and tokens[last_end].key == ",":
        return tokens[i - 1].key in _JOINING
    return last_end == i - 1 and _joins(tokens[i - 1], tokens[i])


def _joins(between: Token, document: Token) -> bool:
    """'và', 'cùng', or a semicolon before a name ('; Thỏa thuận …'), not before a clause
    ('; đồng thời …'): the document after it goes with the one before."""
    return between.key in _JOINING or (between.key == ";" and document.is_capitalised)


def _counted_at(tokens: list[Token], keys: list[str], i: int) -> bool:
    """A count before the document's word at i ('12 thỏa thuận', '26 hợp đồng, thỏa thuận'),
    or companies' contracts it is joined to ('ký hợp đồng và thỏa thuận mua bán')."""
    return i > 0 and (
        _counted(tokens[i - 1])
        or _sharing_a_count(tokens, keys, i)
        or _joined_to_contracts(tokens, keys, i)
    )


def _joined_to_contracts(tokens: list[Token], keys: list[str], i: int) -> bool:
    """A document's word in lower case right after companies' contracts and 'và' or a comma:
    'các doanh nghiệp đã ký hợp đồng và thỏa thuận mua bán với tổng giá trị …' (deals, none
    of them named)."""
    if tokens[i].is_capitalised or tokens[i - 1].key not in _COUNT_SHARING:
        return False
    words = signing_words()
    for k in range(max(0, i - 1 - _CONTRACT_WORDS), i - 1):
        contract = words.listed.match(keys, k)
        if (
            contract is not None
            and k + contract[0] == i - 1
            and words.documents.match(keys, k) is None
            and not tokens[k].is_capitalised
        ):
            return True
    return False


def _counted(token: Token) -> bool:
    """A count or a plural before a document's word ('12 thỏa thuận', 'nhiều biên bản', 'các
    thỏa thuận'): no name follows."""
    return token.text.isdigit() or token.key in _COUNTS


def _sharing_a_count(tokens: list[Token], keys: list[str], i: int) -> bool:
    """A document's word in lower case joined to a counted noun before it, sharing its count:
    'đã ký 26 hợp đồng, thỏa thuận mua bán', '8 hợp đồng và thỏa thuận', 'các hợp đồng, thỏa
    thuận' (companies' deals)."""
    if tokens[i].is_capitalised or tokens[i - 1].key not in _COUNT_SHARING:
        return False
    for j in range(i - 2, max(-1, i - 3 - _COUNTED_NOUN_WORDS), -1):
        if _counted(tokens[j]):
            return j < i - 2  # a noun between the count and the joint
        if not tokens[j].is_word or tokens[j].is_capitalised:
            return False
        if (verb := signing_words().signed.match(keys, j)) and verb[1]:
            return False  # 'hai bên ký đơn, thỏa thuận': the count is not the document's
    return False


def _generic(keys: list[str], name_start: int, end: int) -> bool:
    """'các văn kiện gồm:', 'văn kiện hợp tác': documents spoken of, none named; 'ký thỏa thuận
    có Chủ tịch … và …', 'Bản ghi nhớ này': a document told of again, its signers or itself."""
    if signing_words().not_a_name.match(keys, name_start):
        return True
    if keys[name_start - 1] != "kiện":
        return False
    rest = keys[name_start:end]
    return not rest or rest[0] in _GENERIC_AFTER
