"""The measuring processes. Each runs in a fresh interpreter so its memory and start-up figures are its own:

    python -m bot.bench.measure ingest CORPUS DB OUT.json [--libraries N]
    python -m bot.bench.measure sync CORPUS DB OUT.json        (a start-up's sync over an unchanged corpus)
    python -m bot.bench.measure serve DB QUERIES.json OUT.json [--naive-queries K] [--naive-seconds S] [--libraries N]

With --libraries N the corpus is spread over the base library and N server libraries (article i goes to
library i mod (N + 1), 0 being the base library), and every query is asked in one server's view (the base
library and that server's own: about 2/(N + 1) of the corpus), the servers taken in turn.

`serve` prints READY on stdout as soon as the Desk is open and has answered its first query (the parent
times that line from the moment it started the process), then runs the warm-up queries (not measured), the
measured queries interleaved across commands — each query asked of the Desk and, in the same round, of the
plain-SQLite limit (bot/bench/plain.py; which of the two goes first alternates by round) — reads its peak
RSS, and only then runs the naive baseline.
"""

from __future__ import annotations

import time

T_PROCESS = time.perf_counter()  # before the heavy imports: the start-up breakdown starts here

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from collections.abc import Awaitable, Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, NamedTuple  # noqa: E402


def proc_status_kb(field: str, pid: str = "self") -> int:
    """A memory figure from /proc/<pid>/status in kB (VmHWM: peak resident set; VmRSS: current)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu() -> dict[str, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"self": me.ru_utime + me.ru_stime, "children": kids.ru_utime + kids.ru_stime}


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def table_bytes(db: Path) -> dict[str, int]:
    """Bytes on disk per table, its indexes included (a full-text index: its shadow tables), from dbstat."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
        virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
        out: dict[str, int] = {}
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)
            table = next((v for v in virtual if table.startswith(v + "_")), table)  # sentences_fts_data → _fts
            out[table] = out.get(table, 0) + int(size)
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))
    except sqlite3.OperationalError:  # an SQLite built without dbstat
        return {}
    finally:
        conn.close()


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'")]
        return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in sorted(names)}
    finally:
        conn.close()


# ingest -----------------------------------------------------------------------------------------------------


SERVER_IDS = 10**17  # server libraries are numbered like Discord guild ids: SERVER_IDS + 1, + 2, …


def library_of(index: int, libraries: int) -> int:
    """The library article `index` (in file order) goes to: the base library or one of `libraries` servers."""
    slot = index % (libraries + 1) if libraries else 0
    return SERVER_IDS + slot if slot else 0


def run_ingest(corpus: Path, db: Path, libraries: int = 0) -> dict[str, Any]:
    from bot.desk import Desk

    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        marks.setdefault("first_stored", now)
        marks["last_stored"] = now

    async def go() -> Any:
        desk = await Desk.open(db)
        try:
            if not libraries:
                return await desk.ingest_paths([corpus], progress=progress)
            files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
            shares: dict[int, list[Path]] = {}
            for i, path in enumerate(files):
                shares.setdefault(library_of(i, libraries), []).append(path)
            report = None
            for library, paths in sorted(shares.items()):
                part = await desk.ingest_paths(paths, progress=progress, library=library)
                if report is None:
                    report = part
                else:
                    report.added += part.added
                    report.failed += part.failed
            return report
        finally:
            await desk.close()

    load_before = os.getloadavg()
    cpu0, t0 = _cpu(), time.perf_counter()
    report = asyncio.run(go())
    wall = time.perf_counter() - t0
    cpu1 = _cpu()
    return {
        "wall_s": wall,
        "added": len(report.added),
        "failed": len(report.failed),
        "read_phase_s": marks.get("first_stored", t0) - t0,  # reading, hashing and the first extraction
        "cpu_main_s": cpu1["self"] - cpu0["self"],
        "cpu_workers_s": cpu1["children"] - cpu0["children"],
        "rss_main_peak_kb": proc_status_kb("VmHWM"),
        "rss_worker_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "db_bytes": _db_bytes(db),
        "rows": table_counts(db),
        "table_bytes": table_bytes(db),
        "loadavg_before": load_before,
        "loadavg_after": os.getloadavg(),
        "cpus": os.cpu_count(),
    }


