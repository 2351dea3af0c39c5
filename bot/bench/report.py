"""The markdown printed by `bench` (and kept in docs/BENCHMARKS.md): ingest, storage, start-up and serving,
latency beside the plain-SQLite limit, the naive baseline, latency by query shape, and issue 14's targets.
Every table gives the 1-minute load average of the phase its figures come from (before → after)."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
from typing import Any

from bot.bench.queries import COMMANDS
from bot.bench.stats import LABEL, load_span, percentile, summarise
from bot.bench.targets import P99_TARGET_MS, targets_table

__all__ = ["LABEL", "P99_TARGET_MS", "fact_rows", "machine", "percentile", "summarise", "tables"]

# Tables whose rows are facts extracted from articles (entities are shared across articles: not counted).
FACT_TABLES = ("aliases", "mentions", "roles", "timexes", "events", "quotes", "amounts")


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    ram_kb = 0
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            ram_kb = int(next(line.split()[1] for line in fh if line.startswith("MemTotal")))
    except (OSError, StopIteration):
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(ram_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "kernel": platform.release(), "loadavg": os.getloadavg()}


def fact_rows(rows: dict[str, int]) -> int:
    return sum(rows.get(t, 0) for t in FACT_TABLES)


def _f(x: float, digits: int = 1) -> str:
    return "–" if x != x else f"{x:,.{digits}f}"  # NaN → dash


def _ratio(x: float) -> str:
    return "–" if x != x else f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×"


def _ingest(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        "### Ingest (fresh process, empty database, all cores via ingest_paths' process pool)",
        "",
        "| articles | words | wall s | articles/s | CPU ms/article main | workers | total | cores used "
        "| peak RSS main MB | peak RSS worker MB | load 1m before→after |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        g, n = r["ingest"], max(1, r["ingest"]["added"])
        wall, main, workers = g["wall_s"], g["cpu_main_s"], g["cpu_workers_s"]
        cached = " (cached DB)" if r.get("ingest_cached") else ""
        lines.append(
            f"| {r['n']:,} | {r['corpus']['words']:,} | {_f(wall)} | {_f(g['added'] / wall)} | "
            f"{_f(main / n * 1000, 2)} | {_f(workers / n * 1000, 2)} | {_f((main + workers) / n * 1000, 2)} | "
            f"{(main + workers) / wall:.2f} | {g['rss_main_peak_kb'] / 1024:,.0f} | "
            f"{g['rss_worker_peak_kb'] / 1024:,.0f} | {load_span(g)}{cached} |")
    return lines


def _storage(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        "### Storage (database file after ingest; article text = the corpus files' bytes; facts = rows of "
        + ", ".join(FACT_TABLES) + ")",
        "",
        "| articles | article text MB | DB MB | DB ÷ text | DB KB/article | text KB/article | facts | facts/article "
        "| DB bytes/fact | largest tables MB (indexes included) | load 1m before→after |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        g, n = r["ingest"], max(1, r["ingest"]["added"])
        text, db = r["corpus"].get("bytes", 0), g["db_bytes"]
        facts = fact_rows(g.get("rows", {}))
        top = ", ".join(f"{name} {_f(size / 2**20, 1 if size < 10 * 2**20 else 0)}"
                        for name, size in list(g.get("table_bytes", {}).items())[:6])
        lines.append(
            f"| {r['n']:,} | {text / 2**20:,.1f} | {db / 2**20:,.1f} | {_f(db / text if text else math.nan, 2)}× | "
            f"{db / n / 1024:,.1f} | {text / n / 1024:,.1f} | {facts:,} | {facts / n:,.0f} | "
            f"{_f(db / facts if facts else math.nan, 0)} | {top or '–'} | {load_span(g)} |")
    return lines


def _serving(results: list[dict[str, Any]]) -> list[str]:
    lines = [
        "### Start-up and serving (fresh processes on the built database)",
        "",
        "Ready = process start → first /who answered (no corpus folder). Corpus full = a fresh process until "
        "the start-up sync has checked the unchanged corpus folder (imports, open and sync; sync alone beside it).",
        "",
        "| articles | ready s | of which: imports | open | first /who | RSS at ready MB | peak RSS serving MB "
        "| load 1m | start-up, corpus full s | of which sync s (files unchanged) | sync CPU s | load 1m |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|",
    ]
    for r in results:
        s, st = r["serve"], r["serve"]["startup"]
        sync = r.get("sync") or {}
        nan = float("nan")
        lines.append(
            f"| {r['n']:,} | {r['startup_wall_s']:.2f} | {st['import_s']:.2f} | {st['open_s']:.3f} | "
            f"{st['first_query_s']:.3f} | {s['rss_ready_kb'] / 1024:,.0f} | {s['rss_peak_kb'] / 1024:,.0f} | "
            f"{load_span(s)} | {_f(sync.get('process_s', nan), 2)} | {_f(sync.get('wall_s', nan), 2)} "
            f"({sync.get('unchanged', 0):,}) | {_f(sync.get('cpu_s', nan), 2)} | {load_span(sync or None)} |")
    return lines


def _growth_base(results: list[dict[str, Any]]) -> dict[str, Any]:
    return next((r for r in results if r["n"] == 10_000), results[0])


def _latency(results: list[dict[str, Any]]) -> list[str]:
    base = _growth_base(results)
    lines = [
        "### Answer path latency beside the plain-SQLite limit (ms; Desk methods, no Discord; warm-up excluded)",
        "",
        "Plain = the same query's rows by the plainest indexed sqlite3 statements (bot/bench/plain.py), asked "
        "in the same round as the Desk (which goes first alternates). Ratio = Desk ÷ plain at the same "
        f"percentile. CPU = the process's CPU time for the call (not inflated by waiting for a core); CPU ratio = "
        "Desk CPU p99 ÷ plain CPU p99 (steadier than the wall ratio on a loaded machine). Growth = "
        f"p99 ÷ p99 at {base['n']:,}.",
        "",
        "| command | articles | n | p50 | p95 | p99 | max | CPU p50 | CPU p99 | plain p50 | plain p99 | plain CPU p99 "
        "| plain rows | ratio p50 | ratio p99 | CPU ratio p99 | p99 target | growth (p99) | load 1m |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for c in COMMANDS:
        b = summarise(base["serve"]["latency_ms"][c])
        for r in results:
            sv = r["serve"]
            s = summarise(sv["latency_ms"][c])
            cpu = summarise(sv.get("cpu_ms", {}).get(c, []))
            p = summarise(sv.get("plain_ms", {}).get(c, []))
            pc = summarise(sv.get("plain_cpu_ms", {}).get(c, []))
            rows = sv.get("plain_rows", {}).get(c, [])
            lines.append(
                f"| {LABEL[c]} | {r['n']:,} | {s['n']} | {_f(s['p50'], 2)} | {_f(s['p95'], 2)} | {_f(s['p99'], 2)} | "
                f"{_f(s['max'], 1)} | {_f(cpu['p50'], 2)} | {_f(cpu['p99'], 2)} | {_f(p['p50'], 2)} | "
                f"{_f(p['p99'], 2)} | {_f(pc['p99'], 2)} | {_f(sum(rows) / len(rows) if rows else math.nan, 1)} | "
                f"{_ratio(s['p50'] / p['p50'] if p['p50'] else math.nan)} | "
                f"{_ratio(s['p99'] / p['p99'] if p['p99'] else math.nan)} | "
                f"{_ratio(cpu['p99'] / pc['p99'] if pc['p99'] else math.nan)} | {P99_TARGET_MS[c]:g} | "
                f"{s['p99'] / b['p99']:.2f}× | {load_span(sv)} |")
    return lines


def _naive(results: list[dict[str, Any]]) -> list[str]:
    if not any(r["serve"].get("naive_ms") for r in results):
        return []
    lines = [
        "### Naive baseline (every row scanned in Python: bot/bench/naive.py; after the measured run)",
        "",
        "| command | articles | naive n | naive p50 ms | naive ÷ Desk (p50) |",
        "|---|---:|---:|---:|---:|",
    ]
    for c in COMMANDS:
        for r in results:
            naive = r["serve"].get("naive_ms", {}).get(c, [])
            if not naive:
                continue
            nv, s = summarise(naive), summarise(r["serve"]["latency_ms"][c])
            lines.append(f"| {LABEL[c]} | {r['n']:,} | {nv['n']} | {_f(nv['p50'], 1)} | "
                         f"{_ratio(nv['p50'] / s['p50'] if s['p50'] else math.nan)} |")
    return lines


def tables(results: list[dict[str, Any]], info: dict[str, Any]) -> str:
    """The markdown tables for one run (latency by query shape for each size), ending with issue 14's targets."""
    libraries = results[0].get("libraries", 0)
    head = [
        f"Machine: {info['nproc']} CPU ({info['cpu']}), {info['ram_gb']} GB RAM, Python {info['python']}, "
        f"SQLite {info['sqlite']}, Linux {info['kernel']}.",
    ]
    if libraries:
        head.append(f"Libraries: the corpus spread over the base library and {libraries} server libraries; every "
                    "query asked in one server's view.")
    parts = [head, _ingest(results), _storage(results), _serving(results), _latency(results), _naive(results),
             ["### Latency by query kind and shape"] + ["\n" + by_kind(r) for r in results], [targets_table(results)]]
    return "\n\n".join("\n".join(p) for p in parts if p)


def by_kind(result: dict[str, Any]) -> str:
    """p50/p99 per query kind and shape (hit: full name, typo, miss…) at one size: where the time goes."""
    lines = [f"At {result['n']:,} articles:", "",
             "| command | kind | shape | n | p50 ms | p99 ms | plain p50 ms | plain p99 ms |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    sv = result["serve"]
    for c in COMMANDS:
        samples, kinds = sv["latency_ms"][c], sv["kinds"][c]
        shapes = sv.get("shapes", {}).get(c) or [""] * len(kinds)
        plain = sv.get("plain_ms", {}).get(c) or [math.nan] * len(kinds)
        groups: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for x, k, shape, p in zip(samples, kinds, shapes, plain, strict=True):
            groups.setdefault((k, shape), []).append((x, p))
        for (k, shape), xs in sorted(groups.items()):
            s, ps = summarise([x for x, _ in xs]), summarise([p for _, p in xs])
            lines.append(f"| {LABEL[c]} | {k} | {shape} | {s['n']} | {s['p50']:.2f} | {s['p99']:.2f} | "
                         f"{_f(ps['p50'], 2)} | {_f(ps['p99'], 2)} |")
    return "\n".join(lines)
