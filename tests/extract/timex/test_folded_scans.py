"""Scans of the folded (lower-cased) text, and merged scans, must find what the one case-insensitive regex finds.

`triggers` merges three cheap scans into what TRIGGER.finditer finds; the anchored phrases are looked for in
the folded text when there is one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.bench.generate import article
from bot.extract.text import fold
from bot.extract.timex._anchor import _phrases
from bot.extract.timex._triggers import TRIGGER, _trigger_kind, triggers
from bot.extract.timex.rules import RULES

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
AWKWARD = [
    "The launch is at 1800 hours GMT on Monday, 18:00 UTC, 5 p.m., 9 o'clock.",
    "Q1999 sales, Q1 2024, FY2025, the '98 season, the 1990s and 80s, '80s, ’90s.",
    "Decade-long yearly DECEMBER Dec. 5 decades; secondary overnight sundays MONTHLY.",
    "A ſecond look in İstanbul on Monday, 2024.",  # no folded text: the single-scan path
    "1/27/2025 and 27.01.2025 at 10:35am, 12pm, 3 pm",
    "",
]


def _one_regex(text: str) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    for m in TRIGGER.finditer(text):
        found.setdefault(_trigger_kind(m), []).append((m.start(), m.end()))
    return found


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.suffix in (".txt", ".md")]
    examples = [ex.text for r in RULES for ex in r.cases()] + [t for r in RULES for t in r.negatives]
    return AWKWARD + seeds + examples + [article(7, i).text for i in range(40)]


@pytest.mark.parametrize("folded", [True, False], ids=["folded", "unfolded"])
def test_triggers_are_the_one_regex_matches(folded: bool) -> None:
    for text in _texts():
        low = fold(text) if folded else None
        assert triggers(text, low) == _one_regex(text), text[:80]


def test_awkward_texts_have_triggers_of_every_kind() -> None:
    kinds = set().union(*(triggers(t, fold(t)) for t in AWKWARD))
    assert {"Y", "D", "A", "M", "U", "W"} <= kinds
    assert fold(AWKWARD[3]) is None and re.search(r"\d", AWKWARD[3])


def test_anchored_phrases_are_the_same_in_the_folded_text() -> None:
    texts = [*_texts(), "THE EVE OF the vote, The Day of the parade, Three Days After the inauguration.",
             "Hereafter the day of; theday of; bathe morning of the race; two weeks PRIOR TO the poll."]
    found = 0
    for text in texts:
        low = fold(text)
        if low is not None:
            assert _phrases(text, low) == _phrases(text, None), text[:80]
            found += len(_phrases(text, low))
    assert found >= 4
