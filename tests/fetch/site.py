"""A small web site on 127.0.0.1 for the fetch, feed, link and end-to-end tests: pages, feeds, robots.txt,
304s, 404/500, a slow answer, a stalled body, a huge body, redirect loops and a body that is not HTML.

Pages and feeds can be added or changed while it runs (`site.pages[path] = (content_type, body)`); every
request is recorded in `site.requests` (path, headers), so tests can check conditional requests and delays.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from email.utils import formatdate

from aiohttp import web

ROBOTS = "User-agent: Factdesk\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n"


@dataclass
class LocalSite:
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    failing: dict[str, int] = field(default_factory=dict)  # path → status to answer instead
    port: int = 0
    _runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        """Requests for `path`, whatever their query string."""
        return sum(1 for p, _ in self.requests if p == path or p.split("?")[0] == path)

    def add_page(self, path: str, html: str) -> str:
        self.pages[path] = ("text/html; charset=utf-8", html.encode("utf-8"))
        return self.url(path)

    def add_feed(self, path: str, xml: str, content_type: str = "application/rss+xml") -> str:
        self.pages[path] = (content_type, xml.encode("utf-8"))
        return self.url(path)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.pages.setdefault("/robots.txt", ("text/plain", ROBOTS.encode()))

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path_qs if request.query_string else request.path
        self.requests.append((path, dict(request.headers)))
        if path in self.failing:
            return web.Response(status=self.failing[path], text="failing on purpose")
        special = _SPECIAL.get(request.path)
        if special is not None:
            return await special(request)
        for candidate in (path, request.path, request.path.rstrip("/")):  # query and trailing slash optional
            if candidate in self.pages:
                content_type, body = self.pages[candidate]
                break
        else:
            return web.Response(status=404, text="not found")
        digest = hashlib.sha256(body).hexdigest()
        etag = f'"{digest[:16]}"'
        modified = formatdate(1_700_000_000 + int(digest[:6], 16), usegmt=True)  # changes with the content
        asked_etag, asked_since = request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
        if (asked_etag == etag) if asked_etag else (asked_since == modified):
            return web.Response(status=304, headers={"ETag": etag, "Last-Modified": modified})
        return web.Response(body=body, headers={"Content-Type": content_type, "ETag": etag, "Last-Modified": modified})


async def _slow(request: web.Request) -> web.Response:
    await asyncio.sleep(1.2)
    return web.Response(text="<html><body>too late</body></html>", content_type="text/html")


async def _stall(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    await response.write(b"<html><body><p>a start")
    await asyncio.sleep(1.2)
    return response


async def _huge(request: web.Request) -> web.StreamResponse:
    """Megabytes of HTML with no Content-Length: only counting what arrives can stop it."""
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    await response.write(b"<html><body>")
    for _ in range(400):
        await response.write(b"<p>" + b"words " * 5000 + b"</p>")
    return response


async def _declared_huge(request: web.Request) -> web.Response:
    return web.Response(body=b"x" * 6_000_000, content_type="text/html")


async def _loop_a(request: web.Request) -> web.Response:
    raise web.HTTPFound("/loop-b")


async def _loop_b(request: web.Request) -> web.Response:
    raise web.HTTPFound("/loop-a")


async def _chain(request: web.Request) -> web.Response:
    n = int(request.query.get("n", "0"))
    raise web.HTTPFound(f"/chain?n={n + 1}")


async def _to_page(request: web.Request) -> web.Response:
    raise web.HTTPMovedPermanently("/article.html")


async def _json(request: web.Request) -> web.Response:
    return web.Response(body=b'{"not": "a page"}', content_type="application/json")


async def _pdf(request: web.Request) -> web.Response:
    return web.Response(body=b"%PDF-1.7 binary stuff", content_type="application/octet-stream")


async def _plain_html(request: web.Request) -> web.Response:
    return web.Response(body=b"<!DOCTYPE html><html><body><p>labelled plain</p></body></html>",
                        content_type="text/plain")


async def _server_error(request: web.Request) -> web.Response:
    return web.Response(status=500, text="boom")


async def _to_file(request: web.Request) -> web.Response:
    raise web.HTTPFound("file:///etc/passwd")


_SPECIAL = {
    "/slow": _slow, "/stall": _stall, "/huge": _huge, "/declared-huge": _declared_huge, "/loop-a": _loop_a,
    "/loop-b": _loop_b, "/chain": _chain, "/moved": _to_page, "/data.json": _json, "/file.pdf": _pdf,
    "/plain-html": _plain_html, "/error": _server_error, "/to-file": _to_file,
}


class ThreadedSite:
    """A LocalSite served from its own thread and event loop: for code under test that runs asyncio.run itself
    (the command line)."""

    def __init__(self) -> None:
        import threading

        self.site = LocalSite()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="local-site", daemon=True)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self.site.start())
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.site.stop())
        self._loop.close()

    def __enter__(self) -> LocalSite:
        self._thread.start()
        self._ready.wait(10)
        return self.site

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
