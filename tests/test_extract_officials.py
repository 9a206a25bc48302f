"""Officials: the right name, the title as written, the right side and province."""

from __future__ import annotations

import pytest

from extract.official_merging import merge_officials
from extract.officials import find_mentions
from extract.types import Official


def _officials(*sentences: str) -> list[Official]:
    return merge_officials(find_mentions(sentences))


def _one(sentence: str) -> tuple[str, str, str, str | None]:
    officials = _officials(sentence)
    assert len(officials) == 1, officials
    o = officials[0]
    return o.name, o.title, o.side, o.province


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Chinese provincial officials, the province inside the title
        (
            "Chủ tịch Chính phủ nhân dân tỉnh Vân Nam Vương Dư Ba tiếp đoàn.",
            ("Vương Dư Ba", "Chủ tịch Chính phủ nhân dân tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
        (
            "Tỉnh trưởng tỉnh Hải Nam Lưu Tiểu Minh hội kiến đoàn.",
            ("Lưu Tiểu Minh", "Tỉnh trưởng tỉnh Hải Nam", "CN", "Hải Nam"),
        ),
        (
            "Phó Tỉnh trưởng Thường trực tỉnh Vân Nam Tông Quốc Anh cho biết.",
            ("Tông Quốc Anh", "Phó Tỉnh trưởng Thường trực tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
        (
            "Chủ tịch Chính hiệp tỉnh Quảng Tây Tôn Đại Luân tham dự.",
            ("Tôn Đại Luân", "Chủ tịch Chính hiệp tỉnh Quảng Tây", "CN", "Quảng Tây"),
        ),
        (
            "Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân tỉnh Vân Nam Vương Ninh "
            "phát biểu.",
            (
                "Vương Ninh",
                "Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân tỉnh Vân Nam",
                "CN",
                "Vân Nam",
            ),
        ),
        (
            "Thị trưởng thành phố Côn Minh Lưu Gia Thần đón đoàn.",
            ("Lưu Gia Thần", "Thị trưởng thành phố Côn Minh", "CN", "Vân Nam"),
        ),
        (
            "Phó Bí thư Khu ủy, Chủ tịch Khu tự trị dân tộc Choang Quảng Tây Lam Thiên Lập "
            "hội kiến.",
            (
                "Lam Thiên Lập",
                "Phó Bí thư Khu ủy, Chủ tịch Khu tự trị dân tộc Choang Quảng Tây",
                "CN",
                "Quảng Tây",
            ),
        ),
        # the country suffix is dropped from the title, and tells the side
        (
            "Phó Tỉnh trưởng tỉnh Phúc Kiến, Trung Quốc Quách Ninh Ninh phát biểu.",
            ("Quách Ninh Ninh", "Phó Tỉnh trưởng tỉnh Phúc Kiến", "CN", "Phúc Kiến"),
        ),
        (
            "Bí thư Tỉnh ủy Hà Nam (Trung Quốc) Lâu Dương Sinh thăm Việt Nam.",
            ("Lâu Dương Sinh", "Bí thư Tỉnh ủy Hà Nam", "CN", "Hà Nam"),
        ),
        (
            "Bí thư Thành ủy Nam Ninh Nông Sinh Văn tiếp đoàn.",
            ("Nông Sinh Văn", "Bí thư Thành ủy Nam Ninh", "CN", "Quảng Tây"),
        ),
        # national officials of China
        (
            "Trợ lý Bộ trưởng Ngoại giao Trung Quốc Hoa Xuân Oánh cho biết.",
            ("Hoa Xuân Oánh", "Trợ lý Bộ trưởng Ngoại giao Trung Quốc", "CN", None),
        ),
        (
            "Ngài Vương Nghị, Ủy viên Bộ Chính trị, Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại "
            "Trung ương, Bộ trưởng Ngoại giao Trung Quốc đã hội đàm.",
            (
                "Vương Nghị",
                "Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương, "
                "Bộ trưởng Ngoại giao Trung Quốc",
                "CN",
                None,
            ),
        ),
        (
            "Bộ trưởng Thương mại Trung Quốc Vương Văn Đào cho biết.",
            ("Vương Văn Đào", "Bộ trưởng Thương mại Trung Quốc", "CN", None),
        ),
        (
            "Thủ tướng Quốc vụ viện Trung Quốc Lý Cường gửi điện mừng.",
            ("Lý Cường", "Thủ tướng Quốc vụ viện Trung Quốc", "CN", None),
        ),
        (
            "Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh nói.",
            ("Mao Ninh", "Người phát ngôn Bộ Ngoại giao Trung Quốc", "CN", None),
        ),
        (
            "Tổng Bí thư, Chủ tịch Tập Cận Bình gửi điện mừng.",
            ("Tập Cận Bình", "Tổng Bí thư, Chủ tịch", "CN", None),
        ),
        # diplomats belong to the country before "tại"
        (
            "Đại sứ Trung Quốc tại Việt Nam Hà Vĩ phát biểu.",
            ("Hà Vĩ", "Đại sứ Trung Quốc tại Việt Nam", "CN", None),
        ),
        (
            "Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai tham dự.",
            ("Phạm Sao Mai", "Đại sứ Việt Nam tại Trung Quốc", "VN", None),
        ),
        (
            "Tham dự có Tổng Lãnh sự Trung Quốc tại TP. Hồ Chí Minh Ngụy Hoa Tường.",
            ("Ngụy Hoa Tường", "Tổng Lãnh sự Trung Quốc tại TP. Hồ Chí Minh", "CN", None),
        ),
        # "tại" after a Chinese province's office says where the event was, unless the office
        # is abroad
        (
            "Ông Lưu Ninh, Bí thư Khu ủy Quảng Tây, Trung Quốc tại thành phố Nam Ninh, tiếp đoàn.",
            ("Lưu Ninh", "Bí thư Khu ủy Quảng Tây", "CN", "Quảng Tây"),
        ),
        (
            "Ông Trương Minh, Trưởng Văn phòng Xúc tiến Thương mại Quảng Tây tại Hà Nội, cho biết.",
            (
                "Trương Minh",
                "Trưởng Văn phòng Xúc tiến Thương mại Quảng Tây tại Hà Nội",
                "CN",
                "Quảng Tây",
            ),
        ),
        # Vietnamese officials, national and provincial
        (
            "Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp đoàn.",
            ("Tô Lâm", "Tổng Bí thư, Chủ tịch nước", "VN", None),
        ),
        # the head of a town named again with its three-word name, which looks like a person's
        (
            "Phía Trung Quốc có ông Hà Quốc Cường, Trấn trưởng trấn Kim Thủy Hà cùng bà con hai "
            "bản.",
            ("Hà Quốc Cường", "Trấn trưởng trấn Kim Thủy Hà", "CN", None),
        ),
        # a zone's board named with its abbreviations
        (
            "Trưởng ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi Lê Văn Thịnh đề "
            "nghị hợp tác.",
            (
                "Lê Văn Thịnh",
                "Trưởng ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi",
                "VN",
                None,
            ),
        ),
        # a province after the title's comma opening the next clause is no place of the title
        (
            "Theo ông Lê Minh Khải, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương), Hồng "
            "Kông đóng vai trò trung chuyển.",
            ("Lê Minh Khải", "Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương)", "VN", None),
        ),
        # two offices joined by a comma make no phrase across it ('… UBND tỉnh, Trưởng …' is
        # no 'Tỉnh trưởng', China's office)
        (
            "Ông Phạm Ngọc Tuấn, Phó Chủ tịch UBND tỉnh, Trưởng nhóm công tác phía Lào Cai "
            "phát biểu.",
            (
                "Phạm Ngọc Tuấn",
                "Phó Chủ tịch UBND tỉnh, Trưởng nhóm công tác phía Lào Cai",
                "VN",
                None,
            ),
        ),
        # the head of one side's team in a joint working group, after the office
        (
            "Ông Dương Á Lâm, Phó Tỉnh trưởng tỉnh Vân Nam, Trưởng nhóm công tác phía Vân Nam "
            "phát biểu.",
            (
                "Dương Á Lâm",
                "Phó Tỉnh trưởng tỉnh Vân Nam, Trưởng nhóm công tác phía Vân Nam",
                "CN",
                "Vân Nam",
            ),
        ),
        (
            "Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp đoàn.",
            ("Võ Thị Ánh Xuân", "Phó Chủ tịch nước", "VN", None),
        ),
        (
            "Bộ trưởng Bộ Công an Lương Tam Quang chủ trì.",
            ("Lương Tam Quang", "Bộ trưởng Bộ Công an", "VN", None),
        ),
        (
            "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng nhấn mạnh.",
            ("Nguyễn Thị Hồng", "Thống đốc Ngân hàng Nhà nước", "VN", None),
        ),
        (
            "Ông Trần Thanh Hải, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương) cho biết.",
            ("Trần Thanh Hải", "Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương)", "VN", None),
        ),
        (
            "Cục trưởng Cục Xúc tiến thương mại Vũ Bá Phú cho biết.",
            ("Vũ Bá Phú", "Cục trưởng Cục Xúc tiến thương mại", "VN", None),
        ),
        (
            "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký dự buổi làm việc.",
            ("Nguyễn Xuân Ký", "Bí thư Tỉnh ủy Quảng Ninh", "VN", None),
        ),
        (
            "Bí thư Tỉnh ủy Hà Nam Trương Quốc Hùng làm việc với đoàn.",
            ("Trương Quốc Hùng", "Bí thư Tỉnh ủy Hà Nam", "VN", None),
        ),
        (
            "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lạng Sơn Hoàng Văn Nghiệm phát biểu.",
            ("Hoàng Văn Nghiệm", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lạng Sơn", "VN", None),
        ),
        (
            "Phó Chủ tịch Thường trực UBND tỉnh Lào Cai Hoàng Quốc Khánh chủ trì.",
            ("Hoàng Quốc Khánh", "Phó Chủ tịch Thường trực UBND tỉnh Lào Cai", "VN", None),
        ),
        (
            "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu chủ trì.",
            ("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh Lạng Sơn", "VN", None),
        ),
        (
            "Giám đốc Sở Công Thương tỉnh Lào Cai Hoàng Chí Hiền báo cáo.",
            ("Hoàng Chí Hiền", "Giám đốc Sở Công Thương tỉnh Lào Cai", "VN", None),
        ),
        (
            "Trưởng Ban Đối ngoại Trung ương Lê Văn Bình phát biểu.",
            ("Lê Văn Bình", "Trưởng Ban Đối ngoại Trung ương", "VN", None),
        ),
        # another country
        (
            "Bộ trưởng Thương mại Anh Peter Brown thăm Hà Nội.",
            ("Peter Brown", "Bộ trưởng Thương mại Anh", "other", None),
        ),
        # NAME, TITLE after "ông"/"đồng chí"; party ranks dropped when an office follows
        (
            "Tham dự có ông Lưu Ninh, Bí thư Khu ủy Quảng Tây, và nhiều quan chức.",
            ("Lưu Ninh", "Bí thư Khu ủy Quảng Tây", "CN", "Quảng Tây"),
        ),
        (
            "Đồng chí Trần Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng, chủ trì.",
            ("Trần Văn An", "Phó Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng", "VN", None),
        ),
        (
            "Thượng tướng Hoàng Xuân Bình, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng tiếp.",
            ("Hoàng Xuân Bình", "Thứ trưởng Bộ Quốc phòng", "VN", None),
        ),
        (
            "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng tiếp đoàn.",
            ("Đinh Tiến Dũng", "Bí thư Thành ủy Hà Nội", "VN", None),
        ),
        (
            "Ông Hoàng Văn Ân – Giám đốc Sở Công Thương Lạng Sơn – cho biết hàng hóa tăng.",
            ("Hoàng Văn Ân", "Giám đốc Sở Công Thương Lạng Sơn", "VN", None),
        ),
        (
            "Tham dự có ông Lưu Ninh (Bí thư Khu ủy Quảng Tây) và nhiều doanh nghiệp.",
            ("Lưu Ninh", "Bí thư Khu ủy Quảng Tây", "CN", "Quảng Tây"),
        ),
        (
            "Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư tiếp đoàn.",
            ("Trần Cẩm Tú", "Thường trực Ban Bí thư", "VN", None),
        ),
        (
            "Ủy viên Bộ Chính trị Nguyễn Văn Nên dự lễ.",
            ("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị", "VN", None),
        ),
        # a township (trấn) is China's, and a delegation marked as Chinese keeps its leader
        # Chinese even when the township has a Vietnamese place's name: the text locates it
        (
            "Đảng ủy xã Bình Nhi tiếp đoàn công tác Đảng ủy trấn Hữu Nghị, thành phố Bằng Tường, "
            "Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Lục Văn Cường, Bí thư Đảng "
            "ủy trấn làm trưởng đoàn.",
            ("Lục Văn Cường", "Bí thư Đảng ủy trấn", "CN", "Quảng Tây"),
        ),
        (
            "Ông Lục Văn Cường, Trấn trưởng trấn Ái Điểm cho biết hai bên sẽ mở rộng giao lưu.",
            ("Lục Văn Cường", "Trấn trưởng trấn Ái Điểm", "CN", None),
        ),
        (
            "Ông Hoàng Văn Nam, Bí thư Đảng ủy thị trấn Đồng Đăng phát biểu.",
            ("Hoàng Văn Nam", "Bí thư Đảng ủy thị trấn Đồng Đăng", "VN", None),
        ),
        # a ward numbered after the town it comes from keeps its number, not a date's or a sum's
        (
            "Tham dự có ông Lê Minh Tâm, Chủ tịch UBND phường Hải Hòa 2 cùng 50 doanh nghiệp.",
            ("Lê Minh Tâm", "Chủ tịch UBND phường Hải Hòa 2", "VN", None),
        ),
        (
            "Bí thư Đảng ủy phường Móng Cái 3 Trần Thu Hà phát biểu.",
            ("Trần Thu Hà", "Bí thư Đảng ủy phường Móng Cái 3", "VN", None),
        ),
        (
            "Ông Lê Minh Tâm, Chủ tịch UBND xã Hải Hà 1.200 hộ dân đã thoát nghèo.",
            ("Lê Minh Tâm", "Chủ tịch UBND xã Hải Hà", "VN", None),
        ),
        # the sentence goes on with what the officer did ('chỉ huy', 'chỉ đạo'): not the name's
        (
            "Lực lượng do Thiếu tá Lương Đức Minh, Trạm trưởng Trạm Kiểm soát biên giới Bình "
            "Nghi chỉ huy.",
            ("Lương Đức Minh", "Trạm trưởng Trạm Kiểm soát biên giới Bình Nghi", "VN", None),
        ),
        # old-style tone placement reads the same
        (
            "Phó Chủ tịch Uỷ ban nhân dân tỉnh Lạng Sơn Đoàn Thu Hà phát biểu.",
            ("Đoàn Thu Hà", "Phó Chủ tịch Uỷ ban nhân dân tỉnh Lạng Sơn", "VN", None),
        ),
    ],
)
def test_title_name_and_side(sentence: str, expected: tuple[str, str, str, str | None]) -> None:
    assert _one(sentence) == expected


def test_two_officials_in_one_sentence_keep_their_own_titles() -> None:
    officials = _officials(
        "Bộ trưởng Bộ Công an Lương Tam Quang hội đàm với Bộ trưởng Công an Trung Quốc "
        "Vương Tiểu Hồng."
    )
    assert [(o.name, o.title, o.side) for o in officials] == [
        ("Lương Tam Quang", "Bộ trưởng Bộ Công an", "VN"),
        ("Vương Tiểu Hồng", "Bộ trưởng Công an Trung Quốc", "CN"),
    ]


def test_a_title_after_a_name_belongs_to_the_next_name_when_one_follows() -> None:
    officials = _officials(
        "Bí thư Tỉnh ủy Vân Nam Vương Ninh, Tổng Bí thư, Chủ tịch nước Tô Lâm đánh giá cao."
    )
    assert [(o.name, o.title) for o in officials] == [
        ("Vương Ninh", "Bí thư Tỉnh ủy Vân Nam"),
        ("Tô Lâm", "Tổng Bí thư, Chủ tịch nước"),
    ]


def test_a_chain_of_titles_between_two_names_ends_with_the_second_name_s_title() -> None:
    officials = _officials(
        "Trong buổi chào xã giao đồng chí Trần Mẫn Nhĩ, Bí thư Thành ủy Thiên Tân, Đại sứ Phạm "
        "Thanh Bình bày tỏ vui mừng."
    )
    assert [(o.name, o.title, o.side) for o in officials] == [
        ("Trần Mẫn Nhĩ", "Bí thư Thành ủy Thiên Tân", "CN"),
        ("Phạm Thanh Bình", "Đại sứ", "VN"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a commune named like a person ('Đàm', 'Lò' are family names) closes the title of the
        # person named before it, who holds no other office
        (
            "Tiếp đoàn có ông Lò Văn Sinh, Chủ tịch UBND xã Đàm Hà và bà Hoàng Thị Mai, Bí thư "
            "Đảng ủy xã Đàm Hà.",
            [
                ("Lò Văn Sinh", "Chủ tịch UBND xã Đàm Hà"),
                ("Hoàng Thị Mai", "Bí thư Đảng ủy xã Đàm Hà"),
            ],
        ),
        # a rank is no office: the post's name closes the title after the officer's name
        (
            "Lực lượng do Đại úy Vi Văn Hùng, Đồn trưởng Đồn Biên phòng cửa khẩu Pò Peo và "
            "Thiếu tá Lương Đức Minh, Trạm trưởng Trạm Kiểm soát biên giới Lý Vạn chỉ huy.",
            [
                ("Vi Văn Hùng", "Đồn trưởng Đồn Biên phòng cửa khẩu Pò Peo"),
                ("Lương Đức Minh", "Trạm trưởng Trạm Kiểm soát biên giới Lý Vạn"),
            ],
        ),
        # a unit named by its place takes a place of three words, the first a family name
        (
            "Phía bạn do Thượng tá Triệu Kiến Minh, Trạm trưởng Trạm Kiểm tra biên phòng Kim "
            "Thủy Hà làm trưởng đoàn.",
            [("Triệu Kiến Minh", "Trạm trưởng Trạm Kiểm tra biên phòng Kim Thủy Hà")],
        ),
        (
            "Đoàn do Thiếu tá Hà Văn Tuấn, Đồn trưởng Đồn Biên phòng cửa khẩu Lò Sơn Hạ dẫn đầu.",
            [("Hà Văn Tuấn", "Đồn trưởng Đồn Biên phòng cửa khẩu Lò Sơn Hạ")],
        ),
        (
            "Tiếp đoàn có ông Vi Đức Thọ, Chi cục trưởng Chi cục Hải quan cửa khẩu Đàm Văn Lý.",
            [("Vi Đức Thọ", "Chi cục trưởng Chi cục Hải quan cửa khẩu Đàm Văn Lý")],
        ),
        (
            "Tham dự có ông Nông Văn Tài, Trưởng Ban quản lý cửa khẩu Hoàng Thạch Sơn và bà "
            "Lương Thị Hoa, Bí thư Đảng ủy xã Đàm Hà.",
            [
                ("Nông Văn Tài", "Trưởng Ban quản lý cửa khẩu Hoàng Thạch Sơn"),
                ("Lương Thị Hoa", "Bí thư Đảng ủy xã Đàm Hà"),
            ],
        ),
    ],
)
def test_a_place_named_like_a_person_closes_the_title_after_a_name(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence)] == expected


def test_a_province_s_body_takes_no_three_word_place_before_the_next_name() -> None:
    officials = _officials(
        "Chiều 8/5, tại Buôn Ma Thuột, Phó Chủ tịch UBND tỉnh Trần Văn Lâm đã tiếp đoàn."
    )
    assert [(o.name, o.title) for o in officials] == [("Trần Văn Lâm", "Phó Chủ tịch UBND tỉnh")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'ông A, TITLE, bà B, TITLE': 'bà B' after the first title begins the next item
        (
            "Dự có ông Mạc Kiến Hoa, Phó Giám đốc Sở Công an Khu tự trị Quảng Tây, bà Lâm Chí "
            "Quyên, Phó Giám đốc Sở Công an tỉnh Vân Nam và đại diện các đơn vị.",
            [
                ("Mạc Kiến Hoa", "Phó Giám đốc Sở Công an Khu tự trị Quảng Tây"),
                ("Lâm Chí Quyên", "Phó Giám đốc Sở Công an tỉnh Vân Nam"),
            ],
        ),
        # 'TITLE A, TITLE B, TITLE C': each title is the name's after it, even when the last
        # body's name has lower-case words the title does not take in
        (
            "Thứ trưởng Bộ Công Thương Trần Văn Hải, Phó Tỉnh trưởng tỉnh Hồ Nam Mạc Quốc Cường, "
            "Cục trưởng Cục Chế biến lâm sản Lê Văn Tâm cùng dự buổi gặp.",
            [
                ("Trần Văn Hải", "Thứ trưởng Bộ Công Thương"),
                ("Mạc Quốc Cường", "Phó Tỉnh trưởng tỉnh Hồ Nam"),
            ],
        ),
    ],
)
def test_comma_lists_of_officials_keep_each_title_with_its_person(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence)] == expected


