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


def _queries(rare: list[str]) -> list[tuple[str, bool]]:
    return [(step.query, step.wide) for step in search_steps(rare)]


def test_steps_go_from_the_rarest_words_together_to_each_left_out_then_wider() -> None:
    assert _queries(["c", "a", "d"]) == [
        ('"c" "a" "d"', False),  # every rare word
        ('"a" "d"', False), ('"c" "d"', False), ('"c" "a"', False),  # each left out once
        ('"c" OR "a" OR "d"', True)]  # wide (the 3 rarest together were already asked)
    assert [s.query for s in search_steps(list("abcdefghij"))][:2] == [
        " ".join(f'"{w}"' for w in "abcdefghij"), " ".join(f'"{w}"' for w in "abcdef")]  # all, then the KNOWN
    assert len(search_steps(list("abcdefghij"))) == 2 + 6 + 2  # the KNOWN rarest, each left out; wide
    assert _queries(["a"]) == [('"a"', False)]
    assert _queries(["a", "b"]) == [('"a" "b"', False), ('"a" OR "b"', True)]
    assert search_steps(['say "no"', "b"])[0].query == '"say ""no""" "b"'  # a quote mark cannot end the string
    assert search_steps([]) == []


async def _rows(store: Store, words: list[str], wide: bool = True) -> list[list[dict]]:
    return [await fetch() async for step, fetch in store.quote_candidates(words) if wide or not step.wide]


async def test_rare_words_leave_out_words_no_quote_has_and_put_the_rarest_first(store: Store) -> None:
    words = normalize_quote("We will protect the coastal wetlands from every developre").split()
    rare = await store.rare_words(words)
    assert "developre" not in rare and "will" not in rare  # a typo; a stop word
    assert rare[0] == "coastal" and rare.index("wetlands") < rare.index("protect")


async def test_a_verbatim_claim_is_found_by_the_first_step_with_every_source(store: Store) -> None:
    first = (await _rows(store, normalize_quote("protect the coastal wetlands from every").split()))[0]
    assert {r["norm"] for r in first} == {normalize_quote(QUOTES[0])} and len(first) == 2  # part of a longer quote
    first = (await _rows(store, normalize_quote("We will protect the mountain forests").split()))[0]
    assert {r["norm"] for r in first} == {normalize_quote(QUOTES[1])}


async def test_a_changed_word_is_found_by_leaving_it_out(store: Store) -> None:
    claim = normalize_quote("We will protect the coastal wetlands from every developer").split()
    claim[claim.index("coastal")] = "spring"  # a word other quotes have: the AND of every rare word finds nothing
    steps = await _rows(store, claim, wide=False)
    assert steps[0] == [] and normalize_quote(QUOTES[0]) in {r["norm"] for rows in steps for r in rows}


async def test_each_quote_is_given_once_over_all_steps(store: Store) -> None:
    ids = [r["id"] for rows in await _rows(store, ["wetlands", "spring", "expected"]) for r in rows]
    assert len(ids) == len(set(ids)) and ids


async def test_word_counts_are_remembered_until_a_document_is_written(store: Store) -> None:
    assert "tundra" not in await store.rare_words(["tundra", "wetlands"])
    await store.replace_document(*_document("new.txt", ["The tundra is thawing"]))
    assert "tundra" in await store.rare_words(["tundra", "wetlands"])  # the write forgot the old count


async def test_a_named_speakers_own_copy_is_found_among_many(store: Store) -> None:
    conn = store.writer
    cur = await conn.execute("INSERT INTO entities(kind, name, norm) VALUES ('person', 'Ana Lima', 'ana lima')")
    ana = cur.lastrowid
    await conn.execute("UPDATE quotes SET speaker_entity_id = ? WHERE id = (SELECT max(id) FROM quotes)", (ana,))
    words = normalize_quote(QUOTES[0]).split()
    rows = await store.speaker_quotes_with(words, {ana})
    assert [r["speaker_entity_id"] for r in rows] == [ana] and rows[0]["norm"] == normalize_quote(QUOTES[0])
    assert await store.speaker_quotes_with(normalize_quote(QUOTES[2]).split(), {ana}) == []
    assert await store.speaker_quotes_with(words, set()) == []
