"""Number words, ordinals, and the words around a bare number that show it is a quantity, not a year.

Source: written for this project (MIT). Used by the temporal tagger (`bot.extract.timex`); the amounts
extractor has its own number words with fractions and scales (`bot/extract/amounts_lex.py`).
"""

from __future__ import annotations

# Spelled numbers below twenty, and the tens: "twenty-four" is TENS + ONES.
ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Ordinals as written in "the 19th century", "the first quarter" (spelled up to the twenty-first).
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Words after a bare number that show it counts things rather than naming a year ("2000 people").
COUNT_NOUNS = frozenset(
    """people persons men women children troops soldiers workers jobs employees members votes voters shares
    tons tonnes barrels units cars homes houses acres miles kilometers km metres meters feet pounds
    dollars euros yuan rupees cases deaths dead residents refugees migrants students points seats copies
    signatures delegates cents percent per calories hectares""".split()
)
# Words before a bare number that show it is a quantity ("about 2000", "some 2000").
QUANTITY_BEFORE = frozenset(
    """about approximately nearly almost some over than roughly around only just estimated""".split()
)
