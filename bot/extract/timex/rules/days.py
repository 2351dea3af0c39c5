"""Days named relative to the publication date or the story: yesterday, on Friday, this morning, ended the day, the
next day.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.extract.lexicon.calendar import PARTS_OF_DAY, WEEKDAYS
from bot.extract.timex._calendar import weekday_date
from bot.extract.timex._context import Ctx, Norm, sentence_initial, word_after
from bot.extract.timex._patterns import MONTH_ANY, WEEKDAY_FULL, B, E
from bot.extract.timex._rule import Rule, folded, pattern
from bot.extract.timex._triggers import DAY_WORD, DAYTIME_WORD, UNIT_WORD, WEEKDAY_WORD
from bot.extract.timex.rules.dates import DMY, MDY

_SPACES = re.compile(r"\s+")


def _norm_relday(ctx: Ctx, m: re.Match) -> Norm | None:
    word = m["w"]
    if word[0].isupper() and not m["mod"] and not sentence_initial(ctx, m.start("w")):
        return None  # a title: "USA Today", "VOA Today"
    w = _SPACES.sub(" ", word.lower())
    off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
           "the day after tomorrow": 2}[w]
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if w == "tonight" else None)
    if ctx.ref is None:
        return ("TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""), True)
    v = (ctx.ref + timedelta(days=off)).isoformat()
    if pod:
        return ("TIME", f"{v}T{pod}", True)
    return ("DATE", v, True)


RELDAY = Rule(
    "relday",
    pattern(rf"{B}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day"
            rf"\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening"
            rf"|night))?(?!['’]s\s+(?:[a-z]+\s+)?(?:generation|world|society))"),
    triggers=frozenset({DAY_WORD}),
    normalise=_norm_relday,
    examples=(
        ("He spoke yesterday.", "2025-01-27"),
        ("He arrives tomorrow.", "2025-01-29"),
        ("The day before yesterday was calm.", "2025-01-26"),
    ),
    negatives=(
        "He told USA Today about it.",  # a title
    ),
)


def day_of(ctx: Ctx, word: str, start: int, end: int) -> tuple[str, bool]:
    """The date named by a weekday / yesterday / today / tomorrow / 'last' (night) / 'this' (morning)."""
    w = word.lower()
    if ctx.ref is None:
        return ("XXXX-XX-XX", True)
    if w in ("this", "today"):
        return (ctx.ref.isoformat(), True)
    if w in ("last", "yesterday"):
        return ((ctx.ref - timedelta(days=1)).isoformat(), True)
    if w == "tomorrow":
        return ((ctx.ref + timedelta(days=1)).isoformat(), True)
    if w in WEEKDAYS:
        return (weekday_date(ctx.ref, WEEKDAYS[w], ctx.tense(start, end)).isoformat(), True)
    return (ctx.ref.isoformat(), True)


def _norm_pod(ctx: Ctx, m: re.Match) -> Norm | None:
    v, rel = day_of(ctx, m["w"], m.start(), m.end())
    # "Friday night" names a day first: TimeBank types it DATE, keeping the part of day in the value
    typ = "DATE" if m["w"].lower() in WEEKDAYS else "TIME"
    return (typ, f"{v}T{PARTS_OF_DAY[m['pod'].lower()]}", rel)


POD = Rule(
    "pod",
    pattern(rf"{B}(?:(?P<mod>early|late|mid-?|earlier|later)\s*)?(?P<w>this|last|yesterday|tomorrow|"
            rf"{WEEKDAY_FULL})\s+(?P<pod>morning|afternoon|evening|night){E}"),
    triggers=frozenset({UNIT_WORD, DAYTIME_WORD}),
    needs=folded(r"morning|afternoon|evening|night"),
    normalise=_norm_pod,
    examples=(
        ("He spoke this morning.", "2025-01-28TMO"),
        ("Shots rang out last night.", "2025-01-27TNI"),
        ("The raid came Friday night.", "2025-01-24TNI"),
    ),
)


_AWAITED = re.compile(r"\b(?:ahead\s+of|before|until|for|await(?:s|ed|ing)?|expected|upcoming|next)\s+(?:the\s+)?$",
                      re.IGNORECASE)


def _norm_weekday(ctx: Ctx, m: re.Match) -> Norm | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    wrel = (m["wrel"] or "").lower()
    if ctx.ref is None:
        return ("DATE", "XXXX-XX-XX", True)
    if wrel:
        monday = ctx.ref - timedelta(days=ctx.ref.weekday()) + timedelta(weeks={"last": -1, "next": 1}.get(wrel, 0))
        return ("DATE", (monday + timedelta(days=wd)).isoformat(), True)
    which = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
             "following": "next", "this": "this"}.get(rel)
    t = ctx.tense(m.start(), m.end())
    if ctx.text.startswith(("'s ", "’s "), m.end()):
        # "would appeal Wednesday's ruling", "over Thursday's closing price": a possessive day names a thing
        # already there, not the plan — unless it is awaited ("ahead of Thursday's vote")
        t = -1 if t <= 0 or not _AWAITED.search(ctx.text, max(0, m.start() - 30), m.start()) else t
    d = weekday_date(ctx.ref, wd, t, which)
    return ("DATE", d.isoformat(), True)


WEEKDAY = Rule(
    "weekday",
    pattern(rf"{B}(?:(?P<rel>last|next|this|coming|past|early|late|(?<=the\s)previous|(?<=the\s)following)"
            rf"\s+)?(?P<wd>{WEEKDAY_FULL})"
            rf"(?:\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week)?(?!\s*[-–]?\s*(?:\d|{MONTH_ANY}))"
            rf"{E}"),
    triggers=frozenset({WEEKDAY_WORD}),
    normalise=_norm_weekday,
    examples=(
        ("Modi on Monday spoke to Trump.", "2025-01-27"),
        ("Modi will meet Trump on Monday.", "2025-02-03"),
        ("Troops left last Tuesday.", "2025-01-21"),
        ("Relatives said they would appeal Wednesday's ruling by the immigration service.", "2000-01-05", "2000-01-07"),
        ("The bonds carry a premium over Thursday's closing price.", "2025-01-23"),
        ("Markets were calm ahead of Thursday's vote.", "2025-01-30"),
    ),
)


# The day phrases a clock time may name, tried in this order (their order in RULES).
_DAY_PHRASES = (MDY, DMY, RELDAY, WEEKDAY)


def dref_value(ctx: Ctx, dref: str | None, start: int, end: int, at: int = -1) -> tuple[str, bool]:
    """The day of a clock time's day phrase `dref` (found at offset `at`): matched in place, so that the
    tense around it is read where it stands, not at the start of the text."""
    if not dref:
        return day_of(ctx, "today", start, end)
    for rule in _DAY_PHRASES:
        mm = rule.pattern.fullmatch(ctx.text, at, at + len(dref)) if at >= 0 else rule.pattern.fullmatch(dref)
        if mm:
            r = rule.normalise(ctx, mm)
            if r:
                return (r[1], r[2])
    return day_of(ctx, dref.split()[0].strip(","), start, end)


_ANAPHOR_OFFSET = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1,
                   "the preceding": -1, "the prior": -1}


def _norm_the_day(ctx: Ctx, m: re.Match) -> Norm | None:
    """'ended the day', 'later in the day': the day of the story, the publication date in news."""
    if ctx.ref is None:
        return ("DATE", "XXXX-XX-XX", True)
    start = m.start() + m.group(0).lower().rfind("the day")
    return ("DATE", ctx.ref.isoformat(), True, start, m.end())


THE_DAY = Rule(
    "the_day",
    pattern(rf"{B}(?P<cue>(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|"
            rf"began|beginning)(?:\s+of)?|for|(?:early|earlier|late|later)\s+in)\s+the\s+day{E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"the\s+day"),
    normalise=_norm_the_day,
    examples=(
        ("Shares ended the day 3% lower.", "2025-01-28"),
        ("Shares rose later in the day.", "2025-01-28"),
    ),
)


def _norm_anaphor(ctx: Ctx, m: re.Match) -> Norm | None:
    w = _SPACES.sub(" ", m["w"].lower())
    u = m["u"].lower()
    typ = "TIME" if u in PARTS_OF_DAY else "DATE"
    nxt = word_after(ctx.text, m.end()).lower()
    if w == "that" and nxt in ("of",):
        return None
    return (typ, f"ANAPHOR:{u}:{_ANAPHOR_OFFSET[w]}", True)


ANAPHOR = Rule(
    "anaphor",
    pattern(rf"{B}(?:(?P<mod>earlier|later|early|late)\s+(?:on\s+|in\s+)?)?(?P<w>that|the\s+same|the\s+next"
            rf"|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<u>day|morning|"
            rf"afternoon|evening|night|week|month|year){E}"),
    triggers=frozenset({UNIT_WORD, DAYTIME_WORD}),
    needs=folded(r"(?:that|same|next|following|previous|preceding|prior)\s+"
                 r"(?:day|morning|afternoon|evening|night|week|month|year)"),
    normalise=_norm_anaphor,
    examples=(
        ("Fighting began on March 3, 2024. The next day, rebels fled.", "2024-03-04", None),
        ("Fighting began on March 3, 2024. Later that year, they returned.", "2024", None),
    ),
    negatives=(
        "He recalled that day of terror.",  # 'that day of': a description, not a date
        "The next day, rebels fled.",  # no earlier date to count from
    ),
)
