"""End to end: the scheduled digest arrives in the double's channel (POST /channels/{id}/messages) with the
expected content, exactly once; /digest commands refuse non-admins; a failed post does not kill the bot.

The digest scheduler's clock is injected (bot.digest_clock) and it ticks every 50 ms, so nothing waits for
08:00 and no test sleeps more than a moment."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.digest.conftest import Clock
from tests.discord_double import DiscordDouble, StoredMessage
from tests.discord_double.payloads import ADMIN_PERMISSIONS, EVERYONE_PERMISSIONS

client_mod = pytest.importorskip("bot.client")
desk_mod = pytest.importorskip("bot.desk")
settings_mod = pytest.importorskip("bot.settings")

SEED_A = "000_49acccabc25c2743.txt"
SEED_B = "003_9c9e8ef1097f156a.txt"


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 1, 29, 7, 55, tzinfo=UTC))


@pytest.fixture
async def desk(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[Any]:
    settings = settings_mod.Settings.load(db=tmp_path / "factdesk.db", corpus=seeds_dir, env={})
    desk = await desk_mod.Desk.open(settings.db_path, settings)
    try:
        await desk.ingest_paths([seeds_dir])
        yield desk
    finally:
        await desk.close()


@pytest.fixture
async def bot(double: DiscordDouble, run_bot: Any, desk: Any, clock: Clock) -> AsyncIterator[Any]:
    assert desk.settings.digest_channel_id == 0  # off in the committed config: an admin turns it on
    client = client_mod.FactdeskBot(desk=desk, settings=desk.settings, guild_ready_timeout=0.1)
    client.digest_clock = clock  # read by the digest cog when it loads
    client.digest_tick_seconds = 0.05
    await run_bot(client)
    await client.tree.sync()
    yield client
    await client.close()  # unloads the cogs, stopping the scheduler, before the desk fixture closes the database


async def command(
    double: DiscordDouble, name: str, options: dict[str, Any] | None = None, admin: bool = True
) -> StoredMessage:
    perms = ADMIN_PERMISSIONS if admin else EVERYONE_PERMISSIONS
    rec = await double.slash(name, options, permissions=perms)
    await rec.wait_response(timeout=10)
    assert rec.acked_after is not None and rec.acked_after < 3.0
    return rec.final_message()


async def posts_settle(double: DiscordDouble, at_least: int, timeout: float = 10.0) -> list[StoredMessage]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(double.channel_posts) < at_least:
        if loop.time() > deadline:
            raise AssertionError(f"{len(double.channel_posts)} channel posts, expected {at_least}")
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.3)  # a few more ticks: nothing else may arrive
    return list(double.channel_posts)


async def test_scheduled_digest_arrives_once_with_cited_content(double: DiscordDouble, bot: Any, clock: Clock) -> None:
    reply = await command(double, "digest channel")
    assert reply.ephemeral and f"<#{double.channel_id}>" in reply.content and "08:00 (UTC)" in reply.content
    await asyncio.sleep(0.2)
    assert double.channel_posts == []  # 07:55: not yet
    clock.set(datetime(2025, 1, 29, 8, 0, 2, tzinfo=UTC))
    posts = await posts_settle(double, 1)
    assert 1 <= len(posts) <= 3
    assert all(p.channel_id == double.channel_id and len(p.embeds) <= 10 for p in posts)
    text = "\n".join(p.shown_text() for p in posts)
    assert "Factdesk digest for 2025-01-29: 2 new sources" in text
    assert SEED_A in text and SEED_B in text  # new sources, each cited
    assert "People most mentioned" in text and "S. Jaishankar" in text and "Foreign Minister" in text
    assert "Notable quotes" in text and "We firmly oppose illegal mobility" in text
    assert "Dates mentioned" in text and "2025-01-20" in text
    for p in posts:
        assert p.allowed_mentions is not None and p.allowed_mentions.get("parse") == [] and p.pings() == []
    clock.set(datetime(2025, 1, 29, 15, 0, tzinfo=UTC))  # later the same day: nothing more
    await asyncio.sleep(0.3)
    assert len(double.channel_posts) == len(posts)
    clock.set(datetime(2025, 1, 30, 8, 0, 1, tzinfo=UTC))  # next day: a quiet line
    later = await posts_settle(double, len(posts) + 1)
    assert len(later) == len(posts) + 1 and "nothing new arrived" in later[-1].shown_text()


async def test_digest_commands_refuse_non_admins(double: DiscordDouble, bot: Any) -> None:
    for name, options in [
        ("digest channel", None),
        ("digest time", {"time": "09:00"}),
        ("digest off", None),
        ("digest preview", None),
    ]:
        reply = await command(double, name, options, admin=False)
        assert reply.ephemeral and "Manage Server" in reply.shown_text(), name
    config = await bot.get_cog("DigestCog").runner(int(double.guild_id)).config()
    assert not config.enabled and config.time == "08:00"
    synced = {c["name"]: c for c in double.commands()}
    assert str(synced["digest"]["default_member_permissions"]) == str(1 << 5)  # the hint, on top of the check


async def test_digest_time_validates_and_autocompletes_timezones(double: DiscordDouble, bot: Any) -> None:
    bad = await command(double, "digest time", {"time": "7:30", "timezone": "Mars/Olympus"})
    assert bad.ephemeral and "unknown timezone" in bad.shown_text()
    bad = await command(double, "digest time", {"time": "25:00"})
    assert "HH:MM" in bad.shown_text()
    ok = await command(double, "digest time", {"time": "7:30", "timezone": "Europe/London"})
    assert "07:30 (Europe/London)" in ok.shown_text() and "/digest channel" in ok.shown_text()
    rec = await double.autocomplete("digest time", "timezone", "lond", options={"time": "07:30"})
    await rec.wait_response()
    assert rec.choices is not None and {"name": "Europe/London", "value": "Europe/London"} in rec.choices
    config = await bot.get_cog("DigestCog").runner(int(double.guild_id)).config()
    assert (config.time, config.timezone) == ("07:30", "Europe/London")


async def test_preview_is_private_and_posts_nothing(double: DiscordDouble, bot: Any) -> None:
    rec = await double.slash("digest preview", permissions=ADMIN_PERMISSIONS)
    await rec.wait_response(timeout=10)
    messages = rec.messages()
    assert messages and all(m.ephemeral for m in messages)
    text = "\n".join(m.shown_text() for m in messages)
    assert "The daily digest is off." in text and "2 new sources" in text and "S. Jaishankar" in text
    await asyncio.sleep(0.2)
    assert double.channel_posts == []


async def test_a_failed_post_is_logged_and_the_bot_goes_on(
    double: DiscordDouble, bot: Any, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    cog = bot.get_cog("DigestCog")
    await cog.runner(int(double.guild_id)).save(channel_id=123456789)  # a channel that does not exist (deleted)
    clock.set(datetime(2025, 1, 29, 8, 0, 2, tzinfo=UTC))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while "does not exist any more" not in caplog.text:
        assert loop.time() < deadline, caplog.text
        await asyncio.sleep(0.02)
    row = await bot.desk.store.digest("2025-01-29", int(double.guild_id))  # the server's own digest
    assert row.status == "pending" and row.attempts == 1 and row.retry_at  # retried later, with backoff
    assert cog.scheduler.is_running()
    who = await command(double, "who", {"name": "Jaishankar"})  # the bot still answers
    assert "S. Jaishankar" in who.shown_text()
    await command(double, "digest channel")  # an admin fixes it; the retry posts there
    clock.set(datetime(2025, 1, 29, 8, 5, tzinfo=UTC))
    posts = await posts_settle(double, 1)
    assert "2 new sources" in posts[0].shown_text()
    row = await bot.desk.store.digest("2025-01-29", int(double.guild_id))
    assert row.status == "posted" and row.attempts == 1
