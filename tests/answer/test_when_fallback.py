"""/when when the strict match finds nothing or only weak evidence (bot/answer/when_fallback.py), and the
event's own date over a statement's or another event's: one case per error class, on short articles
written here (none copied from news-dev or news-written)."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path

import pytest

from bot.answer.query_words import tokens
from bot.answer.when_fallback import acronyms
from bot.answer.when_said import statement_spans
from bot.desk import Desk
from tests.tracing import statements_of

ARTICLES = {
    "obituary.txt": (
        "date 2024-11-18\n"
        "Tributes poured in for Marguerite Olanne, the Breton harpist whose recordings sold millions.\n"
        "She died on Saturday at her home in Rennes, her son said.\n"
        "Olanne gave her first public concert in Nantes on 2 June 1951.\n"
    ),
    "verdict.txt": (
        "date 2025-02-14\n"
        "CLEVELAND — A former treasurer of the Lakeshore water board was convicted Wednesday of embezzling "
        "$1.1 million from the utility.\n"
        "Dariusz Wolnik, 58, pleaded not guilty at his arraignment on June 6, 2023.\n"
        "The trial began Feb. 3.\n"
    ),
    "lander.txt": (
        "date 2025-09-13\n"
        "PASADENA — A small robotic lander built by Orrery Dynamics settled onto the Moon's Sea of Serenity late "
        "Friday, the company's second attempt to reach the surface.\n"
        "The Skylark-3 lander, which launched August 2 from Florida, sent its first signal a minute later.\n"
    ),
    "panel.txt": (
        "date 2024-05-20\n"
        "An advisory committee to the European Medicines Agency voted on Thursday to recommend an experimental "
        "asthma inhaler made by Veltro Pharma.\n"
        "The agency will make its decision by July 30.\n"
    ),
    "match.txt": (
        "date 2024-10-21\n"
        "The Harbourside Kestrels beat Dunmore 2-0 in front of 9,000 fans on Saturday night.\n"
    ),
    "plant.txt": (
        "date 2025-04-09\n"
        "Pune: Varuna Cement Ltd will invest Rs 2,000 crore in a new kiln at Ratnagiri, the company said on Monday.\n"
        "The company's board cleared the project at a meeting on Saturday.\n"
    ),
    "talks.txt": (
        "date 2025-05-04\n"
        "OSLO, May 4 (Reuters) - Fisheries negotiators from nine countries failed on Tuesday to agree on catch "
        "limits, leaving the hardest questions to a ministerial summit later this month.\n"
        "The talks had been meant to produce a text for ministers to sign at the summit in Oslo on May 19.\n"
    ),
    "cup.txt": (
        "date 2024-04-29\n"
        "Solvik reached their first cup final in 20 years on Sunday, with captain Ivar Haugstad scoring twice.\n"
        "Haugstad, who joined from Lillestad in January 2022, had missed the quarter-final on April 14.\n"
    ),
    "byelection.txt": (
        "date 2025-06-13\n"
        "Tomas Reiner has won the Eastmoor by-election, the Independent Electoral Commission announced on "
        "Thursday.\n"
        "Two days before the vote, police arrested three people after a brawl at a rally.\n"
        "The vote, held on Tuesday, was called after the sitting member resigned.\n"
    ),
}


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The articles ingested once; each test opens the database."""
    folder = tmp_path_factory.mktemp("when_fallback")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")

    async def ingest() -> None:
        d = await Desk.open(folder / "when.db")
        try:
            await d.ingest_paths([folder])
        finally:
            await d.close()

    asyncio.run(ingest())
    return folder / "when.db"


@pytest.fixture
async def desk(database: Path):
    d = await Desk.open(database)
    yield d
    await d.close()


