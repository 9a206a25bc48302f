"""The top of a page: site name, menus and breadcrumbs dropped; headline, date line and bylines
found wherever the outlet puts them."""

from __future__ import annotations

from datetime import datetime

import pytest

from extract.furniture import clean_text
from extract.stamps import VIETNAM_TIME, parse_stamp

HEADLINE = "Hai tỉnh biên giới bàn cách rút ngắn thời gian thông quan nông sản"
SUMMARY = (
    "Lãnh đạo hai địa phương thống nhất kéo dài giờ làm việc tại cặp cửa khẩu chính trong "
    "mùa thu hoạch trái cây."
)
LEAD = (
    "Chiều 12/3, tại Hà Nội, Phó Chủ tịch UBND tỉnh Lạng Sơn Nguyễn Văn Bình tiếp Phó Chủ tịch "
    "Chính phủ nhân dân Khu tự trị Quảng Tây Lý Minh Hoa và đoàn công tác."
)
SECOND = "Hai bên nhất trí sớm thí điểm thủ tục thông quan điện tử cho xe chở hàng nông sản."
MENU = "Báo Sông Hồng\nThời sự\nNhịp sống số\nQuốc phòng - An ninh\nSống khỏe\nXe\n"


@pytest.mark.parametrize(
    "top",
    [
        f"{MENU}Thời sự › Đối ngoại\nThứ Ba, 12/3/2024 - 15:20\n{HEADLINE}\n",
        f"{MENU}{HEADLINE}\nThu Trang\n12/03/2024 15:20 GMT+7\n",
        f"Mới nhất\n{MENU}Thời sự  ›  Đối ngoại\n12/03/2024 15:20\n{HEADLINE}\n",
        f"TIN BIÊN GIỚI\n{MENU}Hoạt động của lãnh đạo địa phương\n{HEADLINE}\n12/03/2024 15:20\n",
        f"{MENU}Trang chủ > Tin tức > Hợp tác\n{HEADLINE}\nNgày đăng: 12/03/2024 | 15:20\n"
        "Lượt xem: 1.024\n",
        f"Thứ Tư, 13/03/2024\n{MENU}Khoa học công nghệ\nĐời sống\n12/03/2024 15:20\n{HEADLINE}\n",
        f"{MENU}{HEADLINE}\nThứ Ba, ngày 12 tháng 3 năm 2024 15:20\n",
        "Báo Sông Hồng\nThứ Sáu, 03/01/2025\nThời sự | Kinh tế | Văn hóa - Văn nghệ | Thể thao | "
        f"Bảo vệ người tiêu dùng | Đời sống\nĐối ngoại\n{HEADLINE}\nThứ Ba, 12/03/2024 | 15:20\n",
        "Báo Sông Hồng\nThứ Sáu, ngày 3 tháng 1 năm 2025\nThời sự | Kinh tế | Đô thị | Xã hội | "
        "Văn hóa - Văn nghệ | Thể thao | Quốc tế\n"
        f"{HEADLINE}\nThứ Ba, 12/03/2024, 15:20 [GMT+7]\n",
        "Báo Sông Hồng\nMới nhất  Thời sự  Thế giới  Kinh doanh  Thể thao\n"
        "Thời sự  Chính trị  Dân sinh  Lao động - Việc làm  Giao thông  Quỹ Hy vọng  Chính sách\n"
        f"Thứ Ba, 12/3/2024, 15:20 (GMT+7)\n\n{HEADLINE}\n\n",
        "Báo Sông Hồng điện tử\nChính trị | Kinh tế | Văn hóa | Xã hội | Pháp luật | Du lịch | "
        "Thế giới | Thể thao | Giáo dục | Y tế | Khoa học - Công nghệ | Môi trường | Bạn đọc | "
        f"Địa phương\nTrang chủ / Địa phương\n\n{HEADLINE}\n\nThứ Ba, 12-03-2024, 15:20\n\n",
        "Báo Sông Hồng\nMới nhất  Tin theo khu vực  International\n"
        "Thời sự  Góc nhìn  Thế giới  Video  Podcasts  Kinh doanh  Bất động sản  Khoa học  "
        "Giải trí  Thể thao  Pháp luật  Giáo dục  Sức khỏe  Đời sống  Du lịch\nKinh doanh  Hàng hóa"
        f"\n\nThứ Ba, 12/3/2024, 15:20 (GMT+7)\n\n{HEADLINE}\n\n",
        "BÁO ĐIỆN TỬ SÔNG HỒNG\nTrang chủ | Tư liệu văn kiện | Xây dựng Đảng | Chính trị | "
        "Bảo vệ nền tảng tư tưởng của Đảng | English | Français | 中文\n\n"
        f"Thời sự > Đối ngoại\n\n{HEADLINE}\n\n12/03/2024 15:20\n\n",
    ],
    ids=[
        "date-above",
        "date-below-byline",
        "menu-starts-with-cut-word",
        "section-name",
        "portal",
        "today-in-the-site-header",
        "date-in-words",
        "menu-bar-below-a-later-date",
        "date-in-words-in-the-header",
        "menu-items-apart-by-wide-gaps-above-the-date",
        "menu-bar-longer-than-a-headline-and-a-date-with-dashes",
        "menus-laid-out-with-wide-gaps",
        "menu-item-of-seven-words-and-other-scripts",
    ],
)
def test_the_headline_and_date_line_are_found_below_any_menu(top: str) -> None:
    page = clean_text(f"{top}{SUMMARY}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.date_line is not None and parse_stamp(page.date_line) == datetime(
        2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME
    )
    assert page.paragraphs == (SUMMARY, LEAD, SECOND)


