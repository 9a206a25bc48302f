"""Officials' titles where organisations are named at length: 'và' and 'của' inside a name, a
unit's number, a prefecture's ethnic groups, a country locator, heads of any unit, a title
ending where the sentence goes on, a corporation's name, an office word inside a building's
name."""

from __future__ import annotations

import pytest

from extract.official_merging import merge_officials
from extract.officials import find_mentions


def _one(sentence: str) -> tuple[str, str, str, str | None]:
    officials = merge_officials(find_mentions([sentence]))
    assert len(officials) == 1, officials
    o = officials[0]
    return o.name, o.title, o.side, o.province


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the country as its full name says, with 'nước'
        (
            "Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung Hoa "
            "tại Việt Nam Lý Minh Hoa nhân chuyến thăm.",
            (
                "Lý Minh Hoa",
                "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam",
                "CN",
                None,
            ),
        ),
        # the name the person goes by in English, in brackets between the name and the title
        (
            "Ông Lâm Định Quốc (Eric Lam), cục trưởng Cục Thương mại Đặc khu hành chính Hồng "
            "Kông, cho biết.",
            (
                "Lâm Định Quốc",
                "cục trưởng Cục Thương mại Đặc khu hành chính Hồng Kông",
                "CN",
                "Hồng Kông",
            ),
        ),
        # the office a person holds, said of him ('là …')
        (
            "Hiện nay, đồng chí Đỗ Minh Khang là Bí thư Tỉnh ủy Cao Bằng, kế nhiệm đồng chí "
            "Trần Văn Nam.",
            ("Đỗ Minh Khang", "Bí thư Tỉnh ủy Cao Bằng", "VN", None),
        ),
        # 'Ma', a family name of the northern mountains as well as the start of 'Ma Cao'
        (
            "Dự buổi làm việc có Giám đốc Sở Ngoại vụ Ma Văn Thịnh cùng đại diện các sở, ngành.",
            ("Ma Văn Thịnh", "Giám đốc Sở Ngoại vụ", "VN", None),
        ),
        (
            "Ông Sầm Hạo Huy, Trưởng Đặc khu hành chính Ma Cao, cho biết.",
            ("Sầm Hạo Huy", "Trưởng Đặc khu hành chính Ma Cao", "CN", "Ma Cao"),
        ),
        # one in charge of an office ('Phụ trách'), written in place of its head's title
        (
            "Ông Đỗ Minh Khang, Phụ trách Chi nhánh Thương vụ Việt Nam tại Côn Minh, cho biết "
            "hàng nông sản qua cửa khẩu tăng mạnh.",
            ("Đỗ Minh Khang", "Phụ trách Chi nhánh Thương vụ Việt Nam tại Côn Minh", "VN", None),
        ),
        # 'và' inside an organisation's name, before its place
        (
            "Ông Lê Văn Hải tiếp bà Trần Mỹ Linh, Cục trưởng Cục Du lịch và Văn hóa Đặc khu "
            "hành chính Ma Cao, tại Hà Nội.",
            (
                "Trần Mỹ Linh",
                "Cục trưởng Cục Du lịch và Văn hóa Đặc khu hành chính Ma Cao",
                "CN",
                "Ma Cao",
            ),
        ),
        (
            "Bà Ngô Tuệ Nhi, Bộ trưởng An sinh và Lao động Đặc khu hành chính Hồng Kông cho biết.",
            (
                "Ngô Tuệ Nhi",
                "Bộ trưởng An sinh và Lao động Đặc khu hành chính Hồng Kông",
                "CN",
                "Hồng Kông",
            ),
        ),
        # 'của' before the body an organisation belongs to
        (
            "Dự buổi tiếp có ông Nguyễn Văn Lực, Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội.",
            ("Nguyễn Văn Lực", "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội", "VN", None),
        ),
        # a unit's number ends its name
        (
            "Dự có Thiếu tướng Hoàng Văn Đạt, Phó Tư lệnh Quân khu 2; đại diện các tỉnh.",
            ("Hoàng Văn Đạt", "Phó Tư lệnh Quân khu 2", "VN", None),
        ),
        # heads of a unit, formed as Vietnamese forms them
        (
            "Ông Đỗ Minh Tuấn, Trưởng Văn phòng Xúc tiến thương mại Việt Nam tại Côn Minh, "
            "cho biết.",
            (
                "Đỗ Minh Tuấn",
                "Trưởng Văn phòng Xúc tiến thương mại Việt Nam tại Côn Minh",
                "VN",
                None,
            ),
        ),
        (
            "Thượng tá Lò Văn Thắng, Đồn trưởng Đồn Biên phòng Cửa khẩu Ma Lù Thàng báo cáo.",
            ("Lò Văn Thắng", "Đồn trưởng Đồn Biên phòng Cửa khẩu Ma Lù Thàng", "VN", None),
        ),
        (
            "Đại tá Phan Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.",
            ("Phan Văn Hòa", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "VN", None),
        ),
        (
            "Ông Dương Chí Viễn, Phó Tham mưu trưởng Quân khu Tây Tạng cho biết.",
            ("Dương Chí Viễn", "Phó Tham mưu trưởng Quân khu Tây Tạng", "CN", "Tây Tạng"),
        ),
        # a prefecture's ethnic groups listed with a comma, then its place (giving the province)
        (
            "Ông Lý Quốc Hoa, Châu trưởng Châu tự trị dân tộc Thái, Cảnh Pha Đức Hoành phát biểu.",
            (
                "Lý Quốc Hoa",
                "Châu trưởng Châu tự trị dân tộc Thái, Cảnh Pha Đức Hoành",
                "CN",
                "Vân Nam",
            ),
        ),
        # a country locator after a comma: left out of the title, gives the side
        (
            "Thiếu tướng Triệu Quân, Phó Chính ủy Sư đoàn 75, Quân Giải phóng nhân dân "
            "Trung Quốc đã tham dự.",
            ("Triệu Quân", "Phó Chính ủy Sư đoàn 75", "CN", None),
        ),
        (
            "Ông Từ Lượng, Vụ trưởng Vụ Lãnh sự, Bộ Ngoại giao Trung Quốc cho biết.",
            ("Từ Lượng", "Vụ trưởng Vụ Lãnh sự", "CN", None),
        ),
        # the ministry a department belongs to, written after it, is part of the title
        (
            "Dự có bà Nguyễn Thu Hằng, Vụ trưởng Vụ Châu Á, Bộ Ngoại giao.",
            ("Nguyễn Thu Hằng", "Vụ trưởng Vụ Châu Á, Bộ Ngoại giao", "VN", None),
        ),
        # the title ends where the sentence goes on in lower case
        (
            "Ông Hà Kiến Quốc, Phó Tỉnh trưởng tỉnh Quảng Đông nhân dịp sang thăm đã gặp "
            "doanh nghiệp.",
            ("Hà Kiến Quốc", "Phó Tỉnh trưởng tỉnh Quảng Đông", "CN", "Quảng Đông"),
        ),
        (
            "Bà Chu Mỹ Linh, Giám đốc Sở Thương mại thành phố Thượng Hải giới thiệu hội chợ.",
            ("Chu Mỹ Linh", "Giám đốc Sở Thương mại thành phố Thượng Hải", "CN", "Thượng Hải"),
        ),
        (
            "Có mặt ông Võ Văn Kiên, Phó Cục trưởng Cục Xuất nhập khẩu và đại diện các vụ.",
            ("Võ Văn Kiên", "Phó Cục trưởng Cục Xuất nhập khẩu", "VN", None),
        ),
        (
            "Ông Hoàng Văn Thạch, Chủ tịch UBND huyện Tràng Định đồng chủ trì buổi làm việc.",
            ("Hoàng Văn Thạch", "Chủ tịch UBND huyện Tràng Định", "VN", None),
        ),
        # an agency's name is read whole, up to 'và' before another person
        (
            "Ông Đặng Văn Phú, Cục trưởng Cục Hàng hải Việt Nam và ông Tôn Lực đã ký.",
            ("Đặng Văn Phú", "Cục trưởng Cục Hàng hải Việt Nam", "VN", None),
        ),
        # a committee or department whose name has a comma inside
        (
            "Cùng dự có bà Hà Thu Trang, Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại "
            "của Quốc hội.",
            (
                "Hà Thu Trang",
                "Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội",
                "VN",
                None,
            ),
        ),
        (
            "Ông Lục Văn Tùng, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng phát biểu.",
            ("Lục Văn Tùng", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng", "VN", None),
        ),
        # a prefecture's peoples each named with 'dân tộc', then its place
        (
            "Đón đoàn có bà Mã Tú Lan, Châu trưởng Châu tự trị dân tộc Cáp Nhì, dân tộc Di "
            "Hồng Hà, tỉnh Vân Nam.",
            (
                "Mã Tú Lan",
                "Châu trưởng Châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà",
                "CN",
                "Vân Nam",
            ),
        ),
        # 'Châu' after a prefecture's office is the prefecture, not a family name
        (
            "Đoàn do ông Lý Hồng Lâm, Phó Châu trưởng Châu Văn Sơn, tỉnh Vân Nam dẫn đầu.",
            ("Lý Hồng Lâm", "Phó Châu trưởng Châu Văn Sơn", "CN", "Vân Nam"),
        ),
        # a city of a Chinese province gives the official's side and province
        (
            "Tiếp đoàn có ông Đao Minh Viễn, Thị trưởng thành phố Phổ Nhĩ.",
            ("Đao Minh Viễn", "Thị trưởng thành phố Phổ Nhĩ", "CN", "Vân Nam"),
        ),
        (
            "Ông Hoàng Kiến Văn, Bí thư Thành ủy Tĩnh Tây giới thiệu khu kho bãi mới.",
            ("Hoàng Kiến Văn", "Bí thư Thành ủy Tĩnh Tây", "CN", "Quảng Tây"),
        ),
        # an office word inside a building's name is no title
        (
            "Chiều 2/5, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp đoàn.",
            ("Võ Thị Ánh Xuân", "Phó Chủ tịch nước", "VN", None),
        ),
        # a title written after the name goes on to the comma before what the person says
        (
            "Ông Âu Anh Tuấn, Cục trưởng Cục Giám sát quản lý về hải quan, cho biết.",
            ("Âu Anh Tuấn", "Cục trưởng Cục Giám sát quản lý về hải quan", "VN", None),
        ),
        (
            "Ông Lê Văn An, Cục trưởng Cục Xúc tiến thương mại cùng đoàn công tác, cho biết.",
            ("Lê Văn An", "Cục trưởng Cục Xúc tiến thương mại", "VN", None),
        ),
        # a European name with a particle, its title in lower case as the outlet writes it
        (
            "Bà Maria Helena de Senna Fernandes, giám đốc Văn phòng Du lịch Chính phủ Ma Cao, "
            "cho biết.",
            (
                "Maria Helena de Senna Fernandes",
                "giám đốc Văn phòng Du lịch Chính phủ Ma Cao",
                "CN",
                "Ma Cao",
            ),
        ),
        # a zone named after two places; a comma inside an institute's name; a verb ends a title
        (
            "Đồng chí Vi Hồng Quân, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn "
            "cho biết.",
            (
                "Vi Hồng Quân",
                "Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
                "VN",
                None,
            ),
        ),
        (
            "Theo Phó Viện trưởng Viện Nghiên cứu Chiến lược, Chính sách Công Thương Phạm Thị "
            "Mai Anh, thương mại tăng.",
            (
                "Phạm Thị Mai Anh",
                "Phó Viện trưởng Viện Nghiên cứu Chiến lược, Chính sách Công Thương",
                "VN",
                None,
            ),
        ),
        (
            "Đồng chí Vương Ngọc Hà, Phó Chủ tịch UBND tỉnh Tuyên Quang chủ trì tại điểm cầu "
            "Tuyên Quang; phía bạn có đại diện các sở.",
            ("Vương Ngọc Hà", "Phó Chủ tịch UBND tỉnh Tuyên Quang", "VN", None),
        ),
        # a city's province after a comma, before the name, only locates it
        (
            "Thị trưởng thành phố Phòng Thành Cảng, Khu tự trị dân tộc Choang Quảng Tây Chu Vũ "
            "Hằng đã điện đàm với đoàn.",
            ("Chu Vũ Hằng", "Thị trưởng thành phố Phòng Thành Cảng", "CN", "Quảng Tây"),
        ),
        # … and with its country in brackets
        (
            "Ông A điện đàm với Phó Thị trưởng thành phố Sùng Tả, Khu tự trị dân tộc Choang Quảng "
            "Tây (Trung Quốc) Lục Văn Huy về chợ biên giới.",
            ("Lục Văn Huy", "Phó Thị trưởng thành phố Sùng Tả", "CN", "Quảng Tây"),
        ),
        (
            "Ông A điện đàm với Thị trưởng thành phố Phòng Thành Cảng, Khu tự trị dân tộc Choang "
            "Quảng Tây (Trung Quốc) Đan Tiểu Long về chợ biên giới.",
            ("Đan Tiểu Long", "Thị trưởng thành phố Phòng Thành Cảng", "CN", "Quảng Tây"),
        ),
        # Vietnam's cities have no mayor
        ("Thị trưởng Chu Vũ Hằng cho biết.", ("Chu Vũ Hằng", "Thị trưởng", "CN", None)),
        # a city's province in brackets only locates it
        (
            "Đoàn làm việc với Thị trưởng thành phố Sùng Tả (Quảng Tây) Lục Quang Huy.",
            ("Lục Quang Huy", "Thị trưởng thành phố Sùng Tả", "CN", "Quảng Tây"),
        ),
        (
            "Đoàn làm việc với Thị trưởng thành phố Sùng Tả (Quảng Tây, Trung Quốc) Lục Quang Huy.",
            ("Lục Quang Huy", "Thị trưởng thành phố Sùng Tả", "CN", "Quảng Tây"),
        ),
        # a dash inside an organisation's name; a province in brackets before the name
        (
            "Ông Triệu Minh Vũ, Chủ nhiệm Ủy ban Kinh tế - Tài chính Đại hội Đại biểu Nhân dân "
            "tỉnh Vân Nam, cho biết.",
            (
                "Triệu Minh Vũ",
                "Chủ nhiệm Ủy ban Kinh tế - Tài chính Đại hội Đại biểu Nhân dân tỉnh Vân Nam",
                "CN",
                "Vân Nam",
            ),
        ),
        (
            "Phó Châu trưởng Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà (tỉnh Vân Nam, Trung Quốc) "
            "Triệu Lập Quân phát biểu.",
            (
                "Triệu Lập Quân",
                "Phó Châu trưởng Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà",
                "CN",
                "Vân Nam",
            ),
        ),
        # the prefecture's place, after its peoples listed with a comma, runs on into the name
        (
            "Dự tiếp có Châu trưởng Châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà Lưu Vĩnh "
            "Khang; đại diện các sở.",
            (
                "Lưu Vĩnh Khang",
                "Châu trưởng Châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà",
                "CN",
                "Vân Nam",
            ),
        ),
        (
            "Phó Châu trưởng Châu tự trị dân tộc Choang, Miêu Văn Sơn Hoàng Tú Anh phát biểu.",
            (
                "Hoàng Tú Anh",
                "Phó Châu trưởng Châu tự trị dân tộc Choang, Miêu Văn Sơn",
                "CN",
                "Vân Nam",
            ),
        ),
        # the province after a comma, between a prefecture's or city's name and the holder's
        (
            "Dự tiếp có Châu trưởng Châu Hồng Hà, tỉnh Vân Nam Lưu Vĩnh Khang.",
            ("Lưu Vĩnh Khang", "Châu trưởng Châu Hồng Hà", "CN", "Vân Nam"),
        ),
        (
            "Dự tiếp có Châu trưởng Châu tự trị dân tộc Choang, Miêu Văn Sơn, tỉnh Vân Nam, bà "
            "Hoàng Tú Anh.",
            (
                "Hoàng Tú Anh",
                "Châu trưởng Châu tự trị dân tộc Choang, Miêu Văn Sơn",
                "CN",
                "Vân Nam",
            ),
        ),
        (
            "Bà Trần Thị Kim Nhung, Phó Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Trung Quốc, dự.",
            (
                "Trần Thị Kim Nhung",
                "Phó Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Trung Quốc",
                "VN",
                None,
            ),
        ),
        # a list item's title goes on to the place before its semicolon
        (
            "Thành viên đoàn gồm: Đồng chí Vương Bình, Phó Cục trưởng Cục Phát triển cảng "
            "thương mại tự do Hải Nam; đại diện các sở.",
            (
                "Vương Bình",
                "Phó Cục trưởng Cục Phát triển cảng thương mại tự do Hải Nam",
                "CN",
                "Hải Nam",
            ),
        ),
        (
            "Ông Lê Văn Bình, Bí thư Tỉnh ủy Cao Bằng chủ trì hội nghị; đại diện các sở cùng dự.",
            ("Lê Văn Bình", "Bí thư Tỉnh ủy Cao Bằng", "VN", None),
        ),
        # the mission an attaché works in, and a Chinese customs office's head
        (
            "Ông Nguyễn Hữu Hòa, Tham tán Thương mại, Tổng Lãnh sự quán Việt Nam tại Côn Minh, "
            "cho biết.",
            (
                "Nguyễn Hữu Hòa",
                "Tham tán Thương mại, Tổng Lãnh sự quán Việt Nam tại Côn Minh",
                "VN",
                None,
            ),
        ),
        # a central commission whose name has a comma in it
        (
            "Ông Trần Văn Nam, Phó Trưởng Ban Chính sách, chiến lược Trung ương, cho biết.",
            ("Trần Văn Nam", "Phó Trưởng Ban Chính sách, chiến lược Trung ương", "VN", None),
        ),
        # or the mission's trade office
        (
            "Bà Hoàng Thu Trang, Tham tán Thương mại, Thương vụ Việt Nam tại Trung Quốc, nói.",
            (
                "Hoàng Thu Trang",
                "Tham tán Thương mại, Thương vụ Việt Nam tại Trung Quốc",
                "VN",
                None,
            ),
        ),
        (
            "Ông Vương Kiến Quốc, Quan trưởng Hải quan Hà Khẩu đồng chủ trì.",
            ("Vương Kiến Quốc", "Quan trưởng Hải quan Hà Khẩu", "CN", "Vân Nam"),
        ),
        # a mission seated in one place and accredited to the next
        (
            "Bà Trần Thu Hà, Tổng Lãnh sự Việt Nam tại Hồng Kông và Ma Cao (Trung Quốc), đã dự.",
            ("Trần Thu Hà", "Tổng Lãnh sự Việt Nam tại Hồng Kông và Ma Cao", "VN", None),
        ),
        # mass organisations whose names go on in lower case: no name inside them
        (
            "Ông Hà Bằng, Bí thư Đoàn Thanh niên Cộng sản tỉnh Cát Lâm, cùng dự.",
            ("Hà Bằng", "Bí thư Đoàn Thanh niên Cộng sản tỉnh Cát Lâm", "CN", "Cát Lâm"),
        ),
        (
            "Bà Lê Thu Hà, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam, đã tiếp đoàn.",
            ("Lê Thu Hà", "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam", "VN", None),
        ),
    ],
)
def test_titles_of_long_organisations(sentence: str, expected: tuple[str, ...]) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tại buổi làm việc, ông Lục Vĩnh Khang, Phó Giám đốc Sở giới thiệu các tuyến du lịch.",
            ("Lục Vĩnh Khang", "Phó Giám đốc Sở"),
        ),
        (
            "Ông Trần Minh Đức, Phó Cục trưởng Cục thông tin thêm về thủ tục thông quan.",
            ("Trần Minh Đức", "Phó Cục trưởng Cục"),
        ),
        (
            "Bà Hoàng Thu Hà, Giám đốc Sở tin tưởng hợp tác sẽ còn mở rộng.",
            ("Hoàng Thu Hà", "Giám đốc Sở"),
        ),
    ],
)
def test_a_verb_in_lower_case_after_a_bare_body_word_ends_the_title(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _one(sentence)[:2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cục trưởng Cục Đầu tư nước ngoài Trần Quốc Phương phát biểu khai mạc.",
            ("Trần Quốc Phương", "Cục trưởng Cục Đầu tư nước ngoài"),
        ),
        (
            "Dự có ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo công tác đối "
            "ngoại tỉnh.",
            (
                "Lê Văn Hòa",
                "Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo công tác đối ngoại tỉnh",
            ),
        ),
        (
            "Cục trưởng Cục Quản lý thị trường tỉnh Lào Cai Phan Minh Tuấn cho biết.",
            ("Phan Minh Tuấn", "Cục trưởng Cục Quản lý thị trường tỉnh Lào Cai"),
        ),
        (
            "Cục trưởng Cục Bảo vệ thực vật Nguyễn Văn An cho biết.",
            ("Nguyễn Văn An", "Cục trưởng Cục Bảo vệ thực vật"),
        ),
        # an item of a list closed by a semicolon, the body's name in lower case to its end
        (
            "Tham gia đoàn có Thiếu tướng Trần Văn Bình, Cục trưởng Cục Cảnh sát điều tra tội "
            "phạm về ma túy; cùng đại diện các đơn vị.",
            ("Trần Văn Bình", "Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy"),
        ),
        (
            "Phó Cục trưởng Cục Cảnh sát phòng chống tội phạm về môi trường Lê Văn Hùng phát biểu.",
            ("Lê Văn Hùng", "Phó Cục trưởng Cục Cảnh sát phòng chống tội phạm về môi trường"),
        ),
    ],
)
def test_lower_case_words_inside_a_body_s_name_stay_in_the_title(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _one(sentence)[:2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chủ tịch Ủy ban Hợp tác song phương Việt Nam - Trung Quốc Trần Văn Lâm phát biểu.",
            ("Trần Văn Lâm", "Chủ tịch Ủy ban Hợp tác song phương Việt Nam - Trung Quốc", "VN"),
        ),
        # the side of a body both countries share, then the body 'của' it belongs to
        (
            "Ông Trần Văn Lâm, Trưởng Tiểu ban phía Việt Nam của Ủy ban Chỉ đạo hợp tác song "
            "phương Việt Nam - Trung Quốc, cho biết hai bên đã thống nhất lịch làm việc.",
            (
                "Trần Văn Lâm",
                "Trưởng Tiểu ban phía Việt Nam của Ủy ban Chỉ đạo hợp tác song phương Việt Nam - "
                "Trung Quốc",
                "VN",
            ),
        ),
        (
            "Ông Hà Chí Bình, Tổng Thư ký phía Trung Quốc của Ủy ban, cho biết.",
            ("Hà Chí Bình", "Tổng Thư ký phía Trung Quốc của Ủy ban", "CN"),
        ),
    ],
)
def test_bodies_the_two_countries_share_are_named_whole(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _one(sentence)[:3] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ông Hoàng Văn Tiến, Phó Trưởng Hải quan cửa khẩu quốc tế Tân Thanh, cho biết.",
            ("Hoàng Văn Tiến", "Phó Trưởng Hải quan cửa khẩu quốc tế Tân Thanh", "VN", None),
        ),
        (
            "Trưởng Hải quan cửa khẩu Móng Cái Trần Văn Hải kiểm tra hiện trường.",
            ("Trần Văn Hải", "Trưởng Hải quan cửa khẩu Móng Cái", "VN", None),
        ),
    ],
)
def test_heads_of_customs_units_since_the_2025_reorganisation(
    sentence: str, expected: tuple[str, ...]
) -> None:
    assert _one(sentence) == expected


