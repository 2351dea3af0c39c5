"""Admin commands (Manage Server, enforced by a check): /ingest an attached article or a link, /reload the
corpus, and the message menu "Add to Factdesk" that reads the links in a message."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.fetch import find_links
from bot.ingest import IngestError
from bot.render.embeds import clip, code, safe
from bot.render.limits import CONTENT
from bot.render.reports import ingest_summary
from bot.watch import ingest_lock_for

if TYPE_CHECKING:
    from bot.client import FactdeskBot

log = logging.getLogger(__name__)


MAX_MESSAGE_LINKS = 5  # links read from one message by the menu


class AdminCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.desk = bot.desk
        self.menu = app_commands.ContextMenu(name="Add to Factdesk", callback=self.add_message_links)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="ingest", description="Add an article: attach a .txt/.md/.html file or give a link "
                          "(Manage Server).")
    @app_commands.describe(file="The article: UTF-8 text (optionally with a title/date header) or a saved web page",
                           url="A link to a web article to read and add",
                           replace="Replace a file with the same name (otherwise this one gets a new name)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def ingest(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                     replace: bool = False, url: app_commands.Range[str, 1, 2000] | None = None) -> None:
        if (file is None) == (url is None):
            await interaction.response.send_message(
                "Give one article: attach a file (file:) or paste a link (url:).", ephemeral=True)
            return
        if url is not None:
            await self._add_links(interaction, [url.strip()])
            return
        assert file is not None
        limit = self.bot.settings.max_document_bytes
        if file.size > limit:
            await interaction.response.send_message(
                f"That file is {file.size:,} bytes; the limit is {limit:,}.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
            async with ingest_lock_for(self.bot):  # never alongside the corpus watcher
                saved, report = await self.desk.upload(file.filename, data, replace=replace)
        except IngestError as exc:
            await interaction.followup.send(f"Not added: {safe(str(exc))}", ephemeral=True)
            return
        except discord.HTTPException as exc:
            log.warning("could not download attachment %s: %s", file.filename, exc)
            await interaction.followup.send("Could not download that attachment; please try again.", ephemeral=True)
            return
        log.info("%s added %s via /ingest (%s): %s", interaction.user, saved.name, saved.outcome, report.summary())
        await interaction.followup.send(clip(f"{saved.describe(code)}\n{safe(ingest_summary(report))}", CONTENT),
                                        ephemeral=True)

    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def add_message_links(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """The message menu: read the links in a message (its text and its embeds' links) and add their articles.
        Menus receive the message's text without the privileged message-content intent."""
        text = "\n".join([message.content or "", *(e.url or "" for e in message.embeds)])
        links = find_links(text, limit=MAX_MESSAGE_LINKS)
        if not links:
            await interaction.response.send_message("That message has no web links to add.", ephemeral=True)
            return
        await self._add_links(interaction, links)

    async def _add_links(self, interaction: discord.Interaction, links: list[str]) -> None:
        """Read each link (fetching may take seconds: deferred first) and say what was added or exactly why not."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        lines = []
        for link in links:
            outcome = await self.desk.ingest_url(link, lock=ingest_lock_for(self.bot))
            log.info("%s added a link %s: %s", interaction.user, link, outcome.status)
            lines.append(safe(outcome.describe()))
        await interaction.followup.send(clip("\n".join(lines), CONTENT), ephemeral=True)

    @app_commands.command(name="reload", description="Re-scan the corpus folder for new, changed and deleted files.")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with ingest_lock_for(self.bot):
            report = await self.desk.reload()
        log.info("%s reloaded the corpus: %s", interaction.user, report.summary())
        await interaction.followup.send(clip(safe(ingest_summary(report)), CONTENT), ephemeral=True)


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(AdminCog(bot))
