"""/check's candidate search: bounded steps, the claim's rarest words together first, wider only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract.facts import Facts, Quote
from bot.store import Store
from bot.store.quote_search import search_steps
from bot.textnorm import normalize_quote
from tests.factories import make_source

QUOTES = [
    "We will protect the coastal wetlands from every developer",
    "We will protect the mountain forests from every developer",
    "Inflation is falling faster than anyone expected this spring",
    "Nobody expected the wetlands to recover this spring",
]


def _document(name: str, quotes: list[str]) -> tuple:
    text = " ".join(f"“{q},” she said." for q in quotes)
    found = []
    for q in quotes:
        start = text.index(q)
        found.append(Quote(start, start + len(q), q, "direct", None))
    return make_source(name, text), Facts(document=name, published="2025-01-28", sentences=[(0, len(text))],
                                          quotes=found)


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    for i, q in enumerate(QUOTES):
        await s.replace_document(*_document(f"{i}.txt", [q]))
    await s.replace_document(*_document("copy.txt", [QUOTES[0]]))
    yield s
    await s.close()


def test_steps_go_from_every_rare_word_to_any_of_three() -> None:
    assert search_steps(["a", "b", "c", "d", "e", "f", "g"]) == [
        '"a" "b" "c" "d" "e" "f"', '"a" "b" "c"', '"b" "c" "d"', '"a" "c" "d"', '"a" "b" "d"', '"a" OR "b" OR "c"']
    assert search_steps(["a"]) == ['"a"']
    assert search_steps(["a", "b"]) == ['"a" "b"', '"a" OR "b"']
    assert search_steps(['say "no"', "b"])[0] == '"say ""no""" "b"'  # a quote mark cannot end the string
    assert search_steps([]) == []


async def test_rare_words_leave_out_words_no_quote_has_and_put_the_rarest_first(store: Store) -> None:
    words = normalize_quote("We will protect the coastal wetlands from every developre").split()
    rare = await store.rare_words(words)
    assert "developre" not in rare and "will" not in rare  # a typo; a stop word
    assert rare[0] == "coastal" and rare.index("wetlands") < rare.index("protect")


async def test_a_verbatim_claim_is_found_by_the_first_step_with_every_source(store: Store) -> None:
    steps = store.quote_candidates(normalize_quote(QUOTES[0]).split())
    first = await anext(steps)
    await steps.aclose()
    assert {r["norm"] for r in first} == {normalize_quote(QUOTES[0])} and len(first) == 2


async def test_a_changed_rare_word_is_found_by_a_wider_step(store: Store) -> None:
    claim = normalize_quote("We will protect the coastal marshes from every developer").split()  # marshes: nowhere
    claim[claim.index("marshes")] = "spring"  # a word other quotes have, so the first steps find nothing
    found = []
    async for rows in store.quote_candidates(claim):
        found.extend(r["norm"] for r in rows)
        if normalize_quote(QUOTES[0]) in found:
            break
    assert normalize_quote(QUOTES[0]) in found


async def test_each_quote_is_given_once_over_all_steps(store: Store) -> None:
    ids = [r["id"] async for rows in store.quote_candidates(["wetlands", "spring", "expected"]) for r in rows]
    assert len(ids) == len(set(ids)) and ids