def test_a_headline_in_capitals_is_a_headline() -> None:
    headline = "PHÓ CHỦ TỊCH QUỐC HỘI TIẾP ĐOÀN ĐẠI BIỂU TỈNH VÂN NAM (TRUNG QUỐC)"
    page = clean_text(
        f"CỔNG THÔNG TIN SÔNG HỒNG\nTrang chủ\nGiới thiệu\nVăn bản pháp luật\n{headline}\n"
        f"Thứ Ba, 12/03/2024 - 15:20\n{LEAD}\n{SECOND}"
    )
    assert page.title == headline
    assert page.paragraphs == (LEAD, SECOND)


def test_without_a_date_line_the_headline_is_the_last_line_of_text_before_the_article() -> None:
    page = clean_text(f"{MENU}Đối ngoại › Địa phương\n{HEADLINE}\nThu Trang\n{LEAD}\n{SECOND}")
    assert page.title == HEADLINE
    assert page.paragraphs == (LEAD, SECOND)
    assert page.bylines == ("Thu Trang",)


def test_without_a_date_line_a_summary_left_open_is_not_the_headline() -> None:
    summary = (
        "Lãnh đạo hai địa phương thống nhất kéo dài giờ làm việc tại cặp cửa khẩu chính trong "
        "mùa thu hoạch trái cây và sớm thí điểm thông quan điện tử cho xe chở hàng nông sản"
    )
    page = clean_text(f"{MENU}{HEADLINE}\n{summary}\n{LEAD}\n{SECOND}")
    assert page.title == HEADLINE
    assert page.paragraphs == (summary, LEAD, SECOND)


def test_bylines_and_buttons_between_the_summary_and_the_lead_are_not_body() -> None:
    page = clean_text(
        f"{MENU}12/03/2024 15:20\n{HEADLINE}\n{SUMMARY}\nTHU TRANG\nChia sẻ\nZalo\n{LEAD}\n{SECOND}"
    )
    assert page.paragraphs == (SUMMARY, LEAD, SECOND)
    assert page.bylines == ("THU TRANG",)


