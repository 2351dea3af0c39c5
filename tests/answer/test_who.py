"""/who SURNAME when several people share it: the short list, most mentioned first, then the most recent —
never the one person an article happened to call by the bare surname."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.desk import Desk
from bot.extract.facts import Entity, Facts
from tests.factories import make_source, span


def article(name: str, published: str, person: str, aliases: list[str], times: int) -> tuple[object, Facts]:
    """A short article naming `person` `times` times (full name first, then the first alias)."""
    text = " ".join([f"{person} opened the new library."] + [f"{aliases[0]} thanked the readers."] * (times - 1))
    mentions = [span(text, person)]
    for _ in range(times - 1):
        mentions.append(span(text, aliases[0], mentions[-1][1]))
    facts = Facts(name, published, [(0, len(text))],
                  entities=[Entity(person, "person", [person, *aliases], [], mentions)])
    return make_source(name, text, published), facts


@pytest.fixture
async def desk(tmp_path: Path):
    d = await Desk.open(tmp_path / "t.db")
    yield d
    await d.close()


async def test_a_shared_surname_gives_the_short_list_even_when_one_article_used_the_bare_surname(
    desk: Desk,
) -> None:
    # the father is called "Okonkwo" alone; his daughter, in another article, only by her full name
    await desk.store.replace_document(*article("a.txt", "2024-03-01", "Chidi Okonkwo", ["Okonkwo"], 4))
    await desk.store.replace_document(*article("b.txt", "2024-05-01", "Adaeze Okonkwo", ["Adaeze"], 2))
    answer = await desk.who("Okonkwo")
    assert answer.status == "ambiguous"
    assert [m.name for m in answer.matches] == ["Chidi Okonkwo", "Adaeze Okonkwo"]  # more mentions first


async def test_namesakes_with_as_many_mentions_are_ranked_most_recent_first(desk: Desk) -> None:
    await desk.store.replace_document(*article("old.txt", "2021-01-10", "Ilse Brandauer", ["Brandauer"], 2))
    await desk.store.replace_document(*article("new.txt", "2024-09-10", "Otto Brandauer", ["Brandauer"], 2))
    await desk.store.replace_document(*article("mid.txt", "2023-02-10", "Zora Brandauer", ["Brandauer"], 2))
    answer = await desk.who("Brandauer")
    assert answer.status == "ambiguous"
    assert [m.name for m in answer.matches] == ["Otto Brandauer", "Zora Brandauer", "Ilse Brandauer"]


async def test_a_middle_name_is_no_namesake(desk: Desk) -> None:
    await desk.store.replace_document(*article("a.txt", "2024-03-01", "Marta Souza", ["Souza"], 2))
    await desk.store.replace_document(*article("b.txt", "2024-05-01", "Rui Souza Lima", ["Lima"], 5))
    answer = await desk.who("Souza")
    assert answer.status == "found" and answer.matches[0].name == "Marta Souza"


async def test_a_full_name_still_finds_one_person(desk: Desk) -> None:
    await desk.store.replace_document(*article("a.txt", "2024-03-01", "Chidi Okonkwo", ["Okonkwo"], 4))
    await desk.store.replace_document(*article("b.txt", "2024-05-01", "Adaeze Okonkwo", ["Adaeze"], 2))
    answer = await desk.who("Adaeze Okonkwo")
    assert answer.status == "found" and [m.name for m in answer.matches] == ["Adaeze Okonkwo"]
