"""Roles from deeds (bot/extract/people/_deeds.py): a medal won makes a medallist when the article gives no
title. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.extract.people import find_entities
from bot.extract.text import split_sentences


def roles(text: str) -> dict[str, set[tuple[str, str | None, str]]]:
    return {e.name: {(r.title, r.qualifier, r.rule) for r in e.roles}
            for e in find_entities(text, split_sentences(text)) if e.kind == "person"}


# (how the deed is written, text, person, the role as (title, qualifier))
CASES = [
    ("subject of the verb, event after 'in the'",
     "Marta Kowalczyk clinched the silver in the women's triple jump on Friday.", "Marta Kowalczyk",
     ("silver medallist", "women's triple jump")),
    ("subject past a time phrase, 'event' dropped",
     "Farid Haddad on Thursday claimed the gold medal in heavyweight para powerlifting event.", "Farid Haddad",
     ("gold medallist", "heavyweight para powerlifting")),
    ("object before 'for winning'",
     "The minister hailed Lena Okafor for winning the bronze medal at the championships.", "Lena Okafor",
     ("bronze medallist", None)),
    ("object before 'on winning', an adjective before the metal",
     "The coach congratulated Paulo Reyes on winning a historic gold in judo.", "Paulo Reyes",
     ("gold medallist", "judo")),
    ("owner of the medal",
     "Anika Rao's silver medal at the games was a first for the club.", "Anika Rao",
     ("silver medallist", None)),
]


@pytest.mark.parametrize(("case", "text", "name", "role"), CASES, ids=[c[0] for c in CASES])
def test_a_medal_won_makes_a_medallist(case: str, text: str, name: str, role: tuple[str, str | None]) -> None:
    assert (*role, "medal_won") in roles(text)[name]


@pytest.mark.parametrize("text", [
    "Marta Kowalczyk backed the gold standard in her speech.",  # a noun after the metal: no medal
    "Marta Kowalczyk said gold prices rose on Friday.",  # no verb of winning
    "Marta Kowalczyk watched as the team won the silver.",  # the team won it, not the person
    "Marta Kowalczyk won the election by a wide margin.",  # other deeds name no role
])
def test_no_medal_no_medallist(text: str) -> None:
    assert roles(text)["Marta Kowalczyk"] == set()
