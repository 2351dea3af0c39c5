"""The `scaling` set: does every extractor stage stay (near-)linear in document length?

Each stage of `bot.extract.extract` is timed alone (its inputs computed beforehand) on:

- the 003 seed repeated 25, 100 and 400 times (each copy ~2.6 KB, copies separated by a blank line;
  400 copies is ~1 MB, the largest document the ingester accepts);
- hostile inputs built from a fixed seed, each also at 1/4 of its size so a growth ratio can be shown:
  random Unicode characters (200k), Twitter-embed sign-off lines "— Aaa (@bbb) January 1, 2020" (5,000),
  bare amounts "1,000 2.5 million $3 " (20,000), "Z̷̢̛a̸l̶g̵o̴ " combining-mark text (20,000) and an unbalanced
  quote mark (5,000 paragraphs each opening a quotation that never closes, and 5,000 on one line);
- three inputs that were far worse than quadratic before the fixes: dates and event words in one endless
  sentence (events and anchored timexes tried every pair; 7 KB took 1.7 s), single-quoted words on one
  line (each quote re-tokenised its whole sentence), and "a year ago" repeated (each one re-counted the
  word "quarter" in the whole document).

For each input the table gives the best-of-3 CPU seconds per stage and the growth ratio against the input
4x smaller: linear is ~4, quadratic ~16. Targets: ratio <= 5 for every stage, and the 1 MB seed (x400)
under 5 s for the whole extractor. No data from ../shared is needed.
"""

from __future__ import annotations

import gc
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

from bot.evaluate.report import Table
from bot.extract import DocumentMeta, extract
from bot.extract.amounts import find_amounts
from bot.extract.events import link_events
from bot.extract.people import find_entities
from bot.extract.quotes import find_quotes
from bot.extract.text import split_sentences
from bot.extract.timex import find_timexes
from bot.ingest import read_document
from bot.settings import PROJECT_ROOT

SEED = "003_9c9e8ef1097f156a.txt"
STAGES = ("sentences", "people", "timex", "events", "quotes", "amounts")
TARGET_RATIO = 5.0
TARGET_1MB_SECONDS = 5.0


def seed_document() -> tuple[str, str | None]:
    """The 003 seed's article text (header removed, cleaned) and publication date."""
    doc = read_document(PROJECT_ROOT / "seeds" / SEED)
    return doc.body, doc.meta.published


def repeat_seed(n: int) -> str:
    text, _ = seed_document()
    return "\n\n".join([text] * n)


def random_unicode(n: int, seed: int = 20250128) -> str:
    """`n` random characters (fixed seed): spaces and newlines, printable ASCII (quote marks, digits,
    capitals: what the rules react to) and code points from the whole Basic Multilingual Plane."""
    rng = random.Random(seed)
    chars = []
    for _ in range(n):
        r = rng.random()
        if r < 0.10:
            chars.append(" ")
        elif r < 0.11:
            chars.append("\n")
        elif r < 0.50:
            chars.append(chr(rng.randrange(0x21, 0x7F)))
        else:
            cp = rng.randrange(0xA0, 0xFFFE)
            while 0xD800 <= cp <= 0xDFFF:
                cp = rng.randrange(0xA0, 0xFFFE)
            chars.append(chr(cp))
    return "".join(chars)


ZALGO = "Z\u0337\u0322\u031ba\u0338l\u0336g\u0335o\u0334 "  # "Z̷̢̛a̸l̶g̵o̴ ": letters under combining marks


