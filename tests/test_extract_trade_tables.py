"""Trade figures in tables written as text: '|' rows of a scraped page, tab-separated rows, and
an HTML <table> (which trafilatura writes as '|' rows). Only columns that say what they count,
in which unit and for which year give figures, and only rows naming a Chinese province."""

from __future__ import annotations

import pytest

from extract import parse_article

PAGE_TOP = (
    "Báo Thương mại Biên giới\n"
    "Thứ Ba, 18/02/2025 | 09:10\n\n"
    "Thương mại với các địa phương Trung Quốc năm 2024\n\n"
    "Số liệu hải quan cho thấy năm 2024 thương mại của Việt Nam với nhiều địa phương Trung Quốc "
    "tăng nhanh, nhất là các tỉnh có cửa khẩu đường bộ với Việt Nam. Chi tiết như sau:\n\n"
)
PAGE_END = (
    "\n\nCác doanh nghiệp xuất khẩu kỳ vọng đà tăng tiếp tục trong năm 2025 khi nhiều cửa khẩu "
    "thông minh được đưa vào vận hành ở cả hai phía biên giới.\n"
)


def _figures(table: str, top: str = PAGE_TOP) -> list[tuple[object, ...]]:
    article = parse_article(top + table + PAGE_END)
    return [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in article.trade_figures
    ]


def test_each_row_of_a_province_gives_its_figures_with_the_growth_beside_them() -> None:
    table = (
        "Địa phương | Kim ngạch hai chiều 2024 (tỷ USD) | So với 2023 (%) | "
        "Việt Nam xuất khẩu (tỷ USD)\n"
        "Quảng Tây | 40,10 | +15,2 | 18,30\n"
        "Tứ Xuyên | 3,05 | -1,5 | 1,20\n"
    )
    assert _figures(table) == [
        ("Quảng Tây", 2024, "full_year", "two-way", 40_100_000_000, 15.2),
        ("Quảng Tây", 2024, "full_year", "vn_export", 18_300_000_000, None),
        ("Tứ Xuyên", 2024, "full_year", "two-way", 3_050_000_000, -1.5),
        ("Tứ Xuyên", 2024, "full_year", "vn_export", 1_200_000_000, None),
    ]


def test_tab_separated_rows_with_the_unit_and_year_in_the_heading() -> None:
    table = (
        "Tỉnh\tKim ngạch với Việt Nam 6 tháng đầu năm 2025 (triệu USD)\tTăng, giảm (%)\n"
        "Cam Túc\t1.250\t+4,0\n"
        "Ninh Hạ\t86,5\t-12,1\n"
    )
    assert _figures(table) == [
        ("Cam Túc", 2025, "H1", "two-way", 1_250_000_000, 4.0),
        ("Ninh Hạ", 2025, "H1", "two-way", 86_500_000, -12.1),
    ]


def test_a_table_in_an_html_page() -> None:
    page = (
        "<html><head><title>Thương mại với các tỉnh Trung Quốc</title></head><body>"
        "<article><h1>Thương mại với các tỉnh Trung Quốc</h1>"
        "<p>Năm 2024, thương mại của Việt Nam với các tỉnh phía Nam Trung Quốc tăng mạnh, theo "
        "số liệu hải quan công bố tại Hà Nội trong tuần qua. Bảng dưới đây nêu một số tỉnh:</p>"
        "<table><tr><th>Tỉnh</th><th>Kim ngạch hai chiều năm 2024 (tỷ USD)</th>"
        "<th>Tăng so với năm 2023 (%)</th></tr>"
        "<tr><td>Phúc Kiến</td><td>9,8</td><td>6,5</td></tr>"
        "<tr><td>Hải Nam</td><td>0,9</td><td>11,0</td></tr></table>"
        "<p>Các doanh nghiệp hai bên kỳ vọng thương mại tiếp tục tăng trong năm 2025.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(f.province, f.value_usd, f.growth_pct) for f in article.trade_figures] == [
        ("Phúc Kiến", 9_800_000_000, 6.5),
        ("Hải Nam", 900_000_000, 11.0),
    ]
    assert set(article.provinces) >= {"Phúc Kiến", "Hải Nam"}


def test_a_name_vietnam_shares_is_chinese_among_chinese_provinces() -> None:
    table = "Địa phương | Kim ngạch hai chiều năm 2024 (tỷ USD)\nHồ Bắc | 2,61\nHà Nam | 4,02\n"
    assert [f[0] for f in _figures(table)] == ["Hồ Bắc", "Hà Nam"]


@pytest.mark.parametrize(
    "table",
    [
        # Border gates, and Vietnamese provinces: not Chinese provinces.
        "Cửa khẩu | Kim ngạch xuất nhập khẩu năm 2024 (triệu USD)\n"
        "Hữu Nghị | 5.120,4\n"
        "Tân Thanh | 3.410,2\n",
        "Tỉnh | Kim ngạch với Quảng Tây năm 2024 (triệu USD)\n"
        "Lạng Sơn | 4.300,5\n"
        "Quảng Ninh | 2.100,8\n",
        # Exports whose side the heading does not say.
        "Tỉnh | Xuất khẩu năm 2024 (triệu USD)\nVân Nam | 1.830,5\nQuý Châu | 210,7\n",
        # No unit, or no year anywhere.
        "Tỉnh | Kim ngạch hai chiều năm 2024\nVân Nam | 3,68\nQuý Châu | 0,21\n",
    ],
)
def test_rows_and_columns_that_are_not_bilateral_trade_give_nothing(table: str) -> None:
    assert _figures(table) == []


def test_a_share_column_is_not_a_growth() -> None:
    table = (
        "Tỉnh | Kim ngạch hai chiều năm 2024 (tỷ USD) | Tỷ trọng (%)\n"
        "Quảng Đông | 52,3 | 25,5\n"
        "Quảng Tây | 40,1 | 19,6\n"
    )
    assert [f[5] for f in _figures(table)] == [None, None]


def test_a_table_of_trade_with_another_country_gives_nothing() -> None:
    top = (
        "Báo Thương mại Biên giới\n\n"
        "Thương mại của các tỉnh miền Tây Trung Quốc với Lào\n\n"
        "Các tỉnh miền Tây Trung Quốc đẩy mạnh buôn bán với Lào nhờ tuyến đường sắt mới được "
        "đưa vào khai thác từ cuối năm 2021. Chi tiết năm 2024 như sau:\n\n"
    )
    table = "Tỉnh | Kim ngạch với Lào năm 2024 (triệu USD)\nVân Nam | 2.300,1\nTứ Xuyên | 410,6\n"
    assert _figures(table, top) == []


def test_a_heading_naming_no_trade_takes_the_trade_its_introduction_names() -> None:
    top = PAGE_TOP.replace("Chi tiết như sau:", "Kim ngạch hai chiều với Việt Nam như sau:")
    table = "Địa phương | Năm 2024 (tỷ USD)\nHồ Bắc | 2,61\nThiểm Tây | 0,74\n"
    assert _figures(table, top) == [
        ("Hồ Bắc", 2024, "full_year", "two-way", 2_610_000_000, None),
        ("Thiểm Tây", 2024, "full_year", "two-way", 740_000_000, None),
    ]


def test_a_growth_column_belongs_to_the_column_right_before_it() -> None:
    table = (
        "Tỉnh | Kim ngạch hai chiều năm 2024 (tỷ USD) | Xuất khẩu (tỷ USD) | So với 2023 (%)\n"
        "Quảng Tây | 40,1 | 18,3 | +4,0\n"
        "Vân Nam | 3,7 | 1,5 | -2,0\n"
    )
    assert [(f[0], f[4], f[5]) for f in _figures(table)] == [
        ("Quảng Tây", 40_100_000_000, None),
        ("Vân Nam", 3_700_000_000, None),
    ]


