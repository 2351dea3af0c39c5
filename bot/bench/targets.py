"""Issue 14's targets, each with the figure a run measured and whether it is met: the table `bench` ends with.

The targets are set at 100,000 articles on the 2-core machine; a run without `--full` checks them at its
largest size (said in the table's heading). A target whose figure the run did not measure (growth needs 10k
and 100k; the start-up sync is not run with --libraries) is "not measured", never met.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.bench.queries import COMMANDS
from bot.bench.stats import LABEL, load_span, percentile

P99_TARGET_MS = {"who": 10.0, "when": 10.0, "quote": 10.0, "check": 50.0, "complete_names": 5.0,
                 "complete_events": 5.0}
PLAIN_RATIO = 10.0  # p99 within 10× of the plain-SQLite limit's p99
INGEST_PER_S = 200.0
STARTUP_S = 2.0  # a fresh process, until the unchanged corpus is checked
DB_PER_TEXT = 2.0
RSS_MB = 300.0
GROWTH = 2.0  # p99 at 100k ÷ p99 at 10k
GROWTH_FROM, GROWTH_TO = 10_000, 100_000


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    measured: str  # the figure as printed ("7.3 ms", "not measured")
    met: bool | None  # None: not measured
    load: str = "–"  # the 1-minute load average of the phase it comes from, before → after

    @property
    def verdict(self) -> str:
        return "not measured" if self.met is None else "met" if self.met else "**not met**"


def _p99(result: dict[str, Any], key: str, command: str) -> float:
    return percentile(result["serve"].get(key, {}).get(command, []), 99)


def _at_most(name: str, value: float, limit: float, unit: str, load: str, digits: int = 1) -> Target:
    if value != value:  # NaN: nothing measured
        return Target(name, "not measured", None, load)
    return Target(name, f"{value:,.{digits}f}{unit}", value <= limit, load)


def latency_targets(r: dict[str, Any]) -> list[Target]:
    load = load_span(r["serve"])
    rows = [_at_most(f"{LABEL[c]} p99 ≤ {P99_TARGET_MS[c]:g} ms", _p99(r, "latency_ms", c), P99_TARGET_MS[c],
                     " ms", load, 2) for c in COMMANDS]
    for c in COMMANDS:
        real, floor = _p99(r, "latency_ms", c), _p99(r, "plain_ms", c)
        ratio = real / floor if floor and floor == floor else float("nan")
        rows.append(_at_most(f"{LABEL[c]} p99 within {PLAIN_RATIO:g}× of plain SQLite", ratio, PLAIN_RATIO, "×",
                             load))
    return rows


def resource_targets(r: dict[str, Any]) -> list[Target]:
    g = r["ingest"]
    ingest_load = load_span(g) + (" (cached DB)" if r.get("ingest_cached") else "")
    rate = g["added"] / g["wall_s"] if g.get("wall_s") else float("nan")
    rows = [Target(f"ingest ≥ {INGEST_PER_S:g} articles/s", f"{rate:,.0f} articles/s", rate >= INGEST_PER_S,
                   ingest_load)]
    sync = r.get("sync")
    startup = sync.get("process_s", float("nan")) if sync else float("nan")
    rows.append(_at_most(f"start-up ≤ {STARTUP_S:g} s, corpus folder full and unchanged", startup, STARTUP_S, " s",
                         load_span(sync), 2) if sync else
                Target(f"start-up ≤ {STARTUP_S:g} s, corpus folder full and unchanged",
                       "not measured (no start-up sync with --libraries)", None))
    text = r["corpus"].get("bytes", 0)
    ratio = g["db_bytes"] / text if text else float("nan")
    rows.append(_at_most(f"database ≤ {DB_PER_TEXT:g}× the article text", ratio, DB_PER_TEXT, "×", ingest_load, 2))
    rows.append(_at_most(f"serving RSS ≤ {RSS_MB:g} MB", r["serve"]["rss_peak_kb"] / 1024, RSS_MB, " MB",
                         load_span(r["serve"]), 0))
    return rows


def growth_targets(results: Sequence[dict[str, Any]]) -> list[Target]:
    by_n = {r["n"]: r for r in results}
    small, large = by_n.get(GROWTH_FROM), by_n.get(GROWTH_TO)
    name = f"p99 growth {GROWTH_FROM // 1000}k → {GROWTH_TO // 1000}k ≤ {GROWTH:g}×"
    if not small or not large:
        return [Target(name, f"not measured (needs {GROWTH_FROM:,} and {GROWTH_TO:,}: --full)", None)]
    rows = []
    for c in COMMANDS:
        a, b = _p99(small, "latency_ms", c), _p99(large, "latency_ms", c)
        load = f"{load_span(small['serve'])}, {load_span(large['serve'])}"
        rows.append(_at_most(f"{LABEL[c]} {name}", b / a if a else float("nan"), GROWTH, "×", load, 2))
    return rows


def targets(results: Sequence[dict[str, Any]]) -> list[Target]:
    """Every target of issue 14, checked at the largest size measured (growth: between 10k and 100k)."""
    largest = max(results, key=lambda r: r["n"])
    return latency_targets(largest) + resource_targets(largest) + growth_targets(results)


def targets_table(results: Sequence[dict[str, Any]]) -> str:
    largest = max(results, key=lambda r: r["n"])
    rows = targets(results)
    met = sum(1 for t in rows if t.met)
    where = f"{largest['n']:,} articles" + (" (the targets are set at 100,000)" if largest["n"] < GROWTH_TO else "")
    lines = [f"### Targets (issue 14), at {where}: {met} of {len(rows)} met", "",
             "| target | measured | verdict | load 1m before→after |", "|---|---:|---|---|"]
    lines += [f"| {t.name} | {t.measured} | {t.verdict} | {t.load} |" for t in rows]
    return "\n".join(lines)
