"""Every SQL statement some work sends to a store: its reader, its writers and its reader threads."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.store import Store


async def statements_of(store: Store, work: Callable[[], Awaitable[object]]) -> list[str]:
    """The statements `work` runs, in order (an answer through the Desk runs in a reader thread)."""
    seen: list[str] = []
    await store.conn.set_trace_callback(seen.append)
    store._bulk.set_trace_callback(seen.append)
    if store._read_threads is not None:
        store._read_threads.trace = seen.append
    try:
        await work()
    finally:
        await store.conn.set_trace_callback(None)
        store._bulk.set_trace_callback(None)
        if store._read_threads is not None:
            store._read_threads.trace = None
    return seen
