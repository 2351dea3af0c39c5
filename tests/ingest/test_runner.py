"""Ingesting folders: unchanged files are skipped, bad files logged and skipped, removed files pruned."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.ingest import ingest_paths
from bot.store import Store


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


async def test_folder_ingest_is_idempotent_and_bad_files_do_not_block(
    store: Store, tmp_path: Path, seeds_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in seeds_dir.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (corpus / "notes.csv").write_text("ignored,extension")
    with caplog.at_level(logging.WARNING):
        report = await ingest_paths(store, [corpus])
    assert sorted(report.added) == sorted(p.name for p in seeds_dir.iterdir())
    assert {name for name, _ in report.failed} == {"empty.txt", "binary.txt"}
    assert "empty.txt: the file is empty" in caplog.text
    assert await store.document_count() == 2

    again = await ingest_paths(store, [corpus])
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 2

    first = corpus / sorted(p.name for p in seeds_dir.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nA new closing line.", encoding="utf-8")
    changed = await ingest_paths(store, [corpus])
    assert changed.updated == [first.name]

    first.unlink()
    pruned = await ingest_paths(store, [corpus], prune=True)
    assert pruned.removed == [first.name]
    assert await store.document_count() == 1
