"""Web pages become articles: the article text and its metadata (title, author, date, outlet, canonical URL).

The extractor is trafilatura, chosen by measurement on ../shared/bench/article-extraction (91 real pages,
the benchmark's own scorer; `python -m bot eval html`): with these options F1 0.975 (precision 0.966,
recall 0.984); with its defaults 0.965. Published on the whole benchmark: trafilatura 0.958, newspaper4k
0.949, Readability.js 0.947, readability-lxml 0.922. Precision is favoured because a menu or a caption taken
for article text becomes a false fact; comments are not the article. The options are not tuned further to
these 91 pages: other pages of the same benchmark are harder.

The article text is what the store keeps and every offset points into; the page itself is not kept.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")

# trafilatura's options, by measurement (see the module docstring): one place, named by purpose.
EXTRACT_OPTIONS: dict[str, Any] = {
    "favor_precision": True,  # F1 0.975 against 0.965 with the defaults: less boilerplate, fewer false facts
    "include_comments": False,  # readers' comments are not the article
    "include_tables": True,  # tables in news are data (results, figures) worth citing
    "with_metadata": True,  # title, author, date (htmldate), site name, canonical URL
}
MAX_TITLE = 300  # characters: a <title> stuffed with keywords is clipped


@dataclass(frozen=True, slots=True)
class Article:
    """A page's article: `text` is what is stored and cited; the rest is metadata found in the page."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None  # the page's canonical URL when it names one, else the URL it was read from

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "author": self.author, "published": self.published, "outlet": self.outlet,
                "url": self.url}


def looks_like_html(raw: bytes) -> bool:
    """Whether bytes served without a clear type are a web page (a feed item's link may be anything)."""
    head = raw[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head


def page_to_article(raw: bytes | str, url: str | None = None) -> Article | None:
    """The article in a web page, or None when the page has no article text (a login wall, an index page).

    `url` is where the page was read from: it helps find the outlet and resolves a relative canonical link.
    Pure and synchronous (about 20-90 ms a page): run it off the event loop."""
    import trafilatura  # imported here: a second to load, and only pages need it

    try:
        doc = trafilatura.bare_extraction(raw, url=url, **EXTRACT_OPTIONS)
    except Exception as exc:  # a malformed page must be a skipped page, never a crash
        log.warning("html: trafilatura failed on %s: %s: %s", url or "a page", type(exc).__name__, exc)
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    return Article(
        text=_text(doc.text),
        title=_clean(doc.title, MAX_TITLE),
        author=_clean(doc.author, 200),
        published=_iso_date(doc.date),
        outlet=_clean(doc.sitename, 200) or _host(url or doc.url),
        url=_absolute(doc.url) or _absolute(url),
    )


def _text(text: str) -> str:
    """Paragraphs one a line, as corpus files have them; trailing spaces and runs of blank lines dropped."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _clean(value: str | None, limit: int) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value[:limit] or None


def _iso_date(value: str | None) -> str | None:
    """'2025-01-28' (htmldate's output format) checked as a real date; anything else is no date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def _absolute(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _host(url: str | None) -> str | None:
    """The outlet when the page names none: its host without 'www.'."""
    if not url or "://" not in url:
        return None
    host = url.split("://", 1)[1].split("/", 1)[0].split("@")[-1].split(":")[0].lower()
    return host.removeprefix("www.") or None
