"""The `speed` set: the whole extractor's throughput on one core, over real news text.

Articles are the PolNeAR dev texts (US election news) plus the project's seeds, each extracted whole,
in this one process, after one warm-up pass. Target: ≥ 100 articles/s and ≥ 50,000 words/s.
"""

from __future__ import annotations

import time
from pathlib import Path

from bot.evaluate.report import SetMissing, Table
from bot.extract import DocumentMeta, clean_text, extract
from bot.settings import PROJECT_ROOT


def articles(shared: Path) -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((PROJECT_ROOT / "seeds").glob("*.txt"))]
    polnear = shared / "bench" / "polnear" / "dev" / "text"
    if polnear.is_dir():
        texts += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(polnear.iterdir()) if p.is_file()]
    return [(name, clean_text(text)) for name, text in texts]


def measure(texts: list[tuple[str, str]], rounds: int = 3) -> tuple[float, float, int, int]:
    """(articles/s, words/s, articles, words) for the best of `rounds` passes after a warm-up."""
    for name, text in texts[:5]:
        extract(text, DocumentMeta(name=name, published="2016-10-01"))
    words = sum(len(t.split()) for _, t in texts)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for name, text in texts:
            extract(text, DocumentMeta(name=name, published="2016-10-01"))
        best = min(best, time.perf_counter() - start)
    return len(texts) / best, words / best, len(texts), words


def evaluate(shared: Path) -> list[Table]:
    texts = articles(shared)
    if len(texts) < 3:
        raise SetMissing("no article texts found (seeds/ and ../shared/bench/polnear/dev/text)")
    per_s, words_s, n, words = measure(texts)
    table = Table("speed — whole extractor, one core", ["measure", "value", "target"])
    table.rows += [
        ["articles/s", f"{per_s:,.0f}", "≥ 100"],
        ["words/s", f"{words_s:,.0f}", "≥ 50,000"],
        ["articles", str(n), ""],
        ["words", f"{words:,}", ""],
    ]
    table.notes.append("best of 3 passes after a warm-up; PolNeAR dev texts + seeds; single process")
    return [table]
