"""Find, then choose: every rule's matches in the windows of its triggers, then the longest that do not overlap."""

from __future__ import annotations

import re

from bot.extract.timex._rule import Rule
from bot.extract.timex._triggers import triggers, windows
from bot.extract.timex.rules import RULES

# (start, end, priority, rule, match): a tuple, so that `select` sorts and compares it cheaply.
Candidate = tuple[int, int, int, Rule, re.Match]


def candidates(text: str, low: str | None) -> list[Candidate]:
    """Every non-empty match of every rule, each rule run only in the windows around its trigger kinds (and
    only in those where its `needs` are found: the same matches, at a tenth of the cost for most windows).
    `low` is `fold(text)`."""
    found = triggers(text, low)
    n = len(text)
    out: list[Candidate] = []
    cache: dict[frozenset[str], list[tuple[int, int]]] = {}
    for prio, rule in enumerate(RULES):
        need = rule.triggers
        if need not in cache:
            cache[need] = windows(n, found, need)
        needs = rule.needs if low is not None else None
        for lo, hi in cache[need]:
            if needs is not None and needs.search(low, lo, hi) is None:  # type: ignore[arg-type]
                continue
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), prio, rule, m))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap (ties: the rule first in RULES, then the leftmost)."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # The characters taken so far (candidates are never empty): a candidate overlaps a taken span iff one of
    # its characters is taken. Cost per candidate: its length (a sorted list with insert() was quadratic).
    taken = bytearray(max((c[1] for c in cands), default=0))
    chosen = []
    for c in cands:
        if taken.find(1, c[0], c[1]) >= 0:
            continue
        taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen

