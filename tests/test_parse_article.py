"""Whole articles, as scraped text or HTML, to the facts a reader would take from them."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest

from extract import parse_article, parser
from extract.types import ParsedArticle

SCRAPED = "\n".join(
    [
        "Thời sự",
        "Việt Nam và Vân Nam thúc đẩy hợp tác thương mại biên giới",
        "Thứ Năm, 14/03/2024 - 15:20",
        "Minh Châu",
        "(Chinhphu.vn) - Chiều 14/3, tại Hà Nội, Phó Thủ tướng Trần Văn Hòa đã tiếp Bí thư "
        "Tỉnh ủy Vân Nam Vương Ninh.",
        "Tại buổi tiếp, Phó Thủ tướng cho biết năm 2023, kim ngạch thương mại giữa Việt Nam và "
        "Vân Nam đạt 4,5 tỷ USD, tăng 6% so với năm 2022.",
        "Phó Thủ tướng Trần Văn Hòa tiếp Bí thư Tỉnh ủy Vân Nam Vương Ninh. Ảnh: VGP/Minh Châu",
        "Bí thư Vương Ninh mong muốn hai bên mở rộng hợp tác nông nghiệp và logistics qua cửa "
        "khẩu Hà Khẩu - Lào Cai.",
        "Hai bên nhất trí sẽ ký kết Bản ghi nhớ về hợp tác thương mại biên giới.",
        "Tin liên quan",
        "Quảng Ninh đón đoàn doanh nghiệp Quảng Đông",
        "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp Phó Tỉnh trưởng tỉnh Quảng Đông "
        "Lý Minh...",
    ]
)

HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Việt Nam - Quảng Tây mở rộng hợp tác kinh tế | Báo Thử Nghiệm</title>
<meta property="og:site_name" content="Báo Thử Nghiệm">
<meta property="article:published_time" content="2024-05-20T08:15:00+07:00">
<script>window.dataLayer=[];function track(){for(var i=0;i<10;i++){}}</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>
<style>.a{color:red}</style>
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/kinh-te">Kinh tế</a></li></ul></nav></header>
<main><article>
<h1>Việt Nam - Quảng Tây mở rộng hợp tác kinh tế</h1>
<p>Sáng 19/5, tại Nam Ninh, Thứ trưởng Bộ Công Thương Nguyễn Văn Phúc đã có buổi làm việc với
Phó Chủ tịch Khu tự trị Quảng Tây Vi Quang Minh về hợp tác thương mại biên giới.</p>
<p>Theo số liệu của Hải quan, quý I/2024, kim ngạch thương mại giữa Việt Nam và Quảng Tây đạt
6,1 tỷ USD, tăng 11,2% so với cùng kỳ năm trước.</p>
<figure><img src="/a.jpg" alt="Toàn cảnh">
<figcaption>Toàn cảnh buổi làm việc. (Ảnh: Thu Trang)</figcaption></figure>
<p>Hai bên nhất trí tiếp tục nâng cấp hạ tầng các cặp cửa khẩu và rút ngắn thời gian thông quan
hàng hóa trong thương mại biên giới.</p>
</article>
<aside><h3>Tin liên quan</h3>
<ul><li><a href="/1">Quảng Ninh đón đoàn doanh nghiệp Hàn Quốc</a></li>
<li><a href="/2">Hải Nam mở đường bay mới</a></li></ul></aside>
</main>
<footer><p>© 2024 Báo Thử Nghiệm. Giấy phép số 123/GP-BTTTT.</p></footer>
</body></html>
"""


def _facts(article: ParsedArticle) -> dict[str, object]:
    return {
        "provinces": article.provinces,
        "figures": [
            (f.province, f.year, f.period, f.kind, f.value_usd) for f in article.trade_figures
        ],
        "officials": [(o.name, o.title, o.side, o.province) for o in article.officials],
    }


