"""The fetcher: pages arrive decoded, each fault is one clear error, redirects stay guarded."""

from __future__ import annotations

import asyncio
import gzip
import socket
from collections.abc import AsyncIterator, Iterator
from ipaddress import ip_address

import pytest
from fetching import FakeClock, resolver_for, settings_for
from webserver import LoopbackNetwork, Request, Response, WebServer, encode_windows_1258, redirect

from bot.web.errors import (
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    RedirectError,
    RefusedURL,
    TooLarge,
    UndecodableContent,
)
from bot.web.fetch import Fetcher

PUBLIC = "93.184.216.34"
VIETNAMESE = (
    "<p>Đoàn đại biểu tỉnh Quảng Đông sang thăm và làm việc, hai bên bàn về hợp tác thương mại, "
    "đầu tư và giao thương qua các cửa khẩu trong những năm tới.</p>"
)


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def fetcher(clock: FakeClock) -> AsyncIterator[Fetcher]:
    async with Fetcher(settings_for(), clock=clock, sleep=clock.sleep) as f:
        yield f


def assert_one_sentence(error: FetchError, url: str) -> None:
    message = str(error)
    assert message.startswith(f"Cannot fetch {url}: ")
    assert message.endswith(".")
    assert "\n" not in message


# --- pages ------------------------------------------------------------------------------------


async def test_a_page_arrives_decoded_with_a_clear_user_agent(
    web: WebServer, fetcher: Fetcher
) -> None:
    web.route("/tin", Response(body=VIETNAMESE.encode()))
    page = await fetcher.get(web.url("/tin"))
    assert (page.status, page.text, page.url) == (200, VIETNAMESE, web.url("/tin"))
    assert page.media_type == "text/html"
    [request] = web.requests_to("/tin")
    assert request.headers["user-agent"] == "briefbot-test/1.0 (+https://example.org/bot)"
    assert request.headers["accept"].startswith("text/html")


async def test_a_gzip_page_is_decompressed(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/tin", Response(body=VIETNAMESE.encode(), gzip=True))
    page = await fetcher.get(web.url("/tin"))
    assert page.text == VIETNAMESE
    assert "gzip" in web.requests_to("/tin")[0].headers["accept-encoding"]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=windows-1258", f"<html><body>{VIETNAMESE}</body></html>"),
        (
            "text/html",
            f'<html><head><meta charset="windows-1258"></head><body>{VIETNAMESE}</body></html>',
        ),
        (
            "text/html",
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=windows-1258"></head><body>{VIETNAMESE}</body></html>',
        ),
        ("text/html", f"<html><body>{VIETNAMESE}</body></html>"),  # charset-normalizer guesses
    ],
    ids=["header", "meta-charset", "meta-http-equiv", "undeclared"],
)
async def test_a_windows_1258_page_is_decoded_to_composed_vietnamese(
    web: WebServer, fetcher: Fetcher, content_type: str, body: str
) -> None:
    web.route("/cu", Response(body=encode_windows_1258(body), content_type=content_type))
    page = await fetcher.get(web.url("/cu"))
    assert page.text is not None
    assert VIETNAMESE in page.text


async def test_utf8_mislabelled_as_latin1_is_still_read_as_utf8(
    web: WebServer, fetcher: Fetcher
) -> None:
    web.route(
        "/sai", Response(body=VIETNAMESE.encode(), content_type="text/html; charset=iso-8859-1")
    )
    assert (await fetcher.get(web.url("/sai"))).text == VIETNAMESE


async def test_a_binary_body_has_no_text(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/anh.png", Response(body=b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png"))
    image = await fetcher.get(web.url("/anh.png"))
    assert (image.content, image.text) == (b"\x89PNG\r\n\x1a\n\x00\x00", None)


# --- conditional requests and pace ------------------------------------------------------------


