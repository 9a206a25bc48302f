"""The address guard: a URL from a user never reaches the server's own network."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence

import httpcore
import pytest

from bot.web.errors import BlockedAddress, RefusedURL
from bot.web.guard import GuardedBackend, check_url, forbidden_kind

PUBLIC = "93.184.216.34"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.170.2", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("192.0.0.192", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("100.64.0.1", "shared (carrier-grade NAT)"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fd00:ec2::254", "cloud metadata"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("::ffff:10.0.0.1", "private"),
        ("64:ff9b::a00:1", "private"),  # NAT64 form of 10.0.0.1
        ("2002:a00:1::", "private"),  # 6to4 form of 10.0.0.1
    ],
)
def test_non_public_addresses_are_named(address: str, kind: str) -> None:
    assert forbidden_kind(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize(
    "address",
    [
        "240.0.0.1",
        "255.255.255.255",
        "198.18.0.1",
        "192.0.2.1",
        "192.0.0.8",
        "2001:db8::1",
        "::127.0.0.1",
    ],
)
def test_reserved_and_documentation_addresses_are_refused(address: str) -> None:
    assert forbidden_kind(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert forbidden_kind(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("file:///etc/passwd", "not file://"),
        ("ftp://example.org/feed.xml", "not ftp://"),
        ("gopher://example.org/", "not gopher://"),
        ("javascript:alert(1)", "not javascript://"),
        ("example.org/no-scheme", "without a scheme"),
        ("http://user:secret@example.org/", "user name or password"),
        ("https://user@example.org/", "user name or password"),
        ("http:///no-host", "no host"),
        ("http://example.org:70000/", "port 70000"),
    ],
)
def test_refused_urls_say_why(url: str, says: str) -> None:
    with pytest.raises(RefusedURL) as refused:
        check_url(url)
    assert says in str(refused.value)
    assert str(refused.value).startswith(f"Cannot fetch {url}: ")


@pytest.mark.parametrize(
    ("url", "checked"),
    [
        ("http://example.org:8081/feed", "http://example.org:8081/feed"),
        ("https://EXAMPLE.org/a?b=1#section", "https://example.org/a?b=1"),
        ("https://báo.vn/tin", "https://xn--bo-mia.vn/tin"),
        ("http://10.0.0.1/", "http://10.0.0.1/"),  # addresses are judged when dialling
    ],
)
def test_plain_http_urls_pass_the_url_check(url: str, checked: str) -> None:
    assert str(check_url(url)) == checked


class _Recorder(httpcore.AsyncNetworkBackend):
    """A socket layer that records what it is asked to dial and refuses `unreachable` ones."""

    def __init__(self, unreachable: Iterable[str] = ()) -> None:
        self.dialled: list[str] = []
        self._unreachable = set(unreachable)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.dialled.append(host)
        if host in self._unreachable:
            raise httpcore.ConnectError(f"{host} refused the connection")
        return httpcore.AsyncMockStream([])


def _resolver(*answers: Sequence[str]):
    """A resolver giving `answers` in turn, one per lookup, and counting lookups."""
    remaining = list(answers)

    async def resolve(host: str, port: int) -> Sequence[str]:
        resolve.calls += 1  # type: ignore[attr-defined]
        return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    resolve.calls = 0  # type: ignore[attr-defined]
    return resolve


@pytest.mark.parametrize("host", ["localhost", "2130706433", "0x7f.1", "127.1", "::1", "0.0.0.0"])
async def test_loopback_in_any_spelling_is_refused_with_the_system_resolver(host: str) -> None:
    inner = _Recorder()
    with pytest.raises(BlockedAddress):
        await GuardedBackend(inner=inner).connect_tcp(host, 80)
    assert inner.dialled == []


async def test_every_resolved_address_is_checked() -> None:
    inner = _Recorder()
    backend = GuardedBackend(resolver=_resolver([PUBLIC, "10.0.0.1"]), inner=inner)
    with pytest.raises(BlockedAddress, match=r"resolves to 10\.0\.0\.1, a private address"):
        await backend.connect_tcp("news.example", 443)
    assert inner.dialled == []


async def test_the_checked_address_is_dialled_not_the_name() -> None:
    # A rebinding resolver: public when checked, loopback on any later lookup.
    resolver = _resolver([PUBLIC], ["127.0.0.1"])
    inner = _Recorder()
    await GuardedBackend(resolver=resolver, inner=inner).connect_tcp("news.example", 443)
    assert inner.dialled == [PUBLIC]
    assert resolver.calls == 1


async def test_the_next_address_is_tried_when_one_is_unreachable() -> None:
    inner = _Recorder(unreachable=["2606:4700::1111"])
    backend = GuardedBackend(resolver=_resolver(["2606:4700::1111", PUBLIC]), inner=inner)
    await backend.connect_tcp("news.example", 443)
    assert inner.dialled == ["2606:4700::1111", PUBLIC]


async def test_allowing_private_addresses_still_dials_the_resolved_one() -> None:
    inner = _Recorder()
    backend = GuardedBackend(resolver=_resolver(["10.0.0.1"]), allow_private=True, inner=inner)
    await backend.connect_tcp("intranet.example", 80)
    assert inner.dialled == ["10.0.0.1"]


async def test_an_unknown_name_is_a_connect_error() -> None:
    async def nowhere(host: str, port: int) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(httpcore.ConnectError, match="does not resolve"):
        await GuardedBackend(resolver=nowhere, inner=_Recorder()).connect_tcp("nowhere.example", 80)
