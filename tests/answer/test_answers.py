"""Answers over hand-built facts: fuzzy names, suggestions, dates with agreement, quotes grouped."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.desk import Desk
from bot.extract.facts import Entity, Event, Facts, Quote, Timex
from tests.factories import ARTICLE, make_facts, make_source, span


@pytest.fixture
async def desk(tmp_path: Path):
    d = await Desk.open(tmp_path / "t.db")
    await d.store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    yield d
    await d.close()


@pytest.mark.parametrize("query", ["Jaishankar", "jaishankar", "JAISHANKAR", "jaishanker", "Jaïshankar",
                                   "S. Jaishankar", "Mr Jaishankar", "  jaishankar  "])
async def test_who_finds_a_person_by_any_form_of_the_name(desk: Desk, query: str) -> None:
    answer = await desk.who(query)
    assert answer.status == "found", answer.message
    match = answer.matches[0]
    assert match.name == "S. Jaishankar"
    assert [r.title for r in match.roles] == ["Foreign Minister"]
    assert match.citations and all(c.document == "a.txt" for c in match.citations)
    cited = match.citations[0]
    assert "Jaishankar" in cited.snippet[cited.highlights[0][0]:cited.highlights[0][1]]


async def test_who_unknown_name_says_so_and_suggests(desk: Desk) -> None:
    answer = await desk.who("Zelensky")
    assert answer.status == "not_found" and "Zelensky" in answer.message
    near = await desk.who("Marko Rubbio")
    assert near.status in ("found", "not_found")
    assert "Marco Rubio" in ([m.name for m in near.matches] + near.suggestions)


async def test_who_ambiguous_surname_offers_a_choice(desk: Desk) -> None:
    text = "Melania Trump spoke. Donald Trump spoke."
    facts = Facts("b.txt", None, [(0, 20), (21, len(text))], entities=[
        Entity("Melania Trump", "person", ["Melania Trump"], [], [span(text, "Melania Trump")]),
        Entity("Donald Trump", "person", ["Donald Trump"], [], [span(text, "Donald Trump")]),
    ])
    await desk.store.replace_document(make_source("b.txt", text), facts)
    answer = await desk.who("Trump")
    assert answer.status == "ambiguous"
    assert {m.name for m in answer.matches} == {"Melania Trump", "Donald Trump"}


async def test_when_gives_the_linked_date_first_with_citations(desk: Desk) -> None:
    answer = await desk.when("inauguration")
    assert answer.status == "found"
    best = answer.dates[0]
    assert best.value == "2025-01-20" and best.human == "Monday 20 January 2025" and best.sources == 1
    assert "inauguration" in best.citations[0].snippet


async def test_when_counts_agreeing_sources_and_folds_coarser_values(desk: Desk) -> None:
    text = "Trump's inauguration was last week. The inauguration on January 20 was cold."
    t1, t2 = span(text, "last week"), span(text, "January 20")
    i1, i2 = span(text, "inauguration"), span(text, "inauguration", t1[1])
    facts = Facts("c.txt", "2025-01-28", [(0, 35), (36, len(text))],
                  timexes=[Timex(*t1, "last week", "DATE", "2025-W04"), Timex(*t2, "January 20", "DATE", "2025-01-20")],
                  events=[Event("inauguration", *i1, "2025-W04", *t1, 0, 35, 0.9),
                          Event("inauguration", *i2, "2025-01-20", *t2, 36, len(text), 0.9)])
    await desk.store.replace_document(make_source("c.txt", text), facts)
    answer = await desk.when("inauguration")
    assert answer.dates[0].value == "2025-01-20"
    assert answer.dates[0].sources == 2  # a.txt and c.txt (which also says "last week")
    assert all(d.value != "2025-W04" for d in answer.dates)


async def test_when_multiword_query_needs_its_words_in_the_evidence(desk: Desk) -> None:
    answer = await desk.when("Jaishankar met Rubio")
    assert answer.status == "found" and answer.dates[0].value == "2025-01-21"
    assert (await desk.when("Modi met Biden")).status == "not_found"


async def test_when_unknown_event(desk: Desk) -> None:
    answer = await desk.when("moon landing")
    assert answer.status == "not_found" and "moon landing" in answer.message


async def test_quote_groups_identical_words_across_sources(desk: Desk) -> None:
    other = "Later, “We firmly oppose illegal mobility…” said S. Jaishankar."
    q = span(other, "We firmly oppose illegal mobility…")
    j = span(other, "S. Jaishankar")
    facts = Facts("d.txt", "2025-02-01", [(0, len(other))],
                  entities=[Entity("S. Jaishankar", "person", ["S. Jaishankar"], [], [j])],
                  quotes=[Quote(*q, other[q[0]:q[1]], "direct", "S. Jaishankar", "person", *j, "said")])
    await desk.store.replace_document(make_source("d.txt", other), facts)
    answer = await desk.quote("jaishankar")
    assert answer.speaker == "S. Jaishankar"
    assert len(answer.quotes) == 1 and answer.quotes[0].sources == 2
    assert {c.document for c in answer.quotes[0].citations} == {"a.txt", "d.txt"}


async def test_ask_parses_commands_and_refuses_unknown_ones(desk: Desk) -> None:
    assert (await desk.ask("/who Jaishankar")).command == "who"
    assert (await desk.ask('/quote "S. Jaishankar"')).speaker == "S. Jaishankar"
    unknown = await desk.ask("/weather Delhi")
    assert unknown.status == "error" and "/help" in unknown.message
    assert (await desk.ask("")).status == "error"
    assert (await desk.ask("/help")).command == "help"


@pytest.mark.parametrize("nasty", ["", "   ", "@everyone", "?!.,;", "Z̷̢̛a̸l̶g̵o̴" * 50, "x" * 10_000, "\x00\u202e"])
async def test_odd_input_never_crashes(desk: Desk, nasty: str) -> None:
    for command in ("/who", "/when", "/quote"):
        answer = await desk.ask(f"{command} {nasty}")
        assert answer.status in ("found", "not_found", "error", "ambiguous")
        assert answer.to_json()["command"] in ("who", "when", "quote")
    assert isinstance(await desk.complete_names(nasty), list)
    assert isinstance(await desk.complete_events(nasty), list)


async def test_autocomplete_names_and_events(desk: Desk) -> None:
    assert "S. Jaishankar" in await desk.complete_names("jai")
    assert "S. Jaishankar" in await desk.complete_names("")
    assert "inauguration" in await desk.complete_events("inaug")
