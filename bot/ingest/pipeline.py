"""The ingest pipeline: files are read, hashed and extracted ahead in the pool while the writer stores the
ones already extracted, many per transaction.

    main (event loop)           pool workers (both cores)            writer thread
    stat, look up stored  ──►   read, hash, extract  ──►  in order ──►  BATCH documents per commit

An unchanged file is recognised by its stored (size, mtime_ns) without being read; a file whose stamp
changed but whose bytes did not is read and hashed in a worker, not extracted, and its new stamp stored.
At most AHEAD files are in the pool at once (memory stays flat), results are taken in file order (entity
linking and the report do not depend on which worker finished first), and each document is written inside
its own savepoint: one that fails is reported and leaves the others, and what was stored before, as they were.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from bot.extract.facts import Facts
from bot.ingest.corpus import Stamp
from bot.ingest.identity import name_in
from bot.ingest.offsets import OffsetMap
from bot.ingest.reader import IngestError, SourceDocument, extract_facts, read_document
from bot.ingest.report import IngestReport, counts
from bot.store import Store
from bot.store.db import StoredFile

log = logging.getLogger(__name__)

AHEAD = 64  # files submitted to the pool and not yet taken: keeps both workers busy while the writer commits
BATCH = 32  # documents per write transaction (one commit per document cost more than the SQL itself)
LOOKUP = 500  # names whose stored stamps are fetched per query
PROGRESS_EVERY = 64  # files between two progress calls


@dataclass(slots=True)
class Job:
    """One file for a worker: what it needs to know to skip the extraction when the bytes are unchanged."""

    path: Path
    name: str
    max_bytes: int
    stored_hash: str | None
    reextract: bool


@dataclass(slots=True)
class Done:
    """A worker's result: `source` read (and extracted when `facts` is set), or `error` (an IngestError)."""

    source: SourceDocument | None = None
    facts: Facts | None = None
    error: str | None = None


def run_job(job: Job) -> Done:
    """In a pool worker (or a thread): read, hash, and extract unless the bytes are the stored ones.
    Only what the writer needs travels back: the body the extractor read and its offset map are dropped."""
    try:
        source = read_document(job.path, job.max_bytes)
    except IngestError as exc:
        return Done(error=str(exc))
    source.meta.name = job.name
    facts = None
    if job.reextract or source.content_hash != job.stored_hash:
        facts = extract_facts(source)
    else:
        source.text = ""  # unchanged: the writer only records the new stamp
    source.body, source.offsets = "", OffsetMap(shift=0)
    return Done(source=source, facts=facts)


@dataclass(slots=True)
class Entry:
    """A file in the window, in corpus order: its job's future, or what was decided without reading it."""

    path: str  # as discovered (a Path is made only for a file that is read)
    name: str
    future: asyncio.Future[Done] | None = None
    stored: StoredFile | None = None
    error: str | None = None  # refused before reading (a duplicate name)
    stamp: Stamp | None = None  # (size, mtime_ns) from the walk


