"""Trade figures: the bilateral figures a reader would quote, and no other sum of money."""

from __future__ import annotations

from datetime import date

import pytest

from extract.numbers import find_amounts, parse_number
from extract.trade import Context, find_trade_figures, sentence_figures
from extract.types import NATIONAL, TradeFigure

NO_CONTEXT = Context()


def _only(sentence: str, context: Context = NO_CONTEXT) -> TradeFigure:
    figures = sentence_figures(sentence, context)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        ("56,2", "56.2"),
        ("2.000", "2000"),
        ("500.000", "500000"),
        ("1.234,5", "1234.5"),
        ("56.2", "56.2"),
        ("17", "17"),
        ("1,234,567", "1234567"),
    ],
)
def test_vietnamese_number_notation(literal: str, value: str) -> None:
    assert str(parse_number(literal)) == value


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("đạt 48,24 tỷ USD", 48_240_000_000),
        ("đạt 500.000 USD", 500_000),
        ("đạt 350 triệu USD", 350_000_000),
        ("chỉ 800 nghìn USD", 800_000),
        ("1,5 tỷ đô la Mỹ", 1_500_000_000),
        ("2 nghìn tỷ USD", 2_000_000_000_000),
        # a sum told in two scales, and one written the English way
        ("đạt hơn 1 tỷ 200 triệu USD", 1_200_000_000),
        ("đạt US$ 143,2 billion", 143_200_000_000),
        ("đạt USD 2,5 tỷ", 2_500_000_000),
    ],
)
def test_amounts_in_dollars(text: str, usd: int) -> None:
    (amount,) = find_amounts(text)
    assert amount.currency == "USD"
    assert int(amount.value) == usd


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2023, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 12,5 tỷ USD, "
            "tăng 8,3% so với năm 2022.",
            ("Vân Nam", 2023, "full_year", "two-way", 12_500_000_000, 8.3, False),
        ),
        (
            "6 tháng đầu năm 2024, kim ngạch xuất nhập khẩu giữa Việt Nam và Quảng Tây ước đạt "
            "14,2 tỷ USD, giảm 3%.",
            ("Quảng Tây", 2024, "H1", "two-way", 14_200_000_000, -3.0, True),
        ),
        (
            "Quý I/2025, xuất khẩu của Việt Nam sang Hải Nam đạt 350 triệu USD.",
            ("Hải Nam", 2025, "Q1", "vn_export", 350_000_000, None, False),
        ),
        # the months or quarters counted in words
        (
            "Thương mại giữa Hải Nam và Việt Nam trong ba quý đầu năm 2025 đạt 1,35 tỷ USD.",
            ("Hải Nam", 2025, "M1-M9", "two-way", 1_350_000_000, None, False),
        ),
        (
            "Xuất khẩu của Việt Nam sang Vân Nam trong tám tháng đầu năm 2025 đạt 2 tỷ USD.",
            ("Vân Nam", 2025, "M1-M8", "vn_export", 2_000_000_000, None, False),
        ),
        (
            "Trong quý III năm 2024, Việt Nam nhập khẩu từ Quảng Đông gần 9 tỷ USD.",
            ("Quảng Đông", 2024, "Q3", "vn_import", 9_000_000_000, None, True),
        ),
        (
            "Tháng 5/2024, kim ngạch xuất khẩu của Quảng Tây sang Việt Nam đạt 1,2 tỷ USD.",
            ("Quảng Tây", 2024, "M5", "vn_import", 1_200_000_000, None, False),
        ),
        (
            "Quảng Tây nhập khẩu từ Việt Nam 5 tỷ USD trong năm 2022.",
            ("Quảng Tây", 2022, "full_year", "vn_export", 5_000_000_000, None, False),
        ),
        (
            "Kim ngạch thương mại song phương Việt Nam - Trung Quốc năm 2024 đạt 205,2 tỷ USD, "
            "tăng 19%.",
            ("Trung Quốc", 2024, "full_year", "two-way", 205_200_000_000, 19.0, False),
        ),
        (
            "11 tháng đầu năm 2023, kim ngạch thương mại hai chiều Việt - Trung đạt hơn "
            "155 tỷ USD.",
            ("Trung Quốc", 2023, "M1-M11", "two-way", 155_000_000_000, None, True),
        ),
        (
            "Kim ngạch xuất khẩu của Việt Nam sang Trung Quốc trong 9 tháng đầu năm 2024 đạt "
            "45 tỷ USD, tăng 20%.",
            ("Trung Quốc", 2024, "M1-M9", "vn_export", 45_000_000_000, 20.0, False),
        ),
        (
            "Mười tháng năm 2025, kim ngạch thương mại Việt Nam - Trung Quốc đạt 190 tỷ USD.",
            ("Trung Quốc", 2025, "M1-M10", "two-way", 190_000_000_000, None, False),
        ),
        (
            "Tính đến hết tháng 10/2024, kim ngạch thương mại Việt Nam - Trung Quốc đạt "
            "167 tỷ USD.",
            ("Trung Quốc", 2024, "M1-M10", "two-way", 167_000_000_000, None, False),
        ),
        (
            "Kim ngạch thương mại hai nước năm 2023 đạt 171,9 tỷ USD.",
            ("Trung Quốc", 2023, "full_year", "two-way", 171_900_000_000, None, False),
        ),
        (
            "Kim ngạch thương mại giữa Việt Nam và Thanh Hải năm 2023 đạt 500.000 USD.",
            ("Thanh Hải", 2023, "full_year", "two-way", 500_000, None, False),
        ),
        (
            "Kim ngạch thương mại Việt Nam - Phúc Kiến năm 2024 đạt 6.5 tỷ USD.",
            ("Phúc Kiến", 2024, "full_year", "two-way", 6_500_000_000, None, False),
        ),
        (
            "Thương mại giữa Việt Nam và Quảng Tây năm 2023 tăng 12% lên 38 tỷ USD.",
            ("Quảng Tây", 2023, "full_year", "two-way", 38_000_000_000, 12.0, False),
        ),
        (
            "Năm 2022, kim ngạch thương mại giữa Việt Nam và Tây Tạng chỉ đạt 800 nghìn USD.",
            ("Tây Tạng", 2022, "full_year", "two-way", 800_000, None, False),
        ),
        (
            "11 tháng năm 2025, thương mại Việt Nam với Trung Quốc đại lục đạt hơn 230 tỉ USD.",
            ("Trung Quốc", 2025, "M1-M11", "two-way", 230_000_000_000, None, True),
        ),
        # a part of the year named right after the year that opens the sentence
        (
            "Bước sang năm 2025, 6 tháng đầu năm kim ngạch hai chiều giữa Việt Nam và Cam Túc "
            "đã đạt hơn 1,6 tỷ USD.",
            ("Cam Túc", 2025, "H1", "two-way", 1_600_000_000, None, True),
        ),
        # an upper bound is approximate
        (
            "Năm 2025, thương mại hai chiều giữa Việt Nam và Vân Nam chưa đến 7 tỉ USD.",
            ("Vân Nam", 2025, "full_year", "two-way", 7_000_000_000, None, True),
        ),
        (
            "Quý I/2025, xuất khẩu của Việt Nam sang Hải Nam dưới 300 triệu USD, giảm 12%.",
            ("Hải Nam", 2025, "Q1", "vn_export", 300_000_000, -12.0, True),
        ),
        # a period phrase opening the clause after a colon that goes on from the year
        (
            "Từ đầu năm 2025, thương mại đã phục hồi rõ nét: 10 tháng đầu năm, kim ngạch hai "
            "chiều giữa Việt Nam và Phúc Kiến đạt xấp xỉ 11,8 tỷ USD, tăng 6,1%.",
            ("Phúc Kiến", 2025, "M1-M10", "two-way", 11_800_000_000, 6.1, True),
        ),
        (
            "Sang năm 2025, quý I thương mại Việt Nam - Quảng Tây đạt 10 tỷ USD.",
            ("Quảng Tây", 2025, "Q1", "two-way", 10_000_000_000, None, False),
        ),
        # how the trade moved to the amount
        (
            "Năm 2023, kim ngạch thương mại Việt Nam - Quảng Tây giảm, rồi năm 2024 bật lên 42 tỷ "
            "USD, tăng 19%.",
            ("Quảng Tây", 2024, "full_year", "two-way", 42_000_000_000, 19.0, False),
        ),
    ],
)
def test_bilateral_figures(sentence: str, expected: tuple[object, ...]) -> None:
    figure = _only(sentence)
    found = (
        figure.province,
        figure.year,
        figure.period,
        figure.kind,
        figure.value_usd,
        figure.growth_pct,
        figure.approximate,
    )
    assert found == expected
    assert figure.quote == sentence


def test_a_total_and_its_exports_and_imports_in_one_sentence() -> None:
    figures = sentence_figures(
        "Kim ngạch thương mại giữa Việt Nam và Hồ Nam năm 2023 đạt 4,8 tỷ USD, trong đó xuất "
        "khẩu đạt 2,2 tỷ USD, nhập khẩu đạt 2,6 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.province, f.year, f.kind, f.value_usd) for f in figures] == [
        ("Hồ Nam", 2023, "two-way", 4_800_000_000),
        ("Hồ Nam", 2023, "vn_export", 2_200_000_000),
        ("Hồ Nam", 2023, "vn_import", 2_600_000_000),
    ]


def test_after_a_breakdown_closed_by_a_semicolon_the_total_goes_on() -> None:
    figures = sentence_figures(
        "Năm 2023, kim ngạch thương mại giữa Việt Nam và Hồ Bắc đạt 3,9 tỷ USD, trong đó Việt "
        "Nam xuất khẩu sang Hồ Bắc 1,1 tỷ USD; 4 tháng đầu năm 2024 đạt 1,4 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.year, f.period, f.kind, f.value_usd) for f in figures] == [
        (2023, "full_year", "two-way", 3_900_000_000),
        (2023, "full_year", "vn_export", 1_100_000_000),
        (2024, "M1-M4", "two-way", 1_400_000_000),
    ]


def test_a_total_whose_parties_only_its_breakdown_names() -> None:
    figures = sentence_figures(
        "Quý II/2025, kim ngạch đạt 51,3 tỷ USD, tăng 9,2%; trong đó Việt Nam xuất khẩu sang "
        "Trung Quốc 14,6 tỷ USD, nhập khẩu 36,7 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.province, f.period, f.kind, f.value_usd, f.growth_pct) for f in figures] == [
        ("Trung Quốc", "Q2", "two-way", 51_300_000_000, 9.2),
        ("Trung Quốc", "Q2", "vn_export", 14_600_000_000, None),
        ("Trung Quốc", "Q2", "vn_import", 36_700_000_000, None),
    ]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "song cả năm 2024 vẫn ghi nhận mức kỷ lục 30,5 tỷ USD",
            [("Phúc Kiến", 2024, "full_year", "two-way", 30_500_000_000)],
        ),
        (
            "nhưng cả năm 2024 đã đạt 30,5 tỷ USD",
            [("Phúc Kiến", 2024, "full_year", "two-way", 30_500_000_000)],
        ),
        ("còn vốn đầu tư của Phúc Kiến năm 2024 đạt 3 tỷ USD", []),
    ],
)
def test_a_turn_after_a_figure_and_its_cause_gives_the_same_trade_s_next_figure(
    turn: str, expected: list[tuple[object, ...]]
) -> None:
    sentence = (
        "Tháng 2/2025, thương mại Việt Nam - Phúc Kiến đạt 2,1 tỷ USD, giảm 4% so với cùng kỳ "
        f"do trùng kỳ nghỉ Tết, {turn}."
    )
    figures = sentence_figures(sentence, NO_CONTEXT)
    assert [(f.province, f.year, f.period, f.kind, f.value_usd) for f in figures[1:]] == expected


def test_a_province_s_world_trade_is_not_its_trade_with_vietnam_inside_it() -> None:
    figures = sentence_figures(
        "Năm 2024, kim ngạch xuất nhập khẩu của Quảng Tây đạt 705 tỷ NDT, trong đó với Việt Nam "
        "đạt 288 tỷ NDT.",
        NO_CONTEXT,
    )
    assert [(f.province, f.value, f.currency) for f in figures] == [
        ("Quảng Tây", 288_000_000_000, "CNY")
    ]


def test_exports_and_imports_both_ways_in_one_sentence() -> None:
    figures = sentence_figures(
        "Năm 2024, Việt Nam xuất khẩu sang Vân Nam 2,1 tỷ USD và nhập khẩu từ Vân Nam 3,4 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.kind, f.value_usd) for f in figures] == [
        ("vn_export", 2_100_000_000),
        ("vn_import", 3_400_000_000),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, hàng Việt Nam bán sang Vân Nam đạt 2,1 tỷ USD, còn chiều ngược lại là 3,4 tỷ "
        "USD.",
        "Năm 2024, Vân Nam nhập khẩu từ Việt Nam 2,1 tỷ USD, ở chiều ngược lại đạt 3,4 tỷ USD.",
    ],
)
def test_the_other_way_is_the_direction_opposite_to_the_one_just_told(sentence: str) -> None:
    figures = sentence_figures(sentence, NO_CONTEXT)
    assert [(f.province, f.kind, f.value_usd) for f in figures] == [
        ("Vân Nam", "vn_export", 2_100_000_000),
        ("Vân Nam", "vn_import", 3_400_000_000),
    ]


def test_each_clause_s_respectively_pairs_its_own_amounts() -> None:
    figures = sentence_figures(
        "Năm 2024, kim ngạch thương mại của Việt Nam với Tứ Xuyên và Trùng Khánh lần lượt đạt "
        "4,12 tỷ USD và 2,86 tỷ USD, tăng lần lượt 15,6% và 9,8%; trong đó xuất khẩu của Việt "
        "Nam sang hai địa phương lần lượt đạt 1,35 tỷ USD và 0,97 tỷ USD.",
        NO_CONTEXT,
    )
    # The second clause's 'hai địa phương' names no province to pair with: nothing is guessed.
    assert [(f.province, f.kind, f.value_usd, f.growth_pct) for f in figures] == [
        ("Tứ Xuyên", "two-way", 4_120_000_000, 15.6),
        ("Trùng Khánh", "two-way", 2_860_000_000, 9.8),
    ]


