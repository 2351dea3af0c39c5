"""Words around amounts: number words with their values, fractions, qualifiers, and the words that end or
refuse what a number counts; read by `bot.extract.amounts`.

Source: written for this project (MIT). The spelled numbers ("two", "forty") are lexicon/numbers.py's, as
floats; "a", "dozen", "several", "hundreds" and the scale words are an amount's own reading.
"""

from __future__ import annotations

from bot.extract.lexicon.numbers import ONES, TENS

# Number word -> value: the spelled numbers of lexicon/numbers.py (as floats), and the words an amount reads as
# a number ("a", "dozen"; "several" and "few" = 3, "hundreds" = 200: an order of magnitude, not a count).
AMOUNT_NUMBER_WORDS: dict[str, float] = {w: float(n) for w, n in (ONES | TENS).items()} | {
    "a": 1.0, "dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "several": 3.0,
    "few": 3.0, "dozens": 24.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6, "billions": 2e9,
}
# Fractions written in words.
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "one-half": 0.5, "one-third": 1 / 3,
    "two-thirds": 2 / 3, "one-quarter": 0.25, "three-quarters": 0.75, "one-fourth": 0.25, "three-fourths": 0.75,
    "one-fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "one-tenth": 0.1,
    "nine-tenths": 0.9,
}
# Qualifiers taken into the amount's phrase ("approximately 18,000"). In order: the first that ends the text
# before the number wins, so "over" is tried before "just over" (and "just over 5" keeps only "over").
AMOUNT_QUALIFIERS = (
    "approximately", "about", "around", "nearly", "almost", "roughly", "some", "over", "under", "more than",
    "less than", "fewer than", "at least", "at most", "up to", "an estimated", "estimated", "just over",
    "just under", "close to", "as many as", "as much as", "upwards of", "only", "just",
)

# Verbs a number completes ("the population growing to 4.8 million"): they end what the number counts.
VERBS_TO_NUMBER = frozenset(
    """growing grew grown grows grow rising rose risen rises rise increasing increased increases increase
    falling fell fallen falls fall dropping dropped drops drop declining declined declines decline
    reaching reached reaches reach totalling totaling totalled totaled totals total numbering numbered
    numbers standing stood stands stand climbing climbed climbs climb jumping jumped jumps jump soaring
    soared surged surging plunged plunging shrank shrinking swelled swelling doubled tripled hit hits
    amounting amounted amounts estimated is was are were be been stays stayed remains remained""".split()
)

# Nouns before a number that name it rather than count ("Article 370", "Flight 171").
NUMBERED_NOUNS = frozenset(
    """no number no. page chapter article section rule clause resolution flight route highway room platform
    gate bus train level phase stage act amendment schedule paragraph para volume vol issue episode season
    tier grade class""".split()
)

# Verbs that end the noun phrase a number counts ("40 percent *support*").
VERBS_AFTER_COUNT = frozenset(
    """said says say agree agrees agreed found think thinks thought believe believes want wants wanted
    support supports oppose opposes voted approve approves disapprove disapproves favor favors prefer
    prefers saw expect expects live lived died remain remained stay stayed arrived left came joined""".split()
)

# Comparatives that end the counted noun phrase ("5 percent *higher*").
COMPARATIVES = frozenset("higher lower more less fewer greater larger smaller bigger better worse".split())

# Nouns in -ing a number may count ("200 buildings"); other -ing words end the phrase. Not EVENT_ING_NOUNS
# (lexicon/events.py), which are event nouns ("the hearing").
AMOUNT_ING_NOUNS = frozenset(
    """building buildings housing meeting meetings funding spending earnings polling""".split()
)

# Words in -ly that are nouns or adjectives ("elderly", "family"); other -ly words are adverbs and end the phrase.
LY_NOUNS = frozenset("likely elderly early daily weekly monthly yearly family assembly".split())

# Words that show a clause, not the noun phrase a number completes ("it was", "said").
NOT_NOUN_PHRASE = frozenset(
    """will would can could should may might must do does did it he she they we i you is was are were has
    have had make makes made said says""".split()
)

# Units of time a number measures: "two months", "almost two hours", "a four-day visit" (singular -> plural).
TIME_UNITS: dict[str, str] = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "night": "nights", "week": "weeks",
    "month": "months", "year": "years", "decade": "decades", "century": "centuries",
} | {p: p for p in ("seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
                    "centuries")}
# Words after a number of time units that make it a point in time, not an amount: "15 years ago", "two days
# before the shooting" (time expressions, bot/extract/timex).
RELATIVE_TIME_WORDS = frozenset("ago later earlier before after back prior hence since".split())
# What a number counts inside a hyphenated compound ("five-match series", "10-member panel"): singular ->
# plural. Time units are TIME_UNITS; "-year-old" is an age. Not "way", "time", "sided", "off": a "two-way
# race", a "one-time payment" count nothing.
COMPOUND_UNITS: dict[str, str] = {
    "match": "matches", "test": "tests", "game": "games", "member": "members", "judge": "judges",
    "person": "people", "man": "men", "woman": "women", "point": "points", "page": "pages", "seat": "seats",
    "storey": "storeys", "story": "stories", "floor": "floors", "bed": "beds", "lane": "lanes",
    "nation": "nations", "team": "teams", "km": "km", "kilometre": "kilometres", "kilometer": "kilometers",
    "mile": "miles", "metre": "metres", "meter": "meters", "tonne": "tonnes", "ton": "tons", "run": "runs",
    "wicket": "wickets", "goal": "goals", "set": "sets", "round": "rounds", "stage": "stages", "leg": "legs",
    "vote": "votes", "episode": "episodes", "part": "parts", "city": "cities",
    "country": "countries",
}
