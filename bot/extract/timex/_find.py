"""The driver: candidates, choice, normalisation (again without the refused), anaphors, anchored phrases."""

from __future__ import annotations

import bisect
import re
from datetime import date

from bot.extract.facts import Timex
from bot.extract.lexicon.calendar import WEEKDAYS
from bot.extract.text import fold
from bot.extract.timex._anaphors import resolve_anaphors
from bot.extract.timex._anchor import add_anchored
from bot.extract.timex._calendar import weekday_year
from bot.extract.timex._candidates import candidates, select
from bot.extract.timex._context import Ctx, Norm, parse_iso_date
from bot.extract.timex._event_year import year_from_event
from bot.extract.timex._patterns import WEEKDAY_ANY
from bot.extract.timex._triggers import TRIGGER

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_YEAR = re.compile(r"\d{4}")

__all__ = ["find_timexes"]


def _normalise_all(text: str, chosen: list, ctx: Ctx, anchor_rel: str, norms: dict[int, Norm | None]) -> list[Timex]:
    """The timexes of the chosen candidates; `norms` keeps each match's normalisation (by id) for the next
    round of the same `_resolve`, where most candidates are chosen again."""
    out: list[Timex] = []
    for start, end, _prio, rule, m in chosen:
        key = id(m)
        if key in norms:
            r = norms[key]
        else:
            try:
                r = rule.normalise(ctx, m)
            except (ValueError, KeyError, OverflowError):
                r = None
            norms[key] = r
        if r is None:
            continue
        typ, value, rel = r[0], r[1], r[2]
        if len(r) == 5:
            start, end = r[3], r[4]
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        anchor = ("unresolved" if "X" in value and ctx.ref is None else anchor_rel) if rel else "explicit"
        out.append(Timex(start=start, end=end, text=text[start:end], type=typ, value=value, anchor=anchor,
                         rule=rule.name))
    return resolve_anaphors(out)


def find_timexes(text: str, sentences: list[tuple[int, int]], published: str | None) -> list[Timex]:
    """All temporal expressions of `text`, normalised to TimeML values (see the module docstring)."""
    if not text or not TRIGGER.search(text):
        return []
    low = fold(text)
    cands = candidates(text, low)
    ref = parse_iso_date(published)
    sent_starts = [s for s, _e in sentences]
    ctx = Ctx(text=text, ref=ref, sent_starts=sent_starts, sentences=sentences)
    anchor_rel = "published"
    if ref is None:
        # Undated document: the latest fully written date in the text stands in for the publication date;
        # failing that, a date whose weekday fixes its year ("Friday (March 14)").
        first = _resolve(text, cands, ctx, "unresolved")
        explicit = [t for t in first if t.anchor == "explicit" and _ISO_DAY.fullmatch(t.value)]
        if explicit:
            ctx.ref = max(parse_iso_date(t.value) for t in explicit)  # type: ignore[type-var]
            anchor_rel = "inferred"
        elif (by_weekday := weekday_dates(first, _years(first))):
            ctx.ref = max(by_weekday)
            anchor_rel = "inferred"
    timexes = year_from_event(text, sentences, _resolve(text, cands, ctx, anchor_rel))
    return add_anchored(text, sentences, timexes, low)


_WEEKDAY_FIRST = re.compile(rf"(?P<wd>{WEEKDAY_ANY})")
_MONTH_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)$")


def weekday_dates(timexes: list[Timex], near: int) -> list[date]:
    """The dates of "Friday (March 14)", "Friday, March 14" written without a year: each in the year nearest
    to `near` in which that day falls on that weekday."""
    out = []
    for t in timexes:
        md = _MONTH_DAY.match(t.value)
        wd = _WEEKDAY_FIRST.match(t.text)
        if md and wd and t.rule == "mdy":
            month, day = int(md[1]), int(md[2])
            y = weekday_year(month, day, WEEKDAYS[wd["wd"].lower().rstrip(".")], near)
            if y is not None:
                out.append(date(y, month, day))
    return out


def _years(timexes: list[Timex]) -> int:
    """The year a text without a full date is nearest to: the latest year it writes, else this year."""
    years = [int(t.value) for t in timexes if t.anchor == "explicit" and _ISO_YEAR.fullmatch(t.value)]
    return max(years) if years else date.today().year


def _resolve(text: str, cands: list, ctx: Ctx, anchor_rel: str) -> list[Timex]:
    """Select longest matches; when a selected match is rejected by its normaliser, drop it and let the
    remaining candidates compete again (so a refused "May 5 people" can still leave "5 people" alone)."""
    pool = list(cands)
    rejected: set[int] = set()
    norms: dict[int, Norm | None] = {}  # a match's normalisation does not change between rounds (same ctx)
    for _round in range(3):
        chosen = select([c for c in pool if id(c[4]) not in rejected])
        result = _normalise_all(text, chosen, ctx, anchor_rel, norms)
        kept = sorted((t.start, t.end) for t in result)
        newly = [c for c in chosen if not _kept(c, kept)]
        if not newly:
            return result
        rejected.update(id(c[4]) for c in newly)
    return result


def _kept(c: tuple, kept: list[tuple[int, int]]) -> bool:
    """Did candidate c yield a timex (its own span, or one trimmed inside it)?"""
    i = bisect.bisect_left(kept, (c[0], -1))
    while i < len(kept) and kept[i][0] < c[1]:
        if kept[i][1] <= c[1]:
            return True
        i += 1
    return False
