"""'That day', 'the next morning', 'later that year': dated from the latest preceding date of the text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.extract.facts import Timex
from bot.extract.lexicon.calendar import PARTS_OF_DAY
from bot.extract.timex._calendar import iso_week, shift
from bot.extract.timex._context import parse_iso_date

_YEAR_MONTH_DAY = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_DIGITS_AND_DASHES = re.compile(r"[\d-]+")


def resolve_anaphors(out: list[Timex]) -> list[Timex]:
    """'that day', 'the next morning', 'later that year': dated from the latest preceding date."""
    if not any(t.value.startswith("ANAPHOR:") for t in out):
        return list(out)
    result: list[Timex] = []
    # The latest date of the result precise enough for each `need`, kept as the result grows (looking back
    # through the whole result for every anaphor was quadratic in documents with few full dates).
    latest: dict[int, Timex] = {}

    def add(p: Timex) -> None:
        result.append(p)
        if p.type in ("DATE", "TIME") and p.anchor != "anchored" and _YEAR_MONTH_DAY.match(p.value):
            digits = len(_DIGITS_AND_DASHES.match(p.value)[0].rstrip("-"))
            for level in (4, 7, 10):
                if digits >= level:
                    latest[level] = p

    for t in out:
        if not t.value.startswith("ANAPHOR:"):
            add(t)
            continue
        _, unit, off = t.value.split(":")
        offset = int(off)
        need = {"day": 10, "morning": 10, "afternoon": 10, "evening": 10, "night": 10, "week": 10,
                "month": 7, "year": 4}[unit]
        prev = latest.get(need)
        if prev is None:
            continue
        d = parse_iso_date(prev.value[:10]) if need == 10 else None
        if need == 10 and d is not None:
            if unit == "week":
                value = iso_week(d + timedelta(weeks=offset))
            else:
                value = (d + timedelta(days=offset)).isoformat()
                if unit in PARTS_OF_DAY:
                    value += f"T{PARTS_OF_DAY[unit]}"
        elif need == 7:
            y, mo = int(prev.value[:4]), int(prev.value[5:7])
            value = shift(date(y, mo, 1), "M", offset)
        else:
            value = f"{int(prev.value[:4]) + offset:04d}"
        # relative to a date found in the text (not to the publication date): "inferred"
        add(Timex(start=t.start, end=t.end, text=t.text, type=t.type, value=value, anchor="inferred",
                  rule=t.rule))
    return result

