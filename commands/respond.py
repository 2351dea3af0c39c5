"""How every cog replies: compute the Answer, defer if it is slow, send one embed within Discord's limits."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

import discord
from discord import app_commands

from bot.answer.models import Answer
from bot.render.embeds import render_embed

DEFER_AFTER = 1.0  # seconds: answers usually take milliseconds; defer only when one does not


async def respond(interaction: discord.Interaction, pending: Awaitable[Answer], ephemeral: bool = False) -> None:
    task = asyncio.ensure_future(pending)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    answer = await task
    embed = render_embed(answer)
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=ephemeral)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=ephemeral)


def choices(values: list[str]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: at most 25, name and value at most 100 characters, no duplicates."""
    out: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for v in values:
        v = v.strip()[:100]
        if v and v not in seen:
            seen.add(v)
            out.append(app_commands.Choice(name=v, value=v))
        if len(out) == 25:
            break
    return out