def test_the_most_complete_title_in_the_article_wins() -> None:
    officials = _officials(
        "Chủ tịch Quảng Tây Lam Thiên Lập đón đoàn.",
        "Chủ tịch Khu tự trị Quảng Tây Lam Thiên Lập khẳng định.",
        "Bộ trưởng Nguyễn Hồng Sơn cho biết.",
        "Trước đó, Bộ trưởng Bộ Tài chính Nguyễn Hồng Sơn đã có cuộc gặp.",
    )
    assert [(o.name, o.title) for o in officials] == [
        ("Lam Thiên Lập", "Chủ tịch Khu tự trị Quảng Tây"),
        ("Nguyễn Hồng Sơn", "Bộ trưởng Bộ Tài chính"),
    ]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        # a family name no list knows, after the colon opening the list of those addressed
        (
            "Phía Tư Mao có các đồng chí: Đao Văn Khải, Phó Bí thư Thị ủy, Thị trưởng thành phố "
            "Phổ Nhĩ; Lỗ Hải Yến, Phó Thị trưởng thành phố Phổ Nhĩ.",
            ("Đao Văn Khải", "Phó Bí thư Thị ủy, Thị trưởng thành phố Phổ Nhĩ", "Vân Nam"),
        ),
        (
            "Tham dự hội đàm về phía bạn có ông: Đao Văn Khải, Thị trưởng thành phố Cảnh Hồng.",
            ("Đao Văn Khải", "Thị trưởng thành phố Cảnh Hồng", "Vân Nam"),
        ),
    ],
)
def test_a_fuller_title_in_a_list_after_a_colon_wins_over_a_later_bare_one(
    listed: str, expected: tuple[str, str, str]
) -> None:
    officials = _officials(listed, "Thị trưởng Đao Văn Khải cho biết thành phố có nhiều chè.")
    assert (officials[0].name, officials[0].title, officials[0].province) == expected


