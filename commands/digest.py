"""/digest channel | time | off | preview, and the scheduler that posts each server's daily digest.

Every server has its own digest: its channel, time and zone, its content from the base library and the
server's own, posted exactly once per period per server (bot/digest/). The scheduler ticks one runner per
server the bot is in.

Admin-only (Manage Server), enforced with app_commands.checks.has_permissions — default_permissions is
only a hint to Discord clients. The schedule, exactly-once bookkeeping and content live in bot/digest/;
this cog parses options, posts messages and replies.

Why a short tasks.loop tick rather than tasks.loop(time=...): the time and timezone change at run time
(/digest time), a digest missed while the bot was down is posted on start, failed posts are retried with
a backoff, and DST is handled (and tested) in bot/digest/schedule.py against an injected clock. Each tick
is a few indexed lookups and usually decides "wait".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.digest.config import DigestConfig, adopt_legacy
from bot.digest.runner import DigestRunner, utcnow
from bot.digest.schedule import ScheduleError, parse_time, parse_zone, zone_names
from bot.render.digest import render_digest_messages
from bot.render.embeds import safe
from bot.watch import ingest_lock_for
from commands.respond import choices

if TYPE_CHECKING:
    from bot.client import FactdeskBot

log = logging.getLogger(__name__)


class DigestPostError(Exception):
    """Posting failed for a reason an admin can fix; the message says which and how."""


def _next_post(config: DigestConfig, now: datetime) -> str:
    if not config.enabled:
        return ""
    slot = config.schedule.next_slot(now).astimezone(config.schedule.zone)
    return f" Next: {slot:%Y-%m-%d %H:%M} {config.timezone} (<t:{int(slot.timestamp())}:R>)."


class DigestCog(commands.Cog):
    """Tests inject a clock and a faster tick by setting `digest_clock` / `digest_tick_seconds` on the bot
    before it starts (discord.py loads this module afresh for each bot, so class attributes cannot be patched)."""

    TICK_SECONDS = 20.0  # how often the scheduler checks whether a digest is due

    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.clock: Callable[[], datetime] = getattr(bot, "digest_clock", None) or utcnow
        self.runners: dict[int, DigestRunner] = {}  # one per server, made when first needed
        self.scheduler.change_interval(seconds=getattr(bot, "digest_tick_seconds", None) or self.TICK_SECONDS)

    def runner(self, guild_id: int) -> DigestRunner:
        """The digest of one server: its own settings and history, its view of the sources."""
        runner = self.runners.get(guild_id)
        if runner is None:
            configured = self.bot.settings.digest_channel_id
            default = configured if configured and self._guild_of(configured) == guild_id else 0
            runner = self.runners[guild_id] = DigestRunner(
                self.bot.desk.store, self.bot.settings, render_digest_messages, self._send, now=self.clock,
                lock=ingest_lock_for(self.bot), snippet_chars=min(self.bot.settings.snippet_chars, 200),
                library=guild_id, default_channel=default)
        return runner

    def _guild_of(self, channel_id: int) -> int | None:
        channel = self.bot.get_channel(channel_id)
        guild = getattr(channel, "guild", None)
        return guild.id if guild is not None else None

    async def cog_load(self) -> None:
        self.scheduler.start()

    async def cog_unload(self) -> None:
        self.scheduler.cancel()

    # the scheduler -------------------------------------------------------------------------------------

    @tasks.loop(seconds=20.0)
    async def scheduler(self) -> None:
        for guild in list(self.bot.guilds):
            await self.runner(guild.id).tick()  # never raises: an exception would stop the loop for good

    @scheduler.before_loop
    async def _when_ready(self) -> None:
        await self.bot.wait_until_ready()
        task = getattr(self.bot, "corpus_task", None)
        if task is not None:  # a catch-up digest should include what the start-up ingest brings
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.shield(task)
        try:  # the digest set up before servers had libraries goes on as its channel's server's digest
            async with ingest_lock_for(self.bot):
                adopted = await adopt_legacy(self.bot.desk.store, self.bot.settings, self._guild_of, self.clock())
            if adopted:
                log.info("digest: the digest set up before libraries is now server %s's", adopted)
        except Exception:
            log.exception("digest: could not give the earlier digest settings to their server")

    async def _send(self, channel_id: int, embeds: list[discord.Embed]) -> int:
        channel = self.bot.get_channel(channel_id)
        try:
            if channel is None:
                channel = await self.bot.fetch_channel(channel_id)
            if not isinstance(channel, discord.abc.Messageable):
                raise DigestPostError(f"channel {channel_id} is not a text channel; choose one with /digest channel")
            message = await channel.send(embeds=embeds)
        except discord.NotFound as exc:
            raise DigestPostError(f"channel {channel_id} does not exist any more (or the bot cannot see it); "
                                  "choose another with /digest channel") from exc
        except discord.Forbidden as exc:
            raise DigestPostError(f"no permission to post in channel {channel_id}: the bot needs View Channel, "
                                  f"Send Messages and Embed Links there ({exc.text or exc.status})") from exc
        except discord.HTTPException as exc:
            raise DigestPostError(f"Discord refused the post to channel {channel_id}: {exc.status} "
                                  f"{exc.text or ''}".strip()) from exc
        return message.id

    # admin commands ------------------------------------------------------------------------------------

    digest = app_commands.Group(
        name="digest", description="The daily digest of what arrived in the sources (Manage Server).",
        default_permissions=discord.Permissions(manage_guild=True), guild_only=True,
    )

    @digest.command(name="channel", description="Post the daily digest in this channel (or the one you pick).")
    @app_commands.describe(channel="Where to post (default: this channel)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def set_channel(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel | discord.Thread):
            await interaction.response.send_message("Pick a text channel for the digest.", ephemeral=True)
            return
        config = await self.runner(_guild(interaction)).save(channel_id=target.id)
        warning = ""
        if interaction.guild is not None and interaction.guild.me is not None:
            perms = target.permissions_for(interaction.guild.me)
            if not (perms.view_channel and perms.send_messages and perms.embed_links):
                warning = ("\n⚠️ I cannot post there yet: give me View Channel, Send Messages and Embed Links "
                           "in that channel.")
        await interaction.response.send_message(
            config.describe() + _next_post(config, self.clock()) + warning, ephemeral=True)

    @digest.command(name="time", description="When to post the daily digest: a local time and a timezone.")
    @app_commands.describe(time="24-hour local time, HH:MM (e.g. 08:00)",
                           timezone="An IANA timezone such as Europe/London (default: keep the current one)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def set_time(
        self, interaction: discord.Interaction, time: app_commands.Range[str, 3, 5],
        timezone: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        try:
            at = parse_time(time)
            if timezone is not None:
                parse_zone(timezone)
        except ScheduleError as exc:
            await interaction.response.send_message(safe(str(exc)), ephemeral=True)
            return
        values: dict[str, object] = {"time": f"{at:%H:%M}"}
        if timezone is not None:
            values["timezone"] = timezone
        config = await self.runner(_guild(interaction)).save(**values)
        note = "" if config.enabled else " It is off: turn it on with /digest channel."
        await interaction.response.send_message(
            f"Digest time set to {config.time} ({config.timezone}).{_next_post(config, self.clock())}{note}",
            ephemeral=True)

    @set_time.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(zone_names(current))

    @digest.command(name="off", description="Stop posting the daily digest.")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def turn_off(self, interaction: discord.Interaction) -> None:
        await self.runner(_guild(interaction)).save(channel_id=0)
        await interaction.response.send_message(
            "The daily digest is off. Turn it back on with /digest channel.", ephemeral=True)

    @digest.command(name="preview", description="Show (only to you) what the digest would post now.")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def preview(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        runner = self.runner(_guild(interaction))
        config = await runner.config()
        messages = render_digest_messages(await runner.preview())
        header = config.describe() + _next_post(config, self.clock())
        for i, embeds in enumerate(messages):
            await interaction.followup.send(content=header if i == 0 else None, embeds=embeds, ephemeral=True)


def _guild(interaction: discord.Interaction) -> int:
    """The server a /digest command is for (the group is guild-only)."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(DigestCog(bot))
