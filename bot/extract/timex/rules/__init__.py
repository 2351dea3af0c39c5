"""Every timex rule, in order of priority: when two matches overlap and are as long as each other, the one
whose rule comes first wins (longer matches always win). See the package docstring to add one."""

from __future__ import annotations

from bot.extract.timex._rule import Rule
from bot.extract.timex.rules.clock import CLOCK, CLOCK24, DAYREF_CLOCK, NOON, POD_MOD
from bot.extract.timex.rules.dates import DMY, HOLIDAY, ISO, MDY, MONTH, MY, NUMDATE, SECOND_DAY, WEEK_OF
from bot.extract.timex.rules.days import ANAPHOR, POD, RELDAY, THE_DAY, WEEKDAY
from bot.extract.timex.rules.durations import DURATION, SET, TIMES_PER, VAGUE_PLURAL
from bot.extract.timex.rules.quarters import FIN_ADJ, FIN_PERIOD, QUARTER, QUARTER_REL
from bot.extract.timex.rules.relative import AGO, REFS, RELUNIT, TERM, THE_UNIT
from bot.extract.timex.rules.years import AYEAR, CENTURY, DECADE, HALF, SPELLED_YEAR, YEAR, YEAR_END

RULES: tuple[Rule, ...] = (
    ISO,
    NUMDATE,
    MDY,
    DMY,
    MY,
    MONTH,
    YEAR,
    AYEAR,
    DECADE,
    CENTURY,
    QUARTER,
    QUARTER_REL,
    RELDAY,
    POD,
    CLOCK,
    CLOCK24,
    NOON,
    DAYREF_CLOCK,
    WEEKDAY,
    RELUNIT,
    AGO,
    DURATION,
    VAGUE_PLURAL,
    REFS,
    SET,
    TIMES_PER,
    FIN_PERIOD,
    FIN_ADJ,
    THE_UNIT,
    THE_DAY,
    TERM,
    WEEK_OF,
    HALF,
    YEAR_END,
    POD_MOD,
    ANAPHOR,
    SPELLED_YEAR,
    HOLIDAY,
    SECOND_DAY,
)

__all__ = ["RULES", "Rule"]
