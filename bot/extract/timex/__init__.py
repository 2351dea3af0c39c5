"""Temporal expressions: find them and normalise them to TimeML values, pure Python.

`find_timexes(text, sentences, published)` runs every rule of `rules.RULES` over the stretches of text
around time words (one trie-shaped regex finds them, `_triggers`, so most of an article is never scanned
by the rules), keeps the longest non-overlapping matches (`_candidates`; a match its normaliser refuses
frees its span for shorter ones), and normalises each one relative to a reference date (`_find`):

- the publication date when known (anchor "published");
- otherwise the latest fully written date in the text (anchor "inferred"), or failing that a month-day
  whose weekday fixes its year ("Friday (March 14)");
- otherwise none, and relative values keep X placeholders (anchor "unresolved").

Weekdays and dates written without a year are resolved with the tense of the words around them
("on Monday spoke" = the Monday before publication; "will meet on Monday" = the one after; `_tense`).
"That day", "the next morning", "later that year" take the latest preceding date of the text (anchor
"inferred"; `_anaphors`). A past month-day written without a year takes the year an earlier "a 2016
shooting" gives the same event (`_event_year`, anchor "inferred"). A last pass (`_anchor`) adds phrases
dated relative to an event, "the day after the inauguration on January 20", "the eve of the parade"
(anchor "anchored", rule "anchored"). Every Timex names the rule that
produced it in `Timex.rule`. Calendar arithmetic is in `_calendar`, numbers and durations in `_numbers`,
the word lists in `bot.extract.lexicon` (calendar, numbers).

How to add a rule
-----------------
A rule is one `Rule` value (`_rule.py`) declared in the module of `rules/` whose family it belongs to
(dates, years, quarters, days, clock, relative, durations), right below its normaliser:

1. Write the normaliser `_norm_<name>(ctx, m) -> Norm | None`: from the match `m` (read its named groups)
   and `ctx` (the text, the reference date `ctx.ref`, `ctx.tense(start, end)`, `ctx.sentence(pos)`) return
   `(type, value, relative?)` — type DATE, TIME, DURATION or SET, value in TimeML, relative? True when the
   value depends on the reference date — or `(type, value, relative?, start, end)` to narrow the span, or
   None to refuse the match (its span is then free for shorter matches).
2. Declare `NAME = Rule("name", pattern(r"..."), triggers=frozenset({...}), normalise=_norm_<name>,
   examples=(...), negatives=(...))` beside it. Build the pattern from the pieces of `_patterns`
   (B and E bound a word; month and weekday names are case-sensitive); a new word list goes in
   `bot/extract/lexicon/` (calendar.py, numbers.py), once, with its source. `triggers` are the kinds
   of `_triggers` of which one must occur inside every match (UNIT_WORD for "week", MONTH_MARK for
   "Jan."...); if your rule's text has no trigger word, add the word to `_TRIGGER_WORDS` (a rule only runs from 50
   characters before a trigger to 40 after it: `_triggers._LEFT`, `_RIGHT`). Give at least
   one example `(text, value)` — or `(text, value, published)` when the value depends on another
   publication date than `_rule.EXAMPLE_DATE` (2025-01-28), None for an undated text — and turn every
   refusal of the normaliser into a negative: a text in which the rule must give nothing, with a comment
   saying why ("a name, not a year").
3. Add it to `RULES` in `rules/__init__.py`: the position is its priority, which breaks ties between
   overlapping matches of equal length (the earlier wins; a longer match always wins). Put a more
   specific rule before a more general one that can match the same span.
4. Run the rule test and the golden test:
   `.venv/bin/python -m pytest -q tests/extract/timex tests/extract/test_timex.py tests/extract/test_golden.py`.
   The first runs every rule's examples and negatives (and fails for a rule without an example); the
   golden test shows any change to the output of the seeds and synthetic articles — if the change is
   wanted, regenerate the golden files in a commit of its own (see tests/extract/test_golden.py).
"""

from __future__ import annotations

from bot.extract.timex._context import parse_iso_date
from bot.extract.timex._find import find_timexes

__all__ = ["find_timexes", "parse_iso_date"]