def hostile_inputs(scale: int = 1) -> dict[str, str]:
    """The hostile documents at full size (scale=1) or 1/scale of it."""
    return {
        "random unicode 200k chars": random_unicode(200_000 // scale),
        "sign-off lines x5000": "\n".join(["— Aaa (@bbb) January 1, 2020"] * (5_000 // scale)),
        "amounts x20000": "1,000 2.5 million $3 " * (20_000 // scale),
        "zalgo x20000": ZALGO * (20_000 // scale),
        # an opening quote mark never closed: 5,000 paragraphs, and 5,000 times in one long line
        "unbalanced quote x5000 paras": "\n\n".join(["“He said the talks would go on, Mr Modi said"]
                                                     * (5_000 // scale)),
        "unbalanced quote x5000 line": "“Mr Modi said the talks would go on " * (5_000 // scale),
        # found while fixing: each was quadratic or worse in the lengths shown (see module docstring)
        "dated events one sentence x4000": "On Monday, 2 days after the vote, " * (4_000 // scale),
        "single quotes one line x20000": "x 'y' " * (20_000 // scale),
        "'a year ago' x4000": "Profits fell a year ago. " * (4_000 // scale),
    }


def time_stages(text: str, published: str | None, rounds: int = 3) -> dict[str, float]:
    """Best-of-`rounds` CPU seconds for each stage, every stage fed the same inputs `extract` gives it.

    CPU time of this process (`time.process_time`), not wall time: other jobs on a shared machine slow
    the wall clock down unevenly, which would distort the growth ratios."""
    sentences = split_sentences(text)
    entities = find_entities(text, sentences)
    timexes = find_timexes(text, sentences, published)
    calls: dict[str, Callable[[], object]] = {
        "sentences": lambda: split_sentences(text),
        "people": lambda: find_entities(text, sentences),
        "timex": lambda: find_timexes(text, sentences, published),
        "events": lambda: link_events(text, sentences, timexes),
        "quotes": lambda: find_quotes(text, sentences, entities),
        "amounts": lambda: find_amounts(text, sentences),
    }
    best: dict[str, float] = {}
    for stage in STAGES:
        times = []
        for _ in range(rounds):
            times.append(_cpu_seconds(calls[stage]))
        best[stage] = min(times)
    return best


def _cpu_seconds(call: Callable[[], object], gc_paused: bool = True) -> float:
    """CPU seconds of one call; with the cyclic garbage collector paused (after a collection) unless told
    otherwise: its passes cost more as the heap grows, whatever the algorithm (people on the zalgo input
    grows ×5.1 per 4x with it, ×4.2 without), which would blur the growth ratios this set is about."""
    gc.collect()
    if gc_paused:
        gc.disable()
    try:
        start = time.process_time()
        call()
        return time.process_time() - start
    finally:
        gc.enable()


def whole_extract_seconds(n: int = 400, rounds: int = 3) -> float:
    """Best-of-`rounds` CPU seconds of `extract` on the seed repeated n times, garbage collector on."""
    _, published = seed_document()
    big = repeat_seed(n)
    return min(_cpu_seconds(lambda: extract(big, DocumentMeta(SEED, published)), gc_paused=False)
               for _ in range(rounds))


def _row(label: str, size: int, seconds: dict[str, float], smaller: dict[str, float] | None) -> list[str]:
    cells = [label, f"{size / 1000:,.0f}k"]
    for stage in STAGES:
        cell = f"{seconds[stage]:.3f}"
        if smaller is not None:
            cell += f" ×{_ratio(seconds[stage], smaller[stage]):.1f}"
        cells.append(cell)
    cells.append(f"{sum(seconds.values()):.2f}")
    return cells


def _ratio(big: float, small: float) -> float:
    return big / max(small, 1e-4)  # stages under 0.1 ms are noise: ratios against them mean nothing


def run(quick: bool = False) -> tuple[Table, list[tuple[str, str, float]], float]:
    """The table, every (input, stage, ratio) and the seed x400 total seconds."""
    rounds = 1 if quick else 3
    _, published = seed_document()
    table = Table("scaling — CPU seconds per stage, best of 3 (×ratio vs the input 4x smaller)",
                  ["input", "chars", *STAGES, "total"])
    ratios: list[tuple[str, str, float]] = []
    previous: dict[str, float] | None = None
    total_1mb = 0.0
    for n in (25, 100, 400):
        text = repeat_seed(n)
        seconds = time_stages(text, published, rounds)
        table.rows.append(_row(f"seed 003 x{n}", len(text), seconds, previous))
        if previous is not None:
            ratios += [(f"seed x{n}", s, _ratio(seconds[s], previous[s])) for s in STAGES
                       if seconds[s] >= 0.01]
        previous = seconds
        total_1mb = sum(seconds.values())
    small, full = hostile_inputs(4), hostile_inputs(1)
    for label, text in full.items():
        before = time_stages(small[label], published, rounds)
        seconds = time_stages(text, published, rounds)
        table.rows.append(_row(label, len(text), seconds, before))
        ratios += [(label, s, _ratio(seconds[s], before[s])) for s in STAGES if seconds[s] >= 0.01]
    return table, ratios, total_1mb


def evaluate(shared: Path) -> list[Table]:
    load = os.getloadavg()
    table, ratios, _stages_1mb = run()
    total_1mb = whole_extract_seconds(400)
    worst = max(ratios, key=lambda r: r[2]) if ratios else ("-", "-", 0.0)
    over = [f"{label}/{stage} ×{r:.1f}" for label, stage, r in ratios if r > TARGET_RATIO]
    table.notes += [
        f"target: ratio ≤ {TARGET_RATIO:g} per 4x size for every stage (linear ≈ 4, quadratic ≈ 16); "
        f"seed x400 (~1 MB) under {TARGET_1MB_SECONDS:g} s in total",
        f"seed x400, whole extract() with the garbage collector on: {total_1mb:.2f} s "
        f"({'ok' if total_1mb < TARGET_1MB_SECONDS else 'OVER'}); worst ratio: {worst[0]}/{worst[1]} ×{worst[2]:.1f}",
        "over target: " + (", ".join(over) if over else "none"),
        "CPU seconds (process_time), garbage collector paused during each stage; ratios count only for stages "
        "taking ≥ 10 ms at the larger size (below that, timer noise)",
        f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores; other jobs skew timings)",
    ]
    return [table]
