"""Ages, durations and counts in compounds: "17-year-old Sam Carter", "aged 81", "Gloria Garcia, 34,",
"almost two hours", "a four-day visit", "the five-match series".

A number of time units is a duration unless a word after it makes it a point in time ("15 years ago", "two
days before the shooting": time expressions, bot/extract/timex). In a hyphenated compound the number counts
the unit and describes the noun after it: `what` is that noun ("series"), `unit` the unit in the plural
("matches"). An age's `what` is "age of" whom it is the age of, `unit` "years" (or months, weeks...).
"""

from __future__ import annotations

import re

from bot.extract.amounts._what import extend_qualifier, what_after
from bot.extract.facts import Amount
from bot.extract.lexicon.amounts import AMOUNT_NUMBER_WORDS, COMPOUND_UNITS, RELATIVE_TIME_WORDS, TIME_UNITS

_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred")
# Matched against the text lowered ASCII-only (same offsets): the hyphen and the unit first (a literal is
# found fast), then the number that ends right before it. The unit is letters only: "3-1", "COVID-19" are no
# compounds; "-old" makes an age ("17-year-old", "six-month-old").
_HYPHEN_UNIT = re.compile(r"-(?P<unit>[a-z]+)(?P<old>-olds?)?\b(?!-\w)")
_NUMBER_BEFORE = re.compile(
    rf"(?<![\w@#/.,$€£¥₹+-])(?P<num>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{'|'.join(_NUMBER_WORDS.split())})$"
)
DURATION = re.compile(r"\s+(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|"
                      r"centuries)\b", re.I)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]+),\s(?:aged\s)?$")
_AGED = re.compile(r"\b(?:aged|age of|age)\s$", re.I)
_WORDS_AFTER = re.compile(r"\W*([\w'’]+)(?:\s+([\w'’]+))?")
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w.'’-]+\s){0,3}[A-Z][\w.'’-]+)")


def compound_amounts(lowered: str, text: str) -> list[Amount]:
    """Every hyphenated compound that counts ("four-day visit", "17-year-old Sam Carter"), in order."""
    out = []
    for h in _HYPHEN_UNIT.finditer(lowered):
        n = _NUMBER_BEFORE.search(lowered, max(0, h.start() - 12), h.start())
        if n is not None:
            a = _compound(text, n, h)
            if a is not None:
                out.append(a)
    return out


def _compound(text: str, n: re.Match[str], m: re.Match[str]) -> Amount | None:
    """The compound of the number `n` and the hyphen and unit `m` ("four" + "-day")."""
    raw, unit = text[n.start("num"):n.end("num")], m.group("unit")
    number = AMOUNT_NUMBER_WORDS.get(raw.lower()) if raw[0].isalpha() else float(raw.replace(",", ""))
    if number is None:
        return None
    if m.group("old"):
        if unit not in TIME_UNITS:
            return None
        return _age(text, n.start(), m.end(), raw, number, TIME_UNITS[unit], "age_year_old",
                    _name_after(text, m.end()))
    plural = TIME_UNITS.get(unit) or COMPOUND_UNITS.get(unit)
    if plural is None or (number == 1 and unit not in TIME_UNITS):
        return None  # "one-time", "two-way": no unit counted; "one-man show"
    what, end = what_after(text, m.end())
    end = end if what else m.end()
    rule = "duration_compound" if unit in TIME_UNITS else "count_compound"
    return Amount(n.start(), end, text[n.start():end], raw, number, plural, what or plural, rule)


def duration(text: str, start: int, unit: re.Match[str], value: str, number: float | None) -> Amount | None:
    """A number of time units ("almost two hours"), None when it is a point in time ("15 years ago", "two days
    before the shooting"); before a verb in -ing it lasts until then ("deliberated two hours before returning")."""
    after = _WORDS_AFTER.match(text, unit.end())
    if after is not None and after.group(1).lower() in RELATIVE_TIME_WORDS and not (
            after.group(1).lower() in ("before", "after") and (after.group(2) or "").lower().endswith("ing")):
        return None
    start = extend_qualifier(text, start)
    word = unit.group("unit")
    plural = TIME_UNITS[word.lower()]
    return Amount(start, unit.end(), text[start:unit.end()], value, number, plural, word, "duration")


def age(text: str, start: int, end: int, value: str, number: float) -> Amount | None:
    """An age after a name or "aged" ("Gloria Garcia, 34,", "aged 81"); None when the number is no age."""
    before = text[max(0, start - 60):start]
    named = _NAME_BEFORE.search(before)
    if _AGED.search(before):
        return _age(text, start, end, value, number, "years", "age_aged", named.group(1) if named else None)
    if named and text[end:end + 1] in ",)" and number < 130:
        return _age(text, start, end, value, number, "years", "age_after_name", named.group(1))
    return None


def _age(text: str, start: int, end: int, value: str, number: float, unit: str, rule: str,
         whose: str | None) -> Amount:
    what = f"age of {whose}" if whose else "age"
    return Amount(start, end, text[start:end], value, number, unit, what, rule)


def _name_after(text: str, end: int) -> str | None:
    """The name or the noun an age describes: "17-year-old Sam Carter" -> "Sam Carter", "70-year-old man"."""
    m = _NAME_AFTER.match(text, end)
    if m:
        return m.group(1)
    what, _ = what_after(text, end)
    return what
