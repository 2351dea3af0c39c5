"""Numbers and units of durations: 'two and a half' -> 2.5, 'weeks' -> W, (2.5, 'Y') -> P2Y6M."""

from __future__ import annotations

import re

from bot.extract.lexicon.numbers import ONES, TENS
from bot.extract.timex._context import words_before

_SPACES = re.compile(r"\s+")
_HALF_SUFFIX = re.compile(r" (?:1/2|and a half)$")
_DIGITS = re.compile(r"[\d,]+(?:\.\d+)?")
_WORD_BREAK = re.compile(r"[- ]")


def number(s: str | None) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '2 1/2' -> 2.5, 'a' -> 1; vague words -> None."""
    if not s:
        return None
    w = _SPACES.sub(" ", s.lower().strip())
    if w in ("a", "an", "one"):
        return 1
    half = 0.0
    if w.endswith(" 1/2") or w.endswith(" and a half"):
        half = 0.5
        w = _HALF_SUFFIX.sub("", w)
    if _DIGITS.fullmatch(w):
        return float(w.replace(",", "")) + half
    if w in ("a hundred", "one hundred"):
        return 100 + half
    if w in ("a dozen", "dozen"):
        return 12 + half
    if w in ONES:
        return ONES[w] + half
    parts = _WORD_BREAK.split(w)
    if parts and parts[0] in TENS:
        return TENS[parts[0]] + (ONES.get(parts[1], 0) if len(parts) > 1 else 0) + half
    return None


def unit_code(u: str) -> str:
    u = u.lower()
    if u.startswith("centur"):
        return "CE"
    if u.startswith("millenni"):
        return "ML"
    u = u.rstrip("s") if u not in ("hours",) else "hour"
    return {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
            "weekend": "WE", "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE"}.get(u, "D")


def fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration(n: float | None, code: str) -> str:
    """TimeML duration value: P2Y, PT5H, P2Y6M, PXM (n None = vague)."""
    if code == "FN":
        code, n = "W", (None if n is None else n * 2)
    if code == "DE":
        code, n = "Y", (None if n is None else n * 10)
        if n is None:
            return "PXDE"
    if code == "CE":
        code, n = "Y", (None if n is None else n * 100)
        if n is None:
            return "PXCE"
    if code == "ML":
        code, n = "Y", (None if n is None else n * 1000)
    if code == "WE":
        return "P2D" if n in (None, 1) else f"P{fmt_num(2 * n)}D"
    timed = code in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(code, code)
    if n is None:
        return f"PTX{letter}" if timed else f"PX{letter}"
    if n != int(n):
        whole = int(n)
        sub = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"),
               "MIN": (60, "S")}.get(code)
        if sub:
            rest = round((n - whole) * sub[0])
            lead = f"{whole}{letter}" if whole else ""
            if timed or sub[1] == "H":
                head = "PT" if timed else "P"
                return f"{head}{lead}{'T' if not timed else ''}{rest}{sub[1]}"
            return f"P{lead}{rest}{sub[1]}"
    return f"PT{fmt_num(n)}{letter}" if timed else f"P{fmt_num(n)}{letter}"



_NUMBERISH = re.compile(r"[$£€]?[\d,.]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                        r"hundred|thousand|million|billion|dozen)s?|once|twice|thrice|times", re.IGNORECASE)


def is_rate(text: str, pos: int, adverb: bool = False) -> bool:
    """Is the 'a <unit>' at pos a rate: '24 hours a day', 'four flights a week', '$1.76 a year'?"""
    before = words_before(text, pos, 2)
    if not before:
        return False
    if adverb and text[max(0, pos - 2):pos].strip().endswith("%"):
        return True
    if _NUMBERISH.fullmatch(before[-1]):
        return True
    return len(before) == 2 and before[-1].endswith("s") and bool(_NUMBERISH.fullmatch(before[-2]))