@pytest.mark.parametrize("time", ["9 tháng năm 2025", "9 tháng 2025"])
def test_a_caption_gives_the_unit_year_and_period_of_its_columns(time: str) -> None:
    table = (
        f"Bảng 1: Thương mại của Việt Nam với một số tỉnh, {time} (Đơn vị: triệu USD)"
        " | | |\n"
        "Tỉnh | Việt Nam xuất khẩu | Tổng kim ngạch | So với cùng kỳ (%)\n"
        "Quảng Tây | 14.120 | 34.530 | +10,8\n"
        "Hồ Nam | 310,5 | 1.020,4 | -3,1\n"
    )
    assert _figures(table) == [
        ("Quảng Tây", 2025, "M1-M9", "vn_export", 14_120_000_000, None),
        ("Quảng Tây", 2025, "M1-M9", "two-way", 34_530_000_000, 10.8),
        ("Hồ Nam", 2025, "M1-M9", "vn_export", 310_500_000, None),
        ("Hồ Nam", 2025, "M1-M9", "two-way", 1_020_400_000, -3.1),
    ]


def test_the_unit_is_the_caption_s_not_that_of_an_amount_in_the_paragraph_before() -> None:
    page = (
        "<html><head><title>Thương mại Việt - Trung 10 tháng</title></head><body>"
        "<article><h1>Thương mại Việt - Trung 10 tháng</h1>"
        "<p>Lũy kế 10 tháng năm 2025, thương mại giữa Việt Nam và Trung Quốc đạt 208,8 tỷ USD, "
        "tăng 22,5% so với cùng kỳ, theo số liệu hải quan công bố tuần này.</p>"
        "<table><caption>Thương mại với một số địa phương của Trung Quốc 10 tháng năm 2025 "
        "(Đơn vị: triệu USD)</caption>"
        "<tr><th>Địa phương</th><th>Việt Nam xuất khẩu</th><th>Tổng kim ngạch</th></tr>"
        "<tr><td>Quảng Đông</td><td>20.412</td><td>49.860</td></tr>"
        "<tr><td>Vân Nam</td><td>1.130,5</td><td>2.415,2</td></tr></table>"
        "<p>Các doanh nghiệp hai bên kỳ vọng thương mại tiếp tục tăng trong những tháng cuối năm."
        "</p></article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(f.province, f.kind, f.value_usd) for f in article.trade_figures] == [
        ("Trung Quốc", "two-way", 208_800_000_000),
        ("Quảng Đông", "vn_export", 20_412_000_000),
        ("Quảng Đông", "two-way", 49_860_000_000),
        ("Vân Nam", "vn_export", 1_130_500_000),
        ("Vân Nam", "two-way", 2_415_200_000),
    ]


@pytest.mark.parametrize(
    ("caption", "expected_kind"),
    [
        ("Thương mại Việt Nam với Hồ Bắc, Hồ Nam (đơn vị: triệu USD)", "two-way"),
        # exports whose side the caption does not say: the paragraph before does not make them
        ("Xuất khẩu hàng hóa với Hồ Bắc, Hồ Nam (đơn vị: triệu USD)", None),
    ],
)
def test_year_columns_count_the_trade_the_caption_names_not_the_paragraph_before(
    caption: str, expected_kind: str | None
) -> None:
    page = (
        "<html><head><title>Xúc tiến thương mại với Hồ Bắc, Hồ Nam</title></head><body>"
        "<article><h1>Xúc tiến thương mại với Hồ Bắc, Hồ Nam</h1>"
        "<p>Hội nghị diễn ra tại Hà Nội với sự tham dự của hơn 200 doanh nghiệp hai bên. Riêng "
        "xuất khẩu rau quả của Việt Nam sang hai địa phương ước đạt khoảng 95 triệu USD.</p>"
        f"<table><caption>{caption}</caption>"
        "<tr><th>Địa phương</th><th>Năm 2022</th><th>Năm 2023</th><th>Tăng/giảm 2023 (%)</th>"
        "</tr><tr><td>Hồ Bắc</td><td>1.020</td><td>1.160</td><td>+13,7</td></tr>"
        "<tr><td>Hồ Nam</td><td>767</td><td>740</td><td>-3,5</td></tr></table>"
        "<p>Các doanh nghiệp hai bên kỳ vọng thương mại tiếp tục tăng trong năm tới.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    figures = [
        (f.province, f.year, f.kind, f.value_usd, f.growth_pct)
        for f in article.trade_figures
        if f.value_usd != 95_000_000
    ]
    expected = [
        ("Hồ Bắc", 2022, "two-way", 1_020_000_000, None),
        ("Hồ Bắc", 2023, "two-way", 1_160_000_000, 13.7),
        ("Hồ Nam", 2022, "two-way", 767_000_000, None),
        ("Hồ Nam", 2023, "two-way", 740_000_000, -3.5),
    ]
    assert figures == (expected if expected_kind else [])


def test_columns_that_name_no_trade_are_not_read_whatever_the_caption_says() -> None:
    table = (
        "Bảng 2: Kim ngạch và đầu tư của một số tỉnh năm 2024 (Đơn vị: triệu USD) | | |\n"
        "Tỉnh | Số dự án | Vốn đăng ký | Tỷ trọng (%)\n"
        "Quảng Đông | 620 | 2.800 | 5,1\n"
        "Chiết Giang | 385 | 2.260 | 4,1\n"
    )
    assert _figures(table) == []


def test_a_table_by_year_is_the_one_party_its_caption_names() -> None:
    table = (
        "Thương mại Việt Nam - Thiểm Tây (triệu USD) | |\n"
        "Năm | Kim ngạch hai chiều | Tăng trưởng (%)\n"
        "2023 | 950,2 | 4,1\n"
        "2024 | 1.010,8 | 6,4\n"
    )
    assert _figures(table) == [
        ("Thiểm Tây", 2023, "full_year", "two-way", 950_200_000, 4.1),
        ("Thiểm Tây", 2024, "full_year", "two-way", 1_010_800_000, 6.4),
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Xuất khẩu thanh long của Việt Nam sang Trung Quốc | |",
        "Thanh long xuất khẩu sang Trung Quốc | |",
    ],
)
def test_a_table_by_year_of_one_product_gives_no_figures(caption: str) -> None:
    table = (
        f"{caption}\nNăm | Kim ngạch (triệu USD) | Cửa khẩu chính\n"
        "2022 | 310 | Tân Thanh\n2023 | 405 | Tân Thanh, Kim Thành\n"
    )
    assert _figures(table) == []


