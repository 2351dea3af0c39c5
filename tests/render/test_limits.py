"""The bot's limits (bot/render/limits.py) agree with the Discord double's independent model of Discord."""

from __future__ import annotations

import pytest

from bot.render import limits
from tests.discord_double import limits as discord

SAME = {  # bot's name -> the double's name
    "TITLE": "MAX_EMBED_TITLE",
    "DESCRIPTION": "MAX_EMBED_DESCRIPTION",
    "FIELDS": "MAX_EMBED_FIELDS",
    "FIELD_NAME": "MAX_FIELD_NAME",
    "FIELD_VALUE": "MAX_FIELD_VALUE",
    "FOOTER": "MAX_FOOTER",
    "EMBED_TOTAL": "MAX_EMBED_TOTAL",
    "EMBEDS": "MAX_EMBEDS",
    "CONTENT": "MAX_CONTENT",
    "CHOICES": "MAX_CHOICES",
    "CHOICE_LENGTH": "MAX_CHOICE_LENGTH",
}


@pytest.mark.parametrize("name", SAME)
def test_bot_limit_matches_the_double(name: str) -> None:
    assert getattr(limits, name) == getattr(discord, SAME[name])


def test_every_bot_limit_is_compared() -> None:
    assert {n for n in vars(limits) if n.isupper()} == set(SAME)
