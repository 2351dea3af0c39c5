"""Times of day: 10:35 a.m. on Monday, 18:00 UTC, noon Friday, midnight, early morning."""

from __future__ import annotations

import re

from bot.extract.lexicon.calendar import PARTS_OF_DAY
from bot.extract.timex._context import Ctx, Norm, words_before
from bot.extract.timex._patterns import DAYREF, TZ, WEEKDAY_FULL, B, E
from bot.extract.timex._rule import Rule, pattern
from bot.extract.timex._triggers import CLOCK_MARK, DAYTIME_WORD
from bot.extract.timex.rules.days import day_of, dref_value


def _zulu(tz: str | None) -> str:
    """ISO 8601 marks UTC times with Z ("18:00 UTC" -> T18:00Z); other zones are left off the value."""
    return "Z" if tz and tz.upper() in ("UTC", "GMT") else ""


def _norm_clock(ctx: Ctx, m: re.Match) -> Norm | None:
    h = int(m["h"])
    ap = m["ap"].lower().replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if h > 24 or (not ap.startswith("o") and int(m["h"]) > 12):
        return None
    day, rel = dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    start = m.start("h") if m["approx"] and m["approx"].lower() in ("after", "before", "until", "by") else None
    val = f"{day}T{h:02d}:{m['mi'] or '00'}" + _zulu(m["tz"])
    if start is not None:
        return ("TIME", val, rel, start, m.end())
    return ("TIME", val, rel)


CLOCK = Rule(
    "clock",
    pattern(rf"{B}(?:(?P<approx>around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before"
            rf"|after)|after|before|until|by)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*"
            rf"(?P<ap>[ap]\.\s?m\.?|(?-i:[ap]m|AM|PM)\b|o['’]clock)(?:\s+(?P<tz>{TZ}))?"
            rf"(?:,?\s+(?:on\s+)?(?P<dref>{DAYREF}))?"),
    triggers=frozenset({CLOCK_MARK}),
    normalise=_norm_clock,
    examples=(
        ("Polls close at 5 p.m. local time.", "2025-01-28T17:00"),
        ("The blast came at 10:35 a.m. on Monday.", "2025-01-27T10:35"),
        ("They leave at 9 o'clock.", "2025-01-28T09:00"),
    ),
    negatives=(
        "The clock read 15 pm.",  # no such hour
    ),
)


def _norm_clock24(ctx: Ctx, m: re.Match) -> Norm | None:
    day, rel = dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    return ("TIME", f"{day}T{m['h']}:{m['mi']}{_zulu(m['tz'])}", rel)


CLOCK24 = Rule(
    "clock24",
    pattern(rf"(?<![\w:.])(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)(?:\s*(?:hrs|hours|h))?\s+(?P<tz>{TZ})"
            rf"(?:,?\s+(?:on\s+)?(?P<dref>{DAYREF}))?"),
    triggers=frozenset({CLOCK_MARK}),
    normalise=_norm_clock24,
    examples=(
        ("The launch is set for 18:00 UTC Monday.", "2025-01-27T18:00Z"),
        ("The launch is at 1800 GMT on Monday.", "2025-01-27T18:00Z"),
    ),
)


def _norm_noon(ctx: Ctx, m: re.Match) -> Norm | None:
    if words_before(ctx.text, m.start(), 1)[-1:] in (["high"], ["High"]):
        return None
    day, rel = dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    hh = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return ("TIME", f"{day}T{hh}", rel)


NOON = Rule(
    "noon",
    pattern(rf"{B}(?P<w>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?P<dref>{DAYREF}))?{E}"),
    triggers=frozenset({DAYTIME_WORD}),
    normalise=_norm_noon,
    examples=(
        ("They met at noon.", "2025-01-28T12:00"),
        ("The vote ends at midnight Friday.", "2025-01-31T24:00"),
    ),
    negatives=(
        "It was high noon for the party.",  # an idiom
    ),
)


def _norm_dayref_clock(ctx: Ctx, m: re.Match) -> Norm | None:
    day, rel = day_of(ctx, m["dref"], m.start(), m.end())
    hh = {"noon": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return ("TIME", f"{day}T{hh}", rel)


DAYREF_CLOCK = Rule(
    "dayref_clock",
    pattern(rf"{B}(?P<dref>{WEEKDAY_FULL}|yesterday|today|tomorrow)\s+(?:at\s+)?(?P<w>noon|midnight)"
            rf"{E}"),
    triggers=frozenset({DAYTIME_WORD}),
    normalise=_norm_dayref_clock,
    examples=(
        ("The deadline is Friday at midnight.", "2025-01-31T24:00"),
        ("We meet tomorrow noon.", "2025-01-29T12:00"),
    ),
)


def _norm_pod_mod(ctx: Ctx, m: re.Match) -> Norm | None:
    day, rel = dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    return ("TIME", f"{day}T{PARTS_OF_DAY[m['pod'].lower()]}", rel)


POD_MOD = Rule(
    "pod_mod",
    pattern(rf"{B}(?:early|late|mid-?)\s*(?P<pod>morning|afternoon|evening)(?:\s+(?P<dref>yesterday|today|"
            rf"tomorrow|{WEEKDAY_FULL}))?{E}"),
    triggers=frozenset({DAYTIME_WORD}),
    normalise=_norm_pod_mod,
    examples=(
        ("It rained in the late afternoon yesterday.", "2025-01-27TAF"),
        ("It rained early morning Friday.", "2025-01-24TMO"),
    ),
)
