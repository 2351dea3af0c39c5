"""Which addresses are refused, including through a resolver (DNS rebinding) and the environment switch."""

from __future__ import annotations

import socket

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.fetch import AddressRefused, load_fetch_settings, why_refused
from bot.fetch.addresses import GuardedResolver


@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.9", "private"), ("192.168.1.1", "private"), ("fd12::1", "private"),
    ("169.254.169.254", "metadata"), ("fd00:ec2::254", "metadata"), ("169.254.10.10", "link-local"),
    ("fe80::1", "link-local"), ("100.64.0.1", "carrier-grade NAT"), ("224.0.0.251", "multicast"),
    ("0.0.0.0", "private"),
])
def test_refused_ranges(address: str, reason: str) -> None:
    assert reason in (why_refused(address) or "")


@pytest.mark.parametrize("address", ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert why_refused(address) is None


class _Fixed(AbstractResolver):
    def __init__(self, address: str) -> None:
        self.address = address

    async def resolve(self, host: str, port: int = 0, family: object = socket.AF_INET) -> list[ResolveResult]:
        return [{"hostname": host, "host": self.address, "port": port, "family": socket.AF_INET, "proto": 0,
                 "flags": 0}]

    async def close(self) -> None:
        return None


async def test_the_connector_resolver_refuses_a_name_that_resolves_privately() -> None:
    resolver = GuardedResolver(False, _Fixed("10.0.0.7"))
    with pytest.raises(AddressRefused, match=r"rebind\.example \(10\.0\.0\.7\) is a private network address"):
        await resolver.resolve("rebind.example", 80)
    assert (await GuardedResolver(True, _Fixed("10.0.0.7")).resolve("intranet", 80))[0]["host"] == "10.0.0.7"
    assert (await GuardedResolver(False, _Fixed("93.184.216.34")).resolve("example.com", 80))


@pytest.mark.parametrize(("config", "env", "allowed"), [
    ({}, {}, False),
    ({"allow_private_addresses": True}, {}, True),
    ({}, {"FACTDESK_ALLOW_PRIVATE_ADDRESSES": "1"}, True),
    ({"allow_private_addresses": True}, {"FACTDESK_ALLOW_PRIVATE_ADDRESSES": "0"}, False),
])
def test_the_switch_comes_from_config_and_environment(config: dict, env: dict, allowed: bool) -> None:
    assert load_fetch_settings(config, env).allow_private_addresses is allowed
