"""Years, decades and centuries: 1998, '98, the 1990s, the 19th century, nineteen ninety-eight, the first half of
2024, year-end.
"""

from __future__ import annotations

import re

from bot.extract.lexicon.calendar import DECADE_WORDS, MONTHS
from bot.extract.lexicon.numbers import COUNT_NOUNS, ONES, ORDINALS, QUANTITY_BEFORE, TENS
from bot.extract.timex._context import Ctx, Norm, only_word_before, word_after, words_before
from bot.extract.timex._patterns import CENTURY_ORD, MOD, YYYY, B, E
from bot.extract.timex._rule import Rule, folded, pattern
from bot.extract.timex._triggers import APOSTROPHE_YEAR, OTHER_WORD, UNIT_WORD, YEAR_DIGITS

_LEADING_DIGITS = re.compile(r"\d+")


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


YEAR = Rule(
    "year",
    pattern(rf"(?<![\w$£€#.,/'’-])(?:(?P<mod>{MOD})\s*)?(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)"
            rf"\s*)?(?P<y>{YYYY})(?![\w%/-]|['’](?![sS]\b)|[.,]\d|\s*(?:%|percent))"),
    triggers=frozenset({YEAR_DIGITS}),
    normalise=_norm_year,
    examples=(
        ("It was founded in 1998.", "1998"),
        ("Sales rose in fiscal 2024.", "2024"),
        ("He was born in 1750.", "1750"),
    ),
    negatives=(
        "He installed Windows 2000 yesterday.",  # a name, not a year
        "He flew on Orion 1980 to Mars.",  # a name, not a year
        "Kopp's 1987 Chevrolet was stolen.",  # a model year before a name
        "Some 2000 people attended.",  # a quantity
        "The firm paid $2000 in fines.",  # an amount
        "He scored 1750 on the test.",  # before 1800 only after in/since/of/from/until/by
        "The map (1850) was sold.",  # a number in parentheses before 1900
        "Profit rose in the first half of 2024.",  # 2024-H1 (rule quarter or half), not the year
        "The launch is at 1800 GMT.",  # a clock time (rule clock24)
    ),
)


def _norm_ayear(ctx: Ctx, m: re.Match) -> Norm | None:
    yy = int(m["yy"])
    before = words_before(ctx.text, m.start(), 1)
    if not m["mod"] and not (before and before[-1].lower() in ("in", "since", "of", "from", "until", "by",
                                                              "class", "spring", "summer", "fall", "winter")):
        return None
    base = 1900 if ctx.ref is None or yy > ctx.ref.year % 100 + 5 else 2000
    return ("DATE", f"{base + yy:04d}", False)


AYEAR = Rule(
    "ayear",
    pattern(rf"{B}(?:(?P<mod>{MOD})\s+)?['’](?P<yy>\d\d)(?![\w%’'])"),
    triggers=frozenset({APOSTROPHE_YEAR}),
    normalise=_norm_ayear,
    examples=(
        ("It peaked in '98.", "1998"),
    ),
    negatives=(
        "The song Rock '98 was loud.",  # an apostrophe year only after in/since/of/class/spring...
    ),
)


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


DECADE = Rule(
    "decade",
    pattern(rf"{B}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:(?P<dec>1[5-9]\d|20\d)0['’]?s"
        rf"|['’](?P<dd>\d)0['’]?s|(?:(?<=the\s)|(?<=and\s)|(?<=\sor\s))(?P<d2>[1-9])0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties"
            rf"|nineties)){E}"),
    triggers=frozenset({YEAR_DIGITS, APOSTROPHE_YEAR, OTHER_WORD}),
    needs=folded(r"0['’]?s|ties"),
    normalise=_norm_decade,
    examples=(
        ("Prices rose in the 1990s.", "199"),
        ("Cars of the 70s were boxy.", "197"),
        ("Houses of the 1900s were small.", "19"),
        ("Prices rose in the '80s.", "198", "1989-10-26"),
        ("Prices rose in the '20s.", "202"),
    ),
    negatives=(
        "She is in her forties.",  # an age
    ),
)


def _norm_century(ctx: Ctx, m: re.Match) -> Norm | None:
    c = m["c"].lower()
    n = ORDINALS.get(c) or (int(_LEADING_DIGITS.match(c)[0]) if c[0].isdigit() else None)
    if not n:
        return None
    return ("DATE", f"{n - 1:02d}", False)


CENTURY = Rule(
    "century",
    pattern(rf"{B}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<c>{CENTURY_ORD})[\s-]+century{E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"century"),
    normalise=_norm_century,
    examples=(
        ("It was built in the 19th century.", "18"),
    ),
)


_SPELLED_TENS = {w: n for w, n in ONES.items() if n >= 10}  # "nineteen twelve", "nineteen eighteen"


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


SPELLED_YEAR = Rule(
    "spelled_year",
    pattern(rf"{B}(?:the\s+year\s+)?(?P<c>nineteen|eighteen|twenty)\s+"
            rf"(?:hundred\s+(?:and\s+)?)?(?P<yy>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            rf"ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
            rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|"
            rf"four|five|six|seven|eight|nine)){E}|{B}(?:the\s+year\s+)?two\s+thousand"
            rf"(?:\s+and\s+(?P<k>one|two|three|four|five|six|seven|eight|nine|ten))?{E}"),
    triggers=frozenset({OTHER_WORD}),
    needs=folded(r"nineteen|eighteen|twenty|thousand"),
    normalise=_norm_spelled_year,
    examples=(
        ("It was founded in nineteen ninety-eight.", "1998"),
        ("It ends in the year two thousand.", "2000"),
        ("It was built in nineteen oh five.", "1905"),
    ),
    negatives=(
        "Nineteen twenty people died.",  # a count
        "The plan runs to twenty forty.",  # not written as a year before 2030
    ),
)


def _norm_half(ctx: Ctx, m: re.Match) -> Norm | None:
    """'the first half of 2024', 'the second half of this year': YYYY-H1 / YYYY-H2."""
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return ("DATE", f"{m['y']}-H{h}", False)
    if ctx.ref is None:
        return ("DATE", f"XXXX-H{h}", True)
    year = ctx.ref.year + {"last": -1, "next": 1}.get((m["yr"] or "this").lower(), 0)
    return ("DATE", f"{year:04d}-H{h}", True)


HALF = Rule(
    "half",
    pattern(rf"{B}the\s+(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>{YYYY})|(?P<yr>this|last|next)"
            rf"\s+year|the\s+year){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"half\s+of"),
    normalise=_norm_half,
    examples=(
        ("Sales fell in the latter half of 2024.", "2024-H2"),
        ("Sales fell in the last half of this year.", "2025-H2"),
    ),
)


def _norm_year_end(ctx: Ctx, m: re.Match) -> Norm | None:
    if ctx.ref is None:
        return ("DATE", "XXXX", True)
    since = ctx.text[max(0, m.start() - 6):m.start()].lower().strip() == "since"
    return ("DATE", f"{ctx.ref.year - (1 if since else 0):04d}", True)


YEAR_END = Rule(
    "year_end",
    pattern(rf"{B}(?:around\s+)?(?:year[\s-]end|year['’]s\s+end|the\s+end\s+of\s+the\s+year){E}"),
    triggers=frozenset({UNIT_WORD}),
    needs=folded(r"year[\s-]end|year['’]s\s+end|end\s+of\s+the\s+year"),
    normalise=_norm_year_end,
    examples=(
        ("The deal should close by year-end.", "2025"),
        ("Prices have doubled since year-end.", "2024"),
    ),
)
