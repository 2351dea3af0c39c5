"""Fetch settings: committed defaults in config/factdesk.toml [fetch], then the environment.

`FACTDESK_ALLOW_PRIVATE_ADDRESSES=1` (or `allow_private_addresses = true`) lets the bot read loopback, private
and link-local addresses: for tests and a self-hosted intranet. Off by default, so that a server admin cannot
make the bot read internal services (a cloud's metadata endpoint, a router's admin page).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any

try:
    _VERSION = metadata.version("factdesk")
except metadata.PackageNotFoundError:  # run from a checkout that was never installed
    _VERSION = "0"
USER_AGENT = f"Factdesk/{_VERSION} (Discord news-facts bot; reads the articles and feeds its users add)"
ROBOTS_AGENT = "Factdesk"  # the token robots.txt rules name
ALLOW_PRIVATE_ENV = "FACTDESK_ALLOW_PRIVATE_ADDRESSES"


class FetchConfigError(ValueError):
    """A [fetch] setting cannot be used; the message names it."""


@dataclass(frozen=True, slots=True)
class FetchSettings:
    connect_timeout: float = 10.0  # seconds to connect
    read_timeout: float = 20.0  # seconds without a byte arriving
    total_timeout: float = 60.0  # seconds for a whole request, redirects included
    max_bytes: int = 5_000_000  # a page or feed larger than this is refused
    max_redirects: int = 5
    per_host_delay: float = 1.0  # seconds between two requests to the same host
    concurrency: int = 4  # requests in flight at once
    respect_robots: bool = True
    allow_private_addresses: bool = False
    user_agent: str = USER_AGENT


def _number(section: Mapping[str, Any], key: str, default: float, *, minimum: float = 0.0) -> float:
    value = section.get(key, default)
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise FetchConfigError(f"fetch.{key} must be a number, got {value!r}") from exc
    if number < minimum:
        raise FetchConfigError(f"fetch.{key} must be at least {minimum:g}, got {value!r}")
    return number


def _flag(value: object) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def load_fetch_settings(section: Mapping[str, Any], env: Mapping[str, str]) -> FetchSettings:
    """[fetch] from the config file; FACTDESK_ALLOW_PRIVATE_ADDRESSES (when set) wins over its key."""
    d = FetchSettings()
    allow = bool(section.get("allow_private_addresses", False))
    if env.get(ALLOW_PRIVATE_ENV, "").strip():
        allow = _flag(env[ALLOW_PRIVATE_ENV])
    return FetchSettings(
        connect_timeout=_number(section, "connect_timeout_seconds", d.connect_timeout, minimum=0.1),
        read_timeout=_number(section, "read_timeout_seconds", d.read_timeout, minimum=0.1),
        total_timeout=_number(section, "total_timeout_seconds", d.total_timeout, minimum=0.1),
        max_bytes=int(_number(section, "max_bytes", d.max_bytes, minimum=1024)),
        max_redirects=int(_number(section, "max_redirects", d.max_redirects)),
        per_host_delay=_number(section, "per_host_delay_seconds", d.per_host_delay),
        concurrency=int(_number(section, "concurrency", d.concurrency, minimum=1)),
        respect_robots=bool(section.get("respect_robots", True)),
        allow_private_addresses=allow,
        user_agent=str(section.get("user_agent") or USER_AGENT),
    )