def test_respectively_pairs_amounts_with_trade_words_or_provinces() -> None:
    by_kind = sentence_figures(
        "Năm 2023, kim ngạch xuất khẩu và nhập khẩu giữa Việt Nam và Quảng Tây lần lượt đạt "
        "10 tỷ USD và 12 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.kind, f.value_usd) for f in by_kind] == [
        ("vn_export", 10_000_000_000),
        ("vn_import", 12_000_000_000),
    ]
    by_province = sentence_figures(
        "Năm 2023, kim ngạch thương mại giữa Việt Nam với Quảng Tây và Vân Nam lần lượt đạt "
        "40 tỷ USD và 5 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.province, f.value_usd) for f in by_province] == [
        ("Quảng Tây", 40_000_000_000),
        ("Vân Nam", 5_000_000_000),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # each trade word with its own partner, the Chinese side acting
        "Năm 2023, Quảng Tây xuất khẩu sang Việt Nam và nhập khẩu từ Việt Nam lần lượt đạt "
        "12 tỷ USD và 10 tỷ USD.",
        # Vietnam acting, the province named with each word
        "Năm 2023, Việt Nam nhập khẩu từ Quảng Tây và xuất khẩu sang Quảng Tây lần lượt đạt "
        "12 tỷ USD và 10 tỷ USD.",
    ],
)
def test_respectively_reads_each_trade_word_with_its_own_partner(sentence: str) -> None:
    assert [(f.province, f.kind, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)] == [
        ("Quảng Tây", "vn_import", 12_000_000_000),
        ("Quảng Tây", "vn_export", 10_000_000_000),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Trung Quốc là thị trường xuất khẩu lớn thứ hai của Việt Nam với kim ngạch năm 2024 "
            "đạt 61,2 tỷ USD.",
            "vn_export",
        ),
        (
            "Trung Quốc là thị trường nhập khẩu lớn nhất của Việt Nam với kim ngạch năm 2024 "
            "đạt 61,2 tỷ USD.",
            "vn_import",
        ),
        (
            "Việt Nam là thị trường xuất khẩu lớn nhất của Trung Quốc trong ASEAN với kim ngạch "
            "năm 2024 đạt 61,2 tỷ USD.",
            "vn_import",
        ),
    ],
)
def test_a_market_for_one_side_s_sales_gives_the_kind_of_its_amount(sentence: str, kind: str):
    assert [(f.province, f.kind) for f in sentence_figures(sentence, NO_CONTEXT)] == [
        ("Trung Quốc", kind)
    ]


def test_a_product_group_as_the_sentence_s_subject_makes_no_total() -> None:
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    total = "Năm 2024, thế mạnh là xuất khẩu sang Trung Quốc, chỉ đạt 3,6 tỷ USD."
    product = "Nhóm hàng rau quả, thế mạnh xuất khẩu sang Trung Quốc, năm 2024 chỉ đạt 3,6 tỷ USD."
    assert [f.value_usd for f in sentence_figures(total, national)] == [3_600_000_000]
    assert sentence_figures(product, national) == []


@pytest.mark.parametrize(
    "subject",
    ["Riêng nhóm rau quả xuất khẩu", "Sầu riêng xuất khẩu", "Nông sản xuất khẩu"],
)
def test_a_product_named_before_the_trade_word_makes_no_total(subject: str) -> None:
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    sentence = f"6 tháng đầu năm 2025, {subject} sang Trung Quốc đạt khoảng 1,9 tỷ USD, giảm 18%."
    assert sentence_figures(sentence, national) == []


@pytest.mark.parametrize(
    ("topic", "product"),
    [
        ("Riêng thủy sản, sau hai tháng tăng,", True),
        ("Riêng mặt hàng cà phê,", True),
        ("Tính riêng hạt điều,", True),
        ("Riêng tháng 4,", False),
    ],
)
def test_a_product_singled_out_as_the_topic_makes_no_total(topic: str, product: bool) -> None:
    national = Context(
        main_province="Trung Quốc",
        national=True,
        reference_year=2025,
        reference_day=date(2025, 5, 9),
    )
    sentences = [
        "4 tháng đầu năm 2025, xuất khẩu của Việt Nam sang Trung Quốc đạt 19,8 tỷ USD.",
        f"{topic} xuất khẩu tháng 4 đạt 210 triệu USD nhờ giá hồi phục.",
    ]
    found = [f.value_usd for f in find_trade_figures(sentences, national)]
    assert found == ([19_800_000_000] if product else [19_800_000_000, 210_000_000])


@pytest.mark.parametrize(
    "source",
    [
        "Theo số liệu của Hải quan Hàng Châu",
        "Theo Cục Thống kê Hàng Châu",
        "Theo số liệu thống kê hàng tháng",
        "Theo báo cáo hàng quý của Hải quan Ninh Ba",
    ],
)
def test_hang_in_a_place_s_name_or_telling_every_month_names_no_product(source: str) -> None:
    sentence = (
        f"{source}, 6 tháng năm 2024, kim ngạch thương mại Việt Nam – Chiết Giang đạt 9,5 tỷ "
        "USD, tăng 7,1% so với cùng kỳ năm trước."
    )
    figure = _only(sentence)
    assert (figure.province, figure.period, figure.value_usd) == (
        "Chiết Giang",
        "H1",
        9_500_000_000,
    )


@pytest.mark.parametrize(
    ("what", "total"),
    [
        ("sầu riêng", False),
        ("thanh long", False),
        ("hàng thủy sản", False),
        ("hàng hóa", True),
        (", chủ yếu là sầu riêng", True),
    ],
)
def test_a_product_named_right_after_the_amount_makes_no_total(what: str, total: bool) -> None:
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    sentence = f"Năm 2024, Việt Nam xuất khẩu sang Trung Quốc khoảng 2,8 tỷ USD {what}.".replace(
        " ,", ","
    )
    found = [f.value_usd for f in sentence_figures(sentence, national)]
    assert found == ([2_800_000_000] if total else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2024, thương mại VN - Vân Nam đạt 4,7 tỉ USD, tăng 11,2% so với năm trước.",
            ("Vân Nam", 2024, "two-way", 4_700_000_000, 11.2),
        ),
        (
            "Xuất khẩu của VN sang Quảng Tây năm 2024 đạt 15,3 tỉ USD, tăng 10,7%.",
            ("Quảng Tây", 2024, "vn_export", 15_300_000_000, 10.7),
        ),
        (
            "6 tháng đầu năm 2025, VN nhập khẩu từ Quảng Đông 14,2 tỷ USD.",
            ("Quảng Đông", 2025, "vn_import", 14_200_000_000, None),
        ),
        (
            "Năm 2024, kim ngạch thương mại Viet Nam - Quảng Tây đạt 42 tỷ USD.",
            ("Quảng Tây", 2024, "two-way", 42_000_000_000, None),
        ),
        (
            # 'ta' as ministries write it: 'our' exports
            "Năm 2024, xuất khẩu của ta sang Quảng Tây đạt 15,3 tỉ USD, tăng 10,7%.",
            ("Quảng Tây", 2024, "vn_export", 15_300_000_000, 10.7),
        ),
    ],
)
def test_vietnam_by_its_short_names_is_a_party(sentence: str, expected: tuple[object, ...]) -> None:
    f = _only(sentence)
    assert (f.province, f.year, f.kind, f.value_usd, f.growth_pct) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list the colon opens goes on after its first figure
        (
            "Thương mại giữa Việt Nam và Tây Tạng còn rất khiêm tốn: năm 2024 chỉ khoảng 850.000 "
            "USD, 10 tháng năm 2025 đạt 2.150 nghìn USD.",
            [("Tây Tạng", 2024, "full_year", 850_000), ("Tây Tạng", 2025, "M1-M10", 2_150_000)],
        ),
        # a Chinese party as the sentence's topic
        (
            "Với Phúc Kiến, thương mại tăng đều: riêng tháng 10/2025 đạt 1.234,5 triệu USD.",
            [("Phúc Kiến", 2025, "M10", 1_234_500_000)],
        ),
        # goods in general between the trade word and its partner
        (
            "Xuất khẩu hàng hóa sang Trung Quốc tháng 10/2025 ước đạt 6,25 tỷ USD.",
            [("Trung Quốc", 2025, "M10", 6_250_000_000)],
        ),
        # the parties described as bordering ('giáp biên'), not border trade
        (
            "9 tháng năm 2025, kim ngạch thương mại giữa Việt Nam với hai địa phương giáp biên là "
            "Vân Nam và Quảng Tây lần lượt đạt 4,12 tỷ USD và 24,6 tỷ USD.",
            [
                ("Vân Nam", 2025, "M1-M9", 4_120_000_000),
                ("Quảng Tây", 2025, "M1-M9", 24_600_000_000),
            ],
        ),
        # an aside between dashes or in brackets saying what the parties are
        (
            "Thương mại giữa Việt Nam với Vân Nam và Quảng Tây – hai tỉnh có đường biên giới dài "
            "nhất – 6 tháng năm 2025 đạt lần lượt 2,1 tỷ USD và 12,3 tỷ USD.",
            [("Vân Nam", 2025, "H1", 2_100_000_000), ("Quảng Tây", 2025, "H1", 12_300_000_000)],
        ),
        (
            "Thương mại Việt Nam với Quảng Đông - tỉnh có nền kinh tế lớn nhất - năm 2024 đạt "
            "55 tỷ USD.",
            [("Quảng Đông", 2024, "full_year", 55_000_000_000)],
        ),
        (
            "Xuất khẩu của Việt Nam sang Tứ Xuyên (một địa phương nằm sâu trong nội địa) quý "
            "III/2025 đạt 310 triệu USD.",
            [("Tứ Xuyên", 2025, "Q3", 310_000_000)],
        ),
        # an aside that is no description of the party: a border gate, a trade word of its own
        (
            "Xuất khẩu của Việt Nam sang Vân Nam (qua các cửa khẩu ở Hà Khẩu) năm 2024 đạt 1,1 tỷ "
            "USD.",
            [],
        ),
        (
            "Xuất khẩu của Việt Nam sang Vân Nam - tỉnh nhập khẩu nhiều hoa tươi - năm 2024 đạt "
            "1,1 tỷ USD.",
            [],
        ),
    ],
)
def test_less_common_ways_of_naming_the_partner(sentence: str, expected: list[tuple]) -> None:
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    found = [
        (f.province, f.year, f.period, f.value_usd) for f in sentence_figures(sentence, national)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        ("giữa Việt Nam và toàn tỉnh Phúc Kiến", [("Phúc Kiến", 2023, 11_400_000_000)]),
        ("của Việt Nam với toàn Khu tự trị Quảng Tây", [("Quảng Tây", 2023, 11_400_000_000)]),
        # the whole province's trade with the world, or a whole province named by no name
        ("của toàn tỉnh Phúc Kiến", []),
        ("của toàn tỉnh Phúc Kiến với thế giới", []),
        ("giữa Việt Nam và toàn tỉnh", []),
    ],
)
def test_the_whole_of_a_province_named_after_vietnam_is_that_province(
    parties: str, expected: list[tuple]
) -> None:
    sentence = (
        f"Theo số liệu của Hải quan Hạ Môn, kim ngạch {parties} năm 2023 đạt gần 11,4 tỉ USD."
    )
    found = [(f.province, f.year, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # China owning a name for one of its places is no party: which place, the sentence
        # does not say.
        (
            '"Thủ phủ lốp xe" của Trung Quốc mua cao su Việt Nam kỷ lục, thương mại với Việt Nam '
            "6 tháng gần 10 tỷ USD",
            [],
        ),
        (
            "Thủ phủ lốp xe của Trung Quốc mua cao su Việt Nam kỷ lục, thương mại với Việt Nam 6 "
            "tháng gần 10 tỷ USD",
            [],
        ),
        # China named as the partner still is.
        (
            "Thương mại của Việt Nam với Trung Quốc 6 tháng đầu năm 2025 đạt 90 tỷ USD",
            [("Trung Quốc", 2025, "H1", 90_000_000_000)],
        ),
    ],
)
def test_china_owning_a_name_for_one_of_its_places_is_no_party(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    context = Context(
        main_province="Sơn Đông", reference_year=2025, reference_day=date(2025, 7, 28)
    )
    found = [
        (f.province, f.year, f.period, f.value_usd) for f in sentence_figures(sentence, context)
    ]
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2025 kim ngạch thương mại giữa Phúc Kiến và Việt Nam đạt 21,5 tỷ USD, tăng 7,4%, "
        "đứng thứ ba trong các địa phương Trung Quốc; quý I/2026 đạt 5,1 tỷ USD, tăng 6,2%.",
        "Năm 2025 kim ngạch thương mại giữa Phúc Kiến và Việt Nam đạt 21,5 tỷ USD, tăng 7,4%, "
        "tiếp tục dẫn đầu các tỉnh của Trung Quốc; quý I/2026 đạt 5,1 tỷ USD, tăng 6,2%.",
    ],
)
def test_china_naming_the_places_a_province_is_ranked_among_is_no_party(sentence: str) -> None:
    context = Context(reference_year=2026, reference_day=date(2026, 4, 16))
    found = [
        (f.province, f.year, f.period, f.growth_pct) for f in sentence_figures(sentence, context)
    ]
    assert found == [("Phúc Kiến", 2025, "full_year", 7.4), ("Phúc Kiến", 2026, "Q1", 6.2)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Với Ma Cao (Trung Quốc), xuất khẩu 11 tháng đạt 1,4 tỷ USD, giảm 8,3%, trong khi "
            "nhập khẩu chỉ khoảng 0,6 tỷ USD.",
            [
                ("Ma Cao", 2025, "M1-M11", "vn_export", 1_400_000_000, -8.3),
                ("Ma Cao", 2025, "M1-M11", "vn_import", 600_000_000, None),
            ],
        ),
        (
            "Đối với Phúc Kiến, nhập khẩu 11 tháng đạt 9,2 tỷ USD.",
            [("Phúc Kiến", 2025, "M1-M11", "vn_import", 9_200_000_000, None)],
        ),
        # Vietnam named after the topic: the trade word's own parties speak.
        (
            "Với Phúc Kiến, nhập khẩu từ Việt Nam 11 tháng đạt 4,1 tỷ USD.",
            [("Phúc Kiến", 2025, "M1-M11", "vn_export", 4_100_000_000, None)],
        ),
    ],
)
def test_exports_or_imports_with_the_chinese_party_the_sentence_opens_on(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    national = Context(
        main_province="Trung Quốc",
        national=True,
        reference_year=2025,
        reference_day=date(2025, 12, 20),
    )
    found = [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, national)
    ]
    assert found == expected


