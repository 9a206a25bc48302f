"""Trade figures' growth and year: the change a reader would quote for that amount, and the year
a sentence gives itself."""

from __future__ import annotations

from datetime import date

import pytest

from extract.trade import Context, find_trade_figures, sentence_figures

IN_2024 = Context(reference_year=2024, reference_day=date(2024, 11, 20))


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        # The month-on-month change comes first; the year-on-year one is the figure's.
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, giảm 2% so với tháng "
            "trước và tăng 9,5% so với cùng kỳ năm trước.",
            9.5,
        ),
        (
            "Quý III/2024, thương mại Việt Nam - Quảng Tây đạt 11 tỷ USD, tăng 4% so với quý "
            "trước, tăng 15% so với cùng kỳ.",
            15.0,
        ),
        # Only a change against the month before: no growth rather than a wrong one.
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, giảm 2% so với tháng 9.",
            None,
        ),
        ("Quý II/2024, thương mại Việt Nam - Vân Nam đạt 4 tỷ USD, tăng 6% so với quý I.", None),
        # The same month a year earlier is a year-on-year comparison.
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, tăng 7% so với tháng "
            "10/2023.",
            7.0,
        ),
        # … written with a dot or a dash between the month and the year.
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, tăng 7% so với tháng "
            "10.2023.",
            7.0,
        ),
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, tăng 7% so với tháng "
            "10-2023.",
            7.0,
        ),
        # … but a month of the figure's own year is the month before: no yearly growth.
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, tăng 7% so với tháng "
            "9.2024.",
            None,
        ),
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, tăng 2% so với tháng "
            "9/2024 và tăng 7% so với tháng 10.2023.",
            7.0,
        ),
        # … and so is the last quarter of the year before, against a first quarter.
        (
            "Quý I/2024, thương mại Việt Nam - Quảng Đông đạt 13,9 tỷ USD, giảm 2,1% so với quý "
            "4-2023.",
            None,
        ),
        (
            "Quý I/2024, thương mại Việt Nam - Quảng Đông đạt 13,9 tỷ USD, tăng 8% so với quý "
            "I/2023.",
            8.0,
        ),
        # Multiples of the year before: (N - 1) x 100.
        (
            "Năm 2024, thương mại Việt Nam - Hải Nam đạt 900 triệu USD, tăng gấp đôi năm 2023.",
            100.0,
        ),
        ("Năm 2024, thương mại Việt Nam - Hải Nam đạt 900 triệu USD, gấp 1,5 lần năm trước.", 50.0),
        ("Năm 2024, thương mại Việt Nam - Hải Nam đạt 900 triệu USD, gấp 1,2 lần năm 2023.", 20.0),
        # Against a year further back: no yearly growth to quote.
        ("Năm 2024, thương mại Việt Nam - Hải Nam đạt 900 triệu USD, gấp ba lần năm 2020.", None),
        (
            "Năm 2024, thương mại Việt Nam - Hải Nam đạt 900 triệu USD, tăng 40% so với năm 2019.",
            None,
        ),
        (
            "Tháng 5/2024, thương mại Việt Nam - Hải Nam đạt 90 triệu USD, gấp đôi tháng trước.",
            None,
        ),
    ],
)
def test_growth_is_the_change_on_a_year_before(sentence: str, growth: float | None) -> None:
    (figure,) = sentence_figures(sentence, IN_2024)
    assert figure.growth_pct == growth


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        ("Năm 2023, thương mại Việt Nam - Quảng Tây đạt 38,2 tỷ USD (+12,5%).", 12.5),
        ("Năm 2023, thương mại Việt Nam - Quảng Tây đạt 38,2 tỷ USD (−3,5%).", -3.5),
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, +9,5% so với cùng kỳ.",
            9.5,
        ),
        # Against the month before: no yearly growth.
        (
            "Tháng 10/2024, thương mại Việt Nam - Vân Nam đạt 1,5 tỷ USD, -2% so với tháng trước.",
            None,
        ),
    ],
)
def test_growth_written_as_a_signed_percentage(sentence: str, growth: float | None) -> None:
    (figure,) = sentence_figures(sentence, IN_2024)
    assert figure.growth_pct == growth


