"""A Discord API double (REST + gateway) for end-to-end tests of the real discord.py client.

double = DiscordDouble()
await double.start()
double.patch_discord()          # before the client is created; restore_discord() undoes it
... start the bot with client.start("fake-token") ...
rec = await double.slash("who", {"name": "Jaishankar"})
await rec.wait_response()
msg = rec.final_message()
assert double.violations == []
"""

from .limits import FieldError, embed_size, mentions_that_ping
from .models import (
    ACK_WINDOW,
    TOKEN_LIFETIME,
    Clock,
    DoubleGuild,
    DoubleUser,
    InteractionRecord,
    StoredMessage,
    Violation,
)
from .server import DiscordDouble, RequestLog

__all__ = [
    "ACK_WINDOW",
    "TOKEN_LIFETIME",
    "Clock",
    "DiscordDouble",
    "DoubleGuild",
    "DoubleUser",
    "FieldError",
    "InteractionRecord",
    "RequestLog",
    "StoredMessage",
    "Violation",
    "embed_size",
    "mentions_that_ping",
]
