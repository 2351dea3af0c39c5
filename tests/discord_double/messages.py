"""Messages: what the bot may write (Discord's limits), how writes are stored, and the channel routes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits
from . import payloads as pl
from .errors import DiscordError, invalid_form, json_response
from .models import EPHEMERAL, DoubleUser, InteractionRecord, StoredMessage

if TYPE_CHECKING:
    from .server import DiscordDouble

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
MESSAGE_FLAGS_ALLOWED = EPHEMERAL | (1 << 2) | (1 << 12) | (1 << 15)  # ephemeral, suppress embeds/notifs, v2


def attachments(
    double: DiscordDouble, body: dict[str, Any], files: list[dict[str, Any]], existing: list[dict[str, Any]] | None
) -> tuple[list[dict[str, Any]], dict[str, bytes]] | None:
    """New attachment list and file bytes; None when the body leaves attachments unchanged."""
    by_index = {}
    for f in files:
        name = f["field"] or ""
        index = name[len("files[") : -1] if name.startswith("files[") else str(len(by_index))
        by_index[index] = f
    if "attachments" not in body and not files:
        return None
    entries = body.get("attachments")
    if entries is None:
        entries = [{"id": i, "filename": f["filename"]} for i, f in by_index.items()]
    kept: list[dict[str, Any]] = []
    data: dict[str, bytes] = {}
    old = {a["id"]: a for a in existing or []}
    for entry in entries:
        f = by_index.get(str(entry.get("id")))
        if f is None:
            if str(entry.get("id")) in old:
                kept.append(old[str(entry["id"])])
            continue
        att_id = double.ids.next()
        filename = entry.get("filename") or f["filename"]
        kept.append(
            {
                "id": att_id,
                "filename": filename,
                "size": len(f["data"]),
                "url": cdn_store(double, f"/cdn/attachments/{double.channel_id}/{att_id}/{filename}", f),
                "proxy_url": f"{double.base_url}/media/attachments/{double.channel_id}/{att_id}/{filename}",
                "content_type": f["content_type"],
                "description": entry.get("description"),
            }
        )
        data[filename] = f["data"]
    return kept, data


def cdn_store(double: DiscordDouble, path: str, f: dict[str, Any]) -> str:
    double.cdn[path] = (f["data"], f.get("content_type"))
    return f"{double.base_url}{path}"


def validate_message(
    double: DiscordDouble,
    body: Any,
    files: list[dict[str, Any]],
    method: str,
    path: str,
    rec: InteractionRecord | None,
    *,
    prefix: str = "",
    require_content: bool = True,
) -> dict[str, Any]:
    if not isinstance(body, dict):
        body = {}
    errors = limits.check_message(body, prefix=prefix)
    if errors:
        rule = "content_length" if all(e.path.endswith("content") for e in errors) else "message_limits"
        if any(".embeds" in f".{e.path}" for e in errors):
            rule = "embed_limits"
        raise invalid_form(double, rule, errors, method, path, rec)
    size = sum(len(f["data"]) for f in files)
    if size > ATTACHMENT_SIZE_LIMIT:
        double._record_violation(
            "attachment_size", 40005, 413, "Request entity too large", method, path, rec
        )
        raise DiscordError(413, 40005, "Request entity too large")
    if require_content and limits.is_empty_message(body, len(files)):
        double._record_violation(
            "empty_message", 50006, 400, "Cannot send an empty message", method, path, rec
        )
        raise DiscordError(400, 50006, "Cannot send an empty message")
    return body


def create_message(
    double: DiscordDouble,
    body: dict[str, Any],
    files: list[dict[str, Any]],
    *,
    author: DoubleUser,
    rec: InteractionRecord | None,
    message_type: int = 0,
    flags: int | None = None,
    channel_id: str | None = None,
) -> StoredMessage:
    if channel_id is None and rec is not None:
        channel_id = rec.payload.get("channel_id")
    msg = StoredMessage(
        id=double.ids.next(),
        channel_id=channel_id or double.channel_id,
        author=author,
        timestamp=pl.iso_now(),
        message_type=message_type,
    )
    if rec is not None:
        msg.webhook_id = double.app_id
        msg.application_id = double.app_id
        msg.interaction_id = rec.id
        invoker = rec.payload.get("member", {}).get("user") or rec.payload.get("user")
        msg.interaction_meta = {
            "id": rec.id,
            "type": rec.type,
            "user": invoker,
            "authorizing_integration_owners": rec.payload.get("authorizing_integration_owners", {}),
            "name": rec.name or "",
        }
    msg.flags = (body.get("flags") or 0) & MESSAGE_FLAGS_ALLOWED if flags is None else flags
    write(double, msg, body, files, created=True)
    double.messages[msg.id] = msg
    return msg


def write(
    double: DiscordDouble, msg: StoredMessage, body: dict[str, Any], files: list[dict[str, Any]], created: bool
) -> None:
    for key in ("content", "embeds", "components"):
        if key in body:
            setattr(msg, key, body[key] if body[key] is not None else ([] if key != "content" else ""))
    if "tts" in body:
        msg.tts = bool(body["tts"])
    atts = attachments(double, body, files, msg.attachments)
    if atts is not None:
        msg.attachments, data = atts
        msg.files.update(data)
    if "allowed_mentions" in body or created:
        msg.allowed_mentions = body.get("allowed_mentions")
        msg.allowed_mentions_sent = "allowed_mentions" in body
    if not created:
        msg.edited_timestamp = pl.iso_now()
    msg.history.append(dict(body))
    double.mention_log.append((msg.id, body.get("allowed_mentions")))


# ------------------------------------------------------------------ channel routes


def channel_post(
    double: DiscordDouble, cid: str, body: Any, files: list[dict[str, Any]], path: str
) -> web.StreamResponse:
    method = "POST"
    guild = double.guild_of_channel(cid)
    if guild is None:
        double._record_violation("unknown_channel", 10003, 404, "Unknown Channel", method, path)
        raise DiscordError(404, 10003, "Unknown Channel")
    body = validate_message(double, body, files, method, path, None)
    msg = create_message(double, body, files, author=double.bot_user, rec=None, flags=0, channel_id=cid)
    double.channel_posts.append(msg)
    return json_response(pl.message(msg, guild.id))


def get_channel(double: DiscordDouble, cid: str) -> web.StreamResponse:
    guild = double.guild_of_channel(cid)
    if guild is None:
        raise DiscordError(404, 10003, "Unknown Channel")
    return json_response(double._channel(guild))


def get_message(double: DiscordDouble, cid: str, mid: str) -> web.StreamResponse:
    msg = double.messages.get(mid)
    if msg is None or msg.channel_id != cid or msg.deleted or msg.ephemeral:
        raise DiscordError(404, 10008, "Unknown Message")
    guild = double.guild_of_channel(cid)
    return json_response(pl.message(msg, guild.id if guild else double.guild_id))
