"""Who published a scraped page: the outlet's tag before the lead, its masthead or footer, and
a data credit that names no publisher."""

from __future__ import annotations

import pytest

from extract import parse_article

HEADLINE = "Hai tỉnh biên giới bàn cách rút ngắn thời gian thông quan nông sản"
LEAD = (
    "Chiều 4/6, tại thành phố Lào Cai, lãnh đạo tỉnh Lào Cai đã làm việc với đoàn công tác "
    "tỉnh Vân Nam (Trung Quốc) về việc kéo dài giờ thông quan ở các cửa khẩu."
)
BODY = (
    "Hai bên thống nhất giao các sở, ngành chuyên môn xây dựng kế hoạch cụ thể và báo cáo "
    "kết quả tại cuộc gặp định kỳ vào cuối năm nay."
)


def _source(text: str) -> str | None:
    return parse_article(text).source


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (f"(NLĐO) - {LEAD}", "nld.com.vn"),
        (f"TPO - {LEAD}", "tienphong.vn"),
        (f"(BHG) - {LEAD}", "baohagiang.vn"),
        (f"(TTXVN) - {LEAD}", "TTXVN"),
        (f"Baothu.vn - {LEAD}", "baothu.vn"),
        # a place before a dash is no outlet
        (f"Hà Nội - {LEAD}", None),
    ],
)
def test_the_tag_before_the_lead_names_the_outlet(lead: str, expected: str | None) -> None:
    assert _source(f"{HEADLINE}\n{lead}\n{BODY}") == expected


def test_the_tag_before_the_lead_beats_a_photo_credit() -> None:
    text = f"{HEADLINE}\nKinhtedothi - {LEAD}\nQuang cảnh buổi làm việc. Ảnh: TTXVN\n{BODY}"
    assert _source(text) == "kinhtedothi.vn"


@pytest.mark.parametrize(
    ("top", "lead", "bottom", "expected"),
    [
        # the outlet's masthead, and its short name in brackets opening the lead with no dash
        ("VOV GIAO THÔNG - KÊNH VOV GIAO THÔNG QUỐC GIA", f"(VOVGT) {LEAD}", "", "vovgiaothong.vn"),
        ("", f"(VOVGT) {LEAD}", "", "vovgiaothong.vn"),
        ("", f"(Baothu.vn) {LEAD}", "", "baothu.vn"),
        ("", f"(VTV) {LEAD}", "", "VTV"),
        # the outlet's footer under the agency's name
        ("", LEAD, "VOV GIAO THÔNG - Đài Tiếng nói Việt Nam", "vovgiaothong.vn"),
        # a byline crediting the outlet by its short name
        ("", LEAD, "Minh Khôi/VOVGT", "vovgiaothong.vn"),
    ],
)
def test_the_outlet_s_own_name_beats_the_agency_credited_for_a_photo(
    top: str, lead: str, bottom: str, expected: str
) -> None:
    text = f"{top}\n{HEADLINE}\n{lead}\nQuang cảnh buổi làm việc. Ảnh: TTXVN\n{BODY}\n{bottom}"
    assert _source(text) == expected


def test_a_bracket_naming_no_outlet_opens_no_dateline() -> None:
    assert _source(f"{HEADLINE}\n(Ảnh minh họa) {LEAD}\n{BODY}") is None


