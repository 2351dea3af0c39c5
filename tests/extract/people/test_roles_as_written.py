"""Roles as news writes them, one table row per error class: the title words, the qualifier kept, tenure
words and ordinals kept in the title. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.extract.people import find_entities
from bot.extract.text import split_sentences


def roles_of(text: str, name: str) -> set[tuple[str, str | None]]:
    found = {e.name: e for e in find_entities(text, split_sentences(text)) if e.kind == "person"}
    assert name in found, f"{name} not found among {sorted(found)}"
    return {(r.title, r.qualifier) for r in found[name].roles}


# (error class, text, person, a role it must have as (title, qualifier))
CASES = [
    ("sports position after a possessive team",
     "The club's stand-in skipper Tomas Holloway led the side on Sunday.", "Tomas Holloway",
     ("stand-in skipper", None)),
    ("possessor with a name of two words is the qualifier",
     "Real Madrid's veteran striker Carla Moreno scored twice.", "Carla Moreno", ("striker", "Real Madrid")),
    ("relationship noun after a possessive",
     "Gruber's wife Annelise thanked the voters on Friday.", "Annelise", ("wife", "Gruber")),
    ("portfolio after 'Minister of', with an ampersand",
     "Minister of Ports & Waterways, Daniel Okafor, opened the terminal.", "Daniel Okafor",
     ("Minister of Ports & Waterways", None)),
    ("portfolio with '&' before a name whose given name no list knows",
     "Union Minister of Ports & Waterways Tavoli Amarasekera said the port would open.", "Tavoli Amarasekera",
     ("Union Minister of Ports & Waterways", None)),
    ("portfolio joined by 'and'",
     "Minister of Commerce and Industry Paolo Verdi opened the fair.", "Paolo Verdi",
     ("Minister of Commerce and Industry", None)),
    ("portfolio after 'Minister of' before the name",
     "The Minister of Road Transport & Highways Peter Lindqvist spoke first.", "Peter Lindqvist",
     ("Minister of Road Transport & Highways", None)),
    ("a word after the head belongs to the title",
     "Walter Brandt, chairman emeritus of the Brandt group, died on Tuesday.", "Walter Brandt",
     ("Chairman Emeritus", "Brandt group")),
    ("former stays in the title",
     "Former prime minister Helen Marsh spoke at the rally.", "Helen Marsh", ("Former Prime Minister", None)),
    ("former in a capitalised title",
     "Former President Jorge Almeida arrived in Lisbon.", "Jorge Almeida", ("Former President", None)),
    ("-elect stays in the title",
     "Prime minister-elect Anna Kowalczyk named her cabinet.", "Anna Kowalczyk",
     ("Prime Minister-Elect", None)),
    ("ordinal before the title",
     "The country's 46th President Joseph Harlan signed it.", "Joseph Harlan", ("46th President", None)),
    ("lower-case organisation after 'head of'",
     "Maria Lund, head of the tax authority, resigned on Monday.", "Maria Lund", ("head", "tax authority")),
    ("role of an organisation written in lower case, no qualifier",
     "Ravi Menon, chief executive of the company, said so.", "Ravi Menon", ("Chief Executive", None)),
    ("descriptive occupation at the start of a sentence",
     "Veteran industrialist Arjun Malhotra died on Wednesday.", "Arjun Malhotra", ("industrialist", None)),
    ("mission director under an organisation",
     "Orbital Dynamics mission director Kim Sato said the probe landed.", "Kim Sato",
     ("mission director", "Orbital Dynamics")),
]


@pytest.mark.parametrize(("case", "text", "name", "role"), CASES, ids=[c[0] for c in CASES])
def test_role_as_written(case: str, text: str, name: str, role: tuple[str, str | None]) -> None:
    assert role in roles_of(text, name)


def test_as_role_goes_to_the_person_named_right_before_it() -> None:
    text = "Acme Trusts announced the appointment of Lena Voss as chairman of Acme Trusts after Peter Brandt left."
    assert ("Chairman", "Acme Trusts") in roles_of(text, "Lena Voss")
    assert roles_of(text, "Peter Brandt") == set()


def test_a_capitalised_adjective_opening_the_sentence_is_no_qualifier() -> None:
    assert roles_of("Veteran industrialist Arjun Malhotra died.", "Arjun Malhotra") == {("industrialist", None)}


def test_as_role_after_a_verb_of_succession_goes_to_the_subject() -> None:
    text = "Peter Brandt succeeded the firm's founder Lena Voss as chairman of Acme Trusts."
    assert ("Chairman", "Acme Trusts") in roles_of(text, "Peter Brandt")
    assert roles_of(text, "Lena Voss") == {("founder", None)}


def test_a_possessive_relative_is_no_title_word() -> None:
    assert roles_of("The father's lawyer, Gregory Hale, spoke.", "Gregory Hale") == {("lawyer", None)}


def test_an_organisation_named_after_its_description_is_nobody() -> None:
    text = "It is the best day, said the general secretary of the Scottish union Unison, Tom Hale."
    found = {e.name for e in find_entities(text, split_sentences(text)) if e.kind == "person"}
    assert "Unison" not in found


def test_abbreviated_title_after_tenure_is_expanded() -> None:
    assert ("Former Governor", "Ohio") in roles_of("Former Ohio Gov. Ted Strickland spoke.", "Ted Strickland")


def test_an_and_before_the_name_ends_the_title() -> None:
    text = "The former secretary of State and Nadia Oyelaran had split the first two contests."
    found = {e.name: e for e in find_entities(text, split_sentences(text)) if e.kind == "person"}
    assert all(r.title != "Former Secretary of State and" for e in found.values() for r in e.roles)
