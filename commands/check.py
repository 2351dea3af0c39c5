"""/check and the "Check quote" message menu: is a quote in the sources, verbatim or altered, and who said it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer.claims import claims_in_message
from bot.render.embeds import render_embed
from bot.render.limits import EMBED_TOTAL
from commands.cooldown import cooldown
from commands.respond import choices, library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot


class CheckCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.desk = bot.desk
        self.menu = app_commands.ContextMenu(name="Check quote", callback=self.check_message)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="check", description="Is this quote in the sources? Verbatim, altered or "
                          "misattributed — and who really said it.")
    @app_commands.describe(quote="The words to check", speaker="Who is said to have said it (optional)")
    @cooldown()
    async def check(
        self, interaction: discord.Interaction, quote: app_commands.Range[str, 1, 2000],
        speaker: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        await respond(interaction, self.desk.check(quote, speaker, library_of(interaction)))

    @check.autocomplete("speaker")
    async def speaker_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_names(current, library=library_of(interaction)))

    @cooldown()
    async def check_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        ephemeral = self.bot.settings.ephemeral_checks
        claims = claims_in_message(message.content)
        if not claims:
            await interaction.response.send_message("That message has no text to check.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        embeds = [render_embed(await self.desk.check(claim, library=library_of(interaction))) for claim in claims]
        await interaction.followup.send(embeds=_within_total(embeds), ephemeral=ephemeral)


def _within_total(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """Discord allows EMBED_TOTAL characters across all embeds of a message: keep whole verdicts that fit."""
    kept: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        if size + len(embed) > EMBED_TOTAL:
            break
        kept.append(embed)
        size += len(embed)
    if len(kept) < len(embeds) and kept:
        note = f"{len(embeds) - len(kept)} more quote(s) in the message not checked here: use /check."
        kept[-1].set_footer(text=note)
    return kept or embeds[:1]


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(CheckCog(bot))
