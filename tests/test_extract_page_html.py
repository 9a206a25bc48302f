"""HTML pages: the lead printed outside the body's container and the date line printed by the
headline are read, as a reader sees them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from extract import parse_article
from extract.stamps import VIETNAM_TIME

HEADLINE = "Hai tỉnh biên giới bàn cách rút ngắn thời gian thông quan nông sản"
LEAD = (
    "Chiều 12/3, tại Hà Nội, Phó Thủ tướng Chính phủ Trần Văn Nam tiếp Đoàn đại biểu tỉnh Vân "
    "Nam, Trung Quốc do đồng chí Lý Minh Hoa, Phó Tỉnh trưởng tỉnh Vân Nam dẫn đầu."
)
BODY = [
    "Phó Thủ tướng Trần Văn Nam đề nghị hai bên kéo dài giờ làm việc tại các cặp cửa khẩu "
    "chính trong mùa thu hoạch trái cây, đồng thời sớm thí điểm thông quan điện tử.",
    "Đồng chí Lý Minh Hoa cho biết tỉnh sẵn sàng phối hợp nâng cấp hạ tầng cửa khẩu, mở thêm "
    "luồng xanh cho nông sản và tăng cường trao đổi thông tin giữa các cơ quan chức năng.",
    "Hai bên cũng thống nhất tổ chức diễn đàn doanh nghiệp vào quý III để kết nối các nhà "
    "nhập khẩu nông sản của tỉnh với các hợp tác xã Việt Nam.",
]


def _page(*, lead_block: str = "", head: str = "", dates: str = "", header: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{HEADLINE}</title><meta property='og:title' content='{HEADLINE}'>"
        f"<meta property='og:url' content='https://baosonghong.example.vn/a-1.html'>{head}"
        f"</head><body><div class='header'>{header}<ul class='menu'><li><a href='/'>Thời sự</a>"
        "</li><li><a href='/kt'>Kinh tế</a></li></ul></div>"
        f"<article><h1 class='title'>{HEADLINE}</h1>{dates}{lead_block}"
        f"<div class='body'>{body}</div></article>"
        "<aside class='box-related'><h3>Tin liên quan</h3><ul><li><a href='/b'>Một tin khác về "
        "hợp tác biên giới giữa hai tỉnh</a><p class='sapo'>Tóm tắt của một tin khác, không "
        "phải của bài này, dài đủ để trông như một đoạn dẫn đầy đủ.</p></li></ul></aside>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "lead_block",
    [
        f"<div class='sapo'>{LEAD}</div>",
        f"<h2 class='article-sapo'>{LEAD}</h2>",
        f"<p class='lead'>{LEAD}</p>",
        f"<div class='post-summary'><p>{LEAD}</p></div>",
    ],
)
def test_a_lead_outside_the_body_is_read(lead_block: str) -> None:
    article = parse_article(_page(lead_block=lead_block))
    assert article.body.split("\n\n")[0] == LEAD
    officials = {o.name: o.title for o in article.officials}
    assert officials["Trần Văn Nam"] == "Phó Thủ tướng Chính phủ"
    assert officials["Lý Minh Hoa"] == "Phó Tỉnh trưởng tỉnh Vân Nam"
    assert [m.kind for m in article.meetings] == ["reception"]


def _older_page(*, lead_block: str = "", dates: str = "", head: str = "") -> str:
    """An older content system's page: no <article>, the headline, date line, lead and body in
    blocks of its own names."""
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title>{head}</head><body>"
        "<div id='menu'><a href='/'>Trang chủ</a> | <a href='/kt'>Kinh tế</a></div>"
        f"<div class='news-detail'><h1 class='title'>{HEADLINE}</h1>{dates}{lead_block}"
        f"<div class='bodytext'>{body}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "lead_block",
    [
        f"<div class='hometext'><strong>BSH - {LEAD}</strong></div>",
        f"<div class='dsapo'><b>{LEAD}</b></div>",
        f"<div class='nsummary'><b>{LEAD}</b></div>",
        f"<div class='newsdescription'>{LEAD}</div>",
    ],
)
def test_a_lead_in_an_older_system_s_container_is_read(lead_block: str) -> None:
    article = parse_article(_older_page(lead_block=lead_block))
    assert LEAD in article.body.split("\n\n")[0]
    officials = {o.name: o.title for o in article.officials}
    assert officials["Lý Minh Hoa"] == "Phó Tỉnh trưởng tỉnh Vân Nam"


def test_a_lead_beside_the_headline_in_a_column_named_as_a_side_one_is_read() -> None:
    body = "".join(f"<p class='Normal'>{p}</p>" for p in BODY)
    page = (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
        "<header><ul class='parent'><li><a href='/'>Thời sự</a></li></ul></header>"
        f"<section class='sidebar_1'><h1 class='title_news_detail'>{HEADLINE}</h1>"
        f"<p class='description'>{LEAD}</p><article class='content_detail'>{body}</article>"
        "</section><section class='sidebar_2'><p class='description'>Tóm tắt của một tin "
        "khác ở cột bên, không phải của bài này, dài đủ để trông như một đoạn dẫn.</p>"
        "</section></body></html>"
    )
    article = parse_article(page)
    assert article.body.split("\n\n")[0] == LEAD


@pytest.mark.parametrize(
    "teaser",
    [
        # a linked teaser of another article in the article's column, before its own lead
        "<div class='teaser'><a href='/c'>Tóm tắt của một tin khác về hợp tác biên giới giữa "
        "hai tỉnh, không phải của bài này, dài đủ để trông như một đoạn dẫn.</a></div>",
        "<div class='sapo'><a href='/c'>Tóm tắt của một tin khác về hợp tác biên giới "
        "giữa hai tỉnh, không phải của bài này, dài đủ để trông như một</a> đoạn dẫn.</div>",
    ],
)
def test_a_linked_teaser_of_another_article_is_not_the_lead(teaser: str) -> None:
    article = parse_article(_page(lead_block=f"{teaser}<div class='dsapo'>{LEAD}</div>"))
    assert article.body.split("\n\n")[0] == LEAD


def test_a_teaser_above_the_headline_gives_way_to_the_lead_below_it() -> None:
    header = (
        "<div class='hot-news'><div class='sapo'>Tóm tắt của tin nổi bật trên đầu trang, không "
        "phải của bài này, dài đủ để trông như một đoạn dẫn đầy đủ.</div></div>"
    )
    article = parse_article(_page(lead_block=f"<div class='dsapo'>{LEAD}</div>", header=header))
    assert article.body.split("\n\n")[0] == LEAD
    assert "đầu trang" not in article.body


def test_a_lead_only_in_the_description_is_read() -> None:
    head = f"<meta name='description' content='{LEAD}'>"
    article = parse_article(_page(head=head))
    assert article.body.split("\n\n")[0] == LEAD


def test_a_description_that_repeats_the_body_is_not_read_twice() -> None:
    head = f"<meta name='description' content='{BODY[0]}'>"
    article = parse_article(_page(head=head))
    assert article.body.split("\n\n") == BODY


def test_a_related_article_s_summary_is_not_the_lead() -> None:
    article = parse_article(_page())
    assert article.body.split("\n\n") == BODY


@pytest.mark.parametrize(
    "dates",
    [
        "<p class='article-time'>Thứ Ba, 12/03/2024 15:20</p>",
        "<div class='post-subinfo'><span class='post-date'>Thứ Ba, 12/03/2024, 15:20 (GMT+7)"
        "</span></div>",
        "<ul class='meta'><li class='publish'>15:20 12/03/2024</li></ul>",
        "<time datetime='2024-03-12T15:20:00+07:00'>12/03/2024</time>",
    ],
)
def test_the_date_line_by_the_headline_is_the_publication_stamp(dates: str) -> None:
    header = "<div class='date-now'>Thứ Năm, 02/01/2025</div>"
    article = parse_article(
        _page(lead_block=f"<div class='sapo'>{LEAD}</div>", dates=dates, header=header)
    )
    assert article.published == datetime(2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME)
    assert article.event_date == date(2024, 3, 12)


def test_a_visible_update_stamp_wins_over_metadata_giving_only_the_day() -> None:
    head = "<meta name='DC.date.issued' content='2024-03-12'>"
    dates = (
        "<p class='qn-meta'>Ngày cập nhật: 12/03/2024 21:40 | Lượt xem: 1.129 | "
        "<a href='#'>In bài</a> | <a href='/gui-email'>Gửi email</a></p>"
    )
    header = "<div class='qn-date'>Thứ Ba, ngày 12/03/2024</div>"
    article = parse_article(_page(head=head, dates=dates, header=header))
    assert article.published == datetime(2024, 3, 12, 21, 40, tzinfo=VIETNAM_TIME)


@pytest.mark.parametrize(
    ("head", "dates"),
    [
        (
            "",
            "<div class='dinfo'>Cập nhật ngày: 12/03/2024 | 15:20 <span>Lượt xem: 986</span></div>",
        ),
        (
            "<meta name='DC.date.issued' content='2024-03-12'>",
            "<div class='ndate'>Ngày đăng: 12/03/2024 15:20 | Lượt xem: 1.235</div>",
        ),
        ("", "<div class='newsdate'>12/03/2024 15:20</div>"),
        ("", "<div class='x9'><span>Thứ Ba, 12/03/2024 - 15:20</span></div>"),
    ],
)
def test_a_date_line_in_an_unfamiliar_container_by_the_headline_is_read(
    head: str, dates: str
) -> None:
    article = parse_article(_older_page(head=head, dates=dates))
    assert article.published == datetime(2024, 3, 12, 15, 20, tzinfo=VIETNAM_TIME)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        (_older_page(head="<meta name='DC.date.issued' content='2024-03-12'>"), "2024-03-12"),
        (_older_page(dates="<div class='ndate'>Ngày đăng: 12/03/2024</div>"), "2024-03-12"),
        ("\n\n".join([HEADLINE, "Thứ Ba, 12/03/2024", LEAD, *BODY]), "2024-03-12"),
        (
            _older_page(dates="<div class='ndate'>Ngày đăng: 12/03/2024 00:00</div>"),
            "2024-03-12T00:00:00+07:00",
        ),
        (
            _older_page(head="<meta name='pubdate' content='2024-03-12T00:00:00+07:00'>"),
            "2024-03-12T00:00:00+07:00",
        ),
    ],
)
def test_a_page_dating_the_article_by_its_day_alone_gets_no_time(page: str, published: str) -> None:
    assert parse_article(page).to_json()["published"] == published


def test_metadata_with_a_time_of_day_wins() -> None:
    head = "<meta property='article:published_time' content='2024-03-12T18:05:00+07:00'>"
    dates = "<div class='date'>12/03/2024 15:20</div>"
    article = parse_article(_page(head=head, dates=dates))
    assert article.published == datetime(2024, 3, 12, 18, 5, tzinfo=VIETNAM_TIME)


def _laid_out_with_a_table(data_table: str = "") -> str:
    """An older site's page: banner, menu, article and side column in the cells of one table,
    the <title> led by the outlet's name, no <article>, <h1> or og: metadata."""
    body = "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        f"<title>Báo Lạng Sơn - {HEADLINE}</title></head><body>"
        "<table width='980'><tr><td colspan='2'><a href='/'>Trang chủ</a> | "
        "<a href='/kt'>Kinh tế</a> | <a href='/dn'>Đối ngoại</a></td></tr><tr>"
        f"<td width='680'><div class='title_news'>{HEADLINE}</div>"
        "<div class='date_news'>Cập nhật lúc: 09:15 ngày 13/03/2013</div>"
        f"<div class='content_news'>{body}{data_table}</div></td>"
        "<td width='300'><b>Tin đọc nhiều</b><br>Giá vàng tăng mạnh trong phiên sáng nay</td>"
        "</tr></table></body></html>"
    )


