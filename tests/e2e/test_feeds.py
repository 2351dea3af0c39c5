"""End to end through the Discord double, with pages and feeds served from 127.0.0.1: /feed add → the background
poll → the new article answers /who and appears in the digest; /ingest url: and the "Add to Factdesk" message
menu; a private address refused with a clear message; non-admins refused."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.discord_double import DiscordDouble, StoredMessage
from tests.discord_double.payloads import ADMIN_PERMISSIONS, EVERYONE_PERMISSIONS
from tests.feeds.samples import STORIES, rss2
from tests.fetch.conftest import TEST_FETCH
from tests.fetch.site import LocalSite
from tests.ingest.test_html import news_page

client_mod = pytest.importorskip("bot.client")
desk_mod = pytest.importorskip("bot.desk")
settings_mod = pytest.importorskip("bot.settings")


async def _desk(tmp_path: Path, seeds_dir: Path, allow_private: bool) -> Any:
    settings = settings_mod.Settings.load(db=tmp_path / "factdesk.db", corpus=seeds_dir, env={})
    settings = dataclasses.replace(settings, fetch=dataclasses.replace(TEST_FETCH,
                                                                       allow_private_addresses=allow_private))
    desk = await desk_mod.Desk.open(settings.db_path, settings)
    await desk.ingest_paths([seeds_dir])
    return desk


@pytest.fixture
def allow_private() -> bool:
    return True


@pytest.fixture
async def desk(tmp_path: Path, seeds_dir: Path, allow_private: bool) -> AsyncIterator[Any]:
    d = await _desk(tmp_path, seeds_dir, allow_private)
    try:
        yield d
    finally:
        await d.close()


@pytest.fixture
async def bot(double: DiscordDouble, run_bot: Any, desk: Any) -> AsyncIterator[Any]:
    client = client_mod.FactdeskBot(desk=desk, settings=desk.settings, guild_ready_timeout=0.1)
    client.feed_tick_seconds = 0.05
    await run_bot(client)
    await client.tree.sync()
    yield client
    await client.close()


async def command(double: DiscordDouble, name: str, options: dict[str, Any] | None = None,
                  admin: bool = True) -> StoredMessage:
    rec = await double.slash(name, options, permissions=ADMIN_PERMISSIONS if admin else EVERYONE_PERMISSIONS)
    await rec.wait_response(timeout=15)
    assert rec.acked_after is not None and rec.acked_after < 3.0
    return rec.final_message()


async def eventually(check: Any, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError("the condition never became true")
        await asyncio.sleep(0.05)


async def test_a_feed_brings_articles_to_answers_and_the_digest(double: DiscordDouble, bot: Any, desk: Any,
                                                                site: LocalSite) -> None:
    for s in STORIES[:2]:
        site.add_page(f"/news/{s.slug}", s.page(site.base))
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:2]))
    reply = await command(double, "feed add", {"url": url})
    assert reply.ephemeral and "Following “Example News — World”" in reply.shown_text()

    async def read() -> bool:
        return (await desk.feeds.list(int(double.guild_id)))[0].items_read == 2  # the server's feed

    await eventually(read)  # the background poller, not the command, read the items
    who = await command(double, "who", {"name": "Penny Wong"}, admin=False)
    assert "Foreign Minister" in who.shown_text() and "Wong unveils regional trade plan" in who.shown_text()
    assert who.embeds[0].get("url") == f"{site.base}/news/wong-trade"  # the citation links to the article
    listing = await command(double, "feed list")
    assert "2 items read" in listing.shown_text() and "ok" in listing.shown_text()
    preview = await command(double, "digest preview")
    assert "Wong unveils regional trade plan" in preview.shown_text()
    assert "Okafor presents the budget" in preview.shown_text()
    gone = await command(double, "feed remove", {"url": url})
    assert "No longer following" in gone.shown_text()


async def test_ingest_url_and_the_message_menu(double: DiscordDouble, bot: Any, site: LocalSite) -> None:
    url = site.add_page("/world/meeting", news_page())
    reply = await command(double, "ingest", {"url": url})
    assert reply.ephemeral and reply.shown_text().startswith("Added “Jaishankar meets Rubio in Washington”")
    story = STORIES[1]
    site.add_page(f"/news/{story.slug}", story.page(site.base))
    message = double.user_message(f"Worth a read: {site.url('/news/' + story.slug)} and {site.url('/missing')}")
    rec = await double.context_menu("Add to Factdesk", message, permissions=ADMIN_PERMISSIONS)
    text = (await rec.wait_response(timeout=15)).final_message().shown_text()
    assert "Added “Okafor presents the budget” (Example News · 2025-02-04)" in text
    assert "HTTP 404" in text
    who = await command(double, "who", {"name": "Adaeze Okafor"}, admin=False)
    assert "Finance Minister" in who.shown_text()
    empty = await double.context_menu("Add to Factdesk", double.user_message("no links here"),
                                      permissions=ADMIN_PERMISSIONS)
    assert "no web links" in (await empty.wait_response(timeout=10)).final_message().shown_text()


async def test_non_admins_are_refused(double: DiscordDouble, bot: Any, site: LocalSite) -> None:
    url = site.add_page("/world/meeting", news_page())
    for name, options in (("ingest", {"url": url}), ("feed add", {"url": url}), ("feed list", None),
                          ("feed remove", {"url": url})):
        reply = await command(double, name, options, admin=False)
        assert reply.ephemeral and "Manage Server" in reply.shown_text(), name
    rec = await double.context_menu("Add to Factdesk", double.user_message(url), permissions=EVERYONE_PERMISSIONS)
    assert "Manage Server" in (await rec.wait_response(timeout=10)).final_message().shown_text()
    assert site.hits("/world/meeting") == 0


@pytest.mark.parametrize("allow_private", [False])
async def test_a_private_address_is_refused_with_a_clear_message(double: DiscordDouble, bot: Any,
                                                                 site: LocalSite) -> None:
    url = site.add_page("/world/meeting", news_page())
    reply = await command(double, "ingest", {"url": url})
    assert "Not added" in reply.shown_text()
    assert "does not read local or private network addresses" in reply.shown_text()
    feed = await command(double, "feed add", {"url": site.add_feed("/rss.xml", rss2(site.base, STORIES[:1]))})
    assert "Not added" in feed.shown_text() and "private network addresses" in feed.shown_text()
    assert site.requests == []
