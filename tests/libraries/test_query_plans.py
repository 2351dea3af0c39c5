"""Scoped reads stay indexed: EXPLAIN QUERY PLAN of every statement a server's answers send (captured as sent,
as in tests/store/test_query_plans.py) — the library predicates are searched through indexes or applied to rows
already found by one, and no statement scans a table that grows with the corpus."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from bot.desk import Desk
from bot.store import Store
from tests.factories import ARTICLE, make_facts, make_source
from tests.store.test_query_plans import BOUNDED_SCANS, plan, traced

SERVER = 123


def table_scans(db: Path, sql: str) -> list[str]:
    """Scans of stored tables (a scan of a subquery's or a CTE's rows — found through indexes — is not one), and
    searches by an entity's kind alone (every person: as costly as a scan); also a walk of a whole library's
    documents to test them against a list (what SQLite may choose for `id IN (subquery) AND library IN (…)`)."""
    conn = sqlite3.connect(db)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    finally:
        conn.close()
    found = plan(db, sql)
    walks = [d for d in found if "documents_library" in d and "(library=?)" in d] if "LIST SUBQUERY 1" in found else []
    return walks + [d for d in found if (d.startswith("SCAN ") and d.split()[1] in tables
                                         and not BOUNDED_SCANS.match(d)) or d.endswith("(kind=?)")]


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    for name, library in (("a.txt", 0), ("b.txt", SERVER), ("c.txt", 456)):
        await s.replace_document(make_source(name, ARTICLE), make_facts(name), library)
    yield s
    await s.close()


ASKED = [
    ("who", lambda d: d.who("Jaishankar", SERVER)), ("who typo", lambda d: d.who("Jaishankr", SERVER)),
    ("who short list", lambda d: d.view(SERVER).last_published([1, 2])),
    ("when", lambda d: d.when("inauguration", SERVER)), ("when broad", lambda d: d.when("met", SERVER)),
    ("when fallback", lambda d: d.when("Rubio statement on mobility", SERVER)),
    ("quote", lambda d: d.quote("Jaishankar", SERVER)), ("quote source", lambda d: d.quote("Kremlin", SERVER)),
    ("check", lambda d: d.check("We firmly oppose illegal mobility", "Jaishankar", SERVER)),
    ("sources", lambda d: d.sources(library=SERVER)), ("source", lambda d: d.source("b.txt", SERVER)),
    ("help", lambda d: d.help(SERVER)),
    ("names", lambda d: d.complete_names("", library=SERVER)),
    ("names typed", lambda d: d.complete_names("Jai", library=SERVER)),
    ("events", lambda d: d.complete_events("", library=SERVER)),
    ("events typed", lambda d: d.complete_events("inau", library=SERVER)),
    ("documents", lambda d: d.complete_documents("b", library=SERVER)),
    ("own documents", lambda d: d.library_documents(SERVER)),
]


@pytest.mark.parametrize("what", [a[0] for a in ASKED])
async def test_a_servers_answers_read_through_indexes(store: Store, what: str) -> None:
    desk = Desk(store)
    ask = dict(ASKED)[what]
    statements = await traced(store, lambda: ask(desk))
    assert statements
    for sql in statements:
        assert table_scans(store.path, sql) == [], (what, sql)


async def test_writing_a_servers_document_links_names_through_indexes(store: Store) -> None:
    """Linking a server's names to the people its view knows: by name, by surname word, never person by person."""
    facts = make_facts("d.txt")  # its people named as they are known nowhere yet: linked by surname
    facts.entities = [dataclasses.replace(e, name=e.name.split()[-1]) for e in facts.entities]
    statements = await traced(store, lambda: store.replace_document(make_source("d.txt", ARTICLE), facts, SERVER))
    assert any("alias_tokens" in s for s in statements)
    for sql in statements:
        assert table_scans(store.path, sql) == [], sql
        library_walks = [d for d in plan(store.path, sql) if d.endswith("documents_library (library=?)")]
        assert library_walks == [], sql  # a write looks its document up, never every document of its library


async def test_the_library_predicate_is_an_index_search(store: Store) -> None:
    assert any("INDEX documents_library (library=?)" in d for d in plan(
        store.path, f"SELECT count(*) FROM documents WHERE library IN (0, {SERVER})"))
    listing = plan(store.path, "SELECT title FROM documents WHERE library = 0 ORDER BY published DESC, name LIMIT 9")
    assert listing == ["SEARCH documents USING INDEX documents_library_published (library=?)"]  # /sources: no sort
    assert any("INDEX entity_libraries_popular (library=?)" in d for d in plan(
        store.path, "SELECT entity_id FROM entity_libraries WHERE library = 0 ORDER BY mention_count DESC LIMIT 5"))
    assert any("alias_tokens USING PRIMARY KEY (library=? AND token>? AND token<?)" in d for d in plan(
        store.path, f"SELECT entity_id FROM alias_tokens WHERE library IN (0, {SERVER}) AND token >= 'ja'"
        " AND token < 'jb'"))