@dataclass
class Pipeline:
    """One ingest run over a list of files; `report` is the runner's IngestReport, filled in file order."""

    store: Store
    report: IngestReport
    executor: Executor | None
    max_bytes: int
    reextract: bool
    roots: list[Path | None]
    progress: Callable[[int, int], None] | None = None
    new_pool: Callable[[], Executor] | None = None  # a process pool for a big file, when there is no executor
    big_file: int = 200_000
    library: int = 0  # where the documents go: the base library, or a server's
    names: set[str] = field(default_factory=set)
    seen_paths: set[str] = field(default_factory=set)  # every file looked at, as stored: prune needs no stat for these
    _batch: list[tuple[SourceDocument, Facts]] = field(default_factory=list)
    _stamps: list[tuple[str, int, int]] = field(default_factory=list)
    _window: deque[Entry] = field(default_factory=deque)
    _done: int = 0
    _cwd: str = field(default_factory=os.getcwd)

    async def run(self, files: list[tuple[str, Stamp | None]]) -> None:
        """Ingest `files` (paths as strings, in order, each with the walk's (size, mtime_ns) or None)."""
        total = len(files)
        roots = tuple(os.fspath(r) for r in self.roots if r is not None)
        for start in range(0, total, LOOKUP):
            part = files[start:start + LOOKUP]
            entries = [self._entry(path, name_in(path, roots, self._cwd), stamp) for path, stamp in part]
            stored = await self.store.document_stamps([e.name for e in entries if e.error is None], self.library)
            for entry in entries:
                self._submit(entry, stored.get(entry.name))
                if entry.future is None and not self._window:  # decided unread, nothing pending before it
                    self._decided(entry)
                    self._count(total)
                    continue
                self._window.append(entry)
                if len(self._window) >= AHEAD:
                    await self._take(self._window.popleft(), total)
        while self._window:
            await self._take(self._window.popleft(), total)
        await self._flush()
        if self.progress and total and self._done % PROGRESS_EVERY:
            self.progress(total, total)

    def _entry(self, path: str, name: str, stamp: Stamp | None) -> Entry:
        self.seen_paths.add(path)
        if name in self.names:
            msg = f"{path}: another file named {name} was already ingested in this batch; skipped"
            return Entry(path, name, error=msg)
        self.names.add(name)
        return Entry(path, name, stamp=stamp)

    def _submit(self, entry: Entry, stored: StoredFile | None) -> None:
        """Send the file to the pool, unless it is refused or unchanged (its stamp is the stored one)."""
        if entry.error is not None:
            return
        entry.stored = stored
        stamp = entry.stamp
        if stamp is None:
            try:
                st = os.stat(entry.path)
                stamp = (st.st_size, st.st_mtime_ns)
            except OSError:
                stamp = None  # read_document says why, in the worker
        if stored is not None and stamp is not None and not self.reextract and (stored.size, stored.mtime_ns) == stamp:
            return  # unchanged: not read
        if self.executor is None and stamp is not None and stamp[0] >= self.big_file and self.new_pool:
            self.executor = self.new_pool()  # a big file would hold the GIL: extract it in a process
        job = Job(Path(entry.path), entry.name, self.max_bytes, stored.content_hash if stored else None,
                  self.reextract)
        entry.future = asyncio.get_running_loop().run_in_executor(self.executor, run_job, job)

    async def _take(self, entry: Entry, total: int) -> None:
        if entry.future is None:
            self._decided(entry)
        else:
            await self._settle(entry)
        self._count(total)
        if len(self._batch) >= BATCH:
            await self._flush()

    def _count(self, total: int) -> None:
        self._done += 1
        if self.progress and (self._done % PROGRESS_EVERY == 0):
            self.progress(self._done, total)

    def _decided(self, entry: Entry) -> None:
        """A file settled without reading it: refused before (a duplicate name), or unchanged."""
        if entry.error is not None:
            log.warning("ingest: %s", entry.error)
            self.report.failed.append((os.path.basename(entry.path), entry.error))
        else:
            self.report.unchanged.append(entry.name)

    async def _settle(self, entry: Entry) -> None:
        assert entry.future is not None
        report = self.report
        try:
            done = await entry.future
        except Exception as exc:  # one document's failure must not stop the others
            self._failed(entry.name, exc)
            return
        if done.error is not None or done.source is None:
            log.warning("ingest: %s", done.error)
            report.failed.append((os.path.basename(entry.path), str(done.error)))
            return
        source, stored = done.source, entry.stored
        if done.facts is None:  # same bytes, new stamp
            report.unchanged.append(entry.name)
            if source.stamp is not None:
                self._stamps.append((entry.name, *source.stamp))
            return
        if stored is not None and stored.content_hash == source.content_hash:
            report.reextracted.append(entry.name)
        else:
            (report.updated if stored else report.added).append(entry.name)
        self._batch.append((source, done.facts))

    async def _flush(self) -> None:
        documents, stamps = self._batch, self._stamps
        self._batch, self._stamps = [], []
        if not documents and not stamps:
            return
        try:
            results: list[int | Exception] = await self.store.write_documents(documents, stamps, self.library)
        except Exception as exc:  # the whole transaction failed (disk full...): every document in it
            results = [exc] * len(documents)
        for (source, facts), result in zip(documents, results, strict=True):
            if isinstance(result, Exception):
                self._failed(source.meta.name, result)
            else:
                self.report.facts[source.meta.name] = counts(facts)

    def _failed(self, name: str, exc: BaseException) -> None:
        log.error("ingest: %s failed; the stored version (if any) is kept", name, exc_info=exc)
        report = self.report
        for bucket in (report.added, report.updated):
            if name in bucket:
                bucket.remove(name)
        report.failed.append((name, f"{type(exc).__name__}: {exc}"))

