"""The store keeps documents whole: idempotent re-ingest, replacement, removal, failures isolated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.extract.facts import Entity, Facts
from bot.store import SCHEMA_VERSION, Store, StoreError
from tests.factories import ARTICLE, make_facts, make_source
from tests.store.legacy import legacy_db


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


async def count(store: Store, table: str) -> int:
    rows = await store._all(f"SELECT count(*) FROM {table}")
    return rows[0][0]


async def test_schema_is_versioned_and_wal(store: Store) -> None:
    assert (await store._all("PRAGMA user_version"))[0][0] == SCHEMA_VERSION
    assert (await store._all("PRAGMA journal_mode"))[0][0] == "wal"


async def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    s = await Store.open(tmp_path / "new.db")
    await s.writer.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    await s.close()
    with pytest.raises(StoreError, match="newer than this Factdesk"):
        await Store.open(tmp_path / "new.db")


async def test_write_then_read_back(store: Store) -> None:
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts())
    ids = await store.entities_by_alias("jaishankar")
    assert len(ids) == 1
    entity = (await store.entities(ids))[ids[0]]
    assert entity.name == "S. Jaishankar" and entity.mention_count == 2
    assert [r.label for r in await store.roles_of(entity.id)] == ["Foreign Minister"]
    quotes = await store.quotes_by_speaker(entity.id)
    assert [q["text"] for q in quotes] == ["We firmly oppose illegal mobility"]
    assert await count(store, "sentences_fts") == 3


async def test_same_bytes_change_nothing_and_new_bytes_replace(store: Store) -> None:
    source = make_source("a.txt", ARTICLE)
    await store.replace_document(source, make_facts())
    assert await store.document_hash("a.txt") == source.content_hash
    before = {t: await count(store, t) for t in ("documents", "mentions", "quotes", "events", "sentences")}
    await store.replace_document(source, make_facts())  # the runner skips this; even if not, no duplicates
    after = {t: await count(store, t) for t in before}
    assert before == after

    changed = ARTICLE + " It rained."
    facts = make_facts(text=changed)
    facts.quotes = []
    await store.replace_document(make_source("a.txt", changed), facts)
    assert await count(store, "documents") == 1
    assert await count(store, "quotes") == 0
    doc = (await store.list_documents())[0]
    assert (await store.text_slice(doc.id, 0, 500)).endswith("It rained.")


async def test_remove_document_drops_its_facts_and_orphan_entities(store: Store) -> None:
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    await store.replace_document(make_source("b.txt", ARTICLE), make_facts("b.txt"))
    assert await count(store, "entities") == 2
    assert await store.remove_document("a.txt")
    assert await count(store, "documents") == 1
    assert await count(store, "entities") == 2  # still mentioned by b.txt
    assert await store.remove_document("b.txt")
    assert await count(store, "entities") == 0
    assert await count(store, "sentences_fts") == 0
    assert not await store.remove_document("b.txt")


async def test_a_failing_document_leaves_the_others_and_its_old_version_intact(store: Store) -> None:
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    bad = make_facts("a.txt")
    bad.quotes[0].start = None  # type: ignore[assignment]  # NOT NULL violation mid-transaction
    with pytest.raises(Exception):  # noqa: B017 - any database error
        await store.replace_document(make_source("a.txt", ARTICLE + " More."), bad)
    docs = await store.list_documents()
    assert [d.name for d in docs] == ["a.txt"]
    assert await count(store, "quotes") == 1  # the old version, whole
    await store.replace_document(make_source("b.txt", ARTICLE), make_facts("b.txt"))
    assert await count(store, "documents") == 2


async def test_people_link_across_documents_by_compatible_names(store: Store) -> None:
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    text = "Jaishankar spoke. Melania Trump spoke. Donald Trump spoke."
    facts = Facts("b.txt", None, [(0, len(text))], entities=[
        Entity("Jaishankar", "person", ["Jaishankar"], [], [(0, 10)]),
        Entity("Melania Trump", "person", ["Melania Trump"], [], [(18, 31)]),
        Entity("Donald Trump", "person", ["Donald Trump"], [], [(39, 51)]),
    ])
    await store.replace_document(make_source("b.txt", text), facts)
    ids = await store.entities_by_alias("jaishankar")
    assert len(ids) == 1
    assert (await store.entities(ids))[ids[0]].name == "S. Jaishankar"
    assert await store.document_count_of(ids[0]) == 2
    assert len(await store.entities_by_tokens(["trump"])) == 2  # two different people kept apart


async def test_concurrent_writers_do_not_interleave_and_readers_see_whole_documents(store: Store) -> None:
    import asyncio

    names = [f"doc{i}.txt" for i in range(20)]

    async def write(name: str) -> None:
        await store.replace_document(make_source(name, ARTICLE), make_facts(name))

    async def read_while_writing() -> list[int]:
        seen = []
        for _ in range(40):
            docs = await store.list_documents(limit=100)
            quotes = await count(store, "quotes")
            seen.append(quotes - len(docs))  # each whole document has exactly one quote
            await asyncio.sleep(0)
        return seen

    results = await asyncio.gather(*(write(n) for n in names), read_while_writing(), store.remove_document("x"))
    assert await count(store, "documents") == 20
    assert all(diff >= 0 for diff in results[-2])


async def test_the_reader_connection_cannot_write(store: Store) -> None:
    import aiosqlite

    with pytest.raises(aiosqlite.OperationalError, match="readonly"):
        await store.conn.execute("DELETE FROM documents")


async def test_an_older_database_is_migrated_with_its_data(tmp_path: Path) -> None:
    """A database at schema version 2 gains version 3's summaries, filled from its existing rows."""
    path = tmp_path / "old.db"
    legacy_db(path, 2)
    conn = sqlite3.connect(path)  # a quote stored before it could be linked
    conn.execute("UPDATE quotes SET speaker_entity_id = NULL WHERE document_id IN"
                 " (SELECT id FROM documents WHERE name = 'b.txt')")
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        assert (await store._all("PRAGMA user_version"))[0][0] == SCHEMA_VERSION
        ids = await store.entities_by_alias("jaishankar")
        assert await store.document_count_of(ids[0]) == 2
        assert (await store.aliases_of(ids))[ids[0]][0][2] == 2
        when = await store.events_by_keys(["inauguration"])
        assert when and when[0][0].score == 0.9
        assert await store.quote_speaker_names(["jaishankar"]) == [("S. Jaishankar", 1)]  # b.txt's, unlinked
    finally:
        await store.close()


