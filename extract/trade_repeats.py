"""The same figure told more than once in an article (a headline and its body, a summary, a
table and its text): which telling is kept."""

from __future__ import annotations

from extract.trade_givers import told_by_another_giver, told_by_the_first_giver_named
from extract.types import TradeFigure


def without_repeats(figures: list[TradeFigure], text: str = "") -> list[TradeFigure]:
    """One figure per province, year, period and kind: one in dollars over one in another
    currency only; then of two in the same currency the exact one over an approximation, of two
    approximations the one giving the other's amount more precisely (a headline's 'hơn 205 tỷ
    USD' for the body's 'khoảng 205,3 tỷ USD'), and of two giving the same amount, the one that
    also gives its growth, or gives it more precisely (a summary above the article leaves it
    out or rounds it: 'tăng gần 20%' for 19,6 %). Another giver's amount for the same trade
    and time is a figure of its own ('Theo thống kê của Hải quan Trung Quốc, con số này …'), and
    so is the first giver's the article `text` names set against the writer's own ('Trong khi
    đó, số liệu do Tổng cục Hải quan Trung Quốc công bố cho thấy …')."""
    best: dict[tuple[str, int, str, str], TradeFigure] = {}
    others: list[TradeFigure] = []
    for figure in figures:
        key = (figure.province, figure.year, figure.period, figure.kind)
        kept = best.get(key)
        if kept is not None and (
            told_by_another_giver(figure, kept, (f for f in figures if f is not kept))
            or told_by_the_first_giver_named(figure, kept, _text_before(text, figure))
        ):
            if all(other.value_usd != figure.value_usd for other in others):
                others.append(figure)
        elif (
            kept is None
            or _in_dollars_over_yuan(figure, kept)
            or (_same_currency(figure, kept) and kept.approximate and not figure.approximate)
            or (
                _same_currency(figure, kept)
                and kept.approximate
                and figure.approximate
                and _refines(figure, kept)
            )
            or (
                kept.value_usd == figure.value_usd
                and kept.approximate == figure.approximate
                and _decimals(figure.growth_pct) > _decimals(kept.growth_pct)
            )
        ):
            best[key] = figure
    return [*best.values(), *others]


def _text_before(text: str, figure: TradeFigure) -> str:
    """The article's text before the sentence `figure` quotes; '' when it quotes none of it."""
    at = text.find(figure.quote) if figure.quote else -1
    return text[:at] if at > 0 else ""


def _in_dollars_over_yuan(figure: TradeFigure, kept: TradeFigure) -> bool:
    """Whether `figure` gives in dollars what `kept` gives in another currency only: the
    body's '30,45 tỷ nhân dân tệ, tương đương khoảng 4,28 tỷ USD, tăng 7,2%' over a headline's
    '… đạt 30,45 tỷ nhân dân tệ', exact as that is."""
    return figure.value_usd is not None and kept.value_usd is None


def _same_currency(figure: TradeFigure, kept: TradeFigure) -> bool:
    return (figure.value_usd is None) == (kept.value_usd is None)


def _refines(figure: TradeFigure, rounded: TradeFigure) -> bool:
    """Whether `figure` gives the amount `rounded` gives with more digits ('205,3 tỷ USD' for
    'hơn 205 tỷ USD', '9,62 tỷ USD' for 'gần 9,6 tỷ USD'): the two differ by less than one unit
    of the rounded one's last digit."""
    if figure.value_usd is None or rounded.value_usd is None:
        return False
    unit = _last_digit_unit(rounded.value_usd)
    return (
        _last_digit_unit(figure.value_usd) < unit
        and abs(figure.value_usd - rounded.value_usd) < unit
    )


def same_amount(a: int | None, b: int | None) -> bool:
    """Whether two reports give one amount, as outlets round it ('56 tỷ USD' and '56,2 tỷ USD';
    not '31,6' and '35,2'): they differ by less than one unit of the last digit the coarser one
    gives, taken as at most its second digit ('60 tỷ' is not '64 tỷ'). Two amounts in no dollars
    agree; an amount and none do not."""
    if a is None or b is None:
        return a is None and b is None
    coarser = max(_last_digit_unit(a), _last_digit_unit(b))
    second_digit = 10 ** max(len(str(abs(max(a, b, key=abs)))) - 2, 0)
    return abs(a - b) < min(coarser, second_digit)


def _last_digit_unit(value: int) -> int:
    """The place value of an amount's last written digit: 205 000 000 000 -> 1 000 000 000."""
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit


def _decimals(growth: float | None) -> int:
    """How precisely a growth is given: -1 when it is not, else its decimal places."""
    if growth is None:
        return -1
    written = f"{growth:.3f}".rstrip("0")
    return len(written) - written.index(".") - 1
