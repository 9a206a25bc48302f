"""Trade figures told over several sentences: 'con số này', lists under a heading, 'Cùng kỳ',
a partner named as 'thị trường này', and a Chinese province whose name Vietnam shares."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from extract import parse_article
from extract.places import shared_names_in_china
from extract.trade import Context, find_trade_figures, sentence_figures

IN_2024 = Context(reference_year=2024, reference_day=date(2024, 11, 20))


def _figures(sentences: list[str], context: Context = IN_2024) -> list[tuple[object, ...]]:
    return [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in find_trade_figures(sentences, context)
    ]


FIRST = "Năm 2023, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 800 triệu USD."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Trong 9 tháng đầu năm 2024, con số này đạt 700 triệu USD, tăng 12%.",
            ("Cam Túc", 2024, "M1-M9", "two-way", 700_000_000, 12.0),
        ),
        (
            "Sang năm nay, sau 10 tháng, con số này đã lên 750 triệu USD.",
            ("Cam Túc", 2024, "M1-M10", "two-way", 750_000_000, None),
        ),
        # Another province named with it: the same trade and year, that province's figure.
        (
            "Với Ninh Hạ, con số này là 90 triệu USD.",
            ("Ninh Hạ", 2023, "full_year", "two-way", 90_000_000, None),
        ),
        # 'con số' before the partner it names, with no 'này'.
        (
            "Năm 2024, con số với Ninh Hạ là gần 95 triệu USD.",
            ("Ninh Hạ", 2024, "full_year", "two-way", 95_000_000, None),
        ),
        (
            "Cùng năm, con số của Thanh Hải chỉ là 40 triệu USD.",
            ("Thanh Hải", 2023, "full_year", "two-way", 40_000_000, None),
        ),
        # 'con số tương ứng': the corresponding figure, of another year.
        (
            "Năm 2022, con số tương ứng là 650 triệu USD.",
            ("Cam Túc", 2022, "full_year", "two-way", 650_000_000, None),
        ),
        # 'con số' alone as the subject of the verb bringing the amount
        (
            "Sang năm 2024, con số lên 750 triệu USD, tăng 25%.",
            ("Cam Túc", 2024, "full_year", "two-way", 750_000_000, 25.0),
        ),
    ],
)
def test_con_so_nay_stands_for_the_figure_just_before(
    second: str, expected: tuple[object, ...]
) -> None:
    assert _figures([FIRST, second])[1:] == [expected]


def test_con_so_nay_keeps_the_kind_of_the_figure_it_stands_for() -> None:
    figures = _figures(
        [
            "Năm 2023, xuất khẩu của Việt Nam sang Cam Túc đạt 300 triệu USD.",
            "Năm 2024, kim ngạch này đạt 360 triệu USD.",
        ]
    )
    assert figures[1] == ("Cam Túc", 2024, "full_year", "vn_export", 360_000_000, None)


def test_con_so_nay_after_the_parts_of_a_total_stands_for_the_total() -> None:
    figures = _figures(
        [
            "10 tháng năm 2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 900 triệu USD.",
            "Trong đó, xuất khẩu của Việt Nam sang Cam Túc đạt 300 triệu USD; nhập khẩu đạt 600 "
            "triệu USD.",
            "Cả năm 2023, con số này là 950 triệu USD.",
        ]
    )
    assert figures[-1] == ("Cam Túc", 2023, "full_year", "two-way", 950_000_000, None)


@pytest.mark.parametrize(
    "before",
    [
        "Năm 2023, kim ngạch thương mại Việt Nam - Trung Quốc đạt 171,9 tỷ USD, trong đó kim "
        "ngạch thương mại giữa Việt Nam và Cam Túc đạt 800 triệu USD.",
        "Năm 2023, thương mại hai nước đạt 171,9 tỷ USD, trong đó thương mại giữa Việt Nam với "
        "Cam Túc đạt 800 triệu USD, chiếm chưa tới 1% tổng kim ngạch song phương.",
    ],
)
def test_con_so_nay_after_a_partner_s_share_of_a_total_stands_for_the_share(before: str) -> None:
    figures = _figures([before, "Quý I/2024, con số này đạt 210 triệu USD, tăng 5,2%."])
    assert figures[-1] == ("Cam Túc", 2024, "Q1", "two-way", 210_000_000, 5.2)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2024, kim ngạch thương mại giữa Việt Nam và Phúc Kiến đạt 30,5 tỷ USD, chiếm "
            "khoảng 15% tổng kim ngạch thương mại Việt Nam - Trung Quốc (205,2 tỷ USD); trong "
            "ba tháng đầu năm 2025, con số này đạt gần 7,2 tỷ USD.",
            ("Phúc Kiến", 2025, "Q1", "two-way", 7_200_000_000, None),
        ),
        (
            "Năm 2024, xuất khẩu của Việt Nam sang Hồ Nam đạt 1,5 tỷ USD, bằng 2% xuất khẩu sang "
            "Trung Quốc (61,2 tỷ USD); quý I/2025, kim ngạch này đạt 420 triệu USD.",
            ("Hồ Nam", 2025, "Q1", "vn_export", 420_000_000, None),
        ),
    ],
)
def test_con_so_nay_in_the_same_sentence_passes_over_a_total_in_brackets(
    sentence: str, expected: tuple[object, ...]
) -> None:
    assert _figures([sentence])[-1] == expected


def test_both_sides_in_an_article_about_the_two_countries_are_the_two_countries() -> None:
    national = Context(
        main_province="Quảng Tây", national=True, reference_year=2025, reference_day=None
    )
    figures = _figures(
        ["11 tháng năm 2025, kim ngạch thương mại song phương ước đạt 232,6 tỷ USD, tăng 22%."],
        national,
    )
    assert [f[0] for f in figures] == ["Trung Quốc"]


@pytest.mark.parametrize(
    "before",
    [
        # Not a trade figure: FDI.
        "Năm 2023, vốn đầu tư của Cam Túc vào Việt Nam đạt 80 triệu USD.",
        # No figure in the sentence just before.
        "Cam Túc là tỉnh có nhiều tiềm năng hợp tác với Việt Nam.",
    ],
)
def test_con_so_nay_needs_a_trade_figure_just_before(before: str) -> None:
    assert _figures([before, "Năm 2024, con số này là 95 triệu USD."]) == []


@pytest.mark.parametrize(
    "before",
    [
        "Việt Nam nhiều năm liền là đối tác thương mại lớn nhất của Cam Túc.",
        "Cam Túc là đối tác thương mại lớn thứ ba của Việt Nam trong các tỉnh miền Tây.",
    ],
)
def test_con_so_nay_after_a_sentence_naming_the_trade_partner_is_the_trade_with_it(
    before: str,
) -> None:
    assert _figures([before, "Cả năm 2024, con số này đạt 95 triệu USD."]) == [
        ("Cam Túc", 2024, "full_year", "two-way", 95_000_000, None)
    ]


def test_list_items_take_the_heading_s_party_and_the_passage_s_year() -> None:
    figures = _figures(
        [
            "Năm 2023, thương mại giữa Việt Nam và Chiết Giang đạt 20 tỷ USD.",
            "Trao đổi hàng hóa với An Huy cũng tăng nhanh:",
            "- Xuất khẩu của Việt Nam sang An Huy: 1,2 tỷ USD;",
            "- Nhập khẩu của Việt Nam từ An Huy: 2,5 tỷ USD;",
            "- Số dự án của An Huy tại Việt Nam: 40.",
        ]
    )
    assert figures[1:] == [
        ("An Huy", 2023, "full_year", "vn_export", 1_200_000_000, None),
        ("An Huy", 2023, "full_year", "vn_import", 2_500_000_000, None),
    ]


def test_a_market_list_takes_its_trade_and_period_from_the_lines_above() -> None:
    figures = _figures(
        [
            "8 tháng năm 2024, tổng kim ngạch xuất khẩu của Việt Nam ước đạt 260 tỷ USD.",
            "Các thị trường xuất khẩu lớn nhất gồm:",
            "• Hoa Kỳ: 80 tỷ USD, tăng 20%;",
            "• Trung Quốc: 40 tỷ USD, tăng 3%;",
            "• Ma Cao (Trung Quốc): 50 triệu USD, tăng 9%.",
        ]
    )
    assert figures == [
        ("Trung Quốc", 2024, "M1-M8", "vn_export", 40_000_000_000, 3.0),
        ("Ma Cao", 2024, "M1-M8", "vn_export", 50_000_000, 9.0),
    ]


NATIONAL_9_MONTHS = (
    "9 tháng năm 2024, kim ngạch thương mại giữa Việt Nam và Trung Quốc đạt 150,2 tỷ USD."
)


@pytest.mark.parametrize(
    "lines",
    [
        # Numbered items right under the national figure.
        ["Xếp hạng:", "1. Hồ Nam: 4,1 tỷ USD, tăng 5,5%.", "2. Cam Túc: 0,9 tỷ USD, giảm 2,2%."],
        # A heading naming no time, after a sentence without sums: the passage's time; an
        # item's sentence without a sum does not end the list.
        [
            "Bốn địa phương đứng đầu chiếm khoảng 40% tổng kim ngạch song phương.",
            "Thứ tự cụ thể như sau:",
            "- Hồ Nam: 4,1 tỷ USD, tăng 5,5%.",
            "Tỉnh này có nhiều cảng sông.",
            "- Cam Túc: 0,9 tỷ USD, giảm 2,2%.",
        ],
    ],
)
def test_a_ranked_list_of_provinces_takes_the_national_figure_s_trade_and_time(
    lines: list[str],
) -> None:
    assert _figures([NATIONAL_9_MONTHS, *lines])[1:] == [
        ("Hồ Nam", 2024, "M1-M9", "two-way", 4_100_000_000, 5.5),
        ("Cam Túc", 2024, "M1-M9", "two-way", 900_000_000, -2.2),
    ]


def test_a_list_of_products_gives_no_figure() -> None:
    assert (
        _figures(
            [
                "6 tháng đầu năm 2024, các mặt hàng chính Việt Nam xuất khẩu sang Trung Quốc gồm:",
                "- Rau quả: 2 tỷ USD, tăng 30%;",
                "- Gạo: 500 triệu USD.",
            ]
        )
        == []
    )


def test_a_list_without_a_clear_direction_gives_no_export_figure() -> None:
    assert (
        _figures(
            [
                "Năm 2024, các thị trường có kim ngạch xuất khẩu lớn như sau:",
                "• Trung Quốc: 40 tỷ USD;",
            ]
        )
        == []
    )


def test_cung_ky_takes_the_period_of_the_main_figure_not_of_a_part_told_since() -> None:
    figures = _figures(
        [
            "10 tháng năm 2024, kim ngạch thương mại Việt Nam - Trung Quốc đạt 170 tỷ USD.",
            "Riêng tháng 10/2024, kim ngạch giữa hai nước đạt 18 tỷ USD.",
            "Giá trị nhập siêu ở mức 60 tỷ USD.",
            "Cùng kỳ, xuất khẩu của Việt Nam sang Hồng Kông (Trung Quốc) đạt 12 tỷ USD.",
        ]
    )
    assert figures[-1] == ("Hồng Kông", 2024, "M1-M10", "vn_export", 12_000_000_000, None)


@pytest.mark.parametrize(
    "between",
    [
        "Với kết quả này, Trung Quốc chiếm 27% tổng kim ngạch xuất nhập khẩu của Việt Nam, vốn "
        "đạt 630 tỷ USD sau 10 tháng.",
        "Đây là mức cao nhất từ đầu năm.",
    ],
)
def test_a_month_singled_out_is_an_aside_the_later_figures_do_not_go_on_with(
    between: str,
) -> None:
    figures = _figures(
        [
            "10 tháng năm 2024, kim ngạch thương mại Việt Nam - Trung Quốc đạt 170 tỷ USD.",
            "Riêng tháng 10/2024, kim ngạch giữa hai nước đạt 18 tỷ USD.",
            between,
            "Đáng chú ý, xuất khẩu của Việt Nam sang Hồng Kông (Trung Quốc) đạt 12 tỷ USD.",
            "Ở chiều ngược lại, Việt Nam nhập khẩu từ Đài Loan (Trung Quốc) 21 tỷ USD.",
        ]
    )
    assert figures[1][2] == "M10"
    assert [f[:3] for f in figures[2:]] == [
        ("Hồng Kông", 2024, "M1-M10"),
        ("Đài Loan", 2024, "M1-M10"),
    ]


def test_the_sentence_after_an_earlier_year_set_against_a_figure_goes_on_with_the_figure() -> None:
    figures = _figures(
        [
            "4 tháng đầu năm 2024, Việt Nam nhập khẩu từ Trung Quốc 48,2 tỷ USD, trong khi cùng "
            "kỳ năm 2023 con số này là 39,5 tỷ USD.",
            "Ở chiều ngược lại, xuất khẩu sang Trung Quốc đạt 17,9 tỷ USD, tăng 9,8%.",
        ]
    )
    assert [f[:4] for f in figures] == [
        ("Trung Quốc", 2024, "M1-M4", "vn_import"),
        ("Trung Quốc", 2023, "M1-M4", "vn_import"),
        ("Trung Quốc", 2024, "M1-M4", "vn_export"),
    ]


def test_a_running_total_after_a_month_is_no_part_of_it() -> None:
    figures = _figures(
        [
            "Theo Cục Hải quan, tháng 11/2024, kim ngạch Việt Nam - Trung Quốc đạt 20 tỷ USD.",
            "Lũy kế 11 tháng năm 2024, kim ngạch hai nước đạt 190 tỷ USD.",
            "Đây là mức cao nhất từ trước đến nay.",
            "Trong đó, xuất khẩu của Việt Nam sang Trung Quốc đạt 55 tỷ USD.",
        ]
    )
    assert figures[-1][:3] == ("Trung Quốc", 2024, "M1-M11")


@pytest.mark.parametrize("opener", ["Trong cùng thời gian,", "Cùng thời gian này,"])
def test_other_same_period_openers(opener: str) -> None:
    figures = _figures(
        [
            "Quý I/2024, thương mại Việt Nam - Quảng Tây đạt 10 tỷ USD.",
            f"{opener} thương mại Việt Nam - Vân Nam đạt 4 tỷ USD.",
        ]
    )
    assert figures[1] == ("Vân Nam", 2024, "Q1", "two-way", 4_000_000_000, None)


@pytest.mark.parametrize("opening", ["Lũy kế 10 tháng năm 2025", "10 tháng đầu năm 2025"])
def test_the_sentence_after_a_same_period_one_without_a_figure_is_of_the_main_period(
    opening: str,
) -> None:
    sentences = [
        f"{opening}, kim ngạch xuất nhập khẩu giữa tỉnh Cam Túc và Việt Nam đạt 1,36 tỷ USD.",
        "Riêng tháng 10, trao đổi thương mại hai bên đạt 158 triệu USD.",
        "Trong cùng thời gian, tổng kim ngạch thương mại của Cam Túc với các nước ASEAN đạt "
        "98,6 tỷ NDT (khoảng 13,8 tỷ USD), tăng 11,4%.",
        "Còn khu tự trị Ninh Hạ láng giềng ghi nhận kim ngạch với Việt Nam đạt 5,2 tỷ NDT "
        "(khoảng 0,73 tỷ USD), tăng 6,1%.",
    ]
    context = Context(reference_year=2025, reference_day=date(2025, 11, 24))
    assert _figures(sentences, context)[-1] == (
        "Ninh Hạ", 2025, "M1-M10", "two-way", 730_000_000, 6.1
    )  # fmt: skip


def test_cung_ky_nam_truoc_is_a_comparison_not_the_same_period() -> None:
    figures = _figures(
        [
            "Quý I/2024, thương mại Việt Nam - Quảng Tây đạt 10 tỷ USD.",
            "Cùng kỳ năm trước, con số này là 9 tỷ USD.",
        ]
    )
    assert ("Quảng Tây", 2024, "Q1", "two-way", 9_000_000_000, None) not in figures


@pytest.mark.parametrize(
    "second",
    [
        "Cùng kỳ năm ngoái, con số này chỉ là 39,6 tỷ USD.",
        "Cùng kỳ năm trước, kim ngạch hai nước đạt 39,6 tỷ USD.",
        "Cùng kỳ năm 2025, con số này là 39,6 tỷ USD.",
    ],
)
def test_the_same_part_of_the_year_before_is_that_year_s_figure_and_no_passage(
    second: str,
) -> None:
    sentences = [
        "Lũy kế 2 tháng đầu năm 2026, kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc đạt "
        "44,9 tỷ USD, tăng 13,4% so với cùng kỳ năm 2025.",
        second,
        "Trong 2 tháng, Việt Nam xuất khẩu sang Trung Quốc 11,8 tỷ USD, tăng 4,1%.",
    ]
    context = Context(
        main_province="Trung Quốc",
        national=True,
        reference_year=2026,
        reference_day=date(2026, 3, 13),
    )
    assert _figures(sentences, context) == [
        ("Trung Quốc", 2026, "M1-M2", "two-way", 44_900_000_000, 13.4),
        ("Trung Quốc", 2025, "M1-M2", "two-way", 39_600_000_000, None),
        ("Trung Quốc", 2026, "M1-M2", "vn_export", 11_800_000_000, 4.1),
    ]


@pytest.mark.parametrize(
    "between",
    [
        ["Quý I năm ngoái, trao đổi thương mại hai nước đạt 40,2 tỷ USD."],
        ["Trong quý I/2025, con số này chỉ là 40,2 tỷ USD."],
        # A sentence of shares between ends the passage; the article's figure still holds.
        [
            "Trung Quốc tiếp tục là bạn hàng lớn nhất của Việt Nam, chiếm 24% tổng kim ngạch.",
            "Quý I năm trước, kim ngạch song phương đạt 40,2 tỷ USD.",
        ],
    ],
)
def test_the_same_part_of_an_earlier_year_opening_a_sentence_leaves_the_passage_its_figure(
    between: list[str],
) -> None:
    sentences = [
        "Theo Cục Hải quan, quý I/2026, kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc "
        "đạt 46,3 tỷ USD, tăng 15,2% so với cùng kỳ năm 2025.",
        *between,
        "Cụ thể, xuất khẩu của Việt Nam sang Trung Quốc đạt 13,1 tỷ USD, tăng 7,5%; nhập khẩu "
        "từ Trung Quốc đạt 33,2 tỷ USD, tăng 18,4%.",
    ]
    context = Context(
        main_province="Trung Quốc",
        national=True,
        reference_year=2026,
        reference_day=date(2026, 4, 15),
    )
    assert _figures(sentences, context) == [
        ("Trung Quốc", 2026, "Q1", "two-way", 46_300_000_000, 15.2),
        ("Trung Quốc", 2025, "Q1", "two-way", 40_200_000_000, None),
        ("Trung Quốc", 2026, "Q1", "vn_export", 13_100_000_000, 7.5),
        ("Trung Quốc", 2026, "Q1", "vn_import", 33_200_000_000, 18.4),
    ]


IN_NOVEMBER_2025 = Context(reference_year=2025, reference_day=date(2025, 11, 20))


def test_a_year_in_a_later_clause_about_what_came_before_is_not_the_figure_s() -> None:
    sentences = [
        "Thương mại giữa Việt Nam và Phúc Kiến trong 9 tháng đạt khoảng 20,1 tỷ USD, tăng 8,2%, "
        "sau khi cả năm 2024 đạt 24,3 tỷ USD, tăng 6%.",
        # 'Riêng …' goes on with the passage's months, not with the year before told as background.
        "Riêng với Hải Nam, thương mại với Việt Nam 9 tháng chỉ đạt 1,2 tỷ USD, giảm 3,5%.",
    ]
    assert _figures(sentences, IN_NOVEMBER_2025) == [
        ("Phúc Kiến", 2025, "M1-M9", "two-way", 20_100_000_000, 8.2),
        ("Phúc Kiến", 2024, "full_year", "two-way", 24_300_000_000, 6.0),
        ("Hải Nam", 2025, "M1-M9", "two-way", 1_200_000_000, -3.5),
    ]


def test_the_parts_after_a_base_in_brackets_are_of_the_total_s_year() -> None:
    sentences = [
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Phúc Kiến đạt 24,3 tỷ USD, tăng 7,1% so "
        "với năm 2023 (22,7 tỷ USD).",
        "Trong đó, Việt Nam xuất khẩu sang Phúc Kiến 9,8 tỷ USD và nhập khẩu từ Phúc Kiến 14,5 "
        "tỷ USD.",
    ]
    assert _figures(sentences, IN_NOVEMBER_2025) == [
        ("Phúc Kiến", 2024, "full_year", "two-way", 24_300_000_000, 7.1),
        ("Phúc Kiến", 2023, "full_year", "two-way", 22_700_000_000, None),
        ("Phúc Kiến", 2024, "full_year", "vn_export", 9_800_000_000, None),
        ("Phúc Kiến", 2024, "full_year", "vn_import", 14_500_000_000, None),
    ]


@pytest.mark.parametrize(
    ("compared", "base"),
    [
        ("so với cùng kỳ năm 2024 (quý I/2024 đạt 1,05 tỷ USD)", (2024, "Q1", 1_050_000_000)),
        ("so với cùng kỳ năm trước (quý I năm 2024 đạt 1,05 tỷ USD)", (2024, "Q1", 1_050_000_000)),
        ("so với cùng kỳ (quý I/2024 là 1,05 tỷ USD)", (2024, "Q1", 1_050_000_000)),
        (
            "so với cùng kỳ năm 2024 (cả năm 2024 đạt 4,6 tỷ USD)",
            (2024, "full_year", 4_600_000_000),
        ),
    ],
)
def test_a_base_in_brackets_telling_its_own_time_is_of_that_time(
    compared: str, base: tuple[int, str, int]
) -> None:
    sentences = [
        f"Quý I/2025, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 1,2 tỷ USD, tăng 14,8% "
        f"{compared}.",
        "Trong đó, Việt Nam xuất khẩu sang Vân Nam 500 triệu USD.",
    ]
    assert _figures(sentences, IN_NOVEMBER_2025) == [
        ("Vân Nam", 2025, "Q1", "two-way", 1_200_000_000, 14.8),
        ("Vân Nam", *base[:2], "two-way", base[2], None),
        ("Vân Nam", 2025, "Q1", "vn_export", 500_000_000, None),
    ]


def test_a_market_named_as_thi_truong_nay_is_the_partner() -> None:
    figures = sentence_figures(
        "Quý I/2025, xuất khẩu của Việt Nam sang Trung Quốc đạt 14 tỷ USD, trong khi nhập "
        "khẩu từ thị trường này lên tới 33 tỷ USD.",
        IN_2024,
    )
    assert [(f.province, f.kind, f.value_usd) for f in figures] == [
        ("Trung Quốc", "vn_export", 14_000_000_000),
        ("Trung Quốc", "vn_import", 33_000_000_000),
    ]


NATIONAL_2025 = Context(
    main_province="Trung Quốc", reference_year=2025, reference_day=date(2025, 11, 10), national=True
)


def test_thi_truong_nay_in_a_later_sentence_is_the_partner_of_the_figure_before() -> None:
    figures = _figures(
        [
            "Tháng 10/2025, xuất khẩu hàng hóa sang Trung Quốc đạt 6,2 tỷ USD, tăng 9%.",
            "Tính chung quý III/2025, xuất khẩu sang thị trường này đạt 18,7 tỷ USD, tăng 15%, "
            "trong khi nhập khẩu từ Trung Quốc đạt 41,6 tỷ USD.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [
        ("Trung Quốc", 2025, "Q3", "vn_export", 18_700_000_000, 15.0),
        ("Trung Quốc", 2025, "Q3", "vn_import", 41_600_000_000, None),
    ]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("xuất khẩu của Việt Nam sang thị trường này", "vn_export"),
        ("nhập khẩu của Việt Nam từ thị trường này", "vn_import"),
    ],
)
def test_thi_truong_nay_after_vietnam_named_as_the_trader_is_the_partner_before(
    words: str, kind: str
) -> None:
    figures = _figures(
        [
            "Riêng tháng 10/2025, kim ngạch thương mại giữa Việt Nam và Trung Quốc đạt 21,5 tỷ "
            "USD, tăng 12%.",
            f"Trong tháng, {words} đạt 6,1 tỷ USD.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [("Trung Quốc", 2025, "M10", kind, 6_100_000_000, None)]


def test_thi_truong_nay_after_a_sentence_about_another_market_is_not_china() -> None:
    figures = _figures(
        [
            "Tháng 10/2025, xuất khẩu hàng hóa sang Trung Quốc đạt 6,2 tỷ USD.",
            "Hoa Kỳ vẫn là thị trường xuất khẩu lớn nhất của Việt Nam.",
            "Quý III/2025, xuất khẩu sang thị trường này đạt 30 tỷ USD.",
        ],
        NATIONAL_2025,
    )
    assert [f[4] for f in figures] == [6_200_000_000]


@pytest.mark.parametrize(
    ("partner", "province"),
    [
        ("Trung Quốc", "Trung Quốc"),
        ("tỉnh Vân Nam", "Vân Nam"),
        # a city's trade is not its province's, nor the earlier passage's
        ("thành phố Côn Minh", None),
    ],
)
def test_thi_truong_nay_is_the_partner_the_same_sentence_named_before_it(
    partner: str, province: str | None
) -> None:
    figures = _figures(
        [
            "Năm 2024, tổng kim ngạch thương mại giữa Quảng Tây và Việt Nam đạt 42 tỷ USD.",
            "Quảng Tây tiếp tục coi Việt Nam là đối tác thương mại lớn nhất.",
            f"Theo số liệu của Hải quan Việt Nam, năm 2024, xuất khẩu sang {partner} đạt 6,1 tỷ "
            "USD và nhập khẩu từ thị trường này đạt 14,4 tỷ USD.",
        ],
        Context(main_province="Quảng Tây", reference_year=2025),
    )
    expected = [("Quảng Tây", 2024, "full_year", "two-way", 42_000_000_000, None)]
    if province is not None:
        expected += [
            (province, 2024, "full_year", "vn_export", 6_100_000_000, None),
            (province, 2024, "full_year", "vn_import", 14_400_000_000, None),
        ]
    assert figures == expected


def test_the_market_of_vietnam_s_imports() -> None:
    figures = _figures(
        [
            "Quý I/2025, xuất khẩu của Việt Nam sang Trung Quốc đạt 14 tỷ USD.",
            "Ở chiều nhập khẩu, Trung Quốc vẫn là thị trường lớn nhất với 33 tỷ USD.",
        ]
    )
    assert figures[1] == ("Trung Quốc", 2025, "Q1", "vn_import", 33_000_000_000, None)


@pytest.mark.parametrize(
    "words", ["hàng hóa có xuất xứ từ Trung Quốc", "hàng hóa có nguồn gốc từ Trung Quốc"]
)
def test_origin_words_between_the_trade_word_and_the_amount(words: str) -> None:
    (figure,) = sentence_figures(f"Năm 2024, Việt Nam nhập khẩu {words} đạt 140 tỷ USD.", IN_2024)
    assert (figure.province, figure.kind) == ("Trung Quốc", "vn_import")


def test_a_second_amount_after_a_colon_in_a_new_clause() -> None:
    figures = sentence_figures(
        "Thương mại Việt Nam - Ma Cao năm 2023 mới đạt 80 triệu USD, nhưng đang tăng mạnh: "
        "7 tháng năm 2024 đạt 60 triệu USD, tăng 20%.",
        IN_2024,
    )
    assert [(f.year, f.period, f.value_usd, f.growth_pct) for f in figures] == [
        (2023, "full_year", 80_000_000, None),
        (2024, "M1-M7", 60_000_000, 20.0),
    ]


@pytest.mark.parametrize(
    ("tie", "tied"),
    [
        ("Đoàn công tác tỉnh Hà Nam (Trung Quốc) thăm Hải Phòng.", True),
        ("Trịnh Châu, thủ phủ tỉnh Hà Nam, là đầu mối logistics.", True),
        ("Phó Tỉnh trưởng tỉnh Hà Nam tiếp đoàn doanh nghiệp.", True),
        ("Chủ tịch UBND tỉnh Hà Nam tiếp đoàn doanh nghiệp.", False),
    ],
)
def test_what_ties_a_shared_name_to_china(tie: str, tied: bool) -> None:
    assert ("Hà Nam" in shared_names_in_china([tie])) == tied


def test_a_shared_name_tied_to_china_is_the_chinese_province_unless_its_words_say_vietnam() -> None:
    context = Context(reference_year=2024, in_china=frozenset({"Hà Nam"}))
    (figure,) = sentence_figures(
        "Năm 2023, thương mại Việt Nam - Hà Nam đạt 5 tỷ USD, trong đó Việt Nam nhập khẩu từ "
        "Hà Nam 3,9 tỷ USD.",
        context,
    )[:1]
    assert (figure.province, figure.value_usd) == ("Hà Nam", 5_000_000_000)
    assert (
        sentence_figures(
            "Năm 2023, kim ngạch xuất khẩu của UBND tỉnh Hà Nam với Việt Nam đạt 1 tỷ USD.",
            context,
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Vietnam itself beside the shared name is the other party, not a list of its places.
        (
            "Năm 2023, thương mại giữa Sơn Tây và Việt Nam đạt khoảng 9,6 tỷ NDT (khoảng 1,35 tỷ "
            "USD), tăng 5,2%.",
            [("Sơn Tây", 1_350_000_000)],
        ),
        (
            "Năm 2023, thương mại giữa Việt Nam và Sơn Tây đạt 1,35 tỷ USD.",
            [("Sơn Tây", 1_350_000_000)],
        ),
        # Listed with Vietnamese localities, it is theirs.
        ("Năm 2023, thương mại giữa Hà Nội, Sơn Tây và Vân Nam đạt 1,35 tỷ USD.", []),
    ],
)
def test_a_shared_name_beside_vietnam_itself_is_the_chinese_province(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    context = Context(reference_year=2024, in_china=frozenset({"Sơn Tây"}))
    assert [(f.province, f.value_usd) for f in sentence_figures(sentence, context)] == expected


def test_an_article_about_the_chinese_ha_nam_keeps_the_vietnamese_one_apart() -> None:
    text = (
        "Tỉnh Hà Nam (Trung Quốc) muốn mở rộng hợp tác với Việt Nam\n"
        "Ngày 8/8/2024, tại Hà Nội, đoàn công tác của tỉnh Hà Nam, Trung Quốc do Phó Tỉnh trưởng "
        "Lý Minh Hoa dẫn đầu đã làm việc với các địa phương Việt Nam.\n"
        "Năm 2023, kim ngạch thương mại Việt Nam - Hà Nam đạt 5 tỷ USD, trong đó Việt Nam nhập "
        "khẩu từ Hà Nam 3,9 tỷ USD.\n"
        "Đại diện các địa phương của Việt Nam như Ninh Bình, Hà Nam đã giới thiệu môi trường đầu "
        "tư. Ông Trần Văn Hùng, Phó Chủ tịch UBND tỉnh Hà Nam cho biết tỉnh sẵn sàng hợp tác.\n"
    )
    article = parse_article(text)
    assert [(f.province, f.kind, f.value_usd) for f in article.trade_figures] == [
        ("Hà Nam", "two-way", 5_000_000_000),
        ("Hà Nam", "vn_import", 3_900_000_000),
    ]
    sides = {o.name: (o.side, o.province) for o in article.officials}
    assert sides == {"Lý Minh Hoa": ("CN", "Hà Nam"), "Trần Văn Hùng": ("VN", None)}


def test_a_breakdown_sentence_counts_exports_from_vietnam_s_side() -> None:
    assert _figures(
        [
            "10 tháng năm 2024, kim ngạch thương mại giữa Việt Nam và Trung Quốc đạt 166,4 tỷ USD.",
            "Trong đó, xuất khẩu đạt 49,1 tỷ USD, còn nhập khẩu từ thị trường này đạt "
            "117,3 tỷ USD.",
        ]
    ) == [
        ("Trung Quốc", 2024, "M1-M10", "two-way", 166_400_000_000, None),
        ("Trung Quốc", 2024, "M1-M10", "vn_export", 49_100_000_000, None),
        ("Trung Quốc", 2024, "M1-M10", "vn_import", 117_300_000_000, None),
    ]


def test_the_subject_of_a_clause_acts_for_the_amounts_after_it() -> None:
    assert _figures(
        [
            "Thương mại hai chiều với Việt Nam 9 tháng năm 2024 của một số tỉnh như sau:",
            "- Phúc Kiến: 8,2 tỷ USD, tăng 6%; trong đó Việt Nam xuất khẩu 3,1 tỷ USD, nhập "
            "khẩu 5,1 tỷ USD.",
        ]
    ) == [
        ("Phúc Kiến", 2024, "M1-M9", "two-way", 8_200_000_000, 6.0),
        ("Phúc Kiến", 2024, "M1-M9", "vn_export", 3_100_000_000, None),
        ("Phúc Kiến", 2024, "M1-M9", "vn_import", 5_100_000_000, None),
    ]


def test_a_sentence_naming_no_time_takes_the_article_s_last_figure_s() -> None:
    assert _figures(
        [
            "6 tháng đầu năm 2024, kim ngạch thương mại giữa Việt Nam và Trung Quốc đạt 88 tỷ USD.",
            "Trung Quốc tiếp tục là thị trường nhập khẩu lớn nhất của Việt Nam.",
            "Xét theo địa phương, Quảng Tây dẫn đầu: thương mại hai chiều với Việt Nam đạt "
            "19,6 tỷ USD; Vân Nam đạt 1,2 tỷ USD.",
        ]
    ) == [
        ("Trung Quốc", 2024, "H1", "two-way", 88_000_000_000, None),
        ("Quảng Tây", 2024, "H1", "two-way", 19_600_000_000, None),
        ("Vân Nam", 2024, "H1", "two-way", 1_200_000_000, None),
    ]


def test_a_part_of_the_period_with_no_trade_word_continues_the_figure_before() -> None:
    sentences = [
        "Năm 2024, kim ngạch xuất khẩu của Việt Nam sang Cam Túc đạt 300 triệu USD.",
        "Riêng quý IV đạt 95 triệu USD.",
    ]
    assert _figures(sentences)[1] == ("Cam Túc", 2024, "Q4", "vn_export", 95_000_000, None)


def test_the_directions_alone_after_a_two_way_figure_are_its_two_sides() -> None:
    sentences = [
        "Lũy kế 5 tháng năm 2024, kim ngạch hai chiều giữa Việt Nam và Cam Túc đạt 500 triệu USD.",
        "Xuất khẩu và nhập khẩu 5 tháng lần lượt đạt 200 triệu USD và 300 triệu USD, tăng lần "
        "lượt 9,1% và 27,9%.",
    ]
    assert _figures(sentences)[1:] == [
        ("Cam Túc", 2024, "M1-M5", "vn_export", 200_000_000, 9.1),
        ("Cam Túc", 2024, "M1-M5", "vn_import", 300_000_000, 27.9),
    ]


@pytest.mark.parametrize(
    "sides",
    [
        "Việt Nam xuất khẩu và nhập khẩu lần lượt 200 triệu USD và 300 triệu USD.",
        "Phía Việt Nam xuất khẩu 200 triệu USD, nhập khẩu 300 triệu USD.",
    ],
)
def test_vietnam_s_directions_after_a_two_way_figure_are_its_two_sides(sides: str) -> None:
    sentences = ["Năm 2024, thương mại Việt Nam - Cam Túc đạt 500 triệu USD.", sides]
    assert _figures(sentences)[1:] == [
        ("Cam Túc", 2024, "full_year", "vn_export", 200_000_000, None),
        ("Cam Túc", 2024, "full_year", "vn_import", 300_000_000, None),
    ]


def test_vietnam_s_directions_beyond_the_two_way_figure_are_its_trade_with_the_world() -> None:
    sentences = [
        "Năm 2024, thương mại Việt Nam - Cam Túc đạt 500 triệu USD.",
        "Việt Nam xuất khẩu 405 tỷ USD và nhập khẩu 380 tỷ USD.",
    ]
    assert _figures(sentences)[1:] == []


def test_a_breakdown_after_a_sentence_of_another_sum_is_told_from_vietnam_s_side() -> None:
    sentences = [
        "Năm 2024, kim ngạch thương mại Việt Nam - Cam Túc đạt 500 triệu USD.",
        "Như vậy, mức nhập siêu từ Cam Túc đã tăng từ 80 triệu USD năm 2023 lên 100 triệu USD.",
        "Riêng tháng 12/2024, trao đổi hàng hóa giữa hai bên đạt 45 triệu USD, trong đó xuất khẩu "
        "20 triệu USD và nhập khẩu 25 triệu USD.",
    ]
    assert [f[2:5] for f in _figures(sentences)[1:]] == [
        ("M12", "two-way", 45_000_000),
        ("M12", "vn_export", 20_000_000),
        ("M12", "vn_import", 25_000_000),
    ]


def test_the_directions_alone_need_the_two_way_figure_just_before() -> None:
    alone = "Xuất khẩu và nhập khẩu 5 tháng năm 2024 lần lượt đạt 2 tỷ và 3 tỷ USD."
    assert _figures([alone]) == []


@pytest.mark.parametrize("whole", ["năm qua", "năm vừa qua", "cả năm"])
def test_the_whole_year_after_a_quarter_s_figure_is_the_year_s_not_the_quarter_s(
    whole: str,
) -> None:
    sentences = [
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 300 triệu USD.",
        "Riêng quý IV, thương mại hai chiều đạt 95 triệu USD.",
        f"Xuất khẩu của Việt Nam sang Cam Túc {whole} đạt khoảng 120 triệu USD.",
    ]
    assert _figures(sentences)[2][:3] == ("Cam Túc", 2024, "full_year")


@pytest.mark.parametrize("opener", ["Lũy kế 10 tháng", "Tính chung 10 tháng", "Cộng dồn 10 tháng"])
def test_a_running_total_after_a_month_s_figure_is_the_same_trade(opener: str) -> None:
    figures = _figures(
        [
            "Trong tháng 10/2025, kim ngạch giữa Việt Nam và Trung Quốc đạt 22,9 tỷ USD.",
            f"{opener}, tổng kim ngạch đạt 208,8 tỷ USD, tăng 22,5%; trong đó xuất khẩu 57,9 tỷ "
            "USD, nhập khẩu 150,9 tỷ USD.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [
        ("Trung Quốc", 2025, "M1-M10", "two-way", 208_800_000_000, 22.5),
        ("Trung Quốc", 2025, "M1-M10", "vn_export", 57_900_000_000, None),
        ("Trung Quốc", 2025, "M1-M10", "vn_import", 150_900_000_000, None),
    ]


RANKING_LEAD = (
    "Trong 10 tháng năm 2025, Quảng Đông là địa phương có kim ngạch lớn nhất với Việt Nam, "
    "khoảng 49,7 tỷ USD, tăng 14,1%."
)


def test_provinces_ranked_after_a_province_s_figure_have_the_same_trade_and_time() -> None:
    figures = _figures(
        [
            RANKING_LEAD,
            "Quảng Tây đứng thứ hai với 48,5 tỷ USD, tăng 9,3%, còn Giang Tô đạt 28,9 tỷ USD.",
            "Vân Nam, tỉnh có biên giới dài nhất với Việt Nam, chỉ đạt 3,87 tỷ USD, giảm 1,8%.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [
        ("Quảng Tây", 2025, "M1-M10", "two-way", 48_500_000_000, 9.3),
        ("Giang Tô", 2025, "M1-M10", "two-way", 28_900_000_000, None),
        ("Vân Nam", 2025, "M1-M10", "two-way", 3_870_000_000, -1.8),
    ]


@pytest.mark.parametrize("opening", ["Trong khi đó, ", "Ngược lại, "])
def test_a_province_ranked_after_a_contrast_has_the_same_trade_and_time(opening: str) -> None:
    second = f"{opening}Vân Nam, tỉnh có biên giới dài nhất với Việt Nam, chỉ đạt 3,87 tỷ USD."
    assert _figures([RANKING_LEAD, second], NATIONAL_2025)[1:] == [
        ("Vân Nam", 2025, "M1-M10", "two-way", 3_870_000_000, None)
    ]


def test_the_next_provinces_of_a_ranking_with_amounts_in_brackets_or_a_rank() -> None:
    figures = _figures(
        [
            RANKING_LEAD,
            "Tiếp theo là Hồ Nam (4,2 tỷ USD) và Hà Bắc (khoảng 3,3 tỷ USD).",
            "Đáng chú ý, Tứ Xuyên - tỉnh có nhiều tuyến đường sắt - chỉ đứng thứ 9 với khoảng "
            "1,9 tỷ USD, do hàng hóa qua các tỉnh khác.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [
        ("Hồ Nam", 2025, "M1-M10", "two-way", 4_200_000_000, None),
        ("Hà Bắc", 2025, "M1-M10", "two-way", 3_300_000_000, None),
        ("Tứ Xuyên", 2025, "M1-M10", "two-way", 1_900_000_000, None),
    ]


def test_the_whole_of_a_share_told_with_the_same_part_of_the_year_is_a_figure_of_that_time() -> (
    None
):
    figures = _figures(
        [
            "11 tháng năm 2025, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 43,7 tỷ USD.",
            "Quảng Tây chiếm khoảng 1/5 tổng kim ngạch thương mại Việt Nam - Trung Quốc, vốn đạt "
            "hơn 233 tỷ USD trong 11 tháng.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [("Trung Quốc", 2025, "M1-M11", "two-way", 233_000_000_000, None)]


def test_a_ranking_goes_on_past_a_sentence_with_no_sum() -> None:
    figures = _figures(
        [
            RANKING_LEAD,
            "Quảng Đông vẫn dẫn đầu, chiếm khoảng 22% tổng kim ngạch Việt - Trung.",
            "Thượng Hải xếp sau với gần 8,2 tỷ USD, tăng 15%.",
        ],
        NATIONAL_2025,
    )
    assert figures[1:] == [("Thượng Hải", 2025, "M1-M10", "two-way", 8_200_000_000, 15.0)]


@pytest.mark.parametrize(
    ("size", "approximate"),
    [
        ("có quy mô nhỏ hơn, lần lượt đạt khoảng 4,7 tỷ USD và 2,3 tỷ USD", True),
        ("có quy mô nhỏ hơn nhiều, lần lượt đạt 4,7 tỷ USD và 2,3 tỷ USD", False),
    ],
)
def test_provinces_of_a_smaller_size_told_in_turn_give_their_two_way_trade(
    size: str, approximate: bool
) -> None:
    figures = find_trade_figures(
        [
            "Trong 10 tháng năm 2025, Việt Nam xuất khẩu sang Sơn Đông 2,1 tỷ USD.",
            f"Các tỉnh nội địa như Tứ Xuyên, Hồ Bắc {size}, nhưng tăng nhanh.",
        ],
        NATIONAL_2025,
    )
    assert [(f.province, f.period, f.kind, f.value_usd, f.approximate) for f in figures[1:]] == [
        ("Tứ Xuyên", "M1-M10", "two-way", 4_700_000_000, approximate),
        ("Hồ Bắc", "M1-M10", "two-way", 2_300_000_000, approximate),
    ]


def test_a_size_of_something_else_told_in_turn_gives_nothing() -> None:
    sentences = [
        RANKING_LEAD,
        "Tứ Xuyên và Hồ Bắc có quy mô kinh tế lớn, lần lượt đạt 900 tỷ USD và 800 tỷ USD.",
    ]
    assert len(_figures(sentences, NATIONAL_2025)) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Hồ Nam, dù ở sâu trong nội địa, vẫn là đối tác lớn thứ tư với hơn 4,2 tỷ USD.",
        "Hồ Nam hiện là địa phương đứng thứ tư với hơn 4,2 tỷ USD.",
        "Hồ Nam là bạn hàng lớn thứ tư của Việt Nam với hơn 4,2 tỷ USD.",
    ],
)
def test_a_province_said_to_be_a_partner_of_some_rank_with_an_amount(second: str) -> None:
    assert _figures([RANKING_LEAD, second], NATIONAL_2025)[1:] == [
        ("Hồ Nam", 2025, "M1-M10", "two-way", 4_200_000_000, None)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Quảng Tây đạt 12 tỷ USD vốn đầu tư vào các khu công nghiệp.",  # counted after it
        "Năm 2024, Quảng Tây đạt 48,5 tỷ USD.",  # the clause does not open on the province
        "Thâm Quyến đứng thứ hai với 20 tỷ USD.",  # a city, not its province
        "Tiếp theo là Hồ Nam (4,2 tỷ USD vốn đầu tư).",  # counted after it
        "Tiếp theo là Hồ Nam (30 tỷ NDT).",  # not in dollars
        "Hồ Nam vẫn là đối tác đầu tư lớn với 4,2 tỷ USD.",  # a sum of no trade
    ],
)
def test_a_clause_that_is_no_ranking_gives_no_figure(second: str) -> None:
    assert len(_figures([RANKING_LEAD, second], NATIONAL_2025)) == 1


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        (
            Context(main_province="Hắc Long Giang", reference_year=2025),
            [
                ("Hắc Long Giang", 2024, "full_year", "two-way", 850_000_000, 6.5),
                ("Hắc Long Giang", 2025, "M1-M10", "two-way", 760_000_000, None),
            ],
        ),
        # An article on the two countries has no partner province for 'tỉnh bạn' to stand for.
        (Context(main_province="Trung Quốc", reference_year=2025), []),
    ],
)
def test_tinh_ban_stands_for_the_article_s_own_province(
    context: Context, expected: list[tuple[object, ...]]
) -> None:
    sentence = (
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và tỉnh bạn đạt 850 triệu USD, tăng 6,5%; "
        "10 tháng năm 2025 đạt 760 triệu USD."
    )
    assert _figures([sentence], context) == expected


HEILONGJIANG_2024 = (
    "Năm 2024, kim ngạch thương mại giữa Việt Nam và Hắc Long Giang đạt 850 triệu USD, tăng 6,5%."
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Hai tháng đầu năm 2025, kim ngạch đạt 140 triệu USD.",
            [("Hắc Long Giang", 2025, "M1-M2", "two-way", 140_000_000, None)],
        ),
        (
            "Quý I/2025, kim ngạch thương mại ước đạt khoảng 210 triệu USD.",
            [("Hắc Long Giang", 2025, "Q1", "two-way", 210_000_000, None)],
        ),
        # A clause saying how the time went before the trade word.
        (
            "Quý I/2025 ghi nhận mức bứt phá khi kim ngạch đạt 210 triệu USD.",
            [("Hắc Long Giang", 2025, "Q1", "two-way", 210_000_000, None)],
        ),
        (
            "Sang tháng 3/2025, tình hình đã cải thiện với kim ngạch đạt 80 triệu USD.",
            [("Hắc Long Giang", 2025, "M3", "two-way", 80_000_000, None)],
        ),
        # The time after the trade word.
        (
            "Như vậy, kim ngạch quý I/2025 đạt 210 triệu USD.",
            [("Hắc Long Giang", 2025, "Q1", "two-way", 210_000_000, None)],
        ),
        (
            "Kim ngạch hai tháng đầu năm 2025 đạt 140 triệu USD.",
            [("Hắc Long Giang", 2025, "M1-M2", "two-way", 140_000_000, None)],
        ),
        # Whose trade is said: the Vietnamese province's, not the partner's.
        ("Hai tháng đầu năm 2025, kim ngạch của tỉnh đạt 140 triệu USD.", []),
        ("Kim ngạch của tỉnh hai tháng đầu năm 2025 đạt 140 triệu USD.", []),
        # Another subject than the time.
        ("Hai tháng đầu năm 2025, toàn tỉnh có kim ngạch đạt 140 triệu USD.", []),
        # A clause naming what else went well: the amount may be that one's.
        ("Quý I/2025, hàng qua cửa khẩu tăng mạnh với kim ngạch đạt 90 triệu USD.", []),
    ],
)
def test_a_bare_trade_word_right_after_a_partner_s_figure_goes_on_with_that_trade(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    assert _figures([HEILONGJIANG_2024, second])[1:] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Quý I/2025, kim ngạch đạt 210 triệu USD, tăng 8,2%; riêng tháng 3 đạt 80 triệu USD.",
            [
                ("Hắc Long Giang", 2025, "Q1", "two-way", 210_000_000, 8.2),
                ("Hắc Long Giang", 2025, "M3", "two-way", 80_000_000, None),
            ],
        ),
        (
            "Hai tháng đầu năm 2025, kim ngạch đạt 140 triệu USD, trong đó tháng 2 đạt 65 triệu "
            "USD.",
            [
                ("Hắc Long Giang", 2025, "M1-M2", "two-way", 140_000_000, None),
                ("Hắc Long Giang", 2025, "M2", "two-way", 65_000_000, None),
            ],
        ),
        # A party named after the first figure is no longer the passage's.
        (
            "Quý I/2025, kim ngạch hai chiều đạt 210 triệu USD; riêng với tỉnh Cát Lâm đạt 80 "
            "triệu USD.",
            [("Hắc Long Giang", 2025, "Q1", "two-way", 210_000_000, None)],
        ),
    ],
)
def test_a_later_amount_of_the_same_trade_word_has_the_parties_of_the_figure_before(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    assert _figures([HEILONGJIANG_2024, second])[1:] == expected


GANSU_2025 = (
    "Thương mại giữa Việt Nam và Cam Túc tháng 10/2025 đạt 41 triệu USD; lũy kế 10 tháng đạt "
    "394 triệu USD, tăng 8,7%."
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # The new value is the figure, the estimate it replaces is none.
        (
            "Số liệu 9 tháng cũng đã được phía Bạn điều chỉnh lên 353 triệu USD, thay cho mức "
            "ước tính 348 triệu USD được công bố trước đó.",
            [("Cam Túc", 2025, "M1-M9", "two-way", 353_000_000, None)],
        ),
        (
            "Số liệu quý III đã được điều chỉnh giảm xuống 118 triệu USD.",
            [("Cam Túc", 2025, "Q3", "two-way", 118_000_000, None)],
        ),
        # Another sum revised is no trade figure.
        ("Vốn đầu tư của dự án cũng được điều chỉnh lên 120 triệu USD.", []),
        ("Mục tiêu năm 2026 được điều chỉnh lên 600 triệu USD.", []),
    ],
)
def test_a_figure_revised_right_after_a_figure_is_of_the_same_trade(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    context = Context(reference_year=2025, reference_day=date(2025, 11, 20))
    assert _figures([GANSU_2025, second], context)[2:] == expected


def test_a_figure_revised_needs_a_figure_just_before() -> None:
    sentences = [
        GANSU_2025,
        "Tỉnh có nhiều cửa khẩu.",
        "Số liệu 9 tháng được điều chỉnh lên 353 triệu USD.",
    ]
    assert _figures(sentences)[2:] == []


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Đà tăng tiếp tục trong quý 1/2026 với 186 triệu USD, tăng 24,5%; riêng tháng 3 đạt "
            "70 triệu USD.",
            [
                ("Cam Túc", 2026, "Q1", "two-way", 186_000_000, 24.5),
                ("Cam Túc", 2026, "M3", "two-way", 70_000_000, None),
            ],
        ),
        (
            "Đà tăng trưởng được duy trì trong quý I/2026, đạt 186 triệu USD.",
            [("Cam Túc", 2026, "Q1", "two-way", 186_000_000, None)],
        ),
        # Another sum, or another party, is no figure of the trade told before.
        ("Đà tăng tiếp tục trong quý 1/2026 với vốn đầu tư 186 triệu USD.", []),
        ("Đà tăng tiếp tục trong quý 1/2026 với Vân Nam đạt 186 triệu USD.", []),
    ],
)
def test_the_trend_of_the_figure_before_going_on_is_of_the_same_trade(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    context = Context(reference_year=2026, reference_day=date(2026, 4, 20))
    assert _figures([GANSU_2025, second], context)[2:] == expected


def test_a_trend_going_on_needs_a_figure_just_before() -> None:
    sentences = [
        GANSU_2025,
        "Tỉnh có nhiều cửa khẩu.",
        "Đà tăng tiếp tục trong quý 1/2026 với 186 triệu USD.",
    ]
    assert _figures(sentences)[2:] == []


def test_a_bare_trade_word_needs_a_figure_just_before() -> None:
    sentences = [HEILONGJIANG_2024, "Tỉnh có nhiều cửa khẩu."]
    assert _figures([*sentences, "Hai tháng đầu năm 2025, kim ngạch đạt 140 triệu USD."])[1:] == []


@pytest.mark.parametrize(
    "second",
    [
        "Riêng TP.HCM và Quảng Đông, kim ngạch hai chiều năm 2023 đạt khoảng 6 tỷ USD.",
        "Riêng giữa Hải Phòng và Quảng Đông, thương mại năm 2023 đạt 3 tỷ USD.",
        "Riêng Quảng Đông với Đồng Nai, kim ngạch hai chiều năm 2023 đạt 2 tỷ USD.",
        "Trong đó, kim ngạch Bình Dương - Quảng Đông năm 2023 đạt 2 tỷ USD.",
    ],
)
def test_a_vietnamese_locality_s_trade_with_the_province_is_not_vietnam_s(second: str) -> None:
    first = (
        "Ông cho biết 7 tháng đầu năm 2024, thương mại giữa Quảng Đông và Việt Nam đạt 30 tỷ "
        "USD, tăng 10% so với cùng kỳ."
    )
    assert _figures([first, second], replace(IN_2024, main_province="Quảng Đông")) == [
        ("Quảng Đông", 2024, "M1-M7", "two-way", 30_000_000_000, 10.0)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Riêng Hải Phòng, kim ngạch xuất nhập khẩu với thị trường Trung Quốc 6 tháng đầu năm ước "
        "đạt 4,1 tỷ USD.",
        "Đối với tỉnh Lạng Sơn, xuất khẩu sang Trung Quốc 7 tháng đạt 1,2 tỷ USD.",
        "Với TP.HCM, kim ngạch hai chiều với Quảng Tây năm 2023 đạt 2 tỷ USD.",
    ],
)
def test_a_vietnamese_locality_put_first_as_the_topic_is_the_party(second: str) -> None:
    first = (
        "Ông cho biết 7 tháng đầu năm 2024, thương mại giữa Quảng Tây và Việt Nam đạt 25 tỷ "
        "USD, tăng 9% so với cùng kỳ."
    )
    assert _figures([first, second], replace(IN_2024, main_province="Quảng Tây")) == [
        ("Quảng Tây", 2024, "M1-M7", "two-way", 25_000_000_000, 9.0)
    ]


def test_a_province_of_china_put_first_as_the_topic_is_still_the_partner() -> None:
    sentences = [
        "Riêng Quảng Tây, kim ngạch thương mại với Việt Nam năm 2023 đạt 32 tỷ USD.",
    ]
    assert _figures(sentences) == [
        ("Quảng Tây", 2023, "full_year", "two-way", 32_000_000_000, None)
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # Vietnam's trade with several provinces: the topic's figure is Vietnam's.
        (
            "Hàng Việt bán chạy ở Hoa Đông\n"
            "Thương mại giữa Việt Nam với Giang Tô và Chiết Giang tăng đều trong năm 2024.\n",
            [("Chiết Giang", 2024, 24_500_000_000)],
        ),
        # A Vietnamese province's trade: the topic's figure may be that province's.
        (
            "Lạng Sơn đẩy mạnh giao thương với các tỉnh Hoa Đông\n"
            "Doanh nghiệp tỉnh Lạng Sơn tìm thị trường ở Giang Tô và Chiết Giang.\n",
            [],
        ),
    ],
)
def test_a_province_a_sentence_opens_on_is_vietnam_s_partner_when_no_locality_leads(
    lead: str, expected: list[tuple[object, ...]]
) -> None:
    text = lead + "Với Chiết Giang, kim ngạch năm 2024 đạt 24,5 tỷ USD, tăng 14,2%.\n"
    figures = parse_article(text).trade_figures
    assert [(f.province, f.year, f.value_usd) for f in figures] == expected


def test_directions_in_turn_each_keep_their_own_partner_words() -> None:
    sentence = (
        "Với Vân Nam, 9 tháng năm 2024, kim ngạch hai chiều đạt 5,83 tỷ USD; xuất khẩu của Việt "
        "Nam sang Vân Nam và nhập khẩu từ tỉnh này lần lượt đạt 2,41 tỷ USD và 3,42 tỷ USD."
    )
    assert _figures([sentence], replace(IN_2024, vietnam_wide=True)) == [
        ("Vân Nam", 2024, "M1-M9", "two-way", 5_830_000_000, None),
        ("Vân Nam", 2024, "M1-M9", "vn_export", 2_410_000_000, None),
        ("Vân Nam", 2024, "M1-M9", "vn_import", 3_420_000_000, None),
    ]


@pytest.mark.parametrize("exports", ["xuất khẩu của Việt Nam đạt", "xuất khẩu đạt"])
def test_the_parts_of_trade_with_a_province_are_told_from_vietnam_s_side(exports: str) -> None:
    sentences = [
        "7 tháng năm 2024, thương mại Việt Nam – Trung Quốc đạt 134,9 tỷ USD.",
        "Trong đó, thương mại với tỉnh Vân Nam đạt 4,54 tỷ USD, tăng 10,6%; trong đó "
        f"{exports} 1,92 tỷ USD, tăng 14,2%, nhập khẩu 2,62 tỷ USD, tăng 8,1%.",
    ]
    assert _figures(sentences)[1:] == [
        ("Vân Nam", 2024, "M1-M7", "two-way", 4_540_000_000, 10.6),
        ("Vân Nam", 2024, "M1-M7", "vn_export", 1_920_000_000, 14.2),
        ("Vân Nam", 2024, "M1-M7", "vn_import", 2_620_000_000, 8.1),
    ]


@pytest.mark.parametrize(
    "parts",
    [
        "Trong đó, quý I đạt 10,05 tỷ USD và quý II đạt 11,3 tỷ USD.",
        "Trong đó, quý I đạt 10,05 tỷ USD; quý II đạt 11,3 tỷ USD.",
        "Trong đó, quý I và quý II lần lượt đạt 10,05 tỷ USD và 11,3 tỷ USD.",
        "Xét theo quý, quý I và quý II lần lượt đạt 10,05 tỷ USD và 11,3 tỷ USD.",
    ],
)
def test_each_part_of_the_figure_before_told_after_it_is_read(parts: str) -> None:
    first = "6 tháng đầu năm 2024, kim ngạch thương mại Việt Nam – Quảng Tây đạt 21,35 tỷ USD."
    assert _figures([first, parts])[1:] == [
        ("Quảng Tây", 2024, "Q1", "two-way", 10_050_000_000, None),
        ("Quảng Tây", 2024, "Q2", "two-way", 11_300_000_000, None),
    ]


def test_after_a_part_of_the_time_singled_out_the_next_figures_are_of_the_main_time() -> None:
    sentences = [
        "9 tháng năm 2024, thương mại giữa Hải Nam và Việt Nam đạt 1,41 tỷ USD.",
        "Riêng quý III, con số này đạt 512 triệu USD.",
        "Chiều hàng từ Việt Nam sang Hải Nam, tức xuất khẩu của Việt Nam, đạt 720 triệu USD.",
    ]
    assert _figures(sentences) == [
        ("Hải Nam", 2024, "M1-M9", "two-way", 1_410_000_000, None),
        ("Hải Nam", 2024, "Q3", "two-way", 512_000_000, None),
        ("Hải Nam", 2024, "M1-M9", "vn_export", 720_000_000, None),
    ]


def test_a_correspondent_s_seat_is_no_party_to_the_trade() -> None:
    sentence = (
        "Theo phóng viên TTXVN tại Bắc Kinh, năm 2024, Trung Quốc xuất khẩu sang Việt Nam 161,9 "
        "tỷ USD, tăng 17,4%."
    )
    assert _figures([sentence]) == [
        ("Trung Quốc", 2024, "full_year", "vn_import", 161_900_000_000, 17.4)
    ]


def test_a_city_naming_the_seat_of_the_customs_revising_a_figure_is_no_party() -> None:
    sentences = [
        "Quý II/2024, kim ngạch thương mại giữa Quảng Tây và Việt Nam đạt 10,6 tỷ USD.",
        "Số liệu quý I cũng được Hải quan Nam Ninh điều chỉnh thành 66,4 tỷ NDT (9,3 tỷ USD).",
    ]
    assert _figures(sentences)[1:] == [("Quảng Tây", 2024, "Q1", "two-way", 9_300_000_000, None)]


def test_a_list_item_singling_out_a_part_goes_on_with_the_item_before() -> None:
    text = (
        "Lào Cai tổng kết hợp tác với tỉnh Vân Nam năm 2025\n\n05/12/2025 10:00\n\n"
        "Năm 2025, quan hệ hợp tác giữa tỉnh Lào Cai với tỉnh Vân Nam tiếp tục ổn định.\n\n"
        "Về kinh tế - thương mại, theo số liệu thống kê của Hải quan Trung Quốc:\n\n"
        "- Kim ngạch giữa Việt Nam với tỉnh Vân Nam 10 tháng năm 2025 đạt 3,86 tỷ USD.\n"
        "- Riêng quý III/2025, kim ngạch hai chiều đạt khoảng 1,21 tỷ USD, giảm 3,2%.\n"
    )
    # The heading names China's customs, the giver: the part is Vân Nam's, as the item before.
    assert [(f.province, f.period, f.value_usd) for f in parse_article(text).trade_figures] == [
        ("Vân Nam", "M1-M10", 3_860_000_000),
        ("Vân Nam", "Q3", 1_210_000_000),
    ]


def test_a_list_heading_naming_only_a_part_of_a_year_keeps_it_past_an_older_figure() -> None:
    text = (
        "Thương mại với các địa phương Trung Quốc 11 tháng\n\n11/12/2025 08:30\n\n"
        "11 tháng năm 2025, kim ngạch Việt Nam – Trung Quốc đạt 251,8 tỷ USD. Năm 2024, kim "
        "ngạch song phương đạt 205,2 tỷ USD.\n\n"
        "Trao đổi thương mại giữa Việt Nam với một số địa phương trong 11 tháng như sau:\n\n"
        "- Quảng Đông: đạt 53,4 tỷ USD, tăng 5,8%. Số liệu cả năm 2024 của Quảng Đông đã được "
        "điều chỉnh lên 56,2 tỷ USD.\n"
        "- Quảng Tây: đạt 40,2 tỷ USD, tăng 12,1%.\n"
    )
    # The items are of the heading's 11 months of 2025, not of the year told last; an item's
    # second sentence with a sum of its own (a revision) does not end the list.
    figures = parse_article(text).trade_figures
    assert [(f.province, f.year, f.period, f.value_usd) for f in figures] == [
        ("Trung Quốc", 2025, "M1-M11", 251_800_000_000),
        ("Trung Quốc", 2024, "full_year", 205_200_000_000),
        ("Quảng Đông", 2025, "M1-M11", 53_400_000_000),
        ("Quảng Đông", 2024, "full_year", 56_200_000_000),
        ("Quảng Tây", 2025, "M1-M11", 40_200_000_000),
    ]


def test_a_place_a_sum_leaves_out_is_no_party_to_it() -> None:
    sentence = (
        "10 tháng năm 2024, xuất khẩu của Việt Nam sang thị trường Trung Quốc (không gồm Hồng "
        "Kông) đạt 57,8 tỷ USD, tăng 15,1%."
    )
    assert _figures([sentence]) == [
        ("Trung Quốc", 2024, "M1-M10", "vn_export", 57_800_000_000, 15.1)
    ]


def test_a_year_the_figure_nears_after_it_is_not_the_figure_s_year() -> None:
    sentences = [
        "10 tháng năm 2024, xuất khẩu của Việt Nam sang Trung Quốc đạt 56,4 tỷ USD.",
        "Tổng kim ngạch hai chiều vì vậy đã lên gần 205,3 tỷ USD, xấp xỉ con số của cả năm "
        "2023 (205,2 tỷ USD).",
    ]
    assert ("Trung Quốc", 2024, "M1-M10", "two-way", 205_300_000_000, None) in _figures(sentences)
    assert not [f for f in _figures(sentences) if f[1] == 2023 and f[3] == "vn_export"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "10 tháng năm 2024, xuất khẩu sang Trung Quốc đạt 56,4 tỷ USD, tăng 15,6%; nhập khẩu "
            "148,9 tỷ USD, tăng 27,2%.",
            [
                ("Trung Quốc", 2024, "M1-M10", "vn_export", 56_400_000_000, 15.6),
                ("Trung Quốc", 2024, "M1-M10", "vn_import", 148_900_000_000, 27.2),
            ],
        ),
        # A Vietnamese province's exports and imports: neither is Vietnam's.
        ("Năm 2024, xuất khẩu của Lạng Sơn sang Trung Quốc đạt 2 tỷ USD; nhập khẩu 1 tỷ USD.", []),
    ],
)
def test_the_other_direction_after_a_figure_is_of_the_same_parties(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    national = replace(IN_2024, main_province="Trung Quốc", national=True)
    assert _figures([sentence], national) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # the months counted back end a month or two before the page: January to September
        (date(2025, 11, 12), [("Hồ Nam", 2025, "M1-M9", "vn_export", 710_000_000, None)]),
        # … otherwise they are some months of no known period: no figure, and not the year's
        (date(2025, 12, 28), []),
    ],
)
def test_months_counted_back_are_the_figure_s_own_time(
    day: date, expected: list[tuple[object, ...]]
) -> None:
    sentences = [
        "Năm 2024, thương mại Việt Nam - Hồ Nam đạt 3,48 tỷ USD.",
        "Tuy vậy, 9 tháng qua, xuất khẩu của Việt Nam sang tỉnh này chỉ đạt 710 triệu USD.",
    ]
    context = Context(reference_year=day.year, reference_day=day)
    assert _figures(sentences, context)[1:] == expected


NATIONAL_OCTOBER = Context(
    main_province="Trung Quốc",
    national=True,
    reference_year=2024,
    reference_day=date(2024, 12, 10),
)


def test_a_month_after_an_earlier_year_s_yardstick_is_of_the_passage_s_year() -> None:
    sentences = [
        "10 tháng năm 2024, kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc đạt 170,2 tỷ "
        "USD, tăng 19% so với cùng kỳ năm trước.",
        "Với kết quả này, thương mại hai chiều đã vượt mức 160,5 tỷ USD của cả năm 2023.",
        "Riêng tháng 10, kim ngạch hai chiều đạt 17,3 tỷ USD, tăng 12% so với cùng kỳ.",
    ]
    figures = _figures(sentences, NATIONAL_OCTOBER)
    assert ("Trung Quốc", 2024, "M10", "two-way", 17_300_000_000, 12.0) in figures
    assert [f for f in figures if f[2] == "M10"] == [
        ("Trung Quốc", 2024, "M10", "two-way", 17_300_000_000, 12.0)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Xét theo chiều hàng hóa, Vân Nam xuất khẩu sang Việt Nam 2,1 tỷ USD và nhập khẩu từ "
        "Việt Nam 2,2 tỷ USD.",
        "Trong đó, Vân Nam xuất khẩu sang Việt Nam 2,1 tỷ USD và nhập khẩu từ Việt Nam 2,2 tỷ USD.",
    ],
)
def test_the_parts_after_a_figure_and_its_base_are_of_the_figure_s_year(second: str) -> None:
    first = (
        "Lũy kế 9 tháng năm 2025, thương mại Việt Nam - Vân Nam đạt 4,3 tỷ USD, tăng 10,1% so "
        "với mức 3,9 tỷ USD của cùng kỳ năm 2024."
    )
    context = Context(reference_year=2025, reference_day=date(2025, 10, 20))
    assert _figures([first, second], context)[2:] == [
        ("Vân Nam", 2025, "M1-M9", "vn_import", 2_100_000_000, None),
        ("Vân Nam", 2025, "M1-M9", "vn_export", 2_200_000_000, None),
    ]


def test_a_turn_after_a_fall_told_with_voi_and_its_parts_after_it() -> None:
    sentences = [
        "Năm 2023, kim ngạch thương mại Việt Nam - Quảng Đông đạt 40,1 tỷ USD, giảm 5,2% so với "
        "năm 2022; nhưng 4 tháng đầu năm 2024 đã phục hồi mạnh với 15,3 tỷ USD, tăng 21,4%.",
        "Trong đó, xuất khẩu của Việt Nam sang Quảng Đông đạt 5,2 tỷ USD, tăng 11%, nhập khẩu "
        "từ Quảng Đông đạt 10,1 tỷ USD, tăng 27%.",
    ]
    assert _figures(sentences) == [
        ("Quảng Đông", 2023, "full_year", "two-way", 40_100_000_000, -5.2),
        ("Quảng Đông", 2024, "M1-M4", "two-way", 15_300_000_000, 21.4),
        ("Quảng Đông", 2024, "M1-M4", "vn_export", 5_200_000_000, 11.0),
        ("Quảng Đông", 2024, "M1-M4", "vn_import", 10_100_000_000, 27.0),
    ]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "Theo Tham tán, Quảng Tây là đối tác thương mại lớn nhất của Việt Nam trong số các "
            "địa phương Trung Quốc.",
            [("Quảng Tây", 2024, "full_year", "two-way", 42_100_000_000, 16.4)],
        ),
        # A Vietnamese locality named with the partner: whose trade it is, is unclear.
        (
            "Lạng Sơn là cửa ngõ thương mại của Việt Nam với Quảng Tây.",
            [],
        ),
        # No trade word: the partner is not told as Vietnam's trade partner.
        ("Quảng Tây có chung đường biên giới với Việt Nam.", []),
        # Two Chinese provinces: which one is meant is unclear.
        (
            "Quảng Tây và Vân Nam là hai đối tác thương mại lớn của Việt Nam.",
            [],
        ),
    ],
)
def test_two_way_trade_after_a_sentence_naming_vietnam_s_partner(
    first: str, expected: list[tuple[object, ...]]
) -> None:
    second = "Năm 2024, tổng kim ngạch hai chiều đạt 42,1 tỷ USD, tăng 16,4%."
    context = replace(IN_2024, main_province=None)
    assert _figures([first, second], context) == expected


def _in_dollars(sentences: list[str]) -> list[tuple[object, ...]]:
    return [
        (f.province, f.year, f.period, f.value_usd, f.currency, f.growth_pct, f.approximate)
        for f in find_trade_figures(sentences, IN_2024)
    ]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # A headline's exact yuan gives way to the body's dollars, with the body's growth.
        (
            [
                "Hải quan Côn Minh: Thương mại Vân Nam - Việt Nam năm 2023 đạt 27,1 tỷ nhân dân tệ",
                "Năm 2023, kim ngạch thương mại giữa Vân Nam và Việt Nam đạt 27,1 tỷ nhân dân tệ, "
                "tương đương khoảng 3,82 tỷ USD, tăng 5,4%.",
            ],
            ("Vân Nam", 2023, "full_year", 3_820_000_000, "USD", 5.4, True),
        ),
        (
            [
                "Năm 2023, kim ngạch thương mại giữa Vân Nam và Việt Nam đạt 27,1 tỷ nhân dân tệ, "
                "tương đương khoảng 3,82 tỷ USD, tăng 5,4%.",
                "Thương mại Vân Nam - Việt Nam năm 2023 đạt 27,1 tỷ nhân dân tệ.",
            ],
            ("Vân Nam", 2023, "full_year", 3_820_000_000, "USD", 5.4, True),
        ),
        # The yuan restated in dollars in a sentence of its own keeps the yuan's growth.
        (
            [
                "9 tháng năm 2024, kim ngạch thương mại giữa Quảng Tây và Việt Nam đạt 215,3 tỷ "
                "NDT, tăng 8,2% so với cùng kỳ.",
                "Quy đổi theo tỷ giá bình quân, con số này xấp xỉ 30 tỷ USD.",
            ],
            ("Quảng Tây", 2024, "M1-M9", 30_000_000_000, "USD", 8.2, True),
        ),
    ],
)
def test_a_sum_in_yuan_told_in_dollars_too_is_reported_in_dollars(
    sentences: list[str], expected: tuple[object, ...]
) -> None:
    assert _in_dollars(sentences) == [expected]


@pytest.mark.parametrize(
    "restated",
    [
        "đạt 380,1 tỷ NDT, tức khoảng 53,4 tỷ USD, tăng 15,2%.",
        "đạt 380,1 tỷ NDT, tương đương khoảng 53,4 tỷ USD, tăng 15,2%.",
        "đạt 380,1 tỷ NDT (tương đương khoảng 53,4 tỷ USD), tăng 15,2%.",
    ],
)
def test_a_sum_in_yuan_restated_in_dollars_without_brackets(restated: str) -> None:
    sentence = f"Năm 2023, thương mại giữa Quảng Đông và Việt Nam {restated}"
    assert _in_dollars([sentence]) == [
        ("Quảng Đông", 2023, "full_year", 53_400_000_000, "USD", 15.2, True)
    ]


@pytest.mark.parametrize("opener", ["Trái lại", "Ngược lại"])
def test_a_contrasting_sentence_goes_on_with_the_time_and_parties_of_the_one_before(
    opener: str,
) -> None:
    sentences = [
        "Thương mại giữa Việt Nam và Quảng Tây 9 tháng đạt 30,2 tỷ USD, tăng 10,1%; trong đó "
        "Việt Nam xuất khẩu sang Quảng Tây 12,3 tỷ USD.",
        f"{opener}, thương mại với Quý Châu đạt 0,6 tỷ USD, giảm 5,5%, do nhu cầu yếu.",
    ]
    assert _figures(sentences)[-1] == ("Quý Châu", 2024, "M1-M9", "two-way", 600_000_000, -5.5)


@pytest.mark.parametrize(
    "restated",
    [
        "Tính theo USD, con số này tương ứng khoảng 2,1 tỷ USD, tăng 3,2% so với cùng kỳ.",
        "Quy đổi theo tỷ giá, con số này tương ứng khoảng 2,1 tỷ USD, tăng 3,2% so với cùng kỳ.",
    ],
)
def test_con_so_nay_restating_a_sum_in_yuan_in_dollars(restated: str) -> None:
    sentences = [
        "7 tháng đầu năm 2024, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 15,1 tỷ NDT.",
        restated,
    ]
    assert _figures(sentences) == [
        ("Quảng Tây", 2024, "M1-M7", "two-way", 2_100_000_000, 3.2),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Theo thống kê của phía Cam Túc, con số này lớn hơn, khoảng 3,4 tỷ USD.",
        "Trong khi đó, số liệu do Hải quan Cam Túc công bố cho thấy thương mại giữa tỉnh này và "
        "Việt Nam năm 2023 đạt 24 tỷ NDT, tức khoảng 3,4 tỷ USD.",
        # The giver named by 'theo' and the body alone.
        "Theo Hải quan Cam Túc, năm 2023, thương mại giữa tỉnh này và Việt Nam đạt khoảng 24 tỷ "
        "nhân dân tệ (tương đương khoảng 3,4 tỷ USD).",
        "Theo Tổng cục Hải quan Trung Quốc, năm 2023, thương mại Cam Túc - Việt Nam đạt khoảng 24 "
        "tỷ nhân dân tệ (tương đương khoảng 3,4 tỷ USD).",
    ],
)
def test_another_giver_s_amount_for_the_same_trade_and_time_is_a_figure_too(second: str) -> None:
    first = (
        "Theo số liệu của Cục Hải quan Việt Nam, năm 2023 kim ngạch thương mại giữa Việt Nam và "
        "Cam Túc đạt 3,1 tỷ USD."
    )
    assert _figures([first, second]) == [
        ("Cam Túc", 2023, "full_year", "two-way", 3_100_000_000, None),
        ("Cam Túc", 2023, "full_year", "two-way", 3_400_000_000, None),
    ]


WRITERS_OWN = "Năm 2023, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 3,1 tỷ USD."
CAM_TUC_CUSTOMS = (
    "Trong khi đó, số liệu do Tổng cục Hải quan Cam Túc công bố cho thấy thương mại hai chiều "
    "Cam Túc - Việt Nam năm 2023 đạt 3,4 tỷ USD."
)


@pytest.mark.parametrize(
    ("sentences", "amounts"),
    [
        # The first giver the article names, set against the writer's own figure: both.
        ([WRITERS_OWN, CAM_TUC_CUSTOMS], [3_100_000_000, 3_400_000_000]),
        (
            [WRITERS_OWN, CAM_TUC_CUSTOMS.replace("Trong khi đó,", "Còn")],
            [3_100_000_000, 3_400_000_000],
        ),
        # That giver named before, in other words: the first may be its own, so one figure.
        (
            ["Hải quan Cam Túc vừa cho biết tình hình.", WRITERS_OWN, CAM_TUC_CUSTOMS],
            [3_100_000_000],
        ),
        # Another giver named before: whose the first is is not known.
        (
            ["Theo Cục Hải quan, xuất khẩu rau quả tăng.", WRITERS_OWN, CAM_TUC_CUSTOMS],
            [3_100_000_000],
        ),
        # Not set against it.
        ([WRITERS_OWN, CAM_TUC_CUSTOMS.replace("Trong khi đó, số", "Số")], [3_100_000_000]),
    ],
)
def test_the_first_giver_named_set_against_the_writer_s_own_figure_gives_its_own(
    sentences: list[str], amounts: list[int]
) -> None:
    assert [f[4] for f in _figures(sentences)] == amounts


@pytest.mark.parametrize(
    "giver",
    [
        "Theo số liệu sơ bộ của Cục Hải quan",
        "Theo số liệu thống kê sơ bộ của Cục Hải quan",
        "Theo số liệu mới nhất do Cục Hải quan công bố",
    ],
)
def test_a_giver_whose_statistics_are_said_to_be_preliminary_or_official_is_named(
    giver: str,
) -> None:
    sentences = [
        f"{giver}, kim ngạch thương mại giữa Việt Nam và Cam Túc trong 9 tháng năm 2024 đạt 2,3 "
        "tỷ USD, tăng 8,1% so với cùng kỳ năm trước.",
        "Trong khi đó, số liệu do Hải quan Cam Túc công bố cho thấy thương mại hai chiều Cam Túc "
        "- Việt Nam 9 tháng đạt 2,6 tỷ USD, tăng 7,4%.",
    ]
    assert _figures(sentences) == [
        ("Cam Túc", 2024, "M1-M9", "two-way", 2_300_000_000, 8.1),
        ("Cam Túc", 2024, "M1-M9", "two-way", 2_600_000_000, 7.4),
    ]


def test_a_lead_s_figure_has_the_giver_of_the_same_amount_told_again_below() -> None:
    """The lead gives the writer's figure with no giver; the body tells it again with its giver,
    then another giver's amount: both figures."""
    sentences = [
        "Năm 2023, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 3,1 tỷ USD.",
        "Theo số liệu vừa được Cục Hải quan công bố, thương mại Việt Nam - Cam Túc năm 2023 đạt "
        "3,1 tỷ USD.",
        "Số liệu của phía bạn cao hơn.",
        "Theo Hải quan Cam Túc, thương mại Cam Túc - Việt Nam năm 2023 đạt 3,4 tỷ USD.",
    ]
    assert [f[4] for f in _figures(sentences)] == [3_100_000_000, 3_400_000_000]


