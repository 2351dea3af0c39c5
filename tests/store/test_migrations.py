"""Migrations: each one taken from the previous version with the data kept, and a schema SQLite checks cleanly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store import SCHEMA_VERSION, Store
from bot.store.doctor import diagnose
from bot.store.migrations import MIGRATIONS
from tests.factories import ARTICLE, make_facts, make_source
from tests.store.legacy import legacy_db
from tests.store.legacy import rows as _rows


async def test_version_4_reorders_aliases_with_every_row_index_and_trigger(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    legacy_db(path, 3)
    aliases = _rows(path, "SELECT norm, entity_id, document_id, alias FROM aliases")
    summary = _rows(path, "SELECT entity_id, alias, norm, documents FROM entity_aliases")
    assert aliases and _rows(path, "PRAGMA user_version") == [(3,)]

    store = await Store.open(path)
    try:
        assert (await store._all("PRAGMA user_version"))[0][0] == SCHEMA_VERSION >= 4
        assert _rows(path, "SELECT norm, entity_id, document_id, alias FROM aliases") == aliases
        assert _rows(path, "SELECT entity_id, alias, norm, documents FROM entity_aliases") == summary
        names = {r[0] for r in _rows(path, "SELECT name FROM sqlite_schema WHERE tbl_name = 'aliases'")}
        assert names >= {"aliases", "aliases_entity", "aliases_document", "aliases_summary_ai", "aliases_summary_ad"}
        await store.remove_document("a.txt")  # the summary triggers still keep entity_aliases in step
        ids = await store.entities_by_alias("jaishankar")
        assert (await store.aliases_of(ids))[ids[0]][0][2] == 1
        await store.replace_document(make_source("c.txt", ARTICLE), make_facts("c.txt"))
        assert (await store.aliases_of(ids))[ids[0]][0][2] == 2
    finally:
        await store.close()


async def test_integrity_check_is_clean_on_every_sqlite(tmp_path: Path) -> None:
    """SQLite 3.40 (Debian 12) printed a false "NULL value in aliases.alias" per alias row with schema 3."""
    path = tmp_path / "t.db"
    store = await Store.open(path)
    try:
        for name in ("a.txt", "b.txt"):
            await store.replace_document(make_source(name, ARTICLE), make_facts(name))
    finally:
        await store.close()
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]


async def test_version_10_puts_every_document_feed_and_digest_in_the_base_library(tmp_path: Path) -> None:
    """Schema 9 → 10 (libraries): documents, their facts, feeds with their items, digests and settings all kept;
    everything is the base library's; per-library summaries equal the old overall counts; a clean database."""
    path = tmp_path / "v9.db"
    legacy_db(path, 9)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("INSERT INTO feeds(url, key, title, added_at, interval_seconds, next_fetch)"
                 " VALUES ('https://x.example/rss', 'x.example/rss', 'X', 'then', 1800, 'then')")
    conn.execute("INSERT INTO feed_items(feed_id, item_key, link, document, status, seen_at)"
                 " VALUES (1, 'g1', 'https://x.example/1', 'a.txt', 'added', 'then')")
    conn.execute("INSERT INTO digests(period, channel_id, watermark, edge, status, claimed_at)"
                 " VALUES ('2025-01-28', 42, '2025-01-28T08:00:00+00:00', '[]', 'posted', 'then')")
    conn.close()
    before = {
        "entities": _rows(path, "SELECT id, name, norm, mention_count, document_count FROM entities"),
        "aliases": _rows(path, "SELECT entity_id, alias, norm, documents FROM entity_aliases"),
        "tokens": _rows(path, "SELECT token, entity_id FROM alias_tokens"),
        "documents": _rows(path, "SELECT id, name, content_hash, ingested_at, text FROM documents"),
        "sentences": _rows(path, "SELECT * FROM sentences"),
        "event words": _rows(path, "SELECT key, norm, trigger, n FROM event_words"),
    }
    store = await Store.open(path)
    try:
        assert (await store._all("PRAGMA user_version"))[0][0] == SCHEMA_VERSION >= 10
        for view in (store, store.scoped(123)):  # the base library: seen by the console and by every server
            assert await view.document_count() == 2
            ids = await view.entities_by_alias("jaishankar")
            assert await view.document_count_of(ids[0]) == 2
            assert (await view.entities(ids))[ids[0]].name == "S. Jaishankar"
        assert [f.library for f in await store.feeds()] == [0] and (await store.feeds(123)) == []
        assert (await store.digest("2025-01-28")).status == "posted"  # type: ignore[union-attr]
        assert await store.libraries() == {0: 2}
    finally:
        await store.close()
    assert _rows(path, "SELECT id, name, content_hash, ingested_at, text FROM documents") == before["documents"]
    assert _rows(path, "SELECT DISTINCT library FROM documents") == [(0,)]
    assert _rows(path, "SELECT * FROM sentences") == before["sentences"]
    assert _rows(path, "SELECT entity_id, name, norm, mention_count, document_count FROM entity_libraries") == \
        [e for e in before["entities"] if e[4] > 0]
    assert _rows(path, "SELECT entity_id, alias, norm, documents FROM entity_aliases WHERE library = 0") == \
        before["aliases"]
    assert _rows(path, "SELECT token, entity_id FROM alias_tokens WHERE library = 0") == before["tokens"]
    assert _rows(path, "SELECT feed_id, item_key FROM feed_items") == [(1, "g1")]
    assert _rows(path, "SELECT key, norm, trigger, n FROM event_words WHERE library = 0") == before["event words"]
    assert before["event words"]
    assert _rows(path, "PRAGMA foreign_key_check") == []
    assert _rows(path, "PRAGMA integrity_check") == [("ok",)]
    report = diagnose(path)
    assert report.healthy, report.render()

    store = await Store.open(path)  # and it goes on working: replace, remove, a server's own copy
    try:
        await store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"), library=123)
        assert await store.remove_document("b.txt")
        ids = await store.entities_by_alias("jaishankar")
        assert await store.document_count_of(ids[0]) == 1
        assert await store.scoped(123).document_count_of(ids[0]) == 2
    finally:
        await store.close()
    assert diagnose(path).healthy


def test_without_rowid_tables_put_their_primary_key_first_in_order(tmp_path: Path) -> None:
    """The layout that triggers the false alarm, checked on any SQLite: the key columns lead, in key order."""
    conn = sqlite3.connect(tmp_path / "s.db")
    try:
        for script in MIGRATIONS:
            conn.executescript(script)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                              " AND sql LIKE '%WITHOUT ROWID%'")]
        assert "aliases" in tables
        for table in tables:
            columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
            key = [c[1] for c in sorted((c for c in columns if c[5]), key=lambda c: c[5])]
            assert [c[1] for c in columns[: len(key)]] == key, table
    finally:
        conn.close()
