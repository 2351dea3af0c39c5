"""Regular-expression pieces shared by several rules (the word-list pieces are in `_lex`)."""

from __future__ import annotations

from bot.extract.timex._lex import DAY, MONTH_ANY, WEEKDAY_ANY, WEEKDAY_FULL, YYYY

B = r"(?<![\w’'-])"  # start of a word
E = r"(?!\w|['’](?![sS]\b))"  # end of a word (a possessive "'s" may follow)
REL = r"(?:this|last|next|past|previous|coming|current|following|same|upcoming|that)"
# the day a clock time is on: "10:35 a.m. on Monday", "noon, Jan. 5"
DAYREF = (
    rf"(?:(?:{WEEKDAY_ANY},?\s+)?{MONTH_ANY}\s*{DAY}(?:,?\s+{YYYY})?|{DAY}\s+{MONTH_ANY}(?:,?\s+{YYYY})?"
    rf"|{WEEKDAY_FULL}|yesterday|today|tomorrow)"
)
# the year after a month (and day): "May 5, 2024", "November 7 last year"
YEAR_SUFFIX = r"(?:,?\s+(?P<y>" + YYYY + r")(?![\d,.]\d)|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year)"
