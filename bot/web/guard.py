"""The address guard: which URLs may be fetched, and a dialler that connects only where it checked.

A URL a user gives is a way into the server's own network. `check_url` refuses what is not plain
http(s) before anything is sent; `GuardedBackend` sits under httpx's connection pool, resolves
each host once, refuses the connection if ANY resolved address is not public, and then dials that
very address — never the name again — so a DNS answer that changes between the check and the
connection (DNS rebinding) cannot slip a private address in. Redirects open new connections, so
every hop is checked the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence

import httpcore
import httpx

from bot.web.errors import BlockedAddress, RefusedURL

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Resolves (host, port) to IP address strings; raises OSError when the name is unknown."""

_ALLOWED_SCHEMES = frozenset({"http", "https"})

# Instance metadata services hand out cloud credentials; named so the refusal says what it was.
_CLOUD_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS over IPv6
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
    )
)
_SHARED_CGNAT = ipaddress.ip_network("100.64.0.0/10")
# Not globally reachable, yet some Python versions report parts of it as global.
_IETF_PROTOCOL = ipaddress.ip_network("192.0.0.0/24")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def check_url(url: str | httpx.URL) -> httpx.URL:
    """The URL parsed, fragment dropped, if plain http(s) with a host and no credentials.

    Anything else raises RefusedURL.
    """
    text = str(url)
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise RefusedURL(text, f"the address is malformed ({exc})") from None
    if parsed.scheme not in _ALLOWED_SCHEMES:
        scheme = f"{parsed.scheme}://" if parsed.scheme else "an address without a scheme"
        raise RefusedURL(text, f"only http:// and https:// addresses are fetched, not {scheme}")
    if parsed.userinfo:
        raise RefusedURL(text, "addresses carrying a user name or password are refused")
    if not parsed.host:
        raise RefusedURL(text, "the address has no host")
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise RefusedURL(text, f"port {parsed.port} does not exist")
    return parsed.copy_with(fragment=None)


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    return None


def forbidden_kind(address: IPAddress) -> str | None:
    """What kind of non-public address this is ("loopback", "private"…), or None if public."""
    address = embedded_ipv4(address) or address
    if address in _CLOUD_METADATA:
        return "cloud metadata"
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address in _SHARED_CGNAT:
        return "shared (carrier-grade NAT)"
    if address.is_private:
        return "private"
    if address.is_reserved:
        return "reserved"
    if not address.is_global or address in _IETF_PROTOCOL:
        return "non-public"
    return None


async def resolve_host(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for `host`, in its order of preference."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's dialler: resolves once, refuses non-public addresses, dials the checked one.

    `allow_private` lets everything through (for tests and trusted intranets) but still dials the
    resolved address. `inner` does the actual connecting (httpcore's AnyIO backend by default).
    """

    def __init__(
        self,
        *,
        resolver: Resolver = resolve_host,
        allow_private: bool = False,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._resolver = resolver
        self._allow_private = allow_private
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._addresses_of(host, port)
        if not self._allow_private:
            for address in addresses:
                if kind := forbidden_kind(address):
                    raise BlockedAddress(host, _refusal(host, address, kind))
        *others, last = addresses
        for address in others:
            with contextlib.suppress(httpcore.ConnectError, httpcore.ConnectTimeout):
                return await self._inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
        return await self._inner.connect_tcp(
            str(last), port, timeout, local_address, socket_options
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are never dialled by the fetcher")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)

    async def _addresses_of(self, host: str, port: int) -> list[IPAddress]:
        """The host itself when it is an IP literal, else what the resolver says, parsed."""
        if _is_ip_literal(host):
            return [ipaddress.ip_address(host)]
        try:
            found = [ipaddress.ip_address(a) for a in await self._resolver(host, port)]
        except (OSError, ValueError) as exc:
            raise httpcore.ConnectError(f"the name {host} does not resolve ({exc})") from exc
        if not found:
            raise httpcore.ConnectError(f"the name {host} resolves to no address")
        return found


def _refusal(host: str, address: IPAddress, kind: str) -> str:
    """Why `host` is refused, showing the IPv4 address an IPv6 form stands for."""
    v4 = embedded_ipv4(address)
    shown = f"{address} ({v4})" if v4 else str(address)
    article = "an" if kind[0] in "aeiou" else "a"
    if _is_ip_literal(host):
        return f"{shown} is {article} {kind} address, which is refused"
    return f"{host} resolves to {shown}, {article} {kind} address, which is refused"


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