def test_scraped_text() -> None:
    article = parse_article(SCRAPED.encode())
    assert article.title == "Việt Nam và Vân Nam thúc đẩy hợp tác thương mại biên giới"
    assert article.published == datetime(2024, 3, 14, 15, 20, tzinfo=timezone(timedelta(hours=7)))
    assert (article.event_date, article.event_year_inferred) == (date(2024, 3, 14), True)
    assert article.source == "baochinhphu.vn"
    assert _facts(article) == {
        "provinces": ("Vân Nam",),
        "figures": [("Vân Nam", 2023, "full_year", "two-way", 4_500_000_000)],
        "officials": [
            ("Trần Văn Hòa", "Phó Thủ tướng", "VN", None),
            ("Vương Ninh", "Bí thư Tỉnh ủy Vân Nam", "CN", "Vân Nam"),
        ],
    }
    assert [(m.kind, m.place, m.date) for m in article.meetings] == [
        ("reception", "Hà Nội", date(2024, 3, 14))
    ]
    assert [(a.kind, a.signed) for a in article.agreements] == [("memorandum", False)]
    assert "Minh Châu" not in article.body and "Quảng Ninh" not in article.body


def test_html_page_with_scripts_and_furniture() -> None:
    article = parse_article(HTML.encode(), url="https://www.baothunghiem.vn/bai-viet.html")
    assert article.title == "Việt Nam - Quảng Tây mở rộng hợp tác kinh tế"
    assert article.published == datetime(2024, 5, 20, 8, 15, tzinfo=timezone(timedelta(hours=7)))
    assert article.source == "baothunghiem.vn"
    assert article.url == "https://www.baothunghiem.vn/bai-viet.html"
    assert article.event_date == date(2024, 5, 19)
    assert _facts(article) == {
        "provinces": ("Quảng Tây",),
        "figures": [("Quảng Tây", 2024, "Q1", "two-way", 6_100_000_000)],
        "officials": [
            ("Nguyễn Văn Phúc", "Thứ trưởng Bộ Công Thương", "VN", None),
            ("Vi Quang Minh", "Phó Chủ tịch Khu tự trị Quảng Tây", "CN", "Quảng Tây"),
        ],
    }
    assert [(m.kind, m.place) for m in article.meetings] == [("working session", "Nam Ninh")]
    assert "window.dataLayer" not in article.body and "Hải Nam" not in article.body


def test_an_html_fragment_is_read_as_html() -> None:
    article = parse_article(
        "<p>Ngày 3/4, tại Nam Ninh, Thứ trưởng Bộ Công Thương Nguyễn Văn Phúc hội đàm với Phó "
        "Chủ tịch Khu tự trị Quảng Tây Vi Quang Minh.</p><p>Năm 2023, kim ngạch thương mại giữa "
        "Việt Nam và Quảng Tây đạt 40 tỷ USD.</p>"
    )
    assert "<p>" not in article.body
    assert [f.value_usd for f in article.trade_figures] == [40_000_000_000]


def test_nfd_text_with_windows_line_endings_reads_like_nfc() -> None:
    nfd = unicodedata.normalize("NFD", SCRAPED).replace("\n", "\r\n").encode()
    assert _facts(parse_article(nfd)) == _facts(parse_article(SCRAPED.encode()))


