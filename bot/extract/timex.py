"""Temporal expressions: find them and normalise them to TimeML values, pure Python.

`find_timexes(text, sentences, published)` runs every rule of `timex_rules` over the stretches of text
around time words (one trie-shaped regex finds them, so most of an article is never scanned by the
rules), keeps the longest non-overlapping matches (a match its normaliser refuses frees its span for
shorter ones), and normalises each one relative to a reference date:

- the publication date when known (anchor "published");
- otherwise the latest fully written date in the text (anchor "inferred");
- otherwise none, and relative values keep X placeholders (anchor "unresolved").

Weekdays and dates written without a year are resolved with the tense of the words around them
("on Monday spoke" = the Monday before publication; "will meet on Monday" = the one after). "That day",
"the next morning", "later that year" take the latest preceding date of the text (anchor "inferred").
A second pass (`timex_anchor`) adds phrases dated relative to an event, "the day after the inauguration
on January 20" (anchor "anchored"). Lexicons are in `timex_lex`, calendar arithmetic and the tense
heuristic in `timex_calendar`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.extract.facts import Timex
from bot.extract.timex_calendar import (
    holiday_date,
    iso_week,
    pick_year,
    placeholder,
    quarter_of,
    shift,
    tense_near,
    weekday_date,
)
from bot.extract.timex_lex import (
    COUNT_NOUNS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    ONES,
    ORDINALS,
    PARTS_OF_DAY,
    QUANTITY_BEFORE,
    SEASONS,
    TENS,
    WEEKDAYS,
)
from bot.extract.timex_rules import RULES

__all__ = ["find_timexes", "parse_iso_date"]

# (type, value, relative?) or with an overridden span: (type, value, relative?, start, end)
_Norm = tuple


@dataclass(slots=True)
class _Ctx:
    text: str
    ref: date | None
    sent_starts: list[int]
    sentences: list[tuple[int, int]]
    # Per-document and per-sentence answers computed once: asked for every match, they made long documents
    # (or long sentences) quadratic.
    quarter_words: int | None = None  # len(_QUARTER_WORD.findall(text))
    sentence_cache: dict | None = None  # (kind, lo, hi) -> the answer for that sentence

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i][0] <= pos < self.sentences[i][1] + 1:
            return self.sentences[i]
        return (max(0, pos - 200), min(len(self.text), pos + 200))

    def tense(self, start: int, end: int) -> int:
        lo, hi = self.sentence(start)
        return tense_near(self.text, lo, hi, start, end)


_NOT_OPENING = re.compile(r"[^ \t\n\"'“‘`(—–-]")
_NON_SPACE = re.compile(r"\S")


def _sentence_initial(ctx: _Ctx, pos: int) -> bool:
    """`text[lo:pos].strip(" \t\n\"'“‘`(—–-") == ""`, without slicing the sentence up to `pos`."""
    lo, _hi = ctx.sentence(pos)
    return _NOT_OPENING.search(ctx.text, lo, pos) is None


def _only_word_before(text: str, lo: int, pos: int, word: str) -> bool:
    """`text[lo:pos].strip() == word`, looking only at the start of the stretch (no slice up to `pos`)."""
    first = _NON_SPACE.search(text, lo, pos)
    if first is None:
        return word == ""
    f = first.start()
    after = f + len(word)
    return after <= pos and text[f:after] == word and _NON_SPACE.search(text, after, pos) is None


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------- numbers

def _number(s: str | None) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '2 1/2' -> 2.5, 'a' -> 1; vague words -> None."""
    if not s:
        return None
    w = re.sub(r"\s+", " ", s.lower().strip())
    if w in ("a", "an", "one"):
        return 1
    half = 0.0
    if w.endswith(" 1/2") or w.endswith(" and a half"):
        half = 0.5
        w = re.sub(r" (?:1/2|and a half)$", "", w)
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", w):
        return float(w.replace(",", "")) + half
    if w in ("a hundred", "one hundred"):
        return 100 + half
    if w in ("a dozen", "dozen"):
        return 12 + half
    if w in ONES:
        return ONES[w] + half
    parts = re.split(r"[- ]", w)
    if parts and parts[0] in TENS:
        return TENS[parts[0]] + (ONES.get(parts[1], 0) if len(parts) > 1 else 0) + half
    return None


def _unit_code(u: str) -> str:
    u = u.lower()
    if u.startswith("centur"):
        return "CE"
    if u.startswith("millenni"):
        return "ML"
    u = u.rstrip("s") if u not in ("hours",) else "hour"
    return {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
            "weekend": "WE", "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE"}.get(u, "D")


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration(n: float | None, code: str) -> str:
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
        return "P2D" if n in (None, 1) else f"P{_fmt_num(2 * n)}D"
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
    return f"PT{_fmt_num(n)}{letter}" if timed else f"P{_fmt_num(n)}{letter}"


# ---------------------------------------------------------------------------------------------- helpers

def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s)[0])


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _words_before(text: str, pos: int, n: int = 1) -> list[str]:
    return re.findall(r"[\w’'$£€#]+", text[max(0, pos - 40):pos])[-n:]


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w’'%]+)", text[pos:pos + 30])
    return m[1] if m else ""


def _resolve_md(ctx: _Ctx, m: re.Match, month: int, day: int | None) -> tuple[str, bool] | None:
    """A month (and day) with an optional year or 'last/next/this year' suffix."""
    y = m.groupdict().get("y")
    yrel = m.groupdict().get("yrel")
    if y:
        year = int(y)
        rel = False
    elif yrel:
        if ctx.ref is None:
            return (f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), True)
        year = ctx.ref.year + {"last": -1, "next": 1}.get(yrel.lower(), 0)
        rel = True
    else:
        if ctx.ref is None:
            return (f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), True)
        year = pick_year(ctx.ref, month, day, ctx.tense(m.start(), m.end()))
        rel = True
    if day is None:
        return (f"{year:04d}-{month:02d}", rel)
    v = _ymd(year, month, day)
    return (v, rel) if v else None


# ---------------------------------------------------------------------------------------------- rules

def _norm_iso(ctx: _Ctx, m: re.Match) -> _Norm | None:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    if not v:
        return None
    if m["h"]:
        return ("TIME", f"{v}T{m['h']}:{m['mi']}", False)
    return ("DATE", v, False)


def _norm_numdate(ctx: _Ctx, m: re.Match) -> _Norm | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    v = _ymd(y, int(m["m"]), int(m["d"]))
    return ("DATE", v, False) if v else None


def _norm_mdy(ctx: _Ctx, m: re.Match) -> _Norm | None:
    mon = m["mon"]
    if mon.lower().rstrip(".") in ("may", "march") and mon[0].isupper() and not m["y"] and not m["wd"]:
        # "May 5" is safe; but "March 4 people" is not a date: the day must not be followed by a noun
        nxt = _word_after(ctx.text, m.end())
        if nxt.lower() in COUNT_NOUNS:
            return None
    r = _resolve_md(ctx, m, _month(mon), _day(m["d"]))
    return ("DATE", r[0], r[1]) if r else None


_norm_dmy = _norm_mdy


def _norm_my(ctx: _Ctx, m: re.Match) -> _Norm | None:
    return ("DATE", f"{int(m['y']):04d}-{_month(m['mon']):02d}", False)


_MONTH_CUE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|during|through|from|to|before|after|early|late|mid|last|next|this|"
    r"that|each|every|between|and|or|on|for)\s+|mid-)$", re.IGNORECASE)


def _norm_month(ctx: _Ctx, m: re.Match) -> _Norm | None:
    mon = m["mon"]
    low = mon.lower()
    if low in ("may", "march") or (low == "august" and mon[1:].islower()):
        before = ctx.text[max(0, m.start() - 12):m.start()]
        cue = bool(m["mod"] or m["rel"] or m["yrel"] or _MONTH_CUE.search(before))
        if not cue:
            return None
        if low in ("may", "march") and not (m["mod"] or m["rel"] or m["yrel"]) and before.rstrip()[-3:].lower() \
                in ("and", " or", " to"):
            nxt = _word_after(ctx.text, m.end())
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
    r = _resolve_md(ctx, m, month, None)
    return ("DATE", r[0], r[1]) if r else None


def _norm_year(ctx: _Ctx, m: re.Match) -> _Norm | None:
    y = int(m["y"])
    if m["mod"] and "half" in m["mod"].lower():
        return None  # "the first half of 2024" is 2024-H1 (rule "half")
    if not (m["mod"] or m["fy"]):
        before = _words_before(ctx.text, m.start(), 2)
        if before and before[-1].lower() in QUANTITY_BEFORE:
            return None
        nxt = _word_after(ctx.text, m.end())
        if nxt.lower() in COUNT_NOUNS:
            return None
        if y < 1800 and not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by")):
            return None
        if ctx.text[m.start() - 1:m.start()] in ("(", ) and ctx.text[m.end():m.end() + 1] == ")" and y < 1900:
            return None
        prev = _words_before(ctx.text, m.start(), 1)
        if prev and prev[-1][:1].isupper() and prev[-1].lower().rstrip(".") not in MONTHS \
                and prev[-1].lower() not in ("in", "since", "by", "until", "from", "of", "before", "after", "during"):
            sent = ctx.sentence(m.start())
            if not _only_word_before(ctx.text, sent[0], m.start(), prev[-1]):
                return None  # a name: "Orion 1980", "Windows 2000"
        if prev and prev[-1].endswith(("'s", "’s")) and nxt[:1].isupper():
            return None  # "Kopp's 1987 Chevrolet"
    return ("DATE", f"{y:04d}", False)


def _norm_ayear(ctx: _Ctx, m: re.Match) -> _Norm | None:
    yy = int(m["yy"])
    before = _words_before(ctx.text, m.start(), 1)
    if not m["mod"] and not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by",
                                                              "class", "spring", "summer", "fall", "winter")):
        return None
    base = 1900 if ctx.ref is None or yy > ctx.ref.year % 100 + 5 else 2000
    return ("DATE", f"{base + yy:04d}", False)


def _norm_decade(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if m["dec"]:
        dec = m["dec"]
        if dec.endswith("0") and dec != "200":  # "the 1900s" is a century
            return ("DATE", dec[:2], False)
        return ("DATE", dec, False)
    if m["d2"]:
        return ("DATE", f"19{m['d2']}", False)
    if m["dd"]:
        # the decade under way (or the next one) is this century's: "the '80s" in 1989, "the '20s" in 2025
        cent = ctx.ref.year // 100 if ctx.ref is not None else 20
        base = cent if ctx.ref is not None and int(m["dd"]) * 10 <= ctx.ref.year % 100 + 10 else cent - 1
        return ("DATE", f"{base}{m['dd']}", False)
    if not m.group(0).lower().startswith("the") and not m["mod"]:
        before = _words_before(ctx.text, m.start(), 1)
        if not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by", "during")):
            return None  # "in her forties" is an age
    if m.group(0).lower().startswith("the") and re.search(r"\b(?:his|her|their|its)\s*$",
                                                           ctx.text[max(0, m.start() - 8):m.start()]):
        return None
    return ("DATE", f"19{DECADE_WORDS[m['dw'].lower()]}", False)


def _norm_century(ctx: _Ctx, m: re.Match) -> _Norm | None:
    c = m["c"].lower()
    n = ORDINALS.get(c) or (int(re.match(r"\d+", c)[0]) if c[0].isdigit() else None)
    if not n:
        return None
    return ("DATE", f"{n - 1:02d}", False)


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _norm_quarter(ctx: _Ctx, m: re.Match) -> _Norm | None:
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


def _norm_quarter_rel(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if ctx.ref is None:
        return ("DATE", f"{int(m['yq']):04d}-QX" if m["yq"] else "XXXX-QX", True)
    if m["ly"] or m["ya"]:  # "last year's quarter", "the quarter a year ago": the last reported one, a year back
        return ("DATE", _last_quarter(ctx, 1), True)
    if m["yq"]:  # "the 1988 quarter": the quarter being reported (the last one), in that year
        return ("DATE", f"{int(m['yq']):04d}" + _last_quarter(ctx)[4:], True)
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


def _norm_relday(ctx: _Ctx, m: re.Match) -> _Norm | None:
    word = m["w"]
    if word[0].isupper() and not m["mod"] and not _sentence_initial(ctx, m.start("w")):
        return None  # a title: "USA Today", "VOA Today"
    w = re.sub(r"\s+", " ", word.lower())
    off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
           "the day after tomorrow": 2}[w]
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if w == "tonight" else None)
    if ctx.ref is None:
        return ("TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""), True)
    v = (ctx.ref + timedelta(days=off)).isoformat()
    if pod:
        return ("TIME", f"{v}T{pod}", True)
    return ("DATE", v, True)


def _day_of(ctx: _Ctx, word: str, start: int, end: int) -> tuple[str, bool]:
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


def _norm_pod(ctx: _Ctx, m: re.Match) -> _Norm | None:
    v, rel = _day_of(ctx, m["w"], m.start(), m.end())
    # "Friday night" names a day first: TimeBank types it DATE, keeping the part of day in the value
    typ = "DATE" if m["w"].lower() in WEEKDAYS else "TIME"
    return (typ, f"{v}T{PARTS_OF_DAY[m['pod'].lower()]}", rel)


def _dref_value(ctx: _Ctx, dref: str | None, start: int, end: int, at: int = -1) -> tuple[str, bool]:
    """The day of a clock time's day phrase `dref` (found at offset `at`): matched in place, so that the
    tense around it is read where it stands, not at the start of the text."""
    if not dref:
        return _day_of(ctx, "today", start, end)
    for name, rx in _DREF_RULES:
        mm = rx.fullmatch(ctx.text, at, at + len(dref)) if at >= 0 else rx.fullmatch(dref)
        if mm:
            r = _NORMALISERS[name](ctx, mm)
            if r:
                return (r[1], r[2])
    return _day_of(ctx, dref.split()[0].strip(","), start, end)


def _zulu(tz: str | None) -> str:
    """ISO 8601 marks UTC times with Z ("18:00 UTC" -> T18:00Z); other zones are left off the value."""
    return "Z" if tz and tz.upper() in ("UTC", "GMT") else ""


def _norm_clock(ctx: _Ctx, m: re.Match) -> _Norm | None:
    h = int(m["h"])
    ap = m["ap"].lower().replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if h > 24 or (not ap.startswith("o") and int(m["h"]) > 12):
        return None
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    start = m.start("h") if m["approx"] and m["approx"].lower() in ("after", "before", "until", "by") else None
    val = f"{day}T{h:02d}:{m['mi'] or '00'}" + _zulu(m["tz"])
    if start is not None:
        return ("TIME", val, rel, start, m.end())
    return ("TIME", val, rel)


def _norm_clock24(ctx: _Ctx, m: re.Match) -> _Norm | None:
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    return ("TIME", f"{day}T{m['h']}:{m['mi']}{_zulu(m['tz'])}", rel)


def _norm_noon(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if _words_before(ctx.text, m.start(), 1)[-1:] in (["high"], ["High"]):
        return None
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    hh = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return ("TIME", f"{day}T{hh}", rel)


def _norm_dayref_clock(ctx: _Ctx, m: re.Match) -> _Norm | None:
    day, rel = _day_of(ctx, m["dref"], m.start(), m.end())
    hh = {"noon": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return ("TIME", f"{day}T{hh}", rel)


def _norm_weekday(ctx: _Ctx, m: re.Match) -> _Norm | None:
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
    if t > 0 and ctx.text.startswith(("'s ", "’s "), m.end()):
        t = 0  # "would appeal Wednesday's ruling": a possessive day names a thing already there, not the plan
    d = weekday_date(ctx.ref, wd, t, which)
    return ("DATE", d.isoformat(), True)


_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def _season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def _norm_relunit(ctx: _Ctx, m: re.Match) -> _Norm | None:
    sent = ctx.sentence(m.start())
    if m.start() > sent[0] and m.group(0).istitle() and ctx.text[m.start() - 1] in "\"“‘'":
        return None  # a title: ABC's "This Week"
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    u = re.sub(r"\s+", " ", m["u"].lower())
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
        return ("DURATION", _duration(1, code), False)
    if core in ("past",) and code in ("W", "M", "Y", "DE", "CE", "Q"):
        return ("DURATION", _duration(1, code), False)
    n = {"last": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1, "following": 1,
         "upcoming": 1, "this": 0, "current": 0, "latest": -1, "past": -1, "that": 0}.get(core, 0)
    if ctx.ref is None:
        return ("DATE", placeholder(code), True)
    return ("DATE", shift(ctx.ref, code, n), True)


def _norm_ago(ctx: _Ctx, m: re.Match) -> _Norm | None:
    direction = m["dir"].lower()
    if direction in ("before", "after", "since"):
        nxt = _word_after(ctx.text, m.end())
        if nxt and (nxt[0].isalnum() or nxt[0] in "$£€"):
            return None  # "two days after the vote": anchored on an event (see timex_anchor)
        if direction == "since":
            return None
    n = _number(m["n"]) if m["n"] else None
    code = _unit_code(m["u"])
    if m["n"] is None and not m["u"].lower().endswith("s"):
        return None
    if n is None and direction in ("later", "earlier", "before", "after"):
        return ("DURATION", _duration(None, code), False)
    if n is None:
        return ("DATE", "FUTURE_REF" if direction in ("later", "from now", "hence", "after") else "PAST_REF",
                False)
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if direction in ("later", "earlier", "before", "after") and not (code == "Y" and n == 1):
        # "three days later": an interval from an event of the story, not from the publication date
        return ("DURATION", _duration(n, code), False)
    if code in ("H", "MIN", "S"):
        return ("DURATION", _duration(n, code), False)
    if ctx.ref is None:
        return ("DATE", placeholder(code if code in ("D", "W", "M", "Y", "Q") else "D"), True)
    k = int(n) * sign
    if code == "Y" and k == -1 and direction in ("ago", "earlier"):
        return ("DATE", _year_ago(ctx, m), True)
    if code == "FN":
        code, k = "W", k * 2
    if code == "W":  # the granularity of the unit: "six weeks ago" is a week
        return ("DATE", iso_week(ctx.ref + timedelta(weeks=k)), True)
    if code in ("DE", "CE"):
        k, code = k * (10 if code == "DE" else 100), "Y"
    if code == "WE":
        code = "W"
    return ("DATE", shift(ctx.ref, code, k), True)


def _norm_duration(ctx: _Ctx, m: re.Match) -> _Norm | None:
    u = m["u"].lower()
    code = _unit_code(u)
    plural = u.endswith("s") or u.endswith("ia") or u == "centuries"
    if m["vague"]:
        n = None
        if not plural:
            return None
        if "couple" in m["vague"].lower():
            n = 2
    elif m["a"]:
        if plural:
            return None
        if code in ("S", "Q", "CE") and m["a"].lower() != "one":
            return None  # "a second term", "a quarter of", "a century-old"
        if m["a"].lower() == "one" and code == "S":
            return None
        n = 1
    else:
        n = _number(m["n"])
        if n is None or n == 0:
            return None  # a range ("two to three weeks") keeps its first number, as TimeBank does
    before = _words_before(ctx.text, m.start(), 1)
    if before and before[-1] in ("$", "£", "€"):
        return None
    tail = ctx.text[m.end("u"):m.end("u") + 6].lower()
    if re.match(r"s?[- ]old\b", tail):
        return None  # an age: "a 44-year-old protester", "37 years old"
    if code == "Q" and _word_after(ctx.text, m.end()).lower() == "of":
        return None  # "three-quarters of its food"
    if m["a"] and _is_rate(ctx.text, m.start()):
        return None  # a rate, part of an amount: "four flights a week", "358,000 a month"
    if m["vague"] and code == "Q" and m["vague"].lower() in ("some", "many"):
        return None  # "in some quarters"
    if code == "S" and n == 1 and not plural:
        return None  # "one second" is mostly the ordinal ("one second-round vote")
    the = (m["the"] or "").lower()
    if code == "WE":
        return ("DURATION", "P2D", False)
    if code == "Q":
        if n is None:
            return ("DURATION", "PXQ", False)
        if the.startswith("the") and n == int(n):
            return ("DURATION", f"P{int(n) * 3}M", False)
        return ("DURATION", f"P{_fmt_num(n)}Q", False)
    return ("DURATION", _duration(n, code), False)


_NUMBERISH = re.compile(r"[$£€]?[\d,.]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                        r"hundred|thousand|million|billion|dozen)s?|once|twice|thrice|times", re.IGNORECASE)


def _is_rate(text: str, pos: int, adverb: bool = False) -> bool:
    """Is the 'a <unit>' at pos a rate: '24 hours a day', 'four flights a week', '$1.76 a year'?"""
    before = _words_before(text, pos, 2)
    if not before:
        return False
    if adverb and text[max(0, pos - 2):pos].strip().endswith("%"):
        return True
    if _NUMBERISH.fullmatch(before[-1]):
        return True
    return len(before) == 2 and before[-1].endswith("s") and bool(_NUMBERISH.fullmatch(before[-2]))


def _norm_vague_plural(ctx: _Ctx, m: re.Match) -> _Norm | None:
    mod = (m["m"] or "").lower()
    u = m["u"].lower()
    code = _unit_code(u)
    if not mod:
        before = _words_before(ctx.text, m.start(), 1)
        if m["long"]:
            return ("DURATION", _duration(None, code), False)
        if not before or before[-1].lower() not in ("in", "over", "within", "after", "take", "took",
                                                    "takes", "than", "lasted", "spent", "spend"):
            return None  # "for years" is left untagged, as TimeBank does
        nxt = _word_after(ctx.text, m.end())
        if nxt.lower() in ("of", "old", "ago", "later", "earlier", "before", "after"):
            return None
    if mod == "recent" and code == "Y":
        return ("DATE", "PAST_REF", False)
    return ("DURATION", _duration(None, code), False)


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


def _norm_refs(ctx: _Ctx, m: re.Match) -> _Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w in _REFS_OFF:
        return None
    if w.endswith("future") and w not in _REF_VALUES:
        return ("DATE", "FUTURE_REF", False)
    val = _REF_VALUES.get(w)
    if val is None:
        return None
    nxt = _word_after(ctx.text, m.end()).lower()
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


_SET_UNIT = {"S": "PT1S", "MIN": "PT1M", "H": "PT1H", "D": "P1D", "W": "P1W", "WE": "XXXX-WXX-WE",
             "M": "P1M", "Q": "P3M", "Y": "P1Y", "DE": "P10Y", "CE": "P100Y", "FN": "P2W"}


def _norm_set(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if m["adv"]:
        nxt = _word_after(ctx.text, m.end())
        if _is_rate(ctx.text, m.start(), adverb=True):
            return None  # "rise 8.5% annually", "10,000 units annually": part of an amount
        if nxt.lower() in ("dividend", "dividends", "report", "reports", "results", "earnings", "payment"):
            return None
        v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
             "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
             "semiannually": "P6M", "fortnightly": "P2W"}[m["adv"].lower()]
        return ("SET", v, False)
    if m["pl"]:
        pl = m["pl"].lower()
        if pl == "weekends":
            return ("SET", "XXXX-WXX-WE", False)
        if pl == "weekdays":
            return None
        before = _words_before(ctx.text, m.start(), 1)
        if not before or before[-1].lower() not in ("on", "most", "some", "all", "by", "other"):
            return None
        return ("SET", f"XXXX-WXX-{WEEKDAYS[pl[:-1]] + 1}", False)
    u = m["u"].lower()
    if u in WEEKDAYS:
        return ("SET", f"XXXX-WXX-{WEEKDAYS[u] + 1}", False)
    if u in MONTHS:
        return ("SET", f"XXXX-{MONTHS[u]:02d}", False)
    if u in PARTS_OF_DAY:
        return ("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[u]}", False)
    if u in SEASONS:
        return ("SET", f"XXXX-{SEASONS[u]}", False)
    if m["q"].lower() == "per" and (u.endswith("s") or _is_rate(ctx.text, m.start())):
        return None
    code = _unit_code(u)
    n = _number(m["n"]) if m["n"] else (2 if m["other"] and m["other"].lower() == "other" else 1)
    if n is None:
        return None
    if n == 1:
        return ("SET", _SET_UNIT.get(code, "P1D"), False)
    return ("SET", _duration(n, code), False)


def _norm_times_per(ctx: _Ctx, m: re.Match) -> _Norm | None:
    code = _unit_code(m["u"])
    return ("SET", _SET_UNIT.get(code, "P1D"), False, m.start("span"), m.end("span"))


def _norm_holiday(ctx: _Ctx, m: re.Match) -> _Norm | None:
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
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



def _last_quarter(ctx: _Ctx, back_years: int = 0) -> str:
    assert ctx.ref is not None
    return shift(ctx.ref, "Q", -1 - 4 * back_years)


_NAMED_QUARTER = re.compile(r"\b(first|second|third|fourth)[\s-]quarter\b", re.IGNORECASE)
_QUARTER_WORD = re.compile(r"\bquarter\b", re.IGNORECASE)
_FIN_CONTEXT = re.compile(r"\b(?:quarter|period|quarterly)\b", re.IGNORECASE)


def _year_ago(ctx: _Ctx, m: re.Match) -> str:
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
        return _last_quarter(ctx, 1)  # a quarterly report compares with the same quarter last year
    return f"{ctx.ref.year - 1:04d}"


def _norm_fin_period(ctx: _Ctx, m: re.Match) -> _Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    u = re.sub(r"\s+", " ", m["u"].lower())
    if w in ("same", "comparable"):
        return None
    if u in ("nine months", "six months"):
        return ("DURATION", "P9M" if u.startswith("nine") else "P6M", False)
    if ctx.ref is None:
        return ("DATE", "XXXX-QX", True)
    back = 1 if w.startswith("year") else 0
    if u == "year":
        return ("DATE", f"{ctx.ref.year - 1 - back:04d}", True)
    return ("DATE", _last_quarter(ctx, back), True)


def _norm_fin_adj(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if ctx.ref is None:
        return ("DATE", "XXXX", True)
    return ("DATE", _year_ago(ctx, m), True)


_THE_UNIT_STOP = frozenset("before after earlier ago that when in which to later of".split())


def _norm_the_unit(ctx: _Ctx, m: re.Match) -> _Norm | None:
    u = m["u"].lower()
    nxt = _word_after(ctx.text, m.end()).lower()
    sent = ctx.sentence(m.start())
    if m.start() > sent[0] and ctx.text[m.start()].isupper() and ctx.text[m.start() + 4:m.start() + 5].isupper():
        return None  # a title: "The Year of ..."
    if nxt in ("ended", "ending", "ends", "through", "to") and u != "quarter":
        return ("DURATION", _duration(1, _unit_code(u)), False)
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
        return ("DATE", _last_quarter(ctx), True)
    # the weekend: the one just past in past-tense text, the coming one otherwise
    t = ctx.tense(m.start(), m.end())
    wd = ctx.ref.weekday()
    n = 0 if wd >= 5 or t >= 0 else -1
    return ("DATE", shift(ctx.ref, "WE", n), True)


_ANAPHOR_OFFSET = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1,
                   "the preceding": -1, "the prior": -1}


def _norm_the_day(ctx: _Ctx, m: re.Match) -> _Norm | None:
    """'ended the day', 'later in the day': the day of the story, the publication date in news."""
    if ctx.ref is None:
        return ("DATE", "XXXX-XX-XX", True)
    start = m.start() + m.group(0).lower().rfind("the day")
    return ("DATE", ctx.ref.isoformat(), True, start, m.end())


def _norm_term(ctx: _Ctx, m: re.Match) -> _Norm | None:
    start = m.start() + m.group(0).lower().find("the ")
    return ("DATE", "FUTURE_REF", False, start, m.end())


def _norm_week_of(ctx: _Ctx, m: re.Match) -> _Norm | None:
    """'the week of March 6': the ISO week containing that date."""
    inner = m.group(0)[m.start("d0") - m.start():]
    for name in ("mdy", "dmy"):
        mm = _RULE_BY_NAME[name].fullmatch(inner)
        if mm:
            r = _NORMALISERS[name](ctx, mm)
            d = parse_iso_date(r[1]) if r else None
            if d:
                return ("DATE", iso_week(d), r[2])
    return None


def _norm_half(ctx: _Ctx, m: re.Match) -> _Norm | None:
    """'the first half of 2024', 'the second half of this year': YYYY-H1 / YYYY-H2."""
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return ("DATE", f"{m['y']}-H{h}", False)
    if ctx.ref is None:
        return ("DATE", f"XXXX-H{h}", True)
    year = ctx.ref.year + {"last": -1, "next": 1}.get((m["yr"] or "this").lower(), 0)
    return ("DATE", f"{year:04d}-H{h}", True)


def _norm_year_end(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if ctx.ref is None:
        return ("DATE", "XXXX", True)
    since = ctx.text[max(0, m.start() - 6):m.start()].lower().strip() == "since"
    return ("DATE", f"{ctx.ref.year - (1 if since else 0):04d}", True)


def _norm_pod_mod(ctx: _Ctx, m: re.Match) -> _Norm | None:
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    return ("TIME", f"{day}T{PARTS_OF_DAY[m['pod'].lower()]}", rel)


def _norm_anaphor(ctx: _Ctx, m: re.Match) -> _Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    u = m["u"].lower()
    typ = "TIME" if u in PARTS_OF_DAY else "DATE"
    nxt = _word_after(ctx.text, m.end()).lower()
    if w == "that" and nxt in ("of",):
        return None
    return (typ, f"ANAPHOR:{u}:{_ANAPHOR_OFFSET[w]}", True)


_SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _norm_spelled_year(ctx: _Ctx, m: re.Match) -> _Norm | None:
    if _word_after(ctx.text, m.end()).lower() in COUNT_NOUNS:
        return None
    if m["c"] is None:
        return ("DATE", f"{2000 + (ONES.get(m['k'].lower(), 0) if m['k'] else 0):04d}", False)
    century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[m["c"].lower()]
    yy = m["yy"].lower().replace("-", " ")
    if yy.startswith("oh "):
        n = ONES[yy[3:]]
    elif yy in _SPELLED_TENS:
        n = _SPELLED_TENS[yy]
    else:
        parts = yy.split()
        n = TENS[parts[0]] + (ONES[parts[1]] if len(parts) > 1 else 0)
    if century == 20 and n >= 30:
        return None
    return ("DATE", f"{century * 100 + n:04d}", False)


def _resolve_anaphors(out: list[Timex]) -> list[Timex]:
    """'that day', 'the next morning', 'later that year': dated from the latest preceding date."""
    if not any(t.value.startswith("ANAPHOR:") for t in out):
        return list(out)
    result: list[Timex] = []
    # The latest date of the result precise enough for each `need`, kept as the result grows (looking back
    # through the whole result for every anaphor was quadratic in documents with few full dates).
    latest: dict[int, Timex] = {}

    def add(p: Timex) -> None:
        result.append(p)
        if p.type in ("DATE", "TIME") and p.anchor != "anchored" and re.match(r"\d{4}(?:-\d\d(?:-\d\d)?)?", p.value):
            digits = len(re.match(r"[\d-]+", p.value)[0].rstrip("-"))
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
        add(Timex(start=t.start, end=t.end, text=t.text, type=t.type, value=value, anchor="inferred"))
    return result


_NORMALISERS = {name: globals()[f"_norm_{name}"] for name, _rx, _p in RULES}
_RULE_BY_NAME = {name: rx for name, rx, _p in RULES}
_DREF_RULES = [(name, rx) for name, rx, _p in RULES if name in ("mdy", "dmy", "weekday", "relday")]


# ---------------------------------------------------------------------------------------------- driver

_MOD_STRIP = re.compile(r"^(?:after|before|until|by)\s+", re.IGNORECASE)
# Trigger words, by kind; every rule needs at least one trigger of its kinds inside its match.
_TRIGGER_WORDS: dict[str, str] = {}
for _kind, _words in {
    "U": "year month week day hour minute second decade centur millenni quarter half fortnight night spring "
         "summer fall autumn winter period",
    "T": "today tonight tomorrow yesterday",
    "R": "now nowadays current recent lately present future past soon shortly moment previous",
    "P": "noon midnight midday morning afternoon evening overnight",
    "S": "daily annual hourly nightly weekly monthly yearly quarterly once twice thrice times biweekly "
         "semiannual fortnightly",
    "H": "christmas easter thanksgiving halloween labor memorial valentine boxing",
    "W": "monday tuesday wednesday thursday friday saturday sunday",
    "X": "nineteen eighteen twenty thousand earlier later ago fiscal term twenties thirties forties fifties sixties "
         "seventies eighties nineties",
}.items():
    for _w in _words.split():
        _TRIGGER_WORDS[_w] = _kind
_MONTH_PREFIXES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _trie_regex(words: list[str]) -> str:
    """An alternation shaped as a trie, so the regex engine branches once per character."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return build(trie)


_TRIGGER = re.compile(
    rf"\b(?:(?i:{_trie_regex(list(_TRIGGER_WORDS))})|(?P<M>(?-i:{_trie_regex(_MONTH_PREFIXES)}"
    rf"|{_trie_regex([m.upper() for m in _MONTH_PREFIXES])}|Q[1-4]|FY)))"
    r"|(?P<Y>(?<![\d,.$])(?:1[6-9]|20)\d\d(?![\d,]\d))"
    r"|(?P<D>\d[/:.]\d|\d\d\s+(?-i:UTC|GMT)|\d\s*[ap]\.?\s?m\b|\d\s*o['’]clock)"
    r"|(?P<A>['’]\d0?|\b[1-9]0s\b)"
)


def _trigger_kind(m: re.Match) -> str:
    if m.lastgroup:
        return m.lastgroup
    return _TRIGGER_WORDS.get(m.group(0).lower(), "X")


# Which trigger kinds each rule can start from.
_RULE_KINDS: dict[str, frozenset[str]] = {
    name: frozenset(kinds) for name, kinds in {
        "iso": "Y", "numdate": "D", "mdy": "M", "dmy": "M", "my": "M", "month": "M", "year": "Y", "ayear": "A",
        "decade": "YAX", "century": "U", "quarter": "UX", "quarter_rel": "U", "relday": "T", "pod": "UP",
        "clock": "D", "clock24": "D", "noon": "P", "dayref_clock": "P", "weekday": "W", "relunit": "U",
        "ago": "U", "duration": "U", "vague_plural": "U", "refs": "RT", "set": "SUWMP", "times_per": "S",
        "holiday": "HUW", "fin_period": "U", "year_end": "U", "pod_mod": "P", "fin_adj": "U", "the_unit": "U",
        "anaphor": "UP", "the_day": "U", "term": "X", "week_of": "M", "half": "U",
        "spelled_year": "X",
    }.items()
}


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where the time words are, by kind."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _TRIGGER.finditer(text):
        found.setdefault(_trigger_kind(m), []).append((m.start(), m.end()))
    return found


# Every match contains a trigger word, starts at most _LEFT characters before its first one
# ("no more than the next" + "two years") and ends at most _RIGHT after its last one.
_LEFT, _RIGHT = 50, 40


def _windows(n: int, triggers: dict[str, list[tuple[int, int]]], kinds: frozenset[str]) -> list[tuple[int, int]]:
    points = sorted(p for k in kinds for p in triggers.get(k, ()))
    spans: list[list[int]] = []
    for s, e in points:
        lo, hi = max(0, s - _LEFT), min(n, e + _RIGHT)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(a, b) for a, b in spans]


