"""Page furniture is dropped; the article's headline, body and captions are kept apart."""

from __future__ import annotations

import textwrap

import pytest

from extract.furniture import clean_text, is_byline

LEAD = (
    "Ngày 5/6, tại Nam Ninh, Thứ trưởng Bộ Ngoại giao Phạm Văn Hùng hội kiến Bí thư Khu ủy "
    "Quảng Tây Trần Cương."
)
SECOND = "Hai bên nhất trí thúc đẩy kết nối hạ tầng giao thông và cửa khẩu thông minh."
HEADLINE = "Việt Nam và Quảng Tây thúc đẩy kết nối hạ tầng"


def test_headline_date_line_and_body() -> None:
    page = clean_text(f"{HEADLINE}\n\n05/06/2024 10:30\n\n{LEAD}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.date_line == "05/06/2024 10:30"
    assert page.paragraphs == (LEAD, SECOND)


def test_leading_menu_words_and_breadcrumbs_are_dropped() -> None:
    page = clean_text(f"Trang chủ > Thời sự\nTin tức\n{HEADLINE}\n{LEAD}\n{SECOND}")
    assert page.title == HEADLINE
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\nThu Hà\n{LEAD}\n{SECOND}",
        f"{HEADLINE}\n{LEAD}\n{SECOND}\nThu Hà",
        f"{HEADLINE}\n{LEAD}\n{SECOND}\nThu Hà (TTXVN)",
        f"{HEADLINE}\n{LEAD}\n{SECOND}\nThu Hà/VOV",
        f"{HEADLINE}\n{LEAD}\n{SECOND}\nMINH ĐỨC (Phóng viên Báo Nhân Dân tại Quảng Tây)",
        f"{HEADLINE}\n{LEAD}\n{SECOND}\nThu Hà (Cộng tác viên thường trú tại Nam Ninh)",
    ],
    ids=["top", "bottom", "agency", "slash", "post-and-paper", "contributor"],
)
def test_bylines_at_the_top_or_the_bottom_are_not_body(text: str) -> None:
    page = clean_text(text)
    assert page.paragraphs == (LEAD, SECOND)
    assert len(page.bylines) == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thu Hà", True),
        ("Nguyễn Văn Minh", True),
        ("Minh Anh (TTXVN)", True),
        ("Minh Anh - Thu Hà", True),
        ("Nhóm PV", True),
        ("HỮU HƯNG (Phóng viên Báo Nhân Dân tại Trung Quốc)", True),
        ("Hà Nội (Phóng viên thường trú tại Trung Quốc)", False),
        ("Hà Nội", False),
        ("Hai bên nhất trí.", False),
        ("Việt Nam – Trung Quốc", False),
        ("Hợp tác", False),
        ("Một Hai Ba Bốn Năm", False),
    ],
)
def test_what_a_byline_looks_like(line: str, expected: bool) -> None:
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "marker",
    [
        "Cùng chuyên mục",
        "Tin đọc nhiều",
        "Đọc thêm",
        "Tin liên quan",
        "Xem thêm:",
        "Bình luận",
        "Bình luận (12)",
        "Bài viết cùng chuyên mục",
        "Video liên quan",
        "Tin cùng chủ đề:",
        "Cùng chủ đề",
        "Các tin cùng chủ đề",
        "Xem các bài khác trên Trang 7:",
        "Các bài khác trang 12",
        "Các tin đã đưa:",
        # with its English on a bilingual page
        "Tin khác / Other news",
    ],
)
def test_everything_from_a_related_articles_heading_on_is_dropped(marker: str) -> None:
    tail = "Tỉnh trưởng tỉnh Vân Nam Vương Dư Ba tiếp Đại sứ Lào\nMột tin khác về Quảng Ninh"
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{marker}\n{tail}")
    assert page.paragraphs == (LEAD, SECOND)


