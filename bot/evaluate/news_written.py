"""The `news-written` set: tests/data/news-written, 12 articles the team wrote (MIT, committed with the project).

Scored by exactly the news-dev code path (news.evaluate_folder): one database, the same /who, /when, /quote
questions and fact-level measures. It needs nothing from ../shared. Nobody tuned on it: see its README.
"""

from __future__ import annotations

from pathlib import Path

from bot.evaluate.news import evaluate_folder
from bot.evaluate.report import Table

WRITTEN_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "news-written"


def evaluate(shared: Path) -> list[Table]:  # `shared` is unused: this set lives in the project
    return evaluate_folder(WRITTEN_DIR, "news-written")
