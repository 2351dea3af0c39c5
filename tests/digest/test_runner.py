"""Exactly once: one digest per local day across restarts and DST, catch-up after downtime, bounded retries.

A "restart" is a new DigestRunner over the same database; the clock is injected, nothing sleeps.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.desk import Desk
from bot.digest.runner import DigestRunner
from bot.digest.schedule import MAX_ATTEMPTS
from bot.render.digest import render_digest_text
from tests.digest.conftest import Channel, Clock, settings_for

ARTICLE = """---
title: Rubio visits Delhi
outlet: The Daily Example
published: 2025-01-30
---
US Secretary of State Marco Rubio will visit New Delhi on February 12, 2025, officials said on Thursday.
"""


def runner(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path, up_since: datetime | None = None, **digest: object
) -> DigestRunner:
    """A (re)started runner. It has been up for an hour unless `up_since` says it just started."""
    settings = settings_for(tmp_path, desk.settings.corpus_dir if desk.settings else tmp_path, **digest)
    r = DigestRunner(desk.store, settings, lambda answer: [render_digest_text(answer)], channel.send, now=clock)
    r.started_at = up_since or clock() - timedelta(hours=1)
    return r


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def test_one_digest_per_day_across_restarts(desk: Desk, channel: Channel, clock: Clock, tmp_path: Path) -> None:
    clock.set(utc(2025, 1, 29, 7, 0))
    first = runner(desk, channel, clock, tmp_path, up_since=clock())
    assert (await first.tick()).action == "skip"  # a first start is not downtime: yesterday is not caught up
    assert (await first.tick()).action == "wait" and channel.posts == []
    clock.set(utc(2025, 1, 29, 8, 0, 10))
    assert (await first.tick()).action == "posted"
    assert len(channel.posts) == 1 and channel.posts[0][0] == 42
    assert "2 new sources" in channel.posts[0][1]
    for minutes in (1, 30, 600):  # restarts later the same day post nothing
        clock.set(utc(2025, 1, 29, 8, 0) + timedelta(minutes=minutes))
        assert (await runner(desk, channel, clock, tmp_path).tick()).action == "wait"
    assert len(channel.posts) == 1
    row = await desk.store.digest("2025-01-29")
    assert row is not None and row.status == "posted" and row.message_ids == [1001] and row.posted_at
    clock.set(utc(2025, 1, 30, 8, 1))  # the next day: nothing new, one quiet line
    assert (await runner(desk, channel, clock, tmp_path).tick()).action == "quiet"
    assert "nothing new arrived" in channel.posts[-1][1] and len(channel.posts) == 2


async def test_dst_changes_with_restarts_post_once_per_local_day(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path
) -> None:
    """Europe/London, 01:30 (inside the March gap and the October fold), restarting every 5 hours."""
    for start in (utc(2025, 3, 28, 12), utc(2025, 10, 24, 12)):
        clock.set(start)
        current = runner(desk, channel, clock, tmp_path, up_since=clock(), digest_time="01:30",
                         digest_timezone="Europe/London", digest_catch_up=False)
        posted_before = len(channel.posts)
        while clock() < start + timedelta(days=4):
            await current.tick()
            clock.advance(minutes=10)
            if clock().minute == 0 and clock().hour % 5 == 0:
                current = runner(desk, channel, clock, tmp_path, up_since=clock(), digest_time="01:30",
                                 digest_timezone="Europe/London", digest_catch_up=False)
        assert len(channel.posts) - posted_before == 4  # 29, 30, 31 March (or 25, 26, 27, 28 October)…
    periods = ["2025-03-29", "2025-03-30", "2025-03-31", "2025-04-01",
               "2025-10-25", "2025-10-26", "2025-10-27", "2025-10-28"]
    rows = [await desk.store.digest(p) for p in periods]
    assert sum(1 for r in rows if r is not None and r.status in ("posted", "quiet")) == 8


async def test_catch_up_after_downtime_posts_once(desk: Desk, channel: Channel, clock: Clock, tmp_path: Path) -> None:
    clock.set(utc(2025, 1, 28, 8, 0, 1))
    assert (await runner(desk, channel, clock, tmp_path).tick()).action == "posted"
    (desk.settings.corpus_dir / "rubio.txt").write_text(ARTICLE, encoding="utf-8")  # type: ignore[union-attr]
    await desk.ingest_paths([desk.settings.corpus_dir])  # type: ignore[union-attr]
    clock.set(utc(2025, 1, 29, 11, 30))  # the bot was down at 08:00
    assert (await runner(desk, channel, clock, tmp_path, up_since=clock()).tick()).action == "posted"
    clock.advance(minutes=1)
    assert (await runner(desk, channel, clock, tmp_path).tick()).action == "wait"
    assert len(channel.posts) == 2 and "Rubio visits Delhi" in channel.posts[1][1]
    clock.set(utc(2025, 2, 2, 9))  # down for three days: one digest on start, not three
    r = runner(desk, channel, clock, tmp_path, up_since=clock())
    assert [(await r.tick()).action for _ in range(3)] == ["quiet", "wait", "wait"]
    assert len(channel.posts) == 3


async def test_no_catch_up_waits_for_the_next_slot_and_loses_nothing(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path
) -> None:
    clock.set(utc(2025, 1, 28, 8, 1))
    r = runner(desk, channel, clock, tmp_path, digest_catch_up=False)
    assert (await r.tick()).action == "posted"
    (desk.settings.corpus_dir / "rubio.txt").write_text(ARTICLE, encoding="utf-8")  # type: ignore[union-attr]
    await desk.ingest_paths([desk.settings.corpus_dir])  # type: ignore[union-attr]
    clock.set(utc(2025, 1, 29, 11, 30))  # down at 08:00
    r = runner(desk, channel, clock, tmp_path, up_since=clock(), digest_catch_up=False)
    assert (await r.tick()).action == "skip"
    assert len(channel.posts) == 1
    clock.set(utc(2025, 1, 30, 8, 0, 5))
    assert (await r.tick()).action == "posted"  # the skipped day's sources are in the next digest
    assert "1 new source" in channel.posts[1][1] and "Rubio visits Delhi" in channel.posts[1][1]


async def test_quiet_day_skip_posts_nothing_but_counts_as_done(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path
) -> None:
    clock.set(utc(2025, 1, 29, 8, 1))
    assert (await runner(desk, channel, clock, tmp_path, digest_quiet="skip").tick()).action == "posted"
    clock.set(utc(2025, 1, 30, 8, 1))
    r = runner(desk, channel, clock, tmp_path, digest_quiet="skip")
    assert (await r.tick()).action == "quiet" and (await r.tick()).action == "wait"
    assert len(channel.posts) == 1


async def test_switching_on_after_the_slot_waits_for_the_next_one(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path
) -> None:
    clock.set(utc(2025, 1, 29, 7))
    r = runner(desk, channel, clock, tmp_path, digest_channel_id=0)
    clock.set(utc(2025, 1, 29, 10))
    config = await r.save(channel_id=77)  # an admin runs /digest channel at 10:00
    assert config.channel_id == 77 and config.enabled_at is not None
    assert (await r.tick()).action == "wait"
    clock.set(utc(2025, 1, 30, 8, 0, 1))
    assert (await r.tick()).action == "posted" and channel.posts[0][0] == 77


async def test_channel_off_posts_nothing(desk: Desk, channel: Channel, clock: Clock, tmp_path: Path) -> None:
    clock.set(utc(2025, 1, 29, 9))
    assert (await runner(desk, channel, clock, tmp_path, digest_channel_id=0).tick()).action == "off"
    assert channel.posts == []


async def test_failed_post_is_logged_retried_with_backoff_then_posted_once(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock.set(utc(2025, 1, 29, 8, 0, 30))
    r = runner(desk, channel, clock, tmp_path)
    channel.fail_with = RuntimeError("no permission to post in channel 42")
    with caplog.at_level(logging.WARNING):
        assert (await r.tick()).action == "failed"
    assert "no permission to post in channel 42" in caplog.text and "retrying at" in caplog.text
    clock.advance(seconds=30)
    assert (await r.tick()).action == "wait"  # backoff: 1 minute after the first failure
    clock.advance(seconds=31)
    assert (await r.tick()).action == "failed"  # second failure: now 2 minutes
    row = await desk.store.digest("2025-01-29")
    assert row is not None and row.attempts == 2 and row.status == "pending"
    channel.fail_with = None
    clock.advance(minutes=1)
    assert (await r.tick()).action == "wait"
    clock.advance(minutes=1, seconds=1)
    r = runner(desk, channel, clock, tmp_path)  # a restart in between changes nothing
    assert (await r.tick()).action == "posted"
    assert (await r.tick()).action == "wait"
    assert len(channel.posts) == 1


async def test_a_restart_mid_post_resumes_after_the_messages_already_sent(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path
) -> None:
    clock.set(utc(2025, 1, 29, 8, 1))
    settings = settings_for(tmp_path, tmp_path)
    parts = ["part one", "part two", "part three"]
    r = DigestRunner(desk.store, settings, lambda a: parts, channel.send, now=clock)
    r.started_at = utc(2025, 1, 29, 7)
    channel.fail_with, channel.fail_after = ConnectionError("Discord went away"), 1
    assert (await r.tick()).action == "failed"
    assert [m for _, m in channel.posts] == ["part one"]
    channel.fail_with = None
    clock.advance(minutes=5)
    r = DigestRunner(desk.store, settings, lambda a: parts, channel.send, now=clock)  # restart
    assert (await r.tick()).action == "posted"
    assert [m for _, m in channel.posts] == parts  # nothing repeated
    row = await desk.store.digest("2025-01-29")
    assert row is not None and len(row.message_ids) == 3 and row.status == "posted"


async def test_gives_up_after_bounded_attempts_and_the_next_digest_covers_it(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock.set(utc(2025, 1, 29, 8, 1))
    r = runner(desk, channel, clock, tmp_path)
    channel.fail_with = RuntimeError("channel 42 does not exist any more")
    outcomes = []
    with caplog.at_level(logging.WARNING):
        for _ in range(200):
            outcomes.append((await r.tick()).action)
            clock.advance(minutes=1)
    assert outcomes.count("failed") == MAX_ATTEMPTS - 1 and outcomes.count("gave_up") == 1
    assert "giving up on this period" in caplog.text
    channel.fail_with = None
    clock.set(utc(2025, 1, 30, 8, 1))
    assert (await r.tick()).action == "posted"
    assert "2 new sources" in channel.posts[0][1]


async def test_only_what_arrived_since_the_last_digest(
    desk: Desk, channel: Channel, clock: Clock, tmp_path: Path, corpus: Path
) -> None:
    clock.set(utc(2025, 1, 29, 8, 1))
    r = runner(desk, channel, clock, tmp_path)
    assert (await r.tick()).action == "posted"
    (corpus / "rubio.txt").write_text(ARTICLE, encoding="utf-8")
    await desk.ingest_paths([corpus])  # same second as the watermark, possibly: the edge keeps it
    preview = await r.preview()
    assert [s.document for s in preview.sources] == ["rubio.txt"]
    clock.set(utc(2025, 1, 30, 8, 1))
    assert (await r.tick()).action == "posted"
    text = channel.posts[-1][1]
    assert "1 new source" in text and "Rubio visits Delhi · The Daily Example · 2025-01-30" in text
    assert "000_49acccabc25c2743.txt" not in text
    clock.set(utc(2025, 1, 31, 8, 1))
    assert (await r.tick()).action == "quiet"


async def test_tick_never_raises(desk: Desk, channel: Channel, clock: Clock, tmp_path: Path,
                                 caplog: pytest.LogCaptureFixture) -> None:
    clock.set(utc(2025, 1, 29, 8, 1))
    r = runner(desk, channel, clock, tmp_path)

    def broken(answer: object) -> list[str]:
        raise ValueError("renderer bug")

    r.render = broken
    with caplog.at_level(logging.ERROR):
        assert (await r.tick()).action == "failed"
    assert "scheduled check failed" in caplog.text