def test_a_box_of_links_inside_the_article_drops_only_the_box() -> None:
    third = (
        "Về phần mình, Bí thư Trần Cương khẳng định Quảng Tây coi trọng quan hệ với các địa "
        "phương của Việt Nam và sẵn sàng mở rộng hợp tác."
    )
    fourth = (
        "Hai bên cũng nhất trí duy trì cơ chế gặp gỡ định kỳ, tăng cường giao lưu nhân dân và "
        "hợp tác trong lĩnh vực giáo dục, du lịch."
    )
    box = "Tin liên quan\nQuảng Ninh đón khách Hàn Quốc\nGiá vàng hôm nay\n"
    tail = "Cùng chuyên mục\nHải Nam mở đường bay\nHải Nam mở đường bay mới tới Hà Nội...\n"
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{box}{third}\n{fourth}\n{tail}")
    assert page.paragraphs == (LEAD, SECOND, third, fourth)


LIVE_POSTS = (
    "Phát biểu tại hội nghị, Bí thư Khu ủy Trần Cương đề nghị các bên đẩy nhanh kết nối đường "
    "sắt khổ tiêu chuẩn và nâng cấp cửa khẩu thông minh.",
    "Kết thúc hội nghị, trước sự chứng kiến của các đại biểu, hai đồng chí Bí thư đã ký Biên "
    "bản Hội nghị gặp gỡ năm 2025.",
    "Buổi chiều, đoàn công tác khảo sát Khu kinh tế cửa khẩu Móng Cái và làm việc với một số "
    "doanh nghiệp logistics.",
)


@pytest.mark.parametrize(
    "heading",
    [
        "11:30 | Lễ ký kết",
        "11h30 - Lễ ký kết các văn kiện hợp tác",
        "11:30\nLễ ký kết",
        "Lễ ký kết",
    ],
    ids=["hour-bar-heading", "hour-dash-heading", "hour-then-heading", "heading"],
)
def test_a_live_report_s_posts_after_a_box_of_links_are_body(heading: str) -> None:
    # each post opens with its hour and heading, so no two paragraphs stand in a row
    box = "TIN LIÊN QUAN\n- Quảng Ninh đón khách Hàn Quốc\n- Giá vàng hôm nay\n"
    first, signing, afternoon = LIVE_POSTS
    posts = f"10:20 | Phát biểu\n{first}\n{heading}\n{signing}\n15:00 | Khảo sát\n{afternoon}"
    page = clean_text(f"{HEADLINE}\n{LEAD}\n09:40 | Khai mạc\n{SECOND}\n{box}{posts}\n")
    assert page.paragraphs[-4:] == (
        *heading.split("\n")[-1:],
        signing,
        "15:00 | Khảo sát",
        afternoon,
    )
    assert first in page.paragraphs
    assert "- Giá vàng hôm nay" not in page.paragraphs


def test_a_teaser_list_with_full_summaries_after_a_box_heading_is_not_body() -> None:
    # a teaser's headline between two summaries is no post heading
    summaries = [p.replace("hội nghị", "hội thảo") for p in LIVE_POSTS[:2]]
    teasers = [
        "Quảng Tây mở thêm luồng xanh cho nông sản Việt qua cửa khẩu",
        summaries[0],
        "Cao Bằng và Bách Sắc ký kết biên bản hợp tác năm 2025",
        summaries[1],
    ]
    box = "\n".join(["Tin liên quan", *teasers])
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{box}\n")
    assert page.paragraphs == (LEAD, SECOND)


def test_an_aggregator_footer_is_dropped_and_names_the_source() -> None:
    page = clean_text(
        f"{LEAD}\n{SECOND}\nThông tin\nTổng hợp tin tự động tinnhanh-24h.com (r) © 2021"
    )
    assert page.paragraphs == (LEAD, SECOND)
    assert page.aggregator == "tinnhanh-24h.com"