def test_the_same_trade_and_time_told_again_without_its_giver_is_one_figure() -> None:
    sentences = [
        "Theo số liệu của Cục Hải quan Việt Nam, năm 2023 kim ngạch thương mại giữa Việt Nam và "
        "Cam Túc đạt 3,1 tỷ USD.",
        "Năm 2023, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 3,4 tỷ USD.",
    ]
    assert _figures(sentences) == [("Cam Túc", 2023, "full_year", "two-way", 3_100_000_000, None)]


@pytest.mark.parametrize(
    ("compared", "base"),
    [
        (
            "Con số này cao hơn đáng kể so với mức 6,1 tỷ USD của quý III/2023.",
            ("Cam Túc", 2023, "Q3", "two-way", 6_100_000_000, None),
        ),
        (
            "Mức này tăng 17,2% so với mức 6,1 tỷ USD của cùng kỳ năm 2023.",
            ("Cam Túc", 2023, "Q3", "two-way", 6_100_000_000, None),
        ),
        (
            "Con số này thấp hơn mức 7,4 tỷ USD của 9 tháng đầu năm 2023.",
            ("Cam Túc", 2023, "M1-M9", "two-way", 7_400_000_000, None),
        ),
    ],
)
def test_the_earlier_sum_con_so_nay_is_measured_against_is_a_figure_of_its_own(
    compared: str, base: tuple[object, ...]
) -> None:
    sentences = [
        "Quý III/2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 7,15 tỷ USD, tăng 17,2% "
        "so với cùng kỳ năm trước.",
        compared,
        # The sentences after it go on with the quarter of 2024.
        "Cụ thể, xuất khẩu của Việt Nam sang Cam Túc đạt 2,1 tỷ USD.",
    ]
    assert _figures(sentences) == [
        ("Cam Túc", 2024, "Q3", "two-way", 7_150_000_000, 17.2),
        base,
        ("Cam Túc", 2024, "Q3", "vn_export", 2_100_000_000, None),
    ]