def test_a_page_laid_out_with_a_table_is_read_as_paragraphs() -> None:
    article = parse_article(_laid_out_with_a_table())
    assert article.title == HEADLINE
    assert article.source == "baolangson.vn"
    assert article.published == datetime(2013, 3, 13, 9, 15, tzinfo=VIETNAM_TIME)
    assert article.body.split("\n\n")[0] == LEAD
    officials = {o.name: o.title for o in article.officials}
    assert officials["Lý Minh Hoa"] == "Phó Tỉnh trưởng tỉnh Vân Nam"
    assert "Giá vàng" not in article.body


def test_a_table_of_data_inside_a_laid_out_page_is_still_a_table() -> None:
    table = (
        "<table><tr><th>Kỳ</th><th>Kim ngạch (triệu USD)</th><th>Tăng (%)</th></tr>"
        "<tr><td>Năm 2012</td><td>3.150</td><td>12,5</td></tr></table>"
    )
    article = parse_article(_laid_out_with_a_table(table))
    assert article.title == HEADLINE
    assert article.body.endswith("Năm 2012 | 3.150 | 12,5")


def test_a_list_in_a_body_with_no_known_container_is_kept() -> None:
    """No <article> and no class trafilatura knows: it reads the page's paragraphs, and the
    list after one of them is the body's too; a list of links elsewhere is not."""
    lead = "Kết thúc hội đàm, hai sở đã ký kết hai văn bản, gồm:"
    items = [
        "Biên bản ghi nhớ về hợp tác xúc tiến thương mại nông sản giai đoạn 2025 - 2027;",
        "Kế hoạch phối hợp tổ chức hội chợ thương mại biên giới năm 2025.",
    ]
    body = "".join(f"<p>{p}</p>" for p in [LEAD, *BODY[:2]])
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{HEADLINE}</title></head><body><div class='content-detail'>"
        f"<h1 class='title-detail'>{HEADLINE}</h1><div class='body-detail'>{body}"
        f"<p>{lead}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
        f"<p>{BODY[2]}</p></div></div><div class='box-news'><ul><li><a href='/b'>Một tin khác "
        "về hợp tác biên giới giữa hai tỉnh</a></li></ul></div></body></html>"
    )
    paragraphs = parse_article(page).body.split("\n\n")
    at = paragraphs.index(lead)
    assert paragraphs[at + 1 : at + 4] == [f"- {items[0]}", f"- {items[1]}", BODY[2]]
    assert not any("Một tin khác" in p for p in paragraphs)


