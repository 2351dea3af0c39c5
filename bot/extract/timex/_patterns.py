"""Regular-expression pieces the rules are built from: names spelled from the word lists of
`bot.extract.lexicon` (case-sensitive where a name is also a common word), numbers, and the small words that
modify them. tests/extract/lexicon/test_calendar.py checks that a piece and its word list agree.
"""

from __future__ import annotations

from bot.extract.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from bot.extract.lexicon.numbers import ONES, TENS


def _cased(words: list[str] | tuple[str, ...]) -> str:
    """The Capitalised and UPPER forms of each word, longest first."""
    forms: list[str] = []
    for w in sorted(words, key=len, reverse=True):
        forms += [w.capitalize(), w.upper()]
    return "|".join(forms)


B = r"(?<![\w’'-])"  # start of a word
E = r"(?!\w|['’](?![sS]\b))"  # end of a word (a possessive "'s" may follow)

# Month and weekday names are matched case-sensitively: "may" and "march" the verbs, "sun" the star.
MONTH_FULL = rf"(?-i:{_cased(MONTH_NAMES)})"
MONTH_ANY = rf"(?-i:{_cased(MONTH_NAMES)}|(?:{_cased(list(MONTH_ABBREVIATIONS))})\.?)"
WEEKDAY_FULL = rf"(?-i:{_cased(WEEKDAY_NAMES)})"
# the abbreviations of lexicon.calendar.WEEKDAY_ABBREVIATIONS, only with their period
WEEKDAY_ANY = rf"(?-i:{_cased(WEEKDAY_NAMES)}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.]\d|%)"
YYYY = r"(?:1[6-9]\d\d|20\d\d)"  # a four-digit year

# the units of `_numbers.unit_code`, singular and plural
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|millennium|millennia)"
)

_ONES_RE = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
NUM_WORD = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_ONES_RE}))?|{_ONES_RE}|(?:a|one)\s+hundred|hundreds|a\s+dozen|dozen)"
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?|{NUM_WORD}(?:\s+and\s+a\s+half)?)"
VAGUE = r"(?:a\s+few|few|several|some|many|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+number\s+of|numerous)"

QUARTER_ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
CENTURY_ORD = r"(?:(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))"  # noqa: E501

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
ZONE = r"(?-i:E[SD]T|C[SD]T|M[SD]T|P[SD]T|GMT|UTC|BST|CET|CEST|IST|JST|ET|PT)\b"  # time-zone abbreviations
TZ = rf"{ZONE}|local\s+time"

# the holidays of lexicon.calendar.HOLIDAYS, capitalised, with a straight or curly apostrophe
HOLIDAY_NAME = (
    r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Halloween|Valentine['’]s\s+Day"
    r"|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday)"
)

REL = r"(?:this|last|next|past|previous|coming|current|following|same|upcoming|that)"
# the day a clock time is on: "10:35 a.m. on Monday", "noon, Jan. 5"
DAYREF = (
    rf"(?:(?:{WEEKDAY_ANY},?\s+)?{MONTH_ANY}\s*{DAY}(?:,?\s+{YYYY})?|{DAY}\s+{MONTH_ANY}(?:,?\s+{YYYY})?"
    rf"|{WEEKDAY_FULL}|yesterday|today|tomorrow)"
)
# the year after a month (and day): "May 5, 2024", "November 7 last year"
YEAR_SUFFIX = r"(?:,?\s+(?P<y>" + YYYY + r")(?![\d,.]\d)|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year)"
