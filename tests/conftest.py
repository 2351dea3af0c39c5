"""Shared fixtures. Tests that read ../shared skip with a clear reason where it is absent (a user's machine)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.evaluate import shared_dir
from tests.fetch.site import LocalSite

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (only present on the team's machines and CI)")
    return path


@pytest.fixture(scope="session")
def seeds_gold(shared: Path) -> dict:
    gold = shared / "gold" / "seeds.gold.json"
    if not gold.is_file():
        pytest.skip(f"{gold} not found")
    return json.loads(gold.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture
async def site() -> AsyncIterator[LocalSite]:
    """A web server on 127.0.0.1 for fetching tests (pages, links, feeds, robots.txt)."""
    s = LocalSite()
    await s.start()
    try:
        yield s
    finally:
        await s.stop()