def test_a_published_argument_wins_and_sets_the_event_year() -> None:
    article = parse_article(
        "Quảng Tây và Việt Nam\n\nNgày 28/12, tại Nam Ninh, hai bên hội đàm về thương mại.",
        published=datetime(2025, 1, 3, 9, 0),
    )
    assert article.published == datetime(2025, 1, 3, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    assert (article.event_date, article.event_year_inferred) == (date(2024, 12, 28), True)


def test_the_event_year_is_inferred_from_what_already_happened() -> None:
    text = (
        "Ngày 19/7, tại Hà Nội, hai bên đồng chủ trì Hội nghị định kỳ lần thứ 7 về hợp tác "
        "giữa Việt Nam và tỉnh Vân Nam. Năm 2022, kim ngạch thương mại giữa Việt Nam và Vân Nam "
        "đạt 5 tỷ USD. Hai bên phối hợp triển khai kế hoạch hợp tác giai đoạn 2022-2024 và "
        "phấn đấu đến năm 2030 đưa kim ngạch lên gấp đôi."
    )
    article = parse_article(text)
    assert (article.event_date, article.event_year_inferred) == (date(2023, 7, 19), True)


def test_an_explicit_year_is_not_inferred() -> None:
    article = parse_article("Vân Nam\n\nNgày 5/9/2022, tại Côn Minh, hai bên hội đàm.")
    assert (article.event_date, article.event_year_inferred) == (date(2022, 9, 5), False)


def test_today_means_the_publication_day() -> None:
    article = parse_article(
        "Hội kiến với Bí thư Tỉnh ủy Vân Nam Vương Ninh hôm nay, Thủ tướng đánh giá cao hợp tác.",
        published=datetime(2024, 8, 18, 20, 0, tzinfo=timezone(timedelta(hours=7))),
    )
    assert article.event_date == date(2024, 8, 18)


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        (
            "Quảng Ninh và Quảng Đông\n\nNgày 3/4, lãnh đạo tỉnh Quảng Ninh làm việc với đoàn "
            "tỉnh Quảng Đông. Quảng Ninh mong muốn thu hút thêm doanh nghiệp Quảng Đông.",
            ("Quảng Đông",),
        ),
        (
            "Quảng Ninh đón khách quốc tế\n\nNgày 3/4, tỉnh Quảng Ninh, Quảng Nam và Quảng Bình "
            "ký kết hợp tác du lịch.",
            (),
        ),
        (
            "Hợp tác với Hà Nam\n\nNgày 3/4, đoàn tỉnh Hà Nam (Trung Quốc) thăm Hà Nội.",
            ("Hà Nam",),
        ),
        (
            "Hà Nam phát triển\n\nNgày 3/4, tỉnh Hà Nam khánh thành khu công nghiệp mới.",
            (),
        ),
        (
            "Quảng Đông hợp tác\n\nNgày 3/4, đoàn Quảng Đông đến Hà Nội. Hai bên bàn về "
            '"Quy hoạch Vùng vịnh lớn Quảng Đông – Hồng Kông – Ma Cao".',
            ("Quảng Đông",),
        ),
        (
            "Lãnh đạo hai nước hội đàm\n\nNgày 3/4, tại Bắc Kinh, Tổng Bí thư Tô Lâm hội đàm với "
            "Tổng Bí thư, Chủ tịch Trung Quốc. Bắc Kinh coi trọng quan hệ với Hà Nội.",
            (),
        ),
        (
            "Hà Nội và Bắc Kinh kết nghĩa\n\nNgày 3/4, Thị trưởng Bắc Kinh thăm Hà Nội và làm "
            "việc với lãnh đạo thành phố Bắc Kinh.",
            ("Bắc Kinh",),
        ),
        (
            "Doanh nghiệp điện tử mở rộng\n\nNgày 3/4, ông Trần Thành Đô, giám đốc công ty, cho "
            "biết ông Trần Thành Đô sẽ mở thêm nhà máy tại Bắc Ninh.",
            (),
        ),
        (
            "Doanh nghiệp Thâm Quyến tìm hiểu thị trường\n\nNgày 3/4, đoàn doanh nghiệp từ "
            "Thâm Quyến làm việc tại Bắc Ninh. Các doanh nghiệp Thâm Quyến quan tâm điện tử.",
            ("Quảng Đông",),
        ),
        (
            "Đại sứ thăm Tứ Xuyên\n\nNgày 3/4, tại Thành Đô, Đại sứ làm việc với lãnh đạo tỉnh "
            "Tứ Xuyên. Dự buổi làm việc có Tổng Lãnh sự Việt Nam tại Trùng Khánh Lê Văn An. Hai "
            "bên bàn cách dùng tuyến đường sắt liên vận Trùng Khánh - Hà Nội để chở hàng.",
            ("Tứ Xuyên",),
        ),
        (
            "Hợp tác với Trùng Khánh\n\nNgày 3/4, tại Hà Nội, đoàn thành phố Trùng Khánh làm "
            "việc với Bộ Công Thương về tuyến đường sắt Trùng Khánh - Hà Nội.",
            ("Trùng Khánh",),
        ),
    ],
)
def test_the_provinces_an_article_is_about(text: str, provinces: tuple[str, ...]) -> None:
    assert parse_article(text).provinces == provinces


def test_an_article_without_relevant_facts_is_not_an_error() -> None:
    article = parse_article("Giá rau tăng\n\nNgày 3/4, giá rau tại các chợ Hà Nội tăng nhẹ.")
    assert not article.has_facts
    assert article.officials == () and article.trade_figures == ()


def test_a_very_long_text_is_read_up_to_a_limit_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parser, "MAX_FACT_CHARACTERS", 2_000)
    paragraph = "Ngày 3/4, hai bên hội đàm tại Nam Ninh về hợp tác thương mại. " * 100
    article = parse_article(paragraph)
    assert len(article.body) == 2_000
    assert article.warnings == ("Only the first 2,000 characters of the text were read for facts.",)
    assert parse_article("Ngày 3/4, hai bên hội đàm.").warnings == ()