def test_border_trade_with_a_province_is_no_total() -> None:
    sentence = "Năm 2024, kim ngạch thương mại biên giới với Quảng Tây đạt 5 tỷ USD."
    national = Context(main_province="Trung Quốc", national=True)
    assert sentence_figures(sentence, national) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ở phía Việt Nam, năm 2025 Lạng Sơn xuất khẩu sang Trung Quốc khoảng 1,4 tỷ USD.",
        "Năm 2025, Việt Nam nhập khẩu nhiều từ Trung Quốc, trong khi Cao Bằng xuất khẩu sang "
        "Trung Quốc khoảng 0,6 tỷ USD.",
        "Năm 2025, phía Việt Nam, Bắc Giang là địa phương nhập khẩu từ Trung Quốc lớn nhất với "
        "khoảng 9,5 tỷ USD.",
    ],
)
def test_a_vietnamese_province_trading_with_china_gives_no_national_figure(sentence: str) -> None:
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    assert sentence_figures(sentence, national) == []


@pytest.mark.parametrize(
    "aside",
    [
        "tỉnh có chung đường biên giới với các tỉnh Hà Giang, Cao Bằng và Lào Cai của Việt Nam",
        "tỉnh giáp Lào Cai",
    ],
)
def test_vietnam_s_places_in_what_a_province_is_between_dashes_are_no_party(aside: str) -> None:
    sentence = (
        "Năm 2024, thương mại Việt Nam - Quảng Tây đạt 51 tỷ USD, trong khi Vân Nam - "
        f"{aside} - chỉ đạt khoảng 2,3 tỷ USD, giảm 4,2%."
    )
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    found = [
        (f.province, f.year, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, national)
    ]
    assert found == [
        ("Quảng Tây", 2024, 51_000_000_000, None),
        ("Vân Nam", 2024, 2_300_000_000, -4.2),
    ]


def test_a_year_already_reached_is_no_goal_in_an_article_on_the_two_countries() -> None:
    national = Context(main_province="Trung Quốc", national=True, reference_year=2025)
    reached = "Đến năm 2000, thương mại hai chiều đã lên 2,47 tỷ USD."
    goal = "Đến năm 2030, thương mại hai chiều phấn đấu đạt 300 tỷ USD."
    assert [(f.province, f.year, f.value_usd) for f in sentence_figures(reached, national)] == [
        ("Trung Quốc", 2000, 2_470_000_000)
    ]
    assert sentence_figures(goal, national) == []
    # 'hai chiều' alone is the two countries' only in an article on them
    assert sentence_figures(reached, Context(reference_year=2025)) == []


def test_a_trade_said_to_go_well_then_a_colon_and_its_figures_clause_by_clause() -> None:
    sentence = (
        "Thương mại giữa Việt Nam và Hồ Bắc tăng trưởng ấn tượng: năm 2024 đạt 2,03 tỷ USD, tăng "
        "12,5%, tương đương khoảng 14,6 tỷ NDT; 5 tháng đầu năm 2025 đạt 980 triệu USD."
    )
    assert [
        (f.year, f.period, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, NO_CONTEXT)
    ] == [(2024, "full_year", 2_030_000_000, 12.5), (2025, "M1-M5", 980_000_000, None)]
    # a product before the colon makes it no total
    product = "Xuất khẩu nông sản sang Hồ Bắc gặp khó: năm 2024 đạt 500 triệu USD."
    assert sentence_figures(product, NO_CONTEXT) == []


@pytest.mark.parametrize(
    "trend",
    [
        "Quan hệ thương mại giữa Việt Nam và Hồ Bắc thời gian qua phát triển khá",
        "Thương mại giữa Việt Nam và Hồ Bắc phát triển tốt",
        "Thương mại giữa Việt Nam và Hồ Bắc những năm gần đây phát triển thuận lợi",
    ],
)
def test_a_trade_said_to_go_fairly_well_then_a_colon_and_its_figure(trend: str) -> None:
    figures = sentence_figures(f"{trend}: năm 2024 đạt gần 2,1 tỷ USD.", NO_CONTEXT)
    assert [(f.province, f.year, f.value_usd, f.approximate) for f in figures] == [
        ("Hồ Bắc", 2024, 2_100_000_000, True)
    ]


@pytest.mark.parametrize(
    "trend",
    [
        "Kim ngạch thương mại giữa Việt Nam và Hồ Bắc tăng nhanh trong những năm gần đây",
        "Thương mại giữa Việt Nam và Hồ Bắc liên tục tăng trong những năm gần đây",
    ],
)
def test_a_trade_said_to_go_well_then_a_semicolon_and_a_clause_of_its_figure(trend: str) -> None:
    sentence = f"{trend}; 9 tháng đầu năm 2024 đạt 1,95 tỷ USD, tăng 12,3% so với cùng kỳ."
    assert [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, NO_CONTEXT)
    ] == [("Hồ Bắc", 2024, "M1-M9", "two-way", 1_950_000_000, 12.3)]
    # a product before the semicolon makes it no total
    product = "Xuất khẩu nông sản sang Hồ Bắc tăng nhanh gần đây; năm 2024 đạt 500 triệu USD."
    assert sentence_figures(product, NO_CONTEXT) == []


def test_changes_after_amounts_told_respectively_each_with_its_direction() -> None:
    sentence = (
        "Năm 2024, kim ngạch thương mại của Việt Nam với Tứ Xuyên và Quảng Tây lần lượt đạt "
        "6,95 tỷ USD và 3,46 tỷ USD, tăng 11,3% và giảm 4,2% so với năm 2023."
    )
    assert [(f.province, f.growth_pct) for f in sentence_figures(sentence, NO_CONTEXT)] == [
        ("Tứ Xuyên", 11.3),
        ("Quảng Tây", -4.2),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kim ngạch thương mại giữa Việt Nam và Giang Tô năm 2023 và 8 tháng đầu năm 2024 lần "
            "lượt đạt 21,4 tỷ USD và 15,7 tỷ USD, mức sau tăng 14,6% so với cùng kỳ.",
            [(2023, "full_year", 21_400_000_000, None), (2024, "M1-M8", 15_700_000_000, 14.6)],
        ),
        (
            "Năm 2023 và quý I/2024, kim ngạch thương mại giữa Việt Nam và Giang Tô lần lượt "
            "đạt khoảng 20 tỷ USD và 5,1 tỷ USD, mức trước tăng 3%, mức sau giảm 1,2%.",
            [(2023, "full_year", 20_000_000_000, 3.0), (2024, "Q1", 5_100_000_000, -1.2)],
        ),
        (
            "Thương mại Việt Nam - Giang Tô 6 tháng đầu năm 2023, năm 2023 và 6 tháng đầu năm "
            "2024 lần lượt đạt 9 tỷ USD, 20 tỷ USD và 10,5 tỷ USD.",
            [
                (2023, "H1", 9_000_000_000, None),
                (2023, "full_year", 20_000_000_000, None),
                (2024, "H1", 10_500_000_000, None),
            ],
        ),
    ],
)
def test_respectively_pairs_amounts_with_the_times_listed(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    figures = sentence_figures(sentence, NO_CONTEXT)
    assert {f.province for f in figures} == {"Giang Tô"}
    assert [(f.year, f.period, f.value_usd, f.growth_pct) for f in figures] == expected


def test_respectively_that_cannot_be_paired_reports_nothing() -> None:
    sentence = (
        "Năm 2023, kim ngạch thương mại giữa Việt Nam với Quảng Tây, Vân Nam và Hải Nam lần "
        "lượt đạt 40 tỷ USD và 5 tỷ USD."
    )
    assert sentence_figures(sentence, NO_CONTEXT) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Thương vụ tại Thượng Hải (Thượng Hải, An Huy, Giang Tây): ông Lê Văn An cho biết, ",
        "Ông Lê Văn An, Tham tán thương mại tại Bắc Kinh, cho biết ",
    ],
)
def test_respectively_pairs_amounts_with_the_provinces_listed_last(opening: str) -> None:
    # A Chinese place named before as the speaker's is none of the listed partners.
    sentence = (
        f"{opening}năm 2023, kim ngạch thương mại Việt Nam với An Huy và Giang Tây lần lượt "
        "đạt 4,2 tỷ USD và 1,6 tỷ USD, tăng 9,2% và 3,9%."
    )
    assert [
        (f.province, f.value_usd, f.growth_pct) for f in sentence_figures(sentence, NO_CONTEXT)
    ] == [("An Huy", 4_200_000_000, 9.2), ("Giang Tây", 1_600_000_000, 3.9)]


@pytest.mark.parametrize("change", [", tăng 7,9% so với cùng kỳ", ", tăng 7,9%"])
def test_an_earlier_year_s_sum_in_brackets_is_that_year_s_and_the_parts_are_the_total_s(
    change: str,
) -> None:
    sentence = (
        "6 tháng đầu năm 2025, kim ngạch thương mại giữa Việt Nam và tỉnh Cát Lâm đạt 520 triệu "
        f"USD{change} (cả năm 2024 đạt 980 triệu USD); trong đó Cát Lâm xuất khẩu sang Việt Nam "
        "300 triệu USD, nhập khẩu từ Việt Nam 220 triệu USD."
    )
    assert [
        (f.year, f.period, f.kind, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)
    ] == [
        (2025, "H1", "two-way", 520_000_000),
        (2024, "full_year", "two-way", 980_000_000),
        (2025, "H1", "vn_import", 300_000_000),
        (2025, "H1", "vn_export", 220_000_000),
    ]


def test_a_province_s_exports_to_vietnam_within_its_exports_to_a_bloc() -> None:
    figure = _only(
        "Năm 2023, Quảng Tây xuất khẩu sang các nước ASEAN 40 tỷ USD, trong đó sang Việt Nam "
        "20 tỷ USD."
    )
    assert (figure.province, figure.kind, figure.value_usd) == ("Quảng Tây", "vn_import", 20e9)


def test_growth_of_something_else_in_the_sentence_is_not_the_figure_s() -> None:
    figure = _only(
        "Năm 2023, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 5 tỷ USD, trong khi đầu tư "
        "tăng 20%."
    )
    assert figure.growth_pct is None


def test_a_yuan_figure_keeps_its_currency_and_is_not_converted() -> None:
    figure = _only(
        "Năm 2023, kim ngạch thương mại giữa Quảng Tây và Việt Nam đạt 300 tỷ nhân dân tệ."
    )
    assert (figure.value_usd, figure.value, figure.currency) == (None, 3e11, "CNY")


def test_a_yuan_figure_restated_in_dollars_takes_the_article_s_dollars() -> None:
    figure = _only(
        "Năm 2023, kim ngạch thương mại giữa Việt Nam với Quảng Tây đạt 300 tỷ NDT "
        "(khoảng 42 tỷ USD)."
    )
    assert (figure.value_usd, figure.currency, figure.approximate) == (42_000_000_000, "USD", True)


@pytest.mark.parametrize(
    ("after_the_change", "approximate"),
    [
        (" (tương đương khoảng 42 tỷ USD).", True),
        (" (khoảng 42 tỷ USD).", True),
        (" so với cùng kỳ (tương đương 42 tỷ USD).", False),
        (", tương đương 42 tỷ USD.", False),
    ],
)
def test_a_yuan_figure_restated_in_dollars_in_brackets_after_its_change(
    after_the_change: str, approximate: bool
) -> None:
    figure = _only(
        "Năm 2023, kim ngạch thương mại giữa Việt Nam với Quảng Tây đạt 300 tỷ NDT, tăng 11,2%"
        + after_the_change
    )
    assert (figure.value_usd, figure.currency, figure.growth_pct, figure.approximate) == (
        42_000_000_000,
        "USD",
        11.2,
        approximate,
    )


def test_another_year_s_dollars_in_brackets_after_a_change_restate_nothing() -> None:
    sentence = (
        "Năm 2024, kim ngạch thương mại giữa Việt Nam với Quảng Tây đạt 300 tỷ NDT, tăng 11,2% "
        "(năm 2023 đạt 38 tỷ USD)."
    )
    found = [(f.year, f.value_usd, f.currency) for f in sentence_figures(sentence, NO_CONTEXT)]
    assert found == [(2024, None, "CNY"), (2023, 38_000_000_000, "USD")]


@pytest.mark.parametrize(
    ("restated", "growth"),
    [
        ("; tính theo đồng USD, đạt khoảng 2,1 tỷ USD, tăng 8,9%.", 8.9),
        ("; quy ra USD, tương đương khoảng 2,1 tỷ USD.", None),  # the yuan's change is not its
    ],
)
def test_a_yuan_figure_restated_in_dollars_in_a_clause_of_its_own(
    restated: str, growth: float | None
) -> None:
    figure = _only(
        "Năm 2025, kim ngạch thương mại giữa Hắc Long Giang và Việt Nam đạt 15 tỷ NDT, tăng "
        f"9,4%{restated}"
    )
    assert (figure.province, figure.value_usd, figure.growth_pct, figure.approximate) == (
        "Hắc Long Giang",
        2_100_000_000,
        growth,
        True,
    )


