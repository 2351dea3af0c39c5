"""How every cog replies: compute the Answer, defer if it is slow, send it within Discord's limits.

Answers that need more than one embed get Previous/Next buttons for the person who asked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot.answer.models import Answer
from bot.render.embeds import render_pages
from bot.render.limits import CHOICE_LENGTH, CHOICES
from bot.store import BASE
from commands.paginator import Loader, Paginator

DEFER_AFTER = 1.0  # seconds: answers usually take milliseconds; defer only when one does not


async def respond(interaction: discord.Interaction, pending: Awaitable[Answer], ephemeral: bool = False,
                  more: Callable[[Any], Loader | None] | None = None) -> None:
    """Send the answer; `more(answer)`: the loader of its next batch when it comes in batches (/quote)."""
    task = asyncio.ensure_future(pending)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    answer = await task
    await send_pages(interaction, render_pages(answer), ephemeral, more(answer) if more else None)


async def send_pages(interaction: discord.Interaction, pages: list[discord.Embed], ephemeral: bool = False,
                     more: Loader | None = None) -> None:
    paged = len(pages) > 1 or more is not None
    view = Paginator(pages, interaction.user.id, more=more) if paged else discord.utils.MISSING
    if interaction.response.is_done():
        message = await interaction.followup.send(embed=pages[0], view=view, ephemeral=ephemeral, wait=True)
    else:
        await interaction.response.send_message(embed=pages[0], view=view, ephemeral=ephemeral)
        message = await interaction.original_response() if paged else None
    if isinstance(view, Paginator):
        view.message = message


def library_of(interaction: discord.Interaction) -> int:
    """The library an interaction reads and writes: its server's own (a server sees the base library and its
    own), or the base library alone in a direct message."""
    return interaction.guild_id or BASE


def choices(values: list[str]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: at most CHOICES, name and value at most CHOICE_LENGTH characters, no duplicates."""
    out: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for v in values:
        v = v.strip()[:CHOICE_LENGTH]
        if v and v not in seen:
            seen.add(v)
            out.append(app_commands.Choice(name=v, value=v))
        if len(out) == CHOICES:
            break
    return out
