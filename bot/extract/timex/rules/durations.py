"""Durations and sets: three years, the next few months, every year, weekly, twice a month."""

from __future__ import annotations

import re

from bot.extract.lexicon.calendar import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from bot.extract.timex._context import Ctx, Norm, word_after, words_before
from bot.extract.timex._numbers import duration, fmt_num, is_rate, number, unit_code
from bot.extract.timex._patterns import APPROX, MONTH_FULL, NUM, UNIT, VAGUE, WEEKDAY_FULL, B, E
from bot.extract.timex._rule import Rule, folded, pattern
from bot.extract.timex._triggers import DAYTIME_WORD, MONTH_MARK, SET_WORD, UNIT_WORD, WEEKDAY_WORD

_OLD_AFTER = re.compile(r"s?[- ]old\b")


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
    if _OLD_AFTER.match(tail):
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


DURATION = Rule(
    "duration",
    pattern(rf"{B}(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>the|another|an\s+additional|a\s+further|each\s+of"
            rf"\s+the|the\s+(?:past|last|next|first|final|previous|following|coming|latest|remaining|"
            rf"initial|ensuing|preceding))\s+)?(?:(?P<n>{NUM})(?:\s*(?:to|or|-|–)\s*(?P<n2>{NUM}))?|"
            rf"(?P<vague>{VAGUE})|(?P<a>an?|one))[\s-]+(?:(?:more|additional|full|straight|"
            rf"consecutive|trading|business|calendar|working|long|short)\s+)?(?P<u>{UNIT})"
            rf"(?:-(?:long|old))?(?:\s+or\s+so)?{E}"),
    triggers=frozenset({UNIT_WORD}),
    # the unit after the last word of a number (thirteen, twenty, 2 1/2, and a half), of a vague one (a few, a
    # couple of) or a/an/one
    needs=folded(r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundreds?|dozen"
                 r"|half|few|several|some|many|of|couple|numerous|an?)[\s-]+(?:(?:more|additional|full|straight"
                 rf"|consecutive|trading|business|calendar|working|long|short)\s+)?{UNIT}"),
    normalise=_norm_duration,
    examples=(
        ("It lasted a week.", "P1W"),
        ("He served three years in jail.", "P3Y"),
        ("The talks lasted 2 1/2 hours.", "PT2H30M"),
        ("Sales fell in the first nine months.", "P9M"),
    ),
    negatives=(
        "She won a second term.",  # an ordinal
        "A quarter of the voters stayed home.",  # a fraction
        "A 44-year-old man was arrested.",  # an age
        "The man is 37 years old.",  # an age
        "The bill costs $5 a day.",  # a rate, part of an amount
        "It runs four flights a week.",  # a rate, part of an amount
        "It imports three-quarters of its food.",  # a fraction
        "Doubts persist in some quarters.",  # places, not periods
        "He won one second-round vote.",  # an ordinal
    ),
)


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


VAGUE_PLURAL = Rule(
    "vague_plural",
    pattern(rf"{B}(?:(?P<m>recent|coming|several|many|the\s+(?:past|last|next|coming|following)"
            rf"(?:\s+(?:few|several|many))?)\s+)?(?P<u>minutes|hours|days|weeks|months|years|decades|centuries)"
            rf"(?P<long>-long)?{E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"minutes|hours|days|weeks|months|years|decades|centuries"),
    normalise=_norm_vague_plural,
    examples=(
        ("It could take years.", "PXY"),
        ("Prices fell in recent years.", "PAST_REF"),
    ),
    negatives=(
        "They argued for years.",  # left untagged, as TimeBank does
    ),
)


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


SET = Rule(
    "set",
    pattern(rf"{B}(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<n>{NUM})\s+)?"
            rf"(?P<u>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|morning|afternoon|evening|night|spring|summer|fall"
            rf"|autumn|winter)"
            rf"|(?P<adv>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|bimonthly|"
            rf"semiannually|fortnightly)|(?P<pl>{WEEKDAY_FULL}s|weekends|weekdays)){E}"),
    triggers=frozenset({SET_WORD, UNIT_WORD, WEEKDAY_WORD, MONTH_MARK, DAYTIME_WORD}),
    needs=folded(r"every|each|per|daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|weekends|weekdays"
                 r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days"),
    normalise=_norm_set,
    examples=(
        ("Elections are held every year.", "P1Y"),
        ("The paper is printed weekly.", "P1W"),
        ("Shops close on Fridays.", "XXXX-WXX-5"),
        ("They met every other week.", "P2W"),
    ),
    negatives=(
        "Sales rise 8.5% annually.",  # part of an amount
        "It pays a quarterly dividend.",  # names a payment, not a time
        "Fridays are busy.",  # a plural weekday needs on/most/some/all/by/other before it
        "Shops close on weekdays.",  # left untagged
        "They cost $5 per day.",  # a rate, part of an amount
    ),
)


def _norm_times_per(ctx: Ctx, m: re.Match) -> Norm | None:
    code = unit_code(m["u"])
    return ("SET", _SET_UNIT.get(code, "P1D"), False, m.start("span"), m.end("span"))


TIMES_PER = Rule(
    "times_per",
    pattern(rf"{B}(?:once|twice|thrice|{NUM}\s+times)\s+(?P<span>(?:a|an|per|each|every)\s+"
            rf"(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade))(?![\w-])"),
    triggers=frozenset({SET_WORD}),
    normalise=_norm_times_per,
    examples=(
        ("They meet twice a month.", "P1M"),
    ),
)
