"""The one HTTP client: every page, feed and robots.txt the bot reads goes through `Fetcher.fetch`.

Safe: connect, read and total timeouts; a size cap on the (decompressed) body; a content-type check; a
redirect limit with loop detection; http(s) only; loopback, private, link-local and metadata addresses refused
at every hop and again at connect time (bot/fetch/addresses.py), unless allowed. Polite: a User-Agent naming
the bot, robots.txt respected, a delay between two requests to one host, a bounded number in flight.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.fetch.addresses import AddressRefused, GuardedResolver, check_host
from bot.fetch.config import ROBOTS_AGENT, FetchSettings
from bot.fetch.robots import MAX_ROBOTS_BYTES, RobotsCache
from bot.fetch.urls import BadURL, check_url

Kind = Literal["page", "feed", "robots"]

REDIRECTS = frozenset({301, 302, 303, 307, 308})
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/x-rss+xml")
UNSURE_TYPES = ("", "application/octet-stream", "text/plain", "binary/octet-stream")  # sniffed instead
ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,"
            "text/xml;q=0.8,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
}
CHUNK = 65_536


class FetchError(Exception):
    """A URL could not be read; the message says exactly why, for the user who asked."""

    def __init__(self, message: str, kind: str = "network") -> None:
        super().__init__(message)
        self.kind = kind  # bad_url, refused, robots, timeout, too_big, type, http, redirects, network


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # where the body came from, after redirects
    status: int
    body: bytes
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str | bytes:
        """The body decoded with the charset the server declared, else the bytes (the parser sniffs them)."""
        if self.charset:
            try:
                return self.body.decode(self.charset, errors="replace")
            except LookupError:
                return self.body
        return self.body


class Fetcher:
    """Create one per bot (or CLI run); `await close()` at the end."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._session: aiohttp.ClientSession | None = None
        self._slots = asyncio.Semaphore(self.settings.concurrency)
        self._host_locks: dict[str, asyncio.Lock] = {}
        self._last_request: dict[str, float] = {}
        self.robots = RobotsCache(ROBOTS_AGENT, self._robots_txt)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(self, url: str, kind: Kind = "page", *, etag: str | None = None,
                    last_modified: str | None = None) -> FetchResult:
        """GET `url` following redirects; a 304 comes back as a result (`not_modified`), every other failure as
        FetchError with the reason."""
        try:
            url = check_url(url)
        except BadURL as exc:
            raise FetchError(str(exc), "bad_url") from exc
        headers = {"Accept": ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._slots:
            try:
                async with asyncio.timeout(self.settings.total_timeout):
                    return await self._follow(url, kind, headers)
            except TimeoutError as exc:
                raise FetchError(f"{_host(url)} took too long to answer (over {self.settings.total_timeout:g} s "
                                 "in all)", "timeout") from exc

    async def _follow(self, url: str, kind: Kind, headers: dict[str, str]) -> FetchResult:
        seen: set[str] = set()
        for _ in range(self.settings.max_redirects + 1):
            await self._allowed(url, kind)
            response = await self._request(url, headers)
            async with response:
                if response.status not in REDIRECTS:
                    return await self._read(url, response, kind)
                location = response.headers.get("Location", "")
            if not location:
                raise FetchError(f"{_host(url)} answered a redirect (HTTP {response.status}) without saying where",
                                 "redirects")
            seen.add(url)
            try:
                url = check_url(urljoin(url, location))
            except BadURL as exc:
                raise FetchError(f"{_host(url)} redirected to something that cannot be read: {exc}",
                                 "redirects") from exc
            if url in seen:
                raise FetchError(f"{_host(url)} redirects in a loop", "redirects")
        raise FetchError(f"more than {self.settings.max_redirects} redirects, starting from {_host(url)}",
                         "redirects")

    async def _allowed(self, url: str, kind: Kind) -> None:
        """Refuse private addresses (a clear reason before connecting) and what robots.txt forbids."""
        try:
            await check_host(urlsplit(url).hostname or "", self.settings.allow_private_addresses)
        except AddressRefused as exc:
            raise FetchError(str(exc), "refused") from exc
        if kind != "robots" and self.settings.respect_robots and (why := await self.robots.refusal(url)):
            raise FetchError(why, "robots")

    async def _request(self, url: str, headers: dict[str, str]) -> aiohttp.ClientResponse:
        s = self.settings
        await self._wait_turn(_host(url))
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=s.connect_timeout, sock_read=s.read_timeout)
        try:
            return await self._client().get(url, headers=headers, allow_redirects=False, timeout=timeout)
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, AddressRefused):
                raise FetchError(str(exc.os_error), "refused") from exc
            if isinstance(exc, aiohttp.ClientConnectorDNSError):
                raise FetchError(f"cannot find the host {_host(url)} (DNS lookup failed)") from exc
            raise FetchError(f"cannot connect to {_host(url)} ({exc.os_error.strerror or exc.os_error})") from exc
        except (aiohttp.ServerTimeoutError, TimeoutError) as exc:
            raise FetchError(f"{_host(url)} took too long to answer (over {s.read_timeout:g} s)", "timeout") from exc
        except aiohttp.ClientError as exc:
            raise FetchError(f"reading {_host(url)} failed ({type(exc).__name__}: {exc})") from exc

    async def _read(self, url: str, response: aiohttp.ClientResponse, kind: Kind) -> FetchResult:
        headers = response.headers
        result = FetchResult(url=url, status=response.status, body=b"", content_type=response.content_type or "",
                             charset=response.charset, etag=headers.get("ETag"),
                             last_modified=headers.get("Last-Modified"))
        if response.status == 304 or (kind == "robots" and response.status >= 400):
            return result
        if response.status >= 400:
            raise FetchError(f"{_host(url)} answered HTTP {response.status} ({response.reason or 'error'})", "http")
        limit = MAX_ROBOTS_BYTES if kind == "robots" else self.settings.max_bytes
        declared = response.content_length
        if declared is not None and declared > limit:
            raise FetchError(f"{_host(url)} sent {declared:,} bytes; the limit is {limit:,}", "too_big")
        _check_type(url, result.content_type, kind)
        body = await self._body(url, response, limit, kind)
        if result.content_type.lower() in UNSURE_TYPES and kind != "robots":
            _sniff(url, body, kind)
        return FetchResult(result.url, result.status, body, result.content_type, result.charset, result.etag,
                           result.last_modified)

    async def _body(self, url: str, response: aiohttp.ClientResponse, limit: int, kind: Kind) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.content.iter_chunked(CHUNK):
                size += len(chunk)
                if size > limit:
                    if kind == "robots":  # only the first part of a huge robots.txt counts
                        chunks.append(chunk[: limit - (size - len(chunk))])
                        break
                    raise FetchError(f"{_host(url)} sent more than {limit:,} bytes (the limit)", "too_big")
                chunks.append(chunk)
        except (aiohttp.ServerTimeoutError, TimeoutError) as exc:
            raise FetchError(f"{_host(url)} stopped sending (nothing for {self.settings.read_timeout:g} s)",
                             "timeout") from exc
        except aiohttp.ClientPayloadError as exc:
            raise FetchError(f"{_host(url)} sent a broken response ({exc})") from exc
        return b"".join(chunks)

    async def _wait_turn(self, host: str) -> None:
        """At most one request to a host per `per_host_delay` seconds."""
        delay = self.settings.per_host_delay
        if delay <= 0:
            return
        lock = self._host_locks.setdefault(host, asyncio.Lock())
        async with lock:
            wait = self._last_request.get(host, -delay) + delay - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last_request[host] = time.monotonic()

    async def _robots_txt(self, url: str) -> tuple[int, bytes]:
        result = await self._follow(url, "robots", {"Accept": ACCEPT["robots"]})
        return result.status, result.body

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(resolver=GuardedResolver(self.settings.allow_private_addresses),
                                             limit=self.settings.concurrency * 2)
            self._session = aiohttp.ClientSession(connector=connector, trust_env=False,
                                                  headers={"User-Agent": self.settings.user_agent})
        return self._session


def _check_type(url: str, content_type: str, kind: Kind) -> None:
    ctype = content_type.lower()
    if kind == "robots" or ctype in UNSURE_TYPES:
        return
    allowed = PAGE_TYPES if kind == "page" else FEED_TYPES + PAGE_TYPES  # some servers label feeds text/html
    if ctype not in allowed and not (kind == "feed" and ctype.endswith("+xml")):
        what = "a web page" if kind == "page" else "a feed"
        raise FetchError(f"{_host(url)} sent {content_type or 'something'}, not {what}", "type")


def _sniff(url: str, body: bytes, kind: Kind) -> None:
    """A body served as text/plain or octet-stream must look like what was asked for."""
    head = body[:2048].lstrip().lower()
    if kind == "page" and (b"<html" in head or head.startswith(b"<!doctype html") or b"<body" in head):
        return
    if kind == "feed" and (b"<rss" in head or b"<feed" in head or b"<rdf" in head or head.startswith(b"<?xml")):
        return
    raise FetchError(f"{_host(url)} sent something that is not {'a web page' if kind == 'page' else 'a feed'}",
                     "type")


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc or url[:80]
    except ValueError:
        return url[:80]
