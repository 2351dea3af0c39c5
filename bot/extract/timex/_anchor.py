"""Dates stated relative to an event: "the day after the inauguration on January 20" -> 2025-01-21.

A phrase "<amount> <unit> after|before|following|prior to <event>", or "the eve|day|morning|night of
<event>", becomes a Timex (anchor="anchored")
covering the whole phrase, when the event's date is known from the same document:

1. the event is followed at once by its date ("the inauguration on January 20", "the vote of May 3"),
   or the anchor is itself a date ("two days after January 20");
2. otherwise the event words are looked up among the events dated elsewhere in the document (by
   `event_keys`, the same matching /when uses), and the best-scored day-level link is used.

The inner date keeps its own Timex; only the phrase gets the shifted value.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import NamedTuple

from bot.extract.event_words import event_keys
from bot.extract.events import link_events
from bot.extract.facts import Timex
from bot.extract.timex._calendar import add_months, iso_week
from bot.extract.timex._patterns import NUM

_SPACES = re.compile(r"\s+")
_JUST_ONLY = re.compile(r"^(?:just|only) ")
_CLAUSE_BREAK = re.compile(r"[.;:!?()\"“”]")

__all__ = ["RULE", "add_anchored"]

RULE = "anchored"  # the `rule` of the phrases this pass adds (they come from no rule of RULES)

_ANCHOR = re.compile(
    rf"(?<![\w’'-])(?P<q>the|a|an|one|{NUM}|a\s+few|several|just\s+(?:a|one|two|three)|only\s+(?:a|one|two)"
    rf"|some)[\s-]+(?P<u>hours?|days?|nights?|weeks?|months?|years?)\s+(?P<dir>after|before|following|"
    rf"prior\s+to|ahead\s+of|since|earlier\s+than|later\s+than)\s+",
    re.IGNORECASE,
)
_CONNECTIVE_WORDS = r"\b(?:after|before|following|prior\s+to|ahead\s+of)\b"
_CONNECTIVE = re.compile(_CONNECTIVE_WORDS, re.IGNORECASE)
_CONNECTIVE_FOLDED = re.compile(_CONNECTIVE_WORDS)  # in the folded text: a case-sensitive scan costs less
_NP = re.compile(
    r"(?:(?:the|his|her|their|its|our|this|that|a|an|[A-Z][\w.’'-]*['’]s)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+",
)
# between the event words and their date: "the inauguration on", "a contentious hearing held on"
_LINK_GAP = re.compile(r"^\s*(?:[\w’'.-]+\s+){1,6}(?:on|of|in|at|,)\s*$", re.IGNORECASE)
_NUMS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3, "some": 3}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _amount(q: str) -> int | None:
    q = _SPACES.sub(" ", q.lower())
    q = _JUST_ONLY.sub("", q)
    if q in _NUMS:
        return _NUMS[q]
    if q.isdigit():
        return int(q)
    return None


def _shift(base: date, unit: str, n: int, definite: bool) -> str:
    u = unit.lower().rstrip("s")
    if u in ("day", "night"):
        return (base + timedelta(days=n)).isoformat()
    if u == "hour":
        return base.isoformat()
    if u == "week":
        d = base + timedelta(weeks=n)
        return iso_week(d) if definite else d.isoformat()
    if u == "month":
        d = add_months(base, n)
        return d.strftime("%Y-%m") if definite else d.isoformat()
    d = date(base.year + n, base.month, min(base.day, 28))
    return f"{d.year:04d}" if definite else (date(base.year + n, base.month, 1) + timedelta(days=base.day - 1))\
        .isoformat()


def _event_dates(text: str, sentences: list[tuple[int, int]], timexes: list[Timex]) -> list:
    return [e for e in link_events(text, sentences, timexes) if _DAY.match(e.value)]


class _EventIndex:
    """The dated events by event key, each key's events best first, so that an anchor looks at a few events
    instead of every event of the document (a long document of "two days after the vote" was quadratic)."""

    def __init__(self, events: list) -> None:
        by_key: dict[str, list[tuple[float, int, object]]] = {}
        for k, e in enumerate(events):
            for key in event_keys(e.trigger):
                by_key.setdefault(key, []).append((-e.score, k, e))
        for ranked in by_key.values():
            ranked.sort(key=lambda r: (r[0], r[1]))
        self.by_key = by_key

    def best(self, keys: set[str], lo: int, hi: int):
        """`max(cands, key=score)` over the events sharing a key with `keys` whose trigger does not start in
        [lo, hi): the best score, the earliest event among equals."""
        found: tuple[float, int, object] | None = None
        for key in keys:
            for r in self.by_key.get(key, ()):
                if not lo <= r[2].trigger_start < hi:
                    if found is None or (r[0], r[1]) < (found[0], found[1]):
                        found = r
                    break
        return found[2] if found is not None else None


def _inside_timex(by_start: list[Timex], starts: list[int], start: int, end: int) -> bool:
    """Is [start, end) inside an existing timex? (Timexes hardly nest: look at the few starting before.)"""
    i = bisect.bisect_right(starts, start)
    return any(by_start[k].end >= end for k in range(max(0, i - 3), i))


class _Phrase(NamedTuple):
    """A phrase dated relative to what follows it: its start, where its anchor starts, and the shift."""

    start: int
    anchor_at: int
    unit: str
    n: int  # signed
    definite: bool


# "the eve of the parade", "the day of the vote": a day relative to the event named after "of"
# (the word start is checked after "the": in the folded text the scan then looks for "the" alone, fast)
_DAY_OF_WORDS = r"the(?<![\w’'-]the)\s+(?P<u>eve|day|morning|night)\s+of\s+"
_DAY_OF = re.compile(_DAY_OF_WORDS, re.IGNORECASE)
_DAY_OF_FOLDED = re.compile(_DAY_OF_WORDS)


def _phrases(text: str, low: str | None) -> list[_Phrase]:
    """Every "<amount> <unit> after|before <anchor>" and "the eve|day of <anchor>" of the text (`low`: its
    folded form, None when it has none)."""
    out: list[_Phrase] = []
    connectives = _CONNECTIVE.finditer(text) if low is None else _CONNECTIVE_FOLDED.finditer(low)
    for c in connectives:
        for m in _ANCHOR.finditer(text, max(0, c.start() - 40), min(len(text), c.end() + 3)):
            if m.start("dir") != c.start() or m["dir"].lower() == "since":
                continue
            n = _amount(m["q"])
            if n is not None:
                sign = 1 if m["dir"].lower() in ("after", "following", "later than") else -1
                out.append(_Phrase(m.start(), m.end(), m["u"], sign * n, m["q"].lower() == "the"))
    for m in _DAY_OF.finditer(text) if low is None else _DAY_OF_FOLDED.finditer(low):
        out.append(_Phrase(m.start(), m.end(), "day", -1 if m["u"].lower() == "eve" else 0, False))
    return out


def _date_after(text: str, by_start: list[Timex], starts: list[int], pos: int) -> Timex | None:
    """The day-level timex right after `pos` that dates the anchor ("the inauguration on January 20")."""
    for i in range(bisect.bisect_left(starts, pos), len(by_start)):  # no slice: a copy per match
        t = by_start[i]
        if t.start - pos > 70:
            return None
        gap = text[pos:t.start]
        if _CLAUSE_BREAK.search(gap):
            return None
        if not _DAY.match(t.value):
            continue
        return t if not gap.strip() or _LINK_GAP.match(gap) else None
    return None


def add_anchored(text: str, sentences: list[tuple[int, int]], timexes: list[Timex],
                 low: str | None) -> list[Timex]:
    """`timexes` and the phrases dated relative to an event (`low`: the folded text, None when it has none)."""
    phrases = _phrases(text, low)
    if not phrases:
        return timexes
    by_start = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in by_start]
    added: list[Timex] = []
    events = None
    for p in phrases:
        # 1. the anchor's date follows at once; 2. the anchor is an event dated elsewhere in the text
        anchor_t = _date_after(text, by_start, starts, p.anchor_at)
        if anchor_t is not None:
            base, end = date.fromisoformat(anchor_t.value), anchor_t.end
        else:
            np = _NP.match(text, p.anchor_at)
            keys = event_keys(np.group(0)) if np else set()
            if not np or not keys:
                continue
            if events is None:
                events = _EventIndex(_event_dates(text, sentences, timexes))
            best = events.best(keys, p.start, np.end())
            if best is None:
                continue
            base, end = date.fromisoformat(best.value), np.end()
        if _inside_timex(by_start, starts, p.start, end):
            continue
        try:
            value = _shift(base, p.unit, p.n, p.definite)
        except (ValueError, OverflowError):
            continue
        added.append(Timex(start=p.start, end=end, text=text[p.start:end], type="DATE", value=value,
                           anchor="anchored", rule=RULE))
    if not added:
        return timexes
    return sorted(timexes + added, key=lambda t: (t.start, -t.end))
