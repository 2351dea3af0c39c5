"""Quotations as news writes them (issue 10): one short case per error class fixed.

Every sentence here is made up for this project (MIT); none is copied from an article.
"""

from __future__ import annotations

import pytest

from bot.extract.facts import Entity, Quote, Role
from bot.extract.quotes import find_quotes
from bot.extract.text import split_sentences


def quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    return find_quotes(text, split_sentences(text), entities or [])


def entity(text: str, name: str, *surface: str, roles: tuple[tuple[str, str | None], ...] = (),
           kind: str = "person") -> Entity:
    """An entity with every occurrence of its name and surface forms as mentions (longest first)."""
    spans: list[tuple[int, int]] = []
    for form in sorted({name, *surface}, key=len, reverse=True):
        i = text.find(form)
        while i >= 0:
            if not any(s < i + len(form) and i < e for s, e in spans):
                spans.append((i, i + len(form)))
            i = text.find(form, i + 1)
    return Entity(name, kind, list(surface), [Role(t, q, 0, 0) for t, q in roles], sorted(spans))  # type: ignore[arg-type]


def mention(text: str, q: Quote) -> str | None:
    return text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None


# ----------------------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“We will not back down,’ Hale said.", "We will not back down,"),  # “…’
        ("“We will not back down,\" Hale said.", "We will not back down,"),  # “…"
        ("‘We will not back down,' Hale said.", "We will not back down,"),  # ‘…'
        ("''We will not back down,'' Mr. Hale said.", "We will not back down,"),  # ''…''
    ],
)
def test_mismatched_and_doubled_marks(text: str, words: str) -> None:
    (q,) = quotes(text)
    assert q.text == words and text[q.start : q.end] == q.text
    assert mention(text, q) in ("Hale", "Mr. Hale")


def test_single_mark_inside_double_still_nests() -> None:
    text = "“He told me ‘no.’ Then he left,” Hale said."
    (q,) = quotes(text)
    assert q.text == "He told me ‘no.’ Then he left," and mention(text, q) == "Hale"


def test_backtick_opens_a_single_quotation_inside_a_double_one() -> None:
    text = "``Well may we say `Long live the king,' for nothing else will last,'' the delegate said."
    (q,) = quotes(text)
    assert q.text.startswith("Well may we say") and q.text.endswith("last,")
    assert mention(text, q) == "the delegate"


# ----------------------------------------------------------------------------------------- no speaker


@pytest.mark.parametrize(
    "text",
    [
        "The “experts” were wrong about the storm.",  # "The" opens the sentence
        "Earlier “we had no choice” was the line from the team.",  # a sentence adverb
        "The plan, described as “working for prosperity”, was welcomed by the mayor.",  # "was welcomed": passive
        "The deal was “a historic step” for Hoover.",  # the deal is the subject, not Hoover
    ],
)
def test_sentence_openers_and_things_are_no_speakers(text: str) -> None:
    assert [mention(text, q) for q in quotes(text)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nonetheless Smith said the plan was “a historic step”.", "Smith"),
        ("The clip says Hoover “has a passion for the wrong people.”", "The clip"),  # a text that speaks
        ("The company said the merger was “a historic step”.", "The company"),
        ("The ad uses footage of Jane Roe asking, “Why are we not ahead?”", "Jane Roe"),  # the name before "-ing"
    ],
)
def test_speaker_is_the_subject_not_the_opener(text: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert mention(text, q) == speaker
