"""Calendar words: months, weekdays, seasons, parts of the day, holidays and decades, as English news
writes them, with the numbers and TimeML codes the temporal tagger (`bot.extract.timex`) gives them.

Source: written for this project (MIT). The codes are TimeML's (TimeML 1.2.1 value attribute: SP/SU/FA/WI
for seasons, MO/AF/EV/NI for parts of the day). The case-sensitive regular expressions spelled from these
lists are in `bot/extract/timex/_patterns.py`; tests/extract/lexicon/test_calendar.py checks they agree.
"""

from __future__ import annotations

# January = 1; "may", "march" and "august" are also common words: the tagger matches them only capitalised.
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)
# Abbreviations news writes, with or without a period ("Jan.", "Sept"). Not "may", "june", "july": in full.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
MONTHS: dict[str, int] = {name: n for n, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS

# Monday = 0, as `datetime.date.weekday()`. Abbreviations are matched only with a period ("Sun." not the star).
WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
WEEKDAYS: dict[str, int] = {name: n for n, name in enumerate(WEEKDAY_NAMES)} | WEEKDAY_ABBREVIATIONS

# Season -> TimeML season code ("fall" and "autumn" are the same season).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Part of the day -> TimeML code ("last night", "Friday morning", "tonight").
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI",
}

# Holiday (lower case, straight apostrophe) -> its (month, day), or the name of the rule that computes its
# date in a given year (`bot.extract.timex._calendar.holiday_date`): US holidays and Easter.
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1), "new year": (1, 1),
    "halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26),
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
    "labor day": "labor", "memorial day": "memorial",
    "easter": "easter", "easter sunday": "easter", "good friday": "goodfriday",
}

# A decade written as a word -> its tens digit, in the 1900s ("the sixties" = 196).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}
