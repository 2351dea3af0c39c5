"""EXPLAIN QUERY PLAN for the statements of the ingest pipeline, /check's candidate search and event
autocomplete (issue 14): every one reaches its rows through an index; none scans a table that grows with
the corpus. The statements are the ones the code really sends (captured with a trace callback)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from bot.answer.when import when
from bot.ingest import ingest_paths
from bot.store import Store
from bot.textnorm import normalize_quote
from tests.factories import ARTICLE, make_facts, make_source
from tests.tracing import statements_of

# Tables whose size does not grow with the corpus, and may be walked: the event-word summary in index order
# (LIMIT bounds it) and full-text virtual tables (their own index).
BOUNDED_SCANS = re.compile(r"^SCAN (\w+ VIRTUAL TABLE INDEX \d+:\S*|event_words USING INDEX event_words_popular|f)$")
# Statements that are not reads of the corpus (transactions, pragmas, the writer's inserts).
NOT_PLANNED = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|INSERT|--)", re.IGNORECASE)


def plan(db: Path, sql: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    finally:
        conn.close()


def full_scans(db: Path, sql: str) -> list[str]:
    return [d for d in plan(db, sql) if d.startswith("SCAN ") and not BOUNDED_SCANS.match(d)]


async def traced(store: Store, work: Callable[[], Awaitable[object]]) -> list[str]:
    """The statements `work` sends that SQLite plans (reads, updates, deletes)."""
    seen = await statements_of(store, work)
    return [s for s in seen if not NOT_PLANNED.match(s)]


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    for name in ("a.txt", "b.txt"):
        await s.replace_document(make_source(name, ARTICLE), make_facts(name))
    yield s
    await s.close()


async def test_check_candidate_search_uses_the_full_text_index_and_primary_keys(store: Store) -> None:
    async def search() -> None:
        words = normalize_quote("we firmly oppose illegal migration").split()
        async for _, fetch in store.quote_candidates(words):
            await fetch()
        await store.speaker_quotes_with(words, {1, 2})

    statements = await traced(store, search)
    assert any("quotes_vocab" in s for s in statements) and any("quotes_fts MATCH" in s for s in statements)
    for sql in statements:
        assert full_scans(store.path, sql) == [], sql
    by_speaker = next(s for s in statements if "speaker_entity_id IN" in s)
    assert any("quotes_speaker" in d for d in plan(store.path, by_speaker))
    vocab = next(s for s in statements if "quotes_vocab" in s)
    assert not any(d.endswith("INDEX 0:") for d in plan(store.path, vocab))  # the term constraint is used


async def test_event_autocomplete_reads_the_summary_by_key_or_by_popularity(store: Store) -> None:
    for prefix in ("inau", ""):
        statements = await traced(store, lambda p=prefix: store.event_triggers(p))
        assert statements and all("event_words" in s for s in statements)
        for sql in statements:
            assert full_scans(store.path, sql) == [], sql
    assert "SEARCH event_words USING PRIMARY KEY (library=? AND key>? AND key<?)" in plan(
        store.path, "SELECT min(trigger), sum(n) AS total FROM event_words WHERE library IN (0, 123)"
        " AND key >= 'a' AND key < 'b' GROUP BY norm ORDER BY total DESC, norm LIMIT 5")  # a server's view


async def test_the_event_word_triggers_find_their_rows_by_key(store: Store) -> None:
    bodies = plan(store.path, "UPDATE event_words SET n = n - 1 WHERE library = (SELECT library FROM documents"
                              " WHERE id = 1) AND norm = 'met'"
                              " AND key IN (SELECT key FROM event_keys WHERE event_id = 1)")
    assert "SEARCH event_words USING PRIMARY KEY (library=? AND key=? AND norm=?)" in bodies
    assert any(d.startswith("SEARCH event_keys USING COVERING INDEX event_keys_event") for d in bodies)
    assert plan(store.path, "SELECT lower(trigger), trigger FROM events WHERE id = 1") == [
        "SEARCH events USING INTEGER PRIMARY KEY (rowid=?)"]


async def test_a_start_up_over_unchanged_files_looks_each_up_by_name(store: Store, tmp_path: Path,
                                                                   seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in seeds_dir.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    await ingest_paths(store, [corpus], prune=True)
    statements = await traced(store, lambda: ingest_paths(store, [corpus]))
    lookups = [s for s in statements if "file_mtime_ns" in s]
    assert lookups
    for sql in lookups:
        assert full_scans(store.path, sql) == [], sql
        assert any("USING COVERING INDEX documents_file (library=? AND name=?)" in d for d in plan(store.path, sql))


async def test_the_checker_sees_a_full_scan(store: Store) -> None:
    assert full_scans(store.path, "SELECT id FROM quotes WHERE text = 'x'") == ["SCAN quotes"]
    statements = await traced(store, lambda: store.event_triggers("inau"))
    assert "'inau'" in statements[0]  # traced with its values bound, as SQLite ran it


ANSWERS = {  # /who, /quote and name autocomplete as the Desk runs them (one call in a reader thread)
    "who": lambda d: d.who("Jaishankar"), "who typo": lambda d: d.who("Jaishankr"),
    "who nobody": lambda d: d.who("Qwxz"), "quote": lambda d: d.quote("Jaishankar"),
    "quote source": lambda d: d.quote("Kremlin"), "names": lambda d: d.complete_names(""),
    "names typed": lambda d: d.complete_names("Jai"), "names typo": lambda d: d.complete_names("Jaishnkar"),
}


def stored_table_scans(db: Path, sql: str) -> list[str]:
    """Scans of stored tables that grow with the corpus (a scan of a subquery's rows, or of the VALUES rows a batch
    of citations asks for, found or bounded otherwise, is not one)."""
    conn = sqlite3.connect(db)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    finally:
        conn.close()
    return [d for d in full_scans(db, sql) if d.split()[1] in tables]


@pytest.mark.parametrize("what", list(ANSWERS))
async def test_who_quote_and_names_read_through_indexes(store: Store, what: str) -> None:
    from bot.desk import Desk

    statements = await traced(store, lambda: ANSWERS[what](Desk(store)))
    assert statements
    for sql in statements:
        found = plan(store.path, sql)
        assert stored_table_scans(store.path, sql) == [], (what, sql)
        assert not any(d.startswith("SEARCH documents USING INDEX documents_library") for d in found), (what, sql)
        if "FROM documents WHERE id IN" in sql or "CROSS JOIN documents d" in sql:
            assert any(re.match(r"SEARCH (documents|d) USING INTEGER PRIMARY KEY", d) for d in found), (what, sql)
        if "speaker_quote" in sql:
            assert any("USING PRIMARY KEY (library=? AND entity_id=?" in d for d in found), (what, sql)
        if "asked(doc, at)" in sql:
            assert any("COVERING INDEX sentences_document (document_id=? AND start<?)" in d for d in found), sql


async def test_quote_reads_a_speakers_first_quotes_through_the_newest_first_index(store: Store) -> None:
    """/quote walks a speaker's quotes newest first through (speaker, published DESC): a popular speaker's first
    batch reads a few dozen rows instead of sorting all of them (20,000 rows, 218 ms at 100,000 articles); the
    batch's other sources are found by their words and speaker (not the words alone: hundreds say "a historic
    step")."""
    from bot.desk import Desk

    for library in (0, 123):
        statements = await traced(store, lambda lib=library: Desk(store).quote("Jaishankar", lib))
        walks = [s for s in statements if "quotes_speaker_published" in s]
        assert walks, statements
        for sql in walks:
            found = plan(store.path, sql)
            assert any("INDEX quotes_speaker_published (speaker_entity_id=?)" in d for d in found), found
            assert not any("TEMP B-TREE" in d for d in found), found
        by_words = [s for s in statements if "q.norm" in s and "quotes_speaker_published" not in s]
        by_pair = "INDEX quotes_norm (norm=? AND speaker_entity_id=?)"
        assert any("count(DISTINCT document_id)" in s for s in by_words), by_words
        for sql in by_words:
            found = plan(store.path, sql)
            assert any(by_pair in d for d in found) and not any(" quotes " in d and "TEMP B-TREE" in d
                                                                for d in found), found
            if "group_concat" in sql:  # sources and kinds counted from the index alone (the words' arm)
                assert any(d.startswith("SEARCH q USING COVERING INDEX quotes_norm") for d in found), found