def test_a_signed_change_after_an_amount_is_not_the_next_one_s() -> None:
    sentence = (
        "Năm 2023, Việt Nam xuất khẩu sang Quảng Tây 15 tỷ USD (+3,5%) và 7 tỷ USD sang Vân Nam."
    )
    assert [f.growth_pct for f in sentence_figures(sentence, IN_2024)] == [3.5, None]


@pytest.mark.parametrize(
    "restated",
    [
        "150 tỷ NDT (khoảng 21 tỷ USD)",
        "150 tỷ NDT, tương đương khoảng 21 tỷ USD,",
        "khoảng 21 tỷ USD (tương đương 150 tỷ NDT),",
    ],
)
def test_growth_after_a_converted_sum_belongs_to_the_figure(restated: str) -> None:
    (figure,) = sentence_figures(
        f"9 tháng đầu năm 2024, thương mại giữa Quảng Tây và Việt Nam đạt {restated} tăng 8,4% "
        "so với cùng kỳ.",
        IN_2024,
    )
    assert (figure.value_usd, figure.growth_pct, figure.approximate) == (21_000_000_000, 8.4, True)


@pytest.mark.parametrize(
    ("opener", "year"),
    [
        ("Riêng quý I năm nay,", 2024),
        ("Quý I năm nay,", 2024),
        ("Riêng quý I,", 2023),
        ("Riêng quý I năm ngoái,", 2023),
    ],
)
def test_a_sentence_that_looks_back_keeps_its_own_relative_year(opener: str, year: int) -> None:
    figures = find_trade_figures(
        [
            "Năm 2023, thương mại giữa Việt Nam và Tứ Xuyên đạt 4 tỷ USD.",
            f"{opener} Tứ Xuyên nhập khẩu từ Việt Nam 500 triệu USD.",
        ],
        IN_2024,
    )
    assert [(f.year, f.period, f.kind) for f in figures] == [
        (2023, "full_year", "two-way"),
        (year, "Q1", "vn_export"),
    ]


def test_a_relative_year_after_a_figure_starts_a_new_one() -> None:
    figures = sentence_figures(
        "Năm 2022, thương mại Việt Nam - Vân Nam đạt 3 tỷ USD, tăng 5% so với năm trước; "
        "năm nay ước đạt 4 tỷ USD.",
        IN_2024,
    )
    assert [(f.year, f.value_usd, f.approximate) for f in figures] == [
        (2022, 3_000_000_000, False),
        (2024, 4_000_000_000, True),
    ]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("tính chung 5 tháng đầu năm đạt 1,4 tỷ USD.", (2024, "M1-M5")),
        ("riêng tháng 4 đạt 300 triệu USD.", (2024, "M4")),
    ],
)
def test_a_relative_year_goes_on_to_the_clauses_after_it(
    later: str, expected: tuple[int, str]
) -> None:
    figures = sentence_figures(
        "Năm 2023, thương mại Việt Nam – Vân Nam đạt 3,2 tỷ USD, tăng 8%; quý I năm nay đạt "
        f"hơn 900 triệu USD, tăng 5%; {later}",
        IN_2024,
    )
    assert [(f.year, f.period) for f in figures] == [(2023, "full_year"), (2024, "Q1"), expected]