def test_an_earlier_sum_of_the_same_year_con_so_nay_is_measured_against_is_no_figure() -> None:
    sentences = [
        "Quý III/2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 7,15 tỷ USD.",
        "Con số này thấp hơn mức 7,6 tỷ USD của quý II/2024.",
    ]
    assert _figures(sentences) == [("Cam Túc", 2024, "Q3", "two-way", 7_150_000_000, None)]


@pytest.mark.parametrize(
    "compared",
    [
        "Tuy nhiên, con số này còn nhỏ so với quy mô thương mại Việt Nam - Trung Quốc, vốn đạt "
        "205,2 tỷ USD trong năm 2024.",
        "Con số này còn khiêm tốn so với thương mại Việt Nam - Trung Quốc năm 2024, vốn là 205,2 "
        "tỷ USD.",
    ],
)
def test_the_trade_a_figure_is_compared_with_told_in_a_clause_with_von_is_a_figure(
    compared: str,
) -> None:
    sentences = [
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 3,1 tỷ USD.",
        compared,
    ]
    assert _figures(sentences) == [
        ("Cam Túc", 2024, "full_year", "two-way", 3_100_000_000, None),
        ("Trung Quốc", 2024, "full_year", "two-way", 205_200_000_000, None),
    ]


def test_von_as_capital_after_a_trade_word_is_no_trade_figure() -> None:
    sentences = ["Năm 2024, thương mại Việt Nam - Cam Túc phát triển, vốn FDI đạt 1,2 tỷ USD."]
    assert _figures(sentences) == []


