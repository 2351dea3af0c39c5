"""`python -m bot eval [SET...]`: score the extractor against gold data and public benchmarks.

Each set lives in its own module exposing `evaluate(shared: Path) -> list[Table]`; benchmark data is
read from ../shared at run time and never copied into the project. A missing set raises `SetMissing`.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from bot.evaluate.report import SetMissing, Table

SETS: dict[str, str] = {
    "seeds": "bot.evaluate.seeds",
    "news": "bot.evaluate.news",
    "news-written": "bot.evaluate.news_written",
    "tbaq": "bot.evaluate.tbaq",
    "meantime": "bot.evaluate.meantime",
    "polnear": "bot.evaluate.polnear",
    "html": "bot.evaluate.html",
    "speed": "bot.evaluate.speed",
    "scaling": "bot.evaluate.scaling",
}

PROJECT_ROOT = Path(__file__).resolve().parents[2]

__all__ = ["SETS", "SetMissing", "Table", "run_set", "shared_dir"]


def shared_dir() -> Path:
    """Where the shared gold and benchmark data live: $FACTDESK_SHARED, else ../shared beside the project."""
    env = os.environ.get("FACTDESK_SHARED")
    return Path(env) if env else PROJECT_ROOT.parent / "shared"


def run_set(name: str, shared: Path | None = None) -> list[Table]:
    module = importlib.import_module(SETS[name])
    return module.evaluate(shared or shared_dir())
