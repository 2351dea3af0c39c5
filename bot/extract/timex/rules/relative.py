"""Periods relative to the publication date: last week, next spring, two years ago, the year, now, recently, the
near term.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.extract.lexicon.calendar import SEASONS
from bot.extract.timex._calendar import iso_week, placeholder, shift
from bot.extract.timex._context import Ctx, Norm, word_after
from bot.extract.timex._numbers import duration, number, unit_code
from bot.extract.timex._patterns import APPROX, MOD, NUM, UNIT, VAGUE, B, E
from bot.extract.timex._rule import Rule, folded, pattern
from bot.extract.timex._triggers import DAY_WORD, OTHER_WORD, REF_WORD, UNIT_WORD
from bot.extract.timex.rules.quarters import last_quarter, year_ago

_SPACES = re.compile(r"\s+")

_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def _season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def _norm_relunit(ctx: Ctx, m: re.Match) -> Norm | None:
    sent = ctx.sentence(m.start())
    if m.start() > sent[0] and m.group(0).istitle() and ctx.text[m.start() - 1] in "\"“‘'":
        return None  # a title: ABC's "This Week"
    rel = _SPACES.sub(" ", m["rel"].lower())
    u = _SPACES.sub(" ", m["u"].lower())
    the = rel.startswith("the ")
    core = rel[4:] if the else rel.replace("this past", "past")
    if u in ("season", "school year"):
        return None
    if core == "same" or (the and core in ("following", "previous", "preceding")):
        return None  # "the following year": relative to the story's last date (rule "anaphor")
    if u in SEASONS:
        s = SEASONS[u]
        if ctx.ref is None:
            return ("DATE", f"XXXX-{s}", True)
        y = ctx.ref.year
        cur = _SEASON_ORDER[_season_of(ctx.ref)]
        want = _SEASON_ORDER[s]
        if ctx.ref.month == 12:
            y += 1  # December belongs to next year's winter
        if core in ("last", "past", "previous"):
            y -= 1 if want >= cur else 0
        elif core in ("next", "coming", "upcoming", "following"):
            y += 1 if want <= cur else 0
        return ("DATE", f"{y:04d}-{s}", True)
    code = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "fiscal year": "Y", "quarter": "Q",
            "decade": "DE", "century": "CE"}[u]
    if the and core in ("past", "last", "next", "coming", "upcoming") and code not in ("WE",):
        # "the past year": a period ending (or starting) now: a duration in TimeML
        return ("DURATION", duration(1, code), False)
    if core in ("past",) and code in ("W", "M", "Y", "DE", "CE", "Q"):
        return ("DURATION", duration(1, code), False)
    n = {"last": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1, "following": 1,
         "upcoming": 1, "this": 0, "current": 0, "latest": -1, "past": -1, "that": 0}.get(core, 0)
    if ctx.ref is None:
        return ("DATE", placeholder(code), True)
    return ("DATE", shift(ctx.ref, code, n), True)


RELUNIT = Rule(
    "relunit",
    pattern(rf"{B}(?:(?P<mod>{MOD}|earlier|later)\s+)?(?P<rel>this|last|next|past|previous|coming|current"
            rf"|following|upcoming|the\s+(?:past|last|next|coming|previous|following|current|same|"
            rf"preceding|latest|upcoming)|this\s+past)\s+(?P<u>week|weekend|month|year|quarter|decade"
            rf"|century|spring|summer|fall|autumn|winter|season|fiscal\s+year|school\s+year){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"(?:this|last|next|past|previous|coming|current|following|upcoming|same|preceding|latest)\s+"
                 r"(?:week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|season|fiscal|school)"),
    normalise=_norm_relunit,
    examples=(
        ("Talks collapsed last week.", "2025-W04"),
        ("Talks resume next month.", "2025-02"),
        ("Floods hit the city last spring.", "2024-SP"),
        ("Prices doubled over the past year.", "P1Y"),
    ),
    negatives=(
        'He appeared on ABC\'s "This Week" program.',  # a title
        "The following year, they left.",  # relative to the story's last date (rule anaphor)
        "This season was long.",  # not a calendar unit
    ),
)


def _norm_ago(ctx: Ctx, m: re.Match) -> Norm | None:
    direction = m["dir"].lower()
    if direction in ("before", "after", "since"):
        nxt = word_after(ctx.text, m.end())
        if nxt and (nxt[0].isalnum() or nxt[0] in "$£€"):
            return None  # "two days after the vote": anchored on an event (see _anchor)
        if direction == "since":
            return None
    n = number(m["n"]) if m["n"] else None
    code = unit_code(m["u"])
    if m["n"] is None and not m["u"].lower().endswith("s"):
        return None
    if n is None and direction in ("later", "earlier", "before", "after"):
        return ("DURATION", duration(None, code), False)
    if n is None:
        return ("DATE", "FUTURE_REF" if direction in ("later", "from now", "hence", "after") else "PAST_REF",
                False)
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if direction in ("later", "earlier", "before", "after") and not (code == "Y" and n == 1):
        # "three days later": an interval from an event of the story, not from the publication date
        return ("DURATION", duration(n, code), False)
    if code in ("H", "MIN", "S"):
        return ("DURATION", duration(n, code), False)
    if ctx.ref is None:
        return ("DATE", placeholder(code if code in ("D", "W", "M", "Y", "Q") else "D"), True)
    k = int(n) * sign
    if code == "Y" and k == -1 and direction in ("ago", "earlier"):
        return ("DATE", year_ago(ctx, m), True)
    if code == "FN":
        code, k = "W", k * 2
    if code == "W":  # the granularity of the unit: "six weeks ago" is a week
        return ("DATE", iso_week(ctx.ref + timedelta(weeks=k)), True)
    if code in ("DE", "CE"):
        k, code = k * (10 if code == "DE" else 100), "Y"
    if code == "WE":
        code = "W"
    return ("DATE", shift(ctx.ref, code, k), True)


AGO = Rule(
    "ago",
    pattern(rf"{B}(?:(?P<approx>{APPROX})\s+)?(?:(?P<n>{NUM}|an?|{VAGUE})[\s-]+)?(?P<u>{UNIT})\s+"
            rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|since|previously){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(rf"{UNIT}\s+(?:ago|earlier|later|before|after|from\s+now|hence|back|since|previously)"),
    normalise=_norm_ago,
    examples=(
        ("She left two years ago.", "2023"),
        ("She left three weeks ago.", "2025-W02"),
        ("Three days later they met.", "P3D"),
        ("It happened years ago.", "PAST_REF"),
    ),
    negatives=(
        "Two days after the vote, he resigned.",  # anchored on an event (see _anchor)
        "It has been two years since.",  # a duration, not a date
    ),
)


_THE_UNIT_STOP = frozenset("before after earlier ago that when in which to later of".split())


def _norm_the_unit(ctx: Ctx, m: re.Match) -> Norm | None:
    u = m["u"].lower()
    nxt = word_after(ctx.text, m.end()).lower()
    sent = ctx.sentence(m.start())
    if m.start() > sent[0] and ctx.text[m.start()].isupper() and ctx.text[m.start() + 4:m.start() + 5].isupper():
        return None  # a title: "The Year of ..."
    if nxt in ("ended", "ending", "ends", "through", "to") and u != "quarter":
        return ("DURATION", duration(1, unit_code(u)), False)
    if nxt in _THE_UNIT_STOP and not m["mod"]:
        return None
    if ctx.ref is None:
        if u in SEASONS:
            return ("DATE", f"XXXX-{SEASONS[u]}", True)
        return ("DATE", placeholder({"year": "Y", "quarter": "Q", "month": "M", "weekend": "WE"}[u]), True)
    if u in SEASONS:
        t = ctx.tense(m.start(), m.end())
        cur = _SEASON_ORDER[_season_of(ctx.ref)]
        want = _SEASON_ORDER[SEASONS[u]]
        year = ctx.ref.year - (1 if t < 0 and want > cur else 0) + (1 if t > 0 and want < cur else 0)
        return ("DATE", f"{year:04d}-{SEASONS[u]}", True)
    if u == "year":
        return ("DATE", f"{ctx.ref.year:04d}", True)
    if u == "month":
        return ("DATE", ctx.ref.strftime("%Y-%m"), True)
    if u == "quarter":
        if nxt not in ("ended", "ending") and (m["full"] or ctx.tense(m.start(), m.end()) > 0):
            return ("DATE", shift(ctx.ref, "Q", 0), True)
        return ("DATE", last_quarter(ctx), True)
    # the weekend: the one just past in past-tense text, the coming one otherwise
    t = ctx.tense(m.start(), m.end())
    wd = ctx.ref.weekday()
    n = 0 if wd >= 5 or t >= 0 else -1
    return ("DATE", shift(ctx.ref, "WE", n), True)


THE_UNIT = Rule(
    "the_unit",
    pattern(rf"{B}(?:(?P<mod>{MOD}|earlier\s+in|later\s+in)\s+)?the\s+(?:(?P<full>full|whole|entire|fiscal"
            rf"|calendar)\s+)?(?P<u>year|quarter|month|weekend|spring|summer|fall|autumn|winter){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"the\s+(?:(?:full|whole|entire|fiscal|calendar)\s+)?"
                 r"(?:year|quarter|month|weekend|spring|summer|fall|autumn|winter)"),
    normalise=_norm_the_unit,
    examples=(
        ("Demand grew over the summer.", "2024-SU"),
        ("Sales rose for the year.", "2025"),
        ("Sales rose for the year ended June 30.", "P1Y"),
    ),
    negatives=(
        "Sales rose in the year before.",  # relative to the story
        "He starred in The Year of Living Dangerously.",  # a title
    ),
)


_HYPHEN_TERM = re.compile(r"-term\s+[a-z]")


def _norm_term(ctx: Ctx, m: re.Match) -> Norm | None:
    if _HYPHEN_TERM.match(ctx.text, m.end() - 5):
        return None  # "the long-term partnership": an adjective of the noun, not a time
    start = m.start() + m.group(0).lower().find("the ")
    return ("DATE", "FUTURE_REF", False, start, m.end())


TERM = Rule(
    "term",
    pattern(rf"{B}(?:in\s+|for\s+)?the\s+(?P<w>near|short|long|medium)[\s-]term{E}"),
    triggers=frozenset({OTHER_WORD}),
    normalise=_norm_term,
    examples=(
        ("Prices may stay high in the near term.", "FUTURE_REF"),
        ("Prices may stay high for the long-term.", "FUTURE_REF"),
    ),
    negatives=(
        "We build on the long-term partnership between our nations.",  # an adjective of the noun
    ),
)


_REF_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "the present day": "PRESENT_REF", "the present time": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "right now": "PRESENT_REF", "at this time": "PRESENT_REF",
    "today's": "PRESENT_REF", "today’s": "PRESENT_REF", "these times": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF",
    "the past": "PAST_REF", "formerly": "PAST_REF", "previously": "PAST_REF", "once": "PAST_REF",
    "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the future": "FUTURE_REF", "in future": "FUTURE_REF",
    "future": "FUTURE_REF", "the near future": "FUTURE_REF", "eventually": "FUTURE_REF",
}


# Words TimeBank annotators mostly leave untagged: tagging them costs more precision than it gains recall.
_REFS_OFF = frozenset(("once", "eventually", "in the meantime", "meanwhile", "formerly", "previously", "recent",
                       "the time being", "at this time", "at the moment"))


def _norm_refs(ctx: Ctx, m: re.Match) -> Norm | None:
    w = _SPACES.sub(" ", m["w"].lower())
    if w in _REFS_OFF:
        return None
    if w.endswith("future") and w not in _REF_VALUES:
        return ("DATE", "FUTURE_REF", False)
    val = _REF_VALUES.get(w)
    if val is None:
        return None
    nxt = word_after(ctx.text, m.end()).lower()
    if w in ("soon", "shortly") and nxt in ("after", "before", "as", "afterwards", "thereafter"):
        return None
    if w in ("soon", "shortly") and ctx.text[max(0, m.start() - 3):m.start()].lower() == "as ":
        return None
    if w == "the future" and nxt == "of":
        return None
    # "current" as an adjective of time ("the current crisis"), not "current account" / "alternating"
    if w == "current" and nxt in ("account", "accounts", "affairs", "events", "assets", "liabilities", "and", "of",
                                  "flows",
                   "flow", "form", "version", "leader", "leaders", "members", "management", "level", "levels",
                   "price", "prices", "rate", "rates"):
        return None
    if w == "future":
        return None  # the adjective ("future earnings") names no time of its own
    if w == "recent" and nxt in ("years", "months", "weeks", "days"):
        return None
    if w in ("today's", "today’s"):
        return None
    return ("DATE", val, False)


REFS = Rule(
    "refs",
    pattern(rf"{B}(?P<w>now|currently|current|nowadays|presently|at\s+present|these\s+days|the\s+present"
            rf"(?:\s+day|\s+time)?|recently|recent|lately|in\s+the\s+past|the\s+past|formerly|previously|once"
            rf"|soon|shortly|the\s+future|in\s+future|future|the\s+near\s+future|the\s+(?:very\s+)?"
            rf"(?:foreseeable|distant|near)\s+future|in\s+the\s+meantime|meanwhile|at\s+the\s+moment|"
            rf"right\s+now|today['’]s|eventually|at\s+this\s+time|these\s+times|the\s+time\s+being){E}(?!-)"),
    triggers=frozenset({REF_WORD, DAY_WORD}),
    normalise=_norm_refs,
    examples=(
        ("Prices are now higher.", "PRESENT_REF"),
        ("He recently moved.", "PAST_REF"),
        ("The current crisis deepened.", "PRESENT_REF"),
    ),
    negatives=(
        "The current account deficit grew.",  # a term of economics
        "Future earnings may fall.",  # the adjective names no time of its own
        "He left soon after the vote.",  # anchored on an event
        "He will leave as soon as possible.",  # a conjunction
        "The future of the party is unclear.",  # the future of something
        "Once upon a time he was king.",  # left untagged by TimeBank's annotators
        "Meanwhile, talks went on.",  # left untagged by TimeBank's annotators
    ),
)