TWO_PARTNERS = (
    "8 tháng năm 2024, thương mại của Việt Nam với Cam Túc đạt 700 triệu USD, tăng 5%; với Ninh "
    "Hạ đạt khoảng 90 triệu USD."
)


@pytest.mark.parametrize(
    ("second", "year", "period"),
    [
        (
            "Cùng kỳ năm 2023, hai con số này lần lượt là 650 triệu USD và 80 triệu USD.",
            2023,
            "M1-M8",
        ),
        (
            "Năm 2023, các con số tương ứng lần lượt là 650 triệu USD và 80 triệu USD.",
            2023,
            "full_year",
        ),
    ],
)
def test_words_standing_for_the_figures_before_told_in_turn(
    second: str, year: int, period: str
) -> None:
    assert _figures([TWO_PARTNERS, second])[2:] == [
        ("Cam Túc", year, period, "two-way", 650_000_000, None),
        ("Ninh Hạ", year, period, "two-way", 80_000_000, None),
    ]


def test_words_standing_for_the_figures_before_need_as_many_amounts() -> None:
    second = (
        "Cùng kỳ năm 2023, hai con số này lần lượt là 650 triệu USD, 80 triệu USD và 9 triệu USD."
    )
    assert len(_figures([TWO_PARTNERS, second])) == 2


