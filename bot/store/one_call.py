"""One database call per answer: an answer's every query runs in one hop to a reader thread.

Answers are written as coroutines over `Reads` (so tests and small tools can await them on the aiosqlite
connection), but through aiosqlite each statement is a round trip between the event loop and its thread:
0.1-0.3 ms each, against 0.01-0.02 ms of SQLite work, and an answer with citations makes dozens. Here the
whole answer coroutine is run *inside* a reader thread over a plain sqlite3 connection whose `execute` finishes
before it returns: every `await` in it completes at once, so the coroutine runs to its end in one `send` and
the event loop waits for one future. The answer also reads one snapshot (a read transaction), so a document
written meanwhile is either wholly in it or not at all.

A coroutine that really suspends (it awaited something other than the database) is a programming error and
raises, rather than blocking the thread.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable, Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")
READ_THREADS = 2  # this machine's cores: SQLite releases the GIL while it steps, so two answers overlap


class _Cursor:
    """What `async with conn.execute(...) as cur: await cur.fetchall()` needs, finished before it returns."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def __aenter__(self) -> _Cursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._cursor.close()

    async def fetchall(self) -> list[sqlite3.Row]:
        return self._cursor.fetchall()

    async def fetchone(self) -> sqlite3.Row | None:
        return self._cursor.fetchone()


class SyncConnection:
    """The read side of aiosqlite's Connection over a plain sqlite3 connection used in its own thread."""

    __slots__ = ("raw",)

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Iterable[object] = ()) -> _Cursor:
        return _Cursor(self.raw.execute(sql, tuple(params)))


def run_to_end(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine whose awaits all complete at once; RuntimeError if it suspends."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coro.close()
    raise RuntimeError("an answer awaited something other than the database inside a one-call read")


class ReadThreads:
    """Reader threads, each with its own query-only connection, that run whole answers."""

    def __init__(self, path: Path, threads: int = READ_THREADS) -> None:
        self.path = path
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="factdesk-read")
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.trace: Callable[[str], object] | None = None  # each statement run, for the query-plan tests

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            for pragma in ("query_only=ON", "busy_timeout=5000"):
                conn.execute(f"PRAGMA {pragma}")
            self._local.conn = conn
            with self._lock:
                self._opened.append(conn)
        return conn

    def _run(self, make: Callable[[SyncConnection], Coroutine[Any, Any, T]]) -> T:
        conn = self._connection()
        conn.set_trace_callback(self.trace)
        conn.execute("BEGIN")  # one snapshot for the whole answer
        try:
            return run_to_end(make(SyncConnection(conn)))
        finally:
            conn.execute("ROLLBACK")

    async def run(self, make: Callable[[SyncConnection], Coroutine[Any, Any, T]]) -> T:
        """`make(conn)` (a coroutine over the reader connection) run to its end in one reader thread."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, self._run, make)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()

    def __enter__(self) -> ReadThreads:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