def test_a_title_is_made_from_the_first_sentence_when_the_page_has_none() -> None:
    text = "Ngày 3/4, tại Nam Ninh, hai bên hội đàm. " + "Hai bên nhất trí. " * 20
    assert parse_article(text).title == "Ngày 3/4, tại Nam Ninh, hai bên hội đàm."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (f"{SCRAPED}", "baochinhphu.vn"),
        ("Hà Nội (TTXVN) - Ngày 3/4, hai bên hội đàm tại Hà Nội.", "TTXVN"),
        (
            "Ngày 3/4, hai bên hội đàm.\nToàn cảnh. (Ảnh: Văn Điệp/TTXVN)\nHai bên nhất trí.",
            "TTXVN",
        ),
        ("Ngày 3/4, hai bên hội đàm.\nHai bên nhất trí.\nNguồn: baothu.vn", "baothu.vn"),
        ("VOV.VN - Ngày 3/4, hai bên hội đàm tại Hà Nội.", "VOV"),
        ("Hà Nội (TTXVN) 3/4 - Chiều 3/4, hai bên hội đàm tại Hà Nội.", "TTXVN"),
        ("(Baothu.vn) - Ngày 3/4, hai bên hội đàm tại Hà Nội.", "baothu.vn"),
        ("Ngày 3/4, hai bên hội đàm tại Hà Nội.\nHai bên nhất trí.\nThu Hà/VOV.VN", "VOV"),
        (
            "Ngày 3/4, hai bên hội đàm tại Hà Nội.\nHai bên nhất trí.\nThu Hà\nTin liên quan\n"
            "Một tin khác\n© Copyright 2024 Baothu.vn, All rights reserved",
            "baothu.vn",
        ),
    ],
)
def test_the_source(text: str, source: str) -> None:
    assert parse_article(text).source == source


def test_the_url_host_is_the_source_when_nothing_else_is() -> None:
    article = parse_article("Ngày 3/4, hai bên hội đàm.", url="https://www.tinbien.vn/a/b.html")
    assert article.source == "tinbien.vn"


_UNDATED_HTML = (
    "<html><head><title>Quảng Tây và Việt Nam</title>{meta}</head><body><article>"
    "<h1>Quảng Tây và Việt Nam</h1>{line}<p>Hai bên điểm lại việc đã làm từ hội nghị lần thứ 5, "
    "họp hồi tháng 11/2015 tại Nam Ninh, và từ năm 2019 đến nay.</p><p>Ngày 2/8, Thứ trưởng Bộ "
    "Công Thương Nguyễn Văn Phúc hội đàm với Bí thư Khu ủy Quảng Tây Trần Cương.</p>"
    "</article><footer>© 2024 Báo Thử Nghiệm</footer></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "line", "published"),
    [
        ("", "", None),
        ("", "<p>Thứ Hai, 05/08/2024 09:30</p>", datetime(2024, 8, 5, 9, 30)),
        (
            '<meta property="article:published_time" content="2024-08-05">',
            "<p>05/08/2024 09:30</p>",
            datetime(2024, 8, 5, 9, 30),
        ),
    ],
)
def test_a_page_is_dated_by_its_markup_and_date_line_never_by_dates_in_its_text(
    meta: str, line: str, published: datetime | None
) -> None:
    article = parse_article(_UNDATED_HTML.format(meta=meta, line=line))
    expected = published.replace(tzinfo=timezone(timedelta(hours=7))) if published else None
    assert article.published == expected


def test_a_headline_on_viet_trung_trade_naming_a_province_is_about_the_two_countries() -> None:
    article = parse_article(
        "Thương mại Việt - Trung tháng 10: Quảng Đông dẫn đầu các địa phương\n\n"
        "20/11/2025 09:00\n\n"
        "Theo Cục Hải quan, tháng 10/2025 kim ngạch giữa Việt Nam và Trung Quốc đạt 22,9 tỷ USD; "
        "Quảng Đông và Quảng Tây vẫn là hai đối tác lớn nhất.\n\n"
        "Năm địa phương lớn nhất chiếm khoảng 65% tổng thương mại song phương. Riêng trong "
        "tháng 10, thương mại với Quảng Tây đạt 4,1 tỷ USD, chủ yếu là nông sản."
    )
    assert [(f.province, f.period, f.value_usd) for f in article.trade_figures] == [
        ("Trung Quốc", "M10", 22_900_000_000),
        ("Quảng Tây", "M10", 4_100_000_000),
    ]


