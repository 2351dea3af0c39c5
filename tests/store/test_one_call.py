"""One database call per answer: the Desk's answers run whole in a reader thread, over one snapshot."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.desk import Desk
from bot.store import Reads, Store
from bot.store.one_call import run_to_end
from tests.factories import ARTICLE, make_facts, make_source


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    await s.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    yield s
    await s.close()


def test_a_coroutine_that_never_suspends_runs_to_its_end() -> None:
    async def answer() -> int:
        return 42

    assert run_to_end(answer()) == 42


def test_a_coroutine_that_suspends_is_refused_not_left_hanging() -> None:
    async def answer() -> None:
        await asyncio.sleep(0)

    with pytest.raises(RuntimeError, match="awaited something other than the database"):
        run_to_end(answer())


async def test_the_desks_answers_make_no_round_trip_on_the_event_loops_connection(store: Store) -> None:
    desk = Desk(store)
    on_loop: list[str] = []
    await store.conn.set_trace_callback(on_loop.append)
    try:
        who = await desk.who("Jaishankar")
        when = await desk.when("inauguration")
        quote = await desk.quote("Jaishankar")
        names = await desk.complete_names("Jai")
    finally:
        await store.conn.set_trace_callback(None)
    assert on_loop == []
    assert who.status == "found" and who.matches[0].name == "S. Jaishankar"
    assert when.status == "found" and when.dates[0].value == "2025-01-20"
    assert quote.status == "found" and "firmly oppose" in quote.quotes[0].text
    assert names == ["S. Jaishankar"]


async def test_an_answer_reads_one_snapshot_while_another_connection_writes(store: Store) -> None:
    """Every statement of one answer sees the same committed state: the answer is one read transaction."""
    writer = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    seen: list[int] = []

    async def count_twice(reads: Reads) -> None:
        seen.append((await reads._all("SELECT count(*) FROM settings"))[0][0])
        writer.execute("INSERT INTO settings(key, value, updated_at) VALUES ('probe', '1', 'now')")  # committed at once
        seen.append((await reads._all("SELECT count(*) FROM settings"))[0][0])

    try:
        await store.answer(0, count_twice)
        after = writer.execute("SELECT count(*) FROM settings").fetchone()[0]
    finally:
        writer.close()
    assert seen[0] == seen[1] == after - 1


async def test_answers_from_two_libraries_run_side_by_side(store: Store) -> None:
    desk = Desk(store)
    answers = await asyncio.gather(*(desk.who("Jaishankar", library) for library in (0, 123, 456, 0)))
    assert [a.status for a in answers] == ["found"] * 4