def test_the_site_s_name_after_the_headline_is_not_part_of_it() -> None:
    head = (
        f"<meta property='og:title' content='{HEADLINE} | Bộ Công Thương Việt Nam'>"
        "<meta property='og:site_name' content='Bộ Công Thương Việt Nam'>"
    )
    page = _page(head=head).replace(f"<meta property='og:title' content='{HEADLINE}'>", "", 1)
    assert parse_article(page).title == HEADLINE


def test_a_portal_page_naming_only_its_site_has_the_headline_its_page_marks() -> None:
    body = "".join(f"<p>{p}</p>" for p in [LEAD, *BODY])
    page = (
        "<html><head><meta charset='utf-8'><title>Cổng thông tin điện tử tỉnh Lạng Sơn</title>"
        "</head><body><table><tr><td class='menubar'><a href='/'>Trang chủ</a> | "
        "<a href='/tt'>Tin tức</a></td></tr><tr><td><table>"
        "<tr><td class='path'>Trang chủ &gt; Hợp tác quốc tế</td></tr>"
        f"<tr><td class='title'><b>{HEADLINE}</b></td></tr>"
        "<tr><td class='date'>Ngày đăng: 05/12/2025</td></tr>"
        f"<tr><td class='content'>{body}</td></tr></table></td></tr></table></body></html>"
    )
    assert parse_article(page).title == HEADLINE


