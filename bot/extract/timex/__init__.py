"""Temporal expressions: find them and normalise them to TimeML values, pure Python.

`find_timexes(text, sentences, published)` runs every rule over the stretches of text around time words
(one trie-shaped regex finds them, `_triggers`, so most of an article is never scanned by the rules), keeps
the longest non-overlapping matches (`_candidates`; a match its normaliser refuses frees its span for
shorter ones), and normalises each one relative to a reference date (`_find`):

- the publication date when known (anchor "published");
- otherwise the latest fully written date in the text (anchor "inferred");
- otherwise none, and relative values keep X placeholders (anchor "unresolved").

Weekdays and dates written without a year are resolved with the tense of the words around them
("on Monday spoke" = the Monday before publication; "will meet on Monday" = the one after; `_tense`).
"That day", "the next morning", "later that year" take the latest preceding date of the text (anchor
"inferred"; `_anaphors`). A second pass (`_anchor`) adds phrases dated relative to an event, "the day after
the inauguration on January 20" (anchor "anchored"). Calendar arithmetic is in `_calendar`, numbers and
durations in `_numbers`.
"""

from __future__ import annotations

from bot.extract.timex._candidates import select as _select  # noqa: F401  (tests/extract/test_scaling.py)
from bot.extract.timex._context import parse_iso_date
from bot.extract.timex._find import find_timexes

__all__ = ["find_timexes", "parse_iso_date"]
