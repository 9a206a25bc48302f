"""Feeds: the feeds file says what to follow, and a fetched feed yields its articles."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from webserver import Response, WebServer, encode_windows_1258

from bot.settings import load_settings
from bot.web.errors import FeedsFileError, MalformedFeed
from bot.web.feeds import FEED_ACCEPT, FeedSource, load_feeds_file, read_feed
from bot.web.fetch import Fetched, Fetcher

REPO = Path(__file__).resolve().parent.parent
FEED_URL = "https://bao.example/rss/the-gioi.rss"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Báo Ví Dụ – Thế giới</title>
  <link>https://bao.example/the-gioi</link>
  <item>
    <title>Quảng Tây và Lạng Sơn bàn về cửa khẩu thông minh</title>
    <link>https://bao.example/quang-tay-lang-son.html</link>
    <pubDate>Tue, 04 Mar 2025 09:30:00 +0700</pubDate>
    <description><![CDATA[<a href="/quang-tay-lang-son.html"><img src="/anh.jpg"></a>
      Hai bên thống nhất &amp; ký <b>biên bản</b> ghi nhớ.]]></description>
  </item>
  <item>
    <title>Đoàn Vân Nam thăm Lào Cai</title>
    <link>/van-nam-lao-cai.html</link>
  </item>
  <item>
    <title>Một mục không có đường dẫn</title>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Tin đối ngoại</title>
  <id>urn:example:doi-ngoai</id>
  <updated>2025-03-05T08:00:00Z</updated>
  <entry>
    <title>Quảng Đông mở văn phòng xúc tiến thương mại</title>
    <id>urn:example:1</id>
    <link rel="alternate" href="https://bao.example/quang-dong.html"/>
    <updated>2025-03-05T08:00:00+08:00</updated>
    <summary>Văn phòng đặt tại Hà Nội.</summary>
  </entry>
</feed>
"""

BROKEN_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kênh hỏng</title>
  <item><title>Bài một</title><link>https://bao.example/mot.html</link></item>
  <item><title>Bài hai & ba</title><link>https://bao.example/hai.html</link></item>
  <item><title>Bài bốn</title><link>https://bao.example/bon.html</link>