def run_sync(corpus: Path, db: Path) -> dict[str, Any]:
    """A start-up's corpus sync (what the bot and `make run` do at every start): the corpus folder, every file
    already stored and unchanged, checked against the database by a fresh process."""
    from bot.desk import Desk

    async def go() -> Any:
        desk = await Desk.open(db)
        try:
            t = time.perf_counter()
            report = await desk.ingest_paths([corpus], prune=True)
            return report, time.perf_counter() - t
        finally:
            await desk.close()

    load_before = os.getloadavg()
    cpu0 = _cpu()
    report, wall = asyncio.run(go())
    cpu1 = _cpu()
    return {"wall_s": wall, "unchanged": len(report.unchanged), "changed": report.changed,
            "cpu_s": cpu1["self"] + cpu1["children"] - cpu0["self"] - cpu0["children"],
            "process_s": time.perf_counter() - T_PROCESS, "loadavg_before": load_before,
            "loadavg_after": os.getloadavg()}


# serve ------------------------------------------------------------------------------------------------------


def _caller(desk: Any, command: str) -> Callable[[dict[str, Any]], Awaitable[Any]]:
    """The Desk call for one query, in the view of the query's library (the base library when there is none)."""
    if command == "check":
        return lambda q: desk.check(q["q"], q.get("speaker"), library=q.get("library", 0))
    method = getattr(desk, command)
    return lambda q: method(q["q"], library=q.get("library", 0))


def assign_libraries(queries: dict[str, list[dict[str, Any]]], libraries: int) -> None:
    """Each query is asked in one server's view, the servers in turn (a different start per command)."""
    if not libraries:
        return
    for c, (_, qs) in enumerate(sorted(queries.items())):
        for i, q in enumerate(qs):
            q["library"] = SERVER_IDS + 1 + (i + c) % libraries


async def _serve(db: Path, queries: dict[str, list[dict[str, Any]]], warmup: int) -> dict[str, Any]:
    t_imported0 = time.perf_counter()
    from bot.desk import Desk

    t_imported = time.perf_counter()
    desk = await Desk.open(db)
    t_open = time.perf_counter()
    first = next(q for q in queries["who"] if q["kind"] == "hit")
    await desk.who(first["q"])
    t_ready = time.perf_counter()
    print("READY", flush=True)
    out: dict[str, Any] = {
        "startup": {
            "interpreter_and_stdlib_s": t_imported0 - T_PROCESS,
            "import_s": t_imported - t_imported0,
            "open_s": t_open - t_imported,
            "first_query_s": t_ready - t_open,
            "in_process_s": t_ready - T_PROCESS,
        },
        "rss_ready_kb": proc_status_kb("VmRSS"),
        "loadavg_before": os.getloadavg(),
    }
    from bot.bench.plain import PlainDesk  # after READY: not part of the start-up

    callers = {c: _caller(desk, c) for c in queries}
    plain = PlainDesk(db)
    for c, qs in queries.items():  # warm-up: the first `warmup` queries of each command, not measured
        for q in qs[:warmup]:
            await callers[c](q)
            plain.ask(c, q)
    samples: dict[str, list[float]] = {c: [] for c in queries}
    cpu: dict[str, list[float]] = {c: [] for c in queries}
    plain_ms: dict[str, list[float]] = {c: [] for c in queries}
    plain_cpu: dict[str, list[float]] = {c: [] for c in queries}
    plain_rows: dict[str, list[int]] = {c: [] for c in queries}
    measured = {c: qs[warmup:] for c, qs in queries.items()}
    longest = max(len(v) for v in measured.values())
    for i in range(longest):  # interleaved: who, when, quote, check, completions, who, ...
        for c, qs in measured.items():
            if i < len(qs):
                real, floor, rows = await _both(callers[c], plain, c, qs[i], plain_first=i % 2 == 1)
                samples[c].append(real.wall_ms)
                cpu[c].append(real.cpu_ms)
                plain_ms[c].append(floor.wall_ms)
                plain_cpu[c].append(floor.cpu_ms)
                plain_rows[c].append(rows)
    plain.close()
    out["rss_peak_kb"] = proc_status_kb("VmHWM")
    out["loadavg_after"] = os.getloadavg()
    out["latency_ms"] = samples
    out["cpu_ms"] = cpu
    out["plain_ms"] = plain_ms
    out["plain_cpu_ms"] = plain_cpu
    out["plain_rows"] = plain_rows
    out["kinds"] = {c: [q["kind"] for q in qs] for c, qs in measured.items()}
    out["shapes"] = {c: [q.get("shape", "") for q in qs] for c, qs in measured.items()}
    await desk.close()
    return out


