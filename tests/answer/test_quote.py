"""/quote: an honest status when a person said nothing, every distinct quote reachable however many there
are, and the same counts in /quote and /who."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.quote import QUOTE_BATCH, quote
from bot.desk import Desk
from bot.extract.facts import Entity, Facts, Quote
from bot.render.embeds import render_pages
from tests.factories import ARTICLE, make_facts, make_source, span

DISTINCT = 80  # more than the 60 quote rows /quote used to read
POPULAR = 59  # sources quoting the same words


def quoting(name: str, words: str, published: str) -> tuple[object, Facts]:
    text = f"“{words},” Foreign Minister S. Jaishankar said."
    q, j = span(text, words), span(text, "S. Jaishankar")
    facts = Facts(name, published, [(0, len(text))],
                  entities=[Entity("S. Jaishankar", "person", ["S. Jaishankar", "Jaishankar"], [], [j])],
                  quotes=[Quote(*q, words, "direct", "S. Jaishankar", "person", *j, "said")])
    return make_source(name, text, published), facts


@pytest.fixture
async def desk(tmp_path: Path):
    d = await Desk.open(tmp_path / "t.db")
    await d.store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    for i in range(POPULAR):  # the newest documents all repeat one sentence
        await d.store.replace_document(*quoting(f"p{i:02}.txt", "We will stand together", f"2025-03-{i % 28 + 1:02}"))
    for i in range(DISTINCT):  # older documents each say something else
        await d.store.replace_document(*quoting(f"d{i:02}.txt", f"Our answer number {i} is clear", "2024-06-01"))
    yield d
    await d.close()


async def test_a_person_without_quotes_is_not_found_and_named(desk: Desk) -> None:
    answer = await desk.quote("Marco Rubio")
    assert answer.status == "not_found" and not answer.quotes
    assert answer.speaker == "Marco Rubio" and "Marco Rubio" in answer.message


async def every_quote(desk: Desk, name: str) -> list:
    """All of a speaker's quotes, batch after batch, as Discord's Next button loads them."""
    quotes: list = []
    while True:
        page = await desk.quote(name, offset=len(quotes))
        if page.status != "found":
            return quotes
        assert page.offset == len(quotes) and 0 < len(page.quotes) <= QUOTE_BATCH
        quotes += page.quotes


async def test_every_distinct_quote_is_reachable_with_a_citation(desk: Desk) -> None:
    answer = await desk.quote("Jaishankar")
    assert answer.status == "found" and len(answer.quotes) == QUOTE_BATCH < answer.total == DISTINCT + 2
    quotes = await every_quote(desk, "Jaishankar")
    texts = [q.text for q in quotes]
    assert len(texts) == len(set(texts)) == DISTINCT + 2
    assert {f"Our answer number {i} is clear" for i in range(DISTINCT)} <= set(texts)
    assert "We will stand together" in texts and "We firmly oppose illegal mobility" in texts
    assert all(q.citations for q in quotes)


async def test_counts_agree_between_quote_and_who(desk: Desk) -> None:
    answer = await desk.quote("Jaishankar")
    who = await desk.who("Jaishankar")
    assert who.matches[0].quotes == answer.total == len(await every_quote(desk, "Jaishankar"))
    popular = next(q for q in answer.quotes if q.text == "We will stand together")
    assert popular.sources == POPULAR and answer.quotes[0] is popular  # the newest first
    assert popular.to_json()["sources"] == POPULAR


async def test_pages_through_the_quotes_with_an_offset(desk: Desk) -> None:
    seen: list[str] = []
    offset = 0
    while True:
        page = await quote(desk.store, "Jaishankar", limit=25, offset=offset)
        if page.status != "found":
            break
        assert page.total == DISTINCT + 2 and page.offset == offset and len(page.quotes) <= 25
        seen += [q.text for q in page.quotes]
        offset += len(page.quotes)
    assert len(seen) == len(set(seen)) == DISTINCT + 2
    assert "No more" in page.message


async def test_a_batch_is_the_same_quotes_in_the_same_order_as_one_long_answer(desk: Desk) -> None:
    whole = await quote(desk.store, "Jaishankar", limit=1000)
    batched = await every_quote(desk, "Jaishankar")
    assert [(q.text, q.sources, q.kind) for q in batched] == [(q.text, q.sources, q.kind) for q in whole.quotes]


async def test_the_footer_counts_every_source_the_quotes_name(desk: Desk) -> None:
    """“N quotes from M sources” agrees with each quote's “quoted in K sources”: M counts every source of
    the quotes shown, not the one each quote is filed under; the rest are counted as more."""
    answer = await quote(desk.store, "Jaishankar", limit=1000)
    assert answer.source_count == POPULAR + DISTINCT + 1  # p00…p58, d00…d79 and a.txt
    footer = render_pages(answer)[0].footer.text or ""
    assert f"{DISTINCT + 2} quotes from {POPULAR + DISTINCT + 1} sources" in footer and "more" not in footer
    first = await desk.quote("Jaishankar")
    footer = render_pages(first)[0].footer.text or ""
    assert f"{QUOTE_BATCH} quotes from {first.source_count} sources · {DISTINCT + 2 - QUOTE_BATCH} more" in footer


async def test_one_quote_in_three_sources_and_one_in_another_are_from_four_sources(tmp_path: Path) -> None:
    d = await Desk.open(tmp_path / "small.db")
    try:
        for day in (1, 2, 3):
            await d.store.replace_document(*quoting(f"s{day}.txt", "Borders are not walls", f"2025-04-0{day}"))
        await d.store.replace_document(*quoting("s0.txt", "Talks resume in spring", "2025-03-01"))
        answer = await d.quote("Jaishankar")
        assert [q.sources for q in answer.quotes] == [3, 1]
        assert "2 quotes from 4 sources" in (render_pages(answer)[0].footer.text or "")
        page = await quote(d.store, "Jaishankar", limit=1, offset=1)  # the sources of the quotes shown
        assert page.source_count == 1
    finally:
        await d.close()
