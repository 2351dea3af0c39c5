"""Quarters and the periods of financial reports: the third quarter of 2024, the latest quarter, the year-earlier
period, a year earlier.
"""

from __future__ import annotations

import re

from bot.extract.lexicon.numbers import ORDINALS
from bot.extract.timex._calendar import quarter_of, shift
from bot.extract.timex._context import Ctx, Norm
from bot.extract.timex._patterns import MOD, QUARTER_ORD, YYYY, B, E
from bot.extract.timex._rule import Rule, folded, pattern
from bot.extract.timex._triggers import OTHER_WORD, UNIT_WORD

_SPACES = re.compile(r"\s+")

_QORD = {w: n for w, n in ORDINALS.items() if n <= 4} | {"final": 4}  # the ordinals of QUARTER_ORD


def _norm_quarter(ctx: Ctx, m: re.Match) -> Norm | None:
    if m["qn"]:
        q = int(m["qn"])
    elif m["q"]:
        q = _QORD[m["q"].lower()]
    else:
        q = 0
    half = (1 if m["h"].lower() == "first" else 2) if m["h"] else 0
    y = m["y1"] or m["y2"] or m["y3"] or m["y4"] or m["y5"]
    rel = False
    if m["ya"] and ctx.ref is not None and q:
        return ("DATE", f"{ctx.ref.year - 1:04d}-Q{q}", True)  # "the year-ago third quarter"
    if m["yp"] and ctx.ref is not None and (q or half):  # "next year's first quarter"
        year_p = ctx.ref.year + {"last": -1, "next": 1}.get(m["yp"].lower(), 0)
        return ("DATE", f"{year_p:04d}-Q{q}" if q else f"{year_p:04d}-H{half}", True)
    if y:
        year: int | None = int(y)
    elif ctx.ref is None:
        year = None
    else:
        rel = True
        yr = (m["yr"] or "").lower()
        if yr == "last":
            year = ctx.ref.year - 1
        elif yr == "next":
            year = ctx.ref.year + 1
        elif yr in ("this", "current"):
            year = ctx.ref.year
        else:
            cur = quarter_of(ctx.ref) if q else (1 if ctx.ref.month <= 6 else 2)
            want = q or half
            t = ctx.tense(m.start(), m.end())
            year = ctx.ref.year
            if (q and want - cur >= 2 and t < 0) or (half and want > cur and t < 0):
                year -= 1  # "the fourth quarter" in a past-tense April report: last year's
    ys = f"{year:04d}" if year is not None else "XXXX"
    return ("DATE", f"{ys}-Q{q}" if q else f"{ys}-H{half}", rel or year is None)


QUARTER = Rule(
    "quarter",
    pattern(rf"{B}(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?:(?P<y1>{YYYY})\s+|fiscal\s+(?P<y2>{YYYY})\s+|"
            rf"(?P<yp>last|next|this)\s+year['’]s\s+(?:fiscal\s+)?|"
            rf"(?:comparable\s+|same\s+)?(?P<ya>year-ago|year-earlier|prior-year|year-before)\s+)?"
            rf"(?:(?P<q>{QUARTER_ORD})[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?quarter|(?P<h>first|second)"
            rf"[\s-]+half|(?-i:Q(?P<qn>[1-4])))(?:\s+of\s+(?:(?P<y3>{YYYY})|(?:the\s+|this\s+)?(?P<yr>last"
            rf"|next|this|the|current)?\s*(?:fiscal\s+)?year|fiscal\s+(?P<y4>{YYYY}))|\s+(?P<y5>{YYYY}))?{E}"),
    triggers=frozenset({UNIT_WORD, OTHER_WORD}),
    needs=folded(r"quarter|half|q[1-4]"),
    normalise=_norm_quarter,
    examples=(
        ("Profit rose in the third quarter of 2024.", "2024-Q3"),
        ("Profit fell from the year-ago third quarter.", "2024-Q3"),
        ("Profit rose in the first half of 2024.", "2024-H1"),
        ("Sales fell in the second half of last year.", "2024-H2"),
        ("The rules could be effective as early as next year's first quarter.", "1990-Q1", "1989-10-31"),
    ),
)


def _norm_quarter_rel(ctx: Ctx, m: re.Match) -> Norm | None:
    if ctx.ref is None:
        return ("DATE", f"{int(m['yq']):04d}-QX" if m["yq"] else "XXXX-QX", True)
    if m["ly"] or m["ya"]:  # "last year's quarter", "the quarter a year ago": the last reported one, a year back
        return ("DATE", last_quarter(ctx, 1), True)
    if m["yq"]:  # "the 1988 quarter": the quarter being reported (the last one), in that year
        return ("DATE", f"{int(m['yq']):04d}" + last_quarter(ctx)[4:], True)
    rel = m["rel"].lower()
    t = ctx.tense(m.start(), m.end())
    if rel in ("latest", "recent", "past") or rel in ("last", "previous"):
        n = -1
    elif rel in ("next", "coming"):
        n = 1
    elif rel in ("year-earlier", "year-ago"):
        n = -5 if t < 0 else -4
    elif rel == "same":
        return None
    else:
        n = 0
    return ("DATE", shift(ctx.ref, "Q", n), True)