def test_a_clause_after_the_sentence_s_own_year_keeps_it() -> None:
    figures = sentence_figures(
        "Năm 2023, thương mại Việt Nam – Vân Nam đạt 3,2 tỷ USD, tăng 8%; 5 tháng đầu năm đạt "
        "1,4 tỷ USD.",
        IN_2024,
    )
    assert [(f.year, f.period) for f in figures] == [(2023, "full_year"), (2023, "M1-M5")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tháng trước, thương mại Việt Nam - Quảng Tây đạt 4,1 tỷ USD.", (2024, "M10")),
        ("Trong 10 tháng qua, thương mại Việt Nam - Quảng Tây đạt 38 tỷ USD.", (2024, "M1-M10")),
        # months counted back that do not start in January: no period to read
        ("Trong 5 tháng qua, thương mại Việt Nam - Quảng Tây đạt 20 tỷ USD.", None),
    ],
)
def test_months_counted_back_from_the_article_s_date(
    sentence: str, expected: tuple[int, str] | None
) -> None:
    figures = [(f.year, f.period) for f in sentence_figures(sentence, IN_2024)]
    assert figures == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        (
            "Năm 2024, kim ngạch thương mại Việt Nam - Tứ Xuyên đạt 2,4 tỷ USD, tăng 9,5% so với "
            "mức 2,19 tỷ USD của năm 2023.",
            (2023, "full_year", 2_190_000_000, False),
        ),
        (
            "10 tháng năm 2024, thương mại Việt Nam - Quảng Tây đạt 38,6 tỷ USD, tăng 10% so với "
            "khoảng 35,1 tỷ USD cùng kỳ năm trước.",
            (2023, "M1-M10", 35_100_000_000, True),
        ),
        # compared with no change told: the estimate is this year's, the amount after last year's
        (
            "Năm 2024, kim ngạch thương mại hai chiều Việt Nam - An Huy ước đạt 4,6 tỷ USD so với "
            "3,9 tỷ USD năm 2023.",
            (2023, "full_year", 3_900_000_000, False),
        ),
        # The year compared with, then its amount in brackets.
        (
            "Năm 2024, kim ngạch thương mại Việt Nam – Chiết Giang đạt 19,8 tỷ USD, tăng 12,5% so "
            "với năm 2023 (17,6 tỷ USD).",
            (2023, "full_year", 17_600_000_000, False),
        ),
        (
            "9 tháng năm 2024, thương mại Việt Nam - Quảng Tây đạt 29,1 tỷ USD, tăng 8% so với "
            "cùng kỳ năm trước (khoảng 26,9 tỷ USD).",
            (2023, "M1-M9", 26_900_000_000, True),
        ),
        # The amount in brackets told with its verb.
        (
            "Năm 2024, kim ngạch thương mại giữa Việt Nam và Hồ Nam đạt 3,7 tỷ USD, tăng 6,2% so "
            "với năm 2023 (đạt 3,48 tỷ USD).",
            (2023, "full_year", 3_480_000_000, False),
        ),
        (
            "6 tháng năm 2024, thương mại Việt Nam - Vân Nam đạt 2,2 tỷ USD, tăng 5% so với cùng "
            "kỳ năm trước (đạt khoảng 2,1 tỷ USD).",
            (2023, "H1", 2_100_000_000, True),
        ),
        (
            "9 tháng năm 2024, thương mại Việt Nam - Quảng Tây đạt 29,1 tỷ USD, tăng 8% so với năm "
            "2023 (35,2 tỷ USD).",
            None,
        ),
        # The earlier year set against the figure in a clause of its own.
        (
            "4 tháng đầu năm 2024, Việt Nam nhập khẩu từ Trung Quốc 48,2 tỷ USD, trong khi cùng "
            "kỳ năm 2023 con số này là 39,5 tỷ USD.",
            (2023, "M1-M4", 39_500_000_000, False),
        ),
        (
            "4 tháng đầu năm 2024, Việt Nam nhập khẩu từ Trung Quốc 48,2 tỷ USD, trong khi cùng "
            "kỳ năm trước chỉ đạt khoảng 39,5 tỉ USD.",
            (2023, "M1-M4", 39_500_000_000, True),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Quảng Tây đạt 41,9 tỷ USD, còn năm 2023 là 36 tỷ USD.",
            (2023, "full_year", 36_000_000_000, False),
        ),
        # A year alone is a whole year's: no base for a part of one.
        (
            "4 tháng đầu năm 2024, Việt Nam nhập khẩu từ Trung Quốc 48,2 tỷ USD, trong khi năm "
            "2023 là 135 tỷ USD.",
            None,
        ),
        # The figure said to be above or below the amount: the same base.
        (
            "Cả năm 2024, thương mại hai chiều giữa Việt Nam và Sơn Đông đạt 19,2 tỷ USD, cao hơn "
            "mức 17,5 tỷ USD của năm 2023.",
            (2023, "full_year", 17_500_000_000, False),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt 1,9 tỷ USD, thấp hơn so với mức khoảng "
            "2,1 tỷ USD của năm trước.",
            (2023, "full_year", 2_100_000_000, True),
        ),
        # How far above or below told between 'hơn' and 'so với': the same base.
        (
            "Năm 2024, kim ngạch thương mại Việt Nam - Cam Túc đạt 1,9 tỷ USD, cao hơn nhiều so "
            "với mức 1,5 tỷ USD của năm 2023.",
            (2023, "full_year", 1_500_000_000, False),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt 1,2 tỷ USD, thấp hơn đáng kể so với mức "
            "khoảng 1,6 tỷ USD của năm trước.",
            (2023, "full_year", 1_600_000_000, True),
        ),
        # The base in brackets telling its year again first: that year's figure.
        (
            "9 tháng năm 2024, trao đổi hàng hóa giữa Việt Nam và Cam Túc đạt 1,8 tỷ USD, tăng "
            "24% so với cùng kỳ năm 2023 (cùng kỳ năm 2023 là 1,45 tỷ USD).",
            (2023, "M1-M9", 1_450_000_000, False),
        ),
        (
            "9 tháng năm 2024, thương mại Việt Nam - Cam Túc đạt 1,8 tỷ USD, tăng 24% so với cùng "
            "kỳ năm trước (cùng kỳ năm trước đạt khoảng 1,45 tỷ USD).",
            (2023, "M1-M9", 1_450_000_000, True),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt 1,8 tỷ USD, tăng 5% so với năm 2023 (năm "
            "2023 là 1,7 tỷ USD).",
            (2023, "full_year", 1_700_000_000, False),
        ),
        # A bracket telling another year than the one compared with: no base.
        (
            "9 tháng năm 2024, thương mại Việt Nam - Cam Túc đạt 1,8 tỷ USD, tăng 24% so với cùng "
            "kỳ năm 2023 (cùng kỳ năm 2022 là 1,2 tỷ USD).",
            None,
        ),
        # A base named by what it was: a peak, a record.
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt 1,4 tỷ USD, thấp hơn mức đỉnh 1,8 tỷ USD "
            "của năm 2021.",
            (2021, "full_year", 1_800_000_000, False),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt 1,4 tỷ USD, thấp hơn mức kỷ lục 1,8 tỷ "
            "USD của năm 2022.",
            (2022, "full_year", 1_800_000_000, False),
        ),
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD, cao hơn mức 480 triệu "
            "USD của năm 2023.",
            None,
        ),
        # The base written with its own time, a part of an earlier year: that part's figure.
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD, tăng 8,3% so với mức "
            "480 triệu USD của quý I/2023.",
            (2023, "Q1", 480_000_000, False),
        ),
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD, tăng 8,3% so với khoảng "
            "480 triệu USD của quý I/2023.",
            (2023, "Q1", 480_000_000, True),
        ),
        (
            "6 tháng đầu năm 2024, thương mại Việt Nam - Cam Túc đạt 1,1 tỷ USD, tăng 10% so với "
            "1 tỷ USD của 6 tháng đầu năm 2023.",
            (2023, "H1", 1_000_000_000, False),
        ),
        # A part of the year against a whole year: no base for the same part.
        (
            "10 tháng năm 2024, thương mại Việt Nam - Quảng Tây đạt 38,6 tỷ USD, tăng 5% so với "
            "42 tỷ USD của năm 2023.",
            None,
        ),
        # The time compared with written first, a month or a year: its amount in brackets or
        # in a clause looking back at it ('khi đó').
        (
            "Tháng 1/2024, thương mại Việt Nam - Cam Túc đạt 180 triệu USD, tăng 28,6% so với "
            "tháng 1/2023, khi đó chỉ đạt 140 triệu USD do Tết rơi vào cuối tháng.",
            (2023, "M1", 140_000_000, False),
        ),
        (
            "Tháng 1/2024, thương mại Việt Nam - Cam Túc đạt 180 triệu USD, tăng 28,6% so với "
            "tháng 1/2023 (khoảng 140 triệu USD).",
            (2023, "M1", 140_000_000, True),
        ),
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD, tăng 8,3% so với quý "
            "I/2023 (480 triệu USD).",
            (2023, "Q1", 480_000_000, False),
        ),
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt 1,8 tỷ USD, tăng 5% so với năm 2023, khi "
            "đó mới đạt 1,7 tỷ USD.",
            (2023, "full_year", 1_700_000_000, False),
        ),
        (
            "Tháng 1/2024, thương mại Việt Nam - Cam Túc đạt 180 triệu USD, tăng 5% so với năm "
            "2023, khi đó chỉ đạt 1,7 tỷ USD.",
            None,
        ),
        # The year before's sum in brackets right after the figure, as statistics write it.
        (
            "Năm 2024, thương mại Việt Nam - Cam Túc đạt gần 1,8 tỷ USD (năm 2023: 1,7 tỷ USD).",
            (2023, "full_year", 1_700_000_000, False),
        ),
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD, tăng 8,3% (cùng kỳ năm "
            "trước là 480 triệu USD).",
            (2023, "Q1", 480_000_000, False),
        ),
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD (cùng kỳ: khoảng 480 "
            "triệu USD).",
            (2023, "Q1", 480_000_000, True),
        ),
        # A whole year in brackets beside a part of one: not the same part's.
        (
            "Quý I/2024, thương mại Việt Nam - Cam Túc đạt 520 triệu USD (năm 2023: 1,9 tỷ USD).",
            None,
        ),
        # What the amount compared with is not trade is not either: no base.
        (
            "Năm 2024, thâm hụt thương mại với Trung Quốc là 83,9 tỷ USD, tăng 9% so với mức 64,5 "
            "tỷ USD của năm 2023.",
            None,
        ),
    ],
)
def test_the_amount_a_change_is_measured_against_is_that_year_s_figure(
    sentence: str, base: tuple[int, str, int, bool] | None
) -> None:
    figures = sentence_figures(sentence, IN_2024)
    based = [(f.year, f.period, f.value_usd, f.approximate) for f in figures if f.year < 2024]
    assert based == ([base] if base else [])
    assert len(figures) - len(based) <= 1  # the compared amount is no second figure


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The change told before the amount, with how fast: 'nhanh hơn' goes with the change.
        (
            "Nhập khẩu từ thị trường này tăng nhanh hơn, 27,1%, lên 147,9 tỷ USD.",
            ("vn_import", 147_900_000_000, 27.1, False),
        ),
        # 'hơn' before the change's percent makes the change approximate, not the amount.
        (
            "Nhập khẩu từ thị trường này tăng hơn 20% lên 147,9 tỷ USD.",
            ("vn_import", 147_900_000_000, 20.0, False),
        ),
    ],
)
def test_a_change_told_before_the_amount_is_its_growth_and_does_not_round_it(
    sentence: str, expected: tuple[object, ...]
) -> None:
    figures = find_trade_figures(
        [
            "Năm 2024, kim ngạch thương mại Việt Nam - Trung Quốc đạt 201,7 tỷ USD, tăng 23%.",
            "Xuất khẩu sang Trung Quốc đạt 53,8 tỷ USD, tăng 14%.",
            sentence,
        ],
        Context(main_province="Trung Quốc", national=True, reference_year=2024),
    )
    last = figures[-1]
    assert (last.kind, last.value_usd, last.growth_pct, last.approximate) == expected


