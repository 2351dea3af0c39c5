"""The fetch client against a local site: every safety rule, each with the reason a user would read."""

from __future__ import annotations

import dataclasses
import time

import pytest

from bot.fetch import Fetcher, FetchError
from tests.fetch.conftest import TEST_FETCH
from tests.fetch.site import LocalSite

PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>"


async def test_a_page_is_read_with_a_user_agent_naming_the_bot(site: LocalSite, fetcher: Fetcher) -> None:
    url = site.add_page("/article.html", PAGE)
    result = await fetcher.fetch(url)
    assert result.status == 200 and result.body == PAGE.encode() and result.content_type == "text/html"
    assert result.charset == "utf-8" and result.etag
    agent = next(h for p, h in site.requests if p == "/article.html")["User-Agent"]
    assert agent.startswith("Factdesk/")


@pytest.mark.parametrize(("path", "kind", "words"), [
    ("/slow", "timeout", "took too long"),
    ("/stall", "timeout", "stopped sending"),
    ("/huge", "too_big", "more than 1,000,000 bytes"),
    ("/declared-huge", "too_big", "6,000,000 bytes"),
    ("/loop-a", "redirects", "loop"),
    ("/chain", "redirects", "more than 5 redirects"),
    ("/to-file", "redirects", "only http:// and https://"),
    ("/data.json", "type", "application/json, not a web page"),
    ("/file.pdf", "type", "not a web page"),
    ("/missing.html", "http", "HTTP 404"),
    ("/error", "http", "HTTP 500"),
])
async def test_refusals_say_why(site: LocalSite, fetcher: Fetcher, path: str, kind: str, words: str) -> None:
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(site.url(path))
    assert caught.value.kind == kind
    assert words in str(caught.value)


async def test_redirects_are_followed_to_the_page(site: LocalSite, fetcher: Fetcher) -> None:
    site.add_page("/article.html", PAGE)
    result = await fetcher.fetch(site.url("/moved"))
    assert result.url == site.url("/article.html") and result.body == PAGE.encode()


async def test_html_labelled_plain_text_is_sniffed(site: LocalSite, fetcher: Fetcher) -> None:
    assert b"labelled plain" in (await fetcher.fetch(site.url("/plain-html"))).body


async def test_robots_txt_is_respected(site: LocalSite, fetcher: Fetcher) -> None:
    site.add_page("/private/secret.html", PAGE)
    with pytest.raises(FetchError, match=r"robots\.txt does not allow") as caught:
        await fetcher.fetch(site.url("/private/secret.html"))
    assert caught.value.kind == "robots" and site.hits("/private/secret.html") == 0
    site.add_page("/article.html", PAGE)
    await fetcher.fetch(site.url("/article.html"))
    assert site.hits("/robots.txt") == 1  # read once per site


async def test_robots_txt_that_fails_disallows_and_a_missing_one_allows(site: LocalSite, fetcher: Fetcher) -> None:
    site.add_page("/article.html", PAGE)
    site.failing["/robots.txt"] = 503
    with pytest.raises(FetchError, match="HTTP 503"):
        await fetcher.fetch(site.url("/article.html"))
    other = Fetcher(TEST_FETCH)
    try:
        site.failing["/robots.txt"] = 404
        assert (await other.fetch(site.url("/article.html"))).status == 200
    finally:
        await other.close()


async def test_conditional_requests_get_304(site: LocalSite, fetcher: Fetcher) -> None:
    url = site.add_feed("/feed.xml", "<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>")
    first = await fetcher.fetch(url, "feed")
    again = await fetcher.fetch(url, "feed", etag=first.etag)
    assert again.not_modified and again.body == b""
    headers = [h for p, h in site.requests if p == "/feed.xml"][-1]
    assert headers["If-None-Match"] == first.etag
    since = await fetcher.fetch(url, "feed", last_modified=first.last_modified)
    assert since.not_modified


async def test_a_feed_url_that_serves_a_page_of_json_is_refused(site: LocalSite, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="not a feed"):
        await fetcher.fetch(site.url("/data.json"), "feed")


async def test_private_addresses_are_refused_unless_allowed(site: LocalSite) -> None:
    site.add_page("/article.html", PAGE)
    strict = Fetcher(dataclasses.replace(TEST_FETCH, allow_private_addresses=False))
    try:
        for host in ("127.0.0.1", "localhost", "[::1]", "169.254.169.254", "10.0.0.1"):
            with pytest.raises(FetchError) as caught:
                await strict.fetch(f"http://{host}:{site.port}/article.html")
            assert caught.value.kind == "refused", host
            assert "does not read local or private network addresses" in str(caught.value)
    finally:
        await strict.close()
    assert site.hits("/article.html") == 0


@pytest.mark.parametrize(("url", "words"), [
    ("ftp://example.com/x", "only http:// and https://"),
    ("javascript:alert(1)", "only http:// and https://"),
    ("https://user:pw@example.com/", "user name or password"),
    ("http:///nohost", "no host"),
])
async def test_bad_urls_are_refused_before_any_request(fetcher: Fetcher, url: str, words: str) -> None:
    with pytest.raises(FetchError, match=words) as caught:
        await fetcher.fetch(url)
    assert caught.value.kind == "bad_url"


async def test_one_host_is_not_asked_twice_within_the_delay(site: LocalSite) -> None:
    site.add_page("/a.html", PAGE)
    site.add_page("/b.html", PAGE)
    polite = Fetcher(dataclasses.replace(TEST_FETCH, per_host_delay=0.3, respect_robots=False))
    try:
        start = time.monotonic()
        await polite.fetch(site.url("/a.html"))
        await polite.fetch(site.url("/b.html"))
        assert time.monotonic() - start >= 0.3
    finally:
        await polite.close()
