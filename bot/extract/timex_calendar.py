"""Calendar arithmetic for TimeML values: shifting dates by units, ISO weeks, quarters, holidays, tense."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


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
    """The year of a date written without one. News mostly means the publication year; a date more than
    a season away on the wrong side of the publication date moves to the neighbouring year, sooner when
    the tense of the sentence points that way ("won on November 7" in January = last November)."""
    try:
        same = date(ref.year, month, day or 15)
    except ValueError:
        return ref.year
    delta = (same - ref).days
    if day is None:
        delta = (month - ref.month) * 30
    if delta > 0:
        limit = 150 if tense < 0 else (10_000 if tense > 0 else 160)
        return ref.year - 1 if delta > limit else ref.year
    if delta < 0:
        limit = 60 if tense > 0 else 240
        return ref.year + 1 if -delta > limit else ref.year
    return ref.year


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


_IRREGULAR_PAST = (
    "said|spoke|spoken|met|told|went|gone|came|took|taken|gave|given|made|saw|seen|began|begun|won|lost|"
    "held|left|sent|brought|thought|found|fell|fallen|rose|risen|paid|sold|bought|led|ran|became|got|wrote|"
    "written|struck|fought|flew|flown|knew|known|kept|meant|stood|swore|sworn|drove|broke|broken|chose|"
    "chosen|spent|built|felt|heard|was|were|had|did|ago|yesterday|earlier|last|previously|former|formerly|"
    "quit|threw|thrown|caught|taught|sought|won|wore|woke|shot|hit|cut|put|set|sat|hung|slid|withdrew|"
    "overtook|undertook|forgot|shook|stole|drew|grew|blew|arose"
)
_PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST}|[a-z]{{2,}}(?<!e)ed)\b")
_FUTURE = re.compile(
    r"\b(?:will|wo|shall|'ll|’ll|going\s+to|plans?\s+to|planning\s+to|planned\s+for|scheduled|expected|"
    r"expects?\s+to|is\s+due|are\s+due|to\s+be\s+held|upcoming|coming|next|intends?\s+to|hopes?\s+to|"
    r"aims?\s+to|set\s+to|tomorrow|later\s+this|ahead|planned|plans|planning|as\s+soon\s+as|"
    r"is\s+to|are\s+to|to\s+resume|to\s+begin|to\s+start|until)\b|'ll\b|’ll\b"
)


def tense_near(text: str, lo: int, hi: int, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the tense marker nearest to text[start:end] within text[lo:hi]."""
    a = max(lo, start - 90)
    b = min(hi, end + 70)
    best: tuple[int, int] | None = None
    for pat, sign in ((_FUTURE, 1), (_PAST, -1)):
        for m in pat.finditer(text, a, b):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if dist < 0:
                continue
            dist += 0 if sign > 0 else 1  # future markers win ties ("said he will ...")
            if best is None or dist < best[0]:
                best = (dist, sign)
    return best[1] if best else 0