@pytest.mark.parametrize(
    ("figure", "change", "growth"),
    [
        (
            "Lũy kế 10 tháng năm 2025, tổng kim ngạch thương mại Việt Nam - Trung Quốc đạt 205,3 "
            "tỷ USD.",
            "So với cùng kỳ năm trước, con số này tăng 19,8%, cao hơn 4,1 điểm phần trăm so với "
            "tốc độ tăng của 10 tháng năm 2024.",
            19.8,
        ),
        (
            "Riêng quý II/2025, thương mại Việt Nam – Vân Nam đạt xấp xỉ 2,1 tỷ USD.",
            "Con số này sụt 3,1% so với quý I nhưng vẫn tăng 6,5% so với cùng kỳ năm trước.",
            6.5,
        ),
        (
            "Trong 9 tháng năm 2025, thương mại giữa tỉnh Quảng Tây và Việt Nam đạt gần 30 tỷ USD.",
            "Mức này tăng 5,2% so với cùng kỳ năm trước.",
            5.2,
        ),
        (
            "Xuất khẩu của Việt Nam sang Quảng Tây năm 2025 đạt 15,2 tỷ USD.",
            "So với năm 2024, mức tăng là 8,7%.",
            8.7,
        ),
        (
            "Quý I/2026, xuất khẩu của Việt Nam sang Trung Quốc đạt trên 15 tỷ USD.",
            "Tốc độ tăng của xuất khẩu chỉ đạt 3,9%, thấp hơn 8,8 điểm phần trăm so với quý "
            "I/2025.",
            3.9,
        ),
        # Against the quarter or month before, a year further back, another trade, no change.
        (
            "Quý III/2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "Con số này tăng 5% so với quý trước.",
            None,
        ),
        (
            "Quý III/2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "So với quý II, con số này tăng 5%.",
            None,
        ),
        (
            "Năm 2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "So với năm 2020, con số này tăng gấp đôi.",
            None,
        ),
        (
            "Năm 2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "Tốc độ tăng của nhập khẩu đạt 12%.",
            None,
        ),
        (
            "Năm 2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "Tốc độ tăng trưởng bình quân đạt 12%.",
            None,
        ),
        (
            "Năm 2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "Tốc độ tăng trưởng đạt 12%/năm.",
            None,
        ),
        (
            "Năm 2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD.",
            "Con số này chiếm 20% tổng kim ngạch xuất khẩu của Việt Nam sang Trung Quốc.",
            None,
        ),
    ],
)
def test_a_change_told_in_the_next_sentence_is_the_growth_of_the_figure_before(
    figure: str, change: str, growth: float | None
) -> None:
    (found,) = find_trade_figures([figure, change], IN_2024)
    assert found.growth_pct == growth


