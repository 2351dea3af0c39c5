"""Amounts: numbers with their unit and what they count ("approximately 18,000 undocumented Indians").

Rules, no model:
- numbers in digits ("18,000", "4.8 million", "3m"), money ("$5 billion", "Rs 500 crore", "€3m", "5 million
  dollars"), percentages ("40 percent", "12%"), and number words ("a dozen", "two-thirds", "hundreds of",
  "three leaders");
- ages, durations and counts in compounds (`_time`): "17-year-old Sam Carter", "Gloria Garcia, 34,", "aged
  81", "almost two hours", "a four-day visit", "the five-match series";
- not amounts: years, dates and day numbers ("January 27", "27 Jan"), times ("9:30", "10 a.m."), ordinals,
  codes glued to letters or hyphens ("H1-B", "H-1B", "F-16", "COVID-19"), phone numbers, numbers inside
  URLs, handles and hashtags; points in time ("15 years ago", "two days before the shooting": time
  expressions); compounds that count nothing ("a one-time payment", "a two-way race", "a 50-50 split");
- `what`: the noun phrase that follows ("18,000 undocumented Indians", "40 percent of voters"), else the
  subject of the clause that the number completes ("the Indian-origin population in the US growing to 4.8
  million" -> "Indian-origin population in the US"), with a trailing "as of 2020" / "in 2020" kept.

`value` is the number as written with its scale word ("4.8 million"), without currency or percent sign;
`unit` is "USD", "INR", "EUR", "GBP"…, "%", "percentage points", "fraction", a unit of time ("years",
"hours") or the counted noun phrase. The modules: `_find` (digits and words, what is refused), `_time`
(ages, durations, compounds), `_what` (what a number counts). Every Amount records its `rule`.
"""

from __future__ import annotations

from bot.extract.amounts._find import find_amounts

__all__ = ["find_amounts"]
