"""Fixtures for end-to-end tests: the Discord API double, error capture, and a bot runner.

- ``double``: a started :class:`DiscordDouble` with discord.py pointed at it. At teardown the test fails
  if Discord would have refused anything the test did not expect (``double.pop_violations(...)`` takes
  the expected ones out), or if an interaction was never answered or a deferred reply never completed.
- ``client_errors``: every ERROR log record emitted while the test ran (discord.py only *logs* exceptions
  raised in app commands, autocomplete and views). The test fails at teardown if any are left; a test that
  provokes one on purpose clears the list after checking it.
- ``run_bot``: ``await run_bot(client)`` starts ``client.start("fake-token")`` in a task, waits until it is
  connected and ready, and closes it at teardown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import discord
import pytest

from tests.discord_double import DiscordDouble

BOT_TOKEN = "fake-token"


class _ErrorCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _describe(record: logging.LogRecord) -> str:
    text = f"{record.name}: {record.getMessage()}"
    if record.exc_info and record.exc_info[1] is not None:
        text += f" -> {record.exc_info[0].__name__ if record.exc_info[0] else ''}: {record.exc_info[1]}"
    return text


@pytest.fixture
def client_errors() -> Iterator[list[logging.LogRecord]]:
    collector = _ErrorCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield collector.records
    finally:
        root.removeHandler(collector)
    if collector.records:
        pytest.fail(
            "errors were logged during the test (exceptions in commands/autocomplete/views):\n"
            + "\n".join(_describe(r) for r in collector.records),
            pytrace=False,
        )


@pytest.fixture
async def double() -> AsyncIterator[DiscordDouble]:
    d = DiscordDouble(token=BOT_TOKEN)
    await d.start()
    d.patch_discord()
    try:
        yield d
    finally:
        d.restore_discord()
        await d.stop()
    d.check_unanswered()
    if d.violations:
        pytest.fail(
            "Discord would have refused:\n" + "\n".join(f"  {v}" for v in d.violations),
            pytrace=False,
        )


@pytest.fixture
async def run_bot(
    double: DiscordDouble, client_errors: list[logging.LogRecord]
) -> AsyncIterator[Callable[[discord.Client], Awaitable[discord.Client]]]:
    started: list[tuple[discord.Client, asyncio.Task[None]]] = []

    async def start(client: discord.Client, timeout: float = 10.0) -> discord.Client:
        task = asyncio.create_task(client.start(BOT_TOKEN), name="bot under test")
        started.append((client, task))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not client.is_ready():
            if task.done():
                task.result()  # re-raise why the client stopped
                raise RuntimeError("client.start() returned before the client was ready")
            if loop.time() > deadline:
                raise TimeoutError(f"client not ready within {timeout}s")
            await asyncio.sleep(0.01)
        await double.wait_connected()
        return client

    yield start

    for client, task in reversed(started):
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)
