"""The year of a past month-day written without one, from the year the text gives the same event.

"... in a 2016 shooting that killed a teenager. Carter was shot four times on Aug. 11": read against a 2019
publication date, "Aug. 11" alone would be the last one (2018); the text dates the shooting in 2016, and
"shot" names the same event (`event_keys`). So a month-day read from the publication date moves to the
year of its event when:

- the words it dates (its events of the same sentence, linked well) share a key with the noun that exactly
  one earlier year of the text is written before ("a 2016 shooting", "the 2019 crash": the year names
  the event; "a bombing in 1995" may be another bombing);
- it is told in the past and that year is before the one it was given (a story looks back; "the election
  on Nov. 5" ahead of a text that also recalls "the 2020 election" stays where it is);
- the day exists in that year (and falls on its weekday, when one is written).

The moved timex keeps its rule; its anchor becomes "inferred" (dated from the text, not the publication).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date

from bot.extract.event_words import event_keys
from bot.extract.events import attributive_np, link_events
from bot.extract.facts import Timex
from bot.extract.lexicon.calendar import WEEKDAYS
from bot.extract.lexicon.events import EVENT_SPEECH_KEY
from bot.extract.timex._context import ymd
from bot.extract.timex._tense import tense_near

_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_ISO_YEAR = re.compile(r"\d{4}")

__all__ = ["year_from_event"]

_MONTH_DAY_RULES = ("mdy", "dmy")
_STRONG = 0.5  # the least link score that names a timex's event
_WEEKDAY = re.compile(r"([A-Za-z]+)")


def year_from_event(text: str, sentences: list[tuple[int, int]], timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each past month-day written without a year moved to the year of its event (see above)."""
    movable = [t for t in timexes if t.rule in _MONTH_DAY_RULES and t.anchor in ("published", "inferred")
               and _ISO_DAY.fullmatch(t.value)]
    years = [t for t in timexes if t.rule == "year" and t.anchor == "explicit" and _ISO_YEAR.fullmatch(t.value)]
    if not movable or not years:
        return timexes
    naming = {t.start for t in years if attributive_np(text, t, after_preposition=True)}
    if not naming or min(naming) > max(t.start for t in movable):
        return timexes
    year_of_key: dict[str, set[tuple[int, str]]] = {}  # key -> (where, year) of the years naming it
    keys_of_timex: dict[int, set[str]] = {}
    for ev in link_events(text, sentences, timexes):
        if ev.score < _STRONG:
            continue
        keys = event_keys(ev.trigger) - {EVENT_SPEECH_KEY}
        keys_of_timex.setdefault(ev.timex_start, set()).update(keys)
        if ev.timex_start in naming and ev.trigger_start > ev.timex_start:
            for k in keys:
                year_of_key.setdefault(k, set()).add((ev.timex_start, ev.value))
    moved = {}
    starts = [a for a, _b in sentences]
    for t in movable:
        found = {y for k in keys_of_timex.get(t.start, ()) for at, y in year_of_key.get(k, ()) if at < t.start}
        if len(found) != 1:
            continue
        year = int(found.pop())
        if year >= int(t.value[:4]) or not _past(text, sentences, starts, t):
            continue
        value = ymd(year, int(t.value[5:7]), int(t.value[8:10]))
        if value and _weekday_fits(t, value):
            moved[id(t)] = replace(t, value=value, anchor="inferred")
    return [moved.get(id(t), t) for t in timexes] if moved else timexes


def _past(text: str, sentences: list[tuple[int, int]], starts: list[int], t: Timex) -> bool:
    i = bisect.bisect_right(starts, t.start) - 1
    lo, hi = sentences[i] if i >= 0 else (max(0, t.start - 200), t.end + 200)
    return tense_near(text, lo, hi, t.start, t.end) < 0


def _weekday_fits(t: Timex, value: str) -> bool:
    m = _WEEKDAY.match(t.text)
    wd = WEEKDAYS.get(m[1].lower()) if m else None
    return wd is None or date.fromisoformat(value).weekday() == wd
