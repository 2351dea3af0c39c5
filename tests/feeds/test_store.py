"""The feeds tables: migration 5 from a version-4 database, and the feed state SQL."""

from __future__ import annotations

from pathlib import Path

from bot.store import SCHEMA_VERSION, Store
from bot.store.feeds import FeedUpdate
from tests.store.legacy import legacy_db
from tests.store.legacy import rows as _rows

NOW = "2025-02-05T09:00:00+00:00"


async def test_version_5_adds_feeds_and_keeps_documents(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    legacy_db(path, 4)
    store = await Store.open(path)
    try:
        assert SCHEMA_VERSION >= 5 and await store.document_count() == 2
        assert await store.feeds() == []
    finally:
        await store.close()
    names = {r[0] for r in _rows(path, "SELECT name FROM sqlite_schema")}
    assert {"feeds", "feed_items", "feeds_due", "documents_path"} <= names
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]


async def test_feed_state(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "f.db")
    try:
        row = await store.add_feed("https://x.example/rss", "x.example/rss", "X", "admin", NOW, 1800)
        assert row is not None and row.next_fetch == NOW and row.errors == 0
        assert await store.add_feed("http://x.example/rss", "x.example/rss", None, None, NOW, 60) is None
        assert [f.key for f in await store.due_feeds(NOW)] == ["x.example/rss"]
        await store.feed_polled(row.id, FeedUpdate(NOW, "2025-02-05T09:30:00+00:00", etag='"e"', items_added=2))
        assert await store.due_feeds(NOW) == []
        await store.feed_polled(row.id, FeedUpdate(NOW, "2025-02-05T10:00:00+00:00", error="HTTP 500", errors=1))
        again = await store.feed("x.example/rss")
        assert again is not None and again.etag == '"e"' and again.items_read == 2 and again.last_error == "HTTP 500"
        await store.record_item(row.id, "guid-1", "https://x.example/a", None, "failed", NOW)
        await store.record_item(row.id, "guid-1", "https://x.example/a", "x.example/a", "added", NOW)
        seen = await store.seen_items(row.id, ["guid-1", "guid-2"])
        assert list(seen) == ["guid-1"] and seen["guid-1"].attempts == 2 and seen["guid-1"].document == "x.example/a"
        assert await store.remove_feed("x.example/rss") and not await store.remove_feed("x.example/rss")
        assert _rows(tmp_path / "f.db", "SELECT count(*) FROM feed_items") == [(0,)]
    finally:
        await store.close()