@pytest.mark.parametrize(
    ("text", "dong"),
    [
        ("đạt 1,5 triệu tỷ đồng", 1_500_000_000_000_000),
        ("đạt 2,1 triệu tỉ đồng", 2_100_000_000_000_000),
        ("đạt 60 nghìn tỷ đồng", 60_000_000_000_000),
        ("đạt 75 ngàn tỷ đồng", 75_000_000_000_000),
    ],
)
def test_amounts_in_thousands_or_millions_of_billions_of_dong(text: str, dong: int) -> None:
    (amount,) = find_amounts(text)
    assert (amount.currency, int(amount.value)) == ("VND", dong)


def test_a_dong_figure_restated_in_dollars_takes_the_dollars_and_the_growth_after() -> None:
    figure = _only(
        "Kim ngạch hai chiều giữa Việt Nam và Quảng Đông năm 2025 đạt khoảng 1,5 triệu tỷ đồng "
        "(tương đương khoảng 58,2 tỷ USD), tăng 6,1% so với năm trước."
    )
    assert (figure.value_usd, figure.currency, figure.growth_pct, figure.approximate) == (
        58_200_000_000,
        "USD",
        6.1,
        True,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, kim ngạch thương mại giữa Hồ Nam và Việt Nam đạt 20,5 tỷ NDT, tăng 18,4%, "
        "tương đương khoảng 2,85 tỷ USD.",
        "Năm 2024, kim ngạch thương mại giữa Hồ Nam và Việt Nam đạt 20,5 tỷ NDT, tăng 18,4% so "
        "với cùng kỳ, quy đổi khoảng 2,85 tỷ USD.",
    ],
)
def test_a_yuan_figure_restated_in_dollars_after_its_change_takes_the_dollars(
    sentence: str,
) -> None:
    figure = _only(sentence)
    assert (figure.province, figure.value_usd, figure.growth_pct, figure.approximate) == (
        "Hồ Nam",
        2_850_000_000,
        18.4,
        True,
    )


def test_hai_ben_takes_the_article_s_province() -> None:
    figure = _only(
        "Kim ngạch thương mại hai chiều giữa hai bên năm 2024 đạt khoảng 42 tỷ USD.",
        Context(main_province="Quảng Tây"),
    )
    assert (figure.province, figure.approximate) == ("Quảng Tây", True)


def test_this_year_is_the_publication_year() -> None:
    figure = _only(
        "Năm ngoái, kim ngạch thương mại giữa Việt Nam và Hồ Bắc đạt 2 tỷ USD.",
        Context(reference_year=2024),
    )
    assert figure.year == 2023


def test_with_vietnam_inside_a_province_s_trade_with_a_bloc() -> None:
    figure = _only(
        "Năm 2023, kim ngạch thương mại giữa Vân Nam và ASEAN đạt 30 tỷ USD, trong đó với "
        "Việt Nam đạt 10 tỷ USD."
    )
    assert (figure.province, figure.value_usd) == ("Vân Nam", 10_000_000_000)


@pytest.mark.parametrize(
    "sentence",
    [
        # aid, GDP, investment
        "Chính phủ Trung Quốc viện trợ Việt Nam 1 triệu USD để khắc phục thiên tai.",
        "Quảng Tây đã ủng hộ Việt Nam 500.000 USD để khắc phục hậu quả bão lũ.",
        "GDP của Quảng Đông năm 2023 đạt 1.900 tỷ USD, gấp nhiều lần thương mại với Việt Nam.",
        "Vốn đầu tư của Quảng Đông vào Việt Nam năm 2023 đạt 5 tỷ USD.",
        "Năm 2023, thương mại và đầu tư giữa Việt Nam và Vân Nam đạt 3 tỷ USD vốn đăng ký.",
        # targets
        "Hai bên phấn đấu đưa kim ngạch thương mại Việt Nam - Vân Nam lên 20 tỷ USD vào năm 2030.",
        "Mục tiêu kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 50 tỷ USD đến năm 2030.",
        '"Chúng tôi mong muốn năm 2025 kim ngạch Quảng Tây - Việt Nam đạt 45 tỷ USD", ông nói.',
        # a province's trade with the world or with others
        "Năm 2023, tổng kim ngạch xuất nhập khẩu của Quảng Tây đạt 100 tỷ USD.",
        "Năm 2023, kim ngạch thương mại của Hải Nam với thế giới đạt 30 tỷ USD.",
        "Năm 2024, kim ngạch thương mại giữa Quảng Tây và ASEAN đạt 70 tỷ USD.",
        # Vietnam's trade with the world
        "Năm 2023, tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 683 tỷ USD.",
        "Năm 2023, kim ngạch xuất khẩu của Việt Nam đạt 355 tỷ USD, tăng 5%.",
        # Vietnamese provinces, border gates, products
        "Năm 2023, kim ngạch xuất nhập khẩu qua các cửa khẩu của Quảng Ninh đạt 5 tỷ USD.",
        "Kim ngạch thương mại giữa Quảng Ninh và Quảng Tây năm 2023 đạt 3 tỷ USD.",
        "Năm 2023, kim ngạch xuất nhập khẩu qua cửa khẩu Hữu Nghị đạt 1 tỷ USD.",
        "Năm 2023, xuất khẩu rau quả của Việt Nam sang Trung Quốc đạt 3,5 tỷ USD.",
        "Năm 2023, hàng thủy sản Việt Nam xuất sang Quảng Tây đạt 310 triệu USD.",
        # a city's trade is not its province's
        "Năm 2023, kim ngạch thương mại giữa Việt Nam và Thâm Quyến đạt 20 tỷ USD.",
        # balances and shares
        "Năm 2023, Việt Nam xuất siêu sang Vân Nam 1 tỷ USD.",
        "Quảng Đông chiếm 21,1% tổng kim ngạch xuất nhập khẩu song phương.",
        # no year anywhere
        "Kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 40 tỷ USD.",
        # not trade at all
        "Dự án cầu đường bộ qua sông biên giới có tổng vốn 20 triệu USD.",
        # sums over years
        "Tính từ năm 2015 đến nay, tổng kim ngạch thương mại Việt Nam - Quảng Tây đạt 250 tỷ USD.",
        "Trong giai đoạn 2016-2020, tổng kim ngạch hai chiều Việt Nam - Quảng Tây đạt 150 tỷ USD.",
        "Tính chung hai năm 2023 – 2024, thương mại Việt Nam - Quảng Tây đạt 80 tỷ USD.",
        # spans of months no calendar period is
        "Tính từ tháng 11/2023 đến tháng 10/2024, thương mại Việt Nam - Quảng Tây đạt 41 tỷ USD.",
        "Năm 2024, thương mại Việt Nam - Quảng Tây trong 12 tháng qua vượt 41 tỷ USD.",
    ],
)
def test_not_a_bilateral_trade_figure(sentence: str) -> None:
    assert sentence_figures(sentence, Context(main_province="Quảng Tây", reference_year=None)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2024, kim ngạch xuất nhập khẩu qua cặp cửa khẩu Thanh Thủy – Thiên Bảo chỉ đạt "
            "khoảng 15 triệu USD, rất nhỏ so với tiềm năng, trong khi kim ngạch thương mại giữa "
            "Việt Nam và tỉnh Vân Nam đạt hơn 4,8 tỷ USD.",
            [("Vân Nam", 2024, "full_year", "two-way", 4_800_000_000, True)],
        ),
        (
            "Năm 2023, kim ngạch qua cửa khẩu Lào Cai đạt 900 triệu USD, thấp hơn tiềm năng, còn "
            "kim ngạch thương mại giữa Việt Nam và tỉnh Vân Nam đạt 4,5 tỷ USD.",
            [("Vân Nam", 2023, "full_year", "two-way", 4_500_000_000, False)],
        ),
        (
            "Năm 2023, xuất nhập khẩu qua cửa khẩu Lào Cai đạt 900 triệu USD, trong lúc đó kim "
            "ngạch thương mại giữa Việt Nam và Vân Nam đạt 4,5 tỷ USD.",
            [("Vân Nam", 2023, "full_year", "two-way", 4_500_000_000, False)],
        ),
        (
            "Năm 2024, kim ngạch qua cặp cửa khẩu Thanh Thủy – Thiên Bảo chỉ khoảng 15 triệu USD, "
            "rất nhỏ so với kim ngạch thương mại giữa Việt Nam và Vân Nam là 4,8 tỷ USD.",
            [("Vân Nam", 2024, "full_year", "two-way", 4_800_000_000, False)],
        ),
        # set against a goal, the clause has no year of its own
        (
            "Mục tiêu đến năm 2030, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 10 tỷ USD, "
            "trong khi kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 30 tỷ USD.",
            [],
        ),
        # a clause naming no parties of its own goes on with the locality's trade
        (
            "Riêng Lào Cai, kim ngạch với Vân Nam năm 2024 đạt 2 tỷ USD, còn kim ngạch xuất khẩu "
            "đạt 800 triệu USD.",
            [],
        ),
    ],
)
def test_a_bilateral_clause_set_against_a_border_gate_s_figure_takes_the_sentence_s_year(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    figures = sentence_figures(sentence, Context(main_province="Vân Nam", reference_year=2025))
    assert [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.approximate) for f in figures
    ] == expected


def test_a_sentence_opening_with_trong_do_continues_the_figure_before_it() -> None:
    figures = find_trade_figures(
        [
            "9 tháng đầu năm 2024, kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc đạt "
            "148,6 tỷ USD, tăng 21,3%.",
            "Trong đó, xuất khẩu của Việt Nam sang Trung Quốc đạt 45,2 tỷ USD, nhập khẩu từ "
            "Trung Quốc đạt 103,4 tỷ USD.",
            "Riêng với Quảng Tây, kim ngạch thương mại 9 tháng đạt khoảng 20 tỷ USD.",
            "Hai bên nhất trí tăng cường hợp tác.",
            "Trong đó, xuất khẩu đạt 5 tỷ USD.",
        ],
        NO_CONTEXT,
    )
    assert [(f.province, f.year, f.period, f.kind, f.value_usd) for f in figures] == [
        ("Trung Quốc", 2024, "M1-M9", "two-way", 148_600_000_000),
        ("Trung Quốc", 2024, "M1-M9", "vn_export", 45_200_000_000),
        ("Trung Quốc", 2024, "M1-M9", "vn_import", 103_400_000_000),
        ("Quảng Tây", 2024, "M1-M9", "two-way", 20_000_000_000),
    ]


def test_the_same_figure_twice_is_reported_once_exact_over_approximate() -> None:
    figures = find_trade_figures(
        [
            "Kim ngạch thương mại Việt Nam - Quảng Đông năm 2024 đạt gần 57 tỷ USD.",
            "Cụ thể, kim ngạch thương mại Việt Nam - Quảng Đông năm 2024 đạt 56,2 tỷ USD.",
        ],
        NO_CONTEXT,
    )
    assert [(f.value_usd, f.approximate) for f in figures] == [(56_200_000_000, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2023, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 10 tỷ USD, tăng 20%; "
            "6 tháng đầu năm 2024 đạt 6 tỷ USD.",
            [(2023, "full_year", 20.0), (2024, "H1", None)],
        ),
        (
            "6 tháng đầu năm 2024, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 6 tỷ USD, "
            "giảm nhẹ 2%, riêng tháng 6/2024 đạt 900 triệu USD.",
            [(2024, "H1", -2.0), (2024, "M6", None)],
        ),
        (
            "Năm 2022, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 10 tỷ USD, năm 2023 tăng "
            "20% lên 12 tỷ USD.",
            [(2022, "full_year", None), (2023, "full_year", 20.0)],
        ),
    ],
)
def test_a_change_belongs_to_the_amount_it_is_written_with(
    sentence: str, expected: list[tuple[int, str, float | None]]
) -> None:
    figures = sentence_figures(sentence, NO_CONTEXT)
    assert [(f.year, f.period, f.growth_pct) for f in figures] == expected


@pytest.mark.parametrize(
    ("sentence", "context", "year", "period"),
    [
        (
            "Ba tháng đầu năm 2024, kim ngạch thương mại giữa Việt Nam và Hồ Nam đạt 1 tỷ USD.",
            NO_CONTEXT,
            2024,
            "Q1",
        ),
        (
            "Mười một tháng đầu năm 2023, kim ngạch giữa Việt Nam và Hồ Nam đạt 3 tỷ USD.",
            NO_CONTEXT,
            2023,
            "M1-M11",
        ),
        (
            "Theo hải quan tỉnh, 6 tháng đầu năm nay, kim ngạch giữa Hồ Nam và Việt Nam đạt "
            "2 tỷ USD.",
            Context(reference_year=2024),
            2024,
            "H1",
        ),
        (
            "Kim ngạch thương mại giữa Việt Nam và Hồ Nam đạt 2,5 tỷ USD trong 5 tháng đầu năm "
            "2024.",
            NO_CONTEXT,
            2024,
            "M1-M5",
        ),
    ],
)
def test_a_part_of_the_year_is_never_read_as_the_full_year(
    sentence: str, context: Context, year: int, period: str
) -> None:
    figure = _only(sentence, context)
    assert (figure.year, figure.period) == (year, period)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Tháng đầu năm 2026, kim ngạch giữa Việt Nam và Hồ Nam đạt 410 triệu USD.", "M1"),
        ("Trong tháng đầu tiên của năm 2026, kim ngạch Việt Nam - Hồ Nam đạt 410 triệu USD.", "M1"),
        ("Kim ngạch Việt Nam - Hồ Nam tháng đầu năm 2026 đạt 410 triệu USD.", "M1"),
        # the first months counted stay theirs
        ("Hai tháng đầu năm 2026, kim ngạch giữa Việt Nam và Hồ Nam đạt 410 triệu USD.", "M1-M2"),
        ("2 tháng đầu năm 2026, kim ngạch giữa Việt Nam và Hồ Nam đạt 410 triệu USD.", "M1-M2"),
    ],
)
def test_the_first_month_of_the_year_is_january(sentence: str, period: str) -> None:
    """'Tháng đầu năm 2026, …' (the first month): January, not the whole year."""
    figure = _only(sentence)
    assert (figure.year, figure.period) == (2026, period)


