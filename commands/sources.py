"""/sources and /source: which documents Factdesk has read, and what one of them says."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from commands.cooldown import cooldown
from commands.respond import choices, library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot


class SourcesCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.desk = bot.desk

    @app_commands.command(name="sources", description="The documents Factdesk has read, newest first.")
    @cooldown()
    async def sources(self, interaction: discord.Interaction) -> None:
        await respond(interaction, self.desk.sources(library=library_of(interaction)))

    @app_commands.command(name="source", description="What one document says: people, quotes, dates, amounts.")
    @app_commands.describe(document="A file name or title (see /sources)")
    @cooldown()
    async def source(self, interaction: discord.Interaction, document: app_commands.Range[str, 1, 200]) -> None:
        await respond(interaction, self.desk.source(document, library_of(interaction)))

    @source.autocomplete("document")
    async def document_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_documents(current, library=library_of(interaction)))


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(SourcesCog(bot))