@pytest.mark.parametrize(
    "second",
    [
        "Trong khi đó, nhập khẩu từ Cam Túc đạt 600 triệu USD, tăng 8%.",
        # A later amount's own year is none of this one's.
        "Trong khi đó, nhập khẩu từ Cam Túc đạt 600 triệu USD, tăng 8%, khiến Việt Nam nhập "
        "siêu 300 triệu USD, gấp đôi mức 150 triệu USD của năm 2021.",
    ],
)
def test_exports_or_imports_with_no_subject_with_the_partner_of_the_figure_before(
    second: str,
) -> None:
    sentences = [
        "Xuất khẩu của Việt Nam sang Cam Túc năm 2023 đạt 300 triệu USD.",
        "So với năm 2022, mức tăng là 5%.",
        second,
    ]
    assert _figures(sentences)[1:] == [
        ("Cam Túc", 2023, "full_year", "vn_import", 600_000_000, 8.0)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Trong khi đó, nhập khẩu từ Ninh Hạ đạt 600 triệu USD, tăng 8%.",  # another partner
        "Trong khi đó, Lào Cai nhập khẩu từ Cam Túc đạt 600 triệu USD.",  # a locality's
    ],
)
def test_exports_or_imports_with_no_subject_need_the_partner_of_the_figure_before(
    second: str,
) -> None:
    sentences = ["Xuất khẩu của Việt Nam sang Cam Túc năm 2023 đạt 300 triệu USD.", second]
    assert len(_figures(sentences)) == 1


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Thương mại với Ninh Hạ năm 2023 đạt hơn 90 triệu USD.",
            [("Ninh Hạ", 2023, "full_year", "two-way", 90_000_000, None)],
        ),
        (
            "Kim ngạch hai chiều với tỉnh Ninh Hạ năm 2023 đạt 90 triệu USD.",
            [("Ninh Hạ", 2023, "full_year", "two-way", 90_000_000, None)],
        ),
        ("Thương mại của Lào Cai với Ninh Hạ năm 2023 đạt 90 triệu USD.", []),  # a locality's
        (
            "Với Ninh Hạ, thương mại hai chiều năm 2023 đạt 90 triệu USD, tăng 7,5%.",
            [("Ninh Hạ", 2023, "full_year", "two-way", 90_000_000, 7.5)],
        ),
        (
            "Với tỉnh Ninh Hạ, kim ngạch thương mại năm 2023 đạt 90 triệu USD.",
            [("Ninh Hạ", 2023, "full_year", "two-way", 90_000_000, None)],
        ),
        ("Với Ninh Hạ, thương mại của Lào Cai năm 2023 đạt 90 triệu USD.", []),
    ],
)
def test_two_way_trade_with_no_subject_right_after_vietnam_s_trade_with_another_partner(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    assert _figures([FIRST, second])[1:] == expected


def test_two_way_trade_with_no_subject_needs_a_figure_just_before() -> None:
    sentences = [
        FIRST,
        "Hai bên nhất trí mở thêm đường bay.",
        "Thương mại với Ninh Hạ đạt 90 triệu USD.",
    ]
    assert len(_figures(sentences)) == 1
    sentences[2] = "Với Ninh Hạ, thương mại hai chiều đạt 90 triệu USD."
    assert len(_figures(sentences)) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Phúc Kiến nhập khẩu từ Việt Nam 2,4 tỷ USD, gấp 3 lần năm 2019, chủ yếu là nông sản.",
        "Phúc Kiến nhập khẩu từ Việt Nam 2,4 tỷ USD, gấp đôi năm 2018, chủ yếu là nông sản.",
    ],
)
def test_a_multiple_of_an_earlier_year_gives_neither_the_year_nor_a_growth(second: str) -> None:
    first = "Năm 2023, Quảng Tây nhập khẩu từ Việt Nam khoảng 14,2 tỷ USD, tăng 5%."
    assert _figures([first, second])[1] == (
        "Phúc Kiến",
        2023,
        "full_year",
        "vn_export",
        2_400_000_000,
        None,
    )


