"""The SQLite store (aiosqlite, WAL). The only module family that writes SQL.

One document is written in one transaction: it is either fully in or not at all. Re-ingesting the same
bytes is a no-op (content hash); changed bytes replace that document's facts.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import aiosqlite

from bot.extract.version import EXTRACTOR_VERSION
from bot.store.digests import DigestStore
from bot.store.feeds import FeedStore
from bot.store.migrations import FOREIGN_KEYS_OFF, MIGRATIONS
from bot.store.one_call import ReadThreads
from bot.store.reads import Reads
from bot.store.scope import BASE, view_of
from bot.store.writes import write_facts

if TYPE_CHECKING:
    from bot.extract.facts import Facts
    from bot.ingest.reader import SourceDocument

EXTRACTOR_VERSION_KEY = "extractor_version"  # settings: the extractor version of the stored facts

log = logging.getLogger(__name__)
T = TypeVar("T")

SCHEMA_VERSION = len(MIGRATIONS)


class StoredFile(NamedTuple):
    """What the store knows of a document's file: enough to tell, by a stat, that it has not changed."""

    content_hash: str
    size: int | None  # None: stored before schema 6, or not from a file
    mtime_ns: int | None


class StoreError(Exception):
    """The database cannot be used (newer schema, corrupt file...); the message says what to do."""


