"""/quote: What did this person say? Quotes grouped by source, each cited."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from commands.cooldown import cooldown
from commands.respond import choices, library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot


class QuoteCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.desk = bot.desk

    @app_commands.command(name="quote", description="What did this person say? Quotes grouped by source, each cited.")
    @app_commands.describe(person="A person's name, e.g. Modi")
    @cooldown()
    async def quote(self, interaction: discord.Interaction, person: app_commands.Range[str, 1, 200]) -> None:
        await respond(interaction, self.desk.quote(person, library_of(interaction)))

    @quote.autocomplete("person")
    async def person_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_names(current, library=library_of(interaction)))


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(QuoteCog(bot))
