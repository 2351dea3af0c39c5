"""/feed add | list | remove, and the background task that polls due feeds.

Admin-only (Manage Server), enforced with app_commands.checks.has_permissions (default_permissions is only a
hint to Discord clients). Feeds, polling and their wording live in bot/feeds/; this cog parses options and
replies. Polling runs in its own task: fetching is awaited I/O, parsing runs in a thread and extraction in
the process pool, so answers are never held up by a slow site.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.feeds import FeedProblem, describe_added, describe_feeds
from bot.render.embeds import clip, safe
from bot.render.limits import CONTENT
from bot.watch import ingest_lock_for
from commands.respond import choices, library_of

if TYPE_CHECKING:
    from bot.client import FactdeskBot

log = logging.getLogger(__name__)


class FeedCog(commands.Cog):
    """Tests set `feed_tick_seconds` (and `feed_clock`) on the bot before it starts, as for the digest."""

    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.desk = bot.desk
        clock = getattr(bot, "feed_clock", None)
        if clock is not None:
            self.desk.feeds.clock = clock
        tick = getattr(bot, "feed_tick_seconds", None) or bot.settings.feeds.tick_seconds
        self.poller.change_interval(seconds=tick)

    async def cog_load(self) -> None:
        if self.bot.settings.feeds.enabled:
            self.poller.start()

    async def cog_unload(self) -> None:
        self.poller.cancel()

    @tasks.loop(seconds=30.0)
    async def poller(self) -> None:
        try:
            await self.desk.feeds.poll_due(lock=ingest_lock_for(self.bot))
        except Exception:  # an exception would stop the loop for good
            log.exception("feeds: a poll round failed; trying again on the next tick")

    feed = app_commands.Group(
        name="feed",
        description="Follow news feeds for this server: new articles are read by themselves (Manage Server).",
        default_permissions=discord.Permissions(manage_guild=True), guild_only=True,
    )

    @feed.command(name="add", description="Follow a news feed (RSS or Atom), or the feed a site announces.")
    @app_commands.describe(url="The feed's address (or the site's: its announced feed is used)",
                           interval="Minutes between reads (default 30, at least 5)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def add(self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000],
                  interval: app_commands.Range[int, 1, 10_080] | None = None) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            row = await self.desk.feeds.add(url.strip(), added_by=str(interaction.user), interval_minutes=interval,
                                            library=library_of(interaction))
        except FeedProblem as exc:
            await interaction.followup.send(clip(f"Not added: {safe(str(exc))}", CONTENT), ephemeral=True)
            return
        log.info("%s added the feed %s", interaction.user, row.url)
        await interaction.followup.send(clip(safe(describe_added(row)), CONTENT), ephemeral=True)

    @feed.command(name="list", description="The feeds followed: last fetch, last error, items read.")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def list_feeds(self, interaction: discord.Interaction) -> None:
        text = describe_feeds(await self.desk.feeds.list(library_of(interaction)), self.desk.feeds.clock())
        await interaction.response.send_message(clip(safe(text), CONTENT), ephemeral=True)

    @feed.command(name="remove", description="Stop following a feed (the articles it brought stay).")
    @app_commands.describe(url="The feed's address, as /feed list shows it")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def remove(self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000]) -> None:
        try:
            row = await self.desk.feeds.remove(url, library_of(interaction))
        except FeedProblem as exc:
            await interaction.response.send_message(clip(safe(str(exc)), CONTENT), ephemeral=True)
            return
        log.info("%s removed the feed %s", interaction.user, row.url)
        await interaction.response.send_message(
            clip(safe(f"No longer following {row.title or row.url}; its {row.items_read} article(s) stay."),
                 CONTENT), ephemeral=True)

    @remove.autocomplete("url")
    async def remove_autocomplete(self, interaction: discord.Interaction,
                                  current: str) -> list[app_commands.Choice[str]]:
        current = current.lower()
        return choices([r.url for r in await self.desk.feeds.list(library_of(interaction))
                        if current in r.url.lower() or current in (r.title or "").lower()])


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(FeedCog(bot))