def test_a_former_office_beside_a_current_one_is_left_out() -> None:
    officials = _officials(
        "Ông Lê Văn An, Phó Chủ tịch UBND tỉnh Lào Cai, nguyên Giám đốc Sở Công Thương, cho biết."
    )
    assert [(o.name, o.title) for o in officials] == [
        ("Lê Văn An", "Phó Chủ tịch UBND tỉnh Lào Cai")
    ]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Sáng 23/4, đoàn làm việc với Sở Nông nghiệp và Nông thôn tỉnh Vân Nam.",
                "Tiếp đoàn, ông Trương Minh Hạo, Phó Giám đốc Sở giới thiệu mô hình dược liệu.",
            ),
            ("Phó Giám đốc Sở", "CN", "Vân Nam"),
        ),
        (
            (
                "Đoàn tỉnh Quảng Tây thăm Sở Công Thương tỉnh Lạng Sơn, nơi Giám đốc Sở Hoàng "
                "Văn Dũng giới thiệu các cửa khẩu.",
            ),
            ("Giám đốc Sở", "VN", None),
        ),
    ],
)
def test_a_bare_body_in_a_title_is_the_one_named_just_before(
    sentences: tuple[str, ...], expected: tuple[str, str, str | None]
) -> None:
    (official,) = _officials(*sentences)
    assert (official.title, official.side, official.province) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "- Biên bản ghi nhớ về hợp tác thương mại điện tử giữa Cục Thương mại điện tử và Kinh "
            "tế số (Bộ Công Thương) và Ủy ban Thương vụ thành phố Thượng Hải, do Cục trưởng Lê "
            "Minh Oanh và Chủ nhiệm Chu Văn Lam ký;",
            [("Lê Minh Oanh", "VN", None), ("Chu Văn Lam", "CN", "Thượng Hải")],
        ),
        (
            "Thỏa thuận hợp tác giữa Sở Công Thương tỉnh Lạng Sơn và Sở Thương mại Quảng Tây, do "
            "Giám đốc Nguyễn Văn An và Giám đốc Lưu Kiến Hoa ký.",
            [("Nguyễn Văn An", "VN", None), ("Lưu Kiến Hoa", "CN", "Quảng Tây")],
        ),
    ],
)
def test_a_signatory_with_a_bare_title_signs_for_the_party_named_in_the_same_order(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(o.name, o.side, o.province) for o in _officials(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trong chuyến thăm của Tổng Bí thư, Chủ tịch nước Tập Cận Bình tới Việt Nam, hai bên"
            " ký nhiều văn kiện.",
            ("Tập Cận Bình", "Tổng Bí thư, Chủ tịch nước", "CN"),
        ),
        ("Chủ tịch nước Tập Cận Bình tiếp đoàn.", ("Tập Cận Bình", "Chủ tịch nước", "CN")),
        ("Chủ tịch nước Lương Cường tiếp đoàn.", ("Lương Cường", "Chủ tịch nước", "VN")),
        # a country in the title still says more than the list of leaders
        (
            "Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai dự lễ.",
            ("Phạm Sao Mai", "Đại sứ Việt Nam tại Trung Quốc", "VN"),
        ),
    ],
)
def test_a_known_leader_s_side_outweighs_the_words_of_a_title_naming_no_country(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert [(o.name, o.title, o.side) for o in _officials(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentences", "title"),
    [
        # a chain of offices written about a month of a past year, one of them written later
        (
            [
                "Chuyến thăm Trung Quốc của Tổng Bí thư, Chủ tịch nước Tô Lâm tháng 8/2024 tạo"
                " nền tảng vững chắc.",
                "Dưới sự chỉ đạo của Tổng Bí thư Tô Lâm, quan hệ hai nước sẽ phát triển.",
            ],
            "Tổng Bí thư",
        ),
        (
            [
                "Tiếp đó, Tuyên bố chung tháng 8 năm 2024 nhân chuyến thăm của Phó Thủ tướng,"
                " Bộ trưởng Ngoại giao Trần Quang Vinh khẳng định điều này.",
                "Phó Thủ tướng Trần Quang Vinh nhiều lần nhấn mạnh yêu cầu này.",
            ],
            "Phó Thủ tướng",
        ),
        # the article's own day ('ngày 5 tháng 8 năm 2024'): the full chain is held now
        (
            [
                "Ngày 5 tháng 8 năm 2024, Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp đoàn.",
                "Tổng Bí thư Tô Lâm nhấn mạnh yêu cầu này.",
            ],
            "Tổng Bí thư, Chủ tịch nước",
        ),
        # a shorter form of the same office says nothing of another office left
        (
            [
                "Tháng 3/2024, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm hội kiến đoàn.",
                "Bí thư Tỉnh ủy Hoàng Văn Nghiệm nhấn mạnh yêu cầu này.",
            ],
            "Bí thư Tỉnh ủy Lạng Sơn",
        ),
    ],
)
def test_offices_named_about_a_past_month_give_way_to_the_part_held_now(
    sentences: list[str], title: str
) -> None:
    assert [o.title for o in _officials(*sentences)] == [title]


def test_a_side_found_in_one_mention_holds_for_the_short_ones() -> None:
    officials = _officials(
        "Phó Tỉnh trưởng Lưu Hồng Mai phát biểu.",
        "Phó Tỉnh trưởng tỉnh Hồ Nam Lưu Hồng Mai cho biết.",
    )
    assert [(o.side, o.province) for o in officials] == [("CN", "Hồ Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đoàn đã viếng liệt sĩ Nguyễn Văn Trỗi tại nghĩa trang.",
        "Hai bên nhắc lại những câu chuyện về Đại tướng Võ Nguyên Giáp.",
        "Cố Thủ tướng Phạm Văn Đồng từng thăm Quảng Tây.",
        # former office holders
        "Ông Trần Văn Khánh, nguyên Thứ trưởng Bộ Công Thương, từng ví von như vậy.",
        "Nguyên Phó Thủ tướng Lê Văn Khoan từng nhận xét như vậy.",
        "Hợp tác được nguyên Bộ trưởng Bộ Thương mại Trương Văn Tuyển khởi động.",
        "Cựu Bộ trưởng Lê Văn Bình phát biểu tại hội thảo.",
        # a late leader, whose name is not in the list of historical figures
        "Hai bên nhắc lại chuyến thăm của cố Tổng Bí thư Trần Minh Khải năm 2023.",
        "Chủ tịch Hồ Chí Minh từng hoạt động tại Quảng Châu.",
        "Năm 2004, khi Thủ tướng Phan Văn Khải thăm Trung Quốc, hai bên nêu ý tưởng này.",
        "Tổng Bí thư, Chủ tịch nước đề nghị hai bên tăng cường hợp tác.",
        "Tại Hà Nội, Thứ trưởng đề nghị hai bên phối hợp chặt chẽ.",
        "Hội Việt Nam Cách mạng Thanh niên được thành lập tại Quảng Châu.",
        "Ông Nguyễn Văn Hải cho biết hàng hóa qua cửa khẩu tăng mạnh.",
    ],
)
def test_not_officials(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a firm named by its common noun, in lower case, right after the office
        "Đoàn làm việc với ông Lục Kiến Hoa, Chủ tịch tập đoàn, về dự án cảng biển.",
        "Bà Trần Thu Trang, Tổng Giám đốc công ty, giới thiệu dây chuyền sản xuất.",
        "Ông Lê Minh Hải, Giám đốc doanh nghiệp, cho biết đơn hàng tăng.",
        # a trade association by its brand name, a business people's association or club
        "Ông Nguyễn Văn Tâm, Tổng Thư ký Vinacas, nhận định giá điều sẽ tăng.",
        "Bà Phạm Thị Hoa, Chủ tịch Hội Doanh nhân Việt Nam tại Thâm Quyến, cho rằng cơ hội lớn.",
        "Ông Vũ Đức Hòa, Chủ nhiệm Câu lạc bộ Doanh nghiệp Việt Nam - Quảng Tây, phát biểu.",
        # the office's field between it and the firm: 'Giám đốc phân tích của Công ty …'
        "Xuất khẩu sẽ tăng, ông Phạm Văn Minh, Giám đốc phân tích của Công ty Chứng khoán "
        "Bảo Việt nhận định.",
        "Theo bà Lý Mỹ Linh, Giám đốc khu vực Việt Nam của Hãng hàng không Thâm Quyến, số "
        "chuyến bay sẽ tăng.",
        # a firm named by its brand alone after 'Giám đốc', 'Tổng giám đốc'
        "Ông Nguyễn Văn Quang, Tổng giám đốc Thực phẩm Sạch Miền Bắc, cho biết đơn hàng tăng.",
        "Phó Tổng giám đốc Dệt May Phương Nam Lê Thị Hoa cho biết.",
        # a haulier's branch, a firm's works
        "Theo ông Phan Văn Hòa, Giám đốc Chi nhánh Vận tải đường sắt Hà Nội, lượng hàng tăng.",
        "Ông Lê Văn Tài, Giám đốc Xí nghiệp Vận tải Lạng Sơn, cho biết.",
        # a unit of the chamber of commerce, whose chairman alone counts as an official
        "Bà Đỗ Thị Mai, Giám đốc Trung tâm WTO và Hội nhập (VCCI), lưu ý doanh nghiệp.",
        "Ông Hà Văn Sơn, Phó Giám đốc Trung tâm Thương mại Quốc tế (VCCI), cho biết.",
        # an association of students abroad, its chairman introduced as 'Anh'
        "Anh Lê Văn Nam, Chủ tịch Hội Lưu học sinh Việt Nam tại Nam Ninh, kể năm nay hội "
        "tổ chức Tết.",
        "Chị Trần Thu Hà, Chủ tịch Hội Sinh viên Việt Nam tại Côn Minh, cho biết.",
    ],
)
def test_offices_in_firms_and_business_associations_make_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Trần Văn Bình, Chủ tịch chuỗi siêu thị Hoa Sen (Quảng Châu), đánh giá hàng Việt "
        "được ưa chuộng.",
        "Bà Lê Thị Mai, Giám đốc hãng Đông Phương, cho biết đơn hàng tăng.",
        "Ông Lý Quang, Chủ tịch ngân hàng thương mại Hưng Nghiệp, cho biết.",
        "Phó Tổng giám đốc chuỗi cửa hàng Bách Hóa Xanh Lê Văn Nam cho biết.",
        "Ông Lý Quang, Tổng Giám đốc Chuỗi siêu thị Hoa Sen, cho biết.",
    ],
)
def test_an_office_in_a_firm_called_by_what_it_is_makes_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "officials"),
    [
        # a firm's chief executive, the firm in lower case after the office or capitalised
        ("Ông Lục Vĩnh Khang, giám đốc điều hành công ty, kể việc đàm phán mất một năm.", []),
        ("Bà Trần Thu Hà, giám đốc điều hành doanh nghiệp, cho biết giá cước giảm.", []),
        ("Ông Lê Văn Tùng, tổng giám đốc điều hành tập đoàn, cho biết đơn hàng tăng.", []),
        ("Ông Phạm Văn Đức, Giám đốc điều hành Công ty Vận tải Phương Bắc, phát biểu.", []),
        # a firm's office alone, the firm named before the name
        (
            "Đại diện Công ty CP Lọc hóa dầu Bình Sơn, ông Phan Đình Thuận, Phó Tổng Giám đốc, "
            "bày tỏ mong muốn hợp tác.",
            [],
        ),
        # … but a state body's head named the same way stays an official
        (
            "Đại diện Sở Công Thương, ông Phan Văn Thuận, Phó Giám đốc Sở, phát biểu.",
            [("Phan Văn Thuận", "Phó Giám đốc Sở")],
        ),
        # the chair of a state corporation's members' council
        (
            "Ông Hoàng Gia Khánh, Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam, "
            "cho biết.",
            [],
        ),
        ("Giám đốc điều hành công ty Lê Minh Tuấn cho biết hàng đã đi.", []),
        # an owner of a firm, an office in some firm
        ("Ông Hoàng Văn Thái, chủ doanh nghiệp, cho biết hàng đi nhanh hơn.", []),
        ("Bà Ngô Thị Lan, giám đốc một công ty logistics, cho biết.", []),
        # the state's office stays an office when the meeting it chairs follows
        (
            "Giám đốc Sở Công Thương Lê Văn Nam điều hành hội nghị.",
            [("Lê Văn Nam", "Giám đốc Sở Công Thương")],
        ),
    ],
)
def test_a_firms_chief_executive_after_a_name_makes_no_official(
    sentence: str, officials: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence)] == officials


@pytest.mark.parametrize(
    "sentence",
    [
        "Cùng dự có ông Hà Quân, Phó Tổng giám đốc Sichuan Airlines.",
        "Phó Tổng giám đốc Xiamen Airlines Trần Vĩ cho biết hãng sẽ mở đường bay mới.",
        "Ông Lâm Hạo, Giám đốc China Eastern chi nhánh Vân Nam, cho biết.",
        "Bà Đường Mẫn, Phó Chủ tịch Bank of Communications chi nhánh Quảng Tây, phát biểu.",
        "Ông Lục Kiến, Chủ tịch Yunnan Construction Group, giới thiệu dự án.",
        "Ông Tạ Minh, Tổng giám đốc Guangxi Pingxiang Trade Co., Ltd, cho biết.",
    ],
)
def test_an_office_in_a_firm_named_in_latin_letters_makes_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Nguyễn Chánh Phương, Phó Chủ tịch Hội Mỹ nghệ và Chế biến gỗ TP. Hồ Chí Minh (HAWA) "
        "cho rằng thị trường lớn.",
        "Bà Lý Kim Chi - chủ tịch Hội Lương thực thực phẩm TP.HCM - lưu ý doanh nghiệp.",
        "Ông Trần Kiện Hoa, Chủ tịch Phòng Thương mại Trung Quốc tại Việt Nam, cho biết.",
        # a firm's office, the firm named in the words after it
        "Bà Lâm Tuệ Mẫn, Giám đốc thu mua ngành hàng trái cây của một chuỗi siêu thị tại Quảng "
        "Châu cho biết, chuỗi của bà dự kiến tăng.",
    ],
)
def test_trade_associations_foreign_chambers_and_firms_named_after_make_no_official(
    sentence: str,
) -> None:
    assert _officials(sentence) == []


