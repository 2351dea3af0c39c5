"""Migrations: each one taken from the previous version with the data kept, and a schema SQLite checks cleanly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import bot.store.db as db
from bot.store import SCHEMA_VERSION, Store
from bot.store.migrations import MIGRATIONS
from tests.factories import ARTICLE, make_facts, make_source


async def _store_at(version: int, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database written by the Factdesk that stopped at schema `version`, holding two documents."""
    with monkeypatch.context() as patch:
        patch.setattr(db, "MIGRATIONS", MIGRATIONS[:version])
        patch.setattr(db, "SCHEMA_VERSION", version)
        store = await Store.open(path)
        try:
            for name in ("a.txt", "b.txt"):
                await store.replace_document(make_source(name, ARTICLE), make_facts(name))
        finally:
            await store.close()


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


async def test_version_4_reorders_aliases_with_every_row_index_and_trigger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v3.db"
    await _store_at(3, path, monkeypatch)
    aliases = _rows(path, "SELECT norm, entity_id, document_id, alias FROM aliases")
    summary = _rows(path, "SELECT * FROM entity_aliases")
    assert aliases and _rows(path, "PRAGMA user_version") == [(3,)]

    store = await Store.open(path)
    try:
        assert (await store._all("PRAGMA user_version"))[0][0] == SCHEMA_VERSION >= 4
        assert _rows(path, "SELECT norm, entity_id, document_id, alias FROM aliases") == aliases
        assert _rows(path, "SELECT * FROM entity_aliases") == summary
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
