"""The HTTP client for live sources: guarded, paced, retried, size-capped and decoded.

One `Fetcher` per crawl or process. Each `get` follows redirects itself (every hop through the
address guard), waits its turn per host, retries what is transient, stops reading at the size
cap, and turns every failure into one `FetchError` subclass with a one-sentence message.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from typing import Self

import httpcore
import httpx

from bot.settings import Settings
from bot.web.decode import decode_text, is_textual
from bot.web.decode import media_type as media_type_of
from bot.web.errors import (
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    RedirectError,
    TooLarge,
    UndecodableContent,
)
from bot.web.guard import GuardedBackend, Resolver, check_url, resolve_host

log = logging.getLogger(__name__)

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_LANGUAGE = "vi,en;q=0.5"
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
FIRST_BACKOFF_SECONDS = 1.0
# Beyond this a Retry-After is not waited for inside one fetch: the next crawl round will come.
LONGEST_RETRY_AFTER_SECONDS = 120.0
_PACED_HOSTS_KEPT = 1000
_RETRY_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError)

Clock = Callable[[], float]
Sleeper = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Fetched:
    """One successful answer: the final URL after redirects, the body, and what caching needs.

    `text` is the decoded body (NFC) when the content is textual, None otherwise or when
    `not_modified` (a 304 to a conditional request: nothing new, `content` is empty).
    """

    url: str
    status: int
    content: bytes
    text: str | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool = False

    @property
    def media_type(self) -> str | None:
        """The bare media type ("application/rss+xml"), without parameters."""
        return media_type_of(self.content_type)


@dataclass(frozen=True)
class _Answer:
    """One HTTP exchange, body read only when it is the one to return."""

    status: int
    headers: httpx.Headers
    content: bytes = b""


class _HostPace:
    """At most one request per host per `interval` seconds, even across concurrent tasks."""

    def __init__(self, interval: float, clock: Clock, sleep: Sleeper) -> None:
        self._interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next_turn: dict[str, float] = {}

    async def wait_turn(self, host: str) -> None:
        now = self._clock()
        if len(self._next_turn) > _PACED_HOSTS_KEPT:
            self._next_turn = {h: t for h, t in self._next_turn.items() if t > now}
        # The slot is reserved before any await, so concurrent callers queue up in order.
        turn = max(now, self._next_turn.get(host, now))
        self._next_turn[host] = turn + self._interval
        if turn > now:
            await self._sleep(turn - now)


class _PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport whose connection pool dials through the address guard."""

    def __init__(self, backend: GuardedBackend) -> None:
        ssl_context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, trust_env=False)
        # httpx takes no network backend of its own, so its pool is rebuilt around ours;
        # tests/test_fetch.py checks that connections really go through the guard.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=backend,
        )