async def test_counts_stay_right_through_replace_and_remove(store: Store) -> None:
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    await store.replace_document(make_source("b.txt", ARTICLE), make_facts("b.txt"))
    await store.replace_document(make_source("b.txt", ARTICLE + " Again."), make_facts("b.txt"))
    entity_id = (await store.entities_by_alias("jaishankar"))[0]
    assert await store.document_count_of(entity_id) == 2
    assert (await store.entities([entity_id]))[entity_id].mention_count == 4
    await store.remove_document("a.txt")
    assert await store.document_count_of(entity_id) == 1
    assert (await store.entities([entity_id]))[entity_id].mention_count == 2


async def test_sentences_keep_spans_and_read_their_text_from_the_document(store: Store) -> None:
    """Migration 11: a sentence stores its span only; the view and the full-text index read the document's text,
    and replacing or removing a document leaves the index exactly matching what remains."""
    text = "Zebra crossings opened. “Éclair” day — 12 March. Zebra again."
    await store.replace_document(make_source("z.txt", text), Facts("z.txt", None, [(0, 23), (24, 48), (49, 61)]))
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts())
    rows = await store._all("SELECT s.start, s.end, s.text FROM sentences s JOIN documents d ON d.id = s.document_id"
                            " WHERE d.name = 'z.txt' ORDER BY s.start")
    assert [r[2] for r in rows] == [text[a:b] for a, b, _ in rows] == ["Zebra crossings opened.",
                                                                         "“Éclair” day — 12 March.", "Zebra again."]
    columns = {r[1] for r in await store._all("PRAGMA table_info(sentence_spans)")}
    assert columns == {"id", "document_id", "start", "end"}

    async def matches(word: str) -> int:
        return (await store._all("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (word,)))[0][0]

    async def healthy() -> None:
        await store.writer.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")

    assert await matches("zebra") == 2 and await matches("eclair") == 1
    await healthy()
    await store.replace_document(make_source("z.txt", "Zebra only."), Facts("z.txt", None, [(0, 11)]))
    assert await matches("eclair") == 0
    await healthy()
    assert await store.remove_document("z.txt")
    assert await matches("zebra") == 0 and await matches("inauguration") == 1
    await healthy()
