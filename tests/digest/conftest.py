"""Digest fixtures: a database built from the seeds, a controllable clock, and a channel that records posts."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.desk import Desk
from bot.settings import Settings


class Clock:
    """now() for the code under test; tests move it forward instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def set(self, when: datetime) -> None:
        self.current = when

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current


@dataclass
class Channel:
    """Stands in for Discord: records what was posted where; can be told to fail."""

    posts: list[tuple[int, Any]] = field(default_factory=list)
    fail_with: Exception | None = None
    fail_after: int | None = None  # fail once this many messages have been accepted
    next_id: int = 1000

    async def send(self, channel_id: int, message: Any) -> int:
        if self.fail_with is not None and (self.fail_after is None or len(self.posts) >= self.fail_after):
            raise self.fail_with
        self.posts.append((channel_id, message))
        self.next_id += 1
        return self.next_id


def settings_for(tmp_path: Path, corpus: Path, **digest: Any) -> Settings:
    base = Settings.load(db=tmp_path / "factdesk.db", corpus=corpus, env={})
    values = {"digest_channel_id": 42, "digest_time": "08:00", "digest_timezone": "UTC", **digest}
    return replace(base, **values)


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    return folder


@pytest.fixture
async def desk(tmp_path: Path, corpus: Path) -> AsyncIterator[Desk]:
    settings = settings_for(tmp_path, corpus)
    desk = await Desk.open(settings.db_path, settings)
    try:
        report = await desk.ingest_paths([corpus])
        assert len(report.added) == 2, report.summary()
        yield desk
    finally:
        await desk.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 1, 29, 7, 0, tzinfo=UTC))


@pytest.fixture
def channel() -> Channel:
    return Channel()
