"""The cooldown every answering command has, defined once: RATE uses per PER seconds for each user."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands

RATE = 5  # uses...
PER = 10.0  # ...per this many seconds
T = TypeVar("T")


def per_user(interaction: discord.Interaction) -> int:
    """The key: each user has their own allowance, so one busy user never slows down the others."""
    return interaction.user.id


def cooldown() -> Callable[[T], T]:
    """A fresh decorator for each command: discord.py keeps one bucket map per decorator, so commands do not
    share an allowance (a decorator object reused across commands would make them share one)."""
    return app_commands.checks.cooldown(RATE, PER, key=per_user)
