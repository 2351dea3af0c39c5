"""The calendar words: each defined once, and the regular expressions spelled from them agree with them.

Where a list and its spelling differ on purpose, the test says how.
"""

from __future__ import annotations

import re

import pytest

from bot.extract.lexicon.calendar import (
    DECADE_WORDS,
    HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from bot.extract.timex import _patterns as p
from bot.extract.timex import _triggers as tr
from bot.extract.timex._calendar import holiday_date
from bot.extract.timex._numbers import unit_code
from bot.extract.timex.rules.years import DECADE


def _full(piece: str, text: str, flags: int = re.IGNORECASE) -> bool:
    return re.fullmatch(piece, text, flags) is not None


def test_no_list_repeats_a_word() -> None:
    for words in (MONTH_NAMES, WEEKDAY_NAMES):
        assert len(words) == len(set(words))
    assert not set(MONTH_NAMES) & set(MONTH_ABBREVIATIONS)
    assert not set(WEEKDAY_NAMES) & set(WEEKDAY_ABBREVIATIONS)
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert sorted(set(WEEKDAYS.values())) == list(range(7))


@pytest.mark.parametrize("name", MONTH_NAMES)
def test_month_names_match_only_capitalised(name: str) -> None:
    assert _full(p.MONTH_FULL, name.capitalize()) and _full(p.MONTH_FULL, name.upper())
    assert not _full(p.MONTH_FULL, name)  # "may", "march": the verbs
    assert _full(p.MONTH_ANY, name.capitalize())


@pytest.mark.parametrize("abbr", list(MONTH_ABBREVIATIONS))
def test_month_abbreviations_match_with_or_without_a_period(abbr: str) -> None:
    assert _full(p.MONTH_ANY, abbr.capitalize()) and _full(p.MONTH_ANY, abbr.capitalize() + ".")
    assert not _full(p.MONTH_FULL, abbr.capitalize())  # a rule that wants the full name ("last March")


@pytest.mark.parametrize("abbr", list(WEEKDAY_ABBREVIATIONS))
def test_weekday_abbreviations_match_only_with_a_period(abbr: str) -> None:
    # WEEKDAY_ANY spells the abbreviations as a regex (Tues?, Thu(?:rs?)?); "Sun" alone is the star
    assert _full(p.WEEKDAY_ANY, abbr.capitalize() + ".")
    assert not _full(p.WEEKDAY_ANY, abbr.capitalize())


def test_weekday_names_and_month_prefixes_are_trigger_words() -> None:
    assert all(tr._TRIGGER_WORDS[w] == tr.WEEKDAY_WORD for w in WEEKDAY_NAMES)
    assert tr._MONTH_PREFIXES == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# A key the holiday pattern never produces: HOLIDAY_NAME wants "New Year's" (with the 's) and so never gives
# "new year". Kept as it is: a restructure changes no behaviour.
_UNREACHABLE_HOLIDAYS = {"new year"}


@pytest.mark.parametrize("key", list(HOLIDAYS))
def test_holidays_and_their_pattern_agree(key: str) -> None:
    written = " ".join(w.capitalize() for w in key.split())
    assert _full(p.HOLIDAY_NAME, written) == (key not in _UNREACHABLE_HOLIDAYS)
    assert holiday_date(HOLIDAYS[key], 2025).year == 2025
    assert any(w.removesuffix("'s") in tr._TRIGGER_WORDS for w in key.split())  # a trigger word inside every holiday


def test_decade_words_are_spelled_in_the_decade_rule_and_are_trigger_words() -> None:
    for word in DECADE_WORDS:
        assert DECADE.pattern.fullmatch(f"the {word}"), word
        assert tr._TRIGGER_WORDS[word] == tr.OTHER_WORD


def test_seasons_and_parts_of_day_have_timeml_codes() -> None:
    assert set(SEASONS.values()) == {"SP", "SU", "FA", "WI"}
    assert set(PARTS_OF_DAY.values()) == {"MO", "AF", "EV", "NI"}
    assert all(tr._TRIGGER_WORDS.get(s) == tr.UNIT_WORD for s in SEASONS)


@pytest.mark.parametrize(
    "unit", ["second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter",
             "year", "decade", "century", "millennium"],
)
def test_every_unit_of_unit_code_is_in_the_unit_pattern(unit: str) -> None:
    plural = {"century": "centuries", "millennium": "millennia"}.get(unit, unit + "s")
    assert _full(p.UNIT, unit) and _full(p.UNIT, plural)
    assert unit_code(unit) == unit_code(plural)