def test_a_state_department_named_with_a_firm_s_word_is_still_the_state_s() -> None:
    sentence = "Cục trưởng Cục Cảng khẩu và Logistics thành phố Trùng Khánh Mạc Kiến Vĩ cho biết."
    assert _one(sentence) == (
        "Mạc Kiến Vĩ",
        "Cục trưởng Cục Cảng khẩu và Logistics thành phố Trùng Khánh",
        "CN",
        "Trùng Khánh",
    )
    assert _officials("Giám đốc Công ty Logistics Đông Hưng Mạc Kiến Vĩ cho biết.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Lê Văn Khoa, Chủ tịch VRA cho biết, hiệp hội sẽ mở rộng hợp tác.",
        "Bà Nguyễn Thị Hoa, Phó Chủ tịch VPA, nói thêm về thị trường hồ tiêu.",
        "Theo ông Đặng Minh Tuấn, Tổng Thư ký VLA, chi phí vận chuyển đã giảm.",
        "Phó Tổng thư ký VECOM Trần Văn Lâm cho rằng thương mại điện tử tăng nhanh.",
    ],
)
def test_an_association_named_by_an_unknown_acronym_makes_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Ông Phạm Văn Công, Chủ tịch VCCI, phát biểu khai mạc.", "Chủ tịch VCCI"),
        ("Tổng Thư ký ASEAN Lê Lương Minh dự hội nghị.", "Tổng Thư ký ASEAN"),
        ("Ông Lê Hữu Bình, Phó Chủ tịch UBND tỉnh, cho biết.", "Phó Chủ tịch UBND tỉnh"),
    ],
)
def test_a_known_acronym_after_chu_tich_keeps_the_official(sentence: str, title: str) -> None:
    officials = _officials(sentence)
    assert [o.title for o in officials] == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Ông Trần Văn An, Giám đốc Sở Công Thương tỉnh Lạng Sơn, cho biết.", None),
        ("Ông Hoàng Văn Hùng, Giám đốc Đại học Thái Nguyên, phát biểu.", None),
        ("Giám đốc Công an tỉnh Lạng Sơn Nguyễn Văn Thành dự.", None),
        ("Bà Margaret Lee, Tổng giám đốc HKTDC, cho biết.", None),
        (
            "Ông Lê Văn Bình, Giám đốc Trung tâm Xúc tiến thương mại của Sở Công Thương, cho biết.",
            "Giám đốc Trung tâm Xúc tiến thương mại của Sở Công Thương",
        ),
    ],
)
def test_a_state_body_or_an_acronym_after_giam_doc_keeps_the_official(
    sentence: str, title: str | None
) -> None:
    officials = _officials(sentence)
    assert len(officials) == 1, officials
    assert title is None or officials[0].title == title


