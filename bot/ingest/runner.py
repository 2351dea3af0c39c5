"""Ingest files into the store: read → (skip if unchanged) → extract off the event loop → one transaction.

A bad file (empty, binary, too big, unreadable) is logged and skipped; the others go on, and what is
already stored is never touched by a failure.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.extract.facts import Facts
from bot.extract.version import EXTRACTOR_VERSION
from bot.ingest.corpus import discover
from bot.ingest.identity import document_name
from bot.ingest.pool import process_pool
from bot.ingest.reader import IngestError, SourceDocument, extract_facts, read_document
from bot.store import Store
from bot.store.db import EXTRACTOR_VERSION_KEY

log = logging.getLogger(__name__)

POOL_THRESHOLD = 8  # below this many files a worker thread is cheaper than starting processes
BIG_DOCUMENT = 200_000  # characters: extracting more would hold the GIL long enough to slow the bot
VERSION_KEY = EXTRACTOR_VERSION_KEY  # in the settings table: the version the stored facts were extracted with
CHUNK = 64  # files read, extracted and stored per round: bounds memory for any corpus size


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)  # same bytes, extracted again by a newer extractor
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    facts: dict[str, dict[str, int]] = field(default_factory=dict)  # file → counts of what was found

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.reextracted)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated", f"{len(self.unchanged)} unchanged"]
        if self.reextracted:
            parts.append(f"{len(self.reextracted)} extracted again (new extractor)")
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.failed:
            parts.append(f"{len(self.failed)} skipped")
        return ", ".join(parts)


def _extract(source: SourceDocument) -> Facts:
    return extract_facts(source)


def counts(facts: Facts) -> dict[str, int]:
    return {"people": len(facts.people), "dates": len(facts.timexes), "events": len(facts.events),
            "quotes": len(facts.quotes), "amounts": len(facts.amounts)}


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
) -> IngestReport:
    """Ingest files and folders. With prune, stored documents from these folders whose file is gone go too.

    A file reached through a symbolic link that leads out of its folder (a folder given here, or `corpus` for
    single files inside it) is refused and reported as skipped; `links_inside` false refuses every link.

    Files go through in chunks (read → extract in `executor` or a worker → store), so memory stays flat
    however many files there are. Without an executor, a temporary process pool is used for big batches
    and big documents, a worker thread otherwise.
    """
    report = IngestReport()
    stored_version = (await store.settings_with_prefix(VERSION_KEY)).get(VERSION_KEY)
    reextract = stored_version != str(EXTRACTOR_VERSION) and await store.document_count() > 0
    if reextract:
        log.info("ingest: the extractor changed (version %s → %s): stored documents are extracted again",
                 stored_version or "1", EXTRACTOR_VERSION)
    refused: list[tuple[Path, str]] = []
    files = discover(paths, extensions, corpus=corpus, links_inside=links_inside, refused=refused)
    report.failed.extend((path.name, f"{path.name} {reason}") for path, reason in refused)
    names: set[str] = set()
    roots = [corpus, *(p for p in paths if p.is_dir())]  # a file's key is its path within the first that holds it
    own_pool: ProcessPoolExecutor | None = None
    if executor is None and len(files) >= POOL_THRESHOLD:
        executor = own_pool = process_pool()
    try:
        for i in range(0, len(files), CHUNK):
            pending = await _read_changed(store, files[i:i + CHUNK], names, max_bytes, report, reextract, roots)
            if executor is None and any(len(s.text) >= BIG_DOCUMENT for s in pending):
                executor = own_pool = process_pool()
            await _extract_and_store(store, pending, report, executor)
            if progress:
                progress(min(i + CHUNK, len(files)), len(files))
    finally:
        if own_pool:
            own_pool.shutdown(cancel_futures=True)
    if stored_version != str(EXTRACTOR_VERSION) and (
        prune or not reextract or len(names) >= await store.document_count()
    ):  # a whole-corpus pass, a first ingest, or every stored document seen: the store is current
        await store.put_settings({VERSION_KEY: str(EXTRACTOR_VERSION)}, datetime.now(UTC).isoformat())
    if prune:
        folders = [p.resolve() for p in paths if p.is_dir()]
        for name, stored_path in await store.document_paths():
            path = Path(stored_path)
            if any(path.is_relative_to(f) for f in folders) and not path.exists():
                await store.remove_document(name)
                report.removed.append(name)
                log.info("ingest: %s is gone from the corpus; removed", name)
    return report


async def _read_changed(
    store: Store, files: list[Path], names: set[str], max_bytes: int, report: IngestReport, reextract: bool = False,
    roots: list[Path | None] | None = None,
) -> list[SourceDocument]:
    """Read files; keep those whose bytes differ from what is stored (all of them after an extractor upgrade).
    Bad files are logged and skipped. A file's key is its path within the first of `roots` holding it."""
    pending: list[SourceDocument] = []
    for path in files:
        try:
            source = await asyncio.to_thread(read_document, path, max_bytes)
        except IngestError as exc:
            log.warning("ingest: %s", exc)
            report.failed.append((path.name, str(exc)))
            continue
        source.meta.name = document_name(path, roots or ())
        if source.meta.name in names:
            msg = f"{path}: another file named {source.meta.name} was already ingested in this batch; skipped"
            log.warning("ingest: %s", msg)
            report.failed.append((path.name, msg))
            continue
        names.add(source.meta.name)
        stored_hash = await store.document_hash(source.meta.name)
        if stored_hash == source.content_hash and not reextract:
            report.unchanged.append(source.meta.name)
        elif stored_hash == source.content_hash:
            pending.append(source)
            report.reextracted.append(source.meta.name)
        else:
            pending.append(source)
            (report.updated if stored_hash else report.added).append(source.meta.name)
    return pending


async def _extract_and_store(
    store: Store, pending: list[SourceDocument], report: IngestReport, executor: Executor | None
) -> None:
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(executor, _extract, s) for s in pending]
    for source, future in zip(pending, futures, strict=True):
        try:
            facts = await future
            await store.replace_document(source, facts)
            report.facts[source.meta.name] = counts(facts)
        except Exception as exc:  # one document's failure must not stop the others
            log.exception("ingest: %s failed; the stored version (if any) is kept", source.meta.name)
            for bucket in (report.added, report.updated):
                if source.meta.name in bucket:
                    bucket.remove(source.meta.name)
            report.failed.append((source.meta.name, f"{type(exc).__name__}: {exc}"))
