"""Every answer function and the console's command parser, over the seeds, with whatever users may type:
no exception, a known status, a citation on every found item, every reply within Discord's limits.

The store is built once per module (seeds/); each example runs on the module's event loop."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer.check import check
from bot.answer.claims import claims_in_message
from bot.answer.quote import quote
from bot.answer.sources import source, sources
from bot.answer.when import when
from bot.answer.who import who
from bot.console import Console, printable
from bot.desk import Desk
from bot.render.embeds import render_embed
from bot.settings import Settings
from commands.check import _within_total
from tests.property.checks import assert_embeds, assert_reply
from tests.property.strategies import CLAIMS, QUERIES, SPEAKERS, command_lines

T = TypeVar("T")
_SURROGATE = re.compile("[\ud800-\udfff]")

PROPERTY = settings(max_examples=60, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@dataclass
class World:
    loop: asyncio.AbstractEventLoop
    desk: Desk
    console: Console

    def run(self, pending: Awaitable[T]) -> T:
        return self.loop.run_until_complete(pending)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Iterator[World]:
    loop = asyncio.new_event_loop()
    root = tmp_path_factory.mktemp("property")
    settings_ = Settings.load(db=root / "seeds.db", corpus=seeds_dir, env={})
    desk = loop.run_until_complete(Desk.open(settings_.db_path, settings_))
    try:
        report = loop.run_until_complete(desk.ingest_paths([seeds_dir]))
        assert len(report.added) == 2
        yield World(loop, desk, Console(desk, settings_, asyncio.Lock(), out=io.StringIO()))
    finally:
        loop.run_until_complete(desk.close())
        loop.close()


ANSWERS: dict[str, Callable[[Desk, str], Awaitable[object]]] = {
    "who": lambda d, q: d.who(q), "when": lambda d, q: d.when(q), "quote": lambda d, q: d.quote(q),
    "source": lambda d, q: d.source(q), "check": lambda d, q: d.check(q),
}


@pytest.mark.parametrize("command", list(ANSWERS))
@PROPERTY
@given(query=st.one_of(QUERIES, CLAIMS))
def test_desk_answers(world: World, command: str, query: str) -> None:
    """What Discord's commands call (the desk clips queries to MAX_QUERY characters)."""
    assert_reply(world.run(ANSWERS[command](world.desk, query)))


@PROPERTY
@given(claim=CLAIMS, speaker=SPEAKERS)
def test_check_with_a_speaker(world: World, claim: str, speaker: str | None) -> None:
    assert_reply(world.run(world.desk.check(claim, speaker)))


@PROPERTY
@given(query=st.one_of(QUERIES, CLAIMS), speaker=SPEAKERS)
def test_answer_functions_unclipped(world: World, query: str, speaker: str | None) -> None:
    """The answer functions themselves, given the whole input (10,000 characters and all) with lone
    surrogates replaced as the desk replaces them (SQLite cannot take them: the desk is the boundary)."""
    store = world.desk.store
    query, speaker = _SURROGATE.sub("\ufffd", query), speaker and _SURROGATE.sub("\ufffd", speaker)
    calls: list[Callable[[], Awaitable[object]]] = [
        lambda: who(store, query), lambda: when(store, query), lambda: quote(store, query),
        lambda: source(store, query), lambda: check(store, query, speaker),
    ]
    for call in calls:
        assert_reply(world.run(call()))


@PROPERTY
@given(offset=st.integers(-10**6, 10**6))
def test_sources_at_any_offset(world: World, offset: int) -> None:
    assert_reply(world.run(sources(world.desk.store, offset)))
    assert_reply(world.run(world.desk.sources(offset)))


@PROPERTY
@given(offset=st.integers(-10**6, 10**6), limit=st.integers(-5, 2000))
def test_quote_pages_at_any_offset(world: World, offset: int, limit: int) -> None:
    assert_reply(world.run(quote(world.desk.store, "Modi", limit=limit, offset=offset)))


@PROPERTY
@given(line=command_lines())
def test_console_command_parser(world: World, line: str) -> None:
    """Desk.ask (the console's and `ask`'s parser) answers or refuses every line, and the console prints it."""
    answer = world.run(world.desk.ask(line))
    assert_reply(answer)
    assert "Something went wrong" not in getattr(answer, "message", "")  # what ask says when a handler raised
    text = world.run(world.console.answer(line))
    assert isinstance(text, str) and text.strip() and "Something went wrong" not in text
    printable(text).encode("utf-8")


@PROPERTY
@given(message=st.one_of(CLAIMS, st.lists(CLAIMS, max_size=8).map(lambda xs: " ".join(f"“{x}”" for x in xs))))
def test_check_quote_menu(world: World, message: str) -> None:
    """The message menu: every quote of a message checked, the verdicts sent together within the total."""
    claims = claims_in_message(message)
    embeds = [render_embed(world.run(world.desk.check(claim))) for claim in claims]
    if embeds:
        assert_embeds(_within_total(embeds))