def _candidates(text: str) -> list[tuple[int, int, int, str, re.Match]]:
    triggers = _triggers(text)
    n = len(text)
    out: list[tuple[int, int, int, str, re.Match]] = []
    cache: dict[frozenset[str], list[tuple[int, int]]] = {}
    for name, rx, prio in RULES:
        need = _RULE_KINDS[name]
        if need not in cache:
            cache[need] = _windows(n, triggers, need)
        for lo, hi in cache[need]:
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), prio, name, m))
    return out


def _select(cands: list[tuple[int, int, int, str, re.Match]]) -> list[tuple[int, int, int, str, re.Match]]:
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # The characters taken so far (candidates are never empty): a candidate overlaps a taken span iff one of
    # its characters is taken. Cost per candidate: its length (a sorted list with insert() was quadratic).
    taken = bytearray(max((c[1] for c in cands), default=0))
    chosen = []
    for c in cands:
        if taken.find(1, c[0], c[1]) >= 0:
            continue
        taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _normalise_all(text: str, chosen: list, ctx: _Ctx, anchor_rel: str) -> list[Timex]:
    out: list[Timex] = []
    for start, end, _prio, name, m in chosen:
        try:
            r = _NORMALISERS[name](ctx, m)
        except (ValueError, KeyError, OverflowError):
            r = None
        if r is None:
            continue
        typ, value, rel = r[0], r[1], r[2]
        if len(r) == 5:
            start, end = r[3], r[4]
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        anchor = ("unresolved" if "X" in value and ctx.ref is None else anchor_rel) if rel else "explicit"
        out.append(Timex(start=start, end=end, text=text[start:end], type=typ, value=value, anchor=anchor))
    return _resolve_anaphors(out)