@pytest.mark.parametrize(
    ("after", "year", "period"),
    [
        ("trong 6 tháng đầu năm nay", 2025, "H1"),
        ("trong nửa đầu năm nay", 2025, "H1"),
        ("trong năm ngoái", 2024, "full_year"),
    ],
)
def test_the_article_s_year_told_right_after_the_amount(after: str, year: int, period: str) -> None:
    figure = _only(
        f"Kim ngạch thương mại Việt - Trung đạt gần 93 tỷ USD {after}.",
        Context(reference_year=2025),
    )
    assert (figure.year, figure.period) == (year, period)


def test_the_value_of_contracts_signed_is_no_trade_figure() -> None:
    sentence = (
        "Năm 2024, tại hội chợ, doanh nghiệp Việt Nam và Quảng Tây đã ký 5 hợp đồng thương mại "
        "với tổng giá trị hơn 320 triệu NDT."
    )
    assert sentence_figures(sentence, Context(reference_year=2024)) == []


def test_the_article_s_year_in_another_clause_after_the_amount_is_not_its_own() -> None:
    figures = sentence_figures(
        "Tám tháng đầu năm 2025, kim ngạch thương mại Việt - Trung đạt 160 tỷ USD, tăng 20% so "
        "với cùng kỳ, dù năm nay còn bốn tháng nữa.",
        Context(reference_year=2025),
    )
    assert [(f.year, f.period) for f in figures] == [(2025, "M1-M8")]


@pytest.mark.parametrize(
    ("time", "period"),
    [
        ("Nửa đầu 2025", "H1"),
        ("Từ tháng 7 đến tháng 12 năm 2025", "M7-M12"),
        ("Từ tháng 1 đến hết tháng 9 năm 2025", "M1-M9"),
    ],
)
def test_less_common_ways_of_writing_a_period(time: str, period: str) -> None:
    figure = _only(f"{time}, nhập khẩu của Việt Nam từ Trung Quốc đạt 84,2 tỷ USD.")
    assert (figure.year, figure.period) == (2025, period)


@pytest.mark.parametrize(
    "sentence",
    [
        "6 tháng cuối năm 2025, nhập khẩu của Việt Nam từ Trung Quốc đạt 84,2 tỷ USD.",
        "Nửa cuối năm 2025, nhập khẩu của Việt Nam từ Trung Quốc đạt 84,2 tỷ USD.",
        "Những tháng đầu năm 2025, nhập khẩu của Việt Nam từ Trung Quốc đạt 84,2 tỷ USD.",
        "Kỳ 1 tháng 12/2025, nhập khẩu của Việt Nam từ Trung Quốc đạt 8,2 tỷ USD.",
        "Tuần đầu tháng 12/2025, nhập khẩu của Việt Nam từ Trung Quốc đạt 2,2 tỷ USD.",
        "Nhập khẩu của Việt Nam từ Trung Quốc đạt 8,2 tỷ USD trong nửa đầu tháng 12/2025.",
    ],
)
def test_a_part_of_the_year_no_period_gives_is_not_read_as_another(sentence: str) -> None:
    """The last six months, some first months, half a month, a week: not the first half, the
    whole year or the whole month."""
    assert sentence_figures(sentence, NO_CONTEXT) == []


def test_the_year_s_figure_stays_beside_its_last_half_s() -> None:
    figures = sentence_figures(
        "Năm 2025, nhập khẩu của Việt Nam từ Trung Quốc đạt 184,2 tỷ USD, riêng nửa cuối năm "
        "đạt 100 tỷ USD.",
        NO_CONTEXT,
    )
    assert [(f.period, f.value_usd) for f in figures] == [("full_year", 184_200_000_000)]


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("Trong quý I-III năm 2025", "M1-M9"),
        ("Quý I - III/2025", "M1-M9"),
        ("3 quý đầu năm 2025", "M1-M9"),
        ("Ba quý đầu năm 2025", "M1-M9"),
        ("Quý II-III năm 2025", "M4-M9"),
    ],
)
def test_a_range_of_quarters_is_their_months_not_the_first_quarter(
    opening: str, period: str
) -> None:
    figure = _only(f"{opening}, kim ngạch giữa Việt Nam và Hồ Nam đạt 4 tỷ USD, tăng 6%.")
    assert (figure.year, figure.period, figure.growth_pct) == (2025, period, 6.0)


@pytest.mark.parametrize(
    ("opening", "period"),
    [("Riêng quý I-2025", "Q1"), ("Riêng tháng 3-2025", "M3"), ("Riêng quý II/2025", "Q2")],
)
def test_a_part_of_the_year_with_its_year_after_a_dash_is_of_that_year(
    opening: str, period: str
) -> None:
    figures = _passage(
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 42 tỷ USD.",
        f"{opening}, Quảng Tây xuất khẩu sang Việt Nam 6,2 tỷ USD, tăng 7,5%.",
    )
    assert [(f[1], f[2]) for f in figures[1:]] == [(2025, period)]


def _passage(*sentences: str) -> list[tuple[str, int, str, str, int | None, float | None]]:
    return [
        (f.province, f.year, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in find_trade_figures(list(sentences), NO_CONTEXT)
    ]


def test_a_bilateral_figure_without_parties_takes_those_of_the_sentence_before() -> None:
    assert _passage(
        "Năm 2023, kim ngạch thương mại song phương Việt Nam - Trung Quốc đạt 170 tỷ USD.",
        "Trong 8 tháng đầu năm 2024, thương mại hai chiều đạt gần 130 tỷ USD, tăng 20%.",
    ) == [
        ("Trung Quốc", 2023, "full_year", "two-way", 170_000_000_000, None),
        ("Trung Quốc", 2024, "M1-M8", "two-way", 130_000_000_000, 20.0),
    ]


@pytest.mark.parametrize(
    "follower",
    [
        # no bilateral word: a province's or anyone's total
        "Trong 8 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu đạt 500 tỷ USD.",
        # a party of its own, and it is not Vietnam
        "Năm 2024, thương mại hai chiều của Hồ Nam với các nước ASEAN đạt 20 tỷ USD.",
    ],
)
def test_a_figure_without_vietnam_never_borrows_the_parties_before(follower: str) -> None:
    assert _passage(
        "Năm 2023, kim ngạch thương mại giữa Việt Nam và Hồ Nam đạt 3 tỷ USD.", follower
    ) == [("Hồ Nam", 2023, "full_year", "two-way", 3_000_000_000, None)]


def test_without_a_figure_before_it_a_bilateral_word_names_no_parties() -> None:
    assert _passage("Năm 2024, thương mại hai chiều đạt 20 tỷ USD, tăng 8%.") == []


def test_a_figure_that_looks_back_takes_the_year_and_party_of_the_passage() -> None:
    assert _passage(
        "Quý I/2024, Việt Nam nhập khẩu từ Trung Quốc 30 tỷ USD, tăng 20%.",
        "Ở chiều ngược lại, xuất khẩu của Việt Nam sang thị trường này đạt 13 tỷ USD, tăng 8%.",
        "Như vậy, Việt Nam nhập siêu từ Trung Quốc 17 tỷ USD.",
        "Riêng tháng 3, nhập khẩu từ Trung Quốc đạt 11 tỷ USD.",
    ) == [
        ("Trung Quốc", 2024, "Q1", "vn_import", 30_000_000_000, 20.0),
        ("Trung Quốc", 2024, "Q1", "vn_export", 13_000_000_000, 8.0),
        ("Trung Quốc", 2024, "M3", "vn_import", 11_000_000_000, None),
    ]


def test_a_comparison_base_is_not_the_figure_s_year() -> None:
    figures = sentence_figures(
        "Kim ngạch giữa Việt Nam và Hồ Nam đạt 2 tỷ USD, tăng 9% so với cùng kỳ năm trước; riêng "
        "tháng 5 đạt 400 triệu USD.",
        Context(reference_year=2024, reference_day=date(2024, 6, 10)),
    )
    assert all(f.year != 2023 for f in figures)


def test_the_parts_after_a_base_said_to_be_lower_are_of_the_figure_s_year() -> None:
    figures = sentence_figures(
        "Năm 2024, thương mại giữa Việt Nam và Cam Túc đạt 1,92 tỷ USD, cao hơn mức 1,75 tỷ USD "
        "của năm 2023; trong đó xuất khẩu của Việt Nam đạt 500 triệu USD.",
        Context(reference_year=2024, reference_day=date(2025, 1, 10)),
    )
    assert [(f.year, f.kind, f.value_usd) for f in figures] == [
        (2024, "two-way", 1_920_000_000),
        (2023, "two-way", 1_750_000_000),
        (2024, "vn_export", 500_000_000),
    ]


@pytest.mark.parametrize(
    ("published", "year"),
    [(date(2024, 6, 10), 2024), (date(2025, 1, 8), 2024)],
)
def test_a_part_of_the_year_without_a_year_is_the_article_s_latest(
    published: date, year: int
) -> None:
    figures = sentence_figures(
        "Theo Hải quan, 5 tháng đầu năm, kim ngạch giữa Việt Nam và Hồ Nam đạt 2 tỷ USD, tăng "
        "9% so với cùng kỳ năm trước; riêng tháng 5 đạt 400 triệu USD.",
        Context(reference_year=published.year, reference_day=published),
    )
    assert [(f.year, f.period, f.value_usd, f.growth_pct) for f in figures] == [
        (year, "M1-M5", 2_000_000_000, 9.0),
        (year, "M5", 400_000_000, None),
    ]


def test_without_the_article_s_date_a_part_of_the_year_without_a_year_is_no_figure() -> None:
    assert (
        sentence_figures(
            "5 tháng đầu năm, kim ngạch giữa Việt Nam và Hồ Nam đạt 2 tỷ USD.", NO_CONTEXT
        )
        == []
    )


def test_the_two_sides_of_an_article_about_the_two_countries_are_the_countries() -> None:
    figure = _only(
        "Quý I/2024, kim ngạch thương mại song phương đạt 43 tỷ USD.",
        Context(main_province="Trung Quốc"),
    )
    assert (figure.province, figure.period) == ("Trung Quốc", "Q1")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ba tháng đầu năm 2024, thương mại song phương tiếp tục tăng trưởng khá, đạt khoảng "
            "1,2 tỷ USD, tăng 6,4% so với cùng kỳ.",
            ("Hồ Nam", 2024, "Q1", 1_200_000_000, 6.4),
        ),
        (
            "Năm 2023, kim ngạch thương mại giữa Việt Nam và Hồ Nam tăng trưởng ấn tượng, đạt "
            "3,4 tỷ USD.",
            ("Hồ Nam", 2023, "full_year", 3_400_000_000, None),
        ),
        # how it is going, then a colon opening its figure
        (
            "Dù quy mô còn nhỏ, thương mại giữa Việt Nam và Hồ Nam đang tăng nhanh: năm 2023 đạt "
            "khoảng 520 triệu USD.",
            ("Hồ Nam", 2023, "full_year", 520_000_000, None),
        ),
        (
            "Thương mại giữa hai bên đang phát triển: 9 tháng đầu năm 2024 đạt 410 triệu USD, "
            "tăng 7,5%.",
            ("Hồ Nam", 2024, "M1-M9", 410_000_000, 7.5),
        ),
    ],
)
def test_a_clause_telling_how_trade_went_before_its_figure(
    sentence: str, expected: tuple[str, int, str, int, float | None]
) -> None:
    """'…, tiếp tục tăng trưởng khá, đạt khoảng …', '… đang tăng nhanh: năm 2023 đạt …': how the
    trade went or is going, then its figure."""
    (f,) = find_trade_figures([sentence], Context(main_province="Hồ Nam", reference_year=2024))
    assert (f.province, f.year, f.period, f.value_usd, f.growth_pct) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an ambassador's words, of a size no province trades: the two countries'
        (
            "Theo Đại sứ, 10 tháng năm 2025, kim ngạch thương mại song phương đạt hơn 190 tỷ "
            "USD, vượt mức 205 tỷ USD của cả năm 2024.",
            [
                ("Trung Quốc", 2025, "M1-M10", 190_000_000_000),
                ("Trung Quốc", 2024, "full_year", 205_000_000_000),
            ],
        ),
        (
            "Đại sứ Phạm Thanh Bình cho biết, năm 2025, thương mại hai bên đạt 232 tỷ USD.",
            [("Trung Quốc", 2025, "full_year", 232_000_000_000)],
        ),
        (
            "Phát biểu tại buổi lễ, Phó Thủ tướng nhấn mạnh quý I/2025, kim ngạch song phương "
            "đạt 48,6 tỷ USD.",
            [("Trung Quốc", 2025, "Q1", 48_600_000_000)],
        ),
        # the same speaker, of a province's size: the province the article is about
        (
            "Theo Đại sứ, năm 2025, thương mại hai bên đạt 6,1 tỷ USD.",
            [("Vân Nam", 2025, "full_year", 6_100_000_000)],
        ),
        # a province's officer, of a province's size: the province
        (
            "Theo Tổng Lãnh sự, quý I/2025, kim ngạch song phương đạt 4,6 tỷ USD.",
            [("Vân Nam", 2025, "Q1", 4_600_000_000)],
        ),
        # of a size no province trades, the pair named: the two countries', whoever tells it
        (
            "Theo Tổng Lãnh sự, quý I/2025, kim ngạch song phương đạt 48,6 tỷ USD.",
            [("Trung Quốc", 2025, "Q1", 48_600_000_000)],
        ),
        # the pair named, of a size no province trades, no speaker: the two countries'
        (
            "Năm 2025, kim ngạch thương mại song phương đạt hơn 190 tỷ USD.",
            [("Trung Quốc", 2025, "full_year", 190_000_000_000)],
        ),
        (
            "Tháng 10/2025, trao đổi hàng hóa hai bên đạt 10,1 tỷ USD.",
            [("Trung Quốc", 2025, "M10", 10_100_000_000)],
        ),
        # no pair named: no one's the figure can be given to
        ("Năm 2025, kim ngạch thương mại đạt hơn 190 tỷ USD.", []),
        ("Năm 2025, kim ngạch giữa Việt Nam và tỉnh bạn đạt hơn 190 tỷ USD.", []),
        # of a province's size: the article's province
        (
            "Năm 2025, kim ngạch thương mại song phương đạt 6,1 tỷ USD.",
            [("Vân Nam", 2025, "full_year", 6_100_000_000)],
        ),
    ],
)
def test_a_figure_naming_no_party_of_a_size_no_province_trades_is_never_a_province_s(
    sentence: str, expected: list[tuple[str, int, str, int]]
) -> None:
    context = Context(main_province="Vân Nam", reference_year=2025)
    figures = find_trade_figures([sentence], context)
    assert [(f.province, f.year, f.period, f.value_usd) for f in figures] == expected


