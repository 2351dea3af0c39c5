"""SQL for news feeds: the feeds, their polling state (conditional-request validators, errors, next poll) and
the items already read from each, so an item is fetched and ingested once, across restarts.

A mixin of Store, like DigestStore. Times are UTC ISO strings to the second ("2025-01-21T09:30:00+00:00"),
compared as text; due feeds come from an index on next_fetch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import aiosqlite

from bot.store.scope import BASE

MAX_FEEDS = 500  # listed at most; a server with more is not what this bot is for
_COLUMNS = ("id, url, key, title, added_by, added_at, interval_seconds, etag, last_modified, last_fetch, "
            "last_success, last_error, errors, next_fetch, items_read, library")


@dataclass(frozen=True, slots=True)
class FeedRow:
    id: int
    url: str
    key: str
    title: str | None
    added_by: str | None
    added_at: str
    interval_seconds: int
    etag: str | None
    last_modified: str | None
    last_fetch: str | None
    last_success: str | None
    last_error: str | None
    errors: int
    next_fetch: str
    items_read: int
    library: int = 0  # where its articles go: the base library, or the server that follows it


@dataclass(frozen=True, slots=True)
class SeenItem:
    status: str
    attempts: int
    document: str | None


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """What one poll of a feed found: recorded in one statement."""

    now: str
    next_fetch: str
    error: str | None = None
    errors: int = 0
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    items_added: int = 0


class FeedStore:
    conn: aiosqlite.Connection

    if TYPE_CHECKING:
        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

    async def _feed_rows(self, sql: str, params: Iterable[object] = ()) -> list[FeedRow]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return [FeedRow(*row) for row in await cur.fetchall()]

    async def add_feed(self, url: str, key: str, title: str | None, added_by: str | None, now: str,
                       interval_seconds: int, library: int = BASE) -> FeedRow | None:
        """Store a new feed of `library`, due at once. None when that library already follows it."""
        async with self.transaction() as conn:
            cur = await conn.execute(
                "INSERT OR IGNORE INTO feeds(library, url, key, title, added_by, added_at, interval_seconds,"
                " next_fetch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (library, url, key, title, added_by, now, interval_seconds, now))
            if not cur.rowcount:
                return None
        return await self.feed(key, library)

    async def feed(self, key: str, library: int = BASE) -> FeedRow | None:
        rows = await self._feed_rows(f"SELECT {_COLUMNS} FROM feeds WHERE library = ? AND key = ?", (library, key))
        return rows[0] if rows else None

    async def feeds(self, library: int | None = BASE) -> list[FeedRow]:
        """The feeds one library follows (None: every library's, for polling)."""
        if library is None:
            return await self._feed_rows(f"SELECT {_COLUMNS} FROM feeds ORDER BY id LIMIT ?", (MAX_FEEDS * 20,))
        return await self._feed_rows(
            f"SELECT {_COLUMNS} FROM feeds WHERE library = ? ORDER BY id LIMIT ?", (library, MAX_FEEDS))

    async def due_feeds(self, now: str, limit: int = 50) -> list[FeedRow]:
        return await self._feed_rows(
            f"SELECT {_COLUMNS} FROM feeds WHERE next_fetch <= ? ORDER BY next_fetch LIMIT ?", (now, limit))

    async def remove_feed(self, key: str, library: int = BASE) -> bool:
        """Forget one library's feed and its items (the documents it brought stay: they are sources now)."""
        async with self.transaction() as conn:
            cur = await conn.execute("DELETE FROM feeds WHERE library = ? AND key = ?", (library, key))
            return bool(cur.rowcount)

    async def seen_items(self, feed_id: int, keys: Sequence[str]) -> dict[str, SeenItem]:
        """The items among `keys` already met in this feed, with how they went."""
        found: dict[str, SeenItem] = {}
        for i in range(0, len(keys), 500):
            chunk = list(keys[i:i + 500])
            marks = ", ".join("?" * len(chunk))
            async with self.conn.execute(
                "SELECT item_key, status, attempts, document FROM feed_items"
                f" WHERE feed_id = ? AND item_key IN ({marks})",
                (feed_id, *chunk),
            ) as cur:
                for key, status, attempts, document in await cur.fetchall():
                    found[key] = SeenItem(status, attempts, document)
        return found

    async def record_item(self, feed_id: int, key: str, link: str | None, document: str | None, status: str,
                          now: str) -> None:
        async with self.transaction() as conn:
            await conn.execute(
                "INSERT INTO feed_items(feed_id, item_key, link, document, status, attempts, seen_at)"
                " VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT(feed_id, item_key) DO UPDATE SET"
                " document = coalesce(excluded.document, document), status = excluded.status,"
                " attempts = attempts + 1, seen_at = excluded.seen_at",
                (feed_id, key, link, document, status, now))

    async def feed_polled(self, feed_id: int, update: FeedUpdate) -> None:
        """Record one poll: validators and title when it worked, the error and the backoff when it did not."""
        u = update
        async with self.transaction() as conn:
            if u.error is None:
                await conn.execute(
                    "UPDATE feeds SET last_fetch = ?, last_success = ?, last_error = NULL, errors = 0,"
                    " next_fetch = ?, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
                    " title = coalesce(?, title), items_read = items_read + ? WHERE id = ?",
                    (u.now, u.now, u.next_fetch, u.etag, u.last_modified, u.title, u.items_added, feed_id))
            else:
                await conn.execute(
                    "UPDATE feeds SET last_fetch = ?, last_error = ?, errors = ?, next_fetch = ?,"
                    " items_read = items_read + ? WHERE id = ?",
                    (u.now, u.error, u.errors, u.next_fetch, u.items_added, feed_id))