@pytest.mark.parametrize(
    ("between", "period"),
    [
        ("Thương mại hai nước năm 2025 có cơ cấu ngày càng tối ưu.", "full_year"),
        ("Xuất khẩu 6 tháng đầu năm 2025 có cơ cấu tối ưu hơn.", "H1"),
        # A time told only as what a change is compared with names no time of the passage.
        ("Tốc độ tăng của thương mại chỉ đạt 4,6%, thấp hơn so với quý I/2024.", "M12"),
    ],
)
def test_a_sentence_of_trade_without_sums_gives_its_time_to_a_later_figure_naming_none(
    between: str, period: str
) -> None:
    sentences = [
        "Riêng tháng 12/2025, thương mại giữa Việt Nam và Trung Quốc đạt 27,4 tỷ USD.",
        between,
        "Quảng Đông và Quảng Tây có kim ngạch thương mại với Việt Nam lớn nhất, lần lượt đạt "
        "58 tỷ USD và 41 tỷ USD.",
    ]
    assert [(f[0], f[1], f[2]) for f in _figures(sentences)[1:]] == [
        ("Quảng Đông", 2025, period),
        ("Quảng Tây", 2025, period),
    ]


@pytest.mark.parametrize(
    ("province", "words"),
    [
        ("Hồ Nam", "tỉnh này"),
        ("Giang Tây", "địa phương này"),
        ("Hồ Nam", "tỉnh bạn"),
    ],
)
def test_a_province_s_words_in_a_later_clause_stand_for_the_province_just_named(
    province: str, words: str
) -> None:
    sentences = [
        "Năm 2024, kim ngạch thương mại hai chiều Việt Nam - Trung Quốc đạt 205 tỷ USD.",
        f"Trong năm, Việt Nam xuất khẩu sang {province} 1,3 tỷ USD và nhập khẩu từ {words} "
        "2,2 tỷ USD.",
    ]
    assert _figures(sentences)[1:] == [
        (province, 2024, "full_year", "vn_export", 1_300_000_000, None),
        (province, 2024, "full_year", "vn_import", 2_200_000_000, None),
    ]