def test_a_change_told_in_the_next_sentence_is_nobody_s_after_two_figures() -> None:
    figures = find_trade_figures(
        [
            "Năm 2025, xuất khẩu của Việt Nam sang Quảng Tây đạt 5,2 tỷ USD, nhập khẩu đạt 7 tỷ "
            "USD.",
            "Con số này tăng 5%.",
        ],
        IN_2024,
    )
    assert [f.growth_pct for f in figures] == [None, None]


NATIONAL_2025 = Context(
    main_province="Trung Quốc", national=True, reference_year=2025, reference_day=date(2025, 6, 2)
)


@pytest.mark.parametrize("footnote", ["", "(4)"])
def test_a_change_leading_on_through_con_and_a_second_amount_with_its_year_after_it(
    footnote: str,
) -> None:
    sentences = [
        "Năm 2022, kim ngạch hai chiều Việt Nam - Trung Quốc đạt 175,6 tỷ USD.",
        "Năm 2023, kim ngạch giảm 3,2%, còn 170 tỷ USD, trước khi phục hồi mạnh lên 204 tỷ USD "
        f"năm 2024, tăng 20%{footnote}.",
    ]
    figures = find_trade_figures(sentences, NATIONAL_2025)
    assert [(f.year, f.value_usd, f.growth_pct) for f in figures] == [
        (2022, 175_600_000_000, None),
        (2023, 170_000_000_000, -3.2),
        (2024, 204_000_000_000, 20.0),
    ]


