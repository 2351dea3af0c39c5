"""TimeML values made readable, and which values contain which (for agreement across sources)."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


_PART_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASON = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_QUARTER = {"1": "January–March", "2": "April–June", "3": "July–September", "4": "October–December"}
_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:(\d{2}:\d{2})(?::\d{2})?(Z)?|(MO|MI|AF|EV|NI|DT))$")
_PERIOD = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_WEEKEND = re.compile(r"^(\d{4}-W\d{2})-WE$")
_UNKNOWN_YEAR = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")


def human(value: str) -> str:
    """'2025-01-20' → 'Monday 20 January 2025'; '2025-W04' → 'the week of 20–26 January 2025'."""
    if (m := _TIME.match(value)) and _DAY.match(m[1]):
        day = human(m[1])
        if m[4]:
            return f"{day}, {_PART_OF_DAY[m[4]]}"
        return f"{day}, {m[2]}{' UTC' if m[3] else ''}"
    if m := _PERIOD.match(value):
        year, part = m[1], m[2]
        if part[0] == "Q":
            return f"Q{part[1]} {year} ({_QUARTER[part[1]]})"
        if part[0] == "H":
            return f"the {'first' if part[1] == '1' else 'second'} half of {year}"
        return f"{_SEASON[part]} {year}"
    if (m := _WEEKEND.match(value)) and (span := week_span(m[1])):
        saturday = span[0] + timedelta(days=5)
        return f"the weekend of {saturday.day}–{span[1].day} {span[1]:%B %Y}"
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {value}00s"
    if m := _UNKNOWN_YEAR.match(value):
        month = date(2000, int(m[1]), 1) if 1 <= int(m[1]) <= 12 else None
        if month is None:
            return value
        return (f"{int(m[2])} {month:%B}" if m[2] else f"{month:%B}") + " (year not stated)"
    if m := _DAY.match(value):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value
        return f"{d:%A} {d.day} {d:%B %Y}"
    if m := _MONTH.match(value):
        try:
            return f"{date(int(m[1]), int(m[2]), 1):%B %Y}"
        except ValueError:
            return value
    if (span := week_span(value)) is not None:
        a, b = span
        left = f"{a.day} {a:%B}" if a.month != b.month else str(a.day)
        return f"the week of {left}–{b.day} {b:%B %Y}"
    if _YEAR.match(value):
        return value
    return {"PRESENT_REF": "now", "PAST_REF": "some time in the past", "FUTURE_REF": "in the future"}.get(
        value, value
    )


def week_span(value: str) -> tuple[date, date] | None:
    if not (m := _WEEK.match(value)):
        return None
    try:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def contains(coarse: str, fine: str) -> bool:
    """True when the period `coarse` includes `fine` (2025-W04 ⊇ 2025-01-20, 2025 ⊇ 2025-01)."""
    if coarse == fine or (not _DAY.match(fine) and not _MONTH.match(fine)):
        return False
    if fine.startswith(coarse + "-") and (_YEAR.match(coarse) or _MONTH.match(coarse)):
        return True
    if (span := week_span(coarse)) and (m := _DAY.match(fine)):
        try:
            return span[0] <= date(int(m[1]), int(m[2]), int(m[3])) <= span[1]
        except ValueError:
            return False
    return False


def precision(value: str) -> int:
    """Finer values sort first when scores tie: day > week > month > year > anything else."""
    if _DAY.match(value):
        return 4
    if _WEEK.match(value):
        return 3
    if _MONTH.match(value):
        return 2
    return 1 if _YEAR.match(value) else 0
