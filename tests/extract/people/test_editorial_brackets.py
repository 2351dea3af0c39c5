"""Editorial brackets inside a name ("[Maria] Silva") and a middle name used as the first: the name stays one
person, its spans stay the text's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.extract.facts import Entity
from bot.extract.people import find_entities
from bot.extract.text import split_sentences


def people(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text, split_sentences(text)) if e.kind == "person"}


# (error class, text, the person, a mention as written)
CASES = [
    ("a bracketed given name joins the surname",
     "“[Maria] Silva was right about the budget,” the mayor said.", "Maria Silva", "[Maria] Silva"),
    ("a bracketed given name inside a quote joins a person named before",
     "Prime Minister Anton Varga arrived. “We expect [Anton] Varga on Friday,” an aide said.",
     "Anton Varga", "[Anton] Varga"),
    ("a bracketed middle name joins the full name",
     "President Recep Tayyip Erdogan spoke. “A meeting between [Tayyip] Erdogan and the envoy is planned,” "
     "the channel said.", "Recep Tayyip Erdogan", "[Tayyip] Erdogan"),
    ("a title before the bracket",
     "“Secretary [Hillary] Clinton released her records,” he said.", "Hillary Clinton", "[Hillary] Clinton"),
]


@pytest.mark.parametrize(("case", "text", "name", "mention"), CASES, ids=[c[0] for c in CASES])
def test_a_bracket_does_not_split_a_name(case: str, text: str, name: str, mention: str) -> None:
    found = people(text)
    assert name in found, sorted(found)
    assert mention in {text[s:e] for s, e in found[name].mentions}
    assert all("[" not in a and "]" not in a for a in found[name].aliases)
    assert not any(n != name and n in name for n in found)  # no second person for a part of the name


@pytest.mark.parametrize("text", [
    "[AP] The company said sales fell.",
    "The court [of Appeal] ruled on Monday.",
    "“We will [win],” Nadia Rahman said.",
])
def test_brackets_around_other_words_name_nobody(text: str) -> None:
    assert set(people(text)) <= {"Nadia Rahman"}


def test_a_middle_name_used_as_the_first_is_the_same_person() -> None:
    text = "Debbie Wasserman Schultz chaired the panel. Wasserman Schultz said it was over."
    assert set(people(text)) == {"Debbie Wasserman Schultz"}


def test_an_epithet_before_a_name_is_not_a_longer_name() -> None:
    text = "Hillary Clinton spoke first. Supporters chanted Crooked Hillary Clinton at the rally."
    assert "Hillary Clinton" in people(text)  # not renamed to the longer form
