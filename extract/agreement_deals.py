"""Companies' deals a sentence tells as documents signed ('Các doanh nghiệp ký được biên bản ghi
nhớ mua bán trị giá khoảng 35 triệu USD'): no agreement between the two sides."""

from __future__ import annotations

from extract.agreement_status import signing_verbs
from extract.agreement_words import signing_words
from extract.text import Token

_SIGNING_REACH = 12  # tokens between a signing verb and the document it signs
# What ends the clause of a signing verb's subject ('Tại hội chợ, các doanh nghiệp đã ký …').
_CLAUSE_ENDS = frozenset({",", ";", ":", "."})


def a_business_deal(
    tokens: list[Token], keys: list[str], i: int, name_start: int, end: int
) -> bool:
    """The document in lower case at keys[i:end] (its word ending at `name_start`) is a deal of
    companies, not a document of the two sides: businesses left unnamed sign it ('Các doanh
    nghiệp ký được biên bản ghi nhớ …', 'doanh nghiệp hai bên đã ký thỏa thuận …'), it is for a
    buying or selling ('biên bản ghi nhớ mua bán', 'thỏa thuận thu mua 10.000 tấn vải'), or
    its worth follows its name ('… trị giá khoảng 35 triệu USD'). A document written with its
    capital, or one a named body signs ('Sở Công Thương … đã ký biên bản ghi nhớ về xúc tiến
    thương mại …'), is none."""
    if tokens[i].is_capitalised:
        return False
    words = signing_words()
    return (
        words.deal_subjects.match(keys, name_start) is not None
        or words.deal_values.match(keys, end) is not None
        or _signed_by_businesses(keys, i)
    )


def _signed_by_businesses(keys: list[str], i: int) -> bool:
    """The subject of the verb signing the document at i is businesses left unnamed: 'các doanh
    nghiệp', 'doanh nghiệp hai bên' in its clause, before the verb ('Tại hội chợ, các doanh
    nghiệp đã ký …')."""
    verbs = signing_verbs(keys, max(0, i - _SIGNING_REACH), i)
    if not verbs:
        return False
    start = next((k + 1 for k in range(verbs[-1] - 1, -1, -1) if keys[k] in _CLAUSE_ENDS), 0)
    return signing_words().deal_signers.occurs(keys, start, verbs[-1])