def test_va_before_another_party_ends_the_title() -> None:
    officials = merge_officials(
        find_mentions(
            [
                "Ông Trần Thanh Hải tiếp ông Lưu Kiến Dân, Phó Tỉnh trưởng tỉnh Quảng Tây và "
                "Đoàn công tác của tỉnh."
            ]
        )
    )
    assert [(o.name, o.title) for o in officials] == [
        ("Lưu Kiến Dân", "Phó Tỉnh trưởng tỉnh Quảng Tây")
    ]


def test_va_before_another_title_ends_the_title() -> None:
    officials = merge_officials(
        find_mentions(
            [
                "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Thứ trưởng Bộ Ngoại giao Lê Thị "
                "Thu Hằng dự hội nghị."
            ]
        )
    )
    assert [(o.name, o.title) for o in officials] == [
        ("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương"),
        ("Lê Thị Thu Hằng", "Thứ trưởng Bộ Ngoại giao"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Nguyễn Văn Hải là người có nhiều đóng góp cho quan hệ hai tỉnh.",
        "Ông Nguyễn Văn Hải từng là Bí thư Tỉnh ủy Hà Giang.",
    ],
)
def test_what_a_person_is_besides_an_office_is_no_title(sentence: str) -> None:
    assert not merge_officials(find_mentions([sentence]))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Phía Trung Quốc có Đại tá Chu Minh Lôi, Tùy viên Quốc phòng Trung Quốc tại Việt Nam.",
            ("Chu Minh Lôi", "Tùy viên Quốc phòng Trung Quốc tại Việt Nam", "CN", None),
        ),
        (
            "Tùy viên Quốc phòng Việt Nam tại Trung Quốc Nguyễn Văn An cùng dự.",
            ("Nguyễn Văn An", "Tùy viên Quốc phòng Việt Nam tại Trung Quốc", "VN", None),
        ),
        (
            "Thượng tá Nguyễn Văn An, Phó Tùy viên Quân sự Việt Nam tại Trung Quốc, cho biết.",
            ("Nguyễn Văn An", "Phó Tùy viên Quân sự Việt Nam tại Trung Quốc", "VN", None),
        ),
    ],
)
def test_an_embassy_s_attache_after_a_military_rank_is_an_official(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


def _titles(sentence: str) -> dict[str, str]:
    return {o.name: o.title for o in merge_officials(find_mentions([sentence]))}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Cùng dự có bà Phạm Thị Thu Hà, Trưởng phòng Hợp tác quốc tế của sở, và ông Trần "
            "Văn Minh, Phó Chủ tịch UBND tỉnh Lào Cai.",
            "Phạm Thị Thu Hà",
            "Trưởng phòng Hợp tác quốc tế",
        ),
        (
            "Đón đoàn có ông Đỗ Văn Tài, Phó Trưởng ban Kinh tế đối ngoại của tỉnh, và bà "
            "Nguyễn Thị Lan, Giám đốc Sở Công Thương tỉnh Hà Giang.",
            "Đỗ Văn Tài",
            "Phó Trưởng ban Kinh tế đối ngoại",
        ),
    ],
)
def test_a_body_s_lower_case_words_end_whole_before_cua(
    sentence: str, name: str, title: str
) -> None:
    assert _titles(sentence)[name] == title


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lãnh đạo tỉnh gặp gỡ ông Hoàng Đại Minh, Phó Bí thư Thị ủy, Thị trưởng thành phố "
            "Đông Hưng (Quảng Tây, Trung Quốc) tại khu vực cột mốc 1350.",
            "Phó Bí thư Thị ủy, Thị trưởng thành phố Đông Hưng",
        ),
        (
            "Đoàn đã gặp ông Hoàng Đại Minh, Thị trưởng thành phố Đông Hưng tại cửa khẩu Bắc Luân.",
            "Thị trưởng thành phố Đông Hưng",
        ),
        # a county of the prefecture, named with its level, though no list knows it
        (
            "Tháng 8 vừa qua, đồng chí Nguyễn Văn An đã có buổi làm việc với ông Vương Đức Minh, "
            "Phó Châu trưởng châu Hồng Hà tại huyện Kim Bình (Vân Nam).",
            "Phó Châu trưởng châu Hồng Hà",
        ),
        (
            "Ông Lưu Minh, Phó Châu trưởng châu Văn Sơn tại huyện Mã Quan, tỉnh Vân Nam, đã tiếp "
            "đoàn.",
            "Phó Châu trưởng châu Văn Sơn",
        ),
        # a mission's seat after 'tại' stays in the title
        (
            "Ông Vi Minh, Trưởng Văn phòng Đại diện Quảng Tây tại thành phố Hồ Chí Minh, phát "
            "biểu.",
            "Trưởng Văn phòng Đại diện Quảng Tây tại thành phố Hồ Chí Minh",
        ),
        (
            "Ông Trần Văn Bình, Tổng Lãnh sự Việt Nam tại thành phố Nam Ninh, đã dự.",
            "Tổng Lãnh sự Việt Nam tại thành phố Nam Ninh",
        ),
        (
            "Ông Trần Văn Bình, Đại sứ Việt Nam tại nước Cộng hòa Nhân dân Trung Hoa, đã dự.",
            "Đại sứ Việt Nam tại nước Cộng hòa Nhân dân Trung Hoa",
        ),
    ],
)
def test_tai_before_a_common_noun_is_where_the_event_was(sentence: str, expected: str) -> None:
    assert _one(sentence)[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bà Vương Lệ Hoa, Phó Cục trưởng Cục Khoa học, công nghệ và đổi mới Thâm Quyến đã "
            "ký biên bản.",
            (
                "Vương Lệ Hoa",
                "Phó Cục trưởng Cục Khoa học, công nghệ và đổi mới Thâm Quyến",
                "CN",
                "Quảng Đông",
            ),
        ),
        # lower-case titles between dashes, as some papers write them
        (
            "Bà Vương Lệ Hoa - phó cục trưởng Cục Khoa học, công nghệ và đổi mới sáng tạo Thâm "
            "Quyến - đã ký biên bản.",
            (
                "Vương Lệ Hoa",
                "phó cục trưởng Cục Khoa học, công nghệ và đổi mới sáng tạo Thâm Quyến",
                "CN",
                "Quảng Đông",
            ),
        ),
        (
            "Ông Hoàng Văn Nam, Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Lạng Sơn phát biểu.",
            ("Hoàng Văn Nam", "Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Lạng Sơn", "VN", None),
        ),
    ],
)
def test_fields_a_body_s_name_lists_in_lower_case_stay_in_the_title(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đón đoàn có bà Trương Lệ, Cục trưởng Cục Văn hóa, Du lịch thành phố Phòng Thành "
            "Cảng, Quảng Tây.",
            (
                "Trương Lệ",
                "Cục trưởng Cục Văn hóa, Du lịch thành phố Phòng Thành Cảng",
                "CN",
                "Quảng Tây",
            ),
        ),
        (
            "Ông Nông Văn Hải, Phó Giám đốc Sở Văn hóa, Thể thao tỉnh Cao Bằng cho biết.",
            ("Nông Văn Hải", "Phó Giám đốc Sở Văn hóa, Thể thao tỉnh Cao Bằng", "VN", None),
        ),
    ],
)
def test_a_body_s_last_field_after_a_comma_and_before_its_place_stays_in_the_title(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Đoàn hội đàm với lãnh đạo thành phố Đông Hưng do ông Mạc Chí Cường, Bí thư Thành ủy "
            "Đông Hưng, Chủ nhiệm Ủy ban Quản lý Khu thí điểm khai phát, khai phóng trọng điểm "
            "Đông Hưng dẫn đầu.",
            "Bí thư Thành ủy Đông Hưng, Chủ nhiệm Ủy ban Quản lý Khu thí điểm khai phát, khai "
            "phóng trọng điểm Đông Hưng",
        ),
        (
            "Tiếp đoàn có ông Hà Minh Sơn, Chủ nhiệm Ủy ban Quản lý Khu thí điểm khai phát, khai "
            "phóng trọng điểm Phòng Thành Cảng (Quảng Tây, Trung Quốc).",
            "Chủ nhiệm Ủy ban Quản lý Khu thí điểm khai phát, khai phóng trọng điểm Phòng Thành "
            "Cảng",
        ),
    ],
)
def test_a_comma_between_two_lower_case_fields_of_a_body_s_name_stays_in_the_title(
    sentence: str, expected: str
) -> None:
    assert _one(sentence)[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ông Trần Văn Hùng, Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia, cho biết "
            "bão sẽ vào đất liền.",
            "Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia",
        ),
        (
            "Phó Giám đốc Đài Khí tượng thủy văn khu vực Việt Bắc Nông Văn Tâm cảnh báo lũ quét.",
            "Phó Giám đốc Đài Khí tượng thủy văn khu vực Việt Bắc",
        ),
        (
            "Ông Lò Văn Sơn, Trưởng phòng Dự báo khí tượng thủy văn tỉnh Lào Cai cho biết trời "
            "mưa.",
            "Trưởng phòng Dự báo khí tượng thủy văn tỉnh Lào Cai",
        ),
    ],
)
def test_a_body_named_for_the_sciences_of_weather_and_water_keeps_its_lower_case_words(
    sentence: str, expected: str
) -> None:
    # after the capitalised head of a centre's name, its lower-case fields go on with the name
    assert _one(sentence)[1] == expected