class Fetcher:
    """Fetches pages and feeds for the crawl: `async with Fetcher(settings) as fetcher: ...`.

    `resolver` and `network_backend` replace DNS and the socket layer (tests route public-looking
    names to a local server); `clock` and `sleep` replace time for the per-host pace and backoff.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        resolver: Resolver = resolve_host,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleeper = asyncio.sleep,
    ) -> None:
        self._timeout = settings.fetch_timeout_seconds
        self._max_bytes = settings.fetch_max_bytes
        self._retries = settings.fetch_retries
        self._sleep = sleep
        self._pace = _HostPace(settings.fetch_per_host_delay_seconds, clock, sleep)
        backend = GuardedBackend(
            resolver=resolver,
            allow_private=settings.fetch_allow_private_addresses,
            inner=network_backend,
        )
        self._client = httpx.AsyncClient(
            transport=_PinnedTransport(backend),
            # A connection not made in half the time counts as a connect error, which is retried;
            # the whole attempt is bounded by the full timeout below.
            timeout=httpx.Timeout(self._timeout, connect=self._timeout / 2),
            follow_redirects=False,
            # Environment proxies would dial past the guard, and .netrc would add credentials.
            trust_env=False,
            headers={"User-Agent": settings.fetch_user_agent, "Accept-Language": ACCEPT_LANGUAGE},
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = PAGE_ACCEPT,
    ) -> Fetched:
        """The answer at `url`, following redirects; a FetchError subclass for any failure.

        With `etag`/`last_modified` from an earlier answer the request is conditional, and an
        unchanged resource comes back as `not_modified` with no body.
        """
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = check_url(url)
        visited = {current}
        for _ in range(MAX_REDIRECTS + 1):
            answer = await self._exchange(current, headers)
            if answer.status < 300 or answer.status == HTTPStatus.NOT_MODIFIED:
                return self._fetched(current, answer, etag=etag, last_modified=last_modified)
            if answer.status not in REDIRECT_STATUSES:
                raise _status_error(str(current), answer.status)
            current = self._redirect_target(url, current, answer)
            if current in visited:
                raise RedirectError(url, f"the redirects loop back to {current}")
            visited.add(current)
        raise RedirectError(url, f"it redirects more than {MAX_REDIRECTS} times")

    async def _exchange(self, url: httpx.URL, headers: dict[str, str]) -> _Answer:
        """One request with its retries: an answer below 400 or a FetchError."""
        attempt = 0
        while True:
            await self._pace.wait_turn(url.host)
            try:
                answer = await self._attempt(url, headers)
            except _RETRY_ERRORS as exc:
                if attempt >= self._retries:
                    raise _fetch_error(str(url), exc, self._timeout) from exc
                delay, why = _backoff(attempt), type(exc).__name__
            else:
                if answer.status < 400:
                    return answer
                if answer.status not in RETRY_STATUSES or attempt >= self._retries:
                    raise _status_error(str(url), answer.status)
                delay, why = _retry_delay(str(url), answer, attempt), str(answer.status)
            log.info("Retrying %s in %.1f s (%s)", url, delay, why)
            await self._sleep(delay)
            attempt += 1

    async def _attempt(self, url: httpx.URL, headers: dict[str, str]) -> _Answer:
        """One request, bounded as a whole by the timeout; the body is read only on success."""
        try:
            async with asyncio.timeout(self._timeout):
                async with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code >= 300:
                        return _Answer(response.status_code, response.headers)
                    content = await self._read_capped(str(url), response)
                    return _Answer(response.status_code, response.headers, content)
        except BlockedAddress as exc:
            raise BlockedAddress(str(url), exc.reason) from None
        except _RETRY_ERRORS:
            raise
        except (httpx.HTTPError, TimeoutError) as exc:
            raise _fetch_error(str(url), exc, self._timeout) from exc

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        """The decompressed body, refused as soon as it is known to exceed the cap.

        httpx inflates each network read whole, so a compression bomb may briefly take up to
        about a thousand times one read (some 64 MB) before the cap is seen; no more than that.
        """
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self._max_bytes:
            raise TooLarge(
                url, f"it announces {int(declared):,} bytes, over the limit of {self._max_bytes:,}"
            )
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > self._max_bytes:
                raise TooLarge(url, f"the body goes past the limit of {self._max_bytes:,} bytes")
        return bytes(body)

    def _redirect_target(self, asked: str, current: httpx.URL, answer: _Answer) -> httpx.URL:
        location = answer.headers.get("Location")
        if not location:
            raise RedirectError(asked, f"{current} redirects without saying where")
        try:
            target = current.join(location)
        except httpx.InvalidURL:
            raise RedirectError(asked, f"{current} redirects to a malformed address") from None
        return check_url(target)

    def _fetched(
        self, url: httpx.URL, answer: _Answer, *, etag: str | None, last_modified: str | None
    ) -> Fetched:
        content_type = answer.headers.get("Content-Type")
        not_modified = answer.status == HTTPStatus.NOT_MODIFIED
        text = None
        if not not_modified and is_textual(content_type):
            try:
                text = decode_text(answer.content, content_type)
            except UnicodeError:
                raise UndecodableContent(str(url), "no character set decodes the page") from None
        return Fetched(
            url=str(url),
            status=answer.status,
            content=answer.content,
            text=text,
            content_type=content_type,
            # A 304 may omit the validators; the ones sent are then still the current ones.
            etag=answer.headers.get("ETag") or (etag if not_modified else None),
            last_modified=answer.headers.get("Last-Modified")
            or (last_modified if not_modified else None),
            not_modified=not_modified,
        )


def _backoff(attempt: int) -> float:
    return FIRST_BACKOFF_SECONDS * 2**attempt


def _retry_delay(url: str, answer: _Answer, attempt: int) -> float:
    """How long to wait before retrying: the server's Retry-After if it gives one, else backoff."""
    asked = _retry_after_seconds(answer.headers)
    if asked is None:
        return _backoff(attempt)
    if asked > LONGEST_RETRY_AFTER_SECONDS:
        raise HTTPStatusError(
            url,
            f"the server answered {answer.status} and asks to wait {asked:.0f} s, "
            f"longer than the {LONGEST_RETRY_AFTER_SECONDS:.0f} s a fetch waits",
            status=answer.status,
        )
    return asked


def _retry_after_seconds(headers: httpx.Headers) -> float | None:
    """Retry-After in seconds (a number, or a date measured against the server's Date)."""
    value = headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    try:
        now = email.utils.parsedate_to_datetime(headers.get("Date", ""))
    except (TypeError, ValueError):
        now = datetime.now(UTC)
    if when.tzinfo is None or now.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())


def _status_error(url: str, status: int) -> HTTPStatusError:
    try:
        phrase = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        phrase = str(status)
    return HTTPStatusError(url, f"the server answered {phrase}", status=status)


def _fetch_error(url: str, exc: httpx.HTTPError | TimeoutError, timeout: float) -> FetchError:
    """The FetchError a transport failure stands for."""
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchTimeout(url, f"the server did not accept a connection within {timeout / 2:g} s")
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return FetchTimeout(url, f"the server did not answer in full within {timeout:g} s")
    if isinstance(exc, httpx.ConnectError):
        return ConnectionFailed(url, f"no connection could be made ({_cause(exc)})")
    if isinstance(exc, httpx.DecodingError):
        return UndecodableContent(url, "the compressed body is corrupt")
    return ConnectionFailed(url, f"the connection failed ({_cause(exc)})")


def _cause(exc: Exception) -> str:
    return str(exc).rstrip(".") or type(exc).__name__