def test_an_html_table_captioned_with_one_product_gives_no_figures() -> None:
    page = (
        "<html><head><title>Thanh long sang Trung Quốc</title></head><body>"
        "<article><h1>Thanh long sang Trung Quốc</h1>"
        "<p>Năm 2023, thương mại hai chiều Việt Nam - Trung Quốc đạt 171,9 tỷ USD, theo số "
        "liệu hải quan công bố tại Hà Nội. Thanh long vẫn là mặt hàng chủ lực ở cửa khẩu.</p>"
        "<table><caption>Xuất khẩu thanh long của Việt Nam sang Trung Quốc</caption>"
        "<tr><th>Năm</th><th>Kim ngạch (triệu USD)</th><th>Cửa khẩu chính</th></tr>"
        "<tr><td>2022</td><td>310</td><td>Tân Thanh</td></tr>"
        "<tr><td>9 tháng 2024</td><td>405</td><td>Tân Thanh, Kim Thành</td></tr></table>"
        "<p>Các doanh nghiệp hai bên kỳ vọng thương mại tiếp tục tăng trong năm 2025.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(f.year, f.value_usd) for f in article.trade_figures] == [(2023, 171_900_000_000)]


def test_a_column_of_indexes_gives_the_change_from_100() -> None:
    table = (
        "Tỉnh | Kim ngạch hai chiều năm 2024 (tỷ USD) | So với năm 2023 (%)\n"
        "Quảng Tây | 40,1 | 107,6\n"
        "Vân Nam | 3,7 | 96,5\n"
    )
    assert [f[5] for f in _figures(table)] == [pytest.approx(7.6), pytest.approx(-3.5)]


def test_a_row_naming_its_place_with_the_country_in_brackets() -> None:
    table = (
        "Địa phương | Xuất khẩu của Việt Nam năm 2024 (tỷ USD)\n"
        "Hồng Kông (Trung Quốc) | 11,2\n"
        "Ma Cao (Trung Quốc) | 0,1\n"
    )
    assert [(f[0], f[3], f[4]) for f in _figures(table)] == [
        ("Hồng Kông", "vn_export", 11_200_000_000),
        ("Ma Cao", "vn_export", 100_000_000),
    ]


def test_a_first_column_numbering_the_rows_is_left_aside() -> None:
    table = (
        "Bảng: Kim ngạch với Việt Nam của một số địa phương, 9 tháng năm 2025 | | |\n"
        "STT | Địa phương | Kim ngạch (tỷ USD) | So với cùng kỳ (%)\n"
        "1 | Hồ Bắc | 4,25 | +7,5\n"
        "2 | Cát Lâm | 0,31 | -2,2\n"
    )
    assert _figures(table) == [
        ("Hồ Bắc", 2025, "M1-M9", "two-way", 4_250_000_000, 7.5),
        ("Cát Lâm", 2025, "M1-M9", "two-way", 310_000_000, -2.2),
    ]


def test_a_table_of_one_party_s_trade_by_kind_reads_each_row_s_kind() -> None:
    table = (
        "Thương mại Việt Nam – Quý Châu 8 tháng năm 2025 | |\n"
        "Chỉ tiêu | 8 tháng năm 2025 (triệu USD) | So với cùng kỳ (%)\n"
        "Tổng kim ngạch xuất nhập khẩu | 318,6 | +9,4\n"
        "Việt Nam xuất khẩu sang Quý Châu | 202,3 | +17,8\n"
        "Việt Nam nhập khẩu từ Quý Châu | 116,3 | -1,3\n"
    )
    assert _figures(table) == [
        ("Quý Châu", 2025, "M1-M8", "two-way", 318_600_000, 9.4),
        ("Quý Châu", 2025, "M1-M8", "vn_export", 202_300_000, 17.8),
        ("Quý Châu", 2025, "M1-M8", "vn_import", 116_300_000, -1.3),
    ]


def test_a_table_of_border_gates_is_no_table_by_kind() -> None:
    table = (
        "Kim ngạch qua một số cửa khẩu Việt Nam – Vân Nam, 8 tháng năm 2025 | |\n"
        "Cửa khẩu | Tỉnh | Kim ngạch xuất nhập khẩu (triệu USD)\n"
        "Cửa khẩu quốc tế Lào Cai | Lào Cai | 1.650,2\n"
        "Cửa khẩu Ma Lù Thàng | Lai Châu | 48,7\n"
    )
    assert _figures(table) == []


def test_a_header_whose_first_cell_is_empty_keeps_its_columns_over_their_values() -> None:
    # (the paragraph before names a part of a year: the columns' headings name whole years)
    top = PAGE_TOP.replace("Chi tiết như sau:", "10 tháng năm 2025, thương mại tăng. Cụ thể:")
    table = (
        "Thương mại Việt Nam - Quý Châu (đơn vị: triệu USD) | |\n"
        "| Năm 2023 | Năm 2024\n"
        "Việt Nam xuất khẩu sang Quý Châu | 132 | 141\n"
        "Tổng kim ngạch | 293 | 310\n"
    )
    assert _figures(table, top) == [
        ("Quý Châu", 2023, "full_year", "vn_export", 132_000_000, None),
        ("Quý Châu", 2024, "full_year", "vn_export", 141_000_000, None),
        ("Quý Châu", 2023, "full_year", "two-way", 293_000_000, None),
        ("Quý Châu", 2024, "full_year", "two-way", 310_000_000, None),
    ]


def test_a_table_whose_header_is_a_row_of_values_gives_nothing() -> None:
    # the header line lost (or never written): the first row of values is no header
    table = (
        "Thương mại Việt Nam - Quý Châu năm 2024 (đơn vị: triệu USD) | |\n"
        "Việt Nam xuất khẩu sang Quý Châu | 132 | 141\n"
        "Việt Nam nhập khẩu từ Quý Châu | 161 | 169\n"
        "Tổng kim ngạch | 293 | 310\n"
    )
    assert _figures(table) == []


def test_a_table_by_year_with_a_part_of_a_year_and_a_growth_column_naming_its_trade() -> None:
    table = (
        "Kim ngạch thương mại Việt Nam - Quý Châu giai đoạn 2023 - 9 tháng 2025 | | |\n"
        "Năm | Kim ngạch hai chiều (triệu USD) | Việt Nam xuất khẩu sang Quý Châu (triệu USD) | "
        "Tăng/giảm kim ngạch hai chiều so với năm trước (%)\n"
        "2023 | 392 | 174 | -\n"
        "2024 | 418 | 189 | +6,6\n"
        "9 tháng 2025 | 326 | 147 | +11,2\n"
    )
    assert _figures(table) == [
        ("Quý Châu", 2023, "full_year", "two-way", 392_000_000, None),
        ("Quý Châu", 2023, "full_year", "vn_export", 174_000_000, None),
        ("Quý Châu", 2024, "full_year", "two-way", 418_000_000, 6.6),
        ("Quý Châu", 2024, "full_year", "vn_export", 189_000_000, None),
        ("Quý Châu", 2025, "M1-M9", "two-way", 326_000_000, 11.2),
        ("Quý Châu", 2025, "M1-M9", "vn_export", 147_000_000, None),
    ]


def test_a_table_by_period_takes_its_party_from_its_caption_not_the_paragraph_before() -> None:
    top = PAGE_TOP.replace("Chi tiết như sau:", "Riêng Hồng Kông tăng mạnh.")
    table = (
        "Bảng 1: Trị giá xuất khẩu, nhập khẩu giữa Việt Nam và Trung Quốc (tỷ USD) | | |\n"
        "Kỳ | Xuất khẩu | Nhập khẩu | Tổng\n"
        "Tháng 10/2024 | 5,3 | 13,2 | 18,5\n"
        "Tháng 11/2024 | 5,1 | 13,1 | 18,2\n"
    )
    # exports and imports whose side the headings do not say are Vietnam's, the caption naming
    # Vietnam first
    assert _figures(table, top) == [
        ("Trung Quốc", 2024, "M10", "vn_export", 5_300_000_000, None),
        ("Trung Quốc", 2024, "M10", "vn_import", 13_200_000_000, None),
        ("Trung Quốc", 2024, "M10", "two-way", 18_500_000_000, None),
        ("Trung Quốc", 2024, "M11", "vn_export", 5_100_000_000, None),
        ("Trung Quốc", 2024, "M11", "vn_import", 13_100_000_000, None),
        ("Trung Quốc", 2024, "M11", "two-way", 18_200_000_000, None),
    ]


def test_a_row_of_the_two_countries_total_is_china_s() -> None:
    table = (
        "Tỉnh | Kim ngạch với Việt Nam 9 tháng năm 2025 (tỷ USD) | So với cùng kỳ (%)\n"
        "Quảng Tây | 31,08 | +10,4\n"
        "Tổng Việt Nam – Trung Quốc | 178,3 | +21,0\n"
    )
    assert _figures(table) == [
        ("Quảng Tây", 2025, "M1-M9", "two-way", 31_080_000_000, 10.4),
        ("Trung Quốc", 2025, "M1-M9", "two-way", 178_300_000_000, 21.0),
    ]


@pytest.mark.parametrize(
    ("export_heading", "import_heading"),
    [
        ("Xuất khẩu sang Vân Nam", "Nhập khẩu từ Vân Nam"),
        ("Xuất sang Vân Nam", "Nhập từ Vân Nam"),
        ("Hàng xuất khẩu vào Trung Quốc", "Hàng nhập khẩu từ Trung Quốc"),
    ],
)
def test_headings_of_exports_to_and_imports_from_the_chinese_party_are_vietnam_s(
    export_heading: str, import_heading: str
) -> None:
    party = "Trung Quốc" if "Trung Quốc" in export_heading else "Vân Nam"
    table = (
        f"Thương mại Việt Nam - {party} giai đoạn 2022 - 2024 (Đơn vị: tỉ USD) | | | |\n"
        f"Năm | {export_heading} | {import_heading} | Tổng kim ngạch | Tăng/giảm (%)\n"
        "2023 | 1,42 | 2,05 | 3,47 | -2,3\n"
        "2024 | 1,61 | 2,30 | 3,91 | +12,7\n"
    )
    assert _figures(table) == [
        (party, 2023, "full_year", "vn_export", 1_420_000_000, None),
        (party, 2023, "full_year", "vn_import", 2_050_000_000, None),
        (party, 2023, "full_year", "two-way", 3_470_000_000, -2.3),
        (party, 2024, "full_year", "vn_export", 1_610_000_000, None),
        (party, 2024, "full_year", "vn_import", 2_300_000_000, None),
        (party, 2024, "full_year", "two-way", 3_910_000_000, 12.7),
    ]


@pytest.mark.parametrize(
    ("growth_heading", "growths"),
    [
        ("Tăng/giảm tổng (%)", ((-4.2, None, None), (11.8, None, None))),
        ("Tăng/giảm kim ngạch (%)", ((-4.2, None, None), (11.8, None, None))),
        ("Tăng/giảm XK (%)", ((None, -4.2, None), (None, 11.8, None))),
        ("Tăng/giảm NK (%)", ((None, None, -4.2), (None, None, 11.8))),
        # a heading naming both sides names no one: no growth rather than a wrong one
        ("Tăng/giảm XK/NK (%)", ((None, None, None), (None, None, None))),
    ],
)
def test_a_growth_column_belongs_to_the_trade_its_heading_names_wherever_it_stands(
    growth_heading: str, growths: tuple[tuple[float | None, ...], ...]
) -> None:
    table = (
        "Thương mại Việt Nam - Quảng Tây 2022 - 2024 (tỷ USD) | | | | |\n"
        "Năm | Tổng kim ngạch | Xuất khẩu của Việt Nam | Nhập khẩu của Việt Nam | "
        f"{growth_heading}\n"
        "2023 | 20,10 | 8,35 | 11,75 | -4,2\n"
        "2024 | 22,48 | 9,71 | 12,77 | +11,8\n"
    )
    values = (
        (20_100_000_000, 8_350_000_000, 11_750_000_000),
        (22_480_000_000, 9_710_000_000, 12_770_000_000),
    )
    kinds = ("two-way", "vn_export", "vn_import")
    assert _figures(table) == [
        ("Quảng Tây", year, "full_year", kind, value, growth)
        for year, row, row_growths in zip((2023, 2024), values, growths, strict=True)
        for kind, value, growth in zip(kinds, row, row_growths, strict=True)
    ]


def test_exports_to_a_place_not_chinese_in_a_heading_are_not_read() -> None:
    table = (
        "Thương mại Việt Nam - Vân Nam giai đoạn 2022 - 2024 (Đơn vị: tỉ USD) | | |\n"
        "Năm | Xuất khẩu sang Lào | Nhập khẩu từ Lào | Tổng kim ngạch\n"
        "2023 | 1,42 | 2,05 | 3,47\n"
    )
    assert _figures(table) == [("Vân Nam", 2023, "full_year", "two-way", 3_470_000_000, None)]


def test_a_heading_naming_months_of_a_year_gives_that_part_of_it() -> None:
    table = (
        "Kim ngạch Việt Nam - Quý Châu | |\n"
        "Chỉ tiêu | 10 tháng 2025 (triệu USD) | Tăng (%)\n"
        "Tổng kim ngạch xuất nhập khẩu | 318,6 | +9,4\n"
        "Việt Nam xuất khẩu sang Quý Châu | 202,3 | +17,8\n"
    )
    assert [f[2] for f in _figures(table)] == ["M1-M10", "M1-M10"]


def test_stacked_header_rows_a_unit_in_a_note_and_a_total_at_the_foot() -> None:
    page = (
        "<html><head><title>Thương mại với các địa phương Trung Quốc</title></head><body>"
        "<article><h1>Thương mại với các địa phương Trung Quốc</h1>"
        "<p>Thương mại của Việt Nam với nhiều địa phương Trung Quốc tiếp tục tăng nhanh trong 9 "
        "tháng đầu năm, theo số liệu hải quan công bố trong tuần qua.</p>"
        "<table><caption>Kim ngạch thương mại hai chiều Việt Nam với một số địa phương Trung "
        "Quốc</caption><thead>"
        "<tr><th rowspan='3'>STT</th><th rowspan='3'>Địa phương</th>"
        "<th colspan='3'>9 tháng năm 2025</th></tr>"
        "<tr><th rowspan='2'>Kim ngạch hai chiều</th><th colspan='2'>So sánh</th></tr>"
        "<tr><th>Tỷ trọng (%)</th><th>Tăng/giảm so với cùng kỳ 2024 (%)</th></tr></thead>"
        "<tbody><tr><td>1</td><td>Hồ Bắc</td><td>4.112.350</td><td>2,4</td><td>15,3</td></tr>"
        "<tr><td>2</td><td>Cát Lâm</td><td>603.800</td><td>0,3</td><td>-7,8</td></tr>"
        "<tr><td></td><td>Tổng kim ngạch Việt Nam – Trung Quốc</td><td>177.150.000</td>"
        "<td>100,0</td><td>21,9</td></tr></tbody></table>"
        "<p><em>Đơn vị: nghìn USD. Nguồn: Cục Hải quan.</em></p>"
        "<p>Các doanh nghiệp hai bên kỳ vọng thương mại tiếp tục tăng trong quý IV.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(f.province, f.period, f.value_usd, f.growth_pct) for f in article.trade_figures] == [
        ("Hồ Bắc", "M1-M9", 4_112_350_000, 15.3),
        ("Cát Lâm", "M1-M9", 603_800_000, -7.8),
        ("Trung Quốc", "M1-M9", 177_150_000_000, 21.9),
    ]


def test_column_groups_over_a_table_of_kinds_in_an_article_on_the_two_countries() -> None:
    top = (
        "Báo Thương mại Biên giới\nThứ Ba, 18/11/2025 | 09:10\n\n"
        "Thương mại Việt Nam - Trung Quốc 10 tháng tăng mạnh\n\n"
        "Số liệu hải quan cho thấy thương mại hai nước tiếp tục tăng. Chi tiết trong bảng dưới:\n\n"
    )
    table = (
        "Chỉ tiêu | Tháng 10/2025 | | 10 tháng năm 2025 |\n"
        "| Trị giá | So với tháng 10/2024 (%) | Trị giá | So với cùng kỳ năm 2024 (%)\n"
        "Xuất khẩu sang Trung Quốc | 6.245 | +9,4 | 57.830 | +13,1\n"
        "Đơn vị trị giá: triệu USD.\n"
    )
    assert _figures(table, top) == [
        ("Trung Quốc", 2025, "M10", "vn_export", 6_245_000_000, 9.4),
        ("Trung Quốc", 2025, "M1-M10", "vn_export", 57_830_000_000, 13.1),
    ]


def test_growth_written_in_its_cells_beside_a_heading_without_a_percent_sign() -> None:
    table = (
        "Kim ngạch thương mại Việt Nam – Quảng Tây năm 2025:\n\n"
        "Thời gian | Kim ngạch Việt Nam – Quảng Tây (tỷ USD) | So với cùng kỳ 2024\n"
        "Quý I/2025 | 13,4 | tăng 8,4%\n"
        "Quý II/2025 | 14,9 | giảm 2,1%\n"
        "Quý III/2025 | 15,6 | +11,0%\n"
    )
    assert _figures(table) == [
        ("Quảng Tây", 2025, "Q1", "two-way", 13_400_000_000, 8.4),
        ("Quảng Tây", 2025, "Q2", "two-way", 14_900_000_000, -2.1),
        ("Quảng Tây", 2025, "Q3", "two-way", 15_600_000_000, 11.0),
    ]


@pytest.mark.parametrize(
    "other_row",
    [
        "Kim ngạch qua các cửa khẩu tỉnh Lào Cai | 4,1 | 4,4 | +6,2",
        "Qua cửa khẩu quốc tế Hà Khẩu – Lào Cai | 4,1 | 4,4 | +6,2",
        "Cán cân thương mại | 1,3 | 1,6 | +21,5",
    ],
)
def test_a_table_by_kind_with_two_period_columns_and_a_growth_for_the_second(
    other_row: str,
) -> None:
    # the unit is in the heading of the first column; a row of trade through border gates or of
    # the balance is no figure of the two parties, and does not stop the others being read
    top = PAGE_TOP.replace(
        "Chi tiết như sau:", "Số liệu thương mại giữa Việt Nam và Vân Nam như sau:"
    )
    table = (
        "Chỉ tiêu (đơn vị: tỷ USD) | Năm 2024 | 10 tháng năm 2025 | So với cùng kỳ (%)\n"
        "Tổng kim ngạch Việt Nam – Vân Nam | 9,2 | 8,7 | +12,4\n"
        "Việt Nam xuất khẩu sang Vân Nam | 3,1 | 2,9 | +5,6\n"
        f"{other_row}\n"
    )
    assert _figures(table, top) == [
        ("Vân Nam", 2024, "full_year", "two-way", 9_200_000_000, None),
        ("Vân Nam", 2025, "M1-M10", "two-way", 8_700_000_000, 12.4),
        ("Vân Nam", 2024, "full_year", "vn_export", 3_100_000_000, None),
        ("Vân Nam", 2025, "M1-M10", "vn_export", 2_900_000_000, 5.6),
    ]


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_quarters_as_columns_with_the_growth_in_brackets_in_each_cell(separator: str) -> None:
    top = PAGE_TOP.replace(
        "Chi tiết như sau:",
        "Thương mại giữa Việt Nam và Vân Nam trong 3 quý năm 2025 tăng khá. Cụ thể như sau:",
    )
    rows = [
        ["Chỉ tiêu", "Quý I", "Quý II", "Quý III"],
        ["Việt Nam – Vân Nam (hai chiều)", "2,6 (+7,5%)", "2,9 (-1,2%)", "3,1 (+10,4%)"],
        ["Qua các cửa khẩu tỉnh Lào Cai", "1,12", "1,20", "1,31"],
    ]
    table = "".join(separator.join(row) + "\n" for row in rows)
    caption = "Bảng: Kim ngạch thương mại năm 2025 (đơn vị: tỷ USD)\n"
    assert _figures(caption + table, top) == [
        ("Vân Nam", 2025, "Q1", "two-way", 2_600_000_000, 7.5),
        ("Vân Nam", 2025, "Q2", "two-way", 2_900_000_000, -1.2),
        ("Vân Nam", 2025, "Q3", "two-way", 3_100_000_000, 10.4),
    ]


@pytest.mark.parametrize("growth", ["+8,4%", "8,4%", "tăng 8,4%"])
def test_a_unit_in_each_value_cell_and_the_caption_s_period_over_the_sentence_before(
    growth: str,
) -> None:
    # the rows name their trade with the province's own words, and a table of another partner's
    # trade beside it is no figure; the months of the caption hold, not the month just before
    top = PAGE_TOP.replace(
        "Chi tiết như sau:",
        "Cụ thể, 10 tháng năm 2025, kim ngạch giữa Quảng Tây và Việt Nam đạt 40,2 tỷ USD, "
        "tăng 6,1%. Riêng tháng 10, thương mại hai chiều đạt 4,1 tỷ USD, giảm 1,2% so với "
        "tháng 10/2024.",
    )
    table = (
        "Thương mại của Quảng Tây với một số đối tác, 10 tháng năm 2025 (nguồn: Hải quan Nam "
        "Ninh)\n"
        "Chỉ tiêu | Giá trị | So với cùng kỳ\n"
        f"Quảng Tây xuất khẩu sang Việt Nam | 23,5 tỷ USD | {growth}\n"
        "Quảng Tây nhập khẩu từ Việt Nam | 16,7 tỷ USD | +3,2%\n"
        "Thương mại Quảng Tây - Thái Lan | 5,4 tỷ USD | +1,5%\n"
    )
    assert _figures(table, top)[2:] == [
        ("Quảng Tây", 2025, "M1-M10", "vn_import", 23_500_000_000, 8.4),
        ("Quảng Tây", 2025, "M1-M10", "vn_export", 16_700_000_000, 3.2),
    ]


def test_a_caption_over_a_line_of_its_unit_and_a_total_with_no_row_number() -> None:
    """Copied with tabs: the caption gives the period, the line under it the unit; the total's
    row, its number cell empty, keeps its columns and gives the two countries' figures."""
    table = (
        "Bảng 1: Kim ngạch thương mại của Việt Nam với một số địa phương Trung Quốc 9 tháng năm "
        "2025\n"
        "Đơn vị tính: triệu USD\n\n"
        "STT\tĐịa phương\tTổng kim ngạch\tSo với cùng kỳ 2024 (%)\tViệt Nam xuất khẩu\n"
        "1\tQuảng Đông\t45.820\t14,2\t20.110\n"
        "2\tQuảng Tây\t31.460\t9,6\t13.050\n"
        "\tCác địa phương khác\t78.060\t-\t8.345\n"
        "\tTổng (Việt Nam - Trung Quốc)\t181.200\t19,2\t48.300\n"
    )
    top = PAGE_TOP.replace("năm 2024 thương mại", "năm 2025 thương mại")
    assert _figures(table, top) == [
        ("Quảng Đông", 2025, "M1-M9", "two-way", 45_820_000_000, 14.2),
        ("Quảng Đông", 2025, "M1-M9", "vn_export", 20_110_000_000, None),
        ("Quảng Tây", 2025, "M1-M9", "two-way", 31_460_000_000, 9.6),
        ("Quảng Tây", 2025, "M1-M9", "vn_export", 13_050_000_000, None),
        ("Trung Quốc", 2025, "M1-M9", "two-way", 181_200_000_000, 19.2),
        ("Trung Quốc", 2025, "M1-M9", "vn_export", 48_300_000_000, None),
    ]


def test_a_province_s_row_in_yuan_among_rows_in_dollars_gives_nothing_the_others_theirs() -> None:
    table = (
        "Thương mại với Việt Nam của ba địa phương Trung Quốc (nguồn: hải quan các địa phương)\n"
        "Địa phương | Năm 2024 | Năm 2025 | Tăng\n"
        "Quảng Đông | 56,2 tỷ USD | 61,9 tỷ USD | 10,1%\n"
        "Quảng Tây | 298,6 tỷ NDT | 320,4 tỷ NDT | 7,3%\n"
        "Hải Nam | 1,12 tỷ USD | 1,35 tỷ USD | 20,5%\n"
    )
    assert _figures(table) == [
        ("Quảng Đông", 2024, "full_year", "two-way", 56_200_000_000, None),
        ("Quảng Đông", 2025, "full_year", "two-way", 61_900_000_000, 10.1),
        ("Hải Nam", 2024, "full_year", "two-way", 1_120_000_000, None),
        ("Hải Nam", 2025, "full_year", "two-way", 1_350_000_000, 20.5),
    ]


@pytest.mark.parametrize(
    ("older", "newer", "order"),
    [
        ("9 tháng 2024", "9 tháng 2025", "older first"),
        ("9 tháng năm 2024", "9 tháng năm 2025", "older first"),
        ("9 tháng 2024", "9 tháng 2025", "newer first"),
        ("9 tháng năm 2024", "9 tháng năm 2025", "newer first"),
    ],
)
def test_two_period_columns_each_of_its_own_year_the_growth_the_newer_s(
    older: str, newer: str, order: str
) -> None:
    # the introduction names the newer year only: each column's heading gives its own
    top = PAGE_TOP.replace(
        "Chi tiết như sau:", "Thương mại Việt Nam - Hồ Nam 9 tháng năm 2025 tăng ở cả hai chiều:"
    )
    first, second = (older, newer) if order == "older first" else (newer, older)
    values = {older: ("1,52", "0,61"), newer: ("1,74", "0,70")}
    table = (
        "Thương mại Việt Nam - Hồ Nam (đơn vị: tỷ USD)\n"
        f"Chỉ tiêu | {first} | {second} | Tăng (%)\n"
        f"Tổng kim ngạch | {values[first][0]} | {values[second][0]} | 14,5\n"
        f"Việt Nam xuất khẩu | {values[first][1]} | {values[second][1]} | 14,8\n"
    )
    assert sorted(_figures(table, top)) == [
        ("Hồ Nam", 2024, "M1-M9", "two-way", 1_520_000_000, None),
        ("Hồ Nam", 2024, "M1-M9", "vn_export", 610_000_000, None),
        ("Hồ Nam", 2025, "M1-M9", "two-way", 1_740_000_000, 14.5),
        ("Hồ Nam", 2025, "M1-M9", "vn_export", 700_000_000, 14.8),
    ]


@pytest.mark.parametrize(
    ("caption", "header", "rows", "expected"),
    [
        (
            "Kim ngạch thương mại Việt Nam – Thiểm Tây năm 2025 theo quý (triệu USD)",
            "Kỳ | Kim ngạch hai chiều | So với cùng kỳ",
            ["Quý I | 412 | +9,5%", "Quý II | 436 | -2,5%"],
            [
                ("Thiểm Tây", 2025, "Q1", "two-way", 412_000_000, 9.5),
                ("Thiểm Tây", 2025, "Q2", "two-way", 436_000_000, -2.5),
            ],
        ),
        (
            "Kim ngạch thương mại hai chiều Việt Nam – Thiểm Tây theo tháng",
            "Kỳ | Kim ngạch (triệu USD) | So với cùng kỳ năm trước (%)",
            ["Tháng 1/2026 | 152 | 11,4", "Tháng 2/2026 | 118 | 4,2", "Lũy kế 2 tháng | 270 | 8,1"],
            [
                ("Thiểm Tây", 2026, "M1", "two-way", 152_000_000, 11.4),
                ("Thiểm Tây", 2026, "M2", "two-way", 118_000_000, 4.2),
                ("Thiểm Tây", 2026, "M1-M2", "two-way", 270_000_000, 8.1),
            ],
        ),
    ],
)
def test_rows_of_parts_of_a_year_without_it_take_the_caption_s_or_the_other_rows_year(
    caption: str, header: str, rows: list[str], expected: list[tuple[object, ...]]
) -> None:
    page = _party_page(caption, header, rows, name="Thiểm Tây", kind="tỉnh")
    article = parse_article(page, filename="page.html")
    assert [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in article.trade_figures
    ] == expected


def test_a_row_naming_a_part_of_a_year_among_other_words_is_no_time() -> None:
    # a forecast for the half year is no figure of it, nor does it make the table one by period
    table = (
        "Kim ngạch Việt Nam – Thiểm Tây năm 2025 (triệu USD)\n"
        "Chỉ tiêu | Kim ngạch hai chiều | So với cùng kỳ (%)\n"
        "Quý I | 412 | +9,5\n"
        "Dự kiến 6 tháng | 850 | +3,0\n"
    )
    assert _figures(table) == []


def test_a_row_of_a_table_by_kind_naming_its_own_period_is_of_that_period() -> None:
    # the caption gives only the year: 'Xuất khẩu 6 tháng' is the first half, not the year
    top = PAGE_TOP.replace(
        "Chi tiết như sau:", "Thương mại giữa Việt Nam và Quảng Tây nửa đầu năm nay tăng khá."
    )
    table = (
        "Kim ngạch thương mại Việt Nam - Quảng Tây năm 2025 (triệu USD)\n"
        "Chỉ tiêu | Giá trị | Tăng (%)\n"
        "Xuất khẩu 6 tháng | 5.210 | 12,1\n"
        "Nhập khẩu 6 tháng | 9.830 | 8,4\n"
        "Tổng kim ngạch 6 tháng | 15.040 | 9,7\n"
    )
    assert _figures(table, top) == [
        ("Quảng Tây", 2025, "H1", "vn_export", 5_210_000_000, 12.1),
        ("Quảng Tây", 2025, "H1", "vn_import", 9_830_000_000, 8.4),
        ("Quảng Tây", 2025, "H1", "two-way", 15_040_000_000, 9.7),
    ]


def _quarter_page(first: str, second: str, note: str) -> str:
    """A page whose table of provinces has two quarters of their own years, the trade they count
    named only in the note under it."""
    values = {"Quý I/2024": ("410,2", "1.802,5"), "Quý I/2025": ("455,9", "1.713,0")}
    return (
        "<html><head><title>Thương mại với các tỉnh Trung Quốc quý I</title></head><body>"
        "<article><h1>Thương mại với các tỉnh Trung Quốc quý I</h1>"
        "<p>Thương mại của Việt Nam với các địa phương Trung Quốc quý đầu năm tiếp tục tăng, dù "
        "không đều giữa các tỉnh giáp biên và các tỉnh nội địa.</p>"
        "<p>Số liệu do Thương vụ Việt Nam tổng hợp theo từng địa phương như sau:</p>"
        f"<table><tr><th>Tỉnh/Thành phố</th><th>{first} (triệu USD)</th>"
        f"<th>{second} (triệu USD)</th><th>Tăng/giảm (%)</th></tr>"
        f"<tr><td>Hồ Nam</td><td>{values[first][0]}</td><td>{values[second][0]}</td>"
        "<td>+11,1</td></tr>"
        f"<tr><td>Chiết Giang</td><td>{values[first][1]}</td><td>{values[second][1]}</td>"
        "<td>-5,0</td></tr></table>"
        f"<p><em>{note}</em></p>"
        "<p>Các doanh nghiệp hai bên kỳ vọng thương mại tiếp tục tăng trong những tháng tới.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("note", "order"),
    [
        ("Nguồn: Thương vụ tổng hợp từ hải quan các tỉnh. Kim ngạch hai chiều.", "older first"),
        ("Nguồn: Thương vụ tổng hợp từ hải quan các tỉnh. Kim ngạch hai chiều.", "newer first"),
        ("Ghi chú: kim ngạch xuất nhập khẩu hai chiều; nguồn: hải quan các tỉnh.", "older first"),
    ],
)
def test_quarters_of_their_own_years_counting_the_trade_the_note_under_the_table_names(
    note: str, order: str
) -> None:
    first, second = ("Quý I/2024", "Quý I/2025")[:: 1 if order == "older first" else -1]
    article = parse_article(_quarter_page(first, second, note), filename="page.html")
    assert sorted(
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in article.trade_figures
    ) == [
        ("Chiết Giang", 2024, "Q1", "two-way", 1_802_500_000, None),
        ("Chiết Giang", 2025, "Q1", "two-way", 1_713_000_000, -5.0),
        ("Hồ Nam", 2024, "Q1", "two-way", 410_200_000, None),
        ("Hồ Nam", 2025, "Q1", "two-way", 455_900_000, 11.1),
    ]


def test_the_name_of_a_table_s_source_does_not_say_what_it_counts() -> None:
    page = _quarter_page("Quý I/2024", "Quý I/2025", "Nguồn: Sở Thương mại các tỉnh.")
    assert parse_article(page, filename="page.html").trade_figures == ()


@pytest.mark.parametrize(
    "caption",
    [
        "Hàng hóa xuất nhập khẩu qua cửa khẩu Hữu Nghị (triệu USD)",
        "Kim ngạch xuất nhập khẩu qua cảng Hải Phòng (triệu USD)",
        "Kim ngạch thương mại trên địa bàn tỉnh Lạng Sơn (triệu USD)",
    ],
)
def test_a_table_of_the_goods_passing_one_place_gives_no_figures(caption: str) -> None:
    page = (
        "<html><head><title>Làm việc với đoàn Sùng Tả</title></head><body>"
        "<article><h1>Làm việc với đoàn Sùng Tả</h1>"
        "<p>Năm 2024, hàng hóa qua cửa khẩu đạt 830 triệu USD, chiếm khoảng 2% kim ngạch "
        "thương mại Việt Nam - Quảng Tây (hơn 42 tỷ USD năm 2024).</p>"
        f"<table><caption>{caption}</caption>"
        "<tr><th>Năm</th><th>Xuất khẩu</th><th>Nhập khẩu</th><th>Tổng</th></tr>"
        "<tr><td>2023</td><td>210</td><td>405</td><td>615</td></tr>"
        "<tr><td>2024</td><td>300</td><td>530</td><td>830</td></tr></table>"
        "<p>Hai bên nhất trí tăng cường phối hợp quản lý luồng hàng hóa qua biên giới.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(f.province, f.year, f.kind, f.value_usd) for f in article.trade_figures] == [
        ("Quảng Tây", 2024, "two-way", 42_000_000_000)
    ]


@pytest.mark.parametrize(
    ("caption", "other", "other_rows"),
    [
        (
            "Bảng: Kim ngạch xuất nhập khẩu giữa Việt Nam với Trung Quốc và Ma Cao (Trung Quốc)",
            "Xuất khẩu sang Ma Cao (Trung Quốc)",
            [
                ("Ma Cao", 2025, "M9", "vn_export", 50_000_000, 3.0),
                ("Ma Cao", 2025, "M1-M9", "vn_export", 410_000_000, 2.2),
            ],
        ),
        (
            "Bảng: Thương mại của Việt Nam với Trung Quốc và với Quảng Tây",
            "Tổng kim ngạch với Quảng Tây, Trung Quốc",
            [
                ("Quảng Tây", 2025, "M9", "two-way", 50_000_000, 3.0),
                ("Quảng Tây", 2025, "M1-M9", "two-way", 410_000_000, 2.2),
            ],
        ),
    ],
)
def test_a_row_label_naming_its_partner_wins_over_a_caption_naming_two(
    caption: str, other: str, other_rows: list[tuple[object, ...]]
) -> None:
    top = (
        "Báo Thương mại Biên giới\nThứ Ba, 18/11/2025 | 09:10\n\n"
        "Thương mại Việt Nam - Trung Quốc 9 tháng tăng mạnh\n\n"
        "Số liệu hải quan cho thấy thương mại hai nước tiếp tục tăng.\n\n"
    )
    table = (
        f"{caption}\n"
        "Chỉ tiêu | Tháng 9/2025 | | 9 tháng năm 2025 |\n"
        "| Trị giá (tỷ USD) | So với cùng kỳ (%) | Trị giá (tỷ USD) | So với cùng kỳ (%)\n"
        "Nhập khẩu từ Trung Quốc | 15,2 | +20,1 | 130,5 | +25,0\n"
        "Tổng kim ngạch với Trung Quốc | 21,3 | +19,0 | 185,7 | +20,3\n"
        f"{other} | 0,05 | +3,0 | 0,41 | +2,2\n"
    )
    assert _figures(table, top) == [
        ("Trung Quốc", 2025, "M9", "vn_import", 15_200_000_000, 20.1),
        ("Trung Quốc", 2025, "M1-M9", "vn_import", 130_500_000_000, 25.0),
        ("Trung Quốc", 2025, "M9", "two-way", 21_300_000_000, 19.0),
        ("Trung Quốc", 2025, "M1-M9", "two-way", 185_700_000_000, 20.3),
        *other_rows,
    ]


def _one_place_beside_page(caption: str) -> str:
    return (
        "<html><body><article><h1>Lào Cai xúc tiến thương mại tại Côn Minh</h1>"
        "<p>Ngày 14/11, tại Côn Minh, tỉnh Lào Cai tổ chức hội nghị xúc tiến thương mại với "
        "tỉnh Vân Nam.</p>"
        "<p>Phó Chủ tịch UBND tỉnh cho biết thương mại giữa hai bên tăng đều những năm qua.</p>"
        f"<table><caption>{caption}</caption><thead>"
        "<tr><th rowspan='2'>Năm</th><th colspan='2'>Đơn vị: triệu USD</th></tr>"
        "<tr><th>Kim ngạch Việt Nam – Vân Nam</th>"
        "<th>Trong đó qua các cửa khẩu tỉnh Lào Cai</th></tr></thead>"
        "<tbody><tr><td>2021</td><td>2.510</td><td>1.820</td></tr>"
        "<tr><td>2022</td><td>2.140</td><td>1.410</td></tr></tbody></table>"
        "<p><em>Nguồn: Sở Công Thương tỉnh Lào Cai.</em></p>"
        "<p>Hai bên thống nhất tăng cường kết nối giao thông qua cửa khẩu.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Kim ngạch thương mại Việt Nam – Vân Nam và qua cửa khẩu Lào Cai",
            [
                ("Vân Nam", 2021, "full_year", "two-way", 2_510_000_000),
                ("Vân Nam", 2022, "full_year", "two-way", 2_140_000_000),
            ],
        ),
        # The parties' trade passing the place is the place's: nothing.
        ("Kim ngạch thương mại Việt Nam – Vân Nam qua cửa khẩu Lào Cai", []),
    ],
)
def test_a_table_of_the_parties_trade_beside_one_place_s_gives_the_parties_column(
    caption: str, expected: list[tuple[object, ...]]
) -> None:
    article = parse_article(_one_place_beside_page(caption), filename="page.html")
    assert [
        (f.province, f.year, f.period, f.kind, f.value_usd) for f in article.trade_figures
    ] == expected


