"""Title-only references ("the Russian leader", "The PM", "Delhi CM", "NASA's chief") become aliases of the
one person of the article holding that office, or of the one person named just before an office nobody
holds. Articles written for these tests."""

from __future__ import annotations

import pytest

from bot.extract.people import find_entities
from bot.extract.text import split_sentences


def people(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in find_entities(text, split_sentences(text)) if e.kind == "person"}


# (error class, article, person, the alias it must get)
CASES = [
    ("the holder of the office", "Chilean President Gabriel Lagos met Peruvian Foreign Minister Rosa Vela. "
     "The president thanked her.", "Gabriel Lagos", "The president"),
    ("nationality for the holder's country", "Kenyan President William Otieno met President Anna Berg. "
     "The Kenyan president left early.", "William Otieno", "The Kenyan president"),
    ("leader for a head of state", "Polish President Andrzej Nowak met Czech Prime Minister Petr Novak on Friday. "
     "Later the Polish leader flew home.", "Andrzej Nowak", "the Polish leader"),
    ("chief for a minister of the same portfolio", "Defence Minister Tomas Berg inspected the troops. "
     "The president thanked the defence chief.", "Tomas Berg", "the defence chief"),
    ("organisation's chief before the holder is named", "Praise came from ESA's chief. "
     "ESA Director General Marta Kohl hailed the landing.", "Marta Kohl", "ESA's chief"),
    ("abbreviation with its place", "Punjab Chief Minister Harpreet Sandhu opened the bridge. "
     "The Punjab CM said it took two years.", "Harpreet Sandhu", "The Punjab CM"),
    ("an office nobody holds, after the one person named", "Ingrid Dahl announced the election date on Monday. "
     "The PM said the country was ready.", "Ingrid Dahl", "The PM"),
]


@pytest.mark.parametrize(("case", "text", "name", "alias"), CASES, ids=[c[0] for c in CASES])
def test_title_reference_is_an_alias_of_the_holder(case: str, text: str, name: str, alias: str) -> None:
    assert alias in people(text)[name]


# (error class, article, the alias nobody may get)
REFUSED = [
    ("two people hold the office", "President Andrzej Nowak met President Anna Berg. The president spoke.",
     "The president"),
    ("a deputy is not the holder", "Deputy Secretary Lena Voss spoke. The secretary was away.", "The secretary"),
    ("a former holder is not the holder", "Former Mayor Peter Hale spoke. The mayor was away.", "The mayor"),
    ("an unnamed president is often meant", "Lena Voss spoke on Monday. The president was away.", "The president"),
    ("another nation's leader", "President Peter Hale met rebels. The Iraqi leader was away.",
     "The Iraqi leader"),
    ("a name before a title word", "Larry King interviewed Peter Hale on Monday.", "Larry King"),
]


@pytest.mark.parametrize(("case", "text", "alias"), REFUSED, ids=[c[0] for c in REFUSED])
def test_title_reference_is_refused(case: str, text: str, alias: str) -> None:
    assert all(alias not in aliases for name, aliases in people(text).items() if name != alias)


def test_an_office_taken_by_salience_is_then_held() -> None:
    text = ("Ingrid Dahl was freed on Friday. The court granted bail to Oslo Mayor in the fraud case. "
            "Peter Hale said the Oslo Mayor would speak.")
    assert {"Oslo Mayor", "the Oslo Mayor"} <= people(text)["Ingrid Dahl"]


def test_a_title_with_a_word_after_its_head() -> None:
    text = "Arjun Malhotra died on Wednesday. The chairman emeritus of the Malhotra group was 86."
    assert "The chairman emeritus of the Malhotra group" in people(text)["Arjun Malhotra"]
