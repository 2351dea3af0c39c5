"""A feed's bytes become its items: feedparser reads RSS 0.9x, 1.0, 2.0 and Atom (and forgives much).

Only bytes fetched by bot/fetch are parsed (feedparser is never given a URL), so every request goes through
the one client with its limits. Each item keeps its own text (content, else summary) as plain text: it is
used when the item's page cannot be fetched.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

_BLOCK_END = re.compile(r"(?i)<\s*(br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>")
_TAG = re.compile(r"<[^>]+>")
_FEED_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")


class FeedError(Exception):
    """The bytes are not a feed that can be read; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str  # the item's id (guid), else its link, else a hash of its title and text
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD
    text: str  # the item's own text, plain


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    items: list[FeedItem]


def parse_feed(body: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Items newest first (by date when the feed gives dates, else in the feed's order). Raises FeedError."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers)
    version = parsed.get("version") or ""
    if not parsed.entries and (parsed.get("bozo") or not version):
        why = parsed.get("bozo_exception")
        raise FeedError(f"this is not a feed Factdesk can read (RSS or Atom){f': {why}' if why else ''}")
    items = [_item(entry, url) for entry in parsed.entries]
    items = [i for i in items if i.link or i.text]
    dated = sorted((i for i in items if i.published), key=lambda i: i.published or "", reverse=True)
    undated = [i for i in items if not i.published]
    title = _clean(parsed.feed.get("title"))
    return ParsedFeed(title, dated + undated if dated else items)


def _item(entry: Any, base: str) -> FeedItem:
    link = entry.get("link") or None
    if link:
        link = urljoin(base, link)
    text = _plain(_content(entry))
    title = _clean(entry.get("title"))
    key = entry.get("id") or link or hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:32]
    return FeedItem(key=str(key)[:500], link=link, title=title, published=_date(entry), text=text)


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if c.get("value")]
    return max(values, key=len) if values else entry.get("summary", "") or ""


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC).date().isoformat()
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _plain(html: str) -> str:
    """Feed HTML (already sanitised by feedparser) as plain text, one paragraph a line."""
    import html as html_lib

    text = _TAG.sub("", _BLOCK_END.sub("\n", html))
    lines = [" ".join(html_lib.unescape(line).split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    import html as html_lib

    return " ".join(html_lib.unescape(_TAG.sub("", value)).split())[:300] or None


def discover_feeds(page: bytes, base: str) -> list[str]:
    """Feed links a web page announces (<link rel="alternate" type="application/rss+xml" href=…>), so that
    /feed add accepts a site's address as well as its feed's."""
    head = page[:200_000].decode("utf-8", "replace")
    found: list[str] = []
    for tag in _FEED_LINK.findall(head):
        attrs = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "") for m in _ATTR.finditer(tag)}
        if "alternate" in attrs.get("rel", "").lower().split() and attrs.get("type", "").lower() in FEED_TYPES:
            href = attrs.get("href")
            if href and (url := urljoin(base, href)) not in found:
                found.append(url)
    return found