def test_a_line_called_thong_tin_inside_the_body_stays() -> None:
    body = f"{LEAD}\nThông tin\n{SECOND}\n" + "\n".join(
        f"Đoạn văn số {i} của bài." for i in range(6)
    )
    assert "Thông tin" in clean_text(body).paragraphs


@pytest.mark.parametrize(
    "follow", ["Theo dõi Baothu.vn trên", "Theo dõi Baothu.vn trên Google News"]
)
def test_follow_and_source_lines_are_dropped_and_name_the_source(follow: str) -> None:
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{follow}\n{SECOND}\nNguồn: tintuc.example.vn")
    assert page.paragraphs == (LEAD, SECOND)
    assert page.sources == ("baothu.vn", "tintuc.example.vn")


def test_a_follow_line_between_the_date_and_the_lead_is_not_the_headline() -> None:
    page = clean_text(
        f"{HEADLINE}\n\nThu Hà\n09:15 | 05/06/2024\nTheo dõi TG&VN trên Google News\n\n"
        f"{LEAD}\n{SECOND}"
    )
    assert page.title == HEADLINE
    assert page.paragraphs == (LEAD, SECOND)


def test_a_sentence_starting_with_theo_is_body_not_a_source() -> None:
    sentence = "Theo thống kê của Hải quan, kim ngạch thương mại tăng mạnh trong năm qua."
    assert clean_text(f"{LEAD}\n{sentence}").paragraphs == (LEAD, sentence)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Toàn cảnh buổi hội đàm. (Ảnh: Minh Đức)", "Toàn cảnh buổi hội đàm.", "Ảnh: Minh Đức"),
        ("Hai bên hội đàm ngày 5/6. Ảnh: TTXVN", "Hai bên hội đàm ngày 5/6.", "Ảnh: TTXVN"),
        ("Quang cảnh lễ ký (Ảnh minh họa)", "Quang cảnh lễ ký", "Ảnh minh họa"),
        ("Ảnh: Văn Điệp/TTXVN", None, "Ảnh: Văn Điệp/TTXVN"),
    ],
)
def test_captions_are_kept_apart_with_their_credit(
    line: str, caption: str | None, credit: str
) -> None:
    page = clean_text(f"{LEAD}\n{line}\n{SECOND}")
    assert page.paragraphs == (LEAD, SECOND)
    assert page.captions == ((caption,) if caption else ())
    assert page.credits == (credit,)


def test_teaser_blocks_are_dropped() -> None:
    teasers = (
        "Quảng Ninh đón đoàn doanh nghiệp Hàn Quốc\n"
        "Chiều 3/6, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã tiếp đoàn doanh nghiệp...\n"
        "Giá vàng hôm nay tăng mạnh\n"
        "Giá vàng hôm nay tăng mạnh\n"
        "Giá vàng trong nước tăng theo đà của thế giới…\n"
    )
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{teasers}")
    assert page.paragraphs == (LEAD, SECOND)


def test_a_long_body_paragraph_ending_in_an_ellipsis_stays() -> None:
    long_paragraph = " ".join(["Hai bên trao đổi về hợp tác kinh tế, văn hóa, giáo dục."] * 10)
    long_paragraph += " và nhiều lĩnh vực khác..."
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{long_paragraph}\n{SECOND}")
    assert page.paragraphs == (LEAD, long_paragraph, SECOND)


def test_the_headline_repeated_before_a_photo_is_dropped() -> None:
    page = clean_text(
        f"{HEADLINE}\n{LEAD}\n{HEADLINE}\nHai đoàn chụp ảnh chung. (Ảnh: X)\n{SECOND}"
    )
    assert page.paragraphs == (LEAD, SECOND)


