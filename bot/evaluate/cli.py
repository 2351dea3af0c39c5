"""Print the evaluation tables for the requested sets; a set whose data is missing is reported and skipped."""

from __future__ import annotations

import sys

from bot.evaluate import SETS, SetMissing, run_set, shared_dir


def run_eval(names: list[str]) -> int:
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"factdesk eval: unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}", file=sys.stderr)
        return 2
    shared = shared_dir()
    for name in names or list(SETS):
        try:
            tables = run_set(name, shared)
        except SetMissing as exc:
            print(f"[{name}] skipped: {exc}\n")
            continue
        except ModuleNotFoundError as exc:
            print(f"[{name}] skipped: not implemented yet ({exc.name})\n")
            continue
        for table in tables:
            print(table.render())
            print()
    return 0