def test_a_change_after_the_amount_before_does_not_lead_on_to_the_next() -> None:
    sentence = (
        "Năm 2024, xuất khẩu của Việt Nam sang Trung Quốc đạt 61 tỷ USD, tăng 3%, còn nhập khẩu "
        "từ Trung Quốc đạt 144 tỷ USD."
    )
    figures = sentence_figures(sentence, NATIONAL_2025)
    assert [(f.kind, f.growth_pct) for f in figures] == [("vn_export", 3.0), ("vn_import", None)]


@pytest.mark.parametrize(
    ("changes", "growths"),
    [
        (
            "So với năm 2023, thương mại với Phúc Kiến tăng 8,5%, với Hải Nam tăng 12%, còn với "
            "Quý Châu giảm 3,1%.",
            [8.5, 12.0, -3.1],
        ),
        # A base further back, or a partner left without its change: none rather than wrong.
        (
            "So với năm 2020, thương mại với Phúc Kiến tăng 30%, với Hải Nam tăng 42%, còn với "
            "Quý Châu giảm 5%.",
            [None, None, None],
        ),
        ("Thương mại với Phúc Kiến tăng 8,5%, với Hải Nam tăng 12%.", [None, None, None]),
        # Some of them, after the base the changes are measured against: those have theirs.
        (
            "So với cùng kỳ, kim ngạch với Phúc Kiến tăng 8,5%, trong khi với Quý Châu giảm 3,1%.",
            [8.5, None, -3.1],
        ),
        (
            "So với năm 2023, thương mại với Phúc Kiến tăng 8,5%, với Hải Nam tăng 12%.",
            [8.5, 12.0, None],
        ),
        # … of two-way trade, as the figures are.
        (
            "So với năm 2023, xuất khẩu sang Phúc Kiến tăng 8,5%, sang Hải Nam tăng 12%.",
            [None, None, None],
        ),
    ],
)
def test_changes_of_partners_told_in_turn_in_the_next_sentence(
    changes: str, growths: list[float | None]
) -> None:
    sentences = [
        "Năm 2024, thương mại của Việt Nam với Phúc Kiến, Hải Nam và Quý Châu lần lượt đạt 25,1 "
        "tỷ USD, 1,9 tỷ USD và 0,8 tỷ USD(5).",
        changes,
    ]
    figures = find_trade_figures(sentences, NATIONAL_2025)
    assert [(f.province, f.growth_pct) for f in figures] == list(
        zip(["Phúc Kiến", "Hải Nam", "Quý Châu"], growths, strict=True)
    )


@pytest.mark.parametrize(
    "told",
    [
        "Năm 2020, thương mại Việt Nam - Trung Quốc đạt 133 tỷ USD, tức đã gấp đôi sau 5 năm.",
        "Năm 2020, thương mại Việt Nam - Trung Quốc đạt 133 tỷ USD, tăng 60% trong ba năm.",
    ],
)
def test_a_change_over_several_years_is_no_yearly_growth(told: str) -> None:
    (figure,) = find_trade_figures([told], Context(main_province="Trung Quốc"))
    assert (figure.value_usd, figure.growth_pct) == (133_000_000_000, None)