class Store(Reads, DigestStore, FeedStore):
    """Two connections: one writer, serialised by a lock, and one query-only reader.

    In WAL mode the reader sees only committed transactions, so an answer can never see half a document
    while another is being written; the lock keeps concurrent writers (live ingestion, /reload, the
    digest) from interleaving statements inside each other's transactions.
    """

    def __init__(self, reader: aiosqlite.Connection, writer: aiosqlite.Connection, path: Path) -> None:
        super().__init__(reader)
        self.writer = writer  # migrations and small settings writes (aiosqlite)
        self.path = path
        self._write_lock = asyncio.Lock()  # one writer at a time, whichever connection it uses
        self._bulk: sqlite3.Connection = None  # type: ignore[assignment]  # documents: set by open()
        self._read_threads: ReadThreads | None = None  # whole answers in one call: set by open()

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (creating and migrating as needed). Raises StoreError, one line saying what is wrong, when the
        database cannot be used: a read-only file or folder, a damaged or foreign file, a newer schema."""
        try:
            return await cls._open(path)
        except (sqlite3.Error, OSError) as exc:
            raise _explain(path, exc) from exc

    @classmethod
    async def _open(cls, path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(_probe, path)  # fail here, before aiosqlite starts a thread that a failure strands
        writer = await _connect(path)
        reader = None
        try:
            await writer.execute("PRAGMA journal_mode=WAL")
            store = cls(writer, writer, path)  # migrate before the reader exists
            await store._migrate()
            reader = await _connect(path)
            await reader.execute("PRAGMA query_only=ON")
            store.conn = reader
            store._bulk = await asyncio.to_thread(_bulk_connect, path)
            store._read_threads = ReadThreads(path)
        except Exception:
            await writer.close()
            if reader is not None:
                await reader.close()
            raise
        return store

    async def answer(self, library: int | None, make: Callable[[Reads], Coroutine[Any, Any, T]]) -> T:
        """`make(reads)` as `library` sees it, run to its end in a reader thread: all of an answer's queries
        and citations in one database call, over one snapshot (see one_call.py)."""
        if self._read_threads is None:
            return await super().answer(library, make)
        return await self._read_threads.run(lambda conn: make(self.scoped(library, conn)))

    async def close(self) -> None:
        if self._read_threads is not None:
            await asyncio.to_thread(self._read_threads.close)
            self._read_threads = None
        if self._bulk is not None:
            async with self._write_lock:
                await asyncio.to_thread(self._bulk.close)
        if self.conn is not self.writer:
            await self.conn.close()
        await self.writer.close()

    async def _migrate(self) -> None:
        async with self.writer.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this Factdesk ({SCHEMA_VERSION}): "
                "update Factdesk or point --db at another file"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            log.info("migrating %s to schema version %d", self.path, number)
            rebuild = number in FOREIGN_KEYS_OFF
            if rebuild:  # a table others point at is rebuilt: no cascade may fire (and it can only be set here)
                await self.writer.execute("PRAGMA foreign_keys=OFF")
            try:
                async with self.transaction() as conn:
                    for statement in _statements(script):
                        await conn.execute(statement)
                    if rebuild:
                        async with conn.execute("PRAGMA foreign_key_check") as cur:
                            broken = await cur.fetchall()
                        if broken:
                            raise StoreError(f"migration {number} of {self.path} would leave {len(broken)} broken "
                                             f"references (first: {tuple(broken[0])}); nothing was changed")
                    await conn.execute(f"PRAGMA user_version={number}")
            finally:
                if rebuild:
                    await self.writer.execute("PRAGMA foreign_keys=ON")
        if version == 0:  # a new database: whatever is written into it comes from this extractor
            async with self.transaction() as conn:
                await conn.execute(
                    "INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, datetime('now'))",
                    (EXTRACTOR_VERSION_KEY, str(EXTRACTOR_VERSION)),
                )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time; everything inside it is committed together or not at all."""
        async with self._write_lock:
            await self.writer.execute("BEGIN IMMEDIATE")
            try:
                yield self.writer
            except BaseException:
                await self.writer.execute("ROLLBACK")
                raise
            else:
                await self.writer.execute("COMMIT")

    async def total_documents(self) -> int:
        """Documents in every library (what an extractor upgrade has to extract again)."""
        async with self.conn.execute("SELECT count(*) FROM documents") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def libraries(self) -> dict[int, int]:
        """library → how many documents it holds (the base library always listed)."""
        async with self.conn.execute("SELECT library, count(*) FROM documents GROUP BY library") as cur:
            rows = await cur.fetchall()
        return {BASE: 0} | {int(r[0]): int(r[1]) for r in rows}

    async def document_hash(self, name: str, library: int = BASE) -> str | None:
        async with self.conn.execute(
            "SELECT content_hash FROM documents WHERE library = ? AND name = ?", (library, name)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def document_stamps(self, names: Sequence[str], library: int = BASE) -> dict[str, StoredFile]:
        """name → (content hash, file size, file mtime_ns) of `library`'s stored documents among `names` (one
        query per 500 names, on the unique (library, name) index): how a start-up skips unchanged files without
        reading them."""
        out: dict[str, StoredFile] = {}
        for i in range(0, len(names), 500):
            part = names[i:i + 500]
            async with self.conn.execute(
                "SELECT name, content_hash, file_size, file_mtime_ns FROM documents INDEXED BY documents_file"
                f" WHERE library = ? AND name IN ({','.join('?' * len(part))})", (library, *part),  # covering
            ) as cur:
                for row in await cur.fetchall():
                    out[row[0]] = StoredFile(row[1], row[2], row[3])
        return out

    async def documents_elsewhere(self, seen: set[str], library: int = BASE) -> list[tuple[str, str]]:
        """(name, path) of `library`'s stored documents whose path is not in `seen` (a start-up's prune: the files
        it just walked are there). Every path is read from its index, not from the table and its texts; the names
        only of those not seen."""
        async with self.conn.execute("SELECT path FROM documents INDEXED BY documents_path") as cur:
            others = sorted({row[0] for row in await cur.fetchall()} - seen)
        out: list[tuple[str, str]] = []
        for i in range(0, len(others), 500):
            part = others[i:i + 500]
            async with self.conn.execute(
                f"SELECT name, path FROM documents WHERE path IN ({','.join('?' * len(part))}) AND library = ?",
                [*part, library],
            ) as cur:
                out += [(row[0], row[1]) for row in await cur.fetchall()]
        return out

    async def names_starting(self, prefix: str, limit: int = 10_000, library: int = BASE) -> set[str]:
        """Stored document names of `library` that start with `prefix` (an upload must not take one over unasked)."""
        async with self.conn.execute(
            "SELECT name FROM documents WHERE library = ? AND name >= ? AND name < ? LIMIT ?",
            (library, prefix, prefix + "\U0010ffff", limit),
        ) as cur:
            return {row[0] for row in await cur.fetchall()}

    async def replace_document(self, source: SourceDocument, facts: Facts, library: int = BASE) -> int:
        """Insert a document and its facts into `library`, replacing any earlier version there with the same name
        (the same name in another library is another document)."""
        async with self._write_lock:
            return await asyncio.to_thread(self._in_bulk_transaction, _replace, source, facts, int(library))

    async def write_documents(
        self, documents: Sequence[tuple[SourceDocument, Facts]], stamps: Sequence[tuple[str, int, int]] = (),
        library: int = BASE,
    ) -> list[int | Exception]:
        """Write many documents of `library` in one transaction (bulk ingest: one commit per batch, not per
        document), each inside its own savepoint, so a document that fails is rolled back alone: its exception
        is returned in its place and the others are committed. `stamps` (name, size, mtime_ns) record that an
        unchanged file was seen with a new modification time."""
        async with self._write_lock:
            return await asyncio.to_thread(self._in_bulk_transaction, _write_batch, documents, stamps, int(library))

    async def remove_document(self, name: str, library: int = BASE) -> bool:
        """Remove one document of `library`; the same name in another library stays."""
        async with self._write_lock:
            return await asyncio.to_thread(self._in_bulk_transaction, _delete_document, name, int(library))

    def _in_bulk_transaction(self, work: Callable[..., T], *args: object) -> T:
        """Run `work(conn, *args)` as one transaction on the document writer (a worker thread, lock held)."""
        self.forget_quote_words()
        conn = self._bulk
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(conn, *args)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result


def _write_batch(conn: sqlite3.Connection, documents: Sequence[tuple[SourceDocument, Facts]],
                 stamps: Sequence[tuple[str, int, int]], library: int = BASE) -> list[int | Exception]:
    out: list[int | Exception] = []
    for source, facts in documents:
        conn.execute("SAVEPOINT document")
        try:
            out.append(_replace(conn, source, facts, library))
        except Exception as exc:  # this document only: the batch goes on
            conn.execute("ROLLBACK TO document")
            out.append(exc)
        conn.execute("RELEASE document")
    conn.executemany("UPDATE documents SET file_size = ?, file_mtime_ns = ? WHERE library = ? AND name = ?",
                     [(size, mtime, library, name) for name, size, mtime in stamps])
    return out


def _replace(conn: sqlite3.Connection, source: SourceDocument, facts: Facts, library: int = BASE) -> int:
    meta = source.meta
    old = conn.execute(  # by name, or by source (path index): never a walk through the whole library
        "SELECT ingested_at FROM documents WHERE library = ? AND name = ? AND content_hash = ?"
        " UNION ALL SELECT ingested_at FROM documents INDEXED BY documents_path"
        " WHERE path = ? AND library = ? AND content_hash = ? LIMIT 1",
        (library, meta.name, source.content_hash, source.location, library, source.content_hash),
    ).fetchone()
    # the same bytes extracted again (a new extractor, or a document stored under its old key): not news, so
    # the digest must not report it again
    ingested_at = old[0] if old else datetime.now(UTC).isoformat(timespec="seconds")
    _delete_document(conn, meta.name, library)
    for (other,) in conn.execute(
        "SELECT name FROM documents INDEXED BY documents_path WHERE path = ? AND library = ?",
        (source.location, library),
    ).fetchall():
        _delete_document(conn, other, library)  # one source is one document: the same file under an older key
    cur = conn.execute(
        "INSERT INTO documents(library, name, path, content_hash, title, url, outlet, published, ingested_at, text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (library, meta.name, source.location, source.content_hash, meta.title, meta.url, meta.outlet, meta.published,
         ingested_at, source.text),
    )
    doc_id = int(cur.lastrowid or 0)
    if source.stamp is not None:  # a file: what tells the next start it is unchanged without reading it
        conn.execute("UPDATE documents SET file_size = ?, file_mtime_ns = ? WHERE id = ?", (*source.stamp, doc_id))
    write_facts(conn, doc_id, source.text, facts, view_of(library))
    return doc_id


