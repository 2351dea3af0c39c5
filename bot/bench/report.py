"""Summaries and tables: percentiles, the machine, and the markdown printed by `bench` (and kept in docs)."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
from typing import Any

from bot.bench.queries import COMMANDS

# Targets at 100k articles on the 2-core machine (from the issue): p99 in ms per command.
P99_TARGET_MS = {"who": 10.0, "when": 10.0, "quote": 10.0, "check": 50.0, "complete_names": 5.0,
                 "complete_events": 5.0}
LABEL = {"who": "/who", "when": "/when", "quote": "/quote", "check": "/check", "complete_names": "autocomplete names",
         "complete_events": "autocomplete events"}


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): the smallest sample with at least q% of samples at or below it."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summarise(samples: list[float]) -> dict[str, float]:
    return {"n": len(samples), "p50": percentile(samples, 50), "p95": percentile(samples, 95),
            "p99": percentile(samples, 99), "max": max(samples) if samples else float("nan")}


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


def _f(x: float, digits: int = 1) -> str:
    return "–" if x != x else f"{x:,.{digits}f}"  # NaN → dash


def _ratio(x: float) -> str:
    return "–" if x != x else f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×"


def _load(la: list[float] | tuple[float, ...]) -> str:
    return f"{la[0]:.2f}"


def tables(results: list[dict[str, Any]], info: dict[str, Any]) -> str:
    """The markdown tables for one run: ingest, serving, latency per command with growth and naive ratio."""
    lines = [
        f"Machine: {info['nproc']} CPU ({info['cpu']}), {info['ram_gb']} GB RAM, Python {info['python']}, "
        f"SQLite {info['sqlite']}, Linux {info['kernel']}.",
        "",
        "### Ingest (fresh process, empty database, all cores via ingest_paths' process pool)",
        "",
        "| articles | words | wall s | articles/s | words/s | CPU used (cores) | main proc CPU s | workers CPU s "
        "| peak RSS main MB | peak RSS worker MB | DB MB | DB KB/article | load 1m before→after |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        g = r["ingest"]
        n = r["n"]
        wall = g["wall_s"]
        lines.append(
            f"| {n:,} | {r['corpus']['words']:,} | {_f(wall)} | {_f(g['added'] / wall)} | "
            f"{r['corpus']['words'] / wall:,.0f} | {(g['cpu_main_s'] + g['cpu_workers_s']) / wall:.2f} | "
            f"{_f(g['cpu_main_s'])} | {_f(g['cpu_workers_s'])} | {g['rss_main_peak_kb'] / 1024:,.0f} | "
            f"{g['rss_worker_peak_kb'] / 1024:,.0f} | {g['db_bytes'] / 2**20:,.1f} | "
            f"{g['db_bytes'] / max(1, g['added']) / 1024:,.1f} | "
            f"{_load(g['loadavg_before'])}→{_load(g['loadavg_after'])}"
            + (" (cached DB)" if r.get("ingest_cached") else "") + " |"
        )
    lines += [
        "",
        "### Serving (fresh process on the built database)",
        "",
        "| articles | start-up to ready s (wall) | of which: imports | open | first /who | RSS at ready MB "
        "| peak RSS serving MB | load 1m | corpus sync at start s (files unchanged) | sync load 1m |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---:|---|",
    ]
    for r in results:
        s = r["serve"]
        st = s["startup"]
        sync = r.get("sync") or {"wall_s": float("nan"), "unchanged": 0, "loadavg_before": [0], "loadavg_after": [0]}
        lines.append(
            f"| {r['n']:,} | {r['startup_wall_s']:.2f} | {st['import_s']:.2f} | {st['open_s']:.3f} | "
            f"{st['first_query_s']:.3f} | {s['rss_ready_kb'] / 1024:,.0f} | {s['rss_peak_kb'] / 1024:,.0f} | "
            f"{_load(s['loadavg_before'])}→{_load(s['loadavg_after'])} | "
            f"{_f(sync['wall_s'], 2)} ({sync['unchanged']:,}) | "
            f"{_load(sync['loadavg_before'])}→{_load(sync['loadavg_after'])} |"
        )
    base = results[0]
    lines += [
        "",
        "### Answer path latency (ms; Desk methods, no Discord; warm-up excluded)",
        "",
        f"Growth = p99 at this size / p99 at {base['n']:,}; log bound = log10(N)/log10({base['n']:,}) "
        "(growth at or below it is at most logarithmic). Naive = every row scanned in Python (see naive.py), "
        "ratio = naive p50 / indexed p50.",
        "",
        "| command | articles | n | p50 | p95 | p99 | max | p99 target | growth (p99) | log bound | naive n "
        "| naive p50 | naive ÷ indexed |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in COMMANDS:
        b = summarise(base["serve"]["latency_ms"][c])
        for r in results:
            s = summarise(r["serve"]["latency_ms"][c])
            naive = r["serve"].get("naive_ms", {}).get(c, [])
            nv = summarise(naive) if naive else None
            bound = math.log10(r["n"]) / math.log10(base["n"]) if base["n"] > 1 else float("nan")
            lines.append(
                f"| {LABEL[c]} | {r['n']:,} | {s['n']} | {_f(s['p50'], 2)} | {_f(s['p95'], 2)} | {_f(s['p99'], 2)} | "
                f"{_f(s['max'], 1)} | {P99_TARGET_MS[c]:g} | {s['p99'] / b['p99']:.2f}× | {bound:.2f} | "
                f"{nv['n'] if nv else 0} | {_f(nv['p50'], 1) if nv else '–'} | "
                f"{_ratio(nv['p50'] / s['p50'] if nv and s['p50'] else float('nan'))} |"
            )
    return "\n".join(lines)


def by_kind(result: dict[str, Any]) -> str:
    """p50/p99 per query kind (hit, typo, miss...) at one size: where the time goes."""
    lines = [f"At {result['n']:,} articles:", "", "| command | kind | n | p50 ms | p99 ms |",
             "|---|---|---:|---:|---:|"]
    for c in COMMANDS:
        samples = result["serve"]["latency_ms"][c]
        kinds = result["serve"]["kinds"][c]
        for k in sorted(set(kinds)):
            xs = [x for x, kk in zip(samples, kinds, strict=True) if kk == k]
            s = summarise(xs)
            lines.append(f"| {LABEL[c]} | {k} | {s['n']} | {s['p50']:.2f} | {s['p99']:.2f} |")
    return "\n".join(lines)