@pytest.mark.parametrize(
    ("author", "affiliation"),
    [
        ("PGS, TS TRẦN THỊ MINH NGỌC", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội"),
        ("PGS.TS Trần Thị Minh Ngọc", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("ThS LÊ VĂN QUÂN", "Trường Đại học Kinh tế quốc dân"),
    ],
)
def test_an_author_s_degrees_and_affiliation_under_the_headline_are_not_the_headline(
    author: str, affiliation: str
) -> None:
    page = clean_text(
        f"{MENU}Đối ngoại\n\n{HEADLINE}\n\n{author}\n{affiliation}\n\nNgày 12/03/2024 - 15:20\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == HEADLINE
    assert page.bylines == (author,)
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "headline",
    [
        "Cửa khẩu biên giới đông đúc trở lại, doanh nghiệp nào hưởng lợi?",
        "Xuất khẩu nông sản sang Trung Quốc lập kỷ lục mới!",
    ],
)
def test_a_headline_closed_by_a_question_or_an_exclamation_above_its_date_is_the_headline(
    headline: str,
) -> None:
    # a section label stands between the menu and the headline, and again in the date line
    page = clean_text(
        "Báo Sông Hồng\nXã hội | Chứng khoán | Bất động sản | Doanh nghiệp | Vĩ mô - Đầu tư\n\n"
        f"Vĩ mô - Đầu tư\n\n{headline}\n\n12-03-2024 - 03:20 PM | Vĩ mô - Đầu tư\n\n"
        f"{SUMMARY}\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == headline
    assert page.paragraphs == (SUMMARY, LEAD, SECOND)


def test_a_page_without_a_headline_keeps_its_text_and_drops_its_menu() -> None:
    page = clean_text(f"Chuyên mục\nTin tức\n\n{LEAD}\n{SECOND}")
    assert page.title is None
    assert page.paragraphs == (LEAD, SECOND)


def test_a_caption_above_the_lead_stays_a_caption() -> None:
    caption = "Hai đoàn chụp ảnh lưu niệm trước giờ làm việc. (Ảnh: Thu Trang/Báo Sông Hồng)"
    page = clean_text(f"{caption}\n\n{LEAD}\n{SECOND}")
    assert page.captions == ("Hai đoàn chụp ảnh lưu niệm trước giờ làm việc.",)
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        ("© Copyright 2001-2024 Songhong.example.vn, All rights reserved", "songhong.example.vn"),
        (
            "Cổng thông tin Sông Hồng - songhong.vn\n© Bản quyền thuộc về Báo Sông Hồng",
            "songhong.vn",
        ),
        ("Bản quyền thuộc Báo Sông Hồng", None),
    ],
)
def test_the_site_named_in_the_copyright_notice(footer: str, site: str | None) -> None:
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\nTin liên quan\nMột tin khác\n{footer}")
    assert page.footer_site == site
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        pytest.param(
            "Nguồn: Thông tấn Sông Hồng | 12/03/2024 15:20:05 | Biên tập viên: Lê Thu",
            "Thông tấn Sông Hồng",
            id="source-first-between-bars",
        ),
        pytest.param(
            "Nguồn: Nhật báo Sông Hồng bản tiếng Việt   Cập nhật lúc: 15:20 ngày 12/03/2024",
            "Nhật báo Sông Hồng bản tiếng Việt",
            id="source-first-then-a-label",
        ),
        pytest.param(
            "12/03/2024 15:20   Nguồn: SHTV   Lượt xem: 1.204",
            "SHTV",
            id="source-between-the-stamp-and-a-label",
        ),
        pytest.param(
            "15:20 12-03-2024 · Nguồn: Đài PTTH Sông Hồng",
            "Đài PTTH Sông Hồng",
            id="source-after-a-dot",
        ),
    ],
)
def test_a_date_line_with_a_source_label_gives_the_date_and_the_source(
    line: str, source: str
) -> None:
    page = clean_text(f"{MENU}{HEADLINE}\n\n{line}\nCỡ chữ: A A A\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    stamp = parse_stamp(page.date_line) if page.date_line else None
    assert stamp is not None
    assert stamp.replace(second=0) == datetime(2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME)
    assert page.sources == (source,)


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(f"{MENU}{HEADLINE}\n\nCỡ chữ: A A A   In bài   Gửi bài\n\n", id="toolbar"),
        pytest.param(
            f"{MENU}{HEADLINE}\n\nTừ khóa: Lạng Sơn, Quảng Tây, thông quan, nông sản\n"
            "12/03/2024 15:20\n",
            id="keywords-by-the-date-line",
        ),
        pytest.param(
            f"{MENU}{HEADLINE}\nChia sẻ: Facebook Zalo Twitter In bài\n12/03/2024 15:20\n",
            id="share-buttons-by-the-date-line",
        ),
    ],
)
def test_a_toolbar_or_a_keyword_line_by_the_headline_is_not_the_headline(top: str) -> None:
    page = clean_text(f"{top}\n{LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "headline",
    [
        "Bản tin Thời sự phát thanh 18h ngày 12/3/2024",
        "Thời sự 19h ngày 12/3/2024",
        "Chương trình Chào buổi sáng 6h30 ngày 12/3/2024",
        "Bản tin tối ngày 12/3/2024",
    ],
)
def test_a_bulletin_headlined_with_its_programme_hour_and_day_is_the_headline(
    headline: str,
) -> None:
    page = clean_text(
        f"{MENU}{headline}\n12/03/2024 18:30\n[Nhạc hiệu]\n"
        f"PTV: Kính chào quý vị và các bạn.\nPTV: {LEAD}\n{SECOND}\n"
    )
    assert page.title == headline
    assert page.date_line == "12/03/2024 18:30"
    assert page.paragraphs[-1] == SECOND