def test_a_friendship_association_of_the_state_makes_an_official() -> None:
    assert _one(
        "Ông Lê Văn Bình, Chủ tịch Hội Hữu nghị Việt Nam - Trung Quốc tỉnh Lạng Sơn, cho biết."
    ) == (
        "Lê Văn Bình",
        "Chủ tịch Hội Hữu nghị Việt Nam - Trung Quốc tỉnh Lạng Sơn",
        "VN",
        None,
    )


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a family name people.toml does not list, after an office held only in China
        (
            ["Tỉnh trưởng Mễ Chấn Hoa chủ trì buổi tiếp."],
            [("Mễ Chấn Hoa", "Tỉnh trưởng", "CN", None)],
        ),
        (
            ["Phó Tỉnh trưởng Khích Vĩnh Hoa phát biểu."],
            [("Khích Vĩnh Hoa", "Phó Tỉnh trưởng", "CN", None)],
        ),
        # or after "ông"/"bà" and before a title
        (
            ["Đoàn do ông Khích Quốc Phong, Phó Tỉnh trưởng tỉnh Cam Túc dẫn đầu."],
            [("Khích Quốc Phong", "Phó Tỉnh trưởng tỉnh Cam Túc", "CN", "Cam Túc")],
        ),
        # offices in lower case after a dash (one house style)
        (
            ["Ông Lạc Minh Viễn - phó bí thư Khu ủy, chủ tịch Khu tự trị Quảng Tây - cho biết."],
            [
                (
                    "Lạc Minh Viễn",
                    "phó bí thư Khu ủy, chủ tịch Khu tự trị Quảng Tây",
                    "CN",
                    "Quảng Tây",
                )
            ],
        ),
        # in lower case before the name too, when a known family name follows at once
        (
            ["Chiều 5-6, phó thủ tướng Lê Minh Khải làm việc với đoàn."],
            [("Lê Minh Khải", "phó thủ tướng", "VN", None)],
        ),
        (["Hai bên đề nghị bộ trưởng Bộ Công Thương quan tâm hơn."], []),
        # "TP." glued to the city
        (
            ["Phó thị trưởng TP.Quảng Châu Lưu Hải Đình tiếp đoàn."],
            [("Lưu Hải Đình", "Phó thị trưởng TP.Quảng Châu", "CN", "Quảng Đông")],
        ),
        # a region of the world inside the organisation
        (
            ["Bà Trần Thu Hà, Vụ trưởng Vụ Thị trường châu Âu - châu Mỹ (Bộ Công Thương) nói."],
            [
                (
                    "Trần Thu Hà",
                    "Vụ trưởng Vụ Thị trường châu Âu - châu Mỹ (Bộ Công Thương)",
                    "VN",
                    None,
                )
            ],
        ),
        # a title that names no side: the delegation the person leads does
        (
            [
                "Chủ tịch tỉnh tiếp đoàn công tác của Sở Thương mại tỉnh Hồ Nam do ông Lạc Thành "
                "Phong, phó giám đốc sở, làm trưởng đoàn."
            ],
            [("Lạc Thành Phong", "phó giám đốc sở", "CN", "Hồ Nam")],
        ),
        (
            ["Đoàn tỉnh Lạng Sơn do ông Lê Văn Tâm, Giám đốc Trung tâm Xúc tiến Đầu tư dẫn đầu."],
            [("Lê Văn Tâm", "Giám đốc Trung tâm Xúc tiến Đầu tư", "VN", None)],
        ),
        (
            ["Đoàn do đồng chí Lý Tư Khiêm, Phó Châu trưởng châu Phổ Nhĩ, tỉnh Vân Nam dẫn đầu."],
            [("Lý Tư Khiêm", "Phó Châu trưởng châu Phổ Nhĩ", "CN", "Vân Nam")],
        ),
        # a prefecture the article names with "châu" is a place, not a person
        (
            [
                "Đoàn đến thị trấn Mã Quan, châu Hồng Hà, tỉnh Vân Nam.",
                "Dự có ông Tôn Lệ Bình, Bí thư Châu ủy Hồng Hà cùng đại diện các sở.",
            ],
            [("Tôn Lệ Bình", "Bí thư Châu ủy Hồng Hà", "CN", "Vân Nam")],
        ),
        # and so are the words after a party committee, whether or not the article says so
        # (a prefecture the gazetteer knows gives its province)
        (
            ["Dự có ông Tôn Lệ Bình, Bí thư Châu ủy Hồng Hà cùng đại diện các sở."],
            [("Tôn Lệ Bình", "Bí thư Châu ủy Hồng Hà", "CN", "Vân Nam")],
        ),
        (
            ["Dự có ông Tôn Lệ Bình, Bí thư Châu ủy Mã Quan cùng đại diện các sở."],
            [("Tôn Lệ Bình", "Bí thư Châu ủy Mã Quan", "CN", None)],
        ),
        # the prefecture after a prefecture's office in a chain is no person either
        (
            [
                "Tiếp đoàn có đồng chí Tôn Khánh Vĩ, Phó Bí thư Châu ủy, Châu trưởng Châu Hồng Hà "
                "cùng lãnh đạo các sở."
            ],
            [("Tôn Khánh Vĩ", "Phó Bí thư Châu ủy, Châu trưởng Châu Hồng Hà", "CN", "Vân Nam")],
        ),
        # a prefecture of two words the gazetteer knows, after the place word 'châu' ending a
        # title before the name: its last word is not the person's family name
        (
            [
                "Ký thỏa thuận có Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân châu Hồng "
                "Hà Lý Tư Bân."
            ],
            [
                (
                    "Lý Tư Bân",
                    "Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân châu Hồng Hà",
                    "CN",
                    "Vân Nam",
                )
            ],
        ),
        (
            ["Phó Chủ tịch Chính hiệp châu Văn Sơn Hoàng Minh Đạt phát biểu."],
            [("Hoàng Minh Đạt", "Phó Chủ tịch Chính hiệp châu Văn Sơn", "CN", "Vân Nam")],
        ),
        (
            ["Bí thư Huyện ủy Mã Quan Lý Minh Đức tiếp đoàn."],
            [("Lý Minh Đức", "Bí thư Huyện ủy Mã Quan", "VN", None)],
        ),
        (
            ["Bí thư Huyện ủy Hoàng Thị Kim Anh tiếp đoàn."],
            [("Hoàng Thị Kim Anh", "Bí thư Huyện ủy", "VN", None)],
        ),
        (
            [
                "Đoàn đến châu Văn Sơn của tỉnh Vân Nam.",
                "Bí thư Châu ủy Văn Sơn Trần Minh Đạt tiếp đoàn.",
            ],
            [("Trần Minh Đạt", "Bí thư Châu ủy Văn Sơn", "CN", "Vân Nam")],
        ),
        # managers of companies and business associations are not officials, and a company's
        # name does not become a person's
        (
            [
                "Ông Trịnh Văn Khải, tổng giám đốc Công ty TNHH Cơ khí Tân Phong (Quảng Châu), "
                "cho biết đơn hàng tăng.",
                "Bà Lê Thu Hằng, Chủ tịch Hiệp hội Cao su Việt Nam, nói giá đã phục hồi.",
            ],
            [],
        ),
        # the side a sentence lists people under: 'phía Trung Quốc có', 'Về phía Vân Nam có'
        (
            [
                "Dự buổi làm việc, phía Việt Nam có ông Đỗ Văn Lâm, Chi cục trưởng Chi cục Hải "
                "quan cửa khẩu Ma Lù Thàng; phía Trung Quốc có ông Mã Kiến Dân, Cục trưởng Hải "
                "quan Thiên Bảo.",
                "Về phía Vân Nam có ông Đào Chấn Hoa, Phó Châu trưởng Châu tự trị dân tộc Hà Nhì.",
            ],
            [
                ("Đỗ Văn Lâm", "Chi cục trưởng Chi cục Hải quan cửa khẩu Ma Lù Thàng", "VN", None),
                ("Mã Kiến Dân", "Cục trưởng Hải quan Thiên Bảo", "CN", None),
                ("Đào Chấn Hoa", "Phó Châu trưởng Châu tự trị dân tộc Hà Nhì", "CN", "Vân Nam"),
            ],
        ),
        # the side named with its Chinese name in brackets: 'Phía Cát Lâm (吉林) có'
        (
            ["Phía Cát Lâm (吉林) có ông Khương Minh, Phó Giám đốc Sở Thương mại tỉnh."],
            [("Khương Minh", "Phó Giám đốc Sở Thương mại tỉnh", "CN", "Cát Lâm")],
        ),
        # the groups of a prefecture's name joined by 'và', its place known to the gazetteer
        (
            [
                "Ông Lý Khai Vĩnh, Châu trưởng Châu tự trị dân tộc Choang và dân tộc Miêu Văn Sơn "
                "phát biểu."
            ],
            [
                (
                    "Lý Khai Vĩnh",
                    "Châu trưởng Châu tự trị dân tộc Choang và dân tộc Miêu Văn Sơn",
                    "CN",
                    "Vân Nam",
                )
            ],
        ),
        # the article names the prefecture's city without its province: the prefecture's
        # name still gives it
        (
            [
                "Ngày 13/11, tại thành phố Văn Sơn, Đoàn hội đàm với lãnh đạo Châu Văn Sơn.",
                "Phía Văn Sơn có ông Dương Khải Minh, Bí thư Châu ủy Châu tự trị dân tộc Choang, "
                "Miêu Văn Sơn.",
            ],
            [
                (
                    "Dương Khải Minh",
                    "Bí thư Châu ủy Châu tự trị dân tộc Choang, Miêu Văn Sơn",
                    "CN",
                    "Vân Nam",
                )
            ],
        ),
        # a family name 'Châu' makes no prefecture
        (
            ["Ông Châu Văn Sơn, Phó Chủ tịch UBND tỉnh Lào Cai, phát biểu."],
            [("Châu Văn Sơn", "Phó Chủ tịch UBND tỉnh Lào Cai", "VN", None)],
        ),
        # ', tỉnh Vân Nam' after a prefecture's name gives the province, not more title
        (
            [
                "Ông Dương Lợi Dân, Châu trưởng Châu tự trị dân tộc Choang, Miêu Văn Sơn, tỉnh "
                "Vân Nam, Trung Quốc phát biểu."
            ],
            [
                (
                    "Dương Lợi Dân",
                    "Châu trưởng Châu tự trị dân tộc Choang, Miêu Văn Sơn",
                    "CN",
                    "Vân Nam",
                )
            ],
        ),
        # the heads of Hong Kong and Macau, a Vietnamese trade office, a National Assembly
        # delegation, a ward's committee, a rare family name
        (
            [
                "Chủ tịch nước tiếp Trưởng Đặc khu hành chính Ma Cao Hạ Bảo Long.",
                "Ông Phạm Văn Quý, Tham tán Công sứ, Trưởng Thương vụ Việt Nam tại Trung Quốc "
                "cho biết thêm.",
                "Bà Hà Thị Nga, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh dự.",
                "Ông Lê Minh Tuấn, Chủ tịch UBND phường Sơn Tây phát biểu.",
                "Bà Lô Mai, Phó Tỉnh trưởng tỉnh Phúc Kiến cho biết.",
            ],
            [
                ("Hạ Bảo Long", "Trưởng Đặc khu hành chính Ma Cao", "CN", "Ma Cao"),
                (
                    "Phạm Văn Quý",
                    "Tham tán Công sứ, Trưởng Thương vụ Việt Nam tại Trung Quốc",
                    "VN",
                    None,
                ),
                ("Hà Thị Nga", "Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh", "VN", None),
                ("Lê Minh Tuấn", "Chủ tịch UBND phường Sơn Tây", "VN", None),
                ("Lô Mai", "Phó Tỉnh trưởng tỉnh Phúc Kiến", "CN", "Phúc Kiến"),
            ],
        ),
        # the Chief Secretary of a special administrative region
        (
            [
                "Đoàn đã có buổi làm việc với ông Lâm Văn Kiệt, Chánh Thư ký Chính quyền Đặc khu "
                "hành chính Hồng Kông, về hợp tác tài chính."
            ],
            [
                (
                    "Lâm Văn Kiệt",
                    "Chánh Thư ký Chính quyền Đặc khu hành chính Hồng Kông",
                    "CN",
                    "Hồng Kông",
                )
            ],
        ),
        # the body an organisation belongs to, named after 'thuộc', with its country
        (
            [
                "Cục trưởng Cục Thống kê và Phân tích thuộc Tổng cục Hải quan Trung Quốc Lữ "
                "Đại Minh cho biết."
            ],
            [
                (
                    "Lữ Đại Minh",
                    "Cục trưởng Cục Thống kê và Phân tích thuộc Tổng cục Hải quan Trung Quốc",
                    "CN",
                    None,
                )
            ],
        ),
        # more bodies of the same kind in one name, after 'và các'
        (
            [
                "Ông Võ Minh Hà, Trưởng ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp "
                "Quảng Ngãi cho biết."
            ],
            [
                (
                    "Võ Minh Hà",
                    "Trưởng ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi",
                    "VN",
                    None,
                )
            ],
        ),
        # a department's name listing its fields with commas, its province at the end
        (
            [
                "Người ký: bà Hoàng Tĩnh Như, Phó Giám đốc Sở Du lịch, Văn hóa, Phát thanh "
                "truyền hình và Thể thao tỉnh Hải Nam."
            ],
            [
                (
                    "Hoàng Tĩnh Như",
                    "Phó Giám đốc Sở Du lịch, Văn hóa, Phát thanh truyền hình và Thể thao tỉnh "
                    "Hải Nam",
                    "CN",
                    "Hải Nam",
                )
            ],
        ),
    ],
)
def test_names_and_titles_beyond_the_word_lists(
    sentences: list[str], expected: list[tuple[str, str, str, str | None]]
) -> None:
    officials = _officials(*sentences)
    assert [(o.name, o.title, o.side, o.province) for o in officials] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Chinese border police detachment's head, a military rank before his name
        (
            "Phía Trung Quốc do Đại tá Trương Vĩnh Cường, Chi đội trưởng Chi đội Quản lý xuất"
            " nhập cảnh biên phòng Bằng Tường dẫn đầu.",
            (
                "Trương Vĩnh Cường",
                "Chi đội trưởng Chi đội Quản lý xuất nhập cảnh biên phòng Bằng Tường",
                "CN",
                "Quảng Tây",
            ),
        ),
        (
            "Đại đội trưởng Đại đội Quản lý xuất nhập cảnh biên phòng Hữu Nghị Quan"
            " Lương Kiến Minh tiếp đoàn.",
            (
                "Lương Kiến Minh",
                "Đại đội trưởng Đại đội Quản lý xuất nhập cảnh biên phòng Hữu Nghị Quan",
                "CN",
                "Quảng Tây",
            ),
        ),
        (
            "Đoàn do Thượng tá Hà Văn Tuấn, Trung đoàn trưởng Trung đoàn 852 dẫn đầu.",
            ("Hà Văn Tuấn", "Trung đoàn trưởng Trung đoàn 852", "VN", None),
        ),
    ],
)
def test_the_head_of_a_military_or_border_police_unit_is_an_official(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ông Nguyễn Văn Hùng, Đội trưởng Đội Quản lý thị trường số 3, cho biết đội đã xử "
            "lý 20 vụ.",
            ("Nguyễn Văn Hùng", "Đội trưởng Đội Quản lý thị trường số 3", "VN", None),
        ),
        (
            "Đội trưởng Đội Quản lý thị trường số 3 Nguyễn Văn Hùng cho biết.",
            ("Nguyễn Văn Hùng", "Đội trưởng Đội Quản lý thị trường số 3", "VN", None),
        ),
        (
            "Ông Lê Văn Nam, Phó Đội trưởng Đội Cảnh sát giao thông số 5, cho biết.",
            ("Lê Văn Nam", "Phó Đội trưởng Đội Cảnh sát giao thông số 5", "VN", None),
        ),
    ],
)
def test_the_head_of_a_numbered_team_is_an_official(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Đội trưởng Nguyễn Quang Hải ghi bàn ở phút 80.",
        "Đội trưởng đội tuyển Việt Nam Nguyễn Quang Hải ghi bàn.",
    ],
)
def test_a_team_s_captain_is_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thượng tá Nông Văn Khải, nay là Đồn trưởng Đồn Biên phòng cửa khẩu Tà Lùng, khi ấy"
            " là một trung úy trẻ.",
            ("Nông Văn Khải", "Đồn trưởng Đồn Biên phòng cửa khẩu Tà Lùng", "VN", None),
        ),
        (
            "Ông Hoàng Đức Minh, hiện là Phó Chủ tịch UBND tỉnh Lạng Sơn, cho biết.",
            ("Hoàng Đức Minh", "Phó Chủ tịch UBND tỉnh Lạng Sơn", "VN", None),
        ),
        (
            "Ông Cốc Kiến Quân, hiện nay là Phó Tỉnh trưởng tỉnh Vân Nam, từng học tại Hà Nội.",
            ("Cốc Kiến Quân", "Phó Tỉnh trưởng tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
    ],
)
def test_the_office_a_person_holds_now_after_nay_la_is_his_title(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'Theo Tham' reads like a two-word Latin name ('Peter Brown')
        (
            "Theo Tham tán Thương mại Việt Nam tại Nam Ninh Đỗ Văn Hải, Quảng Tây cần nhiều"
            " trái cây.",
            ("Đỗ Văn Hải", "Tham tán Thương mại Việt Nam tại Nam Ninh", "VN", None),
        ),
        (
            "Theo Tham tán Công sứ Lê Quang Hòa, hai bên sẽ sớm họp.",
            ("Lê Quang Hòa", "Tham tán Công sứ", "VN", None),
        ),
        (
            "Theo Giám đốc Sở Công Thương tỉnh Lạng Sơn Phạm Hồng Quân, hàng hóa tăng mạnh.",
            ("Phạm Hồng Quân", "Giám đốc Sở Công Thương tỉnh Lạng Sơn", "VN", None),
        ),
    ],
)
def test_a_title_after_theo_opening_the_sentence_is_read(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # half of a name is never a name: the family name is unknown and the office is not one
        # that names its holder directly, so nobody is found
        "Giám đốc Sở Thương mại Mễ Quang Vinh cho biết.",
        # a capitalised run after a Vietnamese office is an organisation, not a name
        "Chủ tịch Hội Nông dân tỉnh cho biết mùa vụ thuận lợi.",
        # a mission's name is no office, and the words after a ministry's first word no name
        "Dự có đại diện Bộ Ngoại giao, Bộ Công Thương, Tổng Lãnh sự quán Việt Nam tại Nam Ninh.",
        # an office in some company is no office of the state
        "Bà Lý Mỹ Linh, giám đốc một công ty nhập khẩu trái cây ở Thâm Quyến, cho biết.",
    ],
)
def test_no_person_is_made_of_part_of_a_name_or_an_organisation(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tại trụ sở UBND tỉnh ở phường Đồng Hới, Phó Chủ tịch UBND tỉnh Hoàng Nam đã tiếp "
            "đoàn.",
            [("Hoàng Nam", "Phó Chủ tịch UBND tỉnh")],
        ),
        (
            "Tại xã Hà Lâm, Bí thư Tỉnh ủy Trần Minh Đức đã làm việc với đoàn.",
            [("Trần Minh Đức", "Bí thư Tỉnh ủy")],
        ),
        (
            "Sáng 5/3, tại phường Trần Phú, Chủ tịch UBND tỉnh Lê Hòa tiếp đoàn.",
            [("Lê Hòa", "Chủ tịch UBND tỉnh")],
        ),
    ],
)
def test_a_ward_named_like_a_person_before_a_title_and_name_is_no_person(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    # 'phường Đồng Hới, Phó Chủ tịch … A': the words after a local unit's word name a place,
    # not a person the title after the comma would describe
    assert [(o.name, o.title) for o in _officials(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'UBND TP' names the city the article is about without its name, like 'UBND thành
        # phố': the title ends there, and the words after it are its holder's name
        (
            "Đoàn công tác do Phó Chủ tịch UBND TP Trương Việt Dũng dẫn đầu đã làm việc với "
            "thành phố Nam Ninh.",
            [("Trương Việt Dũng", "Phó Chủ tịch UBND TP")],
        ),
        (
            "Chủ tịch UBND TP Lê Hòa, Phó Chủ tịch UBND TP Trần Minh Đức cùng dự.",
            [("Lê Hòa", "Chủ tịch UBND TP"), ("Trần Minh Đức", "Phó Chủ tịch UBND TP")],
        ),
        # a city's name after the abbreviation stays in the title
        (
            "Phó Chủ tịch UBND TP Hà Nội Trương Việt Dũng phát biểu.",
            [("Trương Việt Dũng", "Phó Chủ tịch UBND TP Hà Nội")],
        ),
    ],
)
def test_a_title_ending_with_an_unnamed_city_s_abbreviation_keeps_it(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence)] == expected


