"""/help: the commands and an example of each."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from commands.respond import library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot


class HelpCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.desk = bot.desk

    @app_commands.command(name="help", description="What Factdesk can answer, with examples.")
    async def help(self, interaction: discord.Interaction) -> None:
        await respond(interaction, self.desk.help(library_of(interaction)), ephemeral=True)


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(HelpCog(bot))