@pytest.mark.parametrize(
    "rest", [": Kéo dài giờ làm việc tại cửa khẩu mùa cao điểm", " trong mùa cao điểm"]
)
def test_the_visible_headline_wins_over_the_shortened_social_title(rest: str) -> None:
    page = _page().replace(f"<h1 class='title'>{HEADLINE}</h1>", f"<h1>{HEADLINE}{rest}</h1>")
    page = page.replace(f"<title>{HEADLINE}</title>", f"<title>{HEADLINE}{rest}</title>")
    assert parse_article(page).title == f"{HEADLINE}{rest}"


def test_a_heading_that_only_starts_with_the_same_word_is_not_the_headline() -> None:
    page = _page().replace(
        f"<h1 class='title'>{HEADLINE}</h1>", f"<h1>{HEADLINE.split()[0]}ệp mới</h1>"
    )
    assert parse_article(page).title == HEADLINE


PHOTO_CAPTIONS = [
    "Đồng chí Trần Văn Nam, Chủ tịch UBND tỉnh Hà Giang phát biểu khai mạc. Theo Chủ tịch UBND "
    "tỉnh, 10 tháng năm 2025, kim ngạch thương mại giữa Việt Nam và tỉnh Vân Nam ước đạt 2,8 tỷ "
    "USD, tăng 6,2% so với cùng kỳ.",
    "Phó Tỉnh trưởng Chính phủ Nhân dân tỉnh Vân Nam Lý Minh Hoa phát biểu chúc mừng, mong muốn "
    "hội chợ là cầu nối để doanh nghiệp hai bên tìm kiếm bạn hàng.",
    "Các đại biểu cắt băng khai mạc hội chợ.",
]


