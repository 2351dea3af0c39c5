"""Word lists and regular-expression fragments for the temporal tagger (`bot.extract.timex`).

Everything here is data: how English news writes months, weekdays, numbers, units and the small words
that modify them. The rules that combine these pieces live in `_patterns`.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]


def _cased(words: list[str]) -> str:
    forms: list[str] = []
    for w in sorted(words, key=len, reverse=True):
        forms += [w.capitalize(), w.upper()]
    return "|".join(forms)


# Month and weekday names are matched case-sensitively: "may" and "march" the verbs, "sun" the star.
MONTH_FULL = rf"(?-i:{_cased(_FULL_MONTHS)})"
MONTH_ANY = rf"(?-i:{_cased(_FULL_MONTHS)}|(?:{_cased([a.lower() for a in _ABBR_MONTHS])})\.?)"
WEEKDAY_FULL = rf"(?-i:{_cased([w for w in WEEKDAYS if len(w) > 5])})"
WEEKDAY_ANY = rf"(?-i:{_cased([w for w in WEEKDAYS if len(w) > 5])}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.]\d|%)"
YYYY = r"(?:1[6-9]\d\d|20\d\d)"  # a four-digit year

UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|millennium|millennia)"
)

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
_ONES_RE = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
NUM_WORD = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_ONES_RE}))?|{_ONES_RE}|(?:a|one)\s+hundred|hundreds|a\s+dozen|dozen)"
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?|{NUM_WORD}(?:\s+and\s+a\s+half)?)"
VAGUE = r"(?:a\s+few|few|several|some|many|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+number\s+of|numerous)"

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
QUARTER_ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
CENTURY_ORD = r"(?:(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))"  # noqa: E501

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
                "overnight": "NI"}

# Modifiers that belong inside a timex span ("late November", "the end of 2024", "mid-1990s").
MOD = (
    r"(?:early|late|mid-|mid|the\s+(?:early|late)\s+part\s+of|the\s+(?:end|beginning|start|middle|close|turn"
    r"|first\s+half|second\s+half|latter\s+half|first\s+part|last\s+part)\s+of|the\s+first\s+(?:days?|weeks?)"
    r"\s+of|the\s+last\s+(?:days?|weeks?)\s+of|(?:the\s+)?(?:end|start|beginning)\s+of)"
)
# Approximators that TimeML keeps inside a duration ("about two years", "at least 30 days").
APPROX = (
    r"(?:about|around|roughly|approximately|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|over"
    r"|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just|only|barely|within"
    r"|well\s+over|close\s+to|upwards\s+of)"
)
TZ = r"(?-i:E[SD]T|C[SD]T|M[SD]T|P[SD]T|GMT|UTC|BST|CET|CEST|IST|JST|ET|PT)\b|local\s+time"

HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1), "new year": (1, 1),
    "halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26),
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
    "labor day": "labor", "memorial day": "memorial",
    "easter": "easter", "easter sunday": "easter", "good friday": "goodfriday",
}
HOLIDAY_NAME = (
    r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Halloween|Valentine['’]s\s+Day"
    r"|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday)"
)

# Words after a bare number that show it counts things rather than naming a year.
COUNT_NOUNS = frozenset(
    """people persons men women children troops soldiers workers jobs employees members votes voters shares
    tons tonnes barrels units cars homes houses acres miles kilometers km metres meters feet pounds
    dollars euros yuan rupees cases deaths dead residents refugees migrants students points seats copies
    signatures delegates cents percent per calories hectares""".split()
)
# Words before a bare number that show it is a quantity ("about 2000", "$2000").
QUANTITY_BEFORE = frozenset(
    """about approximately nearly almost some over than roughly around only just estimated""".split()
)
