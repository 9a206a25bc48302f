"""A local HTTP server for tests: scriptable routes on 127.0.0.1, served from threads.

    with WebServer() as web:
        web.route("/feed.rss", Response(body=rss, content_type="application/rss+xml"))
        web.route("/flaky", Response(status=500), Response(body=b"ok"))  # then the last repeats
        web.route("/echo", lambda request: Response(body=request.path.encode()))
        fetched = await fetcher.get(web.url("/feed.rss"))

Every request is recorded (`web.requests`). A streamed body (any iterable of bytes) is sent
chunked and counted in `web.bytes_sent(path)`, so a test can tell the client stopped early.
`Response(stall=True)` answers nothing until the server stops. `LoopbackNetwork` lets a fetcher
reach this server under public-looking names and records which addresses it dialled.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

import httpcore

# Windows-1258 has precomposed letters with circumflex, breve, horn, but tones as combining marks.
_VIETNAMESE_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_STALL_LIMIT_SECONDS = 30.0


@dataclass(frozen=True)
class Request:
    """What the server received: method, path with query, headers (names lower-cased), Host."""

    method: str
    path: str
    headers: dict[str, str]

    @property
    def host(self) -> str:
        return self.headers.get("host", "")


@dataclass
class Response:
    """What a route answers. A `body` that is not bytes is streamed chunk by chunk."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False
    stall: bool = False


Handler = Callable[[Request], Response]


def redirect(location: str, status: int = 302) -> Response:
    """A redirect to `location` (relative or absolute)."""
    return Response(status=status, headers={"Location": location}, content_type=None)


def encode_windows_1258(text: str) -> bytes:
    """`text` as a Vietnamese page in windows-1258 would carry it (tone marks decomposed)."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize(
                "NFC", "".join(m for m in marks if m not in _VIETNAMESE_TONES)
            )
            tones = "".join(m for m in marks if m in _VIETNAMESE_TONES)
            out += (base + tones).encode("cp1258")
    return bytes(out)


class WebServer:
    """The server; use as a context manager so its threads and sockets are closed after the test."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.stopping = threading.Event()
        self._routes: dict[str, Handler] = {}
        self._sent: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _RequestHandler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, *answers: Response | Handler) -> None:
        """Serve `path` with a handler, or with these responses in turn (the last one repeats)."""
        if len(answers) == 1 and callable(answers[0]):
            self._routes[path] = answers[0]
            return
        queue = [a for a in answers if isinstance(a, Response)]
        if len(queue) != len(answers) or not queue:
            raise TypeError("route() takes one handler or one or more Response objects")

        def in_turn(request: Request) -> Response:
            with self._lock:
                return queue.pop(0) if len(queue) > 1 else queue[0]

        self._routes[path] = in_turn

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def bytes_sent(self, path: str) -> int:
        """How many body bytes the server managed to write for `path`, all requests together."""
        with self._lock:
            return self._sent[path]

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.close_connections()
        self._httpd.server_close()
        self._thread.join()

    def _answer(self, request: Request) -> Response:
        with self._lock:
            self.requests.append(request)
        handler = self._routes.get(request.path) or self._routes.get(request.path.split("?")[0])
        if handler is None:
            return Response(status=404, body=b"no such route", content_type="text/plain")
        return handler(request)

    def _count(self, path: str, size: int) -> None:
        with self._lock:
            self._sent[path] += size


class _Server(ThreadingHTTPServer):
    # Handler threads are joined on close, after their connections are shut down.
    daemon_threads = False
    block_on_close = True

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], web: WebServer
    ) -> None:
        self.web = web
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, handler)

    def close_connections(self) -> None:
        with self.connections_lock:
            for connection in self.connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read `WebServer.requests` instead."""

    def do_GET(self) -> None:
        request = Request(
            method="GET",
            path=self.path,
            headers={name.lower(): value for name, value in self.headers.items()},
        )
        response = self.server.web._answer(request)
        if response.stall:
            self.server.web.stopping.wait(_STALL_LIMIT_SECONDS)
            self.close_connection = True
            return
        try:
            self._send(request.path, response)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send(self, path: str, response: Response) -> None:
        headers = {"Date": formatdate(usegmt=True), **response.headers}
        if response.content_type:
            headers.setdefault("Content-Type", response.content_type)
        body = response.body
        if isinstance(body, bytes) and response.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        streamed = not isinstance(body, bytes)
        if isinstance(body, bytes):
            headers.setdefault("Content-Length", str(len(body)))
        elif "Content-Length" not in headers:
            headers["Transfer-Encoding"] = "chunked"
        self.send_response_only(response.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if isinstance(body, bytes):
            self.wfile.write(body)
            self.server.web._count(path, len(body))
            return
        chunked = streamed and headers.get("Transfer-Encoding") == "chunked"
        for chunk in _chunks(body):
            self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" if chunked else chunk)
            self.wfile.flush()
            self.server.web._count(path, len(chunk))
        if chunked:
            self.wfile.write(b"0\r\n\r\n")


def _chunks(body: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in body:
        if chunk:
            yield chunk


class LoopbackNetwork(httpcore.AsyncNetworkBackend):
    """A network where every address leads to `server`; `dialled` lists the addresses asked for.

    Give it to a Fetcher as `network_backend`, with a resolver mapping public-looking names to
    public-looking addresses: the guard sees the internet, the connection lands here.
    """

    def __init__(self, server: WebServer) -> None:
        self._server = server
        self._real = httpcore.AnyIOBackend()
        self.dialled: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.dialled.append(host)
        return await self._real.connect_tcp("127.0.0.1", self._server.port, timeout=timeout)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("no unix sockets on this network")

    async def sleep(self, seconds: float) -> None:
        await self._real.sleep(seconds)
