"""Where the time words are: one trie-shaped regex finds them, so most of an article is never scanned.

Every rule names the kinds of trigger it can start from; it is run only over windows around those.
"""

from __future__ import annotations

import re

# Trigger words, by kind; every rule needs at least one trigger of its kinds inside its match.
_TRIGGER_WORDS: dict[str, str] = {}
for _kind, _words in {
    "U": "year month week day hour minute second decade centur millenni quarter half fortnight night spring "
         "summer fall autumn winter period",
    "T": "today tonight tomorrow yesterday",
    "R": "now nowadays current recent lately present future past soon shortly moment previous",
    "P": "noon midnight midday morning afternoon evening overnight",
    "S": "daily annual hourly nightly weekly monthly yearly quarterly once twice thrice times biweekly "
         "semiannual fortnightly",
    "H": "christmas easter thanksgiving halloween labor memorial valentine boxing",
    "W": "monday tuesday wednesday thursday friday saturday sunday",
    "X": "nineteen eighteen twenty thousand earlier later ago fiscal term twenties thirties forties fifties sixties "
         "seventies eighties nineties",
}.items():
    for _w in _words.split():
        _TRIGGER_WORDS[_w] = _kind
_MONTH_PREFIXES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


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
    r"|(?P<Y>(?<![\d,.$])(?:1[6-9]|20)\d\d(?![\d,]\d))"
    r"|(?P<D>\d[/:.]\d|\d\d\s+(?-i:UTC|GMT)|\d\s*[ap]\.?\s?m\b|\d\s*o['’]clock)"
    r"|(?P<A>['’]\d0?|\b[1-9]0s\b)"
)


def _trigger_kind(m: re.Match) -> str:
    if m.lastgroup:
        return m.lastgroup
    return _TRIGGER_WORDS.get(m.group(0).lower(), "X")


# Which trigger kinds each rule can start from.
RULE_KINDS: dict[str, frozenset[str]] = {
    name: frozenset(kinds) for name, kinds in {
        "iso": "Y", "numdate": "D", "mdy": "M", "dmy": "M", "my": "M", "month": "M", "year": "Y", "ayear": "A",
        "decade": "YAX", "century": "U", "quarter": "UX", "quarter_rel": "U", "relday": "T", "pod": "UP",
        "clock": "D", "clock24": "D", "noon": "P", "dayref_clock": "P", "weekday": "W", "relunit": "U",
        "ago": "U", "duration": "U", "vague_plural": "U", "refs": "RT", "set": "SUWMP", "times_per": "S",
        "holiday": "HUW", "fin_period": "U", "year_end": "U", "pod_mod": "P", "fin_adj": "U", "the_unit": "U",
        "anaphor": "UP", "the_day": "U", "term": "X", "week_of": "M", "half": "U",
        "spelled_year": "X",
    }.items()
}


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