@pytest.mark.parametrize(
    ("top", "bottom", "expected"),
    [
        ("BÁO CAO BẰNG\nTrang chủ | Chính trị | Kinh tế | Xã hội", "", "baocaobang.vn"),
        ("Báo Hà Giang điện tử\nThứ Năm, 19/09/2024", "", "baohagiang.vn"),
        (
            "",
            "Báo Tiền Phong - Cơ quan Trung ương của Đoàn\nTổng Biên tập: Lê Văn A",
            "tienphong.vn",
        ),
        (
            "",
            "Giấy phép số 12/GP-BTTTT. © Bản quyền thuộc về Báo Sài Gòn Giải Phóng",
            "sggp.org.vn",
        ),
        (
            "",
            "Báo Kinh tế & Đô thị. Tổng Biên tập: Trần Văn B. Giấy phép số 7/GP-BTTTT.",
            "kinhtedothi.vn",
        ),
        ("BÁO HÀ NAM ĐIỆN TỬ\nThời sự | Kinh tế | Xã hội", "", "baohanam.com.vn"),
        # a name written without its marks
        ("", "TUOI TRE ONLINE - Cơ quan chủ quản: Thành Đoàn TP.HCM", "tuoitre.vn"),
        # a province's portal, a ministry's site
        (
            "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU\nTrang chủ | Giới thiệu | Tin tức",
            "",
            "laichau.gov.vn",
        ),
        ("BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "mofa.gov.vn"),
        # 'Báo điện tử …' as a name of its own
        ("Báo điện tử Đảng Cộng sản Việt Nam\nThứ Năm, 19/09/2024", "", "dangcongsan.vn"),
        # an outlet's name inside a sentence of a related headline names nothing
        ("", "Tin liên quan\nThanh niên tình nguyện dựng nhà cho dân vùng biên", None),
    ],
)
def test_the_masthead_or_the_footer_names_the_outlet(
    top: str, bottom: str, expected: str | None
) -> None:
    assert _source(f"{top}\n{HEADLINE}\n{LEAD}\n{BODY}\n{bottom}") == expected


def test_a_tag_two_outlets_use_is_the_masthead_s_outlet() -> None:
    text = f"BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ TỈNH LÀO CAI\n{HEADLINE}\n(BLC) - {LEAD}\n{BODY}"
    assert _source(text) == "baolaocai.vn"
    assert _source(f"{HEADLINE}\n(BLC) - {LEAD}\n{BODY}") == "baolaichau.vn"


def test_a_provincial_paper_merged_with_its_broadcaster_is_named_by_its_new_name() -> None:
    text = f"BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG\n{HEADLINE}\n{LEAD}\n{BODY}"
    assert _source(text) == "baotuyenquang.com.vn"


def test_the_dateline_agency_beats_the_outlet_that_prints_its_story() -> None:
    text = f"{HEADLINE}\n(TTXVN) - {LEAD}\n{BODY}\nBáo Tiền Phong - Cơ quan Trung ương của Đoàn"
    assert _source(text) == "TTXVN"


@pytest.mark.parametrize(
    "credit",
    [
        "Nguồn: Tổng cục Thống kê",
        "Nguồn: Cục Hải quan - Phòng Thống kê",
        "Nguồn: Chi cục Hải quan khu vực VIII",
        "Nguồn: Thương vụ Việt Nam tại Quảng Châu",
    ],
)
def test_a_data_credit_is_not_the_publisher(credit: str) -> None:
    article = parse_article(f"{HEADLINE}\n{LEAD}\n{BODY}\n{credit}\nBÁO QUẢNG NAM - Giấy phép số 3")
    assert article.source == "baoquangnam.vn"


@pytest.mark.parametrize(
    "note",
    [
        "Nguồn: GACC; Báo Đầu tư tổng hợp.",
        "Nguồn: NBS, Thời báo Kinh tế tổng hợp",
        "Nguồn: GSO, Báo Công Thương tổng hợp",
        "Nguồn: UN Comtrade; Báo Gió Mới tính toán",
        # an origin the data does not know, and whoever compiled the figures from it
        "Nguồn: ITC; Báo Gió Mới tính toán",
    ],
)
def test_a_table_s_note_crediting_its_figures_is_not_the_publisher(note: str) -> None:
    page = (
        "<html><head><meta property='og:site_name' content='VnEconomy'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><table><tr><td>Tháng 3</td></tr></table>"
        f"<p class='note'><em>{note}</em></p><p>{BODY}</p></article></body></html>"
    )
    assert parse_article(page, filename="page.html").source == "vneconomy.vn"


def test_a_source_line_naming_a_site_is_still_the_publisher() -> None:
    assert _source(f"{HEADLINE}\n{LEAD}\n{BODY}\nNguồn: tinbientoi.vn") == "tinbientoi.vn"


def test_an_aggregator_s_source_line_with_a_link_s_placeholder_names_the_outlet() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Tin tức 24h'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p>"
        "<p class='source'>Nguồn: [Link nguồn] <em>Theo Báo Chính phủ</em></p>"
        "</article></body></html>"
    )
    assert parse_article(page, filename="page.html").source == "baochinhphu.vn"


def test_the_page_s_site_name_is_the_outlet_s_site() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Vietnam+ (VietnamPlus)'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p></article></body></html>"
    )
    assert parse_article(page, filename="page.html").source == "vietnamplus.vn"


def test_an_agency_s_paper_named_with_the_agency_is_the_paper() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Báo Tin tức - TTXVN'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p></article></body></html>"
    )
    assert parse_article(page, filename="page.html").source == "baotintuc.vn"


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        # the agency's own paper prints its agency's story
        ("BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM", "baotintuc.vn"),
        # another outlet prints it: the story is the agency's
        ("BÁO QUẢNG NAM", "TTXVN"),
    ],
)
def test_a_byline_s_agency_is_the_source_unless_the_page_is_the_agency_s_paper(
    masthead: str, expected: str
) -> None:
    text = f"{masthead}\n{HEADLINE}\n{LEAD}\n{BODY}\nPhương Hoa (TTXVN)"
    assert _source(text) == expected