def test_sharing_buttons_and_reading_tools_are_dropped() -> None:
    page = clean_text(
        f"{HEADLINE}\nChia sẻ\nFacebook\n{LEAD}\nNghe bài viết\n{SECOND}\nIn bài viết"
    )
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "toolbar",
    [
        "[In bài] [Gửi email] [Chia sẻ] [Cỡ chữ: A- A A+]",
        "[In bài viết]  [Gửi email]  [Lưu bài viết]",
        "In bài | Gửi email | Chia sẻ",
    ],
)
def test_a_toolbar_of_page_tools_above_the_lead_is_dropped(toolbar: str) -> None:
    lead = f"(langson.gov.vn) {LEAD}"
    page = clean_text(f"{HEADLINE}\n\n05/06/2024 10:30\n{toolbar}\n\n{lead}\n\n{SECOND}\n")
    assert page.paragraphs == (lead, SECOND)


@pytest.mark.parametrize(
    "note", ["(Đã cập nhật số liệu lúc 14:30 ngày 03/12/2025)", "Cập nhật lúc 15:05, 03/12/2025"]
)
def test_a_note_of_when_the_page_was_updated_is_not_the_lead(note: str) -> None:
    page = clean_text(f"{HEADLINE}\n\n09:12 | 03/12/2025\n\n{note}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "notice",
    [
        "Đính chính: Bản tin trước ghi kim ngạch năm 2024 là 48,2 tỷ USD. Số liệu đúng là 42,8 "
        "tỷ USD.",
        "(Cải chính - Bài viết đã sửa tên chức danh của ông Lý Minh Hoa)",
    ],
)
def test_a_correction_notice_is_the_page_s_history_not_its_text(notice: str) -> None:
    page = clean_text(f"{HEADLINE}\n\n09:12 | 03/12/2025\n\n{notice}\n\n{LEAD}\n\n{SECOND}\n")
    assert page.paragraphs == (LEAD, SECOND)


def test_windows_line_endings_and_wide_spaces() -> None:
    page = clean_text(f"{HEADLINE}\r\n\r\n{LEAD}\u00a0\u00a0\r\n{SECOND}\r\n")
    assert page.paragraphs == (LEAD, SECOND)


def test_a_sentence_broken_across_lines_is_put_back_together() -> None:
    # a line ending with a comma, and a line going on in lower case
    broken = (
        "Ngày 5/6,\ntại Nam Ninh, Thứ trưởng Bộ Ngoại giao Phạm Văn Hùng\n"
        "hội kiến Bí thư Khu ủy Quảng Tây Trần Cương."
    )
    page = clean_text(f"{HEADLINE}\n\n05/06/2024 10:30\n\n{broken}\n\n{SECOND}\n")
    assert page.paragraphs == (LEAD, SECOND)


def test_marks_spaced_as_a_typist_spaced_them_are_spaced_as_written() -> None:
    typed = SECOND.replace(" giao thông", " giao thông ,cửa khẩu").replace(".", " .")
    page = clean_text(f"{HEADLINE}\n\n{LEAD}\n\n{typed}\n")
    assert page.paragraphs[1] == SECOND.replace(" giao thông", " giao thông, cửa khẩu")


def test_a_date_opening_a_bar_of_page_tools_is_the_date_line() -> None:
    bar = "Ngày đăng:\u00a010.11.2025 | Lượt xem: 412 | In bài | Chia sẻ | Gửi email"
    page = clean_text(f"{HEADLINE}\n\n{bar}\n\n{LEAD}\n\n{SECOND}\n")
    assert (page.title, page.paragraphs) == (HEADLINE, (LEAD, SECOND))
    assert page.date_line is not None and "10.11.2025" in page.date_line


