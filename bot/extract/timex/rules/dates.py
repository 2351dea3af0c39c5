"""Calendar dates written with a month: ISO and numeric dates, month-day(-year), month-year, months, 'the week of
March 6', holidays.
"""

from __future__ import annotations

import re

from bot.extract.lexicon.calendar import HOLIDAYS, MONTHS, WEEKDAYS
from bot.extract.lexicon.numbers import COUNT_NOUNS
from bot.extract.timex._calendar import holiday_date, iso_week, weekday_year
from bot.extract.timex._context import Ctx, Norm, day_number, month_number, parse_iso_date, resolve_md, word_after, ymd
from bot.extract.timex._patterns import (
    DAY,
    HOLIDAY_NAME,
    MOD,
    MONTH_ANY,
    MONTH_FULL,
    REL,
    WEEKDAY_ANY,
    YEAR_SUFFIX,
    YYYY,
    B,
    E,
)
from bot.extract.timex._rule import Rule, folded, pattern
from bot.extract.timex._triggers import CLOCK_MARK, HOLIDAY_WORD, MONTH_MARK, UNIT_WORD, WEEKDAY_WORD, YEAR_DIGITS

_SPACES = re.compile(r"\s+")


def _norm_iso(ctx: Ctx, m: re.Match) -> Norm | None:
    v = ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    if not v:
        return None
    if m["h"]:
        return ("TIME", f"{v}T{m['h']}:{m['mi']}", False)
    return ("DATE", v, False)


ISO = Rule(
    "iso",
    pattern(rf"(?<![\d-])(?P<y>{YYYY})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d-])"),
    triggers=frozenset({YEAR_DIGITS}),
    normalise=_norm_iso,
    examples=(
        ("Filed 2025-01-27 in court.", "2025-01-27"),
        ("The polls opened at 2025-01-27T08:30 sharp.", "2025-01-27T08:30"),
    ),
)


def _norm_numdate(ctx: Ctx, m: re.Match) -> Norm | None:
    """Month first, as in US news ("3/4/98" is March 4); the day first only where the first number cannot be
    a month ("27/01/2025")."""
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    a, b = int(m["a"]), int(m["b"])
    v = ymd(y, a, b) if a <= 12 else ymd(y, b, a)
    return ("DATE", v, False) if v else None


NUMDATE = Rule(
    "numdate",
    pattern(r"(?<![\d/.-])(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)"
            r"(?![\d/])"),
    triggers=frozenset({CLOCK_MARK}),
    normalise=_norm_numdate,
    examples=(
        ("Signed on 1/27/2025 by both.", "2025-01-27"),
        ("Signed on 3/4/98 by both.", "1998-03-04"),
        ("Signed on 27/01/2025 by both.", "2025-01-27"),
    ),
    negatives=(
        "The score was 25/31/40 in the three rounds.",  # no month in either place
    ),
)


def _norm_mdy(ctx: Ctx, m: re.Match) -> Norm | None:
    mon = m["mon"]
    if mon.lower().rstrip(".") in ("may", "march") and mon[0].isupper() and not m["y"] and not m["wd"]:
        # "May 5" is safe; but "March 4 people" is not a date: the day must not be followed by a noun
        nxt = word_after(ctx.text, m.end())
        if nxt.lower() in COUNT_NOUNS:
            return None
    month, day = month_number(mon), day_number(m["d"])
    r = resolve_md(ctx, m, month, day)
    if r and m["wd"] and not m["y"] and ctx.ref is not None:
        # "Friday, March 14": of the years the tense allows, the one in which March 14 is a Friday
        y = int(r[0][:4])
        fit = weekday_year(month, day, WEEKDAYS[m["wd"].lower().rstrip(".")], y, prefer=y)
        if fit is not None and abs(fit - y) <= 1:
            r = (f"{fit:04d}{r[0][4:]}", r[1])
    return ("DATE", r[0], r[1]) if r else None


MDY = Rule(
    "mdy",
    pattern(rf"{B}(?:(?P<mod>{MOD})\s+)?(?:(?P<wd>{WEEKDAY_ANY})(?:,?\s+|\s*(?P<par>\()\s*))?(?:the\s+)?"
            rf"(?P<mon>{MONTH_ANY})\s*(?P<d>{DAY})(?:\s+(?:and|&)\s+{DAY}(?=,?\s+{YYYY}))?{YEAR_SUFFIX}?(?(par)\s*\))"
            rf"(?!\s*(?:%|percent))"),
    triggers=frozenset({MONTH_MARK}),
    needs=folded(r"\d"),
    normalise=_norm_mdy,
    examples=(
        ("It happened on Monday, January 27, 2025, in Delhi.", "2025-01-27"),
        ("Stocks fell on Jan. 27 in Tokyo.", "2025-01-27"),
        ("His victory on November 7 last year stunned pollsters.", "2024-11-07"),
        ("He won the vote on November 7.", "2024-11-07"),
        ("The summit will open on March 3.", "2025-03-03"),
        ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "1989-01-31", "1989-10-31"),
        ("A jury convicted him Thursday (Feb. 7) of murder.", "2019-02-07", "2019-02-07"),
        ("The vote is on Friday, Jan. 2.", "2026-01-02", "2025-07-01"),  # Jan. 2 is a Friday in 2026, not 2025
        ("The Council met on September 22 and 23, 2016.", "2016-09-22"),  # the year of both days: the first
    ),
    negatives=(
        "He said March 4 people were hurt.",  # a count: the day must not be followed by a noun
    ),
)


