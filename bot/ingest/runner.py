"""Ingest files into the store: stat → (skip if unchanged) → read and extract in the pool → write in batches.

A bad file (empty, binary, too big, unreadable) is logged and skipped; the others go on, and what is
already stored is never touched by a failure. The pipeline itself is bot/ingest/pipeline.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from bot.extract.version import EXTRACTOR_VERSION
from bot.ingest.corpus import scan
from bot.ingest.pipeline import Pipeline
from bot.ingest.pool import process_pool
from bot.ingest.report import IngestReport, counts
from bot.store import BASE, Store
from bot.store.db import EXTRACTOR_VERSION_KEY

__all__ = ["IngestReport", "counts", "ingest_paths"]

log = logging.getLogger(__name__)

POOL_THRESHOLD = 8  # below this many files a worker thread is cheaper than starting processes
BIG_DOCUMENT = 200_000  # bytes: extracting more would hold the GIL long enough to slow the bot
VERSION_KEY = EXTRACTOR_VERSION_KEY  # in the settings table: the version the stored facts were extracted with


async def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    max_bytes: int = 2_000_000,
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm"),
    prune: bool = False,
    progress: Callable[[int, int], None] | None = None,
    executor: Executor | None = None,
    corpus: Path | None = None,
    links_inside: bool = True,
    library: int = BASE,
) -> IngestReport:
    """Ingest files and folders into `library` (the base library, or a server's). With prune, that library's
    stored documents from these folders whose file is gone go too.

    A file reached through a symbolic link that leads out of its folder (a folder given here, or `corpus` for
    single files inside it) is refused and reported as skipped; `links_inside` false refuses every link.

    Files go through the pipeline (stat → read and extract in `executor` or a worker → write in batches),
    so memory stays flat however many files there are; an unchanged file (same size and mtime as stored) is
    not read. Without an executor, a temporary process pool is used for big batches and big files, a worker
    thread otherwise.
    """
    report = IngestReport()
    stored_version = (await store.settings_with_prefix(VERSION_KEY)).get(VERSION_KEY)
    reextract = stored_version != str(EXTRACTOR_VERSION) and await store.total_documents() > 0
    if reextract:
        log.info("ingest: the extractor changed (version %s → %s): stored documents are extracted again",
                 stored_version or "1", EXTRACTOR_VERSION)
    refused: list[tuple[Path, str]] = []
    found = scan(paths, extensions, corpus=corpus, links_inside=links_inside, refused=refused)
    report.failed.extend((path.name, f"{path.name} {reason}") for path, reason in refused)
    own_pool: list[ProcessPoolExecutor] = []

    def new_pool() -> ProcessPoolExecutor:
        own_pool.append(process_pool())
        return own_pool[-1]

    if executor is None and len(found) >= POOL_THRESHOLD:
        executor = new_pool()
    pipeline = Pipeline(
        store, report, executor, max_bytes, reextract,
        roots=[corpus, *(p for p in paths if p.is_dir())],  # a file's key is its path within the first holding it
        progress=progress, new_pool=new_pool, big_file=BIG_DOCUMENT, library=library,
    )
    try:
        await pipeline.run(found)
    finally:
        for pool in own_pool:
            pool.shutdown(cancel_futures=True)
    names = pipeline.names
    if stored_version != str(EXTRACTOR_VERSION) and (
        prune or not reextract or len(names) >= await store.total_documents()
    ):  # a whole-corpus pass, a first ingest, or every stored document seen: the store is current
        await store.put_settings({VERSION_KEY: str(EXTRACTOR_VERSION)}, datetime.now(UTC).isoformat())
    if prune:
        folders = [p.resolve() for p in paths if p.is_dir()]
        for name, stored_path in await store.documents_elsewhere(pipeline.seen_paths, library):  # not just walked
            path = Path(stored_path)
            if any(path.is_relative_to(f) for f in folders) and not path.exists():
                await store.remove_document(name, library)
                report.removed.append(name)
                log.info("ingest: %s is gone from the corpus; removed", name)
    return report

