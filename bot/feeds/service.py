"""Feeds: add, list, remove, and poll — each new item's page fetched and ingested once.

A poll asks for the feed conditionally (ETag / Last-Modified: a 304 costs the site nothing), reads the new
items (newest first, at most max_items_per_poll), fetches each item's page and stores its article; when the
page cannot be read, the item's own text is stored instead. A feed that fails waits twice as long each time
(up to max_backoff_hours); one that works goes back to its interval. State lives in the store, so a restart
resumes where it stopped and never reads an item twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.feeds.config import FeedSettings
from bot.feeds.parse import FeedError, FeedItem, ParsedFeed, discover_feeds, parse_feed
from bot.fetch import Fetcher, FetchError, check_url, url_key
from bot.fetch.urls import BadURL
from bot.ingest.html import Article, looks_like_html
from bot.ingest.links import LinkOutcome, ingest_link, store_source
from bot.ingest.reader import IngestError, source_from_article
from bot.libraries import LibrarySettings
from bot.store import BASE, Store
from bot.store.feeds import FeedRow, FeedUpdate

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """The one text form of a time in the feeds tables (compared as text)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class FeedPoll:
    """One poll of one feed: what became of its new items, or why the feed could not be read."""

    feed: FeedRow
    outcomes: list[LinkOutcome] = field(default_factory=list)
    error: str | None = None
    not_modified: bool = False
    title: str | None = None

    @property
    def added(self) -> list[LinkOutcome]:
        return [o for o in self.outcomes if o.status in ("added", "updated")]


class FeedProblem(Exception):
    """A feed cannot be added or removed; the message says why, for the admin who asked."""


