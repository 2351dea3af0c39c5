"""Given names of every culture (lexicon/world_given_names.py, derived from Faker's lists): a name of two
words led by one is a person with no other evidence; the romanisers of the generator spell names the way
English-language news does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.extract.lexicon import names, places
from bot.extract.lexicon._make_world_given_names import EXCLUDED, cyrillic_variants, devanagari
from bot.extract.lexicon.countries import countries
from bot.extract.lexicon.world_given_names import WORLD_GIVEN_NAMES
from bot.extract.people import find_entities
from bot.extract.text import split_sentences

# (culture, sentence, the person it names)
CASES = [
    ("Indian", "The report was filed by Ramesh Iyer in Chennai on Monday.", "Ramesh Iyer"),
    ("Indian, Hindi list romanised", "Sudhir Rawat lifted the bar twice on Thursday.", "Sudhir Rawat"),
    ("Ukrainian", "The letter reached Oleksandr Bondar before noon.", "Oleksandr Bondar"),
    ("Russian, romanised with variants", "The decree named Dmitriy Orlov and Yelena Sokolova.", "Yelena Sokolova"),
    ("Turkish", "The court heard Mehmet Yildirim on Tuesday.", "Mehmet Yildirim"),
    ("Nigerian", "The budget was drafted by Chukwuemeka Obi in Abuja.", "Chukwuemeka Obi"),
    ("Kenyan", "The marathon was won by Wanjiru Kamau in Nairobi.", "Wanjiru Kamau"),
    ("Indonesian", "The ferry was inspected by Agus Santoso in Surabaya.", "Agus Santoso"),
    ("Japanese, romanised", "The film was directed by Hiroshi Tanabe in Osaka.", "Hiroshi Tanabe"),
]


@pytest.mark.parametrize(("culture", "text", "name"), CASES, ids=[c[0] for c in CASES])
def test_a_given_name_of_any_culture_makes_a_person(culture: str, text: str, name: str) -> None:
    found = {e.name: e for e in find_entities(text, split_sentences(text)) if e.kind == "person"}
    assert name in found
    assert found[name].rule == "given_name_first"


@pytest.mark.parametrize(("script", "romanised"), [
    ("अरविन्द", "Arvind"), ("सुनीता", "Sunita"), ("सुधीर", "Sudhir"), ("रोहित", "Rohit"), ("अर्जुन", "Arjun"),
    ("प्रकाश", "Prakash"), ("लक्ष्मी", "Lakshmi"), ("कमल", "Kamal"),
])
def test_devanagari_is_spelled_as_news_spells_it(script: str, romanised: str) -> None:
    assert devanagari(script) == romanised


@pytest.mark.parametrize(("script", "spellings"), [
    ("Дмитрий", {"Dmitriy", "Dmitry", "Dmitri"}), ("Сергей", {"Sergey", "Sergei"}), ("Елена", {"Elena", "Yelena"}),
    ("Юрий", {"Yuriy", "Yury", "Yuri"}),
])
def test_cyrillic_gives_the_usual_variants(script: str, spellings: set[str]) -> None:
    assert cyrillic_variants(script) == spellings


def test_no_world_given_name_is_an_ordinary_word_a_place_or_a_nationality() -> None:
    world = set(WORLD_GIVEN_NAMES.split())
    assert not world & EXCLUDED
    assert not world & (set(countries()) | names.NATIONALITIES | places.PLACES)
    assert {"Can", "Grace", "Victoria", "Smith"}.isdisjoint(world)


def test_a_given_name_after_a_preposition_of_place_is_no_speaker() -> None:
    text = "Officials in Marion said the port would reopen. Helga said nothing."
    found = {e.name for e in find_entities(text, split_sentences(text)) if e.kind == "person"}
    assert found == {"Helga"}