def _photo_story(figure: str) -> str:
    photos = "".join(figure.format(caption=c) for c in PHOTO_CAPTIONS)
    return (
        "<html><head><title>[Ảnh] Khai mạc Hội chợ biên giới Hà Giang</title></head><body>"
        "<article><h1>[Ảnh] Khai mạc Hội chợ biên giới Hà Giang</h1>"
        "<p class='sapo'>Tối 20/11/2025, Hội chợ biên giới Hà Giang năm 2025 khai mạc. Mời bạn "
        f"đọc xem một số hình ảnh.</p>{photos}<p class='credit'>Ảnh: Thu Hà</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "figure",
    [
        "<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>",
        "<div class='item'><figure class='image'><img src='/a.jpg'><figcaption><p>{caption}</p>"
        "</figcaption></figure></div>",
    ],
)
def test_a_photo_story_told_in_captions_without_credits_is_read(figure: str) -> None:
    article = parse_article(_photo_story(figure), filename="page.html")
    assert [(f.province, f.period, f.value_usd) for f in article.trade_figures] == [
        ("Vân Nam", "M1-M10", 2_800_000_000)
    ]
    assert {o.name for o in article.officials} == {"Trần Văn Nam", "Lý Minh Hoa"}
    assert "Thu Hà" not in article.body


def test_an_uncredited_caption_beside_a_longer_body_stays_out() -> None:
    photo = (
        "<figure><img src='/a.jpg'><figcaption>Phó Thủ tướng Trần Văn Nam tiếp đồng chí Lý Minh "
        "Hoa. Kim ngạch thương mại giữa Việt Nam và Vân Nam 9 tháng năm 2025 đạt 2,5 tỷ USD."
        "</figcaption></figure>"
    )
    article = parse_article(_page(lead_block=f"<p>{LEAD}</p>{photo}"), filename="page.html")
    assert article.trade_figures == ()
    assert "Kim ngạch" not in article.body


SEARCH_HEADLINE = "Hai tỉnh thúc đẩy luồng xanh nông sản, kết nối cửa khẩu thông minh"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(f"<meta property='og:title' content='{SEARCH_HEADLINE}'>", id="og:title"),
        pytest.param(
            f"<meta property='og:title' content='{SEARCH_HEADLINE}'>"
            "<script type='application/ld+json'>"
            f'{{"@type": "NewsArticle", "headline": "{SEARCH_HEADLINE}"}}</script>',
            id="og:title and JSON-LD headline",
        ),
    ],
)
def test_the_headline_the_page_shows_wins_over_its_metadata_s_other_one(head: str) -> None:
    page = (
        _page(head=head)
        .replace(f"<title>{HEADLINE}</title>", f"<title>{SEARCH_HEADLINE}</title>", 1)
        .replace(f"<meta property='og:title' content='{HEADLINE}'>", "", 1)
    )
    assert parse_article(page).title == HEADLINE


def test_a_page_showing_several_headings_keeps_its_metadata_s_headline() -> None:
    page = _page(
        head=f"<meta property='og:title' content='{SEARCH_HEADLINE}'>",
        header="<h1 class='slogan'>Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh</h1>",
    ).replace(f"<meta property='og:title' content='{HEADLINE}'>", "", 1)
    assert parse_article(page).title == SEARCH_HEADLINE
