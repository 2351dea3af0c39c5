"""A document is its source: two files with the same name in two folders are two documents; one file moved
to a new key (an older database) is still one document; the same URL however spelled is one document."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.ingest import ingest_paths
from bot.ingest.identity import document_name
from bot.store import Store

ARTICLE_A = "date 2025-01-28 Foreign Minister S. Jaishankar met Marco Rubio in Washington on Tuesday.\n"
ARTICLE_B = "date 2025-02-03 Commerce Minister Piyush Goyal met trade officials in New Delhi on Monday.\n"


@pytest.mark.parametrize(("path", "roots", "name"), [
    ("/c/a/report.txt", ["/c"], "a/report.txt"),
    ("/c/report.txt", ["/c"], "report.txt"),
    ("/elsewhere/report.txt", ["/c"], "report.txt"),
    ("/d/x/y.md", [None, "/d"], "x/y.md"),
])
def test_document_name(path: str, roots: list, name: str) -> None:
    assert document_name(Path(path), [Path(r) if r else None for r in roots]) == name


async def test_same_file_name_in_two_folders_is_two_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "b").mkdir()
    (corpus / "b" / "report.txt").write_text(ARTICLE_A, encoding="utf-8")
    store = await Store.open(tmp_path / "id.db")
    try:
        first = await ingest_paths(store, [corpus / "b" / "report.txt"], corpus=corpus)
        (corpus / "a" / "report.txt").write_text(ARTICLE_B, encoding="utf-8")
        second = await ingest_paths(store, [corpus / "a" / "report.txt"], corpus=corpus)
        assert first.added == ["b/report.txt"] and second.added == ["a/report.txt"] and not second.updated
        assert sorted(n for n, _ in await store.document_paths()) == ["a/report.txt", "b/report.txt"]
        again = await ingest_paths(store, [corpus], prune=True)
        assert sorted(again.unchanged) == ["a/report.txt", "b/report.txt"]
        (corpus / "a" / "report.txt").unlink()
        assert (await ingest_paths(store, [corpus], prune=True)).removed == ["a/report.txt"]
        assert [n for n, _ in await store.document_paths()] == ["b/report.txt"]
    finally:
        await store.close()


async def test_a_document_stored_under_its_old_key_is_replaced_not_duplicated(tmp_path: Path) -> None:
    """Before schema 5 a file in a subfolder was keyed by its name: its next ingest takes the new key over."""
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    article = corpus / "a" / "report.txt"
    article.write_text(ARTICLE_A, encoding="utf-8")
    store = await Store.open(tmp_path / "old.db")
    try:
        await ingest_paths(store, [article])  # no corpus given: keyed by its name, as the old code did
        assert [n for n, _ in await store.document_paths()] == ["report.txt"]
        before = await store.list_documents()
        report = await ingest_paths(store, [corpus], prune=True)
        assert report.added == ["a/report.txt"]
        assert [n for n, _ in await store.document_paths()] == ["a/report.txt"]
        after = await store.list_documents()
        assert len(after) == 1 and before[0].content_hash == after[0].content_hash
    finally:
        await store.close()


async def test_watcher_removes_a_deleted_file_in_a_subfolder(tmp_path: Path, seeds_dir: Path) -> None:
    from bot.desk import Desk
    from bot.settings import Settings
    from bot.watch import CorpusWatcher

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "x").mkdir()
    (corpus / "x" / "report.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "report.txt").write_text(ARTICLE_B, encoding="utf-8")
    settings = Settings.load(db=tmp_path / "w.db", corpus=corpus, env={})
    desk = await Desk.open(settings.db_path, settings)
    try:
        watcher = CorpusWatcher(desk, corpus, settings.extensions, settle=0)
        await watcher.poll()
        names = {n for n, _ in await desk.store.document_paths()}
        assert {"x/report.txt", "report.txt"} <= names
        (corpus / "x" / "report.txt").unlink()
        report = await watcher.poll()
        assert report is not None and report.removed == ["x/report.txt"]
        assert "report.txt" in {n for n, _ in await desk.store.document_paths()}
    finally:
        await desk.close()
