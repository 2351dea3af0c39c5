"""Word lists for amounts.py."""

from __future__ import annotations

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    "lakh crore": 1e12, "lakh crores": 1e12, "thousand crore": 1e10, "thousand crores": 1e10,
}
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "USD": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "₹": "INR", "RS": "INR", "INR": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "pounds sterling": "GBP", "rupee": "INR", "yuan": "CNY",
    "yen": "JPY", "ruble": "RUB", "rouble": "RUB", "peso": "MXN", "franc": "CHF", "dirham": "AED", "riyal": "SAR",
}
MONTHS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
NUMBER_WORDS = {
    "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
    "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0, "twelve": 12.0, "thirteen": 13.0, "fourteen": 14.0,
    "fifteen": 15.0, "sixteen": 16.0, "seventeen": 17.0, "eighteen": 18.0, "nineteen": 19.0, "twenty": 20.0,
    "thirty": 30.0, "forty": 40.0, "fifty": 50.0, "sixty": 60.0, "seventy": 70.0, "eighty": 80.0, "ninety": 90.0,
    "dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "several": 3.0,
    "few": 3.0, "dozens": 24.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6, "billions": 2e9,
}
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "one-half": 0.5, "one-third": 1 / 3,
    "two-thirds": 2 / 3, "one-quarter": 0.25, "three-quarters": 0.75, "one-fourth": 0.25, "three-fourths": 0.75,
    "one-fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "one-tenth": 0.1,
    "nine-tenths": 0.9,
}
QUALIFIERS = (
    "approximately", "about", "around", "nearly", "almost", "roughly", "some", "over", "under", "more than",
    "less than", "fewer than", "at least", "at most", "up to", "an estimated", "estimated", "just over",
    "just under", "close to", "as many as", "as much as", "upwards of", "only", "just",
)
STOP_WORDS = frozenset(
    """the a an and or but nor who whom whose which that this these those in on at to for with by from as than
    since during until into onto over under after before about against between through per is are was were
    be been being has have had will would could should may might can must do does did not no so if then
    while when where because although though it its their his her our my your we they he she i you us them
    him me also just only still even yet each every all both either neither more most less least such
    same other another s year years month months week weeks day days hour hours minute minutes ago old
    earlier later last next according among amongst across within without behind beyond near via toward towards
    including like amid amidst upon onto off out up down around along""".split()
)
VERBS_TO_NUMBER = frozenset(
    """growing grew grown grows grow rising rose risen rises rise increasing increased increases increase
    falling fell fallen falls fall dropping dropped drops drop declining declined declines decline reaching
    reached reaches reach totalling totaling totalled totaled totals total numbering numbered numbers
    standing stood stands stand climbing climbed climbs climb jumping jumped jumps jump soaring soared
    surged surging plunged plunging shrank shrinking swelled swelling doubled tripled hit hits amounting
    amounted amounts estimated is was are were be been stays stayed remains remained""".split()
)