@pytest.mark.parametrize(
    "notice",
    [
        "Giấy phép số 88/GP-BTTTT. Địa chỉ: 12 Phố Huế, Hà Nội",
        "BÁO SÔNG HỒNG - Giấy phép số 7/GP-BTTTT",
        "Bản quyền thuộc về Báo Sông Hồng",
        "BẢN QUYỀN THUỘC BÁO SÔNG HỒNG",
        "Đường dây nóng: 0912 345 678",
        "Hotline: 024.3825.1234",
        "© 2024 Báo Sông Hồng",
    ],
)
def test_notices_at_the_foot_of_the_page_are_not_body(notice: str) -> None:
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n{notice}")
    assert page.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quảng Tây đã cấp giấy phép cho 12 doanh nghiệp Việt Nam mở văn phòng đại diện.",
        "Hai bên nhất trí duy trì đường dây nóng giữa lực lượng chức năng hai nước.",
        "Giấy phép đầu tư được cấp nhanh hơn, giúp các doanh nghiệp của hai bên tiết kiệm thời "
        "gian và chi phí khi mở rộng hợp tác thương mại qua các cửa khẩu biên giới.",
        "Việc bảo vệ bản quyền giống cây trồng được hai bên đưa vào chương trình hợp tác.",
    ],
)
def test_a_sentence_using_a_notice_s_word_is_body(sentence: str) -> None:
    page = clean_text(f"{HEADLINE}\n{LEAD}\n{sentence}\n{SECOND}")
    assert page.paragraphs == (LEAD, sentence, SECOND)


def test_tables_as_trafilatura_writes_them() -> None:
    """A one-cell table (a photo's caption in many layouts) is a caption; a table's rule line is
    dropped; its rows stay in the body as cells, not taken for menus or bylines."""
    page = clean_text(
        "Thương mại biên giới tăng mạnh trong năm 2024\n"
        "Năm 2024, thương mại giữa Việt Nam và các tỉnh phía Nam Trung Quốc tăng mạnh, theo số "
        "liệu công bố tại Hà Nội. Chi tiết như sau:\n"
        "| Lãnh đạo hai tỉnh tại hội nghị. (Ảnh: Minh Khang) |\n"
        "| Tỉnh | Kim ngạch năm 2024 (tỷ USD) |\n"
        "|---|---|\n"
        "| Vân Nam | 3,7 |\n"
        "| Tứ Xuyên | 2,9 |\n"
        "Các doanh nghiệp kỳ vọng thương mại sẽ còn tăng trong năm 2025.\n"
    )
    assert page.captions == ("Lãnh đạo hai tỉnh tại hội nghị.",)
    assert page.paragraphs[1:4] == (
        "Tỉnh | Kim ngạch năm 2024 (tỷ USD)",
        "Vân Nam | 3,7",
        "Tứ Xuyên | 2,9",
    )


@pytest.mark.parametrize(
    "link",
    [
        "Xem thêm: Lào Cai và Vân Nam ký biên bản hội nghị liên tịch lần thứ 12",
        "Đọc thêm >> Chủ tịch tỉnh tiếp Phó Tỉnh trưởng Vân Nam",
        "Tin liên quan: Quảng Tây mở thêm luồng xanh cho nông sản Việt",
        # the arrow some sites put before the heading of such a link
        ">> Xem thêm: Bí thư Thành ủy tiếp Đại sứ Trung Quốc Lý Minh",
        "» Đọc thêm: Hải Phòng đón 1 triệu lượt khách quốc tế",
        "► Tin liên quan: Cảng Bắc Hải mở tuyến mới",
    ],
)
def test_a_link_to_another_article_between_paragraphs_is_dropped_alone(link: str) -> None:
    page = clean_text(f"{HEADLINE}\n\n{LEAD}\n\n{link}\n\n{SECOND}\n")
    assert page.paragraphs == (LEAD, SECOND)


