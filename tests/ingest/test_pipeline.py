"""The ingest pipeline: unchanged files recognised by their stored (size, mtime) without being read, documents
written many per transaction with each one's failure kept to itself, results in file order."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import bot.ingest.pipeline as pipeline
import bot.store.db as db
from bot.ingest import ingest_paths
from bot.ingest.reader import read_document
from bot.store import Store
from tests.factories import ARTICLE, make_facts, make_source


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(seeds_dir.iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files read (threads only: fewer files than the pool threshold)."""
    seen: list[str] = []

    def counting(path: Path, max_bytes: int = 2_000_000):
        seen.append(path.name)
        return read_document(path, max_bytes)

    monkeypatch.setattr(pipeline, "read_document", counting)
    return seen


def _stamps(path: Path) -> dict[str, tuple[int | None, int | None]]:
    conn = sqlite3.connect(path)
    try:
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT name, file_size, file_mtime_ns FROM documents")}
    finally:
        conn.close()


async def test_an_unchanged_file_is_not_read_again(store: Store, corpus: Path, reads: list[str]) -> None:
    first = await ingest_paths(store, [corpus], prune=True)
    assert len(first.added) == 2 and len(reads) == 2
    stamps = _stamps(store.path)
    for f in corpus.iterdir():
        st = f.stat()
        assert stamps[f.name] == (st.st_size, st.st_mtime_ns)
    reads.clear()
    again = await ingest_paths(store, [corpus], prune=True)
    assert reads == [] and sorted(again.unchanged) == sorted(first.added) and not again.changed


async def test_a_touched_file_with_the_same_bytes_is_unchanged_and_its_new_stamp_kept(
    store: Store, corpus: Path, reads: list[str]
) -> None:
    await ingest_paths(store, [corpus], prune=True)
    touched = sorted(corpus.iterdir())[0]
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    reads.clear()
    report = await ingest_paths(store, [corpus], prune=True)
    assert reads == [touched.name]  # read and hashed, not extracted again
    assert not report.changed and touched.name in report.unchanged
    assert _stamps(store.path)[touched.name] == (st.st_size, st.st_mtime_ns + 5_000_000_000)
    reads.clear()
    await ingest_paths(store, [corpus], prune=True)
    assert reads == []


async def test_a_changed_file_of_the_same_size_is_read_when_its_mtime_moved(
    store: Store, corpus: Path, reads: list[str]
) -> None:
    await ingest_paths(store, [corpus], prune=True)
    changed = sorted(corpus.iterdir())[0]
    data = bytearray(changed.read_bytes())
    data[-2:-1] = b"!" if data[-2:-1] != b"!" else b"?"
    st = changed.stat()
    changed.write_bytes(bytes(data))
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    report = await ingest_paths(store, [corpus], prune=True)
    assert report.updated == [changed.name]


async def test_documents_stored_before_schema_6_are_hashed_once_then_skipped(
    store: Store, corpus: Path, reads: list[str]
) -> None:
    await ingest_paths(store, [corpus], prune=True)
    await store.writer.execute("UPDATE documents SET file_size = NULL, file_mtime_ns = NULL")  # as migrated
    reads.clear()
    report = await ingest_paths(store, [corpus], prune=True)
    assert len(reads) == 2 and not report.changed and len(report.unchanged) == 2
    reads.clear()
    await ingest_paths(store, [corpus], prune=True)
    assert reads == []


async def test_a_failing_document_in_a_batch_leaves_the_others_written(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = db._replace

    def flaky(conn: sqlite3.Connection, source, facts, *library) -> int:
        doc_id = real(conn, source, facts, *library)  # written, then the failure: the savepoint must take it back
        if source.meta.name == "b.txt":
            raise RuntimeError("disk trouble")
        return doc_id

    monkeypatch.setattr(db, "_replace", flaky)
    docs = [(make_source(n, ARTICLE), make_facts(n)) for n in ("a.txt", "b.txt", "c.txt")]
    results = await store.write_documents(docs)
    assert isinstance(results[1], RuntimeError) and all(isinstance(r, int) for r in results[::2])
    assert await store.document_count() == 2
    assert await store.document_hash("b.txt") is None
    entity = (await store.entities_by_alias("jaishankar"))[0]
    assert await store.document_count_of(entity) == 2  # b's share of the counts went with it


async def test_a_write_failure_is_reported_and_the_rest_of_the_corpus_goes_on(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"date 2025-01-2{i}\n" + ARTICLE.replace("21", str(10 + i)))
    real = db._replace

    def flaky(conn: sqlite3.Connection, source, facts, *library) -> int:
        if source.meta.name == "2.txt":
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, source, facts, *library)

    monkeypatch.setattr(db, "_replace", flaky)
    monkeypatch.setattr(pipeline, "BATCH", 2)
    report = await ingest_paths(store, [folder])
    assert report.added == ["0.txt", "1.txt", "3.txt", "4.txt"]  # in file order, the failed one taken out
    assert [name for name, _ in report.failed] == ["2.txt"] and "disk is full" in report.failed[0][1]
    assert await store.document_count() == 4