def _markets_page(caption: str, heading: str = "Xuất khẩu (tỷ USD)") -> str:
    return (
        "<html><body><article><h1>Xuất khẩu sang các thị trường châu Á tăng mạnh</h1>"
        "<p>Theo số liệu hải quan, hàng hóa của Việt Nam tiếp tục tìm được chỗ đứng ở nhiều "
        "thị trường châu Á, nhất là nhóm máy móc, linh kiện điện tử.</p>"
        f"<table><caption>{caption}</caption>"
        f"<tr><th>Thị trường</th><th>{heading}</th><th>So với cùng kỳ (%)</th></tr>"
        "<tr><td>Nhật Bản</td><td>22,3</td><td>+4,1</td></tr>"
        "<tr><td>Ma Cao (Trung Quốc)</td><td>1,2</td><td>+9,5</td></tr>"
        "<tr><td>Đài Loan (Trung Quốc)</td><td>7,8</td><td>-2,4</td></tr></table>"
        "<p>Các doanh nghiệp kỳ vọng đà tăng tiếp tục trong những tháng cuối năm.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("caption", "heading", "expected"),
    [
        (
            "Một số thị trường xuất khẩu 9 tháng năm 2025 (Nguồn: Cục Hải quan)",
            "Xuất khẩu (tỷ USD)",
            [
                ("Ma Cao", 2025, "M1-M9", "vn_export", 1_200_000_000, 9.5),
                ("Đài Loan", 2025, "M1-M9", "vn_export", 7_800_000_000, -2.4),
            ],
        ),
        (
            "Thị trường nhập khẩu chính của Việt Nam năm 2024",
            "Nhập khẩu (tỷ USD)",
            [
                ("Ma Cao", 2024, "full_year", "vn_import", 1_200_000_000, 9.5),
                ("Đài Loan", 2024, "full_year", "vn_import", 7_800_000_000, -2.4),
            ],
        ),
        # whose markets they are, the caption says: a province's, the world's, China's own
        ("Một số thị trường xuất khẩu của tỉnh Lào Cai 9 tháng năm 2025", "Xuất khẩu (tỷ USD)", []),
        ("Các thị trường nhập khẩu lớn nhất thế giới năm 2024", "Nhập khẩu (tỷ USD)", []),
        ("Thị trường xuất khẩu của Quảng Tây 9 tháng năm 2025", "Xuất khẩu (tỷ USD)", []),
        # a product's markets, no time, the other direction: nothing
        ("Thị trường xuất khẩu cà phê 9 tháng năm 2025", "Xuất khẩu (tỷ USD)", []),
        ("Một số thị trường xuất khẩu (Nguồn: Cục Hải quan)", "Xuất khẩu (tỷ USD)", []),
        ("Một số thị trường xuất khẩu 9 tháng năm 2025", "Nhập khẩu (tỷ USD)", []),
    ],
)
def test_a_table_of_vietnam_s_markets_gives_its_trade_with_the_chinese_divisions_in_rows(
    caption: str, heading: str, expected: list[tuple[object, ...]]
) -> None:
    article = parse_article(_markets_page(caption, heading), filename="page.html")
    assert [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in article.trade_figures
    ] == expected