@pytest.mark.parametrize(
    ("follower", "expected"),
    [
        (
            "Trong đó, thương mại với Việt Nam đạt 5 tỷ USD.",
            [("Vân Nam", 2023, "full_year", "two-way", 5_000_000_000, None)],
        ),
        (
            "Trong đó, xuất khẩu sang Việt Nam đạt 3 tỷ USD.",
            [("Vân Nam", 2023, "full_year", "vn_import", 3_000_000_000, None)],
        ),
        # without Vietnam named it is a part of the province's own total
        ("Trong đó, kim ngạch xuất khẩu đạt 25 tỷ USD.", []),
        ("Trong đó, kim ngạch thương mại với ASEAN đạt 15 tỷ USD.", []),
    ],
)
def test_a_share_of_a_province_s_total_is_its_trade_with_vietnam_only_when_it_says_so(
    follower: str, expected: list[tuple[str, int, str, str, int, float | None]]
) -> None:
    assert (
        _passage(
            "Năm 2023, tổng kim ngạch xuất nhập khẩu của Vân Nam đạt 40 tỷ USD, tăng 5%.", follower
        )
        == expected
    )


@pytest.mark.parametrize(
    "other",
    [
        "Hoa Kỳ là thị trường xuất khẩu lớn nhất của Việt Nam với 97 tỷ USD.",
        "Xuất khẩu sang Hàn Quốc đạt 25 tỷ USD.",
    ],
)
def test_after_a_sentence_about_another_partner_the_two_sides_are_not_china(other: str) -> None:
    figures = find_trade_figures(
        [
            "Năm 2023, kim ngạch thương mại Việt Nam - Trung Quốc đạt 171 tỷ USD.",
            other,
            "Năm 2023, kim ngạch thương mại song phương đạt 110 tỷ USD, hai nước đạt 110 tỷ USD.",
        ],
        Context(main_province="Trung Quốc"),
    )
    assert [f.value_usd for f in figures] == [171_000_000_000]


def test_after_several_other_partners_set_side_by_side_the_two_countries_are_china() -> None:
    figures = find_trade_figures(
        [
            "Trong 10 tháng năm 2025, thương mại Việt Nam - Trung Quốc đạt 200 tỷ USD.",
            "Thương mại với Trung Quốc chiếm 27% tổng kim ngạch của cả nước.",
            "Cùng thời gian, thương mại của Việt Nam với khối EU đạt 60 tỷ USD; xuất khẩu sang "
            "Nhật Bản đạt 20 tỷ USD.",
            "Riêng tháng 10/2025, kim ngạch giữa hai nước đạt 22 tỷ USD.",
        ],
        Context(main_province="Trung Quốc", national=True),
    )
    assert [(f.province, f.period, f.value_usd) for f in figures] == [
        (NATIONAL, "M1-M10", 200_000_000_000),
        (NATIONAL, "M10", 22_000_000_000),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2023, kim ngạch thương mại giữa Việt Nam và Quảng Tây (Trung Quốc) đạt 40 tỷ USD.",
            ("Quảng Tây", "two-way"),
        ),
        (
            "Năm 2023, kim ngạch giữa Việt Nam và tỉnh Vân Nam, Trung Quốc đạt 5 tỷ USD.",
            ("Vân Nam", "two-way"),
        ),
        (
            "2 tháng đầu năm 2017, kim ngạch Việt Nam - Hà Nam (Trung Quốc) đạt 97 triệu USD.",
            ("Hà Nam", "two-way"),
        ),
        (
            "Năm 2023, xuất khẩu của Việt Nam sang Quảng Tây (Trung Quốc) đạt 18 tỷ USD.",
            ("Quảng Tây", "vn_export"),
        ),
    ],
)
def test_a_province_labelled_with_its_country_is_the_party_not_china(
    sentence: str, expected: tuple[str, str]
) -> None:
    figure = _only(sentence)
    assert (figure.province, figure.kind) == expected


@pytest.mark.parametrize(
    "aside",
    ["(số liệu trước đó)", "(số sơ bộ)", "(số sơ bộ công bố đầu tháng 10)"],
)
def test_a_revised_figure_is_its_new_value_past_what_brackets_say_of_the_old_one(
    aside: str,
) -> None:
    sentence = (
        "Theo đó, kim ngạch hai chiều Việt Nam - Trung Quốc tháng 9/2025 được điều chỉnh từ "
        f"20,5 tỷ USD {aside} lên 20,93 tỷ USD, tăng 15,2% so với tháng 9/2024."
    )
    assert [
        (f.year, f.period, f.value_usd, f.growth_pct) for f in sentence_figures(sentence, Context())
    ] == [(2025, "M9", 20_930_000_000, 15.2)]


@pytest.mark.parametrize("word", ["mậu dịch", "mậu dịch song phương", "thương mại"])
def test_the_words_of_the_trade_word_itself_are_plain_trade_words(word: str) -> None:
    figure = _only(f"Kim ngạch {word} giữa Việt Nam và Quảng Tây năm 2024 đạt 40 tỷ USD.")
    assert (figure.province, figure.year, figure.value_usd) == ("Quảng Tây", 2024, 40 * 10**9)


def test_a_revised_figure_is_its_new_value() -> None:
    sentence = (
        "Kim ngạch hai chiều giữa Việt Nam và Hồ Bắc năm 2023 được điều chỉnh từ 2,3 tỷ USD "
        "lên 2,45 tỷ USD sau khi bổ sung số liệu."
    )
    assert [(f.province, f.year, f.value_usd) for f in sentence_figures(sentence, Context())] == [
        ("Hồ Bắc", 2023, 2_450_000_000)
    ]


def test_a_multiple_of_a_year_further_back_is_no_yearly_growth() -> None:
    figures = sentence_figures(
        "Năm 2024, thương mại giữa Việt Nam và Hồ Nam đạt 1,2 tỷ USD, gấp đôi năm 2019.",
        Context(),
    )
    assert [(f.value_usd, f.growth_pct) for f in figures] == [(1_200_000_000, None)]


def test_the_same_amount_told_twice_keeps_its_growth() -> None:
    sentences = [
        "Năm 2024, thương mại giữa Việt Nam và Giang Tây đạt 1,6 tỷ USD.",
        "Cụ thể, năm 2024 kim ngạch thương mại giữa Việt Nam và Giang Tây đạt 1,6 tỷ USD, tăng 9%.",
    ]
    assert [f.growth_pct for f in find_trade_figures(sentences, Context())] == [9.0]


def test_of_the_same_amount_told_twice_the_more_precise_growth_is_kept() -> None:
    sentences = [
        "Năm 2024, thương mại giữa Việt Nam và Giang Tây đạt 1,6 tỷ USD, tăng gần 10%.",
        "Cụ thể, năm 2024 kim ngạch thương mại giữa Việt Nam và Giang Tây đạt 1,6 tỷ USD, "
        "tăng 9,6%.",
    ]
    assert [f.growth_pct for f in find_trade_figures(sentences, Context())] == [9.6]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Thương mại Việt Nam - Giang Tây năm 2024 đạt hơn 16 tỷ USD",
            "Năm 2024, kim ngạch giữa Việt Nam và Giang Tây đạt khoảng 16,3 tỷ USD, tăng 9,1%.",
            (16_300_000_000, 9.1),
        ),
        (
            "Thương mại Việt Nam - Giang Tây năm 2024 đạt gần 1,7 tỷ USD",
            "Năm 2024, kim ngạch giữa Việt Nam và Giang Tây ước đạt 1,66 tỷ USD, tăng 4%.",
            (1_660_000_000, 4.0),
        ),
        # Two approximations of different amounts: the first told stays.
        (
            "Thương mại Việt Nam - Giang Tây năm 2024 đạt hơn 16 tỷ USD",
            "Năm 2024, kim ngạch giữa Việt Nam và Giang Tây đạt khoảng 17,3 tỷ USD, tăng 9,1%.",
            (16_000_000_000, None),
        ),
    ],
)
def test_a_rounded_headline_figure_gives_way_to_the_body_s_precise_one(
    headline: str, body: str, expected: tuple[int, float | None]
) -> None:
    figures = find_trade_figures([headline, body], Context())
    assert [(f.value_usd, f.growth_pct) for f in figures] == [expected]


def test_a_month_takes_the_year_of_the_article_not_a_base_year_compared_with() -> None:
    sentences = [
        "Trong 9 tháng năm 2025, Việt Nam nhập siêu từ Hồ Nam 1,1 tỷ USD, cao hơn mức 0,8 tỷ "
        "USD của cùng kỳ năm 2024.",
        "Riêng tháng 9, kim ngạch thương mại giữa Việt Nam và Hồ Nam đạt 0,41 tỷ USD.",
    ]
    assert [(f.year, f.period) for f in find_trade_figures(sentences, Context())] == [(2025, "M9")]


def test_exports_without_a_subject_in_an_article_on_the_two_countries_are_vietnam_s() -> None:
    sentence = "Với các vùng lãnh thổ, xuất khẩu sang Ma Cao (Trung Quốc) năm 2024 đạt 90 triệu USD"
    national = Context(main_province="Trung Quốc", national=True)
    assert [(f.province, f.kind) for f in sentence_figures(sentence, national)] == [
        ("Ma Cao", "vn_export")
    ]
    # In an article on a Vietnamese province they would be that province's.
    assert sentence_figures(sentence, Context(main_province=None)) == []


def test_two_way_trade_with_the_chinese_party_named_after_it_in_an_article_on_the_two_countries():
    sentence = (
        "Số liệu được điều chỉnh: kim ngạch hai chiều với Trung Quốc tháng 8/2025 là 21,2 tỷ USD."
    )
    national = Context(main_province="Trung Quốc", national=True)
    assert [(f.province, f.period, f.value_usd) for f in sentence_figures(sentence, national)] == [
        ("Trung Quốc", "M8", 21_200_000_000)
    ]
    # Told with a Vietnamese province as its subject it is that province's trade.
    assert sentence_figures("Lào Cai có " + sentence.split(": ")[1], national) == []
    assert sentence_figures(sentence, Context(main_province=None)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, giá trị giao thương giữa Việt Nam và Hồ Bắc đạt 2,6 tỷ USD.",
        "Năm 2024, kim ngạch thương mại Việt Nam - Hồ Bắc đạt mức kỷ lục 2,6 tỷ USD.",
    ],
)
def test_less_common_words_for_two_way_trade(sentence: str) -> None:
    assert [(f.province, f.kind, f.value_usd) for f in sentence_figures(sentence, Context())] == [
        ("Hồ Bắc", "two-way", 2_600_000_000)
    ]


def test_changes_told_in_turn_go_with_the_amounts_told_in_turn() -> None:
    sentence = (
        "Năm 2024, kim ngạch thương mại Việt Nam với Quảng Tây, Vân Nam và Hải Nam lần lượt đạt "
        "40 tỷ USD, 3,5 tỷ USD và 0,9 tỷ USD, tăng lần lượt 6%, 2,5% và 10%."
    )
    figures = sentence_figures(sentence, Context())
    assert [(f.province, f.growth_pct) for f in figures] == [
        ("Quảng Tây", 6.0),
        ("Vân Nam", 2.5),
        ("Hải Nam", 10.0),
    ]


@pytest.mark.parametrize(
    ("changes", "growths"),
    [
        ("tăng lần lượt 12,1% và 20,6%", [12.1, 20.6]),
        ("lần lượt giảm 12,1% và 20,6% so với năm 2023", [-12.1, -20.6]),
        # against the month before, or not one change each: none rather than a wrong one
        ("tăng lần lượt 12,1% và 20,6% so với tháng trước", [None, None]),
        ("tăng lần lượt 12,1%, 20,6% và 3%", [None, None]),
    ],
)
def test_changes_told_in_turn_after_amounts_not_so_told(
    changes: str, growths: list[float | None]
) -> None:
    """'… 3,41 tỷ USD và … 1,45 tỷ USD, tăng lần lượt 12,1% và 20,6%': the first change is
    the first amount's, the second the second's."""
    sentence = (
        "Tháng 5/2024, Hồ Nam xuất khẩu sang Việt Nam 341 triệu USD và nhập khẩu từ Việt Nam "
        f"145 triệu USD, {changes}."
    )
    figures = sentence_figures(sentence, Context())
    assert [(f.kind, f.value_usd, f.growth_pct) for f in figures] == [
        ("vn_import", 341_000_000, growths[0]),
        ("vn_export", 145_000_000, growths[1]),
    ]