def test_a_section_name_before_the_date_line_does_not_make_it_a_headline() -> None:
    page = clean_text(f"{MENU}{HEADLINE}\nThời sự 12/03/2024 15:20\n{LEAD}\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.date_line == "Thời sự 12/03/2024 15:20"


@pytest.mark.parametrize(
    "masthead",
    [
        "Báo Sông Hồng điện tử",
        "Tạp chí Kinh tế Sông Hồng điện tử",
        "Cổng thông tin Sông Hồng điện tử",
        "Trang thông tin điện tử Sở Công Thương tỉnh Sông Hồng",
        "Báo điện tử Sông Hồng",
        "Báo Sông Hồng - Cơ quan của Bộ Ngoại giao",
        "BÁO SÔNG HỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÔNG HỒNG",
        "Tạp chí Kinh tế Sông Hồng – Cơ quan ngôn luận của Hội Kinh tế Sông Hồng",
        "Báo Sông Hồng - Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Sông Hồng",
    ],
)
def test_a_masthead_above_a_top_bar_date_is_neither_headline_nor_its_date(masthead: str) -> None:
    top = (
        f"{masthead}\nThứ Tư, 13/03/2024  |  Đăng nhập  |  Đặt báo  |  English\n"
        "Trang chủ   Thời sự   Kinh tế   Xã hội   Văn hóa   Quốc phòng - An ninh   Video\n"
        f"Trang chủ > Kinh tế > Hợp tác quốc tế\n\n{HEADLINE}\n\nThu Trang\n"
        "Thứ Ba, 12/03/2024 15:20 (GMT+7)\nCỡ chữ  A-  A+   |   In bài   |   Chia sẻ\n\n"
    )
    page = clean_text(f"{top}{LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.date_line is not None and parse_stamp(page.date_line) == datetime(
        2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME
    )
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "headline",
    [
        "Báo chí hai nước đẩy mạnh hợp tác thông quan điện tử",
        "Báo điện tử Sông Hồng ra mắt chuyên trang về hợp tác biên giới",
        "Cổng thông tin hai tỉnh kết nối dữ liệu thông quan điện tử",
        "Báo chí - cơ quan của nhân dân, diễn đàn của doanh nghiệp biên giới",
    ],
)
def test_a_headline_opening_with_an_outlet_s_word_is_no_masthead(headline: str) -> None:
    page = clean_text(f"{MENU}{headline}\n12/03/2024 15:20\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Tin tức hợp tác biên giới trong ngày 12/3/2024",
        "Sông Hồng tuần qua (từ ngày 6 đến 12/3/2024)",
        "Điểm tin kinh tế Sông Hồng tuần từ 6 đến 12/3/2024",
        "Giá nông sản hôm nay 12/3/2024: Vải thiều tăng giá",
    ],
)
def test_a_date_in_a_headline_does_not_make_it_a_date_line(headline: str) -> None:
    summary = (
        "Lãnh đạo tỉnh tiếp đoàn công tác Quảng Tây, hai bên bàn cách thông quan nông sản, "
        "doanh nghiệp tìm đối tác… là những tin nổi bật."
    )
    page = clean_text(
        f"{MENU}Trang chủ > Kinh tế\n\n{headline}\n\n"
        f"Thứ Ba, 12/03/2024 15:20\n\n{summary}\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == headline
    assert page.date_line is not None and parse_stamp(page.date_line) == datetime(
        2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME
    )
    assert page.paragraphs == (summary, LEAD, SECOND)


@pytest.mark.parametrize(
    "headline",
    [
        "Sông Hồng tuần qua (từ ngày 6 đến 12/3/2024)",
        "Hai tỉnh biên giới bàn cách thông quan nông sản",
    ],
)
def test_a_summary_cut_off_with_an_ellipsis_below_the_date_line_is_not_the_headline(
    headline: str,
) -> None:
    summary = (
        "Trong tuần, lãnh đạo tỉnh tiếp đoàn công tác Quảng Tây, hai bên bàn cách thông quan "
        "nông sản, doanh nghiệp tìm đối tác tại hội chợ…"
    )
    page = clean_text(
        f"{MENU}Trang chủ / Thời sự\n\n{headline}\n\nCập nhật: 12/03/2024 15:20\n\n{summary}\n\n"
        f"Tiếp đoàn công tác Quảng Tây\n\n{LEAD}\n\n{SECOND}\n"
    )
    assert page.title == headline
    assert page.date_line is not None and parse_stamp(page.date_line) == datetime(
        2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME
    )