async def test_counting_a_speakers_quotes_reads_the_summary_not_the_quotes(store: Store) -> None:
    from bot.desk import Desk

    for library in (0, 123):
        statements = await traced(store, lambda lib=library: Desk(store).who("Jaishankar", lib))
        counts = [s for s in statements if "speaker_quote" in s]
        assert counts and not any("count(DISTINCT" in s for s in statements)


async def test_a_batch_of_documents_is_read_by_id_never_by_walking_a_library(store: Store) -> None:
    """With five ids or more SQLite preferred walking the library's whole documents_library index."""
    for library in (0, 123):
        statements = await traced(store, lambda lib=library: store.scoped(lib).documents(range(1, 9)))
        assert len(statements) == 1
        assert plan(store.path, statements[0]) == ["SEARCH documents USING INTEGER PRIMARY KEY (rowid=?)"]


async def test_a_broad_name_prefix_walks_the_most_mentioned_down(store: Store, monkeypatch) -> None:
    """A prefix thousands of entities share ("m" at 100k) is not sorted whole: the library's entities are walked
    from the most mentioned down (its popularity index), each tested for such an alias word by its entity index."""
    from bot.desk import Desk
    from bot.store import reads

    narrow = await Desk(store).complete_names("J")
    monkeypatch.setattr(reads, "BROAD_PREFIX", 1)
    statements = await traced(store, lambda: Desk(store).complete_names("J"))
    walk = next(s for s in statements if "ORDER BY s.mention_count DESC" in s)
    assert plan(store.path, walk)[0] == "SEARCH s USING COVERING INDEX entity_libraries_popular (library=?)"
    assert any("alias_tokens_entity (entity_id=? AND library=? AND token>? AND token<?)" in d
               for d in plan(store.path, walk))
    for sql in statements:
        assert stored_table_scans(store.path, sql) == [], sql
    assert await Desk(store).complete_names("J") == narrow


