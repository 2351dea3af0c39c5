"""Admin commands (Manage Server, enforced by a check): /ingest an attached article, /reload the corpus."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.ingest import IngestError
from bot.render.embeds import clip, code, safe
from bot.render.limits import CONTENT
from bot.render.reports import ingest_summary
from bot.watch import ingest_lock_for

if TYPE_CHECKING:
    from bot.client import FactdeskBot

log = logging.getLogger(__name__)


class AdminCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.desk = bot.desk

    @app_commands.command(name="ingest", description="Add a .txt or .md article to the corpus (Manage Server).")
    @app_commands.describe(file="The article: UTF-8 text, optionally with a title/date header",
                           replace="Replace a file with the same name (otherwise this one gets a new name)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def ingest(self, interaction: discord.Interaction, file: discord.Attachment, replace: bool = False) -> None:
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
