"""Live ingestion: files dropped into, changed in or deleted from the corpus are ingested while the watcher
runs; a bad file is logged once and skipped while the others go on; `ingest` shows a bar for 20+ files."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from bot.cli import _Progress
from bot.desk import Desk
from bot.settings import Settings
from bot.watch import CorpusWatcher, diff, snapshot

ARTICLE = """---
title: Envoy named
outlet: The Daily Example
published: 2025-02-03
---
Prime Minister Narendra Modi on Monday named Sarah Whitfield as India's special envoy to the Quad.
"Our partnership is stronger than ever," Whitfield said in New Delhi.
"""


@pytest.fixture
async def setup(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[tuple[Desk, Path]]:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    settings = Settings.load(db=tmp_path / "w.db", corpus=corpus, env={})
    desk = await Desk.open(settings.db_path, settings)
    try:
        yield desk, corpus
    finally:
        await desk.close()


@contextlib.asynccontextmanager
async def running(watcher: CorpusWatcher, every: float = 0.02) -> AsyncIterator[None]:
    """The watcher polling in the background, as the watch cog runs it."""

    async def loop() -> None:
        while True:
            await watcher.poll()
            await asyncio.sleep(every)

    task = asyncio.create_task(loop())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


async def test_dropped_changed_and_deleted_files_follow_the_folder(setup: tuple[Desk, Path]) -> None:
    desk, corpus = setup
    watcher = CorpusWatcher(desk, corpus, settle=0)
    async with running(watcher):
        await eventually(lambda: _count(desk, 2))  # the first poll ingests the folder
        (corpus / "envoy.txt").write_text(ARTICLE, encoding="utf-8")

        async def answerable() -> bool:
            answer = await desk.who("Whitfield")
            return answer.status == "found" and answer.matches[0].citations[0].document == "envoy.txt"

        await eventually(answerable)
        (corpus / "envoy.txt").write_text(ARTICLE.replace("the Quad", "ASEAN"), encoding="utf-8")

        async def changed() -> bool:
            answer = await desk.who("Whitfield")
            return answer.status == "found" and "ASEAN" in answer.matches[0].citations[0].snippet

        await eventually(changed)
        (corpus / "envoy.txt").unlink()

        async def gone() -> bool:
            return (await desk.who("Whitfield")).status == "not_found"

        await eventually(gone)
    assert await desk.store.document_count() == 2


async def test_a_broken_file_is_logged_once_and_does_not_block_the_others(
    setup: tuple[Desk, Path], caplog: pytest.LogCaptureFixture
) -> None:
    desk, corpus = setup
    assert desk.settings is not None
    watcher = CorpusWatcher(desk, corpus, settle=0)
    await watcher.poll()
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "empty.md").write_bytes(b"")
    (corpus / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (corpus / "huge.txt").write_bytes(b"word " * (desk.settings.max_document_bytes // 5 + 10))
    (corpus / "envoy.txt").write_text(ARTICLE, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            await watcher.poll()
    assert (await desk.who("Whitfield")).status == "found"
    for name, reason in [("binary.txt", "binary"), ("empty.md", "empty"), ("latin1.txt", "not valid UTF-8"),
                         ("huge.txt", "limit")]:
        lines = [r.getMessage() for r in caplog.records if name in r.getMessage()]
        assert len(lines) == 1, (name, lines)  # once, not on every poll
        assert reason in lines[0]
    caplog.clear()
    (corpus / "empty.md").write_text("Narendra Modi spoke on Tuesday.", encoding="utf-8")  # fixed: picked up
    with caplog.at_level(logging.WARNING):
        await watcher.poll()
    assert await desk.store.document_hash("empty.md") is not None
    assert caplog.records == []


async def test_a_file_still_being_written_waits_for_the_next_poll(setup: tuple[Desk, Path]) -> None:
    desk, corpus = setup
    watcher = CorpusWatcher(desk, corpus, settle=60)  # anything modified in the last minute is "being written"
    await watcher.poll()  # the first poll ingests everything as it is
    (corpus / "envoy.txt").write_text(ARTICLE, encoding="utf-8")
    assert await watcher.poll() is None
    assert await desk.store.document_hash("envoy.txt") is None
    watcher.settle_ns = 0
    report = await watcher.poll()
    assert report is not None and report.added == ["envoy.txt"]


async def test_a_missing_corpus_folder_is_reported_once(
    tmp_path: Path, setup: tuple[Desk, Path], caplog: pytest.LogCaptureFixture
) -> None:
    desk, _ = setup
    watcher = CorpusWatcher(desk, tmp_path / "nowhere", settle=0)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            assert await watcher.poll() is None
    assert len([r for r in caplog.records if "nowhere" in r.getMessage()]) == 1


async def test_after_a_start_up_ingest_only_changes_are_read(
    setup: tuple[Desk, Path], caplog: pytest.LogCaptureFixture
) -> None:
    """The bot's start-up ingest logged the bad file already; the watcher's baseline keeps it from doing so again."""
    desk, corpus = setup
    (corpus / "binary.txt").write_bytes(b"\x00" * 50)
    await desk.ingest_paths([corpus], prune=True)  # what FactdeskBot.corpus_task does
    watcher = CorpusWatcher(desk, corpus, settle=0)
    await watcher.baseline(recheck_window=0)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert await watcher.poll() is None and await watcher.poll() is None
    assert caplog.records == []
    (corpus / "003_9c9e8ef1097f156a.txt").unlink()
    report = await watcher.poll()
    assert report is not None and report.removed == ["003_9c9e8ef1097f156a.txt"] and report.failed == []
    assert await desk.store.document_count() == 1


def test_snapshot_and_diff(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("b")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "c.csv").write_text("c")
    before = snapshot(tmp_path, (".txt", ".md"))
    assert sorted(p.name for p in before) == ["a.txt", "b.md"]
    (tmp_path / "a.txt").write_text("a longer")
    (tmp_path / "sub" / "b.md").unlink()
    (tmp_path / "d.txt").write_text("d")
    changes = diff(before, snapshot(tmp_path, (".txt", ".md")))
    assert [p.name for p in changes.changed] == ["a.txt", "d.txt"] and [p.name for p in changes.deleted] == ["b.md"]


async def _count(desk: Desk, n: int) -> bool:
    return await desk.store.document_count() == n


async def test_ingest_progress_bar_for_many_files(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`factdesk ingest` on a terminal shows a tqdm bar once there are 20 or more files to extract."""
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = (seeds_dir / "003_9c9e8ef1097f156a.txt").read_text(encoding="utf-8")
    for i in range(22):
        (corpus / f"copy{i:02}.txt").write_text(text.replace("New Delhi", f"New Delhi ({i})"), encoding="utf-8")
    desk = await Desk.open(tmp_path / "many.db")
    bar = _Progress()
    try:
        report = await desk.ingest_paths([corpus], progress=bar)
    finally:
        bar.close()
        await desk.close()
    assert len(report.added) == 22
    assert bar.bar is not None and bar.bar.n == 22 and bar.bar.total == 22
    err = capsys.readouterr().err
    assert "extracting" in err and "22/22" in err
    small = _Progress()
    small(3, 5)
    assert small.bar is None  # a handful of files: no bar