# What a statement built itself (a bounded CTE or subquery: LIMIT or a few keys; the VALUES rows a batch of
# citations asks for), walked once; and the few rows
# of a full-text index's configuration, which FTS5 reads itself.
_INTERMEDIATE = re.compile(
    r"^SCAN (\(subquery-\d+\)|ids|cand|sent|hits|docs|b|asked|CONSTANT ROW|\d+ CONSTANT ROWS|main\.\w+_fts_config)$"
)


@pytest.mark.parametrize("query", ["Jaishankar Rubio meeting", "Jaishankar met Rubio in Washington", "inauguration",
                                   "Rubio inauguration", "Foreign Minister talks"])
async def test_when_reads_through_indexes_and_ranks_only_the_newest_matches(store: Store, query: str) -> None:
    """/when's every statement (names, candidates, the fallback's documents, mentions, citations) reaches its
    rows through an index; a full-text ranking (f.rank) is bounded to the newest matches above a floor found
    unranked, never an unbounded OR of every matching sentence."""
    statements = await traced(store, lambda: store.answer(0, lambda r: when(r, query)))
    assert any("sentences_fts" in s for s in statements)
    for sql in statements:
        assert [d for d in full_scans(store.path, sql) if not _INTERMEDIATE.match(d)] == [], sql
        if "f.rank" in sql:
            assert "ORDER BY g.rowid DESC LIMIT 1 OFFSET" in sql, sql
        if sql.startswith("SELECT id, name, title"):  # the cited documents, by id (not the library's index)
            assert plan(store.path, sql) == ["SEARCH documents USING INTEGER PRIMARY KEY (rowid=?)"], sql


async def test_many_cited_documents_are_read_by_id(store: Store) -> None:
    """Without statistics SQLite would walk the library's index for `id IN (…many…) AND library IN (0)`."""
    statements = await traced(store, lambda: store.documents(range(1, 120)))
    assert [plan(store.path, s) for s in statements] == [["SEARCH documents USING INTEGER PRIMARY KEY (rowid=?)"]]


@pytest.mark.parametrize("library", [0, 123])
async def test_a_named_speakers_own_quotes_are_found_from_the_claims_words_not_a_walk_of_the_library(
    store: Store, library: int
) -> None:
    """/check with a common surname as speaker (30+ people): SQLite walked every document of the library and
    each one's quotes (1.8 s at 100,000 articles) unless the library test stays off its index."""
    words = normalize_quote("we firmly oppose illegal mobility").split()
    view = store.scoped(library)
    statements = await traced(store, lambda: view.speaker_quotes_with(words, [1, 2, 3]))
    asked = [s for s in statements if "speaker_entity_id IN" in s]
    assert asked
    for sql in asked:
        assert not any("documents_library" in d for d in plan(store.path, sql)), plan(store.path, sql)