@pytest.mark.parametrize(
    ("changes", "growths"),
    [
        ("tăng tương ứng 8,2% và 30,6%", [8.2, 30.6]),
        ("tương ứng giảm 8,2% và 30,6%", [-8.2, -30.6]),
        # against the month before: none rather than a wrong one
        ("tăng tương ứng 8,2% và 30,6% so với tháng trước", [None, None]),
        ("tăng lần lượt 8,2% và 30,6% so với tháng trước", [None, None]),
    ],
)
def test_changes_told_correspondingly_go_with_the_amounts_told_in_turn(
    changes: str, growths: list[float | None]
) -> None:
    """'… lần lượt đạt 341 triệu USD và 145 triệu USD, tăng tương ứng 8,2% và 30,6%': 'tương
    ứng' pairs the changes with the amounts in turn as 'lần lượt' does."""
    sentence = (
        "Tháng 5/2024, xuất khẩu và nhập khẩu của Việt Nam với Quảng Tây lần lượt đạt "
        f"341 triệu USD và 145 triệu USD, {changes}."
    )
    figures = sentence_figures(sentence, Context())
    assert [(f.kind, f.value_usd, f.growth_pct) for f in figures] == [
        ("vn_export", 341_000_000, growths[0]),
        ("vn_import", 145_000_000, growths[1]),
    ]


def test_changes_told_correspondingly_after_amounts_not_told_in_turn() -> None:
    """'Hồ Nam xuất khẩu … 341 triệu USD và nhập khẩu … 145 triệu USD, tăng tương ứng …'."""
    sentence = (
        "Tháng 5/2024, Hồ Nam xuất khẩu sang Việt Nam 341 triệu USD và nhập khẩu từ Việt Nam "
        "145 triệu USD, tăng tương ứng 8,2% và 30,6%."
    )
    figures = sentence_figures(sentence, Context())
    assert [(f.kind, f.growth_pct) for f in figures] == [("vn_import", 8.2), ("vn_export", 30.6)]


def test_a_milestone_passed_is_not_the_figure_and_vuot_is_approximate() -> None:
    passed = sentence_figures(
        "Năm 2024, thương mại Việt Nam - Quảng Tây lần đầu vượt mốc 40 tỷ USD, đạt 41,2 tỷ USD.",
        Context(),
    )
    assert [(f.value_usd, f.approximate) for f in passed] == [(41_200_000_000, False)]
    over = sentence_figures("Năm 2024, thương mại Việt Nam - Quảng Tây vượt 40 tỷ USD.", Context())
    assert [(f.value_usd, f.approximate) for f in over] == [(40_000_000_000, True)]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # the one sum of the year: its floor
        ("Năm 2024, thương mại Việt Nam - Quảng Tây đã vượt mốc 40 tỷ USD.", [40_000_000_000]),
        # a mark still to pass: a target or a forecast
        ("Năm 2025, thương mại Việt Nam - Quảng Tây có thể vượt mốc 50 tỷ USD.", []),
        ("Hai bên phấn đấu đưa thương mại Việt Nam - Quảng Tây vượt mốc 50 tỷ USD.", []),
        ("Năm 2025, thương mại Việt Nam - Quảng Tây được kỳ vọng vượt mốc 50 tỷ USD.", []),
    ],
)
def test_a_milestone_passed_alone_is_the_figure_s_floor(sentence: str, figures: list[int]) -> None:
    found = sentence_figures(sentence, Context())
    assert [f.value_usd for f in found] == figures
    assert all(f.approximate for f in found)


def test_two_way_trade_with_one_province_in_an_article_on_the_two_countries() -> None:
    sentence = (
        "Với tỉnh Hồ Bắc, nơi có thủ phủ Vũ Hán, kim ngạch hai chiều năm 2025 đạt 1,5 tỷ USD."
    )
    national = Context(main_province="Trung Quốc", national=True)
    assert [(f.province, f.value_usd) for f in sentence_figures(sentence, national)] == [
        ("Hồ Bắc", 1_500_000_000)
    ]


def test_a_later_clause_opening_on_another_province_is_that_province_s_trade() -> None:
    figures = sentence_figures(
        "Riêng với Quảng Tây, 4 tháng đầu năm 2025, xuất khẩu của Việt Nam đạt 4,3 tỷ USD; với "
        "Quảng Đông, xuất khẩu 4 tháng ước đạt gần 7,9 tỷ USD, tăng 11%.",
        Context(main_province=NATIONAL, reference_year=2025),
    )
    assert [(f.province, f.kind, f.value_usd, f.growth_pct) for f in figures] == [
        ("Quảng Tây", "vn_export", 4_300_000_000, None),
        ("Quảng Đông", "vn_export", 7_900_000_000, 11.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # A unit mistyped: millions written as billions.
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 20.412 tỷ USD.",
        "Năm 2024, thương mại hai chiều Việt Nam - Trung Quốc đạt 205.200 tỷ USD.",
    ],
)
def test_an_amount_beyond_all_of_vietnam_s_trade_is_no_figure(sentence: str) -> None:
    assert find_trade_figures([sentence], NO_CONTEXT) == []


def test_the_largest_real_amounts_are_figures() -> None:
    figures = find_trade_figures(
        [
            "Năm 2024, thương mại hai chiều Việt Nam - Trung Quốc đạt 205,2 tỷ USD.",
            "Năm 2024, kim ngạch thương mại giữa Việt Nam và Quảng Đông đạt 56,2 tỷ USD.",
        ],
        NO_CONTEXT,
    )
    assert [f.value_usd for f in figures] == [205_200_000_000, 56_200_000_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 2,4 tỷ USD, tăng 9,5% so với "
        "mức 2,1 tỷ USD của năm 2023; trong đó Việt Nam xuất khẩu 860 triệu USD.",
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Cam Túc đạt 2,4 tỷ USD, tăng 9,5% so với "
        "năm 2023, trong đó Việt Nam xuất khẩu 860 triệu USD.",
    ],
)
def test_a_year_compared_with_is_not_the_year_of_the_figures_after_it(sentence: str) -> None:
    figures = find_trade_figures([sentence], NO_CONTEXT)
    assert [(f.year, f.kind, f.value_usd) for f in figures][-1] == (2024, "vn_export", 860_000_000)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nếu như năm 2010, thương mại Việt Nam - Quảng Tây mới đạt khoảng 5,2 tỷ USD thì đến năm "
        "2024, con số này đã lên tới 28,6 tỷ USD.",
        "Nếu như năm 2010, thương mại Việt Nam - Quảng Tây chỉ khoảng 5,2 tỷ USD, thì năm 2024 "
        "kim ngạch đã đạt 28,6 tỷ USD.",
    ],
)
def test_two_years_contrasted_by_neu_nhu_each_keep_their_figure(sentence: str) -> None:
    figures = sentence_figures(sentence, Context(reference_year=2025))
    assert [(f.province, f.year, f.value_usd, f.approximate) for f in figures] == [
        ("Quảng Tây", 2010, 5_200_000_000, True),
        ("Quảng Tây", 2024, 28_600_000_000, False),
    ]


def test_amounts_told_in_turn_share_the_khoang_before_the_first() -> None:
    figures = sentence_figures(
        "Thương mại của Việt Nam với Tứ Xuyên và Trùng Khánh 10 tháng năm 2025 lần lượt đạt khoảng "
        "2,1 tỷ USD và 1,4 tỷ USD, tăng 18% và 11%.",
        NO_CONTEXT,
    )
    assert [(f.province, f.value_usd, f.approximate) for f in figures] == [
        ("Tứ Xuyên", 2_100_000_000, True),
        ("Trùng Khánh", 1_400_000_000, True),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Sang năm 2025, kim ngạch thương mại giữa Việt Nam và Quảng Tây tăng nhanh: ",
        "Năm 2025, thương mại giữa Việt Nam và Quảng Tây ",
    ],
)
def test_a_part_told_with_trong_do_has_the_period_of_its_total(opening: str) -> None:
    sentence = (
        f"{opening}10 tháng đầu năm đạt 41,2 tỷ USD, tăng 18%, trong đó Việt Nam nhập khẩu "
        "24,6 tỷ USD, chủ yếu là máy móc."
    )
    assert [(f.kind, f.year, f.period) for f in sentence_figures(sentence, NO_CONTEXT)] == [
        ("two-way", 2025, "M1-M10"),
        ("vn_import", 2025, "M1-M10"),
    ]


def test_the_earlier_year_s_result_a_figure_has_passed_is_that_year_s_figure() -> None:
    sentence = (
        "11 tháng năm 2025, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 43,4 tỷ USD, "
        "tăng 9,8% so với cùng kỳ, đã vượt kết quả cả năm 2024 (đạt 43,1 tỷ USD)."
    )
    assert [
        (f.year, f.period, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, NO_CONTEXT)
    ] == [(2025, "M1-M11", 43_400_000_000, 9.8), (2024, "full_year", 43_100_000_000, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The sum passed is the earlier year's as it was.
        (
            "Với kết quả này, thương mại giữa Việt Nam và Trung Quốc đã vượt mức 160,5 tỷ USD "
            "của cả năm 2023.",
            (2023, 160_500_000_000, False),
        ),
        # A level passed in the figure's own year: the figure is more than it.
        (
            "Năm 2024, thương mại giữa Việt Nam và Trung Quốc đã vượt mức 200 tỷ USD.",
            (2024, 200_000_000_000, True),
        ),
    ],
)
def test_the_sum_of_an_earlier_year_passed_is_exact(
    sentence: str, expected: tuple[int, int, bool]
) -> None:
    figure = _only(sentence)
    assert (figure.year, figure.value_usd, figure.approximate) == expected


@pytest.mark.parametrize(
    "reached", ["tiến gần mức", "tiến sát mức", "tiệm cận mức", "gần bằng mức"]
)
def test_an_earlier_year_s_sum_neared_after_a_figure_and_its_change_is_that_year_s(
    reached: str,
) -> None:
    """'… đạt gần 3,2 tỷ USD, tăng hơn 11% so với cùng kỳ, tiến gần mức 3,81 tỷ USD của cả năm
    2023': the sum neared is 2023's, as it was; one with no year of its own is no figure."""
    sentence = (
        "9 tháng năm 2024, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt gần 3,2 tỷ USD, "
        f"tăng hơn 11% so với cùng kỳ, {reached} 3,81 tỷ USD của cả năm 2023."
    )
    figures = sentence_figures(sentence, NO_CONTEXT)
    assert [(f.year, f.period, f.value_usd, f.growth_pct, f.approximate) for f in figures] == [
        (2024, "M1-M9", 3_200_000_000, 11.0, True),
        (2023, "full_year", 3_810_000_000, None, False),
    ]
    no_year = sentence.replace(" của cả năm 2023", "")
    assert [f.year for f in sentence_figures(no_year, NO_CONTEXT)] == [2024]


@pytest.mark.parametrize(
    "time",
    ["cả năm 2025", "năm 2025"],
)
def test_a_whole_year_after_a_month_compared_with_the_same_month_keeps_its_own_period(
    time: str,
) -> None:
    sentence = (
        "Tháng 1/2026, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt 3,12 tỷ USD, tăng "
        f"11,2% so với tháng 1/2025; {time} đạt 40,5 tỷ USD, tăng 9,6%."
    )
    assert [(f.year, f.period, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)] == [
        (2026, "M1", 3_120_000_000),
        (2025, "full_year", 40_500_000_000),
    ]


@pytest.mark.parametrize("whole", ["Việt Nam – Trung Quốc", "Việt – Trung", "hai nước"])
def test_the_whole_a_share_is_of_is_not_the_party_of_the_amount_after_its_clause(
    whole: str,
) -> None:
    sentence = (
        "Năm 2024, kim ngạch thương mại giữa Quảng Đông và Việt Nam đạt 56 tỷ USD, tăng 13%, "
        f"chiếm gần 1/4 tổng kim ngạch thương mại {whole}; quý I năm 2025 đạt 14 tỷ USD."
    )
    assert [
        (f.province, f.year, f.period, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)
    ] == [
        ("Quảng Đông", 2024, "full_year", 56_000_000_000),
        ("Quảng Đông", 2025, "Q1", 14_000_000_000),
    ]


@pytest.mark.parametrize("pair", ["Trung – Việt", "Trung - Việt", "Trung-Việt"])
def test_the_two_countries_in_chinese_order_are_vietnam_and_china(pair: str) -> None:
    figure = _only(f"10 tháng đầu năm 2025, thương mại song phương {pair} đạt 238,4 tỷ USD.")
    assert (figure.province, figure.year, figure.period, figure.value_usd) == (
        NATIONAL,
        2025,
        "M1-M10",
        238_400_000_000,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Vân Nam đạt 10 tỷ đô la Mỹ, trong đó "
        "Việt Nam xuất khẩu 4 tỷ đô la Mỹ và nhập khẩu 6 tỷ đô-la Mỹ.",
    ],
)
def test_the_country_of_a_currency_s_name_is_no_other_partner(sentence: str) -> None:
    figures = sentence_figures(sentence, NO_CONTEXT)
    assert figures
    assert all(f.province == "Vân Nam" and f.value_usd for f in figures)
    assert len(figures) == sentence.count("tỷ")


def test_a_yuan_sum_restated_in_us_dollars_in_a_sentence_of_its_own_is_read() -> None:
    figures = _passage(
        "Quý I năm 2026, kim ngạch thương mại giữa Vân Nam và Việt Nam đạt 7,38 tỷ nhân dân tệ.",
        "Quy đổi theo đồng đô la Mỹ, thương mại hai chiều trong quý đạt khoảng 1,03 tỷ USD.",
    )
    assert figures == [("Vân Nam", 2026, "Q1", "two-way", 1_030_000_000, None)]


@pytest.mark.parametrize(
    "second",
    [
        "theo thống kê của phía Trung Quốc là 260,6 tỷ USD, tăng 13,4%",
        "theo số liệu của Hải quan Trung Quốc đạt 260,6 tỷ USD, tăng 13,4%",
    ],
)
def test_another_giver_s_amount_for_the_same_trade_after_a_semicolon_is_its_own_figure(
    second: str,
) -> None:
    figures = _passage(
        "Theo thống kê của Việt Nam, năm 2024, kim ngạch thương mại song phương Việt Nam – "
        f"Trung Quốc đạt 205,2 tỷ USD, tăng 19,1%; {second}."
    )
    assert figures == [
        (NATIONAL, 2024, "full_year", "two-way", 205_200_000_000, 19.1),
        (NATIONAL, 2024, "full_year", "two-way", 260_600_000_000, 13.4),
    ]


