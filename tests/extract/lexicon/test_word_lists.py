"""The word lists of people, amounts and events: each defined once, no word twice in a list, and where two
lists look alike, how they differ on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.extract.lexicon import amounts, events, names, organisations, places, stopwords, titles
from bot.extract.lexicon.calendar import MONTHS, WEEKDAYS
from bot.extract.lexicon.numbers import ONES, TENS
from bot.extract.lexicon.speech import CUE_VERBS

MODULES = [titles, names, places, organisations, stopwords, events, amounts]


def _literals(module: object) -> list[tuple[str, list[str]]]:
    """(list name, words) for every `"...".split()` word list, every tuple of strings and every dict's keys."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        name = ast.unparse(target)
        for sub in ast.walk(node.value):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "split" \
                    and isinstance(sub.func.value, ast.Constant):
                out.append((name, sub.func.value.value.split()))
            elif isinstance(sub, ast.Tuple) and all(isinstance(e, ast.Constant) for e in sub.elts):
                out.append((name, [e.value for e in sub.elts]))
            elif isinstance(sub, ast.Dict):
                out.append((name, [k.value for k in sub.keys if isinstance(k, ast.Constant)]))
    return out


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rpartition(".")[2])
def test_no_list_repeats_a_word(module: object) -> None:
    for name, words in _literals(module):
        repeated = sorted({w for w in words if words.count(w) > 1})
        assert not repeated, f"{name} repeats {repeated}"


def test_no_event_word_in_two_groups() -> None:
    seen: dict[str, str] = {}
    for key, words in events.EVENT_GROUPS.items():
        for w in words.split():
            assert w not in seen, f"{w!r} in {seen[w]!r} and {key!r}"
            seen[w] = key
    assert seen == events.EVENT_SYNONYMS


def test_calendar_words_have_one_home() -> None:
    """Months and weekdays come from lexicon/calendar.py: people never take them for names, amounts read a
    number beside a month as a date."""
    assert set(MONTHS) | set(WEEKDAYS) <= stopwords.NAME_STOP_WORDS
    assert stopwords.FULL_MONTH_AND_WEEKDAY_NAMES < stopwords.NAME_STOP_WORDS
    assert "sept" in stopwords.NAME_STOP_WORDS and "sept" not in stopwords.FULL_MONTH_AND_WEEKDAY_NAMES


def test_the_three_stop_lists_differ_on_purpose() -> None:
    name, amount, event = stopwords.NAME_STOP_WORDS, stopwords.AMOUNT_STOP_WORDS, stopwords.EVENT_STOP_WORDS
    # all three skip the function words
    assert {"the", "in", "his", "which", "may"} <= name & amount & event
    # time units end what a number counts ("5 years" is a duration): only amounts stop there
    assert {"year", "years", "day", "weeks"} <= amount - name - event
    # honorifics and "tell" are never event keys, but "Mr" and "Dr" are handled as honorifics by people
    assert {"mr", "dr", "tell", "very"} <= event - name - amount
    # reporting verbs, headline labels and calendar words are never names; amounts and events need them
    # neither as stop words (a calendar word beside a number is refused by amounts itself)
    assert {"stated", "breaking", "exclusive", "monday", "january"} <= name - amount - event
    # "said" is a name's stop word and an event's, but may follow a count ("40 percent said")
    assert "said" in name & event and "said" not in amount


def test_determiners_differ_on_purpose() -> None:
    # before a title: adjectives of tenure; before an event word: demonstratives
    assert {"former", "outgoing", "acting"} <= titles.TITLE_DETERMINERS - events.EVENT_DETERMINERS
    assert {"this", "these", "my"} <= events.EVENT_DETERMINERS - titles.TITLE_DETERMINERS
    assert {"the", "his", "their"} <= titles.TITLE_DETERMINERS & events.EVENT_DETERMINERS


def test_ing_nouns_differ_on_purpose() -> None:
    # amounts count things ("200 buildings"), events name happenings ("the hearing")
    assert {"buildings", "funding", "earnings"} <= amounts.AMOUNT_ING_NOUNS - events.EVENT_ING_NOUNS
    assert {"hearing", "shooting", "wedding"} <= events.EVENT_ING_NOUNS - amounts.AMOUNT_ING_NOUNS
    assert {"meeting", "meetings"} <= amounts.AMOUNT_ING_NOUNS & events.EVENT_ING_NOUNS


def test_irregular_lists_differ_on_purpose() -> None:
    """IRREGULAR_FORMS maps every irregular form to its stem (participles, and verbs of saying or seeing);
    IRREGULAR_PAST_TRIGGERS is the subset of past forms that are event verbs on their own."""
    forms, triggers = set(events.IRREGULAR_FORMS), events.IRREGULAR_PAST_TRIGGERS
    assert triggers <= forms
    assert {"seen", "written", "fallen", "said", "thought"} <= forms - triggers
    assert {"met", "spoke", "won", "fell"} <= triggers
    assert all(w in events.EVENT_SYNONYMS for w in ("met", "spoke", "won"))


def test_headline_word_lists_differ_on_purpose() -> None:
    lower, capitalised = stopwords.HEADLINE_LOWER_WORDS, stopwords.HEADLINE_CAPITALISED_WORDS
    assert capitalised == {w.title() for w in lower} - {"Vs", "Via", "Per", "Up", "Off", "Out", "Over"}


def test_speech_verbs_after_a_name_are_not_the_quote_cues() -> None:
    """A name before a verb of opinion is evidence of a person; the quotes' many cue verbs are not needed."""
    assert {"believes", "thinks"} <= names.SPEECH_VERBS_AFTER_NAME - CUE_VERBS
    assert {"said", "told", "wrote"} <= names.SPEECH_VERBS_AFTER_NAME & CUE_VERBS
    assert names.SAID_BEFORE_NAME < names.SAID_AFTER_GIVEN_NAME


def test_amount_number_words_are_the_spelled_numbers_as_floats() -> None:
    for word, value in (ONES | TENS).items():
        assert amounts.AMOUNT_NUMBER_WORDS[word] == value
        assert type(amounts.AMOUNT_NUMBER_WORDS[word]) is float
    assert set(amounts.AMOUNT_NUMBER_WORDS) - set(ONES) - set(TENS) == {
        "a", "dozen", "dozens", "few", "several", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions"}


def test_strong_titles_are_role_heads() -> None:
    assert {"sheikh"} == titles.STRONG_TITLES - titles.ROLE_HEADS  # also an honorific ("Sheikh Hasina")
    assert names.GROUP_WORDS <= names.NATIONALITIES
