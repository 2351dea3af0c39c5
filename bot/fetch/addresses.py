"""Which network addresses the bot may read: never loopback, private, link-local, metadata or other special
ranges, unless allowed (FACTDESK_ALLOW_PRIVATE_ADDRESSES=1, for tests and a self-hosted intranet).

Checked twice: before a request (a literal address, or the name resolved, for a clear refusal) and again by
the connector's resolver at connect time, so a name that resolves to a public address for the check and to
a private one for the connection (DNS rebinding) is refused too. Every redirect hop goes through both.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Named ranges beyond what `ipaddress` flags: (network, why). Checked first, so the reason is specific.
_SPECIAL: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = (
    (ipaddress.ip_network("169.254.169.254/32"), "a cloud metadata address"),
    (ipaddress.ip_network("fd00:ec2::254/128"), "a cloud metadata address"),
    (ipaddress.ip_network("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
    (ipaddress.ip_network("64:ff9b::/96"), "a NAT64 address"),
)


class AddressRefused(OSError):
    """The host is, or resolves to, an address the bot must not read; the message says which and why."""


def why_refused(address: str) -> str | None:
    """Why the bot must not connect to `address` (an IP literal), or None when it is a public address."""
    try:
        ip: Address = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for network, reason in _SPECIAL:
        if ip.version == network.version and ip in network:
            return reason
    checks = (("is_loopback", "a loopback address"), ("is_link_local", "a link-local address"),
              ("is_private", "a private network address"), ("is_multicast", "a multicast address"),
              ("is_unspecified", "an unspecified address"), ("is_reserved", "a reserved address"))
    for attribute, reason in checks:
        if getattr(ip, attribute):
            return reason
    return None if ip.is_global else "not a public address"


def refusal(host: str, address: str, reason: str) -> AddressRefused:
    shown = host if host == address else f"{host} ({address})"
    return AddressRefused(f"{shown} is {reason}; Factdesk does not read local or private network addresses")


async def check_host(host: str, allow_private: bool) -> None:
    """Raise AddressRefused when `host` is, or resolves to, a refused address (any of its addresses)."""
    if allow_private:
        return
    literal = host.strip("[]")
    if _is_ip(literal):
        if reason := why_refused(literal):
            raise refusal(host, literal, reason)
        return
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(literal, None, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return  # the request itself will fail with a clear "cannot resolve"
    for *_, sockaddr in infos:
        if reason := why_refused(str(sockaddr[0])):
            raise refusal(host, str(sockaddr[0]), reason)


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    return True


class GuardedResolver(AbstractResolver):
    """The connector's resolver: resolves as usual, then refuses the host if any address is not allowed."""

    def __init__(self, allow_private: bool = False, inner: AbstractResolver | None = None) -> None:
        self.allow_private = allow_private
        self.inner = inner or ThreadedResolver()

    async def resolve(self, host: str, port: int = 0, family: Any = socket.AF_INET) -> list[ResolveResult]:
        results = await self.inner.resolve(host, port, family)
        if not self.allow_private:
            for result in results:
                if reason := why_refused(result["host"]):
                    raise refusal(host, result["host"], reason)
        return results

    async def close(self) -> None:
        await self.inner.close()