class Feeds:
    def __init__(self, store: Store, fetcher: Callable[[], Fetcher], settings: FeedSettings | None = None,
                 executor: Callable[[], Executor | None] = lambda: None, clock: Clock = utc_now,
                 libraries: LibrarySettings | None = None) -> None:
        self.store = store
        self.libraries = libraries  # which servers may follow feeds (None: all)
        self._fetcher = fetcher  # the Desk's, created on first use
        self.settings = settings or FeedSettings()
        self._executor = executor
        self.clock = clock
        self._polling = asyncio.Lock()  # one poll round at a time (the background task, `feed poll`, a test)

    @property
    def fetcher(self) -> Fetcher:
        return self._fetcher()

    # add / list / remove ---------------------------------------------------------------------------------

    async def add(self, url: str, added_by: str | None = None, interval_minutes: float | None = None,
                  library: int = BASE) -> FeedRow:
        """Check that `url` is a feed (or a page announcing one), store it as `library`'s, due at once. Its items
        become documents of that library. Raises FeedProblem."""
        if self.libraries is not None and (why := self.libraries.refusal(library, "feeds")):
            raise FeedProblem(why)
        minutes = self.settings.interval_minutes if interval_minutes is None else interval_minutes
        if minutes < self.settings.min_interval_minutes:
            raise FeedProblem(f"a feed is read at most every {self.settings.min_interval_minutes:g} minutes")
        try:
            url = check_url(url)
        except BadURL as exc:
            raise FeedProblem(str(exc)) from exc
        if await self.store.feed(url_key(url), library):
            raise FeedProblem(f"{url} is already followed")
        feed_url, parsed = await self._read_new(url)
        key = url_key(feed_url)
        row = await self.store.add_feed(feed_url, key, parsed.title, added_by, stamp(self.clock()), int(minutes * 60),
                                        library)
        if row is None:
            raise FeedProblem(f"{feed_url} is already followed")
        log.info("feeds: %s added %s (%d items now)", added_by or "someone", feed_url, len(parsed.items))
        return row

    async def _read_new(self, url: str) -> tuple[str, ParsedFeed]:
        """The feed at `url`, or the first one the page at `url` announces."""
        try:
            result = await self.fetcher.fetch(url, "feed")
            if looks_like_html(result.body) and (found := discover_feeds(result.body, result.url)):
                url = found[0]
                result = await self.fetcher.fetch(url, "feed")
            return url, await asyncio.to_thread(parse_feed, result.body, result.url, result.content_type)
        except (FetchError, FeedError) as exc:
            raise FeedProblem(str(exc)) from exc

    async def list(self, library: int = BASE) -> list[FeedRow]:
        """The feeds `library` follows."""
        return await self.store.feeds(library)

    async def remove(self, url: str, library: int = BASE) -> FeedRow:
        """Stop following one of `library`'s feeds (its articles stay). Raises FeedProblem when it does not
        follow it."""
        key = url_key(url.strip()) if "://" in url else url.strip()
        row = await self.store.feed(key, library)
        if row is None or not await self.store.remove_feed(key, library):
            raise FeedProblem(f"no feed {url.strip()[:200]} is followed (see /feed list)")
        return row

    # polling -----------------------------------------------------------------------------------------------

    async def poll_due(self, lock: asyncio.Lock | None = None) -> list[FeedPoll]:
        """Poll the feeds whose time has come (the background task calls this every tick)."""
        async with self._polling:
            due = await self.store.due_feeds(stamp(self.clock()))
            return [await self.poll(feed, lock) for feed in due if self._may_poll(feed)]

    async def poll_all(self, lock: asyncio.Lock | None = None, library: int | None = None) -> list[FeedPoll]:
        """Poll every feed once, due or not (`feed poll`): every library's, or one library's."""
        async with self._polling:
            return [await self.poll(feed, lock) for feed in await self.store.feeds(library) if self._may_poll(feed)]

    def _may_poll(self, feed: FeedRow) -> bool:
        """A server whose feeds the operator turned off has its feeds kept but not read."""
        return self.libraries is None or self.libraries.allows(feed.library, "feeds")

    async def poll(self, feed: FeedRow, lock: asyncio.Lock | None = None) -> FeedPoll:
        """Read one feed and ingest its new items. Never raises: a failure is recorded and backed off."""
        now = self.clock()
        try:
            result = await self.fetcher.fetch(feed.url, "feed", etag=feed.etag, last_modified=feed.last_modified)
            if result.not_modified:
                await self.store.feed_polled(feed.id, FeedUpdate(stamp(now), self._next(now, feed, 0)))
                return FeedPoll(feed, not_modified=True)
            parsed = await asyncio.to_thread(parse_feed, result.body, result.url, result.content_type)
        except (FetchError, FeedError) as exc:
            return await self._failed(feed, now, str(exc))
        except Exception as exc:  # never let one feed stop the others
            log.exception("feeds: polling %s failed", feed.url)
            return await self._failed(feed, now, f"{type(exc).__name__}: {exc}")
        poll = FeedPoll(feed, title=parsed.title)
        for item in await self._new_items(feed, parsed):
            poll.outcomes.append(await self._ingest_item(feed, parsed, item, lock))
        await self.store.feed_polled(feed.id, FeedUpdate(
            stamp(now), self._next(now, feed, 0), etag=result.etag, last_modified=result.last_modified,
            title=parsed.title, items_added=len(poll.added)))
        if poll.added:
            log.info("feeds: %s: %d new item(s)", feed.url, len(poll.added))
        return poll

    async def _failed(self, feed: FeedRow, now: datetime, error: str) -> FeedPoll:
        errors = feed.errors + 1
        next_fetch = self._next(now, feed, errors)
        log.warning("feeds: %s: %s (failure %d in a row; next try %s)", feed.url, error, errors, next_fetch)
        await self.store.feed_polled(feed.id, FeedUpdate(stamp(now), next_fetch, error=error[:500], errors=errors))
        return FeedPoll(feed, error=error)

    def _next(self, now: datetime, feed: FeedRow, errors: int) -> str:
        """Interval, doubled per failure in a row, capped at max_backoff_hours."""
        seconds = feed.interval_seconds * (2 ** min(errors, 16))
        seconds = min(seconds, max(feed.interval_seconds, self.settings.max_backoff_hours * 3600))
        return stamp(now + timedelta(seconds=seconds))

    async def _new_items(self, feed: FeedRow, parsed: ParsedFeed) -> list[FeedItem]:
        """Items never read (and failed ones with tries left), newest first, at most max_items_per_poll."""
        items = parsed.items
        seen = await self.store.seen_items(feed.id, [i.key for i in items])
        fresh = [i for i in items if i.key not in seen
                 or (seen[i.key].status == "failed" and seen[i.key].attempts < self.settings.retries)]
        return fresh[: self.settings.max_items_per_poll]

    async def _ingest_item(self, feed: FeedRow, parsed: ParsedFeed, item: FeedItem,
                           lock: asyncio.Lock | None) -> LinkOutcome:
        own = Article(text=item.text, title=item.title, published=item.published,
                      outlet=parsed.title or feed.title, url=item.link)
        if item.link:
            outcome = await ingest_link(self.store, self.fetcher, item.link, executor=self._executor(),
                                        fallback=own, lock=lock, library=feed.library)
        else:
            outcome = await self._ingest_own_text(feed, item, own, lock)
        await self.store.record_item(feed.id, item.key, item.link, outcome.name,
                                     outcome.status, stamp(self.clock()))
        return outcome

    async def _ingest_own_text(self, feed: FeedRow, item: FeedItem, own: Article,
                               lock: asyncio.Lock | None) -> LinkOutcome:
        """An item without a link: its own text is the document."""
        label = item.title or item.key
        try:
            source = source_from_article(f"{feed.key}#{item.key}"[:300], own)
        except IngestError as exc:
            return LinkOutcome(label, "failed", reason=str(exc))
        return await store_source(self.store, source, label, executor=self._executor(), lock=lock,
                                  from_feed_text=True, library=feed.library)