@pytest.mark.parametrize(
    "first",
    [
        # The first amount's giver is named before it, or by no one (the writer's own).
        "Theo Cục Hải quan, kim ngạch thương mại Việt Nam - Trung Quốc năm 2024 đạt 205,2 tỷ USD",
        "Kim ngạch thương mại Việt Nam - Trung Quốc năm 2024 đạt 205,2 tỷ USD",
        "Năm 2024, thương mại hai chiều Việt Nam - Trung Quốc đạt 205,2 tỷ USD",
    ],
)
def test_another_giver_s_amount_in_a_clause_opened_by_con_theo_is_its_own_figure(
    first: str,
) -> None:
    figures = _passage(f"{first}, còn theo Hải quan Trung Quốc đạt 260,6 tỷ USD.")
    assert figures == [
        (NATIONAL, 2024, "full_year", "two-way", 205_200_000_000, None),
        (NATIONAL, 2024, "full_year", "two-way", 260_600_000_000, None),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "còn theo Tổng cục Hải quan Trung Quốc thì đạt 260,6 tỷ USD",
        "còn theo số liệu của Tổng cục Hải quan Trung Quốc là 260,6 tỷ USD",
    ],
)
def test_another_giver_named_as_a_customs_office_gives_its_own_figure(second: str) -> None:
    figures = _passage(
        f"Theo Cục Hải quan, năm 2024 kim ngạch thương mại Việt Nam - Trung Quốc đạt 205,2 tỷ "
        f"USD, {second}."
    )
    assert [f[4] for f in figures] == [205_200_000_000, 260_600_000_000]


def test_a_giver_named_after_its_amount_gives_that_amount() -> None:
    figures = _passage(
        "Năm 2024, kim ngạch thương mại Việt Nam - Trung Quốc đạt 205,2 tỷ USD theo số liệu của "
        "Cục Hải quan, tăng 19,1%; theo số liệu của Cục Hải quan là 206 tỷ USD."
    )
    assert len(figures) == 1


def test_the_same_giver_s_second_amount_for_the_same_trade_is_no_figure_of_its_own() -> None:
    figures = _passage(
        "Theo thống kê của Việt Nam, năm 2024, kim ngạch thương mại song phương Việt Nam – "
        "Trung Quốc đạt 205,2 tỷ USD, tăng 19,1%; theo thống kê của Việt Nam là 206 tỷ USD."
    )
    assert len(figures) == 1


@pytest.mark.parametrize(
    "month",
    [
        "Riêng tháng 6, kim ngạch hai chiều Việt Nam - Vân Nam ước đạt 480 triệu USD, tăng 7% so "
        "với tháng 6/2023.",
        "Riêng tháng 6, kim ngạch hai chiều Việt Nam - Vân Nam ước đạt 480 triệu USD, cao hơn "
        "tháng 6/2023.",
    ],
)
def test_a_month_singled_out_is_of_the_passage_s_year_not_the_year_compared_with(
    month: str,
) -> None:
    figures = _passage(
        "6 tháng đầu năm 2024, kim ngạch hai chiều Việt Nam - Vân Nam ước đạt 2,6 tỷ USD.", month
    )
    assert [(f[1], f[2], f[4]) for f in figures] == [
        (2024, "H1", 2_600_000_000),
        (2024, "M6", 480_000_000),
    ]


@pytest.mark.parametrize(
    "announcement",
    [
        "Sáng 12/7, Tổng cục Thống kê công bố số liệu xuất nhập khẩu 6 tháng đầu năm 2024.",
        "Cơ quan hải quan vừa công bố báo cáo về thương mại quý II/2024.",
    ],
)
def test_figures_told_after_theo_do_take_the_time_the_sentence_before_announced(
    announcement: str,
) -> None:
    figures = _passage(
        announcement,
        "Theo đó, kim ngạch xuất nhập khẩu Việt Nam - Trung Quốc đạt 92 tỷ USD, tăng 21% so với "
        "năm 2023.",
        "Trong đó, xuất khẩu của Việt Nam sang Trung Quốc đạt 30 tỷ USD.",
    )
    period = "H1" if "6 tháng" in announcement else "Q2"
    assert figures == [
        (NATIONAL, 2024, period, "two-way", 92_000_000_000, 21.0),
        (NATIONAL, 2024, period, "vn_export", 30_000_000_000, None),
    ]


_ON_THE_TWO_COUNTRIES = Context(main_province=NATIONAL, national=True, reference_year=2024)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2024, ở cấp địa phương, Quảng Tây, Vân Nam và Quảng Đông là ba đối tác lớn "
            "nhất với kim ngạch lần lượt đạt 44,1 tỷ USD, 38,2 tỷ USD và 4,9 tỷ USD.",
            [
                ("Quảng Tây", 44_100_000_000),
                ("Vân Nam", 38_200_000_000),
                ("Quảng Đông", 4_900_000_000),
            ],
        ),
        (
            "Giang Tô là đối tác lớn thứ tư, với kim ngạch năm 2024 đạt 12,3 tỷ USD.",
            [("Giang Tô", 12_300_000_000)],
        ),
        # partners of someone else: not Vietnam's trade
        (
            "Năm 2024, Quảng Tây và Vân Nam là hai đối tác lớn nhất của các nước ASEAN với kim "
            "ngạch lần lượt đạt 80 tỷ USD và 40 tỷ USD.",
            [],
        ),
    ],
)
def test_provinces_said_to_be_partners_in_an_article_on_the_two_countries_are_vietnam_s(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    figures = sentence_figures(sentence, _ON_THE_TWO_COUNTRIES)
    assert [(f.province, f.value_usd) for f in figures] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hồ Nam nhập khẩu từ Việt Nam chủ yếu là nông sản, hạt điều và cao su, năm 2024 đạt "
            "850 triệu USD.",
            [("Hồ Nam", 2024, "vn_export", 850_000_000)],
        ),
        (
            "Việt Nam xuất khẩu sang Hồ Nam chủ yếu gồm thủy sản và trái cây, năm 2024 đạt 850 "
            "triệu USD.",
            [("Hồ Nam", 2024, "vn_export", 850_000_000)],
        ),
        # No comma closes the list: the sum may be the goods'.
        ("Việt Nam xuất khẩu sang Hồ Nam chủ yếu là trái cây 850 triệu USD năm 2024.", []),
        # What follows the list is a part of the trade.
        (
            "Việt Nam xuất khẩu sang Hồ Nam chủ yếu là trái cây, riêng sầu riêng năm 2024 đạt "
            "850 triệu USD.",
            [],
        ),
    ],
)
def test_the_list_of_goods_a_trade_is_mainly_made_of_is_an_aside(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    found = [
        (f.province, f.year, f.kind, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trong hai tháng đầu năm 2026, kim ngạch thương mại giữa Việt Nam và tỉnh đạt 640 "
            "triệu USD, tăng 4,1% so với cùng kỳ năm trước.",
            [("Vân Nam", 2026, "M1-M2", 640_000_000, 4.1)],
        ),
        (
            "Năm 2025, thương mại giữa Việt Nam với địa phương đạt 2,3 tỷ USD.",
            [("Vân Nam", 2025, "full_year", 2_300_000_000, None)],
        ),
        # A province named, or pointed back to, is no bare word for the article's.
        ("Năm 2025, kim ngạch giữa Việt Nam và tỉnh Lào Cai đạt 2,3 tỷ USD.", []),
        ("Năm 2025, kim ngạch giữa Việt Nam và tỉnh này đạt 2,3 tỷ USD.", []),
    ],
)
def test_a_bare_province_word_as_vietnam_s_partner_is_the_article_s_province(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    context = Context(main_province="Vân Nam", reference_year=2026)
    found = [
        (f.province, f.year, f.period, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, context)
        if f.kind == "two-way"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2025, kim ngạch thương mại giữa Hải Nam và Việt Nam đạt 2,46 tỷ USD, tăng 9,2% "
            "(số liệu sơ bộ công bố tháng 1 là 2,31 tỷ USD).",
            [("Hải Nam", 2025, "full_year", 2_460_000_000)],
        ),
        (
            "Năm 2025, thương mại giữa Vân Nam và Việt Nam đạt 19,2 tỷ USD, cao hơn số liệu "
            "công bố trước đó (18,9 tỷ USD).",
            [("Vân Nam", 2025, "full_year", 19_200_000_000)],
        ),
        (
            "Năm 2025, kim ngạch giữa Việt Nam và Quảng Đông đạt 60,1 tỷ USD (trước khi điều "
            "chỉnh là 59,4 tỷ USD).",
            [("Quảng Đông", 2025, "full_year", 60_100_000_000)],
        ),
        (
            "Quý III/2025, kim ngạch giữa Việt Nam và Quảng Tây đạt 12,6 tỷ USD, theo số liệu ban "
            "đầu là 12,2 tỷ USD.",
            [("Quảng Tây", 2025, "Q3", 12_600_000_000)],
        ),
        # The revision words alone tell the old value from a second figure of the same year.
        (
            "Năm 2025, kim ngạch giữa Việt Nam và Phúc Kiến đạt 31,7 tỷ USD, số liệu công bố trước"
            " đó là 30,9 tỷ USD.",
            [("Phúc Kiến", 2025, "full_year", 31_700_000_000)],
        ),
        (
            "Năm 2025, kim ngạch giữa Việt Nam và Phúc Kiến đạt 31,7 tỷ USD, tăng 6% (số liệu ban"
            " đầu: 30,9 tỷ USD).",
            [("Phúc Kiến", 2025, "full_year", 31_700_000_000)],
        ),
        # A preliminary figure told alone, or one of another time, is a figure all the same.
        (
            "Theo số liệu sơ bộ, năm 2025 kim ngạch giữa Việt Nam và Quảng Đông đạt 60,1 tỷ USD.",
            [("Quảng Đông", 2025, "full_year", 60_100_000_000)],
        ),
        (
            "Năm 2024, kim ngạch giữa Việt Nam và Quảng Đông đạt 56,2 tỷ USD; theo số liệu sơ "
            "bộ, 2 tháng đầu năm 2025 đạt 9,4 tỷ USD.",
            [
                ("Quảng Đông", 2024, "full_year", 56_200_000_000),
                ("Quảng Đông", 2025, "M1-M2", 9_400_000_000),
            ],
        ),
    ],
)
def test_an_earlier_value_told_beside_its_revision_is_no_second_figure(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    found = [
        (f.province, f.year, f.period, f.value_usd) for f in sentence_figures(sentence, NO_CONTEXT)
    ]
    assert found == expected


TEN_MONTHS_NATIONAL = (
    "10 tháng năm 2025, kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc đạt 206,3 tỉ USD; "
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "riêng với Phúc Kiến - nơi tập trung các nhà máy giày dép ở Hạ Môn, Tuyền Châu - kim "
            "ngạch đạt khoảng 25,7 tỉ USD, tăng 11,4%.",
            [("Phúc Kiến", "two-way", 25_700_000_000, 11.4)],
        ),
        (
            "riêng với Quảng Đông – tỉnh có nhiều khu công nghiệp – xuất khẩu đạt 18,2 tỉ USD.",
            [("Quảng Đông", "vn_export", 18_200_000_000, None)],
        ),
        # An aside naming a place of another province, or of Vietnam, is no plain aside.
        (
            "riêng với Quảng Đông - nơi có nhiều nhà đầu tư vào Quảng Ninh - kim ngạch đạt "
            "khoảng 55,7 tỉ USD.",
            [],
        ),
    ],
)
def test_a_topic_s_aside_between_dashes_keeps_the_topic_the_partner(
    clause: str, expected: list[tuple[object, ...]]
) -> None:
    found = [
        (f.province, f.kind, f.value_usd, f.growth_pct)
        for f in sentence_figures(TEN_MONTHS_NATIONAL + clause, NO_CONTEXT)
    ]
    assert found[0][0] == NATIONAL
    assert found[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tính chung 10 tháng năm 2025, Trung Quốc là thị trường nhập khẩu lớn nhất với kim "
            "ngạch 151,2 tỷ USD, tăng 26,3%.",
            [(NATIONAL, "M1-M10", "vn_import", 151_200_000_000, 26.3)],
        ),
        (
            "Năm 2025, Quảng Đông là thị trường xuất khẩu lớn thứ hai với kim ngạch 21,4 tỷ USD.",
            [("Quảng Đông", "full_year", "vn_export", 21_400_000_000, None)],
        ),
        (
            "Năm 2025, Trung Quốc vẫn là thị trường nhập khẩu lớn nhất, với kim ngạch 168,4 tỷ "
            "USD.",
            [(NATIONAL, "full_year", "vn_import", 168_400_000_000, None)],
        ),
        # A market of the world's, of a product, of a Vietnamese province: not Vietnam's trade.
        (
            "Năm 2025, Trung Quốc là thị trường nhập khẩu lớn nhất thế giới với kim ngạch 210 tỷ "
            "USD.",
            [],
        ),
        (
            "Năm 2025, Trung Quốc là thị trường nhập khẩu nông sản lớn nhất với kim ngạch 21 tỷ "
            "USD.",
            [],
        ),
        (
            "Năm 2025, Trung Quốc là thị trường nhập khẩu lớn nhất của Lào Cai với kim ngạch 210 "
            "triệu USD.",
            [],
        ),
    ],
)
def test_a_chinese_party_said_to_be_a_market_for_exports_or_imports_is_vietnam_s(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    found = [
        (f.province, f.period, f.kind, f.value_usd, f.growth_pct)
        for f in sentence_figures(sentence, Context(reference_year=2025))
    ]
    assert found == expected
