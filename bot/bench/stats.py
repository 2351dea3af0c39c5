"""Small shared pieces of the benchmark's tables: percentiles, command labels, the load average of a phase."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

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


def load_span(phase: Mapping[str, Any] | None) -> str:
    """'1.20→1.85': a phase's 1-minute load average when it started and when it ended."""
    if not phase or "loadavg_before" not in phase:
        return "–"
    return f"{phase['loadavg_before'][0]:.2f}→{phase['loadavg_after'][0]:.2f}"
