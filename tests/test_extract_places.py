"""Place names: Chinese provinces and their cities, never the Vietnamese look-alikes."""

from __future__ import annotations

import pytest

from extract.about import provinces_about
from extract.places import find_places, read_shared_name
from extract.types import Official, TradeFigure


def _named(text: str) -> list[tuple[str, str]]:
    return [(m.place.kind, m.place.name) for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quảng Đông", [("division", "Quảng Đông")]),
        ("Guangdong", [("division", "Quảng Đông")]),
        ("广东", [("division", "Quảng Đông")]),
        ("thành phố Quảng Châu", [("division", "Quảng Đông")]),
        ("Thâm Quyến", [("division", "Quảng Đông")]),
        ("Nam Ninh", [("division", "Quảng Tây")]),
        ("Côn Minh", [("division", "Vân Nam")]),
        ("Hải Khẩu", [("division", "Hải Nam")]),
        ("Đông Quan", [("division", "Quảng Đông")]),
        ("Ngọc Lâm", [("division", "Quảng Tây")]),
        ("Cảnh Hồng", [("division", "Vân Nam")]),
        ("Khu tự trị dân tộc Choang Quảng Tây", [("division", "Quảng Tây")]),
        ("Quảng Ninh", [("vietnam", "Quảng Ninh")]),
        ("Quảng Nam", [("vietnam", "Quảng Nam")]),
        ("Quảng Ngãi", [("vietnam", "Quảng Ngãi")]),
        ("Quảng Trị", [("vietnam", "Quảng Trị")]),
        ("Quảng Bình", [("vietnam", "Quảng Bình")]),
        ("Hà Nam", [("vietnam", "Hà Nam")]),
        ("Sơn Tây", [("vietnam", "Sơn Tây")]),
        ("Hà Nam (Trung Quốc)", [("division", "Hà Nam"), ("china", "Trung Quốc")]),
        ("tỉnh Hà Nam, Trung Quốc", [("division", "Hà Nam"), ("china", "Trung Quốc")]),
        ("Sơn Tây của Trung Quốc", [("division", "Sơn Tây"), ("china", "Trung Quốc")]),
        ("Việt - Trung", [("china", "Trung Quốc")]),
        # the pair in Chinese order; Vietnam's central region is no such pair
        ("thương mại Trung – Việt", [("china", "Trung Quốc")]),
        ("quan hệ Trung-Việt", [("china", "Trung Quốc")]),
        ("các tỉnh miền Trung – Việt Nam", [("vietnam", "Việt Nam")]),
        ("Trung Quốc đại lục", [("china", "Trung Quốc")]),
        ("Hữu Nghị Quan", [("division", "Quảng Tây")]),
        ("cửa khẩu Hữu Nghị", [("vietnam", "Hữu Nghị")]),
        # a Vietnamese district or commune with a Chinese province's name
        ("huyện Trùng Khánh, tỉnh Cao Bằng", [("vietnam", "Trùng Khánh"), ("vietnam", "Cao Bằng")]),
        ("thị trấn Trùng Khánh", [("vietnam", "Trùng Khánh")]),
        ("thành phố Trùng Khánh", [("division", "Trùng Khánh")]),
        # Changsha is a city; Vietnam's Trường Sa is an archipelago, never a city
        ("thành phố Trường Sa (Hồ Nam)", [("division", "Hồ Nam"), ("division", "Hồ Nam")]),
        ("TP Trường Sa", [("division", "Hồ Nam")]),
        ("quần đảo Trường Sa", [("vietnam", "Trường Sa")]),
        ("huyện đảo Trường Sa", [("vietnam", "Trường Sa")]),
        # a prefecture whose name is also a Vietnamese one, only in the prefecture's name
        ("Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà", [("division", "Vân Nam")]),
        ("Bí thư Châu ủy Văn Sơn", [("division", "Vân Nam")]),
        ("ông Châu Văn Sơn", []),
        ("Văn Sơn", []),
        # Vietnam by its short names, not a web address ending in '.vn'
        ("thương mại VN - Quảng Tây", [("vietnam", "Việt Nam"), ("division", "Quảng Tây")]),
        ("Vietnam", [("vietnam", "Việt Nam")]),
        ("theo thanhnien.vn", []),
        ("VOV.VN - Phó Thủ tướng", []),
        # lower-case words are not place names: "hai năm" is not Hải Nam
        ("trong hai năm qua", []),
        ("quảng đông", []),
    ],
)
def test_what_a_place_name_refers_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert _named(text) == expected