def _delete_document(conn: sqlite3.Connection, name: str, library: int = BASE) -> bool:
    """Delete a document of `library` (its facts go by cascade) and take its share out of each entity's counts,
    overall and in its library."""
    row = conn.execute("SELECT id FROM documents WHERE library = ? AND name = ?", (library, name)).fetchone()
    if row is None:
        return False
    doc_id = int(row[0])
    shares = [(int(r[1]), int(r[0])) for r in conn.execute(
        "SELECT a.entity_id, (SELECT count(*) FROM mentions m WHERE m.document_id = ? AND m.entity_id = a.entity_id)"
        " FROM (SELECT DISTINCT entity_id FROM aliases WHERE document_id = ?) a",
        (doc_id, doc_id),
    ).fetchall()]
    # its aliases, events and quotes first, while the summaries' triggers can still look up the document's library
    conn.execute("DELETE FROM aliases WHERE document_id = ?", (doc_id,))
    conn.execute("DELETE FROM events WHERE document_id = ?", (doc_id,))
    conn.execute("DELETE FROM quotes WHERE document_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    conn.executemany(
        "UPDATE entities SET mention_count = mention_count - ?, document_count = document_count - 1 WHERE id = ?",
        shares,
    )
    conn.executemany(
        "UPDATE entity_libraries SET mention_count = mention_count - ?, document_count = document_count - 1"
        " WHERE library = ? AND entity_id = ?",
        [(n, library, e) for n, e in shares],
    )
    conn.executemany("DELETE FROM entity_libraries WHERE library = ? AND entity_id = ? AND document_count <= 0",
                     [(library, e) for _, e in shares])
    conn.executemany("DELETE FROM entities WHERE id = ? AND document_count <= 0", [(e,) for _, e in shares])
    return True