class Timed(NamedTuple):
    wall_ms: float
    cpu_ms: float  # the whole process's CPU time (aiosqlite's thread included): what load does not inflate


async def _both(call: Callable[[dict[str, Any]], Awaitable[Any]], plain: Any, command: str, query: dict[str, Any],
                plain_first: bool) -> tuple[Timed, Timed, int]:
    """One query asked of the Desk and of the plain-SQLite limit: (Desk, plain, rows the plain read)."""
    def ask_plain() -> tuple[Timed, int]:
        c, t = time.process_time_ns(), time.perf_counter_ns()
        rows = plain.ask(command, query)
        return Timed((time.perf_counter_ns() - t) / 1e6, (time.process_time_ns() - c) / 1e6), len(rows)

    if plain_first:
        floor, rows = ask_plain()
    c, t = time.process_time_ns(), time.perf_counter_ns()
    await call(query)
    real = Timed((time.perf_counter_ns() - t) / 1e6, (time.process_time_ns() - c) / 1e6)
    if not plain_first:
        floor, rows = ask_plain()
    return real, floor, rows


def _naive(db: Path, queries: dict[str, list[dict[str, Any]]], warmup: int, count: int, budget_s: float
           ) -> dict[str, list[float]]:
    from bot.bench.naive import NaiveDesk

    naive = NaiveDesk(db)
    samples: dict[str, list[float]] = {}
    try:
        for c, qs in queries.items():
            method = getattr(naive, c)
            method(qs[0]["q"])  # one warm-up call (fills the page cache for that table)
            samples[c] = []
            started = time.perf_counter()
            for q in qs[warmup:warmup + count]:
                t = time.perf_counter_ns()
                if c == "check":
                    method(q["q"], q.get("speaker"))
                else:
                    method(q["q"])
                samples[c].append((time.perf_counter_ns() - t) / 1e6)
                if time.perf_counter() - started > budget_s and len(samples[c]) >= 5:
                    break
    finally:
        naive.close()
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.measure")
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("ingest")
    p.add_argument("corpus", type=Path)
    p.add_argument("db", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--libraries", type=int, default=0)
    p = sub.add_parser("sync")
    p.add_argument("corpus", type=Path)
    p.add_argument("db", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("serve")
    p.add_argument("db", type=Path)
    p.add_argument("queries", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--warmup", type=int, default=30)
    p.add_argument("--naive-queries", type=int, default=100)
    p.add_argument("--naive-seconds", type=float, default=20.0)
    p.add_argument("--libraries", type=int, default=0)
    args = parser.parse_args(argv)
    import logging

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if args.what == "ingest":
        result = run_ingest(args.corpus, args.db, args.libraries)
    elif args.what == "sync":
        result = run_sync(args.corpus, args.db)
    else:
        queries = json.loads(args.queries.read_text())
        assign_libraries(queries, args.libraries)
        result = asyncio.run(_serve(args.db, queries, args.warmup))
        if args.naive_queries > 0:
            result["naive_ms"] = _naive(args.db, queries, args.warmup, args.naive_queries, args.naive_seconds)
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
