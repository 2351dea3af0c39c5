"""End to end, two servers in the Discord double: what guild A adds (a file, a link, a feed) answers in A only.

Every command and autocomplete in guild B (and in a DM) gives, after A's additions, exactly the reply it gave
before them — the full reply and the full list of choices — while A sees what it added. Both servers get
their own digest, exactly once, each from the base library and its own. Removing from one server leaves the
other's copy.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.digest.conftest import Clock
from tests.discord_double import DiscordDouble, DoubleGuild, StoredMessage
from tests.discord_double.payloads import ADMIN_PERMISSIONS
from tests.feeds.samples import STORIES, rss2
from tests.fetch.conftest import TEST_FETCH
from tests.fetch.site import LocalSite
from tests.libraries.articles import ARTICLES

client_mod = pytest.importorskip("bot.client")
desk_mod = pytest.importorskip("bot.desk")
settings_mod = pytest.importorskip("bot.settings")

Where = DoubleGuild | None  # a guild, or None for a DM

# What B (and a DM) asks: about what A adds (Penny Wong, her quote, her summit; Okafor from a link; the feed's
# stories), and about what everybody shares (the seeds' Jaishankar, whom A's file also names).
QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("who", {"name": "Penny Wong"}), ("who", {"name": "Wong"}), ("who", {"name": "Jaishankar"}),
    ("who", {"name": "Adaeze Okafor"}), ("quote", {"person": "Wong"}), ("quote", {"person": "Jaishankar"}),
    ("check", {"quote": "Trade keeps our region stable and prosperous"}),
    ("check", {"quote": "We firmly oppose illegal mobility", "speaker": "Jaishankar"}),
    ("when", {"event": "summit"}), ("when", {"event": "trade plan unveiled"}), ("when", {"event": "inauguration"}),
    ("sources", {}), ("source", {"document": "wong.txt"}), ("source", {"document": "Okafor"}), ("help", {}),
]
COMPLETIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("who", "name", "", {}), ("who", "name", "Pen", {}), ("who", "name", "Wo", {}), ("who", "name", "Jai", {}),
    ("who", "name", "Oka", {}), ("quote", "person", "Wo", {}), ("check", "speaker", "Wo", {"quote": "Trade keeps"}),
    ("when", "event", "", {}), ("when", "event", "sum", {}), ("when", "event", "unv", {}),
    ("source", "document", "", {}), ("source", "document", "wo", {}), ("source", "document", "oka", {}),
]
SECRETS = ("Wong", "wong", "Trade keeps", "Canberra", "Okafor", "Abuja", "Sitharaman", "Subrahmanyam")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 1, 29, 7, 55, tzinfo=UTC))


@pytest.fixture
async def desk(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[Any]:
    settings = settings_mod.Settings.load(db=tmp_path / "factdesk.db", corpus=seeds_dir, env={})
    settings = dataclasses.replace(settings, fetch=dataclasses.replace(TEST_FETCH, allow_private_addresses=True))
    desk = await desk_mod.Desk.open(settings.db_path, settings)
    try:
        await desk.ingest_paths([seeds_dir])
        yield desk
    finally:
        await desk.close()


@pytest.fixture
def guild_b(double: DiscordDouble) -> DoubleGuild:
    return double.add_guild("Guild B", "b-news")


@pytest.fixture
async def bot(double: DiscordDouble, guild_b: DoubleGuild, run_bot: Any, desk: Any, clock: Clock
              ) -> AsyncIterator[Any]:
    client = client_mod.FactdeskBot(desk=desk, settings=desk.settings, guild_ready_timeout=0.1)
    client.digest_clock = clock
    client.digest_tick_seconds = 0.05
    client.feed_tick_seconds = 0.05
    await run_bot(client)
    await client.tree.sync()
    assert {g.id for g in client.guilds} == {int(double.guild_id), int(guild_b.id)}
    yield client
    await client.close()


async def reply(double: DiscordDouble, name: str, options: dict[str, Any] | None = None, *, where: Where,
                admin: bool = False) -> StoredMessage:
    """The reply to one command, asked by a new user each time (the answering commands have a per-user cooldown)."""
    perms = ADMIN_PERMISSIONS if admin else None
    user = double.make_user("asker")
    if where is None:
        rec = await double.slash(name, options, dm=True, user=user)
    else:
        rec = await double.slash(name, options, guild=where, permissions=perms, user=user)
    await rec.wait_response(timeout=15)
    return rec.final_message()


async def choices(double: DiscordDouble, name: str, option: str, value: str, options: dict[str, Any],
                  where: Where) -> list[dict[str, Any]]:
    if where is None:
        rec = await double.autocomplete(name, option, value, options=options, dm=True)
    else:
        rec = await double.autocomplete(name, option, value, options=options, guild=where)
    await rec.wait_response(timeout=10)
    return list(rec.choices or [])


async def everything(double: DiscordDouble, where: Where) -> dict[str, Any]:
    """Every question's full reply (content and embeds) and every completion's full list of choices."""
    seen: dict[str, Any] = {}
    for name, options in QUESTIONS:
        msg = await reply(double, name, options, where=where)
        seen[f"/{name} {options}"] = (msg.content, msg.embeds)
    for name, option, value, options in COMPLETIONS:
        seen[f"/{name} {option}={value!r}"] = await choices(double, name, option, value, options, where)
    message = double.user_message("“Trade keeps our region stable and prosperous,” she said.",
                                  guild=where) if where else None
    if message is not None:  # the "Check quote" message menu (a guild's channel)
        rec = await double.context_menu("Check quote", message, guild=where, user=double.make_user("asker"))
        msg = (await rec.wait_response(timeout=10)).final_message()
        seen["menu Check quote"] = msg.embeds
    return seen


async def add_in_a(double: DiscordDouble, bot: Any, site: LocalSite) -> None:
    """Guild A adds files (Penny Wong; Sitharaman, naming Subrahmanyam Jaishankar too), a link (Adaeze Okafor) and
    a feed (two more stories)."""
    for name in ("wong", "sitharaman"):
        upload = double.upload(f"{name}.txt", ARTICLES[name].encode())
        added = await reply(double, "ingest", {"file": upload}, where=double.guild, admin=True)
        assert "Saved as" in added.content
    page = site.add_page("/news/okafor", _page("Okafor presents the budget", ARTICLES["okafor"]))
    linked = await reply(double, "ingest", {"url": page}, where=double.guild, admin=True)
    assert linked.shown_text().startswith("Added “Okafor presents the budget”")
    for s in STORIES[:2]:
        site.add_page(f"/news/{s.slug}", s.page(site.base))
    feed = site.add_feed("/rss.xml", rss2(site.base, STORIES[:2]))
    assert "Following" in (await reply(double, "feed add", {"url": feed}, where=double.guild, admin=True)).content
    store = bot.desk.store

    async def read() -> bool:
        feeds = await store.feeds(int(double.guild_id))
        return bool(feeds) and feeds[0].items_read == 2

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 15
    while not await read():
        assert loop.time() < deadline, "the feed was never read"
        await asyncio.sleep(0.05)


def _page(title: str, article: str) -> str:
    body = article.split("---\n", 2)[2]
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>"
            "<meta property='article:published_time' content='2025-02-04'></head><body><article>"
            f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body.split(". ")) + "</article></body></html>")


async def test_what_guild_a_adds_changes_nothing_in_guild_b_or_a_dm(
    double: DiscordDouble, bot: Any, guild_b: DoubleGuild, site: LocalSite
) -> None:
    before_b = await everything(double, guild_b)
    before_dm = await everything(double, None)
    await add_in_a(double, bot, site)

    assert await everything(double, guild_b) == before_b
    assert await everything(double, None) == before_dm
    for question, shown in before_b.items():  # and none of it, but the words asked, came from A
        echoed = any(w in question.lower() for w in ("wong", "okafor", "check", "trade"))
        assert echoed or not any(s in str(shown) for s in SECRETS), (question, shown)

    in_a = await reply(double, "who", {"name": "Penny Wong"}, where=double.guild)  # A sees all it added
    assert "Wong unveils regional trade plan" in in_a.shown_text() and "2 sources" in in_a.shown_text()  # file, feed
    assert "Adaeze Okafor" in (await reply(double, "who", {"name": "Okafor"}, where=double.guild)).shown_text()
    jaishankar_a = (await reply(double, "who", {"name": "Jaishankar"}, where=double.guild)).shown_text()
    jaishankar_b = (await reply(double, "who", {"name": "Jaishankar"}, where=guild_b)).shown_text()
    assert "Subrahmanyam Jaishankar" in jaishankar_a and "Budget day in Delhi" in jaishankar_a
    assert "Subrahmanyam" not in jaishankar_b and "Budget day" not in jaishankar_b
    assert "Penny Wong" in str(await choices(double, "who", "name", "Pen", {}, double.guild))
    listing = await reply(double, "library list", where=double.guild, admin=True)
    assert "wong.txt" in listing.content and "feed" in listing.content
    empty = await reply(double, "library list", where=guild_b, admin=True)
    assert "has added no documents" in empty.content and "wong" not in empty.content
    assert "No feeds" in (await reply(double, "feed list", where=guild_b, admin=True)).shown_text()
    assert "Example News" in (await reply(double, "feed list", where=double.guild, admin=True)).shown_text()


async def test_removal_in_one_guild_leaves_the_other_guilds_copy(
    double: DiscordDouble, bot: Any, guild_b: DoubleGuild
) -> None:
    for where in (double.guild, guild_b):
        upload = double.upload("wong.txt", ARTICLES["wong"].encode())
        assert "Saved as" in (await reply(double, "ingest", {"file": upload}, where=where, admin=True)).content
    rec = await double.autocomplete("library remove", "document", "wo", guild=double.guild,
                                    permissions=ADMIN_PERMISSIONS)
    await rec.wait_response()
    assert rec.choices == [{"name": "wong.txt", "value": "wong.txt"}]
    base_doc = await reply(double, "library remove", {"document": "000_49acccabc25c2743.txt"}, where=double.guild,
                           admin=True)
    assert "added no document" in base_doc.content  # the base library is not a server's to remove
    gone = await reply(double, "library remove", {"document": "wong.txt"}, where=double.guild, admin=True)
    assert "Removed" in gone.content
    assert "Nobody called" in (await reply(double, "who", {"name": "Penny Wong"}, where=double.guild)).shown_text()
    kept = await reply(double, "who", {"name": "Penny Wong"}, where=guild_b)
    assert "Penny Wong" in kept.embeds[0]["title"] and "Wong unveils regional trade plan" in kept.shown_text()
    assert "Jaishankar" in (await reply(double, "who", {"name": "Jaishankar"}, where=double.guild)).shown_text()


async def test_each_guild_gets_its_own_digest_exactly_once(
    double: DiscordDouble, bot: Any, guild_b: DoubleGuild, clock: Clock
) -> None:
    for where in (double.guild, guild_b):
        set_up = await reply(double, "digest channel", where=where, admin=True)
        assert f"<#{where.channel_id}>" in set_up.content
    upload = double.upload("wong.txt", ARTICLES["wong"].encode())
    assert "Saved as" in (await reply(double, "ingest", {"file": upload}, where=double.guild, admin=True)).content
    await asyncio.sleep(0.2)
    assert double.channel_posts == []
    clock.set(datetime(2025, 1, 29, 8, 0, 2, tzinfo=UTC))
    posts = await _posts_settle(double, {double.guild.channel_id, guild_b.channel_id})
    in_a = "\n".join(p.shown_text() for p in posts if p.channel_id == double.guild.channel_id)
    in_b = "\n".join(p.shown_text() for p in posts if p.channel_id == guild_b.channel_id)
    assert "3 new sources" in in_a and "wong.txt" in in_a and "Penny Wong" in in_a
    assert "2 new sources" in in_b and "S. Jaishankar" in in_b
    assert not any(s in in_b for s in SECRETS)
    for channel in (double.guild.channel_id, guild_b.channel_id):
        assert sum(p.channel_id == channel for p in posts) <= 3
    clock.set(datetime(2025, 1, 29, 15, 0, tzinfo=UTC))  # later that day: nothing more in either
    await asyncio.sleep(0.4)
    assert len(double.channel_posts) == len(posts)
    rows = [await bot.desk.store.digest("2025-01-29", int(g.id)) for g in (double.guild, guild_b)]
    assert all(r is not None and r.status == "posted" for r in rows)


async def _posts_settle(double: DiscordDouble, channels: set[str], timeout: float = 10.0) -> list[StoredMessage]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while {p.channel_id for p in double.channel_posts} != channels:
        assert loop.time() < deadline, [p.channel_id for p in double.channel_posts]
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.4)
    return list(double.channel_posts)
