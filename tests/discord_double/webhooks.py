"""The interaction webhook routes: followups (POST /webhooks/{app}/{token}) and the original or a followup
message (GET, PATCH, DELETE /webhooks/{app}/{token}/messages/{id | @original}), within the token's 15 min."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits
from . import payloads as pl
from .errors import DiscordError, json_response
from .messages import create_message, validate_message, write
from .models import DEFERRED_CHANNEL_MESSAGE, LOADING, InteractionRecord

if TYPE_CHECKING:
    from .server import DiscordDouble


def webhook_record(double: DiscordDouble, app: str, token: str, method: str, path: str) -> InteractionRecord:
    """The interaction a webhook token belongs to, if it is acknowledged and the token has not expired."""
    rec = double._by_token.get(token)
    if app != double.app_id or rec is None:
        double._record_violation("unknown_webhook", 10015, 404, "Unknown Webhook", method, path, rec)
        raise DiscordError(404, 10015, "Unknown Webhook")
    if rec.failed or not rec.acknowledged:
        why = "was never acknowledged in time" if rec.failed else "has not been acknowledged yet"
        double._record_violation(
            "unknown_webhook", 10015, 404, f"Unknown Webhook (interaction {why})", method, path, rec
        )
        raise DiscordError(404, 10015, "Unknown Webhook")
    if double.clock.now() - rec.dispatched_at > double.token_lifetime:
        double._record_violation(
            "token_expired",
            50027,
            401,
            "Invalid Webhook Token (older than 15 minutes)",
            method,
            path,
            rec,
        )
        raise DiscordError(401, 50027, "Invalid Webhook Token")
    return rec


def followup(
    double: DiscordDouble,
    request: web.Request,
    app: str,
    token: str,
    body: Any,
    files: list[dict[str, Any]],
    path: str,
) -> web.StreamResponse:
    method = "POST"
    rec = webhook_record(double, app, token, method, path)
    body = validate_message(double, body, files, method, path, rec)
    original = rec.original
    if rec.response_type == DEFERRED_CHANNEL_MESSAGE and original is not None and original.loading:
        # Discord: the first followup after a deferred response edits the loading message instead.
        original.flags &= ~LOADING
        write(double, original, body, files, created=False)
        original.edited_timestamp = None
        msg = original
    else:
        msg = create_message(double, body, files, author=double.bot_user, rec=rec, message_type=0)
        rec.followups.append(msg)
    rec.last_message = msg
    rec.touch()
    if request.query.get("wait") in ("1", "true", "True"):
        return json_response(pl.message(msg))
    return web.Response(status=204)


def webhook_message(
    double: DiscordDouble,
    method: str,
    app: str,
    token: str,
    mid: str,
    body: Any,
    files: list[dict[str, Any]],
    path: str,
) -> web.StreamResponse:
    rec = webhook_record(double, app, token, method, path)
    if mid == "@original":
        msg = rec.original
    else:
        msg = next((m for m in [rec.original, *rec.followups] if m is not None and m.id == mid), None)
    if msg is None or msg.deleted:
        double._record_violation("unknown_message", 10008, 404, "Unknown Message", method, path, rec)
        raise DiscordError(404, 10008, "Unknown Message")
    if method == "GET":
        return json_response(pl.message(msg))
    if method == "DELETE":
        msg.deleted = True
        rec.touch()
        return web.Response(status=204)
    body = validate_message(double, body, files, method, path, rec, require_content=False)
    was_loading = msg.loading
    msg.flags &= ~LOADING
    write(double, msg, body, files, created=False)
    if limits.is_empty_message(
        {"content": msg.content, "embeds": msg.embeds, "components": msg.components}, len(msg.attachments)
    ):
        double._record_violation(
            "empty_message", 50006, 400, "Cannot send an empty message", method, path, rec
        )
        if was_loading:
            msg.flags |= LOADING
        raise DiscordError(400, 50006, "Cannot send an empty message")
    rec.last_message = msg
    rec.touch()
    return json_response(pl.message(msg))
