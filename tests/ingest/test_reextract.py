"""After an extractor upgrade, stored documents are extracted again once, without showing up as news."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract.version import EXTRACTOR_VERSION
from bot.ingest import ingest_paths
from bot.ingest.runner import VERSION_KEY
from bot.store import Store


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


async def _ingested_at(store: Store) -> dict[str, str]:
    docs = await store.documents_between(None, None)
    return {d.name: d.ingested_at for d in docs}


async def test_an_older_extractor_version_re_extracts_every_document_once(
    store: Store, tmp_path: Path, seeds_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in seeds_dir.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    first = await ingest_paths(store, [corpus], prune=True)
    assert len(first.added) == 2
    assert (await store.settings_with_prefix(VERSION_KEY))[VERSION_KEY] == str(EXTRACTOR_VERSION)
    before = await _ingested_at(store)

    await store.put_settings({VERSION_KEY: "1"}, "2025-01-01T00:00:00")  # as a database from an older release
    upgraded = await ingest_paths(store, [corpus], prune=True)
    assert sorted(upgraded.reextracted) == sorted(before) and upgraded.added == upgraded.updated == []
    assert "2 extracted again" in upgraded.summary()
    assert await _ingested_at(store) == before  # the digest does not report them as new sources
    assert (await store.settings_with_prefix(VERSION_KEY))[VERSION_KEY] == str(EXTRACTOR_VERSION)

    settled = await ingest_paths(store, [corpus], prune=True)
    assert settled.reextracted == [] and len(settled.unchanged) == 2


async def test_a_partial_ingest_does_not_mark_the_store_current(store: Store, tmp_path: Path, seeds_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in seeds_dir.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    await ingest_paths(store, [corpus], prune=True)
    await store.put_settings({VERSION_KEY: "1"}, "2025-01-01T00:00:00")
    one = sorted(corpus.iterdir())[0]
    report = await ingest_paths(store, [one])
    assert report.reextracted == [one.name]
    assert (await store.settings_with_prefix(VERSION_KEY))[VERSION_KEY] == "1"  # the other file is still old


async def test_a_new_database_is_current_and_an_old_one_is_not(tmp_path: Path) -> None:
    fresh = await Store.open(tmp_path / "new.db")
    try:
        assert (await fresh.settings_with_prefix(VERSION_KEY)) == {VERSION_KEY: str(EXTRACTOR_VERSION)}
        async with fresh.transaction() as conn:  # as a database written by a release before versions
            await conn.execute("DELETE FROM settings WHERE key = ?", (VERSION_KEY,))
    finally:
        await fresh.close()
    reopened = await Store.open(tmp_path / "new.db")
    try:
        assert await reopened.settings_with_prefix(VERSION_KEY) == {}  # not marked current by reopening
    finally:
        await reopened.close()
