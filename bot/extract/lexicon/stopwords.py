"""Stop words: the function words each extractor skips, one list per purpose.

Source: written for this project (MIT). The three lists look alike but differ on purpose (and
tests/extract/lexicon/test_word_lists.py checks how), so they are kept apart:

- NAME_STOP_WORDS: never a person's name, whatever the case ("The", "Said", "Breaking", "Monday"): function
  words, reporting verbs, headline labels, months and weekdays with their abbreviations;
- AMOUNT_STOP_WORDS: words that end what a number counts ("18,000 people *who* ..."), with the time units
  ("5 *years*") that make the number a duration, but no reporting verbs or headline labels;
- EVENT_STOP_WORDS: words that never become an event key ("*his* inauguration"), with honorifics and the
  verbs of saying ("said", "told": a report is not the event), but no time units.
"""

from __future__ import annotations

from bot.extract.lexicon.calendar import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS

# Never a person's name, whatever its case; every month and weekday (with abbreviations) is added below.
_NAME_STOP_WORDS = frozenset(
    """the a an and or but nor so yet for of in on at by to from with without about above after against along
    among around as before behind below beneath beside between beyond despite during except inside into
    like near off onto outside over past since through throughout till toward towards under underneath
    until unlike up upon via within this that these those there here where when while why how what which
    who whom whose it its it's he she they we you i me him her them us my your his our their mine yours
    hers ours theirs if then than also only just even still already not no yes all any both each every few
    many more most much other some such one two three four five six seven eight nine ten first second
    third last next new old former latter according meanwhile however moreover furthermore therefore thus
    hence although though because whereas unless whether once now today tomorrow yesterday tonight may is
    are was were be been being have has had do does did will would shall should can could might must said
    says say told tells added asked noted stated announced reported wrote writes dear sir madam ladies
    gentlemen breaking update updated exclusive watch read live photos video opinion analysis editorial
    comment explainer neither either several whatever whichever whoever whenever wherever regarding""".split()
)
NAME_STOP_WORDS = _NAME_STOP_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)

# Month and weekday names in full: no word of a person's name, in any case ("MONDAY" too, which
# NAME_STOP_WORDS lets through as an acronym would be).
FULL_MONTH_AND_WEEKDAY_NAMES = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)

# Words that end the noun phrase a number counts, or that precede one without being it.
AMOUNT_STOP_WORDS = frozenset(
    """the a an and or but nor who whom whose which that this these those in on at to for with by from as
    than since during until into onto over under after before about against between through per is are was
    were be been being has have had will would could should may might can must do does did not no so if
    then while when where because although though it its their his her our my your we they he she i you us
    them him me also just only still even yet each every all both either neither more most less least such
    same other another s year years month months week weeks day days hour hours minute minutes ago old
    earlier later last next according among amongst across within without behind beyond near via toward
    towards including like amid amidst upon off out up down around along""".split()
)

# Words that never become an event key (bot.extract.event_words.event_keys).
EVENT_STOP_WORDS = frozenset(
    """a an the and or but of to in on at by for from with without as into onto over under about after before
    since until till during following than then that this these those there here his her hers its their
    theirs our ours your yours my mine me him them us we you they he she it i who whom whose which what
    when where why how is are was were be been being am do does did done doing have has had having will
    would shall should can could may might must not no nor so such very too also just only own same other
    another some any each every all both either neither more most less least much many few several first
    last next new old up down out off again further once soon later earlier ago yet still even mr mrs ms
    dr s t said says say told tell""".split()
)

# Lower-case words a Title Case headline may hold ("Modi Meets Trump in Washington"); a line with any
# other lower-case word is no headline.
HEADLINE_LOWER_WORDS = frozenset(
    """a an the and or but nor of in on at to for by with from as into vs via per up off out over""".split()
)

# Small words that a headline capitalises ("Goes After", "Of"): not a surname after a given name. Fewer than
# HEADLINE_LOWER_WORDS: "Up", "Off", "Out", "Over", "Per", "Via" and "Vs" may be names.
HEADLINE_CAPITALISED_WORDS = frozenset(
    w.title() for w in "a an the and or but nor of in on at to for by with from as into".split()
)