_FIRST_DAY_BEFORE = re.compile(rf"{B}(?P<mon>{MONTH_ANY})\s*(?P<d>{DAY})\s+$")


def _norm_second_day(ctx: Ctx, m: re.Match) -> Norm | None:
    """'April 24 and 25': the second day, in the month and year of the first."""
    first = _FIRST_DAY_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    if first is None:
        return None
    r = resolve_md(ctx, first, month_number(first["mon"]), day_number(first["d"]))
    if r is None:
        return None
    v = ymd(int(r[0][:4]), int(r[0][5:7]), day_number(m["d2"]))
    if v is None or v <= r[0]:
        return None
    return ("DATE", v, r[1], m.start("d2"), m.end("d2"))


SECOND_DAY = Rule(
    "second_day",
    pattern(rf"{B}(?:and|or|&)\s+(?P<d2>{DAY})(?![\w%]|\s*(?:%|percent|[A-Za-z]{{2,}}))"),
    triggers=frozenset({MONTH_MARK}),
    needs=folded(r"(?:and|or|&)\s+\d"),
    normalise=_norm_second_day,
    examples=(
        ("The summit will be held on April 24 and 25.", "2025-04-25"),
        ("The Council met on September 22 and 23.", "2024-09-23"),
    ),
    negatives=(
        "Talks on April 24 and 25 delegates attended.",  # a count after the day: not a date
        "The vote on April 24 and 3 of the seats.",  # a day before the first: no second day
    ),
)


def _norm_dmy(ctx: Ctx, m: re.Match) -> Norm | None:
    """The same reading as "mdy", the day written first; "28, December, 1937" only with its year."""
    if m["dc"] and not m["y"]:
        return None
    return _norm_mdy(ctx, m)


DMY = Rule(
    "dmy",
    pattern(rf"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:(?P<dc>,)\s*|(?:\s+of)?\s+)"
            rf"(?P<mon>{MONTH_ANY}){YEAR_SUFFIX}?"),
    triggers=frozenset({MONTH_MARK}),
    needs=folded(r"\d"),
    normalise=_norm_dmy,
    examples=(
        ("It happened on 27 January 2025.", "2025-01-27"),
        ("He was born on 4 July 1750.", "1750-07-04"),
        ("He was born in Mumbai on 28, December, 1937.", "1937-12-28"),
    ),
    negatives=(
        "Of the 28, December saw the most.",  # a number and a month: the comma form needs its year
    ),
)


def _norm_my(ctx: Ctx, m: re.Match) -> Norm | None:
    return ("DATE", f"{int(m['y']):04d}-{month_number(m['mon']):02d}", False)


MY = Rule(
    "my",
    pattern(rf"{B}(?:(?P<mod>{MOD})\s+)?(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?(?P<y>{YYYY}){E}(?![.,]\d)"),
    triggers=frozenset({MONTH_MARK}),
    needs=folded(r"\d"),
    normalise=_norm_my,
    examples=(
        ("The deal closed in March 2019.", "2019-03"),
    ),
)


_MONTH_CUE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|during|through|from|to|before|after|early|late|mid|last|next|this|"
    r"that|each|every|between|and|or|on|for)\s+|mid-)$", re.IGNORECASE)


def _norm_month(ctx: Ctx, m: re.Match) -> Norm | None:
    mon = m["mon"]
    low = mon.lower()
    if low in ("may", "march") or (low == "august" and mon[1:].islower()):
        before = ctx.text[max(0, m.start() - 12):m.start()]
        cue = bool(m["mod"] or m["rel"] or m["yrel"] or _MONTH_CUE.search(before))
        if not cue:
            return None
        if low in ("may", "march") and not (m["mod"] or m["rel"] or m["yrel"]) and before.rstrip()[-3:].lower() \
                in ("and", " or", " to"):
            nxt = word_after(ctx.text, m.end())
            if nxt and nxt[0].islower() and nxt.lower() not in ("and", "or", "to", "through", "when", "as",
                                                                  "last", "next", "this", "is", "was"):
                return None
    month = MONTHS[low]
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past", "previous") and ctx.ref is not None:
        year = ctx.ref.year - (1 if month >= ctx.ref.month else 0)
        return ("DATE", f"{year:04d}-{month:02d}", True)
    if rel in ("this", "current") and ctx.ref is not None:
        return ("DATE", f"{ctx.ref.year:04d}-{month:02d}", True)
    if rel in ("next", "coming", "upcoming") and ctx.ref is not None:
        year = ctx.ref.year + (1 if month <= ctx.ref.month else 0)
        return ("DATE", f"{year:04d}-{month:02d}", True)
    r = resolve_md(ctx, m, month, None)
    return ("DATE", r[0], r[1]) if r else None


