"""Placeholder until the benchmark lands."""

from __future__ import annotations

import sys

from bot.settings import Settings


def run_bench(argv: list[str], settings: Settings) -> int:
    print("factdesk: the benchmark is not available yet", file=sys.stderr)
    return 2