@pytest.mark.parametrize(
    "between",
    [
        None,
        "Số liệu này cao hơn nhiều so với dự báo đầu năm.",
    ],
)
def test_provinces_ranked_as_partners_after_the_two_countries_trade_are_parts_of_it(
    between: str | None,
) -> None:
    sentences = [
        "Năm 2024, kim ngạch thương mại hai chiều Việt Nam - Trung Quốc đạt 205 tỷ USD.",
        *([between] if between else []),
        "Theo địa phương, Quảng Đông tiếp tục là đối tác cấp tỉnh lớn nhất với 52,1 tỷ USD, kế "
        "đến là Quảng Tây với 40,3 tỷ USD (tăng 9,4%).",
    ]
    assert _figures(sentences)[1:] == [
        ("Quảng Đông", 2024, "full_year", "two-way", 52_100_000_000, None),
        ("Quảng Tây", 2024, "full_year", "two-way", 40_300_000_000, 9.4),
    ]


def test_a_province_ranked_as_partner_after_a_month_singled_out_is_of_the_main_figure_s_time() -> (
    None
):
    sentences = [
        "Năm 2024, kim ngạch thương mại hai chiều Việt Nam - Trung Quốc đạt 205 tỷ USD.",
        "Riêng tháng 12/2024, kim ngạch hai chiều đạt 19,6 tỷ USD.",
        "Số liệu này cao hơn nhiều so với dự báo đầu năm.",
        "Quảng Đông vẫn là đối tác cấp tỉnh lớn nhất với 52,1 tỷ USD.",
    ]
    assert _figures(sentences)[2:] == [
        ("Quảng Đông", 2024, "full_year", "two-way", 52_100_000_000, None),
    ]


@pytest.mark.parametrize(
    ("judged", "year"),
    [
        ("- Năm 2023 là năm tăng trưởng tốt.", 2023),
        ("Năm ngoái là một năm khởi sắc.", 2023),
        ("Năm 2023 là một năm tăng trưởng ấn tượng.", 2023),
    ],
)
def test_a_sentence_saying_only_how_a_year_went_gives_the_next_figures_its_year(
    judged: str, year: int
) -> None:
    sentences = [
        judged,
        "Theo số liệu của hải quan Cam Túc, thương mại giữa Việt Nam và Cam Túc đạt khoảng "
        "820 triệu USD, tăng 9% so với năm 2022; với Thanh Hải là 90 triệu USD.",
        "Tuy nhiên, riêng chiều xuất khẩu của Việt Nam sang Cam Túc mới khoảng 300 triệu USD.",
    ]
    assert _figures(sentences) == [
        ("Cam Túc", year, "full_year", "two-way", 820_000_000, 9.0),
        ("Thanh Hải", year, "full_year", "two-way", 90_000_000, None),
        ("Cam Túc", year, "full_year", "vn_export", 300_000_000, None),
    ]


def test_a_sentence_telling_something_else_of_a_year_gives_the_next_figures_no_year() -> None:
    sentences = [
        "Năm 2023, hai bên kỷ niệm 15 năm kết nghĩa.",
        "Thương mại giữa Việt Nam và Cam Túc đạt khoảng 820 triệu USD.",
    ]
    assert _figures(sentences) == []