async def test_an_unchanged_page_comes_back_as_not_modified(
    web: WebServer, fetcher: Fetcher
) -> None:
    stamp = "Mon, 03 Mar 2025 08:00:00 GMT"

    def conditional(request: Request) -> Response:
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'}, content_type=None)
        return Response(body=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": stamp})

    web.route("/feed", conditional)
    first = await fetcher.get(web.url("/feed"))
    second = await fetcher.get(web.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert (first.etag, first.last_modified, first.not_modified) == ('"v1"', stamp, False)
    assert (second.status, second.not_modified, second.content, second.text) == (
        304,
        True,
        b"",
        None,
    )
    assert (second.etag, second.last_modified) == ('"v1"', stamp)
    asked = web.requests_to("/feed")[1].headers
    assert (asked["if-none-match"], asked["if-modified-since"]) == ('"v1"', stamp)


async def test_one_host_is_asked_at_most_once_per_delay(
    web: WebServer, fetcher: Fetcher, clock: FakeClock
) -> None:
    web.route("/a", Response(body=b"a"))
    for _ in range(3):
        await fetcher.get(web.url("/a"))
    assert clock.sleeps == [1.0, 1.0]


async def test_concurrent_requests_to_one_host_queue_up(
    web: WebServer, fetcher: Fetcher, clock: FakeClock
) -> None:
    web.route("/a", Response(body=b"a"))
    await asyncio.gather(*(fetcher.get(web.url("/a")) for _ in range(3)))
    assert sorted(clock.wake_ups) == [1001.0, 1002.0]


async def test_different_hosts_do_not_wait_for_each_other(web: WebServer, clock: FakeClock) -> None:
    names = {"a.example": [PUBLIC], "b.example": ["104.16.0.1"]}
    web.route("/", Response(body=b"ok"))
    async with Fetcher(
        settings_for(fetch_allow_private_addresses=False),
        resolver=resolver_for(names),
        network_backend=LoopbackNetwork(web),
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        await fetcher.get("http://a.example/")
        await fetcher.get("http://b.example/")
    assert clock.sleeps == []


# --- redirects and the guard ------------------------------------------------------------------


async def test_a_redirect_chain_ends_at_the_final_url(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/old", redirect("/moved", status=301))
    web.route("/moved", redirect(web.url("/final"), status=307))
    web.route("/final", Response(body=b"here"))
    page = await fetcher.get(web.url("/old"))
    assert (page.url, page.content) == (web.url("/final"), b"here")


async def test_a_redirect_loop_is_an_error(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/x", redirect("/y"))
    web.route("/y", redirect("/x"))
    with pytest.raises(RedirectError, match="loop") as error:
        await fetcher.get(web.url("/x"))
    assert_one_sentence(error.value, web.url("/x"))
    assert [r.path for r in web.requests] == ["/x", "/y"]


async def test_too_many_redirects_is_an_error(web: WebServer, fetcher: Fetcher) -> None:
    for hop in range(10):
        web.route(f"/r{hop}", redirect(f"/r{hop + 1}"))
    with pytest.raises(RedirectError, match="more than 5"):
        await fetcher.get(web.url("/r0"))
    assert len(web.requests) == 6


async def test_a_redirect_to_nowhere_is_an_error(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/x", Response(status=302, content_type=None))
    with pytest.raises(RedirectError, match="without saying where"):
        await fetcher.get(web.url("/x"))


@pytest.mark.parametrize(
    "inside",
    ["10.0.0.1", "169.254.169.254", "::1", "::ffff:127.0.0.1", "fd00:ec2::254", "100.64.0.1"],
)
async def test_a_redirect_into_the_private_network_is_refused(
    web: WebServer, clock: FakeClock, inside: str
) -> None:
    network = LoopbackNetwork(web)
    web.route("/start", redirect("http://inside.example/secret"))
    web.route("/secret", Response(body=b"credentials"))
    async with Fetcher(
        settings_for(fetch_allow_private_addresses=False),
        resolver=resolver_for({"news.example": [PUBLIC], "inside.example": [inside]}),
        network_backend=network,
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        with pytest.raises(BlockedAddress, match=f"resolves to {ip_address(inside)}") as error:
            await fetcher.get("http://news.example/start")
    assert_one_sentence(error.value, "http://inside.example/secret")
    assert network.dialled == [PUBLIC]
    assert web.requests_to("/secret") == []


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://127.0.0.1/"]
)
async def test_a_redirect_to_a_private_literal_address_is_refused(
    web: WebServer, clock: FakeClock, target: str
) -> None:
    network = LoopbackNetwork(web)
    web.route("/start", redirect(target))
    async with Fetcher(
        settings_for(fetch_allow_private_addresses=False),
        resolver=resolver_for({"news.example": [PUBLIC]}),
        network_backend=network,
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        with pytest.raises(BlockedAddress):
            await fetcher.get("http://news.example/start")
    assert network.dialled == [PUBLIC]


async def test_a_public_name_is_dialled_at_the_address_that_was_checked(
    web: WebServer, clock: FakeClock
) -> None:
    network = LoopbackNetwork(web)
    web.route("/tin", Response(body=b"ok"))
    async with Fetcher(
        settings_for(fetch_allow_private_addresses=False),
        resolver=resolver_for({"news.example": [PUBLIC]}),
        network_backend=network,
        clock=clock,
        sleep=clock.sleep,
    ) as fetcher:
        page = await fetcher.get("http://news.example/tin")
    assert (page.url, page.content) == ("http://news.example/tin", b"ok")
    assert network.dialled == [PUBLIC]
    assert web.requests_to("/tin")[0].host == "news.example"


async def test_the_local_server_itself_is_refused_with_the_guard_on(
    web: WebServer, clock: FakeClock
) -> None:
    web.route("/tin", Response(body=b"ok"))
    async with Fetcher(settings_for(fetch_allow_private_addresses=False)) as fetcher:
        with pytest.raises(BlockedAddress, match="loopback"):
            await fetcher.get(web.url("/tin"))
    assert web.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/feed.xml",
        "http://user:secret@127.0.0.1/",
        "not a url",
    ],
)
async def test_refused_urls_send_nothing(web: WebServer, fetcher: Fetcher, url: str) -> None:
    with pytest.raises(RefusedURL) as error:
        await fetcher.get(url)
    assert_one_sentence(error.value, url)
    assert web.requests == []


async def test_a_redirect_to_another_scheme_is_refused(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/x", redirect("file:///etc/passwd"))
    with pytest.raises(RefusedURL, match="not file://"):
        await fetcher.get(web.url("/x"))


# --- faults -----------------------------------------------------------------------------------


async def test_a_missing_page_is_not_retried(web: WebServer, fetcher: Fetcher) -> None:
    with pytest.raises(HTTPStatusError, match="404 Not Found") as error:
        await fetcher.get(web.url("/gone"))
    assert error.value.status == 404
    assert_one_sentence(error.value, web.url("/gone"))
    assert len(web.requests_to("/gone")) == 1


async def test_a_server_error_is_retried_after_a_backoff(
    web: WebServer, fetcher: Fetcher, clock: FakeClock
) -> None:
    web.route("/tin", Response(status=500), Response(body=b"ok"))
    assert (await fetcher.get(web.url("/tin"))).content == b"ok"
    assert clock.sleeps == [1.0]


async def test_a_lasting_server_error_fails_after_the_retries(
    web: WebServer, fetcher: Fetcher, clock: FakeClock
) -> None:
    web.route("/tin", Response(status=503))
    with pytest.raises(HTTPStatusError, match="503 Service Unavailable") as error:
        await fetcher.get(web.url("/tin"))
    assert error.value.status == 503
    assert len(web.requests_to("/tin")) == 3
    assert clock.sleeps == [1.0, 2.0]


@pytest.mark.parametrize(
    ("retry_after", "waited"),
    [
        ("7", 7.0),
        ("Mon, 03 Mar 2025 08:00:30 GMT", 30.0),  # a date, measured against the server's Date
        ("Mon, 03 Mar 2025 07:00:00 GMT", 1.0),  # already past: the pace still spaces requests
    ],
)
async def test_too_many_requests_waits_as_long_as_the_server_asks(
    web: WebServer, fetcher: Fetcher, clock: FakeClock, retry_after: str, waited: float
) -> None:
    busy = Response(
        status=429,
        headers={"Retry-After": retry_after, "Date": "Mon, 03 Mar 2025 08:00:00 GMT"},
    )
    web.route("/tin", busy, Response(body=b"ok"))
    assert (await fetcher.get(web.url("/tin"))).content == b"ok"
    assert sum(clock.sleeps) == waited


async def test_a_retry_after_beyond_patience_gives_up_at_once(
    web: WebServer, fetcher: Fetcher, clock: FakeClock
) -> None:
    web.route("/tin", Response(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(HTTPStatusError, match="3600 s") as error:
        await fetcher.get(web.url("/tin"))
    assert error.value.status == 429
    assert (len(web.requests_to("/tin")), clock.sleeps) == (1, [])


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_dead_server_is_a_connection_failure_after_retries(
    fetcher: Fetcher, clock: FakeClock
) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/rss"
    with pytest.raises(ConnectionFailed) as error:
        await fetcher.get(url)
    assert_one_sentence(error.value, url)
    assert clock.sleeps == [1.0, 2.0]


async def test_an_unknown_name_is_a_connection_failure(clock: FakeClock) -> None:
    async with Fetcher(
        settings_for(fetch_retries=0), resolver=resolver_for({}), clock=clock, sleep=clock.sleep
    ) as fetcher:
        with pytest.raises(ConnectionFailed, match="does not resolve"):
            await fetcher.get("https://nowhere.example/rss")


async def test_a_server_that_never_answers_times_out(web: WebServer, clock: FakeClock) -> None:
    web.route("/slow", Response(stall=True))
    async with Fetcher(
        settings_for(fetch_timeout_seconds=0.3), clock=clock, sleep=clock.sleep
    ) as fetcher:
        with pytest.raises(FetchTimeout, match=r"within 0\.3 s") as error:
            await fetcher.get(web.url("/slow"))
    assert_one_sentence(error.value, web.url("/slow"))
    assert len(web.requests_to("/slow")) == 1


async def test_a_body_that_trickles_forever_times_out(web: WebServer, clock: FakeClock) -> None:
    def trickle() -> Iterator[bytes]:
        while not web.stopping.wait(0.02):
            yield b"."

    web.route("/drip", Response(body=trickle()))
    async with Fetcher(
        settings_for(fetch_timeout_seconds=0.5), clock=clock, sleep=clock.sleep
    ) as fetcher:
        with pytest.raises(FetchTimeout):
            await fetcher.get(web.url("/drip"))


async def test_a_huge_streamed_page_is_refused_without_reading_it_all(clock: FakeClock) -> None:
    chunk, count = b"x" * 65_536, 3_000  # about 200 MB on offer
    with WebServer() as web:
        web.route("/huge", Response(body=(chunk for _ in range(count))))
        async with Fetcher(settings_for(), clock=clock, sleep=clock.sleep) as fetcher:
            with pytest.raises(TooLarge, match="100,000 bytes") as error:
                await fetcher.get(web.url("/huge"))
    assert_one_sentence(error.value, web.url("/huge"))
    assert web.bytes_sent("/huge") < len(chunk) * count // 10


async def test_a_page_announcing_a_huge_length_is_refused_before_its_body(
    clock: FakeClock,
) -> None:
    chunk = b"x" * 65_536
    with WebServer() as web:
        web.route(
            "/huge",
            Response(body=(chunk for _ in range(3_000)), headers={"Content-Length": "196608000"}),
        )
        async with Fetcher(settings_for(), clock=clock, sleep=clock.sleep) as fetcher:
            with pytest.raises(TooLarge, match="announces 196,608,000 bytes"):
                await fetcher.get(web.url("/huge"))
    assert web.bytes_sent("/huge") < 196_608_000 // 10


async def test_a_compression_bomb_is_refused(web: WebServer, fetcher: Fetcher) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    web.route(
        "/bomb", Response(body=bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html")
    )
    with pytest.raises(TooLarge):
        await fetcher.get(web.url("/bomb"))


async def test_a_corrupt_compressed_body_is_undecodable(web: WebServer, fetcher: Fetcher) -> None:
    web.route("/broken", Response(body=b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(UndecodableContent) as error:
        await fetcher.get(web.url("/broken"))
    assert_one_sentence(error.value, web.url("/broken"))