def _party_page(
    caption: str, header: str, rows: list[str], name: str = "Quảng Tây", kind: str = "Khu tự trị"
) -> str:
    """An article on Vietnam's trade with a Chinese party (Quảng Tây unless said) with one
    captioned HTML table."""
    return (
        f"<html><head><title>Thương mại Việt Nam – {name}</title></head><body>"
        f"<article><h1>Thương mại Việt Nam – {name} tăng đều</h1>"
        f"<p>Thương mại giữa Việt Nam và {kind} {name} (Trung Quốc) tiếp tục tăng, theo "
        "số liệu hải quan công bố trong tuần qua. Diễn biến như sau:</p>"
        f"<table><caption>{caption}</caption><thead><tr>"
        + "".join(f"<th>{cell}</th>" for cell in header.split(" | "))
        + "</tr></thead><tbody>"
        + "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split(" | ")) + "</tr>"
            for row in rows
        )
        + "</tbody></table><p>Các doanh nghiệp hai bên kỳ vọng đà tăng tiếp tục.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("caption", "header", "rows", "expected"),
    [
        (
            "Kim ngạch thương mại Việt Nam – Quảng Tây 6 tháng đầu năm các năm (Đơn vị: triệu USD)",
            "Kỳ | Kim ngạch hai chiều | Xuất khẩu | Nhập khẩu",
            ["6 tháng 2024 | 12.410 | 4.020 | 8.390", "6 tháng 2025 | 13.850 | 4.610 | 9.240"],
            [
                ("Quảng Tây", 2024, "H1", "two-way", 12_410_000_000, None),
                ("Quảng Tây", 2024, "H1", "vn_export", 4_020_000_000, None),
                ("Quảng Tây", 2024, "H1", "vn_import", 8_390_000_000, None),
                ("Quảng Tây", 2025, "H1", "two-way", 13_850_000_000, None),
                ("Quảng Tây", 2025, "H1", "vn_export", 4_610_000_000, None),
                ("Quảng Tây", 2025, "H1", "vn_import", 9_240_000_000, None),
            ],
        ),
        # a growth beside each direction is its own; a balance or a share gives nothing
        (
            "Thương mại hai chiều giữa Việt Nam và Quảng Tây (triệu USD)",
            "Năm | Kim ngạch xuất khẩu | Tăng/giảm (%) | Nhập khẩu | Tăng/giảm (%) | Nhập siêu "
            "| Tỷ trọng (%)",
            [
                "2023 | 9.120 | -3,2 | 15.300 | 5,4 | 6.180 | 4,1",
                "2024 | 10.050 | 10,2 | 17.660 | 15,4 | 7.610 | 4,3",
            ],
            [
                ("Quảng Tây", 2023, "full_year", "vn_export", 9_120_000_000, -3.2),
                ("Quảng Tây", 2023, "full_year", "vn_import", 15_300_000_000, 5.4),
                ("Quảng Tây", 2024, "full_year", "vn_export", 10_050_000_000, 10.2),
                ("Quảng Tây", 2024, "full_year", "vn_import", 17_660_000_000, 15.4),
            ],
        ),
        # the province named first: whose exports they are, the table does not say
        (
            "Kim ngạch thương mại Quảng Tây – Việt Nam (triệu USD)",
            "Năm | Tổng kim ngạch | Xuất khẩu | Nhập khẩu",
            ["2023 | 24.420 | 15.300 | 9.120", "2024 | 27.710 | 17.660 | 10.050"],
            [
                ("Quảng Tây", 2023, "full_year", "two-way", 24_420_000_000, None),
                ("Quảng Tây", 2024, "full_year", "two-way", 27_710_000_000, None),
            ],
        ),
    ],
)
def test_export_and_import_columns_of_a_table_by_year_captioned_vietnam_first_are_vietnam_s(
    caption: str, header: str, rows: list[str], expected: list[tuple[object, ...]]
) -> None:
    article = parse_article(_party_page(caption, header, rows), filename="page.html")
    assert [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in article.trade_figures
    ] == expected


