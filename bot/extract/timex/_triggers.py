"""Where the time words are: one trie-shaped regex finds them, so most of an article is never scanned.

Every rule names the kinds of trigger it can start from (`Rule.triggers`); it is run only over windows
around the triggers of those kinds (`windows`). A rule's match must contain one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from bot.extract.lexicon.calendar import MONTH_NAMES
from bot.extract.timex._patterns import ZONE

# The kinds of trigger. The first eight are words (`_TRIGGER_WORDS`); the last four are written forms found
# by the groups of the same name in `TRIGGER`.
UNIT_WORD = "U"  # year, month, week, day, quarter, half, spring, period...
DAY_WORD = "T"  # today, tonight, tomorrow, yesterday
REF_WORD = "R"  # now, current, recent, future, soon, previous...
DAYTIME_WORD = "P"  # noon, midnight, morning, evening...
SET_WORD = "S"  # daily, weekly, once, twice, times...
HOLIDAY_WORD = "H"  # christmas, easter, labor, memorial...
WEEKDAY_WORD = "W"  # monday ... sunday
OTHER_WORD = "X"  # nineteen, twenty, thousand, ago, earlier, fiscal, term, twenties...
MONTH_MARK = "M"  # a capitalised month name or abbreviation, Q1-Q4, FY
YEAR_DIGITS = "Y"  # four digits 1600-2099
CLOCK_MARK = "D"  # 1/27, 10:35, 18 UTC, 5 pm, 5 o'clock
APOSTROPHE_YEAR = "A"  # '98, '80s, 80s

# Trigger words, by kind; every rule needs at least one trigger of its kinds inside its match.
_TRIGGER_WORDS: dict[str, str] = {}
for _kind, _words in {
    UNIT_WORD: "year month week day hour minute second decade centur millenni quarter half fortnight night "
               "spring summer fall autumn winter period",
    DAY_WORD: "today tonight tomorrow yesterday",
    REF_WORD: "now nowadays current recent lately present future past soon shortly moment previous",
    DAYTIME_WORD: "noon midnight midday morning afternoon evening overnight",
    SET_WORD: "daily annual hourly nightly weekly monthly yearly quarterly once twice thrice times biweekly "
              "semiannual fortnightly",
    HOLIDAY_WORD: "christmas easter thanksgiving halloween labor memorial valentine boxing",
    WEEKDAY_WORD: "monday tuesday wednesday thursday friday saturday sunday",
    OTHER_WORD: "nineteen eighteen twenty thousand earlier later ago fiscal term twenties thirties forties fifties "
                "sixties seventies eighties nineties",
}.items():
    for _w in _words.split():
        _TRIGGER_WORDS[_w] = _kind
_MONTH_PREFIXES = [name[:3].capitalize() for name in MONTH_NAMES]  # Jan ... Dec


def _trie_regex(words: list[str]) -> str:
    """An alternation shaped as a trie, so the regex engine branches once per character."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return build(trie)


# Words start with a letter, numbers with a digit or an apostrophe: the two never match at the same place.
_TIME_WORDS = _trie_regex(list(_TRIGGER_WORDS))
_MARKS = (
    rf"(?P<M>(?-i:{_trie_regex(_MONTH_PREFIXES)}|{_trie_regex([m.upper() for m in _MONTH_PREFIXES])}|Q[1-4]|FY))"
)
_NUMBERS = (
    # four digits before a time zone are a clock time, not a year ("1800 GMT")
    rf"(?P<Y>(?<![\d,.$])(?:1[6-9]|20)\d\d(?![\d,]\d)(?!\s*(?:hrs|hours|h)?\s+(?:{ZONE})))"
    rf"|(?P<D>\d[/:.]\d|\d\d\s*(?:hrs|hours|h)?\s+(?:{ZONE})|\d\s*[ap]\.?\s?m\b|\d\s*o['’]clock)"
    r"|(?P<A>['’]\d0?|\b[1-9]0s\b)"
)
TRIGGER = re.compile(rf"\b(?:(?i:{_TIME_WORDS})|{_MARKS})|{_NUMBERS}")

# `triggers` finds what TRIGGER.finditer finds, by cheaper scans merged in text order: the time words in
# the lower-cased text (case-sensitively: a third of the cost), the month marks, the numbers only where a
# digit or an apostrophe is. A word is either a time word or a mark (the time word first, as in TRIGGER).
_WORD_TRIGGER = re.compile(rf"\b(?:(?i:{_TIME_WORDS})|{_MARKS})")  # for a text without a folded form
_TIME_WORD = re.compile(rf"\b(?:{_TIME_WORDS})")  # in the folded text
_MARK = re.compile(rf"\b{_MARKS}")
_NUMBER_TRIGGER = re.compile(_NUMBERS)
_NUMBER_START = re.compile(r"[\d'’]")


def _trigger_kind(m: re.Match) -> str:
    if m.lastgroup:
        return m.lastgroup
    return _TRIGGER_WORDS.get(m.group(0).lower(), OTHER_WORD)


def triggers(text: str, low: str | None) -> dict[str, list[tuple[int, int]]]:
    """Where the time words are, by kind: the matches of `TRIGGER.finditer(text)` (`low`: `fold(text)`)."""
    finders: list[Callable[[int], re.Match | None]] = [
        *((partial(_TIME_WORD.search, low), partial(_MARK.search, text)) if low is not None
          else (partial(_WORD_TRIGGER.search, text),)),
        partial(_next_number, text),
    ]
    heads = [find(0) for find in finders]  # each scan's next match
    found: dict[str, list[tuple[int, int]]] = {}
    while True:
        best = None
        for m in heads:
            if m is not None and (best is None or m.start() < best.start()):
                best = m  # the leftmost; at a tie the first scan's, as TRIGGER's first alternative wins
        if best is None:
            return found
        end = best.end()
        found.setdefault(_trigger_kind(best), []).append((best.start(), end))
        for k, m in enumerate(heads):
            if m is not None and m.start() < end:  # overlapped: TRIGGER would go on from `end`
                heads[k] = finders[k](end)


def _next_number(text: str, pos: int) -> re.Match | None:
    """The first match of `_NUMBERS` from `pos`, tried only where a number can start."""
    for at in _NUMBER_START.finditer(text, pos):
        if m := _NUMBER_TRIGGER.match(text, at.start()):
            return m
    return None


# Every match contains a trigger word, starts at most _LEFT characters before its first one
# ("no more than the next" + "two years") and ends at most _RIGHT after its last one.
_LEFT, _RIGHT = 50, 40


def windows(n: int, found: dict[str, list[tuple[int, int]]], kinds: frozenset[str]) -> list[tuple[int, int]]:
    points = sorted(p for k in kinds for p in found.get(k, ()))
    spans: list[list[int]] = []
    for s, e in points:
        lo, hi = max(0, s - _LEFT), min(n, e + _RIGHT)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(a, b) for a, b in spans]

