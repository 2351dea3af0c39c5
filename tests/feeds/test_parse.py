"""RSS 0.91, 1.0, 2.0 and Atom through feedparser: items with link, date and their own text."""

from __future__ import annotations

import pytest

from bot.feeds import FeedError, parse_feed
from bot.feeds.parse import discover_feeds
from tests.feeds.samples import STORIES, atom, rss091, rss1, rss2

BASE = "https://news.example"


@pytest.mark.parametrize(("build", "dated"), [(rss2, True), (atom, True), (rss1, True), (rss091, False)])
def test_every_format_gives_its_items(build, dated: bool) -> None:
    feed = parse_feed(build(BASE, STORIES).encode(), f"{BASE}/feed")
    assert feed.title and len(feed.items) == 3
    links = {i.link.split("?")[0] for i in feed.items if i.link}
    assert links == {f"{BASE}/news/{s.slug}" for s in STORIES}
    assert all(STORIES[0].person in i.text or STORIES[1].person in i.text or STORIES[2].person in i.text
               for i in feed.items)
    assert "<p>" not in feed.items[0].text
    if dated:
        assert [i.published for i in feed.items] == ["2025-02-05", "2025-02-04", "2025-02-03"]  # newest first
    assert len({i.key for i in feed.items}) == 3


def test_rss2_keys_are_guids_and_text_keeps_paragraphs() -> None:
    item = next(i for i in parse_feed(rss2(BASE, STORIES).encode(), BASE).items if "wong" in i.key)
    assert item.key == "story-wong-trade"
    assert item.text.count("\n") == 1


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b'{"json": 1}', b"\x00\x01garbage"])
def test_what_is_not_a_feed_is_refused(body: bytes) -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(body, BASE)


def test_a_page_announces_its_feeds() -> None:
    page = (b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml" title="RSS">'
            b"<link rel='alternate' type='application/atom+xml' href='https://other.example/atom'>"
            b'<link rel="stylesheet" href="/x.css"></head><body></body></html>')
    assert discover_feeds(page, f"{BASE}/world/") == [f"{BASE}/rss.xml", "https://other.example/atom"]
