"""Each speaker's distinct quotes per library (migration 12), kept by triggers: whatever is written, rewritten or
removed, in whichever library, /who's and /quote's count read from the summary equals counting the quotes, and
the doctor finds the summary equal to the facts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.extract.facts import Entity, Facts, Quote
from bot.store import Store
from bot.store.doctor import check_counters
from tests.factories import make_source, span

SERVER = 123


def quoting(name: str, speaker: str, *words: str) -> tuple[object, Facts]:
    text = " ".join(f"“{w},” {speaker} said." for w in words)
    s = span(text, speaker)
    quotes = []
    for w in words:
        q = span(text, w)
        quotes.append(Quote(*q, w, "direct", speaker, "person", *span(text, speaker, q[1]), "said"))
    facts = Facts(name, "2025-03-01", [(0, len(text))],
                  entities=[Entity(speaker, "person", [speaker], [], [s])], quotes=quotes)
    return make_source(name, text, "2025-03-01"), facts


async def counted(store: Store, library: int, entity_id: int) -> int:
    """The count as it was made before the summary: every quote of the speaker in view, grouped."""
    view = "(0)" if library == 0 else f"(0, {library})"
    async with store.conn.execute(
        "SELECT count(DISTINCT coalesce(nullif(q.norm, ''), q.text)) FROM quotes q JOIN documents d"
        f" ON d.id = q.document_id WHERE q.speaker_entity_id = ? AND d.library IN {view}", (entity_id,)) as cur:
        return int((await cur.fetchone())[0])


async def speakers(store: Store) -> set[int]:
    async with store.conn.execute("SELECT id FROM entities") as cur:
        return {r[0] for r in await cur.fetchall()}


async def agree(store: Store) -> None:
    conn = store._bulk
    assert check_counters(conn).ok, check_counters(conn).problems
    for entity_id in await speakers(store):
        for library in (0, SERVER):
            assert await store.scoped(library).quote_count_of(entity_id) == await counted(store, library, entity_id)


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


async def test_the_summary_follows_writes_rewrites_and_removals_in_every_library(store: Store) -> None:
    await store.replace_document(*quoting("a.txt", "Penny Wong", "Borders are not walls", "Talks resume"))
    await store.replace_document(*quoting("b.txt", "Penny Wong", "Borders are not walls"))  # the same words
    await store.replace_document(*quoting("c.txt", "Penny Wong", "Borders are not walls", "A server's own"), SERVER)
    await agree(store)
    wong = next(iter(await speakers(store)))
    assert await store.scoped(0).quote_count_of(wong) == 2
    assert await store.scoped(SERVER).quote_count_of(wong) == 3  # the base library's words are counted once
    await store.replace_document(*quoting("a.txt", "Penny Wong", "Something else entirely"))  # rewritten
    await agree(store)
    assert await store.scoped(0).quote_count_of(wong) == 2
    await store.remove_document("b.txt")
    await agree(store)
    await store.remove_document("a.txt")  # the base library has no quote of hers left
    await agree(store)
    assert await store.scoped(0).quote_count_of(wong) == 0
    assert await store.scoped(SERVER).quote_count_of(wong) == 2
    await store.remove_document("c.txt", SERVER)
    await agree(store)
    async with store.conn.execute("SELECT count(*) FROM speaker_quotes") as cur:
        assert (await cur.fetchone())[0] == 0


async def test_schema_12_rebuilds_a_speaker_index_that_holds_every_quote(tmp_path: Path) -> None:
    """Databases migrated by schema 7's first version index every quote's speaker name (external content):
    migration 12 rebuilds the index with the quotes linked to no entity only, and builds the summaries."""
    path = tmp_path / "old.db"
    store = await Store.open(path)
    await store.replace_document(*quoting("a.txt", "Penny Wong", "Borders are not walls"))
    await store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in (
        "DROP TRIGGER documents_published_au", "DROP INDEX quotes_speaker_published",  # undo migration 13
        "DROP INDEX quotes_norm", "ALTER TABLE quotes DROP COLUMN published", "ALTER TABLE quotes DROP COLUMN library",
        "CREATE INDEX quotes_speaker ON quotes(speaker_entity_id)", "CREATE INDEX quotes_norm ON quotes(norm)",
        "DROP TRIGGER speaker_quote_counts_ai", "DROP TRIGGER speaker_quote_counts_ad",
        "DROP TRIGGER speaker_quotes_ai", "DROP TRIGGER speaker_quotes_ad", "DROP TRIGGER speaker_quotes_au",
        "DROP TABLE speaker_quotes",
        "DROP TABLE speaker_quote_counts", "DROP TABLE quote_speakers_fts",
        "CREATE VIRTUAL TABLE quote_speakers_fts USING fts5(speaker_name, content='quotes', content_rowid='id')",
        "INSERT INTO quote_speakers_fts(quote_speakers_fts) VALUES ('rebuild')", "PRAGMA user_version = 11",
    ):
        conn.execute(statement)
    assert conn.execute("SELECT count(*) FROM quote_speakers_fts WHERE quote_speakers_fts MATCH 'wong'").fetchone()[0]
    conn.close()
    store = await Store.open(path)
    try:
        async with store.conn.execute("SELECT count(*) FROM quote_speakers_fts WHERE quote_speakers_fts MATCH 'wong'"
                                      ) as cur:
            assert (await cur.fetchone())[0] == 0
        await agree(store)
    finally:
        await store.close()
