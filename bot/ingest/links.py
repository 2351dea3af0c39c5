"""A link becomes a document: fetch the page (bot/fetch), keep its article (bot/ingest/html), extract, store.

The document's key is its URL normalised (`url_key`: scheme, `www.`, tracking parameters and fragments do
not count), taken from the page's canonical link when it names one on the same site, so the same article
reached through different links is one document. A page fetched again whose article is unchanged is left
as it is; a changed one replaces its facts. Every outcome says what was added or exactly why not.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from bot.fetch import Fetcher, FetchError, url_key
from bot.ingest.html import Article, page_to_article
from bot.ingest.reader import IngestError, SourceDocument, extract_facts, source_from_article
from bot.ingest.runner import counts
from bot.store import BASE, Store

log = logging.getLogger(__name__)

Status = Literal["added", "updated", "unchanged", "failed"]


@dataclass(slots=True)
class LinkOutcome:
    """What happened to one link: the document it became (title, outlet, date, counts) or why it did not."""

    url: str  # as given
    status: Status
    name: str | None = None  # the document's key
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    from_feed_text: bool = False  # the page could not be read: the feed item's own text was used

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def describe(self) -> str:
        """One or two sentences for the person who shared the link."""
        if self.status == "failed":
            return f"Not added: {self.url} — {self.reason}"
        label = f"“{self.title}”" if self.title else self.name or self.url
        where = " · ".join(x for x in (self.outlet, self.published or "undated") if x)
        if self.status == "unchanged":
            return f"Already in Factdesk, unchanged: {label} ({where})."
        c = self.counts
        found = (f"{_n(c.get('people', 0), 'person', 'people')}, {_n(c.get('quotes', 0), 'quote')}, "
                 f"{_n(c.get('dates', 0), 'date')}")
        verb = "Added" if self.status == "added" else "Updated"
        note = " (the page could not be read; the feed's own text was used)" if self.from_feed_text else ""
        return f"{verb} {label} ({where}): {found}{note}."


def _n(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def document_key(requested: str, final: str, canonical: str | None) -> str:
    """The key of the page read from `requested` (after redirects: `final`): its canonical URL when that is on
    the same site (a page cannot claim another site's article), else where it was read from."""
    if canonical and _site(canonical) == _site(final):
        return url_key(canonical)
    return url_key(final or requested)


def _site(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


async def ingest_link(store: Store, fetcher: Fetcher, url: str, *, executor: Executor | None = None,
                      fallback: Article | None = None, lock: asyncio.Lock | None = None,
                      library: int = BASE) -> LinkOutcome:
    """Fetch `url`, keep its article, store it in `library`. With `fallback` (a feed item's own text), a page that
    cannot be fetched or has no article text is stored from that instead. Never raises for a bad link.

    `lock` (the bot's ingest lock, shared with the corpus watcher and the digest) is held only while the
    document is written, never while a slow site is being read."""
    try:
        source, from_feed = await _read(fetcher, url, fallback)
    except (FetchError, IngestError) as exc:
        return LinkOutcome(url, "failed", reason=str(exc))
    return await store_source(store, source, url, executor=executor, lock=lock, from_feed_text=from_feed,
                              library=library)


async def store_source(store: Store, source: SourceDocument, url: str, *, executor: Executor | None = None,
                       lock: asyncio.Lock | None = None, from_feed_text: bool = False,
                       library: int = BASE) -> LinkOutcome:
    """Extract (in `executor`) and store a document read from the web in `library`, unless its article is
    already stored there."""
    outcome = LinkOutcome(url, "added", name=source.meta.name, title=source.meta.title, outlet=source.meta.outlet,
                          published=source.meta.published, from_feed_text=from_feed_text)
    stored = await store.document_hash(source.meta.name, library)
    if stored == source.content_hash:
        outcome.status = "unchanged"
        return outcome
    try:
        facts = await asyncio.get_running_loop().run_in_executor(executor, extract_facts, source)
        async with lock or contextlib.nullcontext():
            stored = await store.document_hash(source.meta.name, library)
            await store.replace_document(source, facts, library)
    except Exception as exc:  # one link's failure is reported, never a crash
        log.exception("link %s: extracting or storing failed", url)
        return LinkOutcome(url, "failed", reason=f"it could not be stored ({type(exc).__name__}); this has been logged")
    outcome.status = "updated" if stored else "added"
    outcome.counts = counts(facts)
    log.info("link %s: %s as %s", url, outcome.status, source.meta.name)
    return outcome


async def _read(fetcher: Fetcher, url: str, fallback: Article | None) -> tuple[SourceDocument, bool]:
    """The document for `url`, and whether it is the feed item's own text (the page could not be used)."""
    try:
        result = await fetcher.fetch(url, "page")
        article = await asyncio.to_thread(page_to_article, result.text(), result.url)
        if article is None:
            raise IngestError("no article text found in that page (an index, a login wall or a script-only page?)")
        name = document_key(url, result.url, article.url)
        if fallback is not None:  # what the page does not say, its feed item may
            article = dataclasses.replace(
                article, published=article.published or fallback.published, title=article.title or fallback.title,
                outlet=article.outlet or fallback.outlet)
        return source_from_article(name, article, url=result.url), False
    except (FetchError, IngestError) as exc:
        if fallback is None or not fallback.text.strip():
            raise
        log.info("link %s: %s; using the feed item's own text", url, exc)
        return source_from_article(url_key(fallback.url or url), fallback, url=fallback.url or url), True