def test_a_page_crediting_an_agency_for_the_story_is_still_its_site_s() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='Báo Tuyên Quang điện tử'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p>"
        "<p><strong>Thu Phương</strong></p><p><em>Nguồn: TTXVN</em></p></article></body></html>"
    )
    assert parse_article(page, filename="page.html").source == "baotuyenquang.com.vn"


@pytest.mark.parametrize(
    "top",
    [
        "Xã hội > Thanh niên",
        "Trang chủ | Thời sự | Thanh niên | Thể thao",
        "Trang chủ › Tuổi trẻ",
        # a section's name alone, in running case, is no outlet's name
        "Thanh niên",
        "Nhân dân",
    ],
)
def test_a_section_named_like_another_outlet_is_not_the_source(top: str) -> None:
    assert _source(f"{top}\n{HEADLINE}\n{LEAD}\n{BODY}") is None


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        ("BÁO ĐỒNG LÚA\nXã hội > Thanh niên", ""),
        ("Thời sự | Xã hội | Thanh niên", "Báo Đồng Lúa - Tổng Biên tập: Trần Văn A"),
    ],
)
def test_a_tag_another_outlet_uses_is_not_the_source_when_the_page_names_its_own(
    top: str, bottom: str
) -> None:
    text = f"{top}\n{HEADLINE}\n(TNO) - {LEAD}\n{BODY}\n{bottom}"
    assert _source(text) == "Báo Đồng Lúa"


@pytest.mark.parametrize(
    ("top", "bottom", "expected"),
    [
        ("BÁO ĐỒNG LÚA - CƠ QUAN CỦA BỘ NÔNG NGHIỆP", "", "Báo Đồng Lúa"),
        # the footer's running case is preferred to the masthead's capitals
        ("BÁO ĐỒNG LÚA", "Báo Đồng lúa - Tổng Biên tập: Trần Văn A", "Báo Đồng lúa"),
        ("", "© Bản quyền thuộc về Tạp chí Ruộng Đồng", "Tạp chí Ruộng Đồng"),
        ("BÁO ĐỒNG LÚA ĐIỆN TỬ", "", "Báo Đồng Lúa"),
        # a report, the press: no outlets
        ("BÁO CÁO TỔNG KẾT NĂM", "", None),
        ("", "Báo chí - Truyền thông", None),
        # a provincial broadcaster
        (
            "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÔNG HỒNG",
            "",
            "Đài Phát Thanh Và Truyền Hình Sông Hồng",
        ),
        ("", "© Đài PT-TH Sông Hồng. Giấy phép số 12/GP-BTTTT", "Đài PT-TH Sông Hồng"),
    ],
)
def test_an_outlet_the_data_does_not_know_is_named_as_its_masthead_or_footer_writes_it(
    top: str, bottom: str, expected: str | None
) -> None:
    assert _source(f"{top}\n{HEADLINE}\n{LEAD}\n{BODY}\n{bottom}") == expected


