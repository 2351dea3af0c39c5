"""Symbolic links in the corpus: links that lead out of the folder are refused with a log line, in the ingest
and in the watcher; links that stay inside are followed unless ingest.allow_symlinks_inside is false."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from bot.ingest import discover, ingest_paths
from bot.ingest.corpus import link_refusal
from bot.store import Store
from bot.watch import CorpusWatcher, snapshot

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symbolic links")

SECRET = "Top secret: the password is hunter2. Nobody may read this."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """corpus/ with a real article, links in and out, a linked folder outside, and a link back to itself."""
    outside = tmp_path / "outside"
    (outside / "dir").mkdir(parents=True)
    (outside / "shadow.txt").write_text(SECRET)
    (outside / "dir" / "leak.txt").write_text(SECRET)
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("date 2025-01-02 Narendra Modi spoke in New Delhi on Monday.")
    (corpus / "sub" / "b.md").write_text("date 2025-01-03 Marco Rubio spoke in Washington on Tuesday.")
    (corpus / "shadow.txt").symlink_to(outside / "shadow.txt")
    (corpus / "relative.txt").symlink_to(Path("..") / "outside" / "shadow.txt")
    (corpus / "linked").symlink_to(outside / "dir", target_is_directory=True)
    (corpus / "inside.md").symlink_to(corpus / "sub" / "b.md")
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    return corpus


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


def test_links_out_of_the_folder_are_refused_and_logged(corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    refused: list[tuple[Path, str]] = []
    with caplog.at_level(logging.WARNING):
        found = discover([corpus], refused=refused)
    assert sorted(p.relative_to(corpus).as_posix() for p in found) == ["a.txt", "inside.md", "sub/b.md"]
    assert sorted(p.name for p, _ in refused) == ["linked", "relative.txt", "shadow.txt"]
    assert all("outside the corpus folder" in why for _, why in refused)
    for name in ("linked", "relative.txt", "shadow.txt"):
        assert name in caplog.text


def test_links_inside_can_be_refused_too(corpus: Path) -> None:
    refused: list[tuple[Path, str]] = []
    found = discover([corpus], links_inside=False, refused=refused)
    assert sorted(p.name for p in found) == ["a.txt", "b.md"]
    assert "inside.md" in {p.name for p, _ in refused}


def test_a_single_file_named_inside_the_corpus_is_checked_too(corpus: Path) -> None:
    assert link_refusal(corpus / "shadow.txt", corpus) is not None
    assert link_refusal(corpus / "linked" / "leak.txt", corpus) is not None
    assert link_refusal(corpus / "inside.md", corpus) is None and link_refusal(corpus / "a.txt", corpus) is None
    assert discover([corpus / "shadow.txt", corpus / "a.txt"], corpus=corpus) == [corpus / "a.txt"]


async def test_ingest_never_stores_what_a_link_out_points_at(corpus: Path, store: Store) -> None:
    report = await ingest_paths(store, [corpus])
    assert sorted(report.added) == ["a.txt", "inside.md", "sub/b.md"]  # a link that stays inside is followed
    assert {"shadow.txt", "relative.txt", "linked"} <= {name for name, _ in report.failed}
    rows = await store._all("SELECT count(*) FROM documents WHERE text LIKE '%hunter2%'")
    assert rows[0][0] == 0
    single = await ingest_paths(store, [corpus / "shadow.txt"], corpus=corpus)
    assert single.added == [] and [name for name, _ in single.failed] == ["shadow.txt"]


async def test_the_watcher_leaves_links_out_alone_and_logs_each_once(
    corpus: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.desk import Desk

    assert sorted(p.name for p in snapshot(corpus, (".txt", ".md"))) == ["a.txt", "b.md", "inside.md"]
    desk = Desk(store)
    watcher = CorpusWatcher(desk, corpus, settle=0)
    await watcher.poll()
    (corpus / "later.txt").symlink_to(corpus.parent / "outside" / "shadow.txt")
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            await watcher.poll()
    assert len([r for r in caplog.records if "later.txt" in r.getMessage()]) == 1
    rows = await store._all("SELECT count(*) FROM documents WHERE text LIKE '%hunter2%'")
    assert rows[0][0] == 0 and await store.document_hash("later.txt") is None


async def test_the_desk_applies_the_setting_to_folders_and_single_files(corpus: Path, tmp_path: Path) -> None:
    from bot.desk import Desk
    from bot.settings import Settings

    config = tmp_path / "f.toml"
    config.write_text("[ingest]\nallow_symlinks_inside = false\n")
    settings = Settings.load(db=tmp_path / "d.db", corpus=corpus, config_path=config, env={})
    assert settings.allow_symlinks_inside is False
    assert Settings.load(db=tmp_path / "d.db", corpus=corpus, env={}).allow_symlinks_inside is True
    desk = await Desk.open(settings.db_path, settings)
    try:
        report = await desk.reload()
        assert sorted(report.added) == ["a.txt", "sub/b.md"]  # a file's key is its path within the corpus
        assert {"inside.md", "shadow.txt", "linked"} <= {name for name, _ in report.failed}
        single = await desk.ingest_paths([corpus / "shadow.txt"])
        assert single.added == [] and single.failed
    finally:
        await desk.close()
