"""People the text treats as people (bot/extract/people/_context.py): a name without title, known given name
or apposition becomes a person from what is said around it, and things do not. One row per cue; sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.extract.facts import Entity
from bot.extract.people import find_entities
from bot.extract.people._context import CUES
from bot.extract.text import split_sentences


def people(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text, split_sentences(text)) if e.kind == "person"}


# (cue, text, the person, the cues its rule must name)
CASES = [
    ("object_of_human_verb",
     "The minister congratulated Sudhir on winning the gold in weightlifting.", "Sudhir",
     ["object_of_human_verb"]),
    ("object_of_human_verb, a participle opening the sentence",
     "Lauding Priyanka, the coach wrote that the title was deserved.", "Priyanka", ["object_of_human_verb"]),
    ("subject_of_human_verb with listed_with_a_person",
     "Opposition leader Ana Ruiz, Kowalczuk and Mbatha rejoiced outside the court.", "Mbatha",
     ["subject_of_human_verb", "listed_with_a_person"]),
    ("subject_of_human_verb with pronoun_back",
     "Arvind Mehra walked out of jail on Friday. Sisodra and Olatunji rejoiced with him. Olatunji hugged "
     "his son.", "Olatunji", ["subject_of_human_verb", "pronoun_back"]),
    ("followed_by_who",
     "Tendai Mavuso, who took five wickets, left the ground early.", "Tendai Mavuso", ["followed_by_who"]),
    ("subject_of_speech_verb past a time phrase, a name of two words",
     "Tavita Faleolo on Friday said the port would reopen.", "Tavita Faleolo", ["subject_of_speech_verb"]),
    ("object_of_human_verb with pronoun_back, an unknown single name",
     "The president thanked Oyelaran for the rescue and praised him again on Sunday.", "Oyelaran",
     ["object_of_human_verb", "pronoun_back"]),
    ("weak_title with pronoun_back",
     "The sprinter Rabadze won the heat before lunch and his coach praised the run.", "Rabadze",
     ["pronoun_back", "weak_title"]),
]


@pytest.mark.parametrize(("case", "text", "name", "cues"), CASES, ids=[c[0] for c in CASES])
def test_a_name_in_a_human_context_is_a_person(case: str, text: str, name: str, cues: list[str]) -> None:
    found = people(text)
    assert name in found, sorted(found)
    assert found[name].rule == "in_context:" + "+".join(cues)


def test_every_cue_has_a_case() -> None:
    named = {c for _, _, _, cues in CASES for c in cues}
    assert named == {name for name, _ in CUES}


def test_the_other_mentions_of_a_person_found_in_context_are_linked() -> None:
    text = "Tavita Faleolo on Friday said the port would reopen. Faleolo added that ships were waiting."
    assert len(people(text)["Tavita Faleolo"].mentions) == 2


@pytest.mark.parametrize("text", [
    "Boeing said on Monday it would cut jobs. It did not say how many.",  # organisations speak
    "Toyota and Nissan both said they would raise prices.",
    "Kemboi won the race on Sunday. He thanked the crowd.",  # a pronoun alone, for an unknown single word
    "Neymar scored twice as Santos beat Flamengo. He later thanked the fans.",
    "The agency interviewed Riverton Marathon bomber suspects twice.",  # a noun after it: a modifier
    "During a rally in Cedar Rapids, Iowa, Ruben Salas told reporters the plan would fail.",  # a place first
    "At Bear Stearns, Ms. Sherry said, the floor was rowdy.",
    "Trump refused to disavow the Ku Klux Klan, and critics said it could disqualify him.",
    "Valley Federal also added $18 million to its reserves.",  # 'added' past 'also' is no speech
    "Soon, Grace Kimura said, the port would reopen.",  # a capitalised word opening a sentence
    "The case was argued by a lawyer in Port Wexley who knew the judge.",  # "who" is the lawyer
    "She thanked the former Miss Meridian who had hosted the show.",  # a title after "the"
])
def test_things_are_not_people(text: str) -> None:
    found = set(people(text))
    assert found <= {"Ms. Sherry", "Sherry", "Ruben Salas", "Grace Kimura", "Trump"}, found


def test_the_surname_alone_counts_for_the_full_name() -> None:
    text = "Kagiso Rabadze took five wickets on Friday. Rabadze said the pitch helped the bowlers."
    assert len(people(text)["Kagiso Rabadze"].mentions) == 2


@pytest.mark.parametrize("text", [
    "Rohit Sharma scored a century on Friday. Rohit said the pitch was slow.",  # with evidence of its own
    "Rohit Sharma missed the match. The side struggled in Rohit's absence.",  # without
])
def test_a_given_name_alone_is_the_one_person_of_that_given_name(text: str) -> None:
    found = people(text)
    assert set(found) == {"Rohit Sharma"}
    assert "Rohit" in found["Rohit Sharma"].aliases


def test_a_given_name_after_a_preposition_of_place_is_the_place() -> None:
    text = "Charlotte Briggs chaired the meeting. Protests spread in Charlotte on Friday."
    assert len(people(text)["Charlotte Briggs"].mentions) == 1


def test_a_given_name_opening_a_sentence_is_the_person_when_never_an_ordinary_word() -> None:
    text = "The trust named Noel Varga its chairman. Noel will lead the board from Monday."
    assert "Noel" in people(text)["Noel Varga"].aliases
