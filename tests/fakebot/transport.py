"""The HTTP side of the fake: a threaded server on 127.0.0.1 that routes /bot<token>/<method>."""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from .protocol import ApiError, ApiRequest, decode_request, encode

# (token, method, decoded request, request path) -> (HTTP status, JSON body)
Answer = Callable[[str, str, ApiRequest, str], tuple[int, dict[str, Any]]]

_API_PATH = re.compile(r"/bot(?P<token>[^/]*)/(?P<method>[A-Za-z0-9_]+)/?$")
_LOG = logging.getLogger(__name__)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections alive, as httpx expects of api.telegram.org.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without this each answer waits ~40 ms for
    # the client's delayed ACK.
    disable_nagle_algorithm = True
    server: BotApiHttpServer

    def do_GET(self) -> None:
        self._serve_while_busy()

    def do_POST(self) -> None:
        self._serve_while_busy()

    def log_message(self, format: str, *args: Any) -> None:
        _LOG.debug("%s %s", self.address_string(), format % args)

    def _serve_while_busy(self) -> None:
        self.server.request_started(self.connection)
        try:
            self._serve()
        finally:
            if self.server.request_finished(self.connection):
                self.close_connection = True

    def _serve(self) -> None:
        if "Content-Length" not in self.headers and self.command == "POST":
            self._reply(411, ApiError(411, "Length Required").payload())
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        url = urlsplit(self.path)
        route = _API_PATH.match(url.path)
        if route is None:
            self._reply(404, ApiError(404, "Not Found").payload())
            return
        try:
            request = decode_request(url.query, self.headers.get("Content-Type", ""), body)
        except ApiError as error:
            self._reply(error.status, error.payload())
            return
        status, payload = self.server.answer(route["token"], route["method"], request, url.path)
        self._reply(status, payload)

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        data = encode(payload)
        # The bot may have gone away meanwhile (a cancelled long poll); that is not an error.
        with contextlib.suppress(ConnectionError, OSError):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()


class BotApiHttpServer(ThreadingHTTPServer):
    """Serves the Bot API on a background thread; `stop()` also ends kept-alive connections
    and waits for every handler thread."""

    daemon_threads = False
    block_on_close = True

    def __init__(self, answer: Answer, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.answer = answer
        self._connections: set[socket.socket] = set()
        self._busy: set[socket.socket] = set()
        self._stopping = False
        self._connections_lock = threading.Lock()
        # A daemon, so that a server a test forgot to stop cannot keep pytest from exiting.
        self._thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="fake-bot-api",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stops accepting, lets requests in progress finish their answer, closes the idle
        kept-alive connections and joins every thread."""
        self.shutdown()
        with self._connections_lock:
            self._stopping = True
            idle = self._connections - self._busy
        for connection in idle:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()
        self._thread.join()

    def request_started(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._busy.add(connection)

    def request_finished(self, connection: socket.socket) -> bool:
        """Marks the connection idle again; True when it must close because we are stopping."""
        with self._connections_lock:
            self._busy.discard(connection)
            return self._stopping

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
            self._busy.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        _LOG.exception("fake Bot API: error while serving %s", client_address)