@pytest.mark.parametrize(
    "base",
    [
        "so với mức 480 triệu USD cùng kỳ năm trước",
        "so với mức 480 triệu USD của quý I/2023",
        "so với 480 triệu USD của cùng kỳ năm 2023",
    ],
)
def test_the_base_of_a_change_is_no_figure_the_next_sentence_goes_on_with(base: str) -> None:
    sentences = [
        f"Quý I/2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 520 triệu USD, tăng 8,3% "
        f"{base}.",
        "Trong đó, xuất khẩu của Việt Nam sang Cam Túc đạt 230 triệu USD, giảm 1,5%; nhập khẩu "
        "đạt 290 triệu USD.",
    ]
    assert _figures(sentences) == [
        ("Cam Túc", 2024, "Q1", "two-way", 520_000_000, 8.3),
        ("Cam Túc", 2023, "Q1", "two-way", 480_000_000, None),
        ("Cam Túc", 2024, "Q1", "vn_export", 230_000_000, -1.5),
        ("Cam Túc", 2024, "Q1", "vn_import", 290_000_000, None),
    ]


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (
            "Năm 2023, thương mại giữa Việt Nam với ba địa phương đạt khoảng 45 tỷ USD.",
            [
                ("Hồ Nam", 2023, "full_year", "two-way", 21_300_000_000, 10.5),
                ("Hồ Bắc", 2023, "full_year", "two-way", 15_100_000_000, 6.2),
                ("Giang Tây", 2023, "full_year", "two-way", 8_600_000_000, None),
            ],
        ),
        (
            "9 tháng đầu năm 2024, kim ngạch song phương giữa Việt Nam và các tỉnh, thành phố "
            "này đạt hơn 40 tỷ USD.",
            [
                ("Hồ Nam", 2024, "M1-M9", "two-way", 21_300_000_000, 10.5),
                ("Hồ Bắc", 2024, "M1-M9", "two-way", 15_100_000_000, 6.2),
                ("Giang Tây", 2024, "M1-M9", "two-way", 8_600_000_000, None),
            ],
        ),
        # the parties of the sum not said to be several localities: nothing to share out
        ("Năm 2023, thương mại đạt khoảng 45 tỷ USD.", []),
    ],
)
def test_the_parts_of_a_sum_over_several_localities_singled_out_after_it(
    total: str, expected: list[tuple[object, ...]]
) -> None:
    parts = (
        "Riêng Hồ Nam đạt 21,3 tỷ USD, tăng 10,5%; Hồ Bắc 15,1 tỷ USD, tăng 6,2%; "
        "Giang Tây khoảng 8,6 tỷ USD."
    )
    assert _figures([total, parts]) == expected


@pytest.mark.parametrize(
    "total",
    [
        "Địa bàn lãnh sự gồm ba tỉnh Hồ Nam, Hồ Bắc và Giang Tây, thương mại của Việt Nam với ba "
        "tỉnh này đạt hơn 45 tỷ USD.",
        "Ba địa phương Hồ Nam, Hồ Bắc, Giang Tây, kim ngạch thương mại giữa Việt Nam và các tỉnh "
        "này đạt khoảng 45 tỷ USD.",
    ],
)
def test_a_sum_over_localities_listed_before_it_is_shared_out_by_a_topic_singled_out_after_it(
    total: str,
) -> None:
    # the localities listed before the trade word are what the count stands for, not parties of
    # their own; the topic singled out after the sum is Vietnam's partner, its part the export
    sentences = [
        "Năm 2023 là năm hợp tác sôi động.",
        total,
        "Riêng với Hồ Nam, kim ngạch thương mại năm 2023 đạt khoảng 21,3 tỷ USD, tăng 10,5% so "
        "với năm trước, dẫn đầu khu vực; trong đó xuất khẩu của Việt Nam sang Hồ Nam ước đạt "
        "7,2 tỷ USD.",
    ]
    assert _figures(sentences) == [
        ("Hồ Nam", 2023, "full_year", "two-way", 21_300_000_000, 10.5),
        ("Hồ Nam", 2023, "full_year", "vn_export", 7_200_000_000, None),
    ]


@pytest.mark.parametrize(
    ("total", "parts"),
    [
        # the sum's giver is a Chinese body: its place gave the figure, it is no party
        (
            "Theo số liệu của Hải quan Hồ Nam, 9 tháng đầu năm 2024, kim ngạch thương mại giữa "
            "Việt Nam với ba địa phương đạt 45 tỷ USD.",
            "Trong đó, Hồ Nam đạt 21,3 tỷ USD, tăng 10,5%; Hồ Bắc đạt 15,1 tỷ USD, giảm 6,2%; "
            "Giang Tây đạt khoảng 8,6 tỷ USD.",
        ),
        (
            "Theo thống kê do Hải quan Hồ Bắc công bố, 9 tháng đầu năm 2024, thương mại giữa "
            "Việt Nam và ba tỉnh đạt 45 tỷ USD.",
            "Trong số này, Hồ Nam đạt 21,3 tỷ USD, tăng 10,5%; Hồ Bắc đạt 15,1 tỷ USD, giảm "
            "6,2%; Giang Tây đạt khoảng 8,6 tỷ USD.",
        ),
        # 'Cụ thể,' opening the parts: a link to the sum, no words of the trade
        (
            "9 tháng đầu năm 2024, kim ngạch thương mại giữa Việt Nam với ba địa phương đạt 45 "
            "tỷ USD.",
            "Cụ thể, Hồ Nam đạt 21,3 tỷ USD, tăng 10,5%; Hồ Bắc đạt 15,1 tỷ USD, giảm 6,2%; "
            "Giang Tây đạt khoảng 8,6 tỷ USD.",
        ),
    ],
)
def test_the_parts_of_a_sum_over_several_localities_each_said_to_reach_its_own(
    total: str, parts: str
) -> None:
    assert _figures([total, parts]) == [
        ("Hồ Nam", 2024, "M1-M9", "two-way", 21_300_000_000, 10.5),
        ("Hồ Bắc", 2024, "M1-M9", "two-way", 15_100_000_000, -6.2),
        ("Giang Tây", 2024, "M1-M9", "two-way", 8_600_000_000, None),
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "9 tháng đầu năm 2024, kim ngạch đạt hơn 480 triệu USD, trong đó Việt Nam xuất khẩu "
            "khoảng 190 triệu USD, chủ yếu là nông sản.",
            [
                ("Hồ Nam", 2024, "M1-M9", "two-way", 480_000_000, None),
                ("Hồ Nam", 2024, "M1-M9", "vn_export", 190_000_000, None),
            ],
        ),
        (
            "Quý I/2024, kim ngạch đạt 160 triệu USD, trong đó Việt Nam nhập khẩu 95 triệu USD.",
            [
                ("Hồ Nam", 2024, "Q1", "two-way", 160_000_000, None),
                ("Hồ Nam", 2024, "Q1", "vn_import", 95_000_000, None),
            ],
        ),
        # a Vietnamese locality acting in the part: not the two sides' trade
        (
            "9 tháng đầu năm 2024, kim ngạch đạt hơn 480 triệu USD, trong đó Lào Cai xuất khẩu "
            "khoảng 190 triệu USD.",
            [],
        ),
    ],
)
def test_a_bare_trade_word_goes_on_with_the_partner_before_with_vietnam_acting_in_a_part(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    """'…, kim ngạch đạt …, trong đó Việt Nam xuất khẩu …' right after a sentence naming the
    partner: the partner's trade, and Vietnam's part of it."""
    first = (
        "Ông Lý Minh cho biết, năm 2023, thương mại giữa Việt Nam và Hồ Nam đạt 650 triệu USD, "
        "tăng 12% so với năm 2022."
    )
    assert _figures([first, second])[1:] == expected


PAIR_FIRST = "Quý I/2025, kim ngạch thương mại giữa Vân Nam và Việt Nam đạt 4,1 tỷ USD, tăng 6,2%."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Năm 2024, Vân Nam và Việt Nam đạt 18,4 tỷ USD, con số này năm 2023 là 16,9 tỷ USD.",
            [
                ("Vân Nam", 2024, "full_year", "two-way", 18_400_000_000, None),
                ("Vân Nam", 2023, "full_year", "two-way", 16_900_000_000, None),
            ],
        ),
        (
            "Cả năm 2024, Việt Nam và Vân Nam đã đạt khoảng 18,4 tỷ USD.",
            [("Vân Nam", 2024, "full_year", "two-way", 18_400_000_000, None)],
        ),
        # the pair in one word, going on to the amounts after it
        (
            "Năm 2024, hai bên đạt 18,4 tỷ USD.",
            [("Vân Nam", 2024, "full_year", "two-way", 18_400_000_000, None)],
        ),
        (
            "Năm 2023, hai bên đạt 16,9 tỷ USD, và năm 2024 tiếp tục tăng 8,9% lên 18,4 tỷ USD"
            " - gần gấp đôi năm 2019.",
            [
                ("Vân Nam", 2023, "full_year", "two-way", 16_900_000_000, None),
                ("Vân Nam", 2024, "full_year", "two-way", 18_400_000_000, 8.9),
            ],
        ),
        # Another sum reached, or another pair: nothing tells it is their trade.
        ("Năm 2024, Vân Nam và Việt Nam đạt 1,2 tỷ USD vốn đầu tư.", []),
        ("Năm 2024, hai bên đạt 1,2 tỷ USD vốn đầu tư.", []),
        ("Năm 2024, Vân Nam và Việt Nam đạt doanh thu 1,2 tỷ USD.", []),
        ("Năm 2024, Quảng Tây và Việt Nam đạt 41,9 tỷ USD.", []),
        ("Năm 2024, Vân Nam và Lào đạt 3,1 tỷ USD.", []),
    ],
)
def test_the_pair_reaching_an_amount_after_their_trade_is_their_trade(
    second: str, expected: list[tuple[object, ...]]
) -> None:
    assert _figures([PAIR_FIRST, second])[1:] == expected


@pytest.mark.parametrize(
    "alone",
    ["Năm 2024, Vân Nam và Việt Nam đạt 18,4 tỷ USD.", "Năm 2024, hai bên đạt 18,4 tỷ USD."],
)
def test_the_pair_reaching_an_amount_needs_their_trade_told_just_before(alone: str) -> None:
    assert _figures([alone]) == []


@pytest.mark.parametrize(
    ("whole", "expected"),
    [
        (
            "Theo số liệu sơ bộ, 9 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu của cả nước "
            "đạt 500,1 tỷ USD, tăng 15%.",
            [("Trung Quốc", 2024, "M1-M9", "two-way", 140_200_000_000, 20.3)],
        ),
        (
            "Quý III/2024, tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 200,4 tỷ USD.",
            [("Trung Quốc", 2024, "Q3", "two-way", 140_200_000_000, 20.3)],
        ),
        # A locality's whole: its part is that locality's trade, no national figure.
        (
            "9 tháng năm 2024, kim ngạch xuất nhập khẩu của toàn tỉnh ước đạt 4,1 tỉ USD.",
            [],
        ),
    ],
)
def test_trong_do_after_a_whole_of_vietnam_takes_its_time(
    whole: str, expected: list[tuple[object, ...]]
) -> None:
    part = (
        "Trong đó, kim ngạch thương mại Việt Nam - Trung Quốc đạt 140,2 tỷ USD, tăng 20,3% so "
        "với cùng kỳ năm 2023."
    )
    assert _figures([whole, part]) == expected


def _figures_in_paragraphs(paragraphs: list[list[str]]) -> list[tuple[object, ...]]:
    sentences = [s for paragraph in paragraphs for s in paragraph]
    openings = [sum(len(p) for p in paragraphs[:i]) for i in range(len(paragraphs))]
    return [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in find_trade_figures(sentences, IN_2024, paragraph_openings=openings)
    ]


WHOLE_OF_10_MONTHS = [
    "Tính chung 10 tháng năm 2024, tổng kim ngạch xuất nhập khẩu của cả nước ước đạt 650,3 tỷ "
    "USD, tăng 15,2% so với cùng kỳ năm trước.",
    "Trong đó xuất khẩu đạt 340,1 tỷ USD.",
]
A_YEAR_JUDGED = ["Năm 2023 là một năm nhiều dấu mốc trong quan hệ hai nước."]
SEVERAL_THEN_EACH = [
    "Về kinh tế, thương mại giữa Việt Nam với ba địa phương đạt khoảng 45 tỷ USD.",
    "Riêng Phúc Kiến đạt 30,2 tỷ USD, tăng 9,5%; Giang Tây 10,1 tỷ USD.",
]
TO_CHINA = ["Xuất khẩu của Việt Nam sang Trung Quốc đạt 50,6 tỷ USD, tăng 2,3%."]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [WHOLE_OF_10_MONTHS, TO_CHINA],
            [("Trung Quốc", 2024, "M1-M10", "vn_export", 50_600_000_000, 2.3)],
        ),
        (
            [A_YEAR_JUDGED, SEVERAL_THEN_EACH],
            [
                ("Phúc Kiến", 2023, "full_year", "two-way", 30_200_000_000, 9.5),
                ("Giang Tây", 2023, "full_year", "two-way", 10_100_000_000, None),
            ],
        ),
        # Two times named before: which one is unknown.
        (
            [["Năm 2023 và 10 tháng năm 2024, hai bên tổ chức nhiều hội chợ."], TO_CHINA],
            [],
        ),
        # A day is no time a figure is of.
        ([["Ngày 12/11/2024, Bộ Công Thương họp báo thường kỳ."], TO_CHINA], []),
        # The paragraph has named a time of its own before the figure.
        ([WHOLE_OF_10_MONTHS, ["Quý III, thương mại hai nước sôi động.", *TO_CHINA]], []),
        # A sum of every year is of no one year.
        (
            [
                A_YEAR_JUDGED,
                ["Quảng Tây có kim ngạch thương mại với Việt Nam khoảng 40 tỷ USD mỗi năm."],
            ],
            [],
        ),
    ],
)
def test_a_figure_of_no_time_takes_the_one_time_of_the_paragraph_before(
    paragraphs: list[list[str]], expected: list[tuple[object, ...]]
) -> None:
    assert _figures_in_paragraphs(paragraphs) == expected


def test_the_paragraph_before_gives_its_time_in_a_parsed_article() -> None:
    text = "\n\n".join(
        ["Xuất khẩu sang Trung Quốc 10 tháng", " ".join(WHOLE_OF_10_MONTHS), *TO_CHINA]
    )
    figures = parse_article(text).trade_figures
    assert [(f.province, f.year, f.period, f.kind, f.value_usd) for f in figures] == [
        ("Trung Quốc", 2024, "M1-M10", "vn_export", 50_600_000_000)
    ]
