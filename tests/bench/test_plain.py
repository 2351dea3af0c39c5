"""The plain-SQLite limit (bot/bench/plain.py) on a tiny corpus spread over two libraries: it fetches rows for
what the query mix asks, reads them through indexes only, and only from the asker's view."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from bot.bench.generate import generate
from bot.bench.measure import SERVER_IDS, assign_libraries, run_ingest
from bot.bench.plain import PlainDesk
from bot.bench.queries import build_queries

SEED, N = 7, 36
# Full scans allowed: a full-text or vocabulary table through its own index, and the LIMITed subqueries f, t.
BOUNDED_SCANS = re.compile(r"^SCAN (\w+ VIRTUAL TABLE INDEX \d+:\S*|f|t)$")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("plain")
    generate(N, root / "corpus", seed=SEED)
    db = root / "bench.db"
    return db, run_ingest(root / "corpus", db, libraries=1)  # article i → library i mod 2: base, server 1


@pytest.fixture
def plain(built: tuple[Path, dict]):
    desk = PlainDesk(built[0])
    yield desk
    desk.close()


def _queries() -> dict[str, list[dict]]:
    queries = build_queries(SEED, N, per_command=40, warmup=0)
    assign_libraries(queries, 1)  # in the server's view: base and server, the whole corpus
    return queries


def test_every_command_fetches_rows_for_most_hits(plain: PlainDesk) -> None:
    for command, qs in _queries().items():
        if command == "complete_events":  # half its prefixes are of places, which are not event words
            continue
        hits = [q for q in qs if q["kind"] == "hit"]
        found = [q for q in hits if plain.ask(command, q)]
        assert len(found) >= len(hits) * 0.6, (command, len(found), len(hits))
    assert plain.ask("who", {"q": "Zzyzx Qwrtp"}) == []
    assert plain.complete_events("") and plain.complete_events("the el") and not plain.complete_events("zzq")


def test_every_statement_reads_through_an_index(plain: PlainDesk, built: tuple[Path, dict]) -> None:
    sent: list[str] = []
    plain.trace(sent.append)
    for command, qs in _queries().items():
        for q in qs + [dict(q, library=0) for q in qs[:10]]:
            plain.ask(command, q)
    plain.trace(None)
    ours = {s for s in sent if s.startswith("SELECT") and "'main'." not in s}  # not FTS5's own reads
    for table in ("alias_tokens", "entity_aliases", "roles", "mentions", "event_keys", "sentences_fts", "quotes_fts",
                  "quotes_vocab", "event_words", "entity_libraries"):
        assert any(table in s for s in ours), table
    conn = sqlite3.connect(built[0])
    try:
        for sql in ours:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            assert [d for d in plan if d.startswith("SCAN ") and not BOUNDED_SCANS.match(d)] == [], (sql, plan)
            assert not any("quotes_vocab VIRTUAL TABLE INDEX 0:" in d for d in plan), sql  # the term is looked up
    finally:
        conn.close()


def test_rows_come_only_from_the_askers_view(plain: PlainDesk, built: tuple[Path, dict]) -> None:
    conn = sqlite3.connect(built[0])
    library = dict(conn.execute("SELECT name, library FROM documents"))
    conn.close()
    assert set(library.values()) == {0, SERVER_IDS + 1}
    seen: dict[int, set[int]] = {0: set(), SERVER_IDS + 1: set()}
    for q in _queries()["check"]:
        for view in seen:
            rows = plain.check(q["q"], library=view)  # (id, text, speaker name, speaker id, document name)
            seen[view] |= {library[r[4]] for r in rows}
    assert seen == {0: {0}, SERVER_IDS + 1: {0, SERVER_IDS + 1}}


def test_ingest_reports_bytes_per_table_with_indexes_and_full_text_shadows(built: tuple[Path, dict]) -> None:
    _, ingest = built
    sizes = ingest["table_bytes"]
    assert {"documents", "sentence_spans", "sentences_fts", "quotes_fts", "mentions"} <= set(sizes)
    assert not any(name.endswith(("_fts_data", "_fts_idx")) or name.startswith("sqlite_autoindex") for name in sizes)
    assert sum(sizes.values()) <= ingest["db_bytes"]
    assert ingest["rows"]["documents"] == N
