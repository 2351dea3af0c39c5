"""REST plumbing: read a request, log it, send it by path to the module of its concern, answer Discord's errors.

applications.py serves commands, callbacks.py interaction callbacks, webhooks.py followups and edits,
messages.py channels and their messages; the CDN serves uploads; any other route is a violation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import payloads as pl
from .applications import commands_route
from .callbacks import callback
from .errors import DiscordError, json_response
from .messages import channel_post, get_channel, get_message
from .webhooks import followup, webhook_message

if TYPE_CHECKING:
    from .server import DiscordDouble

API_PREFIX = "/api/v10"


@dataclass
class RequestLog:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any
    files: list[dict[str, Any]] = field(default_factory=list)
    status: int = 0


async def read_body(request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
    files: list[dict[str, Any]] = []
    if request.content_type.startswith("multipart/"):
        body: Any = None
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files.append(
                    {
                        "field": part.name,
                        "filename": part.filename,
                        "content_type": part.headers.get("Content-Type"),
                        "data": bytes(await part.read()),
                    }
                )
        return body, files
    raw = await request.read()
    if not raw:
        return None, files
    if request.content_type != "application/json":
        raise DiscordError(400, 50109, "The request body contains invalid JSON.")
    return json.loads(raw), files


async def dispatch_rest(double: DiscordDouble, request: web.Request) -> web.StreamResponse:
    path = request.path
    if path.startswith(API_PREFIX):
        path = path[len(API_PREFIX) :]
    method = request.method
    entry = RequestLog(method, path, dict(request.query), None)
    double.requests.append(entry)
    try:
        body, files = await read_body(request)
        entry.body, entry.files = body, files
        resp = route(double, request, method, path.rstrip("/").split("/")[1:], body, files)
    except DiscordError as exc:
        data: dict[str, Any] = {"message": exc.message, "code": exc.code}
        if exc.errors:
            data["errors"] = exc.errors
        resp = json_response(data, exc.status)
    entry.status = resp.status
    return resp


def check_auth(double: DiscordDouble, request: web.Request, method: str, path: str) -> None:
    if double.token is None:
        return
    if request.headers.get("Authorization") != f"Bot {double.token}":
        double._record_violation("unauthorized", 0, 401, "401: Unauthorized", method, path)
        raise DiscordError(401, 0, "401: Unauthorized")


def _gateway_bot(double: DiscordDouble) -> web.StreamResponse:
    return json_response(
        {
            "url": f"ws://127.0.0.1:{double.port}",
            "shards": 1,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 0,
                "max_concurrency": 1,
            },
        }
    )


def route(
    double: DiscordDouble,
    request: web.Request,
    method: str,
    parts: list[str],
    body: Any,
    files: list[dict[str, Any]],
) -> web.StreamResponse:
    path = "/" + "/".join(parts)
    match parts:
        case ["users", "@me"] if method == "GET":
            check_auth(double, request, method, path)
            return json_response(double._user_me())
        case ["oauth2", "applications", "@me"] if method == "GET":
            check_auth(double, request, method, path)
            return json_response(pl.application(double.app_id, double.bot_user, double.owner))
        case ["gateway"] | ["gateway", "bot"] if method == "GET":
            return _gateway_bot(double)
        case ["applications", app, "commands"]:
            check_auth(double, request, method, path)
            return commands_route(double, method, path, app, None, body)
        case ["applications", app, "guilds", guild, "commands"]:
            check_auth(double, request, method, path)
            return commands_route(double, method, path, app, guild, body)
        case ["interactions", iid, token, "callback"] if method == "POST":
            return callback(double, request, iid, token, body, files, path)
        case ["webhooks", app, token] if method == "POST":
            return followup(double, request, app, token, body, files, path)
        case ["webhooks", app, token, "messages", mid] if method in ("GET", "PATCH", "DELETE"):
            return webhook_message(double, method, app, token, mid, body, files, path)
        case ["channels", cid, "messages"] if method == "POST":
            check_auth(double, request, method, path)
            return channel_post(double, cid, body, files, path)
        case ["channels", cid] if method == "GET":
            check_auth(double, request, method, path)
            return get_channel(double, cid)
        case ["channels", cid, "messages", mid] if method == "GET" and mid.isdigit():
            check_auth(double, request, method, path)
            return get_message(double, cid, mid)
    if method == "GET" and request.path in double.cdn:
        data, content_type = double.cdn[request.path]
        return web.Response(body=data, headers={"Content-Type": content_type or "application/octet-stream"})
    double.unknown_routes.append((method, path))
    double._record_violation("unknown_route", 0, 404, "route not served by the double", method, path)
    raise DiscordError(404, 0, "404: Not Found")
