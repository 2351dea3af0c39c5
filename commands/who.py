"""/who: Who is this person? Full name, roles, aliases and cited sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from commands.cooldown import cooldown
from commands.respond import choices, library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot


class WhoCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.desk = bot.desk

    @app_commands.command(name="who", description="Who is this person? Full name, roles, aliases and cited sentences.")
    @app_commands.describe(name="A person's name (typos are fine), e.g. Jaishankar")
    @cooldown()
    async def who(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 200]) -> None:
        await respond(interaction, self.desk.who(name, library_of(interaction)))

    @who.autocomplete("name")
    async def name_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_names(current, library=library_of(interaction)))


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(WhoCog(bot))