def test_a_name_after_an_organisation_and_a_place_word_stays_a_name() -> None:
    officials = _officials(
        "Chủ tịch UBND huyện Trần Văn Sáng tiếp đoàn.", "Ông Trần Văn Sáng cho biết thêm."
    )
    assert [(o.name, o.title) for o in officials] == [("Trần Văn Sáng", "Chủ tịch UBND huyện")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ministry's desk named for a country is no side
        (
            "Dự có ông Hồ Văn Nam, Vụ trưởng Vụ Trung Quốc (Bộ Ngoại giao).",
            ("Hồ Văn Nam", "Vụ trưởng Vụ Trung Quốc (Bộ Ngoại giao)", "VN", None),
        ),
        # a prefecture's peoples joined by a dash, then its province
        (
            "Hai bên hội đàm với ông Vương Chí Kiên, Châu trưởng Châu tự trị dân tộc Choang - "
            "Miêu Văn Sơn, tỉnh Vân Nam (Trung Quốc).",
            (
                "Vương Chí Kiên",
                "Châu trưởng Châu tự trị dân tộc Choang - Miêu Văn Sơn",
                "CN",
                "Vân Nam",
            ),
        ),
        # two offices held together, written with 'kiêm'
        (
            "Đoàn do bà Nông Thị Hà, Bí thư Tỉnh ủy kiêm Trưởng Đoàn đại biểu Quốc hội tỉnh "
            "dẫn đầu.",
            ("Nông Thị Hà", "Bí thư Tỉnh ủy kiêm Trưởng Đoàn đại biểu Quốc hội tỉnh", "VN", None),
        ),
        # … the second naming its own body after the first's place
        (
            "Cùng đi có ông Hoàng Vĩnh Khang, Bí thư Thị ủy Tĩnh Tây kiêm Chủ nhiệm Ủy ban quản "
            "lý Khu hợp tác kinh tế biên giới Long Bang; ông Mã Hồng Lương.",
            (
                "Hoàng Vĩnh Khang",
                "Bí thư Thị ủy Tĩnh Tây kiêm Chủ nhiệm Ủy ban quản lý Khu hợp tác kinh tế biên "
                "giới Long Bang",
                "CN",
                "Quảng Tây",
            ),
        ),
        # a bare title, its country in the mission whose delegation the person leads
        (
            "Tỉnh đã làm việc với đoàn công tác Tổng Lãnh sự quán Trung Quốc tại TP. Hồ Chí Minh "
            "do ông Ngụy Minh Tường, Tổng Lãnh sự làm trưởng đoàn.",
            ("Ngụy Minh Tường", "Tổng Lãnh sự", "CN", None),
        ),
    ],
)
def test_titles_that_name_a_country_a_people_or_two_offices(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert [(o.name, o.title, o.side, o.province) for o in _officials(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an office held in turn, its body, and the side of a body two countries share
        (
            "Đồng chủ trì hội nghị có đồng chí Hoàng Văn Nam, Ủy viên Trung ương Đảng, Bí thư "
            "Tỉnh ủy Hà Giang, Chủ tịch luân phiên Ủy ban công tác liên hợp phía Việt Nam và "
            "đồng chí Lưu Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam.",
            (
                "Hoàng Văn Nam",
                "Bí thư Tỉnh ủy Hà Giang, Chủ tịch luân phiên Ủy ban công tác liên hợp phía "
                "Việt Nam",
                "VN",
                None,
            ),
        ),
        (
            "Ông Trần Văn Bình, Tổng Thư ký luân phiên Diễn đàn Hợp tác, cho biết.",
            ("Trần Văn Bình", "Tổng Thư ký luân phiên Diễn đàn Hợp tác", "VN", None),
        ),
        (
            "Ông Lưu Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam, Chủ tịch Ủy ban công tác liên hợp "
            "phía Trung Quốc, phát biểu.",
            (
                "Lưu Minh Hoa",
                "Phó Tỉnh trưởng tỉnh Vân Nam, Chủ tịch Ủy ban công tác liên hợp phía Trung Quốc",
                "CN",
                "Vân Nam",
            ),
        ),
        # a Chinese pilot zone's long name, its lower-case words joined by 'và', up to its city
        (
            "Ông Lâm Quốc Hoa, Phó Chủ nhiệm Ủy ban quản lý Khu thí điểm phát triển và mở cửa "
            "trọng điểm Đông Hưng, Quảng Tây cho biết.",
            (
                "Lâm Quốc Hoa",
                "Phó Chủ nhiệm Ủy ban quản lý Khu thí điểm phát triển và mở cửa trọng điểm Đông "
                "Hưng",
                "CN",
                "Quảng Tây",
            ),
        ),
    ],
)
def test_a_title_chain_keeps_its_last_office_whole(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _officials(sentence)[0] == Official(*expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a two-word term after the unit's first word, then the border gate that places it
        (
            "Thượng tá Lưu Quốc Vĩ, Trạm trưởng Trạm kiểm tra biên phòng cửa khẩu Hà Khẩu đã ký "
            "biên bản.",
            (
                "Lưu Quốc Vĩ",
                "Trạm trưởng Trạm kiểm tra biên phòng cửa khẩu Hà Khẩu",
                "CN",
                "Vân Nam",
            ),
        ),
        (
            "Ông Nông Văn Tú, Trạm trưởng Trạm kiểm soát liên hợp cửa khẩu Hữu Nghị, cho biết.",
            ("Nông Văn Tú", "Trạm trưởng Trạm kiểm soát liên hợp cửa khẩu Hữu Nghị", "VN", None),
        ),
    ],
)
def test_a_unit_s_name_goes_on_past_a_two_word_term(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _officials(sentence) == [Official(*expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a school named like a person ('Hồng Đức'), then the next person after 'và ông'
        (
            "Dịp này, PGS.TS Nguyễn Văn Lộc, Hiệu trưởng Trường Đại học Hồng Đức và ông Lâm Chí "
            "Hòa đã ký biên bản.",
            [("Nguyễn Văn Lộc", "Hiệu trưởng Trường Đại học Hồng Đức", "VN", None)],
        ),
        (
            "Ông Trần Văn Lộc, Giám đốc Bệnh viện Lương Sơn, phát biểu.",
            [("Trần Văn Lộc", "Giám đốc Bệnh viện Lương Sơn", "VN", None)],
        ),
        # the body's name goes on in lower case, and a place in it is read as one
        (
            "Ông Lê Văn Tài, Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn, cho biết.",
            [("Lê Văn Tài", "Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn", "VN", None)],
        ),
        (
            "Ông Lâm Hoa, Hiệu trưởng Đại học Quảng Tây, phát biểu.",
            [("Lâm Hoa", "Hiệu trưởng Đại học Quảng Tây", "CN", "Quảng Tây")],
        ),
    ],
)
def test_an_institution_named_like_a_person_is_part_of_the_title(
    sentence: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    officials = _officials(sentence)
    assert [(o.name, o.title, o.side, o.province) for o in officials] == expected


@pytest.mark.parametrize(
    ("department", "side", "province"),
    [
        ("Sở Kế hoạch và Đầu tư", "VN", None),
        ("Sở Công Thương", "VN", None),
        ("Sở Văn hóa, Thể thao và Du lịch", "VN", None),
        ("Sở Thương mại", "CN", "Hà Nam"),
    ],
)
def test_a_department_only_vietnam_has_makes_a_shared_province_name_vietnam_s(
    department: str, side: str, province: str | None
) -> None:
    officials = merge_officials(
        find_mentions(
            [
                "Đoàn tỉnh Hà Nam (Trung Quốc) do Phó Tỉnh trưởng Lý Minh Quân dẫn đầu.",
                f"Ông Trần Văn Hải - Giám đốc {department} tỉnh Hà Nam - đề xuất lập tổ công tác.",
            ],
            in_china=frozenset({"Hà Nam"}),
        )
    )
    assert [(o.name, o.side, o.province) for o in officials] == [
        ("Lý Minh Quân", "CN", "Hà Nam"),
        ("Trần Văn Hải", side, province),
    ]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Đồn Biên phòng cửa khẩu Chi Ma phối hợp với Trạm Kiểm soát biên giới Ái Điểm "
                "(thành phố Bằng Tường, Quảng Tây, Trung Quốc) tổ chức tuần tra.",
                "Lực lượng do Thiếu tá Lục Chí Cường, Trạm trưởng Trạm Kiểm soát biên giới Ái "
                "Điểm chỉ huy.",
            ),
            ("Lục Chí Cường", "Trạm trưởng Trạm Kiểm soát biên giới Ái Điểm", "CN", "Quảng Tây"),
        ),
        (
            (
                "Chi cục Hải quan khu vực VIII hội đàm với Hải quan Đông Hưng (Khu tự trị dân tộc "
                "Choang Quảng Tây, Trung Quốc).",
                "Phía Trung Quốc có ông Lương Minh, Cục trưởng Hải quan Đông Hưng.",
            ),
            ("Lương Minh", "Cục trưởng Hải quan Đông Hưng", "CN", "Quảng Tây"),
        ),
    ],
)
def test_a_body_the_article_places_in_brackets_places_its_official(
    sentences: tuple[str, ...], expected: tuple[str, str, str, str | None]
) -> None:
    assert _officials(*sentences)[-1] == Official(*expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tiếp Tổng Lãnh sự, ông Trương Vĩnh Hòa (Zhang Yonghe), Bí thư Thành ủy thành phố "
            "Bằng Tường, cho biết hai bên còn nhiều dư địa hợp tác.",
            ("Trương Vĩnh Hòa", "Bí thư Thành ủy thành phố Bằng Tường", "CN", "Quảng Tây"),
        ),
        (
            "Chiều 4/6, đón Đại sứ, ông Lục Minh Quang, Phó Tỉnh trưởng tỉnh Vân Nam, khẳng định "
            "tỉnh coi trọng hợp tác với các địa phương Việt Nam.",
            ("Lục Minh Quang", "Phó Tỉnh trưởng tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
    ],
)
def test_a_title_a_fronted_verb_acts_on_is_not_the_next_persons(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại sứ chuyển thư của ông Trương Chí Quân, nguyên Đại sứ Trung Quốc tại Chile, Chủ tịch "
        "Hội Hữu nghị Đối ngoại Nhân dân Trung Quốc, gửi các bạn Việt Nam.",
        "Nguyên Thứ trưởng Bộ Ngoại giao, Chủ tịch Hội hữu nghị Việt - Trung Phạm Quang Vinh "
        "phát biểu tại buổi lễ.",
    ],
)
def test_a_friendship_association_post_after_a_former_office_makes_no_official(
    sentence: str,
) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "GS Lý Quốc Hoa (Li Guohua), Hiệu trưởng Đại học Quảng Tây (Trung Quốc), phát biểu "
            "tại lễ ký.",
            ("Lý Quốc Hoa", "Hiệu trưởng Đại học Quảng Tây", "CN", "Quảng Tây"),
        ),
        (
            "Tiến sĩ Trần Hải Yến (Chen Haiyan), Viện trưởng Viện Khoa học xã hội tỉnh Vân Nam, "
            "cho biết.",
            ("Trần Hải Yến", "Viện trưởng Viện Khoa học xã hội tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
    ],
)
def test_a_title_after_a_rank_name_and_alias_is_the_persons(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


def test_the_second_of_two_signatories_after_va_a_rank_and_an_alias() -> None:
    officials = _officials(
        "PGS.TS Nguyễn Văn Thành, Giám đốc Đại học Huế và GS Lý Quốc Hoa (Li Guohua), Hiệu "
        "trưởng Đại học Quảng Tây (Trung Quốc), đã ký biên bản ghi nhớ."
    )
    assert [(o.name, o.title, o.side) for o in officials] == [
        ("Nguyễn Văn Thành", "Giám đốc Đại học Huế", "VN"),
        ("Lý Quốc Hoa", "Hiệu trưởng Đại học Quảng Tây", "CN"),
    ]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Sáng 12/5, Tổng Lãnh sự Việt Nam tại Nam Ninh Lê Văn Minh đã thăm và làm việc "
                "với Học viện Dân tộc Quảng Tây.",
                "Tiếp đoàn có ông Dư Chí Cường, Hiệu trưởng nhà trường.",
            ),
            ("Dư Chí Cường", "Hiệu trưởng", "CN", "Quảng Tây"),
        ),
        (
            (
                "Đoàn công tác tỉnh Vân Nam do ông Lý Hoa dẫn đầu đã đến thăm Trường Đại học "
                "Tây Bắc (Sơn La).",
                "Tiếp đoàn có ông Trần Văn Tâm, Hiệu trưởng nhà trường.",
            ),
            ("Trần Văn Tâm", "Hiệu trưởng", "VN", None),
        ),
    ],
)
def test_a_bare_head_of_an_institution_is_of_the_institution_visited(
    sentences: tuple[str, ...], expected: tuple[str, str, str, str | None]
) -> None:
    officials = {o.name: o for o in _officials(*sentences)}
    o = officials[expected[0]]
    assert (o.name, o.title, o.side, o.province) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cùng dự có ông Trần Văn Long, Phó Giám đốc Sở Công Thương tỉnh Hà Giang, và ông Lý "
            "Kiến Quốc, Cục trưởng Cục Thương mại Châu Văn Sơn.",
            [
                ("Trần Văn Long", "Phó Giám đốc Sở Công Thương tỉnh Hà Giang", "VN", None),
                ("Lý Kiến Quốc", "Cục trưởng Cục Thương mại Châu Văn Sơn", "CN", "Vân Nam"),
            ],
        ),
        (
            "Đoàn đã hội đàm với ông Dương Chí Minh, Cục trưởng Cục Thương mại Châu Hồng Hà "
            "(tỉnh Vân Nam, Trung Quốc).",
            [("Dương Chí Minh", "Cục trưởng Cục Thương mại Châu Hồng Hà", "CN", "Vân Nam")],
        ),
        (
            "Ông Tôn Lập Dân, Phó Huyện trưởng Huyện Hà Khẩu, cho biết lượng hàng tăng.",
            [("Tôn Lập Dân", "Phó Huyện trưởng Huyện Hà Khẩu", "CN", "Vân Nam")],
        ),
        (
            "Cục trưởng Cục Thương mại Châu Hồng Hà Lý Minh Quân phát biểu.",
            [("Lý Minh Quân", "Cục trưởng Cục Thương mại Châu Hồng Hà", "CN", "Vân Nam")],
        ),
        # with no other name, 'Châu Văn Sơn' after a title may be its holder
        (
            "Cục trưởng Cục Xuất nhập khẩu Châu Văn Sơn phát biểu.",
            [("Châu Văn Sơn", "Cục trưởng Cục Xuất nhập khẩu", "VN", None)],
        ),
    ],
)
def test_a_chinese_prefecture_or_city_named_with_its_level_is_the_title_s_place(
    sentence: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    # 'Châu' is the autonomous prefecture ('Châu Hồng Hà'), not the family name Châu
    assert [(o.name, o.title, o.side, o.province) for o in _officials(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # a department's fields, in lower case after their capital, joined by 'và'
        (
            "Bà Lê Thị Hạnh, Cục trưởng Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương), "
            "cho biết.",
            "Cục trưởng Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương)",
        ),
        (
            "Theo ông Ngô Văn Tú, Phó Cục trưởng Cục Công nghệ thông tin và Thống kê hải quan, "
            "số liệu cho thấy xuất khẩu tăng.",
            "Phó Cục trưởng Cục Công nghệ thông tin và Thống kê hải quan",
        ),
        (
            "Cục trưởng Cục Thương mại điện tử và Kinh tế số Lê Thị Hạnh phát biểu.",
            "Cục trưởng Cục Thương mại điện tử và Kinh tế số",
        ),
        # the body a unit belongs to, in brackets, whatever kind of body it is
        (
            "Theo bà Đỗ Thị Lan, Trưởng ban Thống kê hải quan (Cục Hải quan), xuất khẩu tăng.",
            "Trưởng ban Thống kê hải quan (Cục Hải quan)",
        ),
        (
            "Ông Lê Văn Bình, Phó Giám đốc Trung tâm Xúc tiến (Sở Công Thương Lạng Sơn), cho biết.",
            "Phó Giám đốc Trung tâm Xúc tiến (Sở Công Thương Lạng Sơn)",
        ),
        # … or after a comma, a department its board belongs to as a ministry its department
        (
            "Theo bà Đỗ Thị Lan, Trưởng ban Thống kê hải quan, Cục Hải quan cho biết như vậy.",
            "Trưởng ban Thống kê hải quan, Cục Hải quan",
        ),
        (
            "Bà Nguyễn Thu Hà, Phó Vụ trưởng Vụ Chính sách thương mại đa biên, Bộ Công Thương nói.",
            "Phó Vụ trưởng Vụ Chính sách thương mại đa biên, Bộ Công Thương",
        ),
        # 'thông tin' after a bare unit is what the person does, not the unit's field
        (
            "Ông Vũ Văn Cường, Tham tán, Trưởng Chi nhánh thông tin, thương mại tăng 9%.",
            "Tham tán, Trưởng Chi nhánh",
        ),
    ],
)
def test_a_department_s_name_goes_on_in_lower_case_and_with_its_parent_body(
    sentence: str, title: str
) -> None:
    assert [o.title for o in _officials(sentence)] == [title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sáng 3/4, ông Khổng Vĩ Lâm (孔伟林), Phó Bí thư Thị ủy, Thị trưởng thành phố Bách "
            "Sắc đã tiếp đoàn công tác.",
            ("Khổng Vĩ Lâm", "Phó Bí thư Thị ủy, Thị trưởng thành phố Bách Sắc", "CN", "Quảng Tây"),
        ),
        (
            "Phó Thủ tướng tiếp đồng chí Tạ Minh Hải (谢明海), Phó Tỉnh trưởng tỉnh Vân Nam, "
            "đang dẫn đầu đoàn.",
            ("Tạ Minh Hải", "Phó Tỉnh trưởng tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
        (
            "Bộ trưởng tiếp ông Hà Gia Vỹ (Eric Ho Ka-wai), Thư ký Thương mại Đặc khu hành chính "
            "Hồng Kông, chiều 5/3.",
            ("Hà Gia Vỹ", "Thư ký Thương mại Đặc khu hành chính Hồng Kông", "CN", "Hồng Kông"),
        ),
        (
            "Đoàn công tác do ông Cốc Chí Bình (Kuk Chi Ping) - bộ trưởng kinh tế Ma Cao - dẫn "
            "đầu.",
            ("Cốc Chí Bình", "bộ trưởng kinh tế Ma Cao", "CN", "Ma Cao"),
        ),
    ],
)
def test_an_alias_in_brackets_between_a_name_and_its_title(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Đại sứ gặp ông Hồ Văn Kiệt (Hu Wenjie), Phó Tỉnh trưởng tỉnh Vân Nam.",
                "Phó Tỉnh trưởng Hu Wenjie cho biết tỉnh sẽ mở thêm cửa khẩu.",
            ),
            "Hồ Văn Kiệt",
        ),
        (
            (
                "Phó Thị trưởng Thâm Quyến Đàm Văn Lợi (Tan Wenli) dẫn đầu đoàn.",
                "Phó Thị trưởng Tan Wenli khẳng định hai bên còn nhiều dư địa hợp tác.",
            ),
            "Đàm Văn Lợi",
        ),
    ],
)
def test_a_name_given_in_brackets_is_the_same_persons(
    sentences: tuple[str, ...], expected: str
) -> None:
    assert [o.name for o in _officials(*sentences)] == [expected]


