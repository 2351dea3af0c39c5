"""robots.txt, read once per site and kept for a while: a page it disallows for Factdesk is not fetched.

Following RFC 9309: a missing robots.txt (any 4xx) allows everything; one that cannot be read (5xx, a
timeout, a refused address) disallows everything until it is asked again (after ERROR_TTL).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

OK_TTL = 3600.0  # seconds a robots.txt that was read is trusted
ERROR_TTL = 600.0  # seconds before one that failed is tried again
MAX_ROBOTS_BYTES = 500_000  # Google reads the first 500 KiB

# (status, body) of GET <site>/robots.txt; raises on a network error.
RobotsGetter = Callable[[str], Awaitable[tuple[int, bytes]]]


@dataclass(slots=True)
class _Entry:
    parser: RobotFileParser | None  # None: allow everything
    disallow_all: str | None  # why everything is disallowed (robots.txt could not be read), or None
    expires: float


class RobotsCache:
    def __init__(self, agent: str, get: RobotsGetter) -> None:
        self.agent = agent
        self.get = get
        self._sites: dict[str, _Entry] = {}

    async def refusal(self, url: str) -> str | None:
        """Why robots.txt forbids fetching `url`, or None when it may be fetched."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        entry = self._sites.get(site)
        if entry is None or entry.expires < time.monotonic():
            entry = self._sites[site] = await self._load(site)
        if entry.disallow_all:
            return entry.disallow_all
        if entry.parser is not None and not entry.parser.can_fetch(self.agent, url):
            return f"{parts.netloc}'s robots.txt does not allow Factdesk to read this page"
        return None

    async def _load(self, site: str) -> _Entry:
        now = time.monotonic()
        try:
            status, body = await self.get(f"{site}/robots.txt")
        except Exception as exc:  # a network error, a refused address, a timeout
            why = f"{urlsplit(site).netloc}'s robots.txt could not be read ({_short(exc)}), so nothing there is read"
            return _Entry(None, why, now + ERROR_TTL)
        if status >= 500:
            why = f"{urlsplit(site).netloc}'s robots.txt answered HTTP {status}, so nothing there is read for now"
            return _Entry(None, why, now + ERROR_TTL)
        if status >= 400 or status < 200:
            return _Entry(None, None, now + OK_TTL)  # no robots.txt: everything allowed
        parser = RobotFileParser()
        parser.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace").splitlines())
        return _Entry(parser, None, now + OK_TTL)


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]
