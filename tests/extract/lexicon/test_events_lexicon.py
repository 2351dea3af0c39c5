"""The event words: each defined once; where two lists overlap on purpose, the test says how."""

from __future__ import annotations

from bot.extract.event_words import event_keys, is_event_word, stem
from bot.extract.lexicon.events import (
    EVENT_GROUPS,
    EVENT_ING_NOUNS,
    EVENT_LEXICON,
    EVENT_MODIFIERS,
    EVENT_NOUNS,
    EVENT_SPEECH_KEY,
    EVENT_SPEECH_VERBS,
    EVENT_SYNONYMS,
    IRREGULAR_FORMS,
    IRREGULAR_PAST_TRIGGERS,
    LIGHT_VERBS,
    NEEDS_DETERMINER,
    NOT_TRIGGERS,
)
from bot.extract.lexicon.stopwords import EVENT_STOP_WORDS


def test_no_group_repeats_a_word() -> None:
    seen: dict[str, str] = {}
    for key, words in EVENT_GROUPS.items():
        for w in words.split():
            assert w not in seen, f"{w!r} is in both {seen[w]!r} and {key!r}"
            seen[w] = key


def test_nouns_without_a_group_are_in_no_group() -> None:
    grouped = {w for words in EVENT_GROUPS.values() for w in words.split()}
    assert not EVENT_NOUNS & grouped


def test_every_group_word_gives_its_key() -> None:
    for key, words in EVENT_GROUPS.items():
        for w in words.split():
            assert stem(w) == key, w


def test_irregular_past_forms_have_a_base() -> None:
    assert set(IRREGULAR_FORMS) >= IRREGULAR_PAST_TRIGGERS


def test_lists_that_must_not_meet() -> None:
    # a verb of saying is its own kind of trigger, never "not an event" nor a light verb
    assert not EVENT_SPEECH_VERBS & NOT_TRIGGERS
    assert not EVENT_SPEECH_VERBS & LIGHT_VERBS
    assert not NOT_TRIGGERS & EVENT_NOUNS
    assert not EVENT_MODIFIERS & EVENT_STOP_WORDS - {"first", "last"}  # "first meeting": kept as a modifier


def test_verbs_of_saying_are_stop_words_for_the_baseline_but_key_a_statement() -> None:
    # EVENT_STOP_WORDS keeps "said"/"told" for the word-overlap baseline; event_keys keys them
    assert {"said", "told", "says"} <= EVENT_STOP_WORDS
    assert event_keys("said") == event_keys("told") == {EVENT_SPEECH_KEY}
    assert EVENT_SPEECH_KEY in EVENT_GROUPS


def test_words_needing_a_determiner_are_event_words() -> None:
    grouped = {w for words in EVENT_GROUPS.values() for w in words.split()} | EVENT_NOUNS
    assert NEEDS_DETERMINER - {"calls", "phone"} <= grouped


def test_ing_nouns_are_event_words() -> None:
    # EVENT_ING_NOUNS says which -ing forms are nouns without a determiner; each is an event word already
    assert all(is_event_word(w) for w in EVENT_ING_NOUNS)


def test_the_group_table_and_its_inverse_agree() -> None:
    assert {w: k for k, words in EVENT_GROUPS.items() for w in words.split()} == EVENT_SYNONYMS
    assert frozenset(EVENT_GROUPS) | EVENT_NOUNS == EVENT_LEXICON
