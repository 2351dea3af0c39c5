"""A timex rule as one value: its pattern, the trigger kinds it starts from, its normaliser, and the
examples and negatives that say what it must and must not do (tests/extract/timex/test_rules.py runs them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from bot.extract.timex._context import Ctx, Norm

EXAMPLE_DATE = "2025-01-28"  # a Tuesday: the publication date of an example that gives none


class Example(NamedTuple):
    """A text and the value the rule must give for it, read as if published on `published`."""

    text: str
    value: str
    published: str | None = EXAMPLE_DATE


@dataclass(frozen=True, slots=True)
class Rule:
    """One way English writes a time. `RULES` orders them: the earlier wins a tie between overlapping
    matches of equal length (longer matches always win). `normalise` returns (type, value, relative?) —
    or with a narrower span (type, value, relative?, start, end) — or None to refuse the match, which then
    frees its span for shorter ones.

    examples: (text, value) or (text, value, published) — the rule must give that value for that text.
    negatives: texts in which this rule must give nothing (the refusals written in the normaliser).
    needs: words that every match contains, as a `folded` pattern: a window of the lower-cased text without
    them is not scanned (a speed-up only: the rule's full, case-insensitive pattern costs ~10 times more)."""

    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]
    normalise: Callable[[Ctx, re.Match[str]], Norm | None]
    examples: tuple[tuple[str, str] | tuple[str, str, str | None], ...]
    negatives: tuple[str, ...] = ()
    needs: re.Pattern[str] | None = None

    def cases(self) -> list[Example]:
        return [Example(*e) for e in self.examples]


def pattern(source: str) -> re.Pattern[str]:
    """Rules match case-insensitively; a piece that must not (month names: "may", "march") says (?-i:...)."""
    return re.compile(source, re.IGNORECASE)


def folded(source: str) -> re.Pattern[str]:
    """A rule's `needs`: matched case-sensitively against the lower-cased text, so written in lower case."""
    if source != source.lower():
        raise ValueError(f"a rule's needs are matched against lower-cased text: {source!r}")
    return re.compile(source)