def find_timexes(text: str, sentences: list[tuple[int, int]], published: str | None) -> list[Timex]:
    """All temporal expressions of `text`, normalised to TimeML values (see the module docstring)."""
    if not text or not _TRIGGER.search(text):
        return []
    cands = _candidates(text)
    ref = parse_iso_date(published)
    sent_starts = [s for s, _e in sentences]
    ctx = _Ctx(text=text, ref=ref, sent_starts=sent_starts, sentences=sentences)
    anchor_rel = "published"
    if ref is None:
        # Undated document: the latest fully written date in the text stands in for the publication date.
        explicit = [t for t in _resolve(text, cands, ctx, "unresolved")
                    if t.anchor == "explicit" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]
        if explicit:
            ctx.ref = max(parse_iso_date(t.value) for t in explicit)  # type: ignore[type-var]
            anchor_rel = "inferred"
    timexes = _resolve(text, cands, ctx, anchor_rel)
    from bot.extract.timex_anchor import add_anchored

    return add_anchored(text, sentences, timexes)


def _resolve(text: str, cands: list, ctx: _Ctx, anchor_rel: str) -> list[Timex]:
    """Select longest matches; when a selected match is rejected by its normaliser, drop it and let the
    remaining candidates compete again (so a refused "May 5 people" can still leave "5 people" alone)."""
    pool = list(cands)
    rejected: set[int] = set()
    for _round in range(3):
        chosen = _select([c for c in pool if id(c[4]) not in rejected])
        result = _normalise_all(text, chosen, ctx, anchor_rel)
        kept = sorted((t.start, t.end) for t in result)
        newly = [c for c in chosen if not _kept(c, kept)]
        if not newly:
            return result
        rejected.update(id(c[4]) for c in newly)
    return result


def _kept(c: tuple, kept: list[tuple[int, int]]) -> bool:
    """Did candidate c yield a timex (its own span, or one trimmed inside it)?"""
    i = bisect.bisect_left(kept, (c[0], -1))
    while i < len(kept) and kept[i][0] < c[1]:
        if kept[i][1] <= c[1]:
            return True
        i += 1
    return False