def test_an_article_about_the_two_countries_reads_song_phuong_as_the_two_countries() -> None:
    article = parse_article(
        "Thương mại Việt Nam - Trung Quốc quý I tăng mạnh\n\n15/04/2024 09:10\n\n"
        "Theo Hải quan, quý I/2024, kim ngạch thương mại song phương đạt 43 tỷ USD, tăng 17%.\n\n"
        "Tính riêng tháng 3, xuất khẩu sang Trung Quốc đạt 4,9 tỷ USD.\n\n"
        "Doanh nghiệp Vân Nam và Quảng Đông quan tâm tới nông sản Việt Nam."
    )
    assert [(f.province, f.year, f.period, f.kind) for f in article.trade_figures] == [
        ("Trung Quốc", 2024, "Q1", "two-way"),
        ("Trung Quốc", 2024, "M3", "vn_export"),
    ]


def test_a_headline_naming_the_two_countries_makes_song_phuong_theirs_whatever_the_lead() -> None:
    article = parse_article(
        "Đại sứ Lê Văn An: Hợp tác địa phương là điểm sáng của quan hệ Việt Nam – Trung Quốc\n\n"
        "15/01/2025 09:10\n\n"
        "Nhân dịp năm mới, Đại sứ Lê Văn An trả lời phỏng vấn về hợp tác với Quảng Tây, Vân Nam "
        "và Quảng Đông.\n\n"
        "Năm 2024, thương mại song phương ước đạt hơn 205 tỷ USD. Trung Quốc là đối tác thương mại "
        "lớn nhất của Việt Nam, trong khi Hoa Kỳ là thị trường xuất khẩu lớn nhất với khoảng 119 "
        "tỷ USD. Kim ngạch với Quảng Đông năm 2024 ước đạt hơn 55 tỷ USD."
    )
    # the partner after 'với' is the province; another country's market is none of these
    assert [(f.province, f.value_usd) for f in article.trade_figures] == [
        ("Trung Quốc", 205_000_000_000),
        ("Quảng Đông", 55_000_000_000),
    ]


def test_a_province_named_once_in_passing_is_not_the_article_s_party() -> None:
    article = parse_article(
        "Phó Thủ tướng Lê Văn An điện đàm với Phó Thủ tướng Trung Quốc Hà Minh\n\n"
        "24/07/2025 18:05\n\n"
        "Chiều 24/7, Phó Thủ tướng Lê Văn An đã điện đàm với Phó Thủ tướng Quốc vụ viện Trung "
        "Quốc Hà Minh.\n\n"
        "Theo số liệu thống kê, 6 tháng đầu năm 2025, kim ngạch thương mại song phương đạt "
        "117,6 tỷ USD.\n\n"
        "Hai bên đề nghị đẩy nhanh kết nối ray tại khu vực Lào Cai - Hà Khẩu (Vân Nam)."
    )
    assert [(f.province, f.value_usd) for f in article.trade_figures] == [
        ("Trung Quốc", 117_600_000_000)
    ]


def test_a_chinese_office_named_without_its_division_is_placed_in_the_article_s_one() -> None:
    article = parse_article(
        "Việt Nam và Quảng Tây tăng cường hợp tác\n\n"
        "Ngày 3/4/2025, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng tiếp Phó Chủ tịch "
        "Khu tự trị Quảng Tây Lưu Minh Khang.\n\n"
        "Ông Lưu Minh Khang chuyển lời thăm hỏi của Bí thư Khu ủy Trần Cương tới lãnh đạo Bộ "
        "Ngoại giao; Tỉnh trưởng Vương Dữ Ba cũng gửi thư chúc mừng.".encode()
    )
    provinces = {o.name: o.province for o in article.officials if o.side == "CN"}
    assert provinces["Trần Cương"] == "Quảng Tây", "an autonomous region's office, one region"
    assert provinces["Vương Dữ Ba"] is None, "a province's office, and the article names none"


