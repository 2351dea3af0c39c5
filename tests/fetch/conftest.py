"""A local site on 127.0.0.1 and a fetcher allowed to read it (private addresses are refused by default)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.fetch import Fetcher, FetchSettings

TEST_FETCH = FetchSettings(connect_timeout=2, read_timeout=0.5, total_timeout=3, max_bytes=1_000_000,
                           max_redirects=5, per_host_delay=0, concurrency=4, allow_private_addresses=True)


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    f = Fetcher(TEST_FETCH)
    try:
        yield f
    finally:
        await f.close()
