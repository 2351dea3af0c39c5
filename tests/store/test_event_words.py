"""The event-word summary behind event autocomplete stays equal to what the events themselves say."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from bot.store import Store
from tests.factories import ARTICLE, make_facts, make_source

RECOUNT = ("SELECT k.key, lower(e.trigger), count(*) FROM event_keys k JOIN events e ON e.id = k.event_id"
           " GROUP BY k.key, lower(e.trigger)")


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    yield s
    await s.close()


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


def _summary(path: Path) -> list[tuple]:
    return _rows(path, "SELECT key, norm, n FROM event_words")


async def test_the_summary_follows_writes_replacements_and_removals(store: Store) -> None:
    shouting = make_facts("b.txt")
    shouting.events[1] = replace(shouting.events[1], trigger="Inauguration")  # one word, however capitalised
    await store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    await store.replace_document(make_source("b.txt", ARTICLE), shouting)
    assert _summary(store.path) == _rows(store.path, RECOUNT)
    assert ("inauguration", "inauguration", 2) in _summary(store.path)
    await store.replace_document(make_source("b.txt", ARTICLE + " Again."), make_facts("b.txt"))
    assert _summary(store.path) == _rows(store.path, RECOUNT)
    await store.remove_document("a.txt")
    await store.remove_document("b.txt")
    assert _summary(store.path) == []


async def test_autocomplete_offers_the_most_used_words_under_a_prefix(store: Store) -> None:
    for name in ("a.txt", "b.txt"):
        await store.replace_document(make_source(name, ARTICLE), make_facts(name))
    assert await store.event_triggers("inau") == ["inauguration"]
    assert await store.event_triggers("zz") == []
    assert set(await store.event_triggers("")) == {"inauguration", "met"}
