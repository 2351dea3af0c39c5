"""Live ingestion: poll the corpus folder and ingest what changed, without a restart.

Polling (a stat of every file every few seconds) needs no dependency and works on every filesystem,
including network shares and Docker volumes where inotify-style events are unreliable. A poll only
stats files; reading, hashing and extracting happen only for files whose size or mtime changed, through
Desk.ingest_paths (extraction runs off the event loop there, and each document is one transaction);
a deleted file's document goes through Desk.remove.

A file that cannot be ingested (unreadable, binary, empty, too big) is logged once per version of the file
(its size and mtime), not on every poll, and skipped; the other files go on.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.ingest import IngestReport
from bot.ingest.corpus import Refuse, walk
from bot.ingest.identity import document_name

if TYPE_CHECKING:
    from bot.desk import Desk

log = logging.getLogger(__name__)

Stamp = tuple[int, int]  # (size, mtime_ns): a file "changed" when either does


def snapshot(folder: Path, extensions: tuple[str, ...], links_inside: bool = True,
             refuse: Refuse | None = None) -> dict[Path, Stamp]:
    """Every corpus file under `folder` (as discover() finds them: links out of the folder refused) with its size
    and mtime. Blocking: run it in a thread."""
    return {path: (st.st_size, st.st_mtime_ns) for path, st in walk(folder, extensions, links_inside, refuse)}


@dataclass(slots=True)
class Changes:
    changed: list[Path] = field(default_factory=list)  # new or modified
    deleted: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.deleted)


def diff(before: dict[Path, Stamp], after: dict[Path, Stamp]) -> Changes:
    return Changes(
        changed=sorted(p for p, stamp in after.items() if before.get(p) != stamp),
        deleted=sorted(p for p in before if p not in after),
    )


class CorpusWatcher:
    """Keeps the database in step with the corpus folder. Call poll() periodically (the watch cog does)."""

    def __init__(
        self, desk: Desk, folder: Path, extensions: tuple[str, ...] = (".txt", ".md"),
        lock: asyncio.Lock | None = None, settle: float = 1.0,
    ) -> None:
        self.desk = desk
        self.folder = folder
        self.extensions = extensions
        self.lock = lock or asyncio.Lock()  # shared with the digest: it never reads a document mid-write
        self.settle_ns = int(settle * 1e9)  # a file modified more recently may still be being written: wait
        self.files: dict[Path, Stamp] | None = None  # None until the first poll
        self._missing_logged = False
        settings = getattr(desk, "settings", None)
        self.links_inside = settings.allow_symlinks_inside if settings is not None else True
        self._refused: set[Path] = set()  # links out of the folder, logged once (while they stay)

    def _snapshot(self, log_new: bool) -> dict[Path, Stamp]:
        """The folder now; links that lead out of it are left out, each logged once (not when an ingest of the
        whole folder, which logs them itself, is about to run or just ran: log_new false)."""
        refused: dict[Path, str] = {}
        files = snapshot(self.folder, self.extensions, self.links_inside, lambda p, why: refused.setdefault(p, why))
        if log_new:
            for path in sorted(refused.keys() - self._refused):
                log.warning("watch: %s %s", path, refused[path])
        self._refused = set(refused)
        return files

    async def baseline(self, recheck_window: float = 10.0) -> None:
        """Take the folder as the start-up ingest (running now, or just done) sees it, so the first poll does not
        read every file again. Files modified in the last `recheck_window` seconds are re-checked anyway (cheap:
        unchanged bytes are skipped by hash) in case the start-up ingest read them just before they changed."""
        try:
            files = await asyncio.to_thread(self._snapshot, False)
        except OSError:
            return  # the first poll says what is wrong
        recent = time.time_ns() - int(recheck_window * 1e9)
        self.files = {p: (stamp if stamp[1] < recent else (-1, -1)) for p, stamp in files.items()}

    async def poll(self) -> IngestReport | None:
        """Compare the folder with the last poll and ingest the difference. Never raises (logs instead).

        Without a baseline, the first poll ingests the whole folder with prune (cheap when nothing changed).
        A file that fails is not retried (nor logged again) until it changes: its size and mtime are kept.
        """
        try:
            return await self._poll()
        except Exception:
            log.exception("watch: checking %s failed; trying again on the next poll", self.folder)
            return None

    async def _poll(self) -> IngestReport | None:
        try:
            now = await asyncio.to_thread(self._snapshot, self.files is not None)
        except OSError as exc:
            if not self._missing_logged:
                log.warning("watch: cannot read the corpus folder %s (%s); will keep checking",
                            self.folder, exc.strerror or exc)
                self._missing_logged = True
            return None
        self._missing_logged = False
        first = self.files is None
        before = self.files or {}
        changes = diff(before, now)
        seen = dict(now)
        cutoff = time.time_ns() - self.settle_ns
        for path in [p for p in changes.changed if now[p][1] > cutoff]:  # still being written: next poll
            changes.changed.remove(path)
            if path in before:
                seen[path] = before[path]
            else:
                del seen[path]
        if not first and not changes:
            self.files = seen
            return None
        async with self.lock:
            if first:
                report = await self.desk.ingest_paths([self.folder], prune=True)
            else:
                report = await self.desk.ingest_paths(changes.changed) if changes.changed else IngestReport()
                await self._remove(changes.deleted, now, report)
        self.files = seen
        if report.changed or report.failed:
            log.info("watch: %s: %s", self.folder, report.summary())
        return report

    async def _remove(self, deleted: list[Path], now: dict[Path, Stamp], report: IngestReport) -> None:
        """Drop the documents of deleted files (keyed by their path within the folder) — unless another file with
        the same key is still there. Cheaper than a pruning pass, which re-reads every file (and re-logs bad ones)."""
        remaining = {document_name(p, [self.folder]) for p in now}
        for path in deleted:
            name = document_name(path, [self.folder])
            if name not in remaining and await self.desk.remove(name):
                report.removed.append(name)
                log.info("watch: %s is gone from the corpus; removed", name)


_LOCKS: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


def ingest_lock_for(owner: object) -> asyncio.Lock:
    """One lock per bot shared by the watcher and the digest (the store has one connection: a read while
    a document's transaction is open would see it half written)."""
    lock = _LOCKS.get(owner)
    if lock is None:
        lock = _LOCKS[owner] = asyncio.Lock()
    return lock