"""


def fetched(body: bytes, content_type: str = "application/rss+xml", url: str = FEED_URL) -> Fetched:
    return Fetched(
        url=url,
        status=200,
        content=body,
        text=None,
        content_type=content_type,
        etag=None,
        last_modified=None,
    )


# --- the feeds file ---------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text, "utf-8")
    return path


def test_the_feeds_file_lists_every_feed_with_its_switch(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[feed]]\nurl = "https://bao.example/rss/the-gioi.rss"\nname = "Báo Ví Dụ"\n\n'
        '[[feed]]\nurl = "http://khac.example:8080/rss"\nname = "Khác"\nenabled = false\n',
    )
    assert load_feeds_file(path) == [
        FeedSource(url="https://bao.example/rss/the-gioi.rss", name="Báo Ví Dụ"),
        FeedSource(url="http://khac.example:8080/rss", name="Khác", enabled=False),
    ]


def test_the_example_feeds_file_is_usable() -> None:
    feeds = load_feeds_file(REPO / "feeds.example.toml")
    hosts = {f.url.split("/")[2].removeprefix("www.") for f in feeds if f.enabled}
    assert {"baoquocte.vn", "nhandan.vn", "vietnamplus.vn", "vnexpress.net", "tuoitre.vn"} <= hosts
    assert all(f.url.startswith("https://") and f.name for f in feeds)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[[feed]\nurl = "https://a.example/rss"', "is not valid TOML"),
        ('title = "no feeds here"\n', "lists no feed"),
        ('[[feed]]\nname = "A"\n', "feed 1, url: Field required"),
        ('[[feed]]\nurl = "https://a.example/rss"\n', "feed 1, name: Field required"),
        ('[[feed]]\nurl = "https://a.example/rss"\nname = " "\n', "feed 1, name"),
        ('[[feed]]\nurl = "https://a.example/rss"\nname = "A"\nenable = false\n', "enable"),
        ('[[feed]]\nurl = "https://a.example/rss"\nname = "A"\nenabled = "no"\n', "enabled"),
        ('[[feed]]\nurl = "ftp://a.example/rss"\nname = "A"\n', "not ftp://"),
        ('[[feed]]\nurl = "https://u:p@a.example/rss"\nname = "A"\n', "user name or password"),
        (
            '[[feed]]\nurl = "https://a.example/rss"\nname = "A"\n'
            '[[feed]]\nurl = "https://a.example/rss"\nname = "B"\n',
            "lists https://a.example/rss twice",
        ),
    ],
)
def test_a_bad_feeds_file_is_one_clear_sentence(tmp_path: Path, text: str, says: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(FeedsFileError) as error:
        load_feeds_file(path)
    message = str(error.value)
    assert says in message
    assert message.startswith(f"The feeds file {path} ")
    assert message.endswith(".") and "\n" not in message


def test_a_missing_feeds_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(FeedsFileError, match="does not exist"):
        load_feeds_file(tmp_path / "absent.toml")


# --- reading feeds ----------------------------------------------------------------------------


def test_an_rss_feed_yields_linked_entries_with_dates_and_plain_summaries() -> None:
    feed = read_feed(fetched(RSS.encode()))
    assert feed.title == "Báo Ví Dụ – Thế giới"
    assert feed.warning is None
    first, second = feed.entries
    assert first.url == "https://bao.example/quang-tay-lang-son.html"
    assert first.title == "Quảng Tây và Lạng Sơn bàn về cửa khẩu thông minh"
    assert first.published == datetime(2025, 3, 4, 2, 30, tzinfo=UTC)
    assert first.summary == "Hai bên thống nhất & ký biên bản ghi nhớ."
    assert (second.url, second.published, second.summary) == (
        "https://bao.example/van-nam-lao-cai.html",
        None,
        "",
    )


def test_an_atom_feed_yields_its_entries() -> None:
    feed = read_feed(fetched(ATOM.encode(), content_type="application/atom+xml"))
    [entry] = feed.entries
    assert (feed.title, entry.url, entry.summary) == (
        "Tin đối ngoại",
        "https://bao.example/quang-dong.html",
        "Văn phòng đặt tại Hà Nội.",
    )
    assert entry.published == datetime(2025, 3, 5, 0, 0, tzinfo=UTC)


def test_a_feed_broken_part_way_keeps_what_it_could_read_with_a_warning() -> None:
    feed = read_feed(fetched(BROKEN_RSS.encode()))
    assert [e.url for e in feed.entries][:2] == [
        "https://bao.example/mot.html",
        "https://bao.example/hai.html",
    ]
    assert feed.warning is not None
    assert "malformed" in feed.warning and "line 4" in feed.warning


@pytest.mark.parametrize(
    ("body", "content_type", "says"),
    [
        (b"<<< this is not xml", "application/rss+xml", "is malformed"),
        (b"<html><body><p>Trang chu</p></body></html>", "text/html", "not an RSS or Atom feed"),
        (b"", "application/rss+xml", "not an RSS or Atom feed"),
    ],
)
def test_something_that_is_not_a_feed_is_one_clear_error(
    body: bytes, content_type: str, says: str
) -> None:
    with pytest.raises(MalformedFeed, match=says) as error:
        read_feed(fetched(body, content_type=content_type))
    message = str(error.value)
    assert message.startswith(f"Cannot read the feed at {FEED_URL}: ")
    assert message.endswith(".") and "\n" not in message


def test_a_windows_1258_feed_reads_as_composed_vietnamese() -> None:
    body = encode_windows_1258(RSS.replace('encoding="utf-8"', 'encoding="windows-1258"'))
    feed = read_feed(fetched(body, content_type="application/rss+xml"))
    assert feed.entries[0].title == "Quảng Tây và Lạng Sơn bàn về cửa khẩu thông minh"


def test_a_feed_served_as_html_is_read_without_a_warning() -> None:
    feed = read_feed(fetched(RSS.encode(), content_type="text/html; charset=utf-8"))
    assert (len(feed.entries), feed.warning) == (2, None)


def test_an_unchanged_answer_has_no_feed_to_read() -> None:
    unchanged = Fetched(FEED_URL, 304, b"", None, None, '"v1"', None, not_modified=True)
    with pytest.raises(ValueError, match="304"):
        read_feed(unchanged)


# --- fetched for real -------------------------------------------------------------------------


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async def no_wait(seconds: float) -> None:
        return None

    settings = load_settings(_env_file=None, fetch_allow_private_addresses=True)
    async with Fetcher(settings, sleep=no_wait) as f:
        yield f


async def test_a_feed_fetched_from_a_server_yields_absolute_links(
    web: WebServer, fetcher: Fetcher
) -> None:
    web.route("/rss/the-gioi.rss", Response(body=RSS.encode(), content_type="application/rss+xml"))
    feed = read_feed(await fetcher.get(web.url("/rss/the-gioi.rss"), accept=FEED_ACCEPT))
    assert [e.url for e in feed.entries] == [
        "https://bao.example/quang-tay-lang-son.html",
        web.url("/van-nam-lao-cai.html"),
    ]
    assert web.requests_to("/rss/the-gioi.rss")[0].headers["accept"] == FEED_ACCEPT


@pytest.mark.parametrize("names", ["a url", "a file"])
async def test_reading_a_feed_never_opens_what_its_body_names(
    web: WebServer, tmp_path: Path, names: str
) -> None:
    web.route("/real.rss", Response(body=RSS.encode(), content_type="application/rss+xml"))
    local = tmp_path / "real.rss"
    local.write_text(RSS, "utf-8")
    body = web.url("/real.rss") if names == "a url" else str(local)
    with pytest.raises(MalformedFeed):
        read_feed(fetched(body.encode(), content_type="text/plain"))
    assert web.requests == []