@pytest.mark.parametrize(
    ("top", "lead", "bottom", "expected"),
    [
        ("ĐẠI ĐOÀN KẾT - CƠ QUAN TRUNG ƯƠNG CỦA MẶT TRẬN", LEAD, "", "daidoanket.vn"),
        ("", f"ĐĐK - {LEAD}", "", "daidoanket.vn"),
        ("BÁO GIAO THÔNG - CƠ QUAN CỦA BỘ XÂY DỰNG", LEAD, "", "baogiaothong.vn"),
        ("", LEAD, "Báo Giao thông - Tổng Biên tập: Trần Văn A", "baogiaothong.vn"),
        ("", f"(Xây dựng) - {LEAD}", "", "baoxaydung.vn"),
        ("", LEAD, "Báo Xây dựng - Cơ quan của Bộ Xây dựng", "baoxaydung.vn"),
        ("", f"(TBTCVN) - {LEAD}", "", "thoibaotaichinhvietnam.vn"),
        ("", f"(HBĐT) - {LEAD}", "", "baohoabinh.com.vn"),
        ("BÁO ĐỒNG NAI ĐIỆN TỬ", LEAD, "", "baodongnai.com.vn"),
        ("", LEAD, "Báo Hải Dương - Cơ quan của Đảng bộ tỉnh", "baohaiduong.vn"),
        ("", LEAD, "© Bản quyền thuộc về Báo Bắc Giang", "baobacgiang.vn"),
        # the provincial papers merged with their broadcasters, by their papers' names
        ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG", LEAD, "", "baodanang.vn"),
        ("", LEAD, "Báo và Phát thanh, Truyền hình Gia Lai. Tổng Biên tập: A", "baogialai.com.vn"),
        ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÁI NGUYÊN", f"(TNO) - {LEAD}", "", "baothainguyen.vn"),
        # a merged paper that moved to a site of its own, by its full name; the paper before
        # the merger keeps its site
        ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH", f"(BBN) - {LEAD}", "", "baobacninhtv.vn"),
        ("", LEAD, "Báo và Phát thanh, Truyền hình Bắc Ninh\nTổng Biên tập: A", "baobacninhtv.vn"),
        ("BÁO BẮC NINH", f"(BBN) - {LEAD}", "", "baobacninh.vn"),
        # the national broadcaster's site
        ("VTV.vn", LEAD, "© Bản quyền thuộc về Đài Truyền hình Việt Nam", "vtv.vn"),
        # Lao Động by its masthead or its footer, without a domain
        ("LAO ĐỘNG\nThời sự | Công đoàn | Xã hội", LEAD, "", "laodong.vn"),
        ("", LEAD, "Lao Động Online\nCơ quan của Tổng Liên đoàn Lao động Việt Nam", "laodong.vn"),
        # China's media in Vietnamese
        ("CRI tiếng Việt - Đài Phát thanh Quốc tế Trung Quốc", LEAD, "", "vietnamese.cri.cn"),
        ("", LEAD, "Nguồn: Nhân dân nhật báo bản tiếng Việt", "vietnamese.people.com.cn"),
        # a long name in another case than the data's: no section's
        ("Nhân Dân nhật báo bản tiếng Việt", LEAD, "", "vietnamese.people.com.cn"),
        # other countries' services in Vietnamese
        ("Sputnik Việt Nam\nThế giới | Việt Nam | Kinh tế", LEAD, "", "sputniknews.vn"),
        ("RFI - Radio France Internationale\nTiếng Việt", LEAD, "", "rfi.fr"),
        # provincial broadcasters by their masthead or their tag
        ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN", f"LSTV - {LEAD}", "", "langsontv.vn"),
        ("CAO BẰNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH CAO BẰNG", LEAD, "", "caobangtv.vn"),
    ],
)
def test_national_and_provincial_papers_are_known_by_their_masthead_footer_or_tag(
    top: str, lead: str, bottom: str, expected: str
) -> None:
    assert _source(f"{top}\n{HEADLINE}\n{lead}\n{BODY}\n{bottom}") == expected


def test_a_related_headline_at_the_foot_of_the_page_names_no_outlet() -> None:
    text = f"{HEADLINE}\n{LEAD}\n{BODY}\nTin liên quan\nBáo Mỹ ca ngợi phở Việt"
    assert _source(text) is None


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.baolangson.vn/a-1.html", "baolangson.vn"),
        ("https://m.vietnamnet.vn/a-1.html", "vietnamnet.vn"),
        ("https://amp.tuoitre.vn/a-1.htm", "tuoitre.vn"),
        # a site under a second-level domain keeps its whole host
        ("https://baodienbienphu.info.vn/tin-tuc/a-1", "baodienbienphu.info.vn"),
    ],
)
def test_a_page_s_site_is_its_host_without_its_mobile_label(url: str, host: str) -> None:
    page = (
        f"<html><head><meta property='og:url' content='{url}'></head>"
        f"<body><article><h1>{HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p></article></body></html>"
    )
    assert parse_article(page, filename="page.html").source == host


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # a writer's name after 'Theo' credits the writer: the page's own outlet published it
        ("Theo Minh Anh\nNhịp sống kinh tế", "cafef.vn"),
        ("Theo Hoàng Thu Trang", "cafef.vn"),
        # an outlet, an agency or a site after 'Theo' is the publisher
        ("Theo Thanh Niên", "thanhnien.vn"),
        ("Theo TTXVN", "TTXVN"),
        ("Theo tinbientoi.vn", "tinbientoi.vn"),
    ],
)
def test_a_writer_credited_after_theo_is_not_the_publisher(credit: str, expected: str) -> None:
    text = f"CafeF\n{HEADLINE}\n{LEAD}\n{BODY}\n{credit}\nCopyright © 2007 – 2025 CafeF."
    assert _source(text) == expected
