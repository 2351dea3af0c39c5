"""Discord's limits, defined once: every renderer and cog imports them from here.

Source: Discord's developer documentation (Resources → Message: embed limits; Interactions → autocomplete).
The Discord double in tests/discord_double/limits.py keeps its own copy on purpose: it checks the bot.
"""

from __future__ import annotations

# one embed
TITLE = 256  # characters in an embed title
DESCRIPTION = 4096  # characters in an embed description
FIELDS = 25  # fields per embed
FIELD_NAME = 256  # characters in a field name
FIELD_VALUE = 1024  # characters in a field value
FOOTER = 2048  # characters in the footer text

# one message
EMBED_TOTAL = 6000  # characters across all embeds of a message (titles, descriptions, fields, footers, authors)
EMBEDS = 10  # embeds per message
CONTENT = 2000  # characters of message content

# autocomplete
CHOICES = 25  # choices offered at once
CHOICE_LENGTH = 100  # characters in a choice's name and in its value