def _bulk_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    for pragma in ("foreign_keys=ON", "synchronous=NORMAL", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


async def _connect(path: Path) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path, isolation_level=None)
    try:
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("PRAGMA busy_timeout=5000")
    except BaseException:
        await conn.close()  # its thread would otherwise keep the process alive after the error
        raise
    return conn


def _probe(path: Path) -> None:
    """Open and read the database once with plain sqlite3: an unopenable, unreadable or foreign file raises here.
    (When aiosqlite's own connect fails, its thread reports to the event loop later, after asyncio.run may have
    closed it: a traceback at exit.)"""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()


def _explain(path: Path, exc: sqlite3.Error | OSError) -> StoreError:
    """The one line an operator needs when the database cannot be opened."""
    text = str(exc).lower()
    folder = path.parent
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        return StoreError(f"cannot write {path}: cannot create its folder {folder} ({exc.strerror or exc})")
    if "readonly" in text or "read-only" in text or "unable to open" in text or not _writable(path):
        return StoreError(f"cannot write {path}: read-only (Factdesk must be able to write the database file "
                          f"and, for its -wal and -shm files, the folder {folder}); fix the permissions or "
                          "point --db / FACTDESK_DB elsewhere")
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return StoreError(f"{path} is not a usable database ({exc}); check it with `factdesk doctor --db {path}` "
                          "or point --db elsewhere")
    return StoreError(f"cannot use {path}: {exc}")


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    out: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper.startswith("END;"):
                out.append("\n".join(buf))
                buf, in_trigger = [], False
        elif stripped.endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if buf:
        out.append("\n".join(buf))
    return out
