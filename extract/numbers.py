"""Numbers as Vietnamese news writes them: '56,2 tỷ USD', '500.000 USD', '16,6%'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Vietnamese writes 2.000,5 (dot for thousands, comma for decimals); some outlets write 56.2.
_NUMBER = (
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 2.000 / 1.234,5
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"  # 1,234,567 (English thousands)
    r"|\d+\.\d{1,2}(?!\d)"  # 56.2
    r"|\d+(?:,\d+)?)"  # 56,2
)
_SCALES = {
    # 'triệu tỷ đồng' (a million billions): the size of a year's trade in đồng, never in dollars.
    "triệu tỷ": Decimal(10) ** 15,
    "triệu tỉ": Decimal(10) ** 15,
    "nghìn tỷ": Decimal(10) ** 12,
    "ngàn tỷ": Decimal(10) ** 12,
    "nghìn tỉ": Decimal(10) ** 12,
    "ngàn tỉ": Decimal(10) ** 12,
    "trăm triệu": Decimal(10) ** 8,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
    "triệu": Decimal(10) ** 6,
    "nghìn": Decimal(10) ** 3,
    "ngàn": Decimal(10) ** 3,
}
_CURRENCIES = {
    "usd": "USD",
    "us$": "USD",
    "đô la mỹ": "USD",
    "đô-la mỹ": "USD",
    "đôla mỹ": "USD",
    "đô la": "USD",
    "đô-la": "USD",
    "đôla": "USD",
    "đô": "USD",
    "ndt": "CNY",
    "nhân dân tệ": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "tệ": "CNY",
    "vnd": "VND",
    "vnđ": "VND",
    "đồng": "VND",
}


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_AMOUNT = re.compile(
    rf"(?<![\w.,]){_NUMBER}"
    rf"(?:\s*(?P<scale>{_alternation(list(_SCALES))})(?!\w))?"
    rf"(?:\s*(?P<cur>{_alternation(list(_CURRENCIES))})(?!\w))?",
    re.I,
)
# A unit of US dollars, as a table's heading or caption names it: '(tỷ USD)', 'Đơn vị: USD'.
_USD_UNIT = re.compile(
    rf"(?:(?P<scale>{_alternation(list(_SCALES))})\s*)?(?:usd|us\$|đô\s*la\s*mỹ)(?!\w)", re.I
)
_DIGIT = re.compile(r"\d")
# What ends an amount written before its unit: '208,8 ' in '208,8 tỷ USD'.
_AMOUNT_END = re.compile(r"\d\s*$")
# 'US$ 143,2 billion', 'USD 2,5 tỷ': the currency first, English or Vietnamese scale words after.
_ENGLISH_SCALES = {"billion": Decimal(10) ** 9, "million": Decimal(10) ** 6}
_DOLLARS_FIRST = re.compile(
    rf"(?:US\$|USD)\s*(?<![\w.,]){_NUMBER}\s*(?P<scale>billion|million|tỷ|tỉ|triệu)(?!\w)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money found in a sentence; `currency` is None when the text does not say it."""

    start: int
    end: int
    literal: str
    value: Decimal
    currency: str | None
    scaled: bool


def parse_number(literal: str) -> Decimal | None:
    """'56,2' -> 56.2, '2.000' -> 2000, '1.234,5' -> 1234.5, '56.2' -> 56.2."""
    text = literal
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def find_amounts(sentence: str) -> list[Amount]:
    """Every number with a scale word or a currency ('17 tỷ USD', '48,24 tỷ', '500.000 USD');
    a sum told in two scales is one amount ('1 tỷ 200 triệu USD'), and so is one written the
    English way ('US$ 143,2 billion')."""
    if not _DIGIT.search(sentence):
        return []  # most sentences have no number, and the amount patterns try every character
    found = _joined_scales(sentence, _scaled_amounts(sentence))
    for match in _DOLLARS_FIRST.finditer(sentence):
        inside = [a for a in found if match.start() <= a.start and a.end <= match.end()]
        if any(a.currency for a in inside):
            continue
        found = [a for a in found if a not in inside]
        number = parse_number(match["num"])
        if number is None:
            continue
        factor = _ENGLISH_SCALES.get(match["scale"].lower()) or _SCALES[match["scale"].lower()]
        found.append(Amount(match.start(), match.end(), match["num"], number * factor, "USD", True))
    return sorted(found, key=lambda a: a.start)


def _joined_scales(sentence: str, amounts: list[Amount]) -> list[Amount]:
    """'1 tỷ 200 triệu USD': a count of billions with no currency, right before a smaller sum
    with one, is a single sum."""
    joined: list[Amount] = []
    for amount in amounts:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.currency is None
            and before.scaled
            and amount.currency is not None
            and not sentence[before.end : amount.start].strip()
            and before.value >= Decimal(10) ** 9 > amount.value
        ):
            joined[-1] = Amount(
                before.start,
                amount.end,
                sentence[before.start : amount.end],
                before.value + amount.value,
                amount.currency,
                True,
            )
            continue
        joined.append(amount)
    return joined


def _scaled_amounts(sentence: str) -> list[Amount]:
    found: list[Amount] = []
    for match in _AMOUNT.finditer(sentence):
        scale, currency = match["scale"], match["cur"]
        if not scale and (not currency or currency.lower() == "đồng"):
            continue
        number = parse_number(match["num"])
        if number is None:
            continue
        factor = _SCALES[" ".join(scale.lower().split())] if scale else Decimal(1)
        found.append(
            Amount(
                start=match.start(),
                end=match.end(),
                literal=match["num"],
                value=number * factor,
                currency=_CURRENCIES[" ".join(currency.lower().split())] if currency else None,
                scaled=bool(scale),
            )
        )
    return found


def usd_unit(text: str) -> Decimal | None:
    """The factor of the first unit of US dollars `text` names ('(tỷ USD)' -> 10^9, 'USD' -> 1),
    or None when it names none; an amount's unit ('đạt 208,8 tỷ USD') names no unit."""
    match = next(
        (m for m in _USD_UNIT.finditer(text) if not _AMOUNT_END.search(text, 0, m.start())), None
    )
    if match is None:
        return None
    scale = match["scale"]
    return _SCALES[" ".join(scale.lower().split())] if scale else Decimal(1)