def test_a_verb_after_a_comma_still_ends_a_body_s_name() -> None:
    assert _one("Ông Hoàng Văn Nam, Giám đốc Sở Khoa học, phát biểu tại hội nghị.")[1] == (
        "Giám đốc Sở Khoa học"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tham dự có ông Lưu Kiến Quốc, Tham tán Công sứ phụ trách kinh tế – thương mại, Đại "
            "sứ quán Trung Quốc tại Việt Nam; đại diện các doanh nghiệp.",
            (
                "Lưu Kiến Quốc",
                "Tham tán Công sứ phụ trách kinh tế – thương mại, Đại sứ quán Trung Quốc tại "
                "Việt Nam",
                "CN",
                None,
            ),
        ),
        (
            "Ông Hoàng Văn Tư, Phó Chủ tịch UBND tỉnh phụ trách văn hóa – xã hội cho biết tỉnh "
            "sẽ mở thêm lối thông quan.",
            ("Hoàng Văn Tư", "Phó Chủ tịch UBND tỉnh phụ trách văn hóa – xã hội", "VN", None),
        ),
        (
            "Phó Giám đốc phụ trách thương mại Trần Minh Khôi cho biết lượng hàng đã tăng.",
            ("Trần Minh Khôi", "Phó Giám đốc phụ trách thương mại", "VN", None),
        ),
        (
            "Bà Tôn Lệ Bình, Tham tán Thương mại, Tổng Lãnh sự quán Trung Quốc tại Đà Nẵng, cho "
            "biết hai bên sẽ hợp tác.",
            (
                "Tôn Lệ Bình",
                "Tham tán Thương mại, Tổng Lãnh sự quán Trung Quốc tại Đà Nẵng",
                "CN",
                None,
            ),
        ),
    ],
)
def test_the_field_an_office_has_in_charge_and_a_chinese_mission_after_it_stay_in_the_title(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after the name, between commas, with 'bà' and with 'đồng chí'
        (
            "Dự buổi tiếp có bà Lò Thị Mai, PCT UBND tỉnh Cao Bằng.",
            ("Lò Thị Mai", "PCT UBND tỉnh Cao Bằng", "VN", None),
        ),
        (
            "Đoàn do đồng chí Vương Đình Tú, PCT TT UBND tỉnh dẫn đầu.",
            ("Vương Đình Tú", "PCT TT UBND tỉnh", "VN", None),
        ),
        # before the name
        (
            "PCT UBND tỉnh Mạc Văn Khiêm tiếp đoàn công tác thành phố Bách Sắc.",
            ("Mạc Văn Khiêm", "PCT UBND tỉnh", "VN", None),
        ),
        (
            "Phó CT UBND tỉnh Hứa Văn Lộc cho biết như vậy.",
            ("Hứa Văn Lộc", "Phó CT UBND tỉnh", "VN", None),
        ),
        (
            "CT HĐND tỉnh Bế Thị Lan phát biểu tại buổi tiếp.",
            ("Bế Thị Lan", "CT HĐND tỉnh", "VN", None),
        ),
        (
            "Ông Triệu Văn Khang, PBT TT Tỉnh ủy, cho biết như vậy.",
            ("Triệu Văn Khang", "PBT TT Tỉnh ủy", "VN", None),
        ),
        ("BT TU Nông Văn Chiến chủ trì.", ("Nông Văn Chiến", "BT TU", "VN", None)),
        # the head of the province's deputies to the National Assembly, abbreviated
        (
            "Đồng chí Hà Văn Lâm, BT Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự hội nghị.",
            ("Hà Văn Lâm", "BT Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh", "VN", None),
        ),
        (
            "PGĐ Sở Công Thương Hoàng Văn Thái cho biết như vậy.",
            ("Hoàng Văn Thái", "PGĐ Sở Công Thương", "VN", None),
        ),
        # 'TBT' needs no body after it
        ("TBT Đỗ Mạnh Hùng tiếp đoàn.", ("Đỗ Mạnh Hùng", "TBT", "VN", None)),
    ],
)
def test_abbreviated_offices_are_read_as_the_offices_they_stand_for(
    sentence: str, expected: tuple[str, ...]
) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự án BT Lê Lợi được khởi công trong tháng này.",
        "CT Nguyễn Văn Bình phát biểu tại hội nghị.",
        "Ông Nguyễn Văn Bình, PCT, cho biết như vậy.",
        "Đại diện CT Group, ông Nguyễn Văn Bình cho biết như vậy.",
        "Ông Nguyễn Văn Bình, GĐ Công ty TNHH Minh Phát, cho biết như vậy.",
        "Ông Hoàng Văn Nam, TGĐ Vietcombank, cho biết như vậy.",
        "Chủ tịch Masan Group Nguyễn Văn Quang cho biết như vậy.",
        "Chương trình OCOP Lạng Sơn giới thiệu sản phẩm của ông Lê Văn Bình.",
    ],
)
def test_capitalised_letters_that_are_no_office_of_the_state_make_no_official(
    sentence: str,
) -> None:
    assert merge_officials(find_mentions([sentence])) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the station, port or airport a unit works at, in lower case inside its name, and the
        # body it belongs to in brackets
        (
            "Ông Trần Văn Nam, Đội trưởng Đội Hải quan ga đường sắt quốc tế Đồng Đăng (Chi cục "
            "Hải quan khu vực VII) cho biết, đoàn tàu đã tới.",
            (
                "Trần Văn Nam",
                "Đội trưởng Đội Hải quan ga đường sắt quốc tế Đồng Đăng (Chi cục Hải quan khu "
                "vực VII)",
            ),
        ),
        (
            "Ông Trần Văn Nam, Đội trưởng Đội Hải quan sân bay quốc tế Nội Bài cho biết, hàng "
            "đã tới.",
            ("Trần Văn Nam", "Đội trưởng Đội Hải quan sân bay quốc tế Nội Bài"),
        ),
        (
            "Ông Trần Văn Nam, Đội trưởng Đội Hải quan cảng biển Hải Phòng cho biết, tàu đã cập "
            "bến.",
            ("Trần Văn Nam", "Đội trưởng Đội Hải quan cảng biển Hải Phòng"),
        ),
        # the site's name is no person's, before the name or with none
        (
            "Đội trưởng Đội Hải quan ga Yên Viên Trần Văn Nam cho biết tàu đã tới.",
            ("Trần Văn Nam", "Đội trưởng Đội Hải quan ga Yên Viên"),
        ),
        (
            "Ông Trần Văn Nam, Đội trưởng Đội Hải quan ga đường sắt quốc tế Yên Viên (Chi cục "
            "Hải quan khu vực I) cho biết, đoàn tàu đã tới.",
            (
                "Trần Văn Nam",
                "Đội trưởng Đội Hải quan ga đường sắt quốc tế Yên Viên (Chi cục Hải quan khu vực "
                "I)",
            ),
        ),
        # the central committee of the Party a department belongs to, after a comma
        (
            "Đoàn có đồng chí Lê Văn Hùng, Vụ trưởng Vụ Châu Âu - Châu Mỹ, Ban Đối ngoại Trung "
            "ương.",
            ("Lê Văn Hùng", "Vụ trưởng Vụ Châu Âu - Châu Mỹ, Ban Đối ngoại Trung ương"),
        ),
        (
            "Ông Lê Văn Hùng, Phó Vụ trưởng Vụ Tổng hợp, Ban Kinh tế Trung ương cho biết.",
            ("Lê Văn Hùng", "Phó Vụ trưởng Vụ Tổng hợp, Ban Kinh tế Trung ương"),
        ),
    ],
)
def test_a_unit_s_name_goes_on_to_its_station_and_its_parent_body(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _one(sentence)[:2] == expected


def test_a_unit_s_site_named_after_its_title_is_no_person() -> None:
    sentence = "Đội trưởng Đội Hải quan ga đường sắt quốc tế Yên Viên cho biết tàu đã tới."
    assert merge_officials(find_mentions([sentence])) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chiều 5/3, tại Hà Nội, Thứ trưởng Bộ GD-ĐT Nguyễn Văn An đã tiếp đoàn công tác.",
            ("Nguyễn Văn An", "Thứ trưởng Bộ GD-ĐT"),
        ),
        (
            "Thứ trưởng Bộ NN&PTNT Trần Thanh Nam làm việc với đoàn tỉnh Vân Nam.",
            ("Trần Thanh Nam", "Thứ trưởng Bộ NN&PTNT"),
        ),
        (
            "Thứ trưởng Bộ LĐ-TB&XH Lê Văn Thanh dự hội nghị.",
            ("Lê Văn Thanh", "Thứ trưởng Bộ LĐ-TB&XH"),
        ),
        (
            "Bộ trưởng Bộ VH-TT&DL Nguyễn Văn Hùng phát biểu tại lễ khai mạc.",
            ("Nguyễn Văn Hùng", "Bộ trưởng Bộ VH-TT&DL"),
        ),
        (
            "Giám đốc Sở GD&ĐT tỉnh Lạng Sơn Hoàng Văn Tiến tiếp đoàn.",
            ("Hoàng Văn Tiến", "Giám đốc Sở GD&ĐT tỉnh Lạng Sơn"),
        ),
    ],
)
def test_a_ministry_abbreviated_with_a_hyphen_or_ampersand_is_one_name(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _one(sentence)[:2] == expected