@pytest.mark.parametrize("heading", ["Cán cân thương mại", "Thâm hụt thương mại"])
def test_a_column_of_the_balance_gives_nothing(heading: str) -> None:
    page = _party_page(
        "Kim ngạch Việt Nam – Quảng Tây (triệu USD)",
        f"Năm | {heading} | Tăng/giảm (%)",
        ["2023 | 6.180 | 2,1", "2024 | 7.610 | 23,1"],
    )
    assert parse_article(page, filename="page.html").trade_figures == ()


def test_a_row_of_the_whole_country_s_trade_with_china_counts_from_vietnam_s_side() -> None:
    table = (
        "Kim ngạch xuất nhập khẩu tháng 9/2024 (Đơn vị: triệu USD) | | | |\n"
        "Địa bàn | Xuất khẩu | Nhập khẩu | Tổng kim ngạch | So với tháng 8 (%)\n"
        "Cả nước với Trung Quốc | 6.842 | 13.615 | 20.457 | +4,2\n"
        "Qua cửa khẩu tỉnh Lạng Sơn | 415 | 432 | 847 | +11,3\n"
    )
    # A change against the month before is no growth of the month's figure.
    assert _figures(table) == [
        ("Trung Quốc", 2024, "M9", "vn_export", 6_842_000_000, None),
        ("Trung Quốc", 2024, "M9", "vn_import", 13_615_000_000, None),
        ("Trung Quốc", 2024, "M9", "two-way", 20_457_000_000, None),
    ]
