"""Where the time words are: one trie-shaped regex finds them, so most of an article is never scanned.

Every rule names the kinds of trigger it can start from (`Rule.triggers`); it is run only over windows
around the triggers of those kinds (`windows`). A rule's match must contain one of them.
"""

from __future__ import annotations

import re

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


TRIGGER = re.compile(
    rf"\b(?:(?i:{_trie_regex(list(_TRIGGER_WORDS))})|(?P<M>(?-i:{_trie_regex(_MONTH_PREFIXES)}"
    rf"|{_trie_regex([m.upper() for m in _MONTH_PREFIXES])}|Q[1-4]|FY)))"
    # four digits before a time zone are a clock time, not a year ("1800 GMT")
    rf"|(?P<Y>(?<![\d,.$])(?:1[6-9]|20)\d\d(?![\d,]\d)(?!\s*(?:hrs|hours|h)?\s+(?:{ZONE})))"
    rf"|(?P<D>\d[/:.]\d|\d\d\s*(?:hrs|hours|h)?\s+(?:{ZONE})|\d\s*[ap]\.?\s?m\b|\d\s*o['’]clock)"
    r"|(?P<A>['’]\d0?|\b[1-9]0s\b)"
)


def _trigger_kind(m: re.Match) -> str:
    if m.lastgroup:
        return m.lastgroup
    return _TRIGGER_WORDS.get(m.group(0).lower(), OTHER_WORD)


def triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where the time words are, by kind."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in TRIGGER.finditer(text):
        found.setdefault(_trigger_kind(m), []).append((m.start(), m.end()))
    return found


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

