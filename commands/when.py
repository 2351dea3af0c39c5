"""/when: When did it happen? Dates with cited sources and how many agree."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from commands.cooldown import cooldown
from commands.respond import choices, library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot


class WhenCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.desk = bot.desk

    @app_commands.command(name="when", description="When did it happen? Dates with cited sources and how many agree.")
    @app_commands.describe(event="An event, e.g. inauguration")
    @cooldown()
    async def when(self, interaction: discord.Interaction, event: app_commands.Range[str, 1, 200]) -> None:
        await respond(interaction, self.desk.when(event, library_of(interaction)))

    @when.autocomplete("event")
    async def event_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_events(current, library=library_of(interaction)))


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(WhenCog(bot))