QUARTER_REL = Rule(
    "quarter_rel",
    pattern(rf"{B}(?:the\s+)?(?P<rel>latest|last|previous|past|current|this|next|coming|recent|"
            rf"year-earlier|year-ago|same)\s+quarter{E}"
            rf"|{B}(?P<ly>last\s+year['’]s)\s+quarter{E}"
            rf"|{B}the\s+(?:comparable\s+|same\s+)?(?P<yq>{YYYY})\s+quarter{E}"
            rf"|{B}the\s+(?:same\s+|comparable\s+)?quarter\s+(?P<ya>a\s+year\s+(?:ago|earlier)){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"quarter"),
    normalise=_norm_quarter_rel,
    examples=(
        ("Sales rose in the latest quarter.", "2024-Q4"),
        ("Net income rose from last year's quarter.", "1988-Q3", "1989-10-31"),
        ("Profit rose from $5 million in the 1988 quarter.", "1988-Q3", "1989-10-31"),
    ),
    negatives=(
        "Sales rose in the same quarter.",  # relative to the story, not to the publication date
    ),
)


def last_quarter(ctx: Ctx, back_years: int = 0) -> str:
    assert ctx.ref is not None
    return shift(ctx.ref, "Q", -1 - 4 * back_years)


_NAMED_QUARTER = re.compile(r"\b(first|second|third|fourth)[\s-]quarter\b", re.IGNORECASE)


_QUARTER_WORD = re.compile(r"\bquarter\b", re.IGNORECASE)


_FIN_CONTEXT = re.compile(r"\b(?:quarter|period|quarterly)\b", re.IGNORECASE)


def year_ago(ctx: Ctx, m: re.Match) -> str:
    """'a year ago' / 'year-earlier': last year, or the same quarter last year in a quarterly report."""
    assert ctx.ref is not None
    lo, hi = ctx.sentence(m.start())
    if ctx.sentence_cache is None:
        ctx.sentence_cache = {}
    key = ("quarter", lo, hi)
    if key not in ctx.sentence_cache:
        named_q = _NAMED_QUARTER.search(ctx.text, lo, hi)
        ctx.sentence_cache[key] = (named_q.group(1) if named_q else None,
                                   _FIN_CONTEXT.search(ctx.text, lo, hi) is not None)
    named, fin_context = ctx.sentence_cache[key]
    if named:  # "a loss in the third quarter, against a profit a year earlier": that quarter, last year
        q = _QORD[named.lower()]
        year = ctx.ref.year - 1 - (1 if q > quarter_of(ctx.ref) else 0)
        return f"{year:04d}-Q{q}"
    if ctx.quarter_words is None:
        ctx.quarter_words = len(_QUARTER_WORD.findall(ctx.text))
    if fin_context or ctx.quarter_words >= 2:
        return last_quarter(ctx, 1)  # a quarterly report compares with the same quarter last year
    return f"{ctx.ref.year - 1:04d}"


def _norm_fin_period(ctx: Ctx, m: re.Match) -> Norm | None:
    w = _SPACES.sub(" ", m["w"].lower())
    u = _SPACES.sub(" ", m["u"].lower())
    if w in ("same", "comparable"):
        return None
    if u in ("nine months", "six months"):
        return ("DURATION", "P9M" if u.startswith("nine") else "P6M", False)
    if ctx.ref is None:
        return ("DATE", "XXXX-QX", True)
    back = 1 if w.startswith("year") else 0
    if u == "year":
        return ("DATE", f"{ctx.ref.year - 1 - back:04d}", True)
    return ("DATE", last_quarter(ctx, back), True)


FIN_PERIOD = Rule(
    "fin_period",
    pattern(rf"{B}(?:the\s+)?(?P<w>year-earlier|year-ago|latest|most\s+recent|same|comparable|"
            rf"year-before)\s+(?P<u>period|quarter|nine\s+months|six\s+months|year){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"(?:earlier|ago|latest|recent|same|comparable|before)\s+(?:period|quarter|nine|six|year)"),
    normalise=_norm_fin_period,
    examples=(
        ("Sales fell from the year-earlier period.", "2023-Q4"),
        ("Sales fell in the year-earlier nine months.", "P9M"),
    ),
    negatives=(
        "Sales fell in the comparable period.",  # relative to the story, not to the publication date
    ),
)


def _norm_fin_adj(ctx: Ctx, m: re.Match) -> Norm | None:
    if ctx.ref is None:
        return ("DATE", "XXXX", True)
    return ("DATE", year_ago(ctx, m), True)


FIN_ADJ = Rule(
    "fin_adj",
    pattern(rf"{B}(?P<w>year-earlier|year-ago|a\s+year\s+(?:earlier|ago)){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"year-earlier|year-ago|year\s+(?:earlier|ago)"),
    normalise=_norm_fin_adj,
    examples=(
        ("Profit rose from year-earlier levels.", "2024"),
    ),
)