def _figure(province: str) -> TradeFigure:
    return TradeFigure(province, 2024, "full_year", "two-way", 1, None, False, "…")


def test_provinces_of_the_headline_lead_officials_figures_and_repeats() -> None:
    about = provinces_about(
        "Việt Nam và Vân Nam hợp tác",
        [
            "Ngày 3/4, đoàn Quảng Tây đến Hà Nội.",
            "Hai bên nhắc tới Hồ Nam, Hồ Bắc và hai lần Phúc Kiến, Phúc Kiến; một lần Giang Tô.",
        ],
        [Official("Trần Cương", "Tỉnh trưởng tỉnh Cát Lâm", "CN", "Cát Lâm")],
        [_figure("Thiên Tân"), _figure("Trung Quốc")],
    )
    assert set(about) == {"Vân Nam", "Quảng Tây", "Phúc Kiến", "Cát Lâm", "Thiên Tân"}


def test_quoted_names_do_not_make_an_article_about_a_province() -> None:
    about = provinces_about(
        "Hợp tác với Quảng Đông",
        [
            "Ngày 3/4, đoàn Quảng Đông đến Hà Nội.",
            'Hai bên bàn về "Quy hoạch Vùng vịnh lớn Quảng Đông – Hồng Kông – Ma Cao".',
            "Các doanh nghiệp Ma Cao cũng quan tâm.",
        ],
        [],
        [],
    )
    assert about == ("Quảng Đông",)


@pytest.mark.parametrize("company", ["Hãng hàng không", "Tập đoàn", "Ngân hàng"])
def test_a_province_s_name_in_a_company_s_name_does_not_make_the_article_about_it(
    company: str,
) -> None:
    about = provinces_about(
        "Khánh Hòa đón đường bay mới từ Hồ Nam",
        [
            "Ngày 3/4, đoàn Hồ Nam đến Khánh Hòa.",
            f"Từ tháng 12, {company} Hải Nam sẽ mở thêm 7 chuyến mỗi tuần.",
            f"Đại diện {company} Hải Nam cho biết tỷ lệ lấp đầy đạt 85%.",
        ],
        [],
        [],
    )
    assert about == ("Hồ Nam",)


def test_a_chinese_name_the_article_uses_for_a_vietnamese_district_is_the_district() -> None:
    about = provinces_about(
        "Trùng Khánh đón gần 390 nghìn lượt khách du lịch",
        [
            "Bốn tháng đầu năm, huyện Trùng Khánh (Cao Bằng) đón gần 390 nghìn lượt khách.",
            "Trùng Khánh tiếp tục quảng bá thác Bản Giốc tới du khách Quảng Tây, Trung Quốc.",
        ],
        [],
        [],
    )
    assert about == ()  # not Chongqing (and Quảng Tây only in passing)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # a department only Vietnam's provinces have
        ("Ông Trần Văn Hải - Giám đốc Sở Kế hoạch và Đầu tư tỉnh Sơn Tây - đề xuất.", "VN"),
        (
            "Bà Lê Thị Hoa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Tây, cho biết.",
            "VN",
        ),
        ("Ông Vương Cường, Phó Giám đốc Sở Thương mại tỉnh Sơn Tây, cho biết.", "CN"),
    ],
)
def test_a_shared_name_the_article_ties_to_china_unless_its_own_words_say_vietnam(
    sentence: str, side: str
) -> None:
    (mention,) = [m for m in find_places(sentence) if m.place.name == "Sơn Tây"]
    assert read_shared_name(sentence, mention, frozenset({"Sơn Tây"})).place.side == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo ông Chu Hải Binh, Phó Tỉnh trưởng tỉnh Hồ Nam, thương mại tăng.", ["Hồ Nam"]),
        ("Phó Tỉnh trưởng tỉnh Hồ Nam Chu Hải Binh phát biểu.", ["Hồ Nam"]),
        ("Đoàn đã tới Chu Hải và Quảng Châu.", ["Quảng Đông", "Quảng Đông"]),
    ],
)
def test_a_person_s_name_beginning_with_a_city_s_name_names_no_place(
    text: str, expected: list[str]
) -> None:
    assert [m.place.name for m in find_places(text)] == expected
