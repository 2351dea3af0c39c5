"""The normalisers: one `_norm_<rule>` per rule of `_patterns`, from a match to a TimeML value (or a refusal)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.extract.timex._calendar import (
    holiday_date,
    iso_week,
    placeholder,
    quarter_of,
    shift,
    weekday_date,
)
from bot.extract.timex._context import (
    Ctx,
    Norm,
    day_number,
    month_number,
    only_word_before,
    parse_iso_date,
    resolve_md,
    sentence_initial,
    word_after,
    words_before,
    ymd,
)
from bot.extract.timex._lex import (
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
from bot.extract.timex._numbers import duration, fmt_num, is_rate, number, unit_code
from bot.extract.timex._patterns import RULES


def _norm_iso(ctx: Ctx, m: re.Match) -> Norm | None:
    v = ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    if not v:
        return None
    if m["h"]:
        return ("TIME", f"{v}T{m['h']}:{m['mi']}", False)
    return ("DATE", v, False)


def _norm_numdate(ctx: Ctx, m: re.Match) -> Norm | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    v = ymd(y, int(m["m"]), int(m["d"]))
    return ("DATE", v, False) if v else None


def _norm_mdy(ctx: Ctx, m: re.Match) -> Norm | None:
    mon = m["mon"]
    if mon.lower().rstrip(".") in ("may", "march") and mon[0].isupper() and not m["y"] and not m["wd"]:
        # "May 5" is safe; but "March 4 people" is not a date: the day must not be followed by a noun
        nxt = word_after(ctx.text, m.end())
        if nxt.lower() in COUNT_NOUNS:
            return None
    r = resolve_md(ctx, m, month_number(mon), day_number(m["d"]))
    return ("DATE", r[0], r[1]) if r else None


_norm_dmy = _norm_mdy


def _norm_my(ctx: Ctx, m: re.Match) -> Norm | None:
    return ("DATE", f"{int(m['y']):04d}-{month_number(m['mon']):02d}", False)


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


def _norm_year(ctx: Ctx, m: re.Match) -> Norm | None:
    y = int(m["y"])
    if m["mod"] and "half" in m["mod"].lower():
        return None  # "the first half of 2024" is 2024-H1 (rule "half")
    if not (m["mod"] or m["fy"]):
        before = words_before(ctx.text, m.start(), 2)
        if before and before[-1].lower() in QUANTITY_BEFORE:
            return None
        nxt = word_after(ctx.text, m.end())
        if nxt.lower() in COUNT_NOUNS:
            return None
        if y < 1800 and not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by")):
            return None
        if ctx.text[m.start() - 1:m.start()] in ("(", ) and ctx.text[m.end():m.end() + 1] == ")" and y < 1900:
            return None
        prev = words_before(ctx.text, m.start(), 1)
        if prev and prev[-1][:1].isupper() and prev[-1].lower().rstrip(".") not in MONTHS \
                and prev[-1].lower() not in ("in", "since", "by", "until", "from", "of", "before", "after", "during"):
            sent = ctx.sentence(m.start())
            if not only_word_before(ctx.text, sent[0], m.start(), prev[-1]):
                return None  # a name: "Orion 1980", "Windows 2000"
        if prev and prev[-1].endswith(("'s", "’s")) and nxt[:1].isupper():
            return None  # "Kopp's 1987 Chevrolet"
    return ("DATE", f"{y:04d}", False)


def _norm_ayear(ctx: Ctx, m: re.Match) -> Norm | None:
    yy = int(m["yy"])
    before = words_before(ctx.text, m.start(), 1)
    if not m["mod"] and not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by",
                                                              "class", "spring", "summer", "fall", "winter")):
        return None
    base = 1900 if ctx.ref is None or yy > ctx.ref.year % 100 + 5 else 2000
    return ("DATE", f"{base + yy:04d}", False)


def _norm_decade(ctx: Ctx, m: re.Match) -> Norm | None:
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
        before = words_before(ctx.text, m.start(), 1)
        if not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by", "during")):
            return None  # "in her forties" is an age
    if m.group(0).lower().startswith("the") and re.search(r"\b(?:his|her|their|its)\s*$",
                                                           ctx.text[max(0, m.start() - 8):m.start()]):
        return None
    return ("DATE", f"19{DECADE_WORDS[m['dw'].lower()]}", False)


def _norm_century(ctx: Ctx, m: re.Match) -> Norm | None:
    c = m["c"].lower()
    n = ORDINALS.get(c) or (int(re.match(r"\d+", c)[0]) if c[0].isdigit() else None)
    if not n:
        return None
    return ("DATE", f"{n - 1:02d}", False)


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


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


def _norm_quarter_rel(ctx: Ctx, m: re.Match) -> Norm | None:
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


def _norm_relday(ctx: Ctx, m: re.Match) -> Norm | None:
    word = m["w"]
    if word[0].isupper() and not m["mod"] and not sentence_initial(ctx, m.start("w")):
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


def _day_of(ctx: Ctx, word: str, start: int, end: int) -> tuple[str, bool]:
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
    v, rel = _day_of(ctx, m["w"], m.start(), m.end())
    # "Friday night" names a day first: TimeBank types it DATE, keeping the part of day in the value
    typ = "DATE" if m["w"].lower() in WEEKDAYS else "TIME"
    return (typ, f"{v}T{PARTS_OF_DAY[m['pod'].lower()]}", rel)


def _dref_value(ctx: Ctx, dref: str | None, start: int, end: int, at: int = -1) -> tuple[str, bool]:
    """The day of a clock time's day phrase `dref` (found at offset `at`): matched in place, so that the
    tense around it is read where it stands, not at the start of the text."""
    if not dref:
        return _day_of(ctx, "today", start, end)
    for name, rx in _DREF_RULES:
        mm = rx.fullmatch(ctx.text, at, at + len(dref)) if at >= 0 else rx.fullmatch(dref)
        if mm:
            r = NORMALISERS[name](ctx, mm)
            if r:
                return (r[1], r[2])
    return _day_of(ctx, dref.split()[0].strip(","), start, end)


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
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    start = m.start("h") if m["approx"] and m["approx"].lower() in ("after", "before", "until", "by") else None
    val = f"{day}T{h:02d}:{m['mi'] or '00'}" + _zulu(m["tz"])
    if start is not None:
        return ("TIME", val, rel, start, m.end())
    return ("TIME", val, rel)


def _norm_clock24(ctx: Ctx, m: re.Match) -> Norm | None:
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    return ("TIME", f"{day}T{m['h']}:{m['mi']}{_zulu(m['tz'])}", rel)


def _norm_noon(ctx: Ctx, m: re.Match) -> Norm | None:
    if words_before(ctx.text, m.start(), 1)[-1:] in (["high"], ["High"]):
        return None
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    hh = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return ("TIME", f"{day}T{hh}", rel)


def _norm_dayref_clock(ctx: Ctx, m: re.Match) -> Norm | None:
    day, rel = _day_of(ctx, m["dref"], m.start(), m.end())
    hh = {"noon": "12:00", "midnight": "24:00"}[m["w"].lower()]
    return ("TIME", f"{day}T{hh}", rel)


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
    if t > 0 and ctx.text.startswith(("'s ", "’s "), m.end()):
        t = 0  # "would appeal Wednesday's ruling": a possessive day names a thing already there, not the plan
    d = weekday_date(ctx.ref, wd, t, which)
    return ("DATE", d.isoformat(), True)


_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def _season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def _norm_relunit(ctx: Ctx, m: re.Match) -> Norm | None:
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
        return ("DURATION", duration(1, code), False)
    if core in ("past",) and code in ("W", "M", "Y", "DE", "CE", "Q"):
        return ("DURATION", duration(1, code), False)
    n = {"last": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1, "following": 1,
         "upcoming": 1, "this": 0, "current": 0, "latest": -1, "past": -1, "that": 0}.get(core, 0)
    if ctx.ref is None:
        return ("DATE", placeholder(code), True)
    return ("DATE", shift(ctx.ref, code, n), True)


def _norm_ago(ctx: Ctx, m: re.Match) -> Norm | None:
    direction = m["dir"].lower()
    if direction in ("before", "after", "since"):
        nxt = word_after(ctx.text, m.end())
        if nxt and (nxt[0].isalnum() or nxt[0] in "$£€"):
            return None  # "two days after the vote": anchored on an event (see timex_anchor)
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


def _norm_duration(ctx: Ctx, m: re.Match) -> Norm | None:
    u = m["u"].lower()
    code = unit_code(u)
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
        n = number(m["n"])
        if n is None or n == 0:
            return None  # a range ("two to three weeks") keeps its first number, as TimeBank does
    before = words_before(ctx.text, m.start(), 1)
    if before and before[-1] in ("$", "£", "€"):
        return None
    tail = ctx.text[m.end("u"):m.end("u") + 6].lower()
    if re.match(r"s?[- ]old\b", tail):
        return None  # an age: "a 44-year-old protester", "37 years old"
    if code == "Q" and word_after(ctx.text, m.end()).lower() == "of":
        return None  # "three-quarters of its food"
    if m["a"] and is_rate(ctx.text, m.start()):
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
        return ("DURATION", f"P{fmt_num(n)}Q", False)
    return ("DURATION", duration(n, code), False)

def _norm_vague_plural(ctx: Ctx, m: re.Match) -> Norm | None:
    mod = (m["m"] or "").lower()
    u = m["u"].lower()
    code = unit_code(u)
    if not mod:
        before = words_before(ctx.text, m.start(), 1)
        if m["long"]:
            return ("DURATION", duration(None, code), False)
        if not before or before[-1].lower() not in ("in", "over", "within", "after", "take", "took",
                                                    "takes", "than", "lasted", "spent", "spend"):
            return None  # "for years" is left untagged, as TimeBank does
        nxt = word_after(ctx.text, m.end())
        if nxt.lower() in ("of", "old", "ago", "later", "earlier", "before", "after"):
            return None
    if mod == "recent" and code == "Y":
        return ("DATE", "PAST_REF", False)
    return ("DURATION", duration(None, code), False)


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
    w = re.sub(r"\s+", " ", m["w"].lower())
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


_SET_UNIT = {"S": "PT1S", "MIN": "PT1M", "H": "PT1H", "D": "P1D", "W": "P1W", "WE": "XXXX-WXX-WE",
             "M": "P1M", "Q": "P3M", "Y": "P1Y", "DE": "P10Y", "CE": "P100Y", "FN": "P2W"}


def _norm_set(ctx: Ctx, m: re.Match) -> Norm | None:
    if m["adv"]:
        nxt = word_after(ctx.text, m.end())
        if is_rate(ctx.text, m.start(), adverb=True):
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
        before = words_before(ctx.text, m.start(), 1)
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
    if m["q"].lower() == "per" and (u.endswith("s") or is_rate(ctx.text, m.start())):
        return None
    code = unit_code(u)
    n = number(m["n"]) if m["n"] else (2 if m["other"] and m["other"].lower() == "other" else 1)
    if n is None:
        return None
    if n == 1:
        return ("SET", _SET_UNIT.get(code, "P1D"), False)
    return ("SET", duration(n, code), False)


def _norm_times_per(ctx: Ctx, m: re.Match) -> Norm | None:
    code = unit_code(m["u"])
    return ("SET", _SET_UNIT.get(code, "P1D"), False, m.start("span"), m.end("span"))


def _norm_holiday(ctx: Ctx, m: re.Match) -> Norm | None:
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



def _last_quarter(ctx: Ctx, back_years: int = 0) -> str:
    assert ctx.ref is not None
    return shift(ctx.ref, "Q", -1 - 4 * back_years)


_NAMED_QUARTER = re.compile(r"\b(first|second|third|fourth)[\s-]quarter\b", re.IGNORECASE)
_QUARTER_WORD = re.compile(r"\bquarter\b", re.IGNORECASE)
_FIN_CONTEXT = re.compile(r"\b(?:quarter|period|quarterly)\b", re.IGNORECASE)


def _year_ago(ctx: Ctx, m: re.Match) -> str:
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


def _norm_fin_period(ctx: Ctx, m: re.Match) -> Norm | None:
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


def _norm_fin_adj(ctx: Ctx, m: re.Match) -> Norm | None:
    if ctx.ref is None:
        return ("DATE", "XXXX", True)
    return ("DATE", _year_ago(ctx, m), True)


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
        return ("DATE", _last_quarter(ctx), True)
    # the weekend: the one just past in past-tense text, the coming one otherwise
    t = ctx.tense(m.start(), m.end())
    wd = ctx.ref.weekday()
    n = 0 if wd >= 5 or t >= 0 else -1
    return ("DATE", shift(ctx.ref, "WE", n), True)


_ANAPHOR_OFFSET = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1,
                   "the preceding": -1, "the prior": -1}


def _norm_the_day(ctx: Ctx, m: re.Match) -> Norm | None:
    """'ended the day', 'later in the day': the day of the story, the publication date in news."""
    if ctx.ref is None:
        return ("DATE", "XXXX-XX-XX", True)
    start = m.start() + m.group(0).lower().rfind("the day")
    return ("DATE", ctx.ref.isoformat(), True, start, m.end())


def _norm_term(ctx: Ctx, m: re.Match) -> Norm | None:
    start = m.start() + m.group(0).lower().find("the ")
    return ("DATE", "FUTURE_REF", False, start, m.end())


def _norm_week_of(ctx: Ctx, m: re.Match) -> Norm | None:
    """'the week of March 6': the ISO week containing that date."""
    inner = m.group(0)[m.start("d0") - m.start():]
    for name in ("mdy", "dmy"):
        mm = _RULE_BY_NAME[name].fullmatch(inner)
        if mm:
            r = NORMALISERS[name](ctx, mm)
            d = parse_iso_date(r[1]) if r else None
            if d:
                return ("DATE", iso_week(d), r[2])
    return None


def _norm_half(ctx: Ctx, m: re.Match) -> Norm | None:
    """'the first half of 2024', 'the second half of this year': YYYY-H1 / YYYY-H2."""
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return ("DATE", f"{m['y']}-H{h}", False)
    if ctx.ref is None:
        return ("DATE", f"XXXX-H{h}", True)
    year = ctx.ref.year + {"last": -1, "next": 1}.get((m["yr"] or "this").lower(), 0)
    return ("DATE", f"{year:04d}-H{h}", True)


def _norm_year_end(ctx: Ctx, m: re.Match) -> Norm | None:
    if ctx.ref is None:
        return ("DATE", "XXXX", True)
    since = ctx.text[max(0, m.start() - 6):m.start()].lower().strip() == "since"
    return ("DATE", f"{ctx.ref.year - (1 if since else 0):04d}", True)


def _norm_pod_mod(ctx: Ctx, m: re.Match) -> Norm | None:
    day, rel = _dref_value(ctx, m["dref"], m.start(), m.end(), m.start("dref"))
    return ("TIME", f"{day}T{PARTS_OF_DAY[m['pod'].lower()]}", rel)


def _norm_anaphor(ctx: Ctx, m: re.Match) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    u = m["u"].lower()
    typ = "TIME" if u in PARTS_OF_DAY else "DATE"
    nxt = word_after(ctx.text, m.end()).lower()
    if w == "that" and nxt in ("of",):
        return None
    return (typ, f"ANAPHOR:{u}:{_ANAPHOR_OFFSET[w]}", True)


_SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _norm_spelled_year(ctx: Ctx, m: re.Match) -> Norm | None:
    if word_after(ctx.text, m.end()).lower() in COUNT_NOUNS:
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



NORMALISERS = {name: globals()[f"_norm_{name}"] for name, _rx, _p in RULES}
_RULE_BY_NAME = {name: rx for name, rx, _p in RULES}
_DREF_RULES = [(name, rx) for name, rx, _p in RULES if name in ("mdy", "dmy", "weekday", "relday")]
