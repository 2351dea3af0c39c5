"""/quote: What did this person say? Quotes grouped by source, each cited; a few dozen at a time, the next
batch loaded when the asker presses Next on the last page."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer.models import QuoteAnswer
from bot.render.embeds import render_pages
from commands.cooldown import cooldown
from commands.paginator import Loader
from commands.respond import choices, library_of, respond

if TYPE_CHECKING:
    from bot.client import FactdeskBot
    from bot.desk import Desk


class QuoteCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.desk = bot.desk

    @app_commands.command(name="quote", description="What did this person say? Quotes grouped by source, each cited.")
    @app_commands.describe(person="A person's name, e.g. Modi")
    @cooldown()
    async def quote(self, interaction: discord.Interaction, person: app_commands.Range[str, 1, 200]) -> None:
        library = library_of(interaction)
        await respond(interaction, self.desk.quote(person, library),
                      more=lambda answer: next_quotes(self.desk, person, library, answer))

    @quote.autocomplete("person")
    async def person_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_names(current, library=library_of(interaction)))


def next_quotes(desk: Desk, person: str, library: int, answer: QuoteAnswer) -> Loader | None:
    """The loader of the batch after `answer` (None when it holds the speaker's last quotes): Next on the
    last page asks the desk for the quotes from where the loaded ones end."""
    if answer.status != "found" or answer.offset + len(answer.quotes) >= answer.total:
        return None
    offset = answer.offset + len(answer.quotes)

    async def load() -> tuple[list[discord.Embed], bool]:
        nonlocal offset
        batch = await desk.quote(person, library, offset=offset)
        if batch.status != "found" or not batch.quotes:
            return [], False
        offset = batch.offset + len(batch.quotes)
        return render_pages(batch), offset < batch.total

    return load


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(QuoteCog(bot))
