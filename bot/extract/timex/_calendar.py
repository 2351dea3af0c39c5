"""Calendar arithmetic for TimeML values: shifting dates by units, ISO weeks, quarters, holidays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# How far from the publication date a date written without a year may fall, by the tense around it
# (see `pick_year` and `_tense.tense_near`).
PAST_SLACK = 150  # days after the publication date a (weakly) past-tense month-day may still fall
FUTURE_SLACK = 60  # days before it a future-tense one may still fall (a tense misread near "said")
HALF_YEAR = 183
WRITING_GAP = 7  # a story may be dated days after it was written: "will meet Jan. 5" dated Jan. 7 is this year
PAST_SLACK_BACK = 240  # a past tense read near a date ~8 months back may be a report's ("said ... in January")


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    day = min(d.day, calendar.monthrange(year, m + 1)[1]) if 1 <= year <= 9999 else d.day
    return date(year, m + 1, day)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift(ref: date, unit: str, n: int) -> str:
    """The TimeML value of the period `n` units away from `ref`, at that unit's granularity."""
    if unit == "D":
        return (ref + timedelta(days=n)).isoformat()
    if unit == "W":
        return iso_week(ref + timedelta(weeks=n))
    if unit == "WE":
        return iso_week(ref + timedelta(weeks=n)) + "-WE"
    if unit == "M":
        return add_months(ref, n).strftime("%Y-%m")
    if unit == "Q":
        q = ref.year * 4 + quarter_of(ref) - 1 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "H1":
        h = ref.year * 2 + (ref.month - 1) // 6 + n
        return f"{h // 2:04d}-H{h % 2 + 1}"
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "DE":
        return f"{ref.year // 10 + n:03d}"
    if unit == "CE":
        return f"{ref.year // 100 + n:02d}"
    return ref.isoformat()


def placeholder(unit: str) -> str:
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "H1": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}.get(unit, "XXXX-XX-XX")


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(spec: tuple[int, int] | str, year: int) -> date:
    if isinstance(spec, tuple):
        return date(year, *spec)
    if spec == "thanksgiving":
        return nth_weekday(year, 11, 3, 4)
    if spec == "labor":
        return nth_weekday(year, 9, 0, 1)
    if spec == "memorial":
        return nth_weekday(year, 5, 0, -1)
    if spec == "goodfriday":
        return easter(year) - timedelta(days=2)
    return easter(year)


def pick_year(ref: date, month: int, day: int | None, tense: int) -> int:
    """The year of a date written without one, by the tense around it (see `tense_near`). A verb that
    governs the date directly (tense ±2: "ended Jan. 31", "will meet on May 3") cannot put a past event
    after the publication date nor a future one before it: such a date moves to the previous / next
    year. A tense read farther off (±1, often a report's "said") moves it only past a season's slack.
    Without a tense the nearest occurrence within six months either way is meant, as in HeidelTime."""
    try:
        same = date(ref.year, month, day or 15)
    except ValueError:
        return ref.year
    delta = (same - ref).days
    if day is None:
        delta = (month - ref.month) * 30
    if delta > 0:
        limit = {-2: 0, -1: PAST_SLACK, 0: HALF_YEAR}.get(tense, 10_000)
        return ref.year - 1 if delta > limit else ref.year
    if delta < 0:
        limit = {2: WRITING_GAP, 1: FUTURE_SLACK, 0: HALF_YEAR, -1: PAST_SLACK_BACK}.get(tense, 10_000)
        return ref.year + 1 if -delta > limit else ref.year
    return ref.year


def weekday_year(month: int, day: int, weekday: int, near: int, prefer: int | None = None) -> int | None:
    """The year in which month/day falls on `weekday`: `prefer` if it does, else the nearest such year to
    `near` (an earlier one on a tie: news is read after it is written). None if none within 12 years."""
    def fits(y: int) -> bool:
        try:
            return date(y, month, day).weekday() == weekday
        except ValueError:
            return False
    if prefer is not None and fits(prefer):
        return prefer
    for off in range(13):
        for y in (near - off, near + off):
            if fits(y):
                return y
    return None


def weekday_date(ref: date, weekday: int, tense: int, which: str | None = None) -> date:
    """Resolve a weekday name against `ref`: 'last'/past tense -> most recent (same day = ref unless
    'last'), 'next'/future -> coming, 'this' -> the one in ref's week, else the closest."""
    back = (ref.weekday() - weekday) % 7
    fwd = (weekday - ref.weekday()) % 7
    if which == "last":
        return ref - timedelta(days=back or 7)
    if which == "next":
        return ref + timedelta(days=fwd or 7)
    if which == "this":
        return ref + timedelta(days=weekday - ref.weekday())
    if tense < 0:
        return ref - timedelta(days=back)
    if tense > 0:
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)
