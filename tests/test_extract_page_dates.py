"""HTML pages: the publication date comes from the page's markup, never from dates in its text."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.ingestion import parse_document
from extract import parse_article
from extract.stamps import VIETNAM_TIME

HEADLINE = "Hai tỉnh biên giới bàn cách mở thêm luồng xanh cho nông sản"
PARAGRAPHS = [
    "Chiều qua, tại Hà Nội, Thứ trưởng Bộ Công Thương Trần Văn Nam tiếp Đoàn đại biểu tỉnh "
    "Vân Nam, Trung Quốc do Phó Tỉnh trưởng tỉnh Vân Nam Lý Minh Hoa dẫn đầu.",
    "Hai bên thống nhất kéo dài giờ làm việc tại các cửa khẩu chính trong mùa thu hoạch và "
    "tăng cường trao đổi thông tin giữa các cơ quan chức năng.",
]
FEED_DATE = datetime(2025, 6, 2, 7, 0, tzinfo=VIETNAM_TIME)
STAMP = "2025-06-01T09:15:00+07:00"
# JSON-LD may carry the article's whole text, dates and all, beside the one that dates it.
NEWS_ARTICLE = {
    "@type": "NewsArticle",
    "datePublished": STAMP,
    "articleBody": "Buổi làm việc con 12/03/2015 tại Hà Nội.",
}


def _page(*, head: str = "", top: str = "", text: str = "", foot: str = "", title: str = "") -> str:
    title = title or HEADLINE
    body = "".join(f"<p>{p}</p>" for p in [PARAGRAPHS[0], *([text] if text else []), PARAGRAPHS[1]])
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1>{top}<div class='body'>{body}</div></article>"
        f"<footer>{foot}</footer></body></html>"
    )


UNDATED_PAGES = {
    "a year in the text": _page(
        text="Từ năm 2015, kim ngạch thương mại giữa hai bên tăng đều qua từng năm."
    ),
    "a full date in the text": _page(
        text="Hai bên từng ký biên bản hợp tác ngày 12/03/2015 tại thành phố Côn Minh."
    ),
    "a date after a word ending in 'on'": _page(
        text="Số liệu về con 12/03/2015 được hai bên nhắc lại trong buổi làm việc."
    ),
    "an ISO date in the text": _page(
        text="Quy chế phối hợp ban hành 2015-03-04 vẫn là khung cho các cuộc họp định kỳ."
    ),
    "a date in the headline": _page(title="Hội nghị ngày 5/3/2024 bàn về luồng xanh nông sản"),
    "a date in the description": _page(
        head="<meta name='description' content='Buổi làm việc con 12/03/2015 tại Hà Nội'>"
    ),
    "a copyright year": _page(
        head="<meta itemprop='copyrightYear' content='2015'>",
        foot="<small>© 2015 Báo Thử nghiệm. Giấy phép số 12/GP ngày 04/03/2016.</small>",
    ),
}


@pytest.mark.parametrize("html", UNDATED_PAGES.values(), ids=UNDATED_PAGES.keys())
def test_a_page_without_date_markup_has_no_publication_date(html: str) -> None:
    assert parse_article(html).published is None


@pytest.mark.parametrize("html", UNDATED_PAGES.values(), ids=UNDATED_PAGES.keys())
def test_a_crawled_page_without_date_markup_keeps_its_feed_date(html: str) -> None:
    parsed = parse_document(
        html, url="https://baothu.example.vn/a.html", fallback_published=FEED_DATE
    )
    assert parsed.published == FEED_DATE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param(
            {"head": f"<meta property='article:published_time' content='{STAMP}'>"},
            datetime(2025, 6, 1, 9, 15),
            id="meta tag",
        ),
        pytest.param(
            {"head": f"<script type='application/ld+json'>{json.dumps(NEWS_ARTICLE)}</script>"},
            datetime(2025, 6, 1, 9, 15),
            id="JSON-LD",
        ),
        pytest.param(
            {"top": f"<time datetime='{STAMP}'>01/06/2025 09:15</time>"},
            datetime(2025, 6, 1, 9, 15),
            id="time element",
        ),
        pytest.param(
            {"top": "<div class='date'>Thứ Hai, 01/06/2025 09:15 (GMT+7)</div>"},
            datetime(2025, 6, 1, 9, 15),
            id="date line by the headline",
        ),
        pytest.param(
            {
                "head": "<meta name='dc.date.issued' content='2025-06-01'>"
                f"<meta property='article:published_time' content='{STAMP}'>"
            },
            datetime(2025, 6, 1, 9, 15),
            id="a day's tag beside one with its time",
        ),
        pytest.param(
            {"head": "<meta name='pubdate' content='01.06.2025 09:15'>"},
            datetime(2025, 6, 1, 9, 15),
            id="a tag in the page's own notation",
        ),
    ],
)
def test_the_date_the_markup_states_is_the_publication_date(
    markup: dict[str, str], expected: datetime
) -> None:
    html = _page(text="Từ năm 2015, kim ngạch thương mại giữa hai bên tăng đều.", **markup)
    assert parse_article(html).published == expected.replace(tzinfo=VIETNAM_TIME)


BEIJING_TIME = ZoneInfo("Asia/Shanghai")


def _scraped(masthead: str, stamp_line: str) -> str:
    return "\n\n".join([masthead, HEADLINE, stamp_line, *PARAGRAPHS])


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        pytest.param(
            _scraped("CRI tiếng Việt", "2025-06-01 09:15:30 | Nguồn: CRI tiếng Việt"),
            BEIJING_TIME,
            id="China's radio in Vietnamese",
        ),
        pytest.param(
            _scraped("TÂN HOA XÃ", "09:15, 01/06/2025 | Nguồn: Tân Hoa xã"),
            BEIJING_TIME,
            id="China's agency",
        ),
        pytest.param(
            _scraped("BÁO LẠNG SƠN", "01/06/2025 09:15"),
            VIETNAM_TIME,
            id="a Vietnamese paper",
        ),
        pytest.param(
            _scraped("BÁO LẠNG SƠN", "01/06/2025 09:15 (giờ Bắc Kinh)"),
            BEIJING_TIME,
            id="Beijing time stated on a page of no Chinese outlet",
        ),
        pytest.param(
            _scraped("CRI tiếng Việt", "01/06/2025 09:15 (giờ Hà Nội)"),
            VIETNAM_TIME,
            id="Vietnam time stated on a Chinese outlet's page",
        ),
        pytest.param(
            _scraped("TÂN HOA XÃ", "2025-06-01 09:15:30 | Nguồn: Tân Hoa Xã tiếng Việt"),
            BEIJING_TIME,
            id="China's agency's Vietnamese site",
        ),
        pytest.param(
            _scraped("XINHUA", "2025-06-01 09:15:30 | Nguồn: vietnamese.news.cn"),
            BEIJING_TIME,
            id="China's agency's Vietnamese site by its address",
        ),
        pytest.param(
            _scraped(
                "CRI tiếng Việt",
                "2025-06-01 09:15:30 (giờ Bắc Kinh)   Biên tập viên: Lý Hà Thu   Nguồn: CRI"
                " tiếng Việt   Lượt xem: 1.284",
            ),
            BEIJING_TIME,
            id="the stamp, then the editor, the source and the views, spaced apart",
        ),
    ],
)
def test_a_zone_the_stamp_states_or_its_publisher_prints_in_is_its_zone(
    text: str, zone: ZoneInfo
) -> None:
    published = parse_article(text).published
    assert published is not None
    assert published.replace(second=0) == datetime(2025, 6, 1, 9, 15, tzinfo=zone)


def test_an_offset_the_page_states_is_kept_whoever_publishes_it() -> None:
    html = _page(
        head="<meta property='og:site_name' content='CRI tiếng Việt'>"
        "<meta property='article:published_time' content='2025-06-01T09:15:00+07:00'>"
    )
    assert parse_article(html).published == datetime(2025, 6, 1, 9, 15, tzinfo=VIETNAM_TIME)


def test_a_stamp_without_an_offset_takes_the_offset_another_tag_gives_the_same_time() -> None:
    # a provincial government's page: 'PubDate' wins, as htmldate reads the tags
    html = _page(
        head="<meta name='PubDate' content='2025-09-18 17:20'>"
        "<meta property='article:published_time' content='2025-09-18T17:20:00+08:00'>"
    )
    assert parse_article(html).published == datetime(2025, 9, 18, 17, 20, tzinfo=BEIJING_TIME)


def test_a_chinese_outlet_s_page_without_an_offset_is_in_beijing_time() -> None:
    html = _page(
        head="<meta property='og:site_name' content='CRI tiếng Việt'>"
        "<meta property='article:published_time' content='2025-06-01T09:15:00'>"
    )
    assert parse_article(html).published == datetime(2025, 6, 1, 9, 15, tzinfo=BEIJING_TIME)


UTC_STAMP = "2025-06-01T02:15:00"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            f"<meta property='article:published_time' content='{UTC_STAMP}+00:00'>",
            "2025-06-01T09:15:00+07:00",
            id="meta tag in UTC",
        ),
        pytest.param(
            "<script type='application/ld+json'>"
            + json.dumps({**NEWS_ARTICLE, "datePublished": f"{UTC_STAMP}Z"})
            + "</script>",
            "2025-06-01T09:15:00+07:00",
            id="JSON-LD in UTC",
        ),
        pytest.param(
            "<meta property='og:site_name' content='CRI tiếng Việt'>"
            f"<meta property='article:published_time' content='{UTC_STAMP}Z'>",
            "2025-06-01T10:15:00+08:00",
            id="UTC on a Chinese outlet's page",
        ),
        pytest.param(
            "<meta property='article:published_time' content='2025-06-01T10:15:00+08:00'>",
            "2025-06-01T10:15:00+08:00",
            id="Beijing time kept",
        ),
    ],
)
def test_a_stamp_given_in_utc_is_written_in_the_time_the_page_shows(
    head: str, expected: str
) -> None:
    assert parse_article(_page(head=head)).to_json()["published"] == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        pytest.param(
            "https://baothu.example.vn/hai-tinh-ban-luong-xanh-20250601091530482.htm",
            "2025-06-01",
            id="a filing stamp as the article's id",
        ),
        pytest.param(
            "https://baothu.example.vn/hai-tinh-ban-luong-xanh-102250601091530482.htm",
            None,
            id="a longer id",
        ),
        pytest.param(
            "https://baothu.example.vn/hai-tinh-ban-luong-xanh-20251301091530482.htm",
            None,
            id="no month 13",
        ),
        pytest.param(
            "https://baothu.example.vn/hai-tinh-ban-luong-xanh-4812345.html",
            None,
            id="a short id",
        ),
    ],
)
def test_an_address_whose_id_is_a_filing_stamp_dates_the_page_by_its_day(
    address: str, expected: str | None
) -> None:
    html = _page(head=f"<link rel='canonical' href='{address}'>")
    assert parse_article(html).to_json()["published"] == expected
