"""Number words: each defined once, and the regular expressions spelled from them agree with them."""

from __future__ import annotations

import re

import pytest

from bot.extract.lexicon.numbers import COUNT_NOUNS, ONES, ORDINALS, QUANTITY_BEFORE, TENS
from bot.extract.timex import _patterns as p
from bot.extract.timex._numbers import number
from bot.extract.timex.rules.quarters import _QORD


def test_no_list_repeats_a_word() -> None:
    assert not set(ONES) & set(TENS)
    assert not COUNT_NOUNS & QUANTITY_BEFORE
    assert sorted(ONES.values()) == list(range(1, 20))
    assert sorted(TENS.values()) == list(range(20, 100, 10))


@pytest.mark.parametrize(("word", "value"), [*ONES.items(), *TENS.items(), ("twenty-four", 24), ("ninety nine", 99)])
def test_number_words_match_and_read(word: str, value: int) -> None:
    assert re.fullmatch(p.NUM, word, re.IGNORECASE)
    assert number(word) == value


def test_ordinals_of_quarters_and_centuries() -> None:
    # QUARTER_ORD takes the first four ordinals and "final" (the fourth quarter); CENTURY_ORD every spelled one
    assert all(re.fullmatch(p.QUARTER_ORD, w) for w in _QORD)
    assert all(re.fullmatch(p.CENTURY_ORD, w) for w in ORDINALS)