def test_a_name_given_in_brackets_is_the_same_persons_in_a_caption() -> None:
    body = find_mentions(["Ông Đàm Văn Lợi (Tan Wenli), Phó Thị trưởng Thâm Quyến, dẫn đầu đoàn."])
    caption = find_mentions(["Lãnh đạo thành phố tặng quà Phó Thị trưởng Tan Wenli."])
    assert [o.name for o in merge_officials([*body, *caption])] == ["Đàm Văn Lợi"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Thủ tướng tiếp đồng chí Chu Văn Hòa, Bí thư Tỉnh ủy tỉnh Phúc Kiến.",
                "Thủ tướng tiếp đồng chí Châu Văn Hòa, Bí thư Tỉnh ủy Phúc Kiến.",
            ),
            ["Chu Văn Hòa"],
        ),
        (
            (
                "Thủ tướng tiếp đồng chí Chu Văn Hòa, Bí thư Tỉnh ủy tỉnh Phúc Kiến.",
                "Tỉnh trưởng tỉnh Quảng Đông Châu Văn Hòa dự buổi tiếp.",
            ),
            ["Chu Văn Hòa", "Châu Văn Hòa"],
        ),
    ],
)
def test_a_family_name_written_two_ways_is_one_person_in_one_place(
    sentences: tuple[str, ...], expected: list[str]
) -> None:
    assert [o.name for o in _officials(*sentences)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cùng dự có đồng chí Hà Văn Thắng, nguyên Giám đốc Sở Tài chính, nay là Phó Chủ tịch "
            "UBND tỉnh Hà Giang; lãnh đạo các sở, ngành.",
            ("Hà Văn Thắng", "Phó Chủ tịch UBND tỉnh Hà Giang", "VN", None),
        ),
        (
            "Thứ trưởng đã tiếp ông Tôn Kiến Minh, nguyên Phó Tỉnh trưởng, hiện là Phó Chủ nhiệm "
            "Ủy ban Thường vụ Đại hội đại biểu nhân dân tỉnh Quý Châu, đang dẫn đầu đoàn.",
            (
                "Tôn Kiến Minh",
                "Phó Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân tỉnh Quý Châu",
                "CN",
                "Quý Châu",
            ),
        ),
    ],
)
def test_the_office_held_now_after_a_former_one(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự buổi tiếp có ông Hà Văn Thắng, nguyên Phó Chủ tịch UBND tỉnh, Phó Chủ tịch thường "
        "trực Hội.",
        "Đoàn do ông Mạc Văn Kiên, nguyên Thứ trưởng Bộ Thương mại, Chủ tịch Hội làm trưởng đoàn.",
    ],
)
def test_a_post_in_the_association_named_before_after_a_former_office_makes_no_official(
    sentence: str,
) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ngày 3-6, ông Hà Gia Vỹ - bộ trưởng kinh tế và tài chính Ma Cao - đã đến TP.HCM.",
            ("Hà Gia Vỹ", "bộ trưởng kinh tế và tài chính Ma Cao", "CN", "Ma Cao"),
        ),
        (
            "Ngày 3-6, ông Hà Gia Vỹ - thư ký thương mại và đầu tư Hồng Kông - đã đến TP.HCM.",
            ("Hà Gia Vỹ", "thư ký thương mại và đầu tư Hồng Kông", "CN", "Hồng Kông"),
        ),
    ],
)
def test_a_lower_case_title_naming_two_fields_with_va(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tham dự hội đàm có ông Lương Văn Bình, Phó Bí thư Thị ủy thành phố Đông Hưng.",
        "Bí thư Thị ủy thành phố Đông Hưng Lương Văn Bình cho biết.",
    ],
)
def test_a_city_party_committee_called_thi_uy_is_chinas(sentence: str) -> None:
    assert _one(sentence)[2] == "CN"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đoàn làm việc với ông Lưu Văn Hải, Phó Bí thư Thành ủy, Thị trưởng thành phố Trường "
            "Sa.",
            ("Lưu Văn Hải", "Phó Bí thư Thành ủy, Thị trưởng thành phố Trường Sa", "CN", "Hồ Nam"),
        ),
        (
            "Thị trưởng Trường Sa Lưu Văn Hải tiếp đoàn.",
            ("Lưu Văn Hải", "Thị trưởng Trường Sa", "CN", "Hồ Nam"),
        ),
        (
            "Đoàn thăm quần đảo Trường Sa, gặp ông Nguyễn Văn An, Chủ tịch UBND huyện Trường Sa.",
            ("Nguyễn Văn An", "Chủ tịch UBND huyện Trường Sa", "VN", None),
        ),
    ],
)
def test_a_city_office_of_truong_sa_is_changsha_s_the_islands_stay_vietnam_s(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cùng đi có ông Hoàng Vĩnh Phúc, Phó Cục trưởng Cục Văn hóa, Thể thao và Du lịch "
            "thành phố Đông Hưng.",
            ("CN", "Quảng Tây"),
        ),
        ("Trưởng phòng Thương mại TP Đông Hưng Lý Minh Hoa cho biết.", ("CN", "Quảng Tây")),
        # Vietnam's district of the same name
        ("Ông Trần Văn Hải, Chủ tịch UBND huyện Đông Hưng, cho biết.", ("VN", None)),
    ],
)
def test_a_chinese_city_named_like_a_vietnamese_district_after_thanh_pho(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert _one(sentence)[2:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Phía bạn có ông Mạc Chí Hùng, Bí thư Thị ủy Đông Hưng; bà Lý Mai, Phó Thị trưởng "
            "thành phố Bằng Tường.",
            ("Mạc Chí Hùng", "Bí thư Thị ủy Đông Hưng", "CN", "Quảng Tây"),
        ),
        (
            "Phó Bí thư Thành ủy Đông Hưng Mạc Chí Hùng cho biết thương mại biên giới tăng.",
            ("Mạc Chí Hùng", "Phó Bí thư Thành ủy Đông Hưng", "CN", "Quảng Tây"),
        ),
        (
            "Ông Mạc Chí Hùng, Phó Thị trưởng Đông Hưng, dẫn đầu đoàn.",
            ("Mạc Chí Hùng", "Phó Thị trưởng Đông Hưng", "CN", "Quảng Tây"),
        ),
        # Vietnam's district of that name has a 'Huyện ủy'
        (
            "Ông Trần Văn Hải, Bí thư Huyện ủy Đông Hưng, cho biết.",
            ("Trần Văn Hải", "Bí thư Huyện ủy Đông Hưng", "VN", None),
        ),
    ],
)
def test_a_chinese_city_named_bare_after_a_city_s_committee_or_mayor_gives_its_province(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert next(o for o in _officials(sentence) if o.name == expected[0]) == Official(*expected)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Theo ông Trần Thanh Hòa, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương), Tây "
            "Nam Trung Quốc là thị trường lớn.",
            "Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương)",
        ),
        (
            "Theo bà Lê Thu Hà, Phó Vụ trưởng Vụ Thị trường châu Á, Đông Bắc Trung Quốc có sức "
            "mua khá.",
            "Phó Vụ trưởng Vụ Thị trường châu Á",
        ),
    ],
)
def test_a_part_of_china_opening_the_clause_after_a_title_gives_no_side(
    sentence: str, title: str
) -> None:
    assert _one(sentence)[1:3] == (title, "VN")


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        (
            "Về phía Trung Quốc có ông Lâm Chí Cường, Phó Thị trưởng thành phố Bằng Tường; ông "
            "Hà Quang Minh, Giám đốc Sở Thương mại.",
            "Hà Quang Minh",
            "CN",
        ),
        (
            "Phía Trung Quốc có bà Lục Mỹ Linh, Phó Châu trưởng châu Hồng Hà; Cục trưởng Cục "
            "Thương mại Vương Kiến Hoa.",
            "Vương Kiến Hoa",
            "CN",
        ),
        (
            "Phía Trung Quốc có ông Lâm Chí Cường, Phó Thị trưởng thành phố Bằng Tường; cùng "
            "dự có ông Hà Quang Minh, Giám đốc Sở Thương mại.",
            "Hà Quang Minh",
            "VN",
        ),
        (
            "Về phía Trung Quốc có ông Lâm Chí Cường, Phó Thị trưởng thành phố Bằng Tường; đại "
            "diện các sở, ngành; ông Hà Quang Minh, Giám đốc Sở Thương mại.",
            "Hà Quang Minh",
            "VN",
        ),
    ],
)
def test_a_side_s_list_header_holds_for_each_person_listed_after_a_semicolon(
    sentence: str, name: str, side: str
) -> None:
    assert {o.name: o.side for o in _officials(sentence)}[name] == side


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lãnh đạo Trùng Khánh, trong đó có Bí thư Thành ủy Viên Gia Quân, luôn coi trọng "
            "hợp tác với các địa phương Việt Nam.",
            ("Viên Gia Quân", "Bí thư Thành ủy", "CN", "Trùng Khánh"),
        ),
        (
            "Lãnh đạo tỉnh Quý Châu gồm Bí thư Tỉnh ủy Từ Lân đã tiếp đoàn.",
            ("Từ Lân", "Bí thư Tỉnh ủy", "CN", "Quý Châu"),
        ),
        (
            "Lãnh đạo tỉnh Lào Cai gồm Bí thư Tỉnh ủy Đặng Xuân Phong đã tiếp đoàn.",
            ("Đặng Xuân Phong", "Bí thư Tỉnh ủy", "VN", None),
        ),
    ],
)
def test_an_office_both_countries_have_is_the_place_whose_leaders_the_sentence_lists(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Về phía Hải Nam có ông Lý Văn Bình, Phó Giám đốc Sở Ngoại vụ tỉnh Hải Nam; ông Chu "
        "Minh Đức, Đại sứ Trung Quốc tại Việt Nam.",
        "Về phía Hải Nam có ông Chu Minh Đức, Đại sứ Trung Quốc tại Việt Nam và ông Lý Văn "
        "Bình, Phó Giám đốc Sở Ngoại vụ tỉnh Hải Nam.",
    ],
)
def test_a_person_whose_title_names_the_country_takes_no_province_from_the_list_header(
    sentence: str,
) -> None:
    officials = _officials(sentence)
    assert {o.name: (o.side, o.province) for o in officials} == {
        "Lý Văn Bình": ("CN", "Hải Nam"),
        "Chu Minh Đức": ("CN", None),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Theo ông Chu Hải Long, Phó tỉnh trưởng tỉnh Hồ Bắc, hai bên sẽ mở rộng hợp tác.",
            ("Chu Hải Long", "Phó tỉnh trưởng tỉnh Hồ Bắc", "CN", "Hồ Bắc"),
        ),
        (
            "Phó Tỉnh trưởng tỉnh Hồ Nam Chu Hải Binh phát biểu tại hội nghị.",
            ("Chu Hải Binh", "Phó Tỉnh trưởng tỉnh Hồ Nam", "CN", "Hồ Nam"),
        ),
        (
            "Phó Tỉnh trưởng Chu Hải Binh phát biểu tại hội nghị.",
            ("Chu Hải Binh", "Phó Tỉnh trưởng", "CN", None),
        ),
        # the city's name alone, and before a whole name, is still the city
        (
            "Thị trưởng thành phố Chu Hải Hoàng Chí Hào tiếp đoàn.",
            ("Hoàng Chí Hào", "Thị trưởng thành phố Chu Hải", "CN", "Quảng Đông"),
        ),
    ],
)
def test_a_name_beginning_with_a_chinese_city_s_name_is_a_person(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    # 'Chu Hải' is Zhuhai, but a family name and one more capitalised word after a title or
    # 'ông' are a person's name: no place leaves a single capitalised word after it
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dự họp có ông Bun Thăn Xay Nha Vông, Phó Tỉnh trưởng tỉnh Hủa Phăn (Lào).",
            ("Bun Thăn Xay Nha Vông", "Phó Tỉnh trưởng tỉnh Hủa Phăn", "other"),
        ),
        # a syllable that is also a family name ('Ma') does not start the name there
        (
            "Tham dự tại điểm cầu Hủa Phăn có ông Xay Xổm Phon Ma Vông, Phó Tỉnh trưởng tỉnh "
            "Hủa Phăn (Lào).",
            ("Xay Xổm Phon Ma Vông", "Phó Tỉnh trưởng tỉnh Hủa Phăn", "other"),
        ),
    ],
)
def test_a_lao_name_written_syllable_by_syllable_is_whole(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _one(sentence)[:3] == expected


@pytest.mark.parametrize(
    ("sentence", "officials"),
    [
        (
            "Ông Vương Kiến Minh, Phó Tổng Giám đốc Cảng quốc tế Thành Đô, đề nghị mở rộng bãi "
            "hàng.",
            [],
        ),
        ("Tổng Giám đốc Cảng Hải Phòng Trần Văn Nam phát biểu.", []),
        (
            "Ông Trần Văn Nam, Giám đốc Ngân hàng Nông nghiệp chi nhánh tỉnh Lạng Sơn, phát biểu.",
            [],
        ),
        # a state body whose kind begins with the same word stays the state's
        (
            "Giám đốc Cảng vụ Hải Phòng Trần Văn Nam phát biểu.",
            [("Trần Văn Nam", "Giám đốc Cảng vụ Hải Phòng")],
        ),
        (
            "Ông Trần Văn Nam, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn, phát biểu.",
            [("Trần Văn Nam", "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn")],
        ),
    ],
)
def test_a_port_or_a_bank_named_as_a_business_makes_no_official(
    sentence: str, officials: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence)] == officials


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Phó Thủ tướng tiếp Đại sứ Hàn Quốc tại Việt Nam Park Min-jun tại Hà Nội.",
            ("Park Min-jun", "Đại sứ Hàn Quốc tại Việt Nam", "other"),
        ),
        (
            "Đoàn do ông Lee Sung-ho, Phó Tỉnh trưởng tỉnh Chungcheong (Hàn Quốc) dẫn đầu.",
            ("Lee Sung-ho", "Phó Tỉnh trưởng tỉnh Chungcheong", "other"),
        ),
        (
            "Thứ trưởng Ngoại giao Hàn Quốc Kim Do-yun hội đàm với Thứ trưởng Lê Văn B.",
            ("Kim Do-yun", "Thứ trưởng Ngoại giao Hàn Quốc", "other"),
        ),
    ],
)
def test_a_given_name_joined_by_a_hyphen_to_a_lower_case_syllable_is_whole(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    # Korean given names are written 'Min-jun': cut at the hyphen, the name loses its last
    # syllable, or no name is read at all where a title was to follow it
    officials = _officials(sentence)
    assert (officials[0].name, officials[0].title, officials[0].side) == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a hyphen before a capitalised word, or with spaces, separates two names
        (
            "Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn An-Lý Gia Bảo cùng dự.",
            ["Hoàng Văn An"],
        ),
        # a Vietnamese word glued to a name by a hyphen is not part of it
        (
            "Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh-người đứng đầu tỉnh phát biểu.",
            ["Hoàng Xuân Ánh"],
        ),
    ],
)
def test_a_hyphen_between_names_or_before_a_vietnamese_word_separates(
    sentence: str, names: list[str]
) -> None:
    assert [o.name for o in _officials(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Korean provincial vice-governor leading his province's delegation
        (
            "Chủ tịch UBND tỉnh Bình Định tiếp đoàn doanh nghiệp tỉnh Chungcheongnam (Hàn Quốc)"
            " do ông Park Jung-ho, Phó Tỉnh trưởng tỉnh Chungcheongnam dẫn đầu.",
            ("Park Jung-ho", "Phó Tỉnh trưởng tỉnh Chungcheongnam", "other", None),
        ),
        # a Lao provincial governor listed under his country
        (
            "Dự hội nghị, phía Lào có ông Khăm Xay Phôm Vi Chít, Tỉnh trưởng tỉnh Luông Nậm Tha.",
            ("Khăm Xay Phôm Vi Chít", "Tỉnh trưởng tỉnh Luông Nậm Tha", "other", None),
        ),
        # a Cambodian provincial governor, the country after the delegation's province
        (
            "Lãnh đạo tỉnh Tây Ninh đón đoàn đại biểu tỉnh Kampong Cham, Vương quốc Campuchia"
            " do ông Un Chanda, Tỉnh trưởng tỉnh Kampong Cham dẫn đầu.",
            ("Un Chanda", "Tỉnh trưởng tỉnh Kampong Cham", "other", None),
        ),
        # the bare office of a foreign delegation's leader
        (
            "Tiếp đoàn công tác tỉnh Xiêng Khoảng (Lào) do ông Bun Lơn Xay, Phó Tỉnh trưởng"
            " dẫn đầu.",
            ("Bun Lơn Xay", "Phó Tỉnh trưởng", "other", None),
        ),
        # a title naming a Chinese province stays China's, whatever country is named nearby
        (
            "Tiếp đoàn doanh nghiệp Hàn Quốc do ông Lưu Minh, Phó Tỉnh trưởng tỉnh Vân Nam"
            " dẫn đầu.",
            ("Lưu Minh", "Phó Tỉnh trưởng tỉnh Vân Nam", "CN", "Vân Nam"),
        ),
        # the country a Vietnamese delegation goes to is not its own
        (
            "Đoàn công tác sang Lào do ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh dẫn đầu.",
            ("Trần Văn Minh", "Phó Chủ tịch UBND tỉnh", "VN", None),
        ),
        # a grouping Vietnam belongs to tells no side
        (
            "Lãnh đạo các nước ASEAN, trong đó có Phó Thủ tướng Trần Minh Đức, dự lễ khai mạc.",
            ("Trần Minh Đức", "Phó Thủ tướng", "VN", None),
        ),
    ],
)
def test_a_title_placed_in_no_chinese_division_belongs_to_the_other_country_named(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name whose first syllable is one letter, its family name in no list
        (
            "Phía Trung Quốc có anh A Lâm, Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản"
            " Trung Quốc.",
            (
                "A Lâm",
                "Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Trung Quốc",
                "CN",
                None,
            ),
        ),
        (
            "Dự buổi gặp có chị Y Hoa, Phó Bí thư Trung ương Đoàn Thanh niên Cộng sản Trung Quốc.",
            ("Y Hoa", "Phó Bí thư Trung ương Đoàn Thanh niên Cộng sản Trung Quốc", "CN", None),
        ),
        (
            "Anh Sùng A Lử, Bí thư Tỉnh đoàn Lào Cai, phát biểu.",
            ("Sùng A Lử", "Bí thư Tỉnh đoàn Lào Cai", "VN", None),
        ),
    ],
)
def test_a_youth_union_official_addressed_as_anh_or_chi_is_named(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "person",
    ["Vì Văn Đông", "Bàn Thị Tuyết", "Tòng Thị Phóng", "Điêu Chính Tơi", "Lù Văn Que"],
)
def test_family_names_of_the_border_provinces_peoples_start_a_name_in_a_list(person: str) -> None:
    """Thái, Dao, Hà Nhì and Giáy family names, some of them everyday words ('vì', 'bàn'), in a
    list of officials with no address word before them."""
    sentence = (
        "Cùng dự có các đồng chí: Mùa A Sình, Phó Chủ tịch UBND tỉnh; "
        f"{person}, Giám đốc Sở Ngoại vụ; đại diện các sở."
    )
    assert [o.name for o in _officials(sentence)] == ["Mùa A Sình", person]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ông Sok Vanna, Tỉnh trưởng tỉnh Prey Veng (Campuchia), phát biểu tại hội nghị.",
            ("Sok Vanna", "Tỉnh trưởng tỉnh Prey Veng", "other", None),
        ),
        (
            "Bà Chan Sophal, Phó Tỉnh trưởng tỉnh Kampong Cham (Campuchia) cho biết.",
            ("Chan Sophal", "Phó Tỉnh trưởng tỉnh Kampong Cham", "other", None),
        ),
        (
            "Ông Bun Thong, Phó Tỉnh trưởng tỉnh Luang Namtha (Lào), cùng dự.",
            ("Bun Thong", "Phó Tỉnh trưởng tỉnh Luang Namtha", "other", None),
        ),
    ],
)
def test_a_country_in_brackets_after_a_foreign_province_of_two_words_places_the_title(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    # the province's two Latin words read like a name, closing the title; the country after
    # them is still where the office is, as after 'tỉnh Gyeonggi (Hàn Quốc)'
    assert _one(sentence) == expected
