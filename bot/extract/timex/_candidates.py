"""Find, then choose: every rule's matches in the windows of its triggers, then the longest that do not overlap."""

from __future__ import annotations

import re

from bot.extract.timex._patterns import RULES
from bot.extract.timex._triggers import RULE_KINDS, triggers, windows


def candidates(text: str) -> list[tuple[int, int, int, str, re.Match]]:
    found = triggers(text)
    n = len(text)
    out: list[tuple[int, int, int, str, re.Match]] = []
    cache: dict[frozenset[str], list[tuple[int, int]]] = {}
    for name, rx, prio in RULES:
        need = RULE_KINDS[name]
        if need not in cache:
            cache[need] = windows(n, found, need)
        for lo, hi in cache[need]:
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), prio, name, m))
    return out


def select(cands: list[tuple[int, int, int, str, re.Match]]) -> list[tuple[int, int, int, str, re.Match]]:
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