@pytest.mark.parametrize(("query", "day"), [
    pytest.param("death of the Breton harpist", "2024-11-16", id="the-document-names-what-the-sentence-does-not"),
    pytest.param("Olanne death", "2024-11-16", id="a-pronoun-refers-to-the-name"),
    pytest.param("Wolnik found guilty", "2025-02-12", id="found-guilty-is-convicted-not-guilty-is-not"),
    pytest.param("Wolnik not guilty plea", "2023-06-06", id="not-guilty-plea-is-pleaded-not-guilty"),
    pytest.param("Skylark-3 touches down on the Moon", "2025-09-12", id="touches-down-is-settled-onto"),
    pytest.param("EMA advisers back asthma inhaler", "2024-05-16", id="acronym-meets-its-expansion"),
    pytest.param("board approval of the kiln", "2025-04-05", id="the-event-date-not-the-statement-date"),
    pytest.param("Varuna announces Ratnagiri investment", "2025-04-07", id="a-statement-asked-is-its-date"),
    pytest.param("Oslo ministerial summit", "2025-05-19", id="a-dateline-and-another-clause-are-not-the-summit"),
    pytest.param("Eastmoor polling day", "2025-06-10", id="a-word-inside-a-date-is-no-event"),
    pytest.param("Eastmoor result declared", "2025-06-12", id="an-event-word-in-a-name-is-no-event"),
    pytest.param("Haugstad joins Solvik", "2022-01", id="the-event-word-beats-a-better-covering-lead"),
])
async def test_first_date(desk: Desk, query: str, day: str) -> None:
    answer = await desk.when(query)
    assert answer.dates and answer.dates[0].value == day, [d.value for d in answer.dates]
    assert answer.dates[0].citations


async def test_a_time_is_shown_as_its_day(desk: Desk) -> None:
    answer = await desk.when("Kestrels beat Dunmore")
    assert [d.value for d in answer.dates][:1] == ["2024-10-19"]
    assert all("T" not in d.value and "X" not in d.value for d in answer.dates)


async def test_a_capitalised_word_no_source_has_is_still_not_found(desk: Desk) -> None:
    assert (await desk.when("Dubrovsky found guilty")).status == "not_found"


# Tables that grow with the corpus: /when must reach their rows through an index.
_TABLES = re.compile(r"^SCAN (sentences|timexes|events|event_keys|mentions|entities|entity_aliases|alias_tokens"
                     r"|documents|aliases)\b")


async def test_the_fallback_reads_through_indexes_in_one_call(desk: Desk) -> None:
    async def ask() -> None:
        assert (await desk.when("death of the Breton harpist")).status == "found"

    statements = await statements_of(desk.store, ask)
    fallback = [s for s in statements if "WITH hits AS" in s]
    assert len(fallback) == 1
    conn = sqlite3.connect(desk.store.path)
    try:
        for sql in statements:
            if sql.lstrip().upper().startswith(("SELECT", "WITH")):
                plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
                assert not [step for step in plan if _TABLES.match(step)], (sql, plan)
    finally:
        conn.close()


@pytest.mark.parametrize(("text", "date", "said"), [
    ("The company said on Monday it would expand.", "Monday", True),
    ("Putin told reporters on Friday that talks would go on.", "Friday", True),
    ("GENEVA, March 4 (Reuters) - Talks failed.", "March 4", True),
    ("The regulator said the firms had until 25 September to respond.", "25 September", False),
    ("The company will announce its results on May 22.", "May 22", False),
    ("The board met on Saturday, the company said.", "Saturday", False),
])
def test_statement_dates(text: str, date: str, said: bool) -> None:
    at = text.index(date)
    assert bool(statement_spans(text, 0, [(at, at + len(date))])) is said


def test_phrases_are_one_word() -> None:
    assert [t.group for t in tokens("He was found guilty")] == ["conviction"]
    assert "conviction" not in {t.group for t in tokens("He pleaded not guilty")}
    assert {t.group for t in tokens("the lander touched down")} >= {"landing"}
    assert "rain" in {t.group for t in tokens("a downpour")} & {t.group for t in tokens("heavy rain")}


def test_acronyms_of_capitalised_runs() -> None:
    assert "ema" in acronyms("a committee of the European Medicines Agency said")
    assert "cma" in acronyms("The Competition and Markets Authority said")