MONTH = Rule(
    "month",
    pattern(rf"{B}(?:(?P<mod>{MOD})[\s-]*)?(?:(?P<rel>{REL})\s+)?(?P<mon>{MONTH_FULL})"
            rf"(?:\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year)?{E}"),
    triggers=frozenset({MONTH_MARK}),
    normalise=_norm_month,
    examples=(
        ("The vote is in May.", "2025-05"),
        ("He resigned last March.", "2024-03"),
        ("The carrier has been on patrol since March and was scheduled to return.", "1990-03", "1990-08-13"),
    ),
    negatives=(
        "They may march again.",  # month names are matched case-sensitively: the verbs
        "Protesters March on the capital.",  # 'March' without a cue word before it
        "Theresa May spoke.",  # 'May' without a cue word before it
        "He met Tom and May went home.",  # 'and May' followed by a lowercase word: a name
        "The August body met.",  # the adjective
    ),
)


def _norm_week_of(ctx: Ctx, m: re.Match) -> Norm | None:
    """'the week of March 6': the ISO week containing that date."""
    inner = m.group(0)[m.start("d0") - m.start():]
    for rule in (MDY, DMY):
        mm = rule.pattern.fullmatch(inner)
        if mm:
            r = rule.normalise(ctx, mm)
            d = parse_iso_date(r[1]) if r else None
            if d:
                return ("DATE", iso_week(d), r[2])
    return None


WEEK_OF = Rule(
    "week_of",
    pattern(rf"{B}the\s+week\s+of\s+(?P<d0>{MONTH_ANY}\s*{DAY}(?:,?\s+{YYYY})?|{DAY}\s+{MONTH_ANY}"
            rf"(?:,?\s+{YYYY})?){E}"),
    triggers=frozenset({MONTH_MARK}),
    needs=folded(r"week\s+of"),
    normalise=_norm_week_of,
    examples=(
        ("Talks open the week of March 6.", "2025-W10"),
    ),
)


def _norm_holiday(ctx: Ctx, m: re.Match) -> Norm | None:
    key = _SPACES.sub(" ", m["h"].lower()).replace("’", "'")
    spec = HOLIDAYS.get(key)
    if spec is None:
        return None
    if m["y"]:
        year: int | None = int(m["y"])
        rel = False
    elif ctx.ref is None:
        year, rel = None, True
    else:
        rel = True
        rel_word = (m["rel"] or "").lower()
        ref = ctx.ref
        this = holiday_date(spec, ref.year)
        t = ctx.tense(m.start(), m.end())
        if rel_word == "last" or (not rel_word and t < 0):
            year = ref.year if this < ref or (not rel_word and this == ref) else ref.year - 1
        elif rel_word == "next" or (not rel_word and t > 0):
            year = ref.year if this > ref or (not rel_word and this == ref) else ref.year + 1
        elif rel_word == "this":
            year = ref.year
        else:  # no tense: the nearer one
            other = ref.year - 1 if this > ref else ref.year + 1
            year = ref.year if abs((this - ref).days) <= abs((holiday_date(spec, other) - ref).days) else other
    if year is None:
        if isinstance(spec, tuple):
            return ("DATE", f"XXXX-{spec[0]:02d}-{spec[1]:02d}", True)
        return ("DATE", "XXXX-XX-XX", True)
    return ("DATE", holiday_date(spec, year).isoformat(), rel)


HOLIDAY = Rule(
    "holiday",
    pattern(rf"{B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY_NAME})(?:,?\s+(?P<y>{YYYY}))?{E}"),
    triggers=frozenset({HOLIDAY_WORD, UNIT_WORD, WEEKDAY_WORD}),
    needs=folded(r"christmas|year['’]s|halloween|valentine|boxing|thanksgiving|labor|memorial|easter|good\s+friday"),
    normalise=_norm_holiday,
    examples=(
        ("Officials met over Christmas.", "2024-12-25"),
        ("Easter 2024 was early.", "2024-03-31"),
        ("They met last Thanksgiving.", "2024-11-28"),
    ),
)
