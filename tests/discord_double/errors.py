"""How the double answers: JSON the way discord.py reads it, and Discord's error bodies for refusals."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits
from .models import InteractionRecord

if TYPE_CHECKING:
    from .server import DiscordDouble


class DiscordError(Exception):
    """Raised inside a handler to answer with Discord's error body (after recording a violation)."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors


def json_response(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when Content-Type is exactly application/json (no charset).
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


def invalid_form(
    double: DiscordDouble,
    rule: str,
    errors: list[limits.FieldError],
    method: str,
    path: str,
    rec: InteractionRecord | None,
) -> DiscordError:
    """Record a 50035 violation and return the error to raise (Discord's nested ``errors`` object)."""
    nested = limits.errors_to_discord(errors)
    double._record_violation(rule, 50035, 400, "Invalid Form Body", method, path, rec, nested)
    return DiscordError(400, 50035, "Invalid Form Body", nested)
