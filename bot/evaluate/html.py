"""The `html` set: how well web pages become article text, scored by the benchmark's own scorer.

../shared/bench/article-extraction holds 91 real pages (half of Scrapinghub's article-extraction-benchmark)
with their true article bodies and the benchmark's `evaluate.py`, loaded and used unchanged: 4-word shingles,
per-page precision and recall averaged over pages, F1 from the two means. Our figure is printed beside the
published F1 of the well-known extractors on the whole benchmark (181 pages). Target: F1 ≥ 0.95.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from bot.evaluate.report import SetMissing, Table
from bot.ingest.html import EXTRACT_OPTIONS, page_to_article

TARGET = 0.95
BOOTSTRAP = 200  # resamples for the ± figures (the scorer's default is 1000; 200 keeps `make eval` quick)
PUBLISHED: list[tuple[str, str]] = [  # F1 on the full benchmark, same scorer (its README)
    ("trafilatura 2.0.0", "0.958"), ("newspaper4k", "0.949"), ("Readability.js", "0.947"),
    ("readability-lxml", "0.922"), ("goose3", "0.896"), ("jusText", "0.804"), ("BeautifulSoup get_text", "0.665"),
]


def bench_dir(shared: Path) -> Path:
    folder = shared / "bench" / "article-extraction"
    if not (folder / "ground-truth.json").is_file() or not (folder / "evaluate.py").is_file():
        raise SetMissing(f"no article-extraction benchmark at {folder}")
    return folder


def load_scorer(folder: Path) -> ModuleType:
    """The benchmark's own evaluate.py, imported from where it lies (its main() only runs as a script)."""
    spec = importlib.util.spec_from_file_location("article_extraction_evaluate", folder / "evaluate.py")
    if spec is None or spec.loader is None:
        raise SetMissing(f"cannot load {folder / 'evaluate.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(folder: Path, truth: dict[str, dict[str, Any]]) -> tuple[dict[str, dict[str, str]], dict[str, int], float]:
    """Our article body for every page, how many pages had each piece of metadata, and seconds per page."""
    out: dict[str, dict[str, str]] = {}
    found = {"title": 0, "published": 0, "outlet": 0, "author": 0, "url": 0}
    elapsed = 0.0
    for key, item in truth.items():
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        start = time.perf_counter()
        article = page_to_article(raw, item.get("url"))
        elapsed += time.perf_counter() - start
        out[key] = {"articleBody": article.text if article else ""}
        for name in found:
            found[name] += bool(article and getattr(article, name))
    return out, found, elapsed / max(1, len(truth))


def evaluate(shared: Path) -> list[Table]:
    folder = bench_dir(shared)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    scorer = load_scorer(folder)
    prediction, found, per_page = predict(folder, truth)
    random.seed(0)  # the scorer's bootstrap: the same ± on every run
    m = scorer.evaluate(truth, prediction, BOOTSTRAP)
    table = Table(f"html — article text from web pages ({len(truth)} pages, the benchmark's own scorer)",
                  ["extractor", "F1", "precision", "recall", "accuracy"])
    table.rows.append([
        "Factdesk (trafilatura)", f"{m['f1']:.3f} ± {m['f1_std']:.3f}", f"{m['precision']:.3f}",
        f"{m['recall']:.3f}", f"{m['accuracy']:.3f}",
    ])
    table.rows += [[f"{name} (published, full benchmark)", f1, "", "", ""] for name, f1 in PUBLISHED]
    options = ", ".join(f"{k}={v}" for k, v in EXTRACT_OPTIONS.items())
    table.notes += [
        f"target F1 ≥ {TARGET}: {'met' if m['f1'] >= TARGET else 'NOT met'}; {1000 * per_page:.0f} ms a page",
        "metadata found: " + ", ".join(f"{name} {n}/{len(truth)}" for name, n in found.items()),
        f"options: {options}",
    ]
    return [table]