WRAPPED_BODY = (
    "Sáng 12/5, tại thành phố Cao Bằng, đồng chí Nguyễn Văn Minh, Phó Chủ tịch UBND tỉnh đã "
    "tiếp đoàn công tác của thành phố Bách Sắc do ông Lý Hải Đông, Phó Thị trưởng Chính phủ "
    "nhân dân thành phố Bách Sắc, Khu tự trị dân tộc Choang Quảng Tây dẫn đầu.",
    "Theo số liệu của cơ quan hải quan, 6 tháng đầu năm 2025, kim ngạch thương mại giữa Việt "
    "Nam và Quảng Tây đạt 21,4 tỷ USD, tăng 9,8% so với cùng kỳ năm trước; riêng tháng 5 đạt "
    "3,9 tỷ USD.",
    "Hai bên thống nhất kéo dài giờ thông quan tại cặp cửa khẩu Tà Lùng (Việt Nam) "
    "– Thủy Khẩu (Trung Quốc) và ký Biên bản hội đàm về hợp tác cửa khẩu Trà Lĩnh – Long Bang.",
)


@pytest.mark.parametrize("width", [56, 58, 62, 66, 72])
def test_a_page_hard_wrapped_mid_sentence_reads_as_whole_paragraphs(width: int) -> None:
    # the wrap breaks names, numbers, titles and documents' names; the box, its list and the
    # caption between the paragraphs stay lines of their own
    wrapped = [textwrap.fill(paragraph, width) for paragraph in WRAPPED_BODY]
    box = "Tin liên quan\n» Cao Bằng đón đoàn doanh nghiệp Quảng Tây\n» Giá vải thiều tăng cao"
    caption = "[Ảnh] Đồng chí Nguyễn Văn Minh phát biểu tại buổi tiếp. Ảnh: Thu Hà"
    body = f"{wrapped[0]}\n{caption}\n\n{box}\n\n{wrapped[1]}\n\n{wrapped[2]}"
    page = clean_text(f"{HEADLINE}\n\n12/05/2025 10:30\n\n{body}\n")
    assert page.paragraphs == WRAPPED_BODY
    assert page.captions == ("[Ảnh] Đồng chí Nguyễn Văn Minh phát biểu tại buổi tiếp.",)


OTHER_STORY = (
    "Quảng Ninh và Quảng Tây tọa đàm về hợp tác du lịch",
    "Ngày 3/6, tại thành phố Móng Cái, Sở Du lịch tỉnh Quảng Ninh và Sở Văn hóa và Du lịch "
    "Quảng Tây tổ chức tọa đàm về phát triển du lịch biên giới.",
    "Hai bên đã ký Biên bản ghi nhớ hợp tác phát triển tour du lịch qua cửa khẩu Móng Cái – "
    "Đông Hưng trong năm nay.",
)


@pytest.mark.parametrize(
    ("end", "signed"),
    [
        ("MINH ANH\n———————————————", "ĐỨC HẢI"),  # a byline, a rule, then a signed story
        ("———————————————", "ĐỨC HẢI"),  # a rule, then a signed story
        ("MINH ANH", "ĐỨC HẢI"),  # a byline, then a signed story
        ("MINH ANH\n* * *", None),  # a story dated under its headline
    ],
    ids=["byline-rule", "rule", "byline", "dated"],
)
def test_a_second_story_on_the_page_is_not_the_article(end: str, signed: str | None) -> None:
    headline, *paragraphs = OTHER_STORY
    other = [headline, *([] if signed else ["03/06/2024 15:00"]), *paragraphs, signed or ""]
    text = "\n".join([HEADLINE, "05/06/2024 10:30", LEAD, SECOND, end, *other])
    page = clean_text(text)
    assert page.paragraphs == (LEAD, SECOND)


def test_an_intertitle_after_a_byline_starts_no_other_story() -> None:
    third = (
        "Về phần mình, Bí thư Trần Cương khẳng định Quảng Tây coi trọng quan hệ với các địa "
        "phương của Việt Nam và sẵn sàng mở rộng hợp tác."
    )
    text = "\n".join([HEADLINE, LEAD, SECOND, "MINH ANH", "Mở rộng hợp tác thương mại", third])
    assert clean_text(text).paragraphs == (LEAD, SECOND, "Mở rộng hợp tác thương mại", third)
