"""The quote word lists (bot/extract/lexicon/speech.py, speakers.py): each word listed once, and the lists
that look alike differ as they should."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.extract.lexicon import calendar, speakers, speech

MODULES = [Path(speech.__file__), Path(speakers.__file__)]


def listed_words(path: Path) -> dict[str, list[str]]:
    """Each module-level list, as written: the words of its `\"\"\"...\"\"\".split()`, tuple or dict literal."""
    out: dict[str, list[str]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        value = node.value
        if isinstance(value, ast.Dict):
            out[target.id] = [k.value for k in value.keys if isinstance(k, ast.Constant)]
        elif isinstance(value, ast.Tuple):
            out[target.id] = [e.value for e in value.elts if isinstance(e, ast.Constant)]
        else:
            texts = [n.value for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            if texts:
                out[target.id] = texts[0].split()
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_list_repeats_a_word(path: Path) -> None:
    lists = listed_words(path)
    assert len(lists) >= 6
    for name, words in lists.items():
        repeated = sorted({w for w in words if words.count(w) > 1})
        assert not repeated, f"{name} lists {repeated} twice"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_list_says_its_source(path: Path) -> None:
    assert "Source: written for this project (MIT)" in path.read_text(encoding="utf-8")


def test_titles_stand_before_names_roles_end_nominals() -> None:
    """Honorifics are titles only ("Mr Smith", never "the mr"); groups and bodies are roles only ("the
    officials", never "Officials Smith"); the offices are both ("Senator Smith", "the senator")."""
    assert {"mr", "mrs", "dr", "sen.", "then-candidate"} <= speakers.TITLES - speakers.ROLE_NOUNS
    assert {"officials", "sources", "campaign", "critics", "police"} <= speakers.ROLE_NOUNS - speakers.TITLES
    assert {"minister", "president", "senator", "spokesman"} <= speakers.TITLES & speakers.ROLE_NOUNS


def test_organisation_heads_are_the_bodies_among_roles() -> None:
    """A nominal headed by one of ORGANISATION_HEADS is an organisation; most are role nouns too ("the
    ministry said"), a few only mark an organisation ("the embassy", "the newspaper")."""
    assert {"campaign", "government", "ministry"} <= speakers.ORGANISATION_HEADS & speakers.ROLE_NOUNS
    assert {"embassy", "newspaper", "board", "office"} <= speakers.ORGANISATION_HEADS - speakers.ROLE_NOUNS


def test_gender_words_do_not_overlap() -> None:
    assert not speakers.MALE_WORDS & speakers.FEMALE_WORDS
    assert not speakers.FEMALE_GIVEN_NAMES & (speakers.MALE_WORDS | speakers.FEMALE_WORDS)


def test_subject_pronouns_are_speaker_pronouns() -> None:
    """A subject pronoun can speak; "him", "her", "it", "who", "which" can name a speaker but start no clause."""
    assert set(speakers.PRONOUNS) > speakers.SUBJECT_PRONOUNS
    assert set(speakers.PRONOUNS) - speakers.SUBJECT_PRONOUNS == {"him", "her", "it", "who", "which"}


def test_date_words_come_from_the_calendar() -> None:
    assert set(calendar.WEEKDAY_NAMES) | set(calendar.MONTH_NAMES) == speakers.DATE_WORDS


def test_cue_verbs_and_the_words_skipped_before_a_cue() -> None:
    """Walking back from a cue to its speaker skips auxiliaries and adverbs ("Smith had also said"). "told"
    is in both lists: a cue of its own, and skipped when it stands right before another cue."""
    assert {"told"} == speech.CUE_VERBS & speech.SKIP_BEFORE_CUE


def test_cue_nouns_that_are_also_verbs() -> None:
    """"post", "tweet", "remark", "report" are nouns ("in a post") and verbs ("she posted"): in both lists, the
    noun list makes a sentence report speech, the verb list finds the speaker before the verb."""
    assert {"post", "posts", "tweet", "tweets", "remark", "report", "reports"} == speech.CUE_NOUNS & speech.CUE_VERBS