@pytest.mark.parametrize(
    ("text", "name", "province"),
    [
        (
            "Lào Cai hội đàm với đoàn đại biểu châu Văn Sơn\n\n"
            "Ngày 5/6/2025, lãnh đạo tỉnh Lào Cai hội đàm với Đoàn đại biểu châu Văn Sơn, tỉnh "
            "Vân Nam (Trung Quốc).\n\n"
            "Về phía bạn có đồng chí Vương Quốc Hoa, Bí thư Huyện ủy huyện Kim Bình.",
            "Vương Quốc Hoa",
            "Vân Nam",
        ),
        (
            "Giao lưu hữu nghị biên giới\n\n"
            "Ngày 5/6/2025, xã Bắc Sơn giao lưu với trấn Ái Điểm, thành phố Bằng Tường (Quảng "
            "Tây, Trung Quốc).\n\n"
            "Dự giao lưu có bà Hoàng Lệ Hoa, Trấn trưởng trấn Ái Điểm.",
            "Hoàng Lệ Hoa",
            "Quảng Tây",
        ),
        (
            "Giao lưu hữu nghị biên giới\n\n"
            "Ngày 5/6/2025, đoàn tỉnh Vân Nam và đoàn Khu tự trị Quảng Tây thăm Lào Cai.\n\n"
            "Dự có bà Hoàng Lệ Hoa, Trấn trưởng trấn Ái Điểm.",
            "Hoàng Lệ Hoa",
            None,
        ),
    ],
)
def test_a_chinese_county_or_town_office_is_placed_in_the_article_s_one_province(
    text: str, name: str, province: str | None
) -> None:
    officials = {o.name: (o.side, o.province) for o in parse_article(text).officials}
    assert officials[name] == ("CN", province)


CAPTIONED = (
    "Khai mạc hội chợ Trung Quốc - ASEAN tại Nam Ninh\n\n17/09/2025 10:00\n\n"
    "Sáng 17/9, hội chợ Trung Quốc - ASEAN lần thứ 22 khai mạc tại Nam Ninh, Quảng Tây, với "
    "hơn 3.000 gian hàng. Phó Tỉnh trưởng Quảng Tây Lý Nhất Minh dự lễ khai mạc.\n\n"
    "Phó tỉnh trưởng Lý Nhất Minh và bà Trần Thu Hà - thứ trưởng Bộ Công Thương - thăm gian "
    "hàng Việt Nam. Năm 2024, kim ngạch thương mại Việt Nam - Quảng Tây đạt 42,3 tỷ USD, tăng "
    "16,2% - Ảnh: MINH AN\n\n"
    "Doanh nghiệp Việt Nam giới thiệu cà phê, hạt điều và trái cây nhiệt đới tại hội chợ."
)


def test_a_caption_adds_the_figures_and_people_only_it_names() -> None:
    article = parse_article(CAPTIONED)
    assert [(f.province, f.year, f.value_usd, f.growth_pct) for f in article.trade_figures] == [
        ("Quảng Tây", 2024, 42_300_000_000, 16.2)
    ]
    titles = {o.name: o.title for o in article.officials}
    # The body's title for a person it names; the caption's for one only it names.
    assert titles == {
        "Lý Nhất Minh": "Phó Tỉnh trưởng Quảng Tây",
        "Trần Thu Hà": "thứ trưởng Bộ Công Thương",
    }
    assert all("Trần Thu Hà" not in m.participants for m in article.meetings)


def test_an_html_photo_caption_with_its_credit_is_read_as_a_caption() -> None:
    page = (
        "<html><head><title>Quảng Ninh hội đàm với Phòng Thành Cảng</title></head><body>"
        "<article><h1>Quảng Ninh hội đàm với Phòng Thành Cảng</h1>"
        "<p>Sáng 14/5/2025, tại TP Hạ Long, lãnh đạo tỉnh Quảng Ninh hội đàm với đoàn thành phố "
        "Phòng Thành Cảng (Quảng Tây, Trung Quốc) về hợp tác cửa khẩu và du lịch.</p>"
        "<figure><img src='/a.jpg'><figcaption>Toàn cảnh buổi hội đàm. Kim ngạch thương mại giữa "
        "Việt Nam và Quảng Tây 4 tháng đầu năm 2025 đạt 13,8 tỷ USD. Ảnh: Thu Chung"
        "</figcaption></figure>"
        "<p>Hai bên thống nhất tăng cường trao đổi đoàn các cấp trong thời gian tới.</p>"
        "</article></body></html>"
    )
    article = parse_article(page, filename="page.html")
    assert [(f.province, f.period, f.value_usd) for f in article.trade_figures] == [
        ("Quảng Tây", "M1-M4", 13_800_000_000)
    ]
    assert "Thu Chung" not in article.body
