"""The sample articles that ship with briefbot, and the news pages and feeds made of them that the
tests of ingestion and crawling serve, write or read."""

from __future__ import annotations

import html
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from webserver import Request, Response, WebServer

from db.sample import sample_files

HANOI = timezone(timedelta(hours=7))
# When the feeds of these tests say sample 002 was published (its page gives no date).
ENTRY_002 = datetime(2025, 10, 2, 9, 30, tzinfo=HANOI)

IRRELEVANT_TEXT = (
    "Đà Nẵng mở tuyến xe buýt điện nối sân bay với trung tâm\n\n"
    "Từ tuần này, người dân Đà Nẵng có thể đi xe buýt điện từ sân bay vào trung tâm thành phố. "
    "Mỗi ngày tuyến chạy 40 chuyến, giá vé không đổi so với tuyến cũ.\n"
)


def sample_text(prefix: str) -> str:
    """The text of the sample article whose file name starts with `prefix` ('004')."""
    return next(f for f in sample_files() if f.name.startswith(prefix)).read_text("utf-8")


def news_page(text: str, *, published: str | None = None, charset: str = "utf-8") -> str:
    """A news page around an article: title in <h1>, paragraphs, a script, a menu, a footer,
    and the publication time in the page's metadata when `published` (ISO) is given."""
    title, *paragraphs = [p for p in text.split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    stamp = f"<meta property='article:published_time' content='{published}'>" if published else ""
    return (
        f"<!doctype html><html lang='vi'><head><meta charset='{charset}'>"
        f"<title>{html.escape(title)}</title>{stamp}<script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Trang chủ</a> <a href='/the-gioi'>Thế giới</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>Bản quyền thuộc về tòa soạn.</footer></body></html>"
    )


def page(text: str, **kwargs: str) -> Response:
    """The local server's answer carrying `news_page(text, …)` in UTF-8."""
    return Response(body=news_page(text, **kwargs).encode("utf-8"))


def rss(*items: tuple[str, datetime | None], site: str = "http://tintuc-thu.vn/") -> bytes:
    """An RSS feed of `site` listing these (link, publication time) items."""
    entries = "".join(
        f"<item><title>Bài {n}</title><link>{html.escape(link)}</link>"
        + (f"<pubDate>{format_datetime(when)}</pubDate>" if when else "")
        + "</item>"
        for n, (link, when) in enumerate(items, 1)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Tin thử</title><link>{html.escape(site)}</link>{entries}</channel></rss>"
    ).encode()


def serve_feed(web: WebServer, path: str, body: bytes, *, etag: str) -> None:
    """Serve a feed with an ETag, answering 304 to a request that already has it."""

    def answer(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(status=304, content_type=None, headers={"ETag": etag})
        return Response(
            body=body, content_type="application/rss+xml; charset=utf-8", headers={"ETag": etag}
        )

    web.route(path, answer)


def write_feeds(path: Path, *urls: str) -> Path:
    """A feeds file listing `urls`, one feed each."""
    path.write_text(
        "".join(f'[[feed]]\nname = "Feed {n}"\nurl = "{url}"\n\n' for n, url in enumerate(urls)),
        "utf-8",
    )
    return path
