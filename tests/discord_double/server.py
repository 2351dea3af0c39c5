"""A Discord API double: REST + gateway on 127.0.0.1 for the real, unmodified discord.py client.

It enforces the rules Discord enforces (3 s acknowledgement window, one acknowledgement, 15 min tokens,
message/embed/autocomplete limits, command definitions) and records every refusal as a
:class:`~tests.discord_double.models.Violation` so a test fails where Discord would refuse.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any

import discord.asset
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from . import limits
from . import payloads as pl
from .gateway import GatewayConnection
from .models import (
    ACK_WINDOW,
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE,
    DEFERRED_CHANNEL_MESSAGE,
    DEFERRED_UPDATE_MESSAGE,
    EPHEMERAL,
    LOADING,
    MESSAGE_COMPONENT,
    MODAL,
    MODAL_SUBMIT,
    PONG,
    TOKEN_LIFETIME,
    UPDATE_MESSAGE,
    Clock,
    DoubleUser,
    InteractionRecord,
    StoredMessage,
    Violation,
)

_log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
# Which callback types each interaction type may use.
ALLOWED_CALLBACKS = {
    APPLICATION_COMMAND: {CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, MODAL},
    MESSAGE_COMPONENT: {
        CHANNEL_MESSAGE,
        DEFERRED_CHANNEL_MESSAGE,
        DEFERRED_UPDATE_MESSAGE,
        UPDATE_MESSAGE,
        MODAL,
    },
    AUTOCOMPLETE: {AUTOCOMPLETE_RESULT},
    MODAL_SUBMIT: {CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE},
}
MESSAGE_FLAGS_ALLOWED = EPHEMERAL | (1 << 2) | (1 << 12) | (1 << 15)  # ephemeral, suppress embeds/notifs, v2
OPTION_TYPES = {"subcommand": 1, "group": 2, "string": 3, "integer": 4, "boolean": 5, "user": 6, "number": 10}


def _focused_type(payload: dict[str, Any]) -> int:
    """Type of the option being typed in an autocomplete interaction (3, string, when not found)."""
    stack = list((payload.get("data") or {}).get("options") or [])
    while stack:
        option = stack.pop()
        if option.get("focused"):
            return option.get("type", 3)
        stack.extend(option.get("options") or [])
    return 3


class DiscordError(Exception):
    """Raised inside a handler to answer with Discord's error body (after recording a violation)."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors


@dataclass
class RequestLog:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any
    files: list[dict[str, Any]] = field(default_factory=list)
    status: int = 0


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when Content-Type is exactly application/json (no charset).
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


class DiscordDouble:
    """Test-facing API. ``double = DiscordDouble(); await double.start(); double.patch_discord()``."""

    def __init__(
        self,
        *,
        token: str | None = "fake-token",
        bot_name: str = "Factdesk",
        guild_name: str = "Factdesk Test Guild",
        channel_name: str = "news",
    ) -> None:
        self.token = token
        self.clock = Clock()
        self.ack_window = ACK_WINDOW  # Discord: 3 s to acknowledge an interaction
        self.token_lifetime = TOKEN_LIFETIME  # Discord: 15 min of followups and edits
        self.ids = pl.Snowflakes()
        self.app_id = self.ids.next()
        self.application_flags = 1 << 23
        self.bot_user = DoubleUser(id=self.app_id, username=bot_name, bot=True)
        self.owner = DoubleUser(id=self.ids.next(), username="owner", global_name="Owner")
        self.guild_id = self.ids.next()
        self.guild_name = guild_name
        self.channel_id = self.ids.next()
        self.channel_name = channel_name
        self.bot_role_id = self.ids.next()
        self.bot_user.roles = [self.bot_role_id]
        self.joined_at = pl.iso_now()
        self.user = self.make_user("alice", global_name="Alice")

        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[str, list[dict[str, Any]]] = {}
        self.sync_payloads: list[tuple[str, Any]] = []  # (path, body) of every accepted PUT/POST of commands
        self.messages: dict[str, StoredMessage] = {}
        self.channel_posts: list[StoredMessage] = []
        self.interactions: dict[str, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self.violations: list[Violation] = []
        self.requests: list[RequestLog] = []
        self.unknown_routes: list[tuple[str, str]] = []
        self.gateway_log: list[dict[str, Any]] = []
        self.mention_log: list[tuple[str, dict[str, Any] | None]] = []  # (message id, allowed_mentions sent)
        self.connections: list[GatewayConnection] = []
        self._connected = asyncio.Event()
        self._violation_added = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self._saved: tuple[Any, Any, Any] | None = None
        self._command_ids: dict[tuple[str | None, int, str], str] = {}
        self.cdn: dict[str, tuple[bytes, str | None]] = {}
        self._dm_channels: dict[str, str] = {}  # path under base_url -> (bytes, content type)

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> DiscordDouble:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/{tail:.*}", self._dispatch_rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        for conn in self.connections:
            with contextlib.suppress(Exception):
                await conn.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def patch_discord(self) -> None:
        """Point discord.py at the double (before the client is created). Undo with restore_discord()."""
        if self._saved is None:
            self._saved = (
                discord.http.Route.BASE,
                discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
                discord.asset.Asset.BASE,
            )
        discord.http.Route.BASE = self.api_url
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        discord.asset.Asset.BASE = f"{self.base_url}/cdn"

    def restore_discord(self) -> None:
        if self._saved is None:
            return
        (
            discord.http.Route.BASE,
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
            discord.asset.Asset.BASE,
        ) = self._saved
        self._saved = None

    async def wait_connected(self, timeout: float = 10.0) -> None:
        """Wait until a client has identified and received READY + GUILD_CREATE."""
        try:
            await asyncio.wait_for(self._connected.wait(), timeout)
        except TimeoutError:
            raise TimeoutError(
                f"no client identified on the gateway within {timeout}s; requests so far: "
                f"{[(r.method, r.path, r.status) for r in self.requests]}"
            ) from None

    # ------------------------------------------------------------------ users, guild

    def make_user(
        self, username: str, *, global_name: str | None = None, roles: list[str] | None = None
    ) -> DoubleUser:
        return DoubleUser(
            id=self.ids.next(), username=username, global_name=global_name, roles=list(roles or [])
        )

    def _user_me(self) -> dict[str, Any]:
        return pl.user_me(self.bot_user)

    def _roles(self) -> list[dict[str, Any]]:
        return [
            pl.role(self.guild_id, "@everyone", 0, pl.EVERYONE_PERMISSIONS),
            pl.role(
                self.bot_role_id,
                self.bot_user.username,
                1,
                pl.BOT_PERMISSIONS,
                managed=True,
                tags={"bot_id": self.app_id},
            ),
        ]

    def _channel(self) -> dict[str, Any]:
        return pl.text_channel(self.channel_id, self.guild_id, self.channel_name)

    def _guild_create(self) -> dict[str, Any]:
        return pl.guild_create(
            guild_id=self.guild_id,
            name=self.guild_name,
            owner_id=self.owner.id,
            app_id=self.app_id,
            roles=self._roles(),
            channels=[self._channel()],
            members=[pl.member(self.bot_user, self.joined_at)],
            joined_at=self.joined_at,
        )

    # ------------------------------------------------------------------ violations

    def _record_violation(
        self,
        rule: str,
        code: int,
        status: int,
        message: str,
        method: str = "",
        path: str = "",
        interaction: InteractionRecord | None = None,
        errors: dict[str, Any] | None = None,
    ) -> Violation:
        v = Violation(
            rule, code, status, message, method, path, interaction.id if interaction else None, errors
        )
        self.violations.append(v)
        self._violation_added.set()
        _log.warning("Discord double refused: %s", v)
        if interaction is not None:
            interaction.refused.append(v)
            interaction.touch()
        return v

    def pop_violations(self, *rules_or_codes: str | int) -> list[Violation]:
        """Remove and return the violations matching any rule name or Discord code (all when none given).
        Tests call this for violations they provoke on purpose; the fixture fails on any left over."""
        taken = [
            v
            for v in self.violations
            if not rules_or_codes or v.rule in rules_or_codes or v.code in rules_or_codes
        ]
        self.violations = [v for v in self.violations if v not in taken]
        return taken

    async def wait_violation(self, *rules_or_codes: str | int, timeout: float = 5.0) -> Violation:
        """Wait until a violation matching a rule name or code (any when none given) has been recorded."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for v in self.violations:
                if not rules_or_codes or v.rule in rules_or_codes or v.code in rules_or_codes:
                    return v
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"no violation {rules_or_codes} within {timeout}s; have {self.violations}")
            self._violation_added.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._violation_added.wait(), remaining)

    def check_unanswered(self) -> list[Violation]:
        """Record (and return) what a user would see as a failure although no request was refused:
        an interaction never acknowledged ("The application did not respond"; for autocomplete, no
        suggestions) and a deferred reply never completed (stuck on "thinking…"). The ``double`` fixture
        calls this at teardown."""
        found: list[Violation] = []
        for rec in self.interactions.values():
            if rec.refused or rec.failed or rec.checked:
                continue
            if not rec.acknowledged:
                rec.checked = True
                found.append(
                    self._record_violation(
                        "no_response",
                        0,
                        0,
                        "The application did not respond (never acknowledged)",
                        interaction=rec,
                    )
                )
            elif (
                rec.response_type == DEFERRED_CHANNEL_MESSAGE
                and rec.original is not None
                and rec.original.loading
            ):
                rec.checked = True
                found.append(
                    self._record_violation(
                        "never_completed",
                        0,
                        0,
                        "deferred but never followed up: the user sees 'thinking…' until the token expires",
                        interaction=rec,
                    )
                )
        return found

    # ------------------------------------------------------------------ commands

    def commands(self, guild: bool = False) -> list[dict[str, Any]]:
        return self.guild_commands.get(self.guild_id, []) if guild else self.global_commands

    def _find_command(self, name: str, kind: int) -> tuple[dict[str, Any] | None, str | None]:
        for cmd in self.guild_commands.get(self.guild_id, []):
            if cmd["name"] == name and cmd.get("type", 1) == kind:
                return cmd, self.guild_id
        for cmd in self.global_commands:
            if cmd["name"] == name and cmd.get("type", 1) == kind:
                return cmd, None
        return None, None

    def _store_commands(self, guild_id: str | None, body: list[dict[str, Any]]) -> list[dict[str, Any]]:
        stored = []
        for cmd in body:
            kind = cmd.get("type", 1)
            key = (guild_id, kind, cmd["name"])
            cmd_id = self._command_ids.setdefault(key, self.ids.next())
            echo = {
                "id": cmd_id,
                "application_id": self.app_id,
                "version": self.ids.next(),
                "type": kind,
                "name": cmd["name"],
                "name_localizations": cmd.get("name_localizations"),
                "description": cmd.get("description", ""),
                "description_localizations": cmd.get("description_localizations"),
                "default_member_permissions": cmd.get("default_member_permissions"),
                "dm_permission": cmd.get("dm_permission", True),
                "contexts": cmd.get("contexts"),
                "integration_types": cmd.get("integration_types") or [0],
                "nsfw": cmd.get("nsfw", False),
            }
            if cmd.get("options"):
                echo["options"] = cmd["options"]
            if guild_id:
                echo["guild_id"] = guild_id
            stored.append(echo)
        return stored

    # ------------------------------------------------------------------ REST plumbing

    async def _read_body(self, request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
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

    async def _dispatch_rest(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith(API_PREFIX):
            path = path[len(API_PREFIX) :]
        method = request.method
        entry = RequestLog(method, path, dict(request.query), None)
        self.requests.append(entry)
        try:
            body, files = await self._read_body(request)
            entry.body, entry.files = body, files
            resp = await self._route(request, method, path.rstrip("/").split("/")[1:], body, files)
        except DiscordError as exc:
            data: dict[str, Any] = {"message": exc.message, "code": exc.code}
            if exc.errors:
                data["errors"] = exc.errors
            resp = _json(data, exc.status)
        entry.status = resp.status
        return resp

    def _check_auth(self, request: web.Request, method: str, path: str) -> None:
        if self.token is None:
            return
        if request.headers.get("Authorization") != f"Bot {self.token}":
            self._record_violation("unauthorized", 0, 401, "401: Unauthorized", method, path)
            raise DiscordError(401, 0, "401: Unauthorized")

    def _invalid_form(
        self,
        rule: str,
        errors: list[limits.FieldError],
        method: str,
        path: str,
        rec: InteractionRecord | None,
    ) -> DiscordError:
        nested = limits.errors_to_discord(errors)
        self._record_violation(rule, 50035, 400, "Invalid Form Body", method, path, rec, nested)
        return DiscordError(400, 50035, "Invalid Form Body", nested)

    async def _route(
        self, request: web.Request, method: str, parts: list[str], body: Any, files: list[dict[str, Any]]
    ) -> web.StreamResponse:
        path = "/" + "/".join(parts)
        match parts:
            case ["users", "@me"] if method == "GET":
                self._check_auth(request, method, path)
                return _json(self._user_me())
            case ["oauth2", "applications", "@me"] if method == "GET":
                self._check_auth(request, method, path)
                return _json(pl.application(self.app_id, self.bot_user, self.owner))
            case ["gateway"] | ["gateway", "bot"] if method == "GET":
                return _json(
                    {
                        "url": f"ws://127.0.0.1:{self.port}",
                        "shards": 1,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 999,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    }
                )
            case ["applications", app, "commands"]:
                self._check_auth(request, method, path)
                return self._commands_route(method, path, app, None, body)
            case ["applications", app, "guilds", guild, "commands"]:
                self._check_auth(request, method, path)
                return self._commands_route(method, path, app, guild, body)
            case ["interactions", iid, token, "callback"] if method == "POST":
                return self._callback(request, iid, token, body, files, path)
            case ["webhooks", app, token] if method == "POST":
                return self._followup(request, app, token, body, files, path)
            case ["webhooks", app, token, "messages", mid] if method in ("GET", "PATCH", "DELETE"):
                return self._webhook_message(method, app, token, mid, body, files, path)
            case ["channels", cid, "messages"] if method == "POST":
                self._check_auth(request, method, path)
                return self._channel_post(cid, body, files, path)
            case ["channels", cid] if method == "GET":
                self._check_auth(request, method, path)
                if cid != self.channel_id:
                    raise DiscordError(404, 10003, "Unknown Channel")
                return _json(self._channel())
            case ["channels", cid, "messages", mid] if method == "GET" and mid.isdigit():
                self._check_auth(request, method, path)
                msg = self.messages.get(mid)
                if msg is None or msg.channel_id != cid or msg.deleted or msg.ephemeral:
                    raise DiscordError(404, 10008, "Unknown Message")
                return _json(pl.message(msg, self.guild_id))
        if method == "GET" and request.path in self.cdn:
            data, content_type = self.cdn[request.path]
            return web.Response(
                body=data, headers={"Content-Type": content_type or "application/octet-stream"}
            )
        self.unknown_routes.append((method, path))
        self._record_violation("unknown_route", 0, 404, "route not served by the double", method, path)
        raise DiscordError(404, 0, "404: Not Found")

    def _commands_route(
        self, method: str, path: str, app: str, guild: str | None, body: Any
    ) -> web.StreamResponse:
        if app != self.app_id:
            self._record_violation("wrong_application", 0, 403, "Missing Access", method, path)
            raise DiscordError(403, 50001, "Missing Access")
        if guild is not None and guild != self.guild_id:
            self._record_violation("unknown_guild", 50001, 403, "Missing Access", method, path)
            raise DiscordError(403, 50001, "Missing Access")
        current = self.guild_commands.setdefault(guild, []) if guild else self.global_commands
        if method == "GET":
            return _json(current)
        if method == "PUT":
            errors = limits.check_commands(body)
            if errors:
                raise self._invalid_form("command_definition", errors, method, path, None)
            stored = self._store_commands(guild, body)
            current[:] = stored
            self.sync_payloads.append((path, body))
            return _json(stored)
        if method == "POST":
            errors = limits.check_command(body, "")
            if errors:
                raise self._invalid_form("command_definition", errors, method, path, None)
            (echo,) = self._store_commands(guild, [body])
            current[:] = [c for c in current if c["id"] != echo["id"]] + [echo]
            self.sync_payloads.append((path, body))
            return _json(echo, 201)
        self.unknown_routes.append((method, path))
        self._record_violation("unknown_route", 0, 405, "method not served by the double", method, path)
        raise DiscordError(405, 0, "405: Method Not Allowed")

    # ------------------------------------------------------------------ messages

    def _attachments(
        self, body: dict[str, Any], files: list[dict[str, Any]], existing: list[dict[str, Any]] | None
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
            att_id = self.ids.next()
            filename = entry.get("filename") or f["filename"]
            kept.append(
                {
                    "id": att_id,
                    "filename": filename,
                    "size": len(f["data"]),
                    "url": self._cdn_store(f"/cdn/attachments/{self.channel_id}/{att_id}/{filename}", f),
                    "proxy_url": f"{self.base_url}/media/attachments/{self.channel_id}/{att_id}/{filename}",
                    "content_type": f["content_type"],
                    "description": entry.get("description"),
                }
            )
            data[filename] = f["data"]
        return kept, data

    def _cdn_store(self, path: str, f: dict[str, Any]) -> str:
        self.cdn[path] = (f["data"], f.get("content_type"))
        return f"{self.base_url}{path}"

    def upload(
        self, filename: str, data: bytes, content_type: str | None = "text/plain; charset=utf-8"
    ) -> dict:
        """A file a user attached to a slash command (pass it as the value of an attachment option)."""
        att_id = self.ids.next()
        path = f"/cdn/ephemeral-attachments/{self.channel_id}/{att_id}/{filename}"
        url = self._cdn_store(path, {"data": data, "content_type": content_type})
        payload: dict[str, Any] = {
            "id": att_id,
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url.replace("/cdn/", "/media/"),
            "ephemeral": True,
        }
        if content_type is not None:
            payload["content_type"] = content_type
        return payload

    def _validate_message(
        self,
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
            raise self._invalid_form(rule, errors, method, path, rec)
        size = sum(len(f["data"]) for f in files)
        if size > ATTACHMENT_SIZE_LIMIT:
            self._record_violation(
                "attachment_size", 40005, 413, "Request entity too large", method, path, rec
            )
            raise DiscordError(413, 40005, "Request entity too large")
        if require_content and limits.is_empty_message(body, len(files)):
            self._record_violation(
                "empty_message", 50006, 400, "Cannot send an empty message", method, path, rec
            )
            raise DiscordError(400, 50006, "Cannot send an empty message")
        return body

    def _create_message(
        self,
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
            id=self.ids.next(),
            channel_id=channel_id or self.channel_id,
            author=author,
            timestamp=pl.iso_now(),
            message_type=message_type,
        )
        if rec is not None:
            msg.webhook_id = self.app_id
            msg.application_id = self.app_id
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
        self._write(msg, body, files, created=True)
        self.messages[msg.id] = msg
        return msg

    def _write(
        self, msg: StoredMessage, body: dict[str, Any], files: list[dict[str, Any]], created: bool
    ) -> None:
        for key in ("content", "embeds", "components"):
            if key in body:
                setattr(msg, key, body[key] if body[key] is not None else ([] if key != "content" else ""))
        if "tts" in body:
            msg.tts = bool(body["tts"])
        atts = self._attachments(body, files, msg.attachments)
        if atts is not None:
            msg.attachments, data = atts
            msg.files.update(data)
        if "allowed_mentions" in body or created:
            msg.allowed_mentions = body.get("allowed_mentions")
            msg.allowed_mentions_sent = "allowed_mentions" in body
        if not created:
            msg.edited_timestamp = pl.iso_now()
        msg.history.append(dict(body))
        self.mention_log.append((msg.id, body.get("allowed_mentions")))

    # ------------------------------------------------------------------ interactions: callback

    def _callback(
        self,
        request: web.Request,
        iid: str,
        token: str,
        body: Any,
        files: list[dict[str, Any]],
        path: str,
    ) -> web.StreamResponse:
        method = "POST"
        rec = self.interactions.get(iid)
        if rec is None or rec.token != token:
            self._record_violation(
                "unknown_interaction", 10062, 404, "Unknown interaction", method, path, rec
            )
            raise DiscordError(404, 10062, "Unknown interaction")
        if rec.acknowledged:
            self._record_violation(
                "double_ack", 40060, 400, "Interaction has already been acknowledged.", method, path, rec
            )
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        elapsed = self.clock.now() - rec.dispatched_at
        if rec.failed or elapsed > self.ack_window:
            rec.failed = True
            self._record_violation(
                "late_ack",
                10062,
                404,
                f"Unknown interaction (acked {elapsed:.2f}s after dispatch, limit {self.ack_window:g}s)",
                method,
                path,
                rec,
            )
            raise DiscordError(404, 10062, "Unknown interaction")
        if not isinstance(body, dict) or "type" not in body:
            raise self._invalid_form(
                "callback_body",
                [limits.FieldError("type", "BASE_TYPE_REQUIRED", "This field is required")],
                method,
                path,
                rec,
            )
        cb_type = body["type"]
        data = body.get("data") or {}
        if cb_type not in ALLOWED_CALLBACKS.get(rec.type, set()):
            raise self._invalid_form(
                "callback_type",
                [
                    limits.FieldError(
                        "type", "INTERACTION_RESPONSE_TYPE_INVALID", f"Invalid response type {cb_type}"
                    )
                ],
                method,
                path,
                rec,
            )
        interaction_info: dict[str, Any] = {"id": rec.id, "type": rec.type}
        resource: dict[str, Any] | None = {"type": cb_type}
        if cb_type == AUTOCOMPLETE_RESULT:
            errors = limits.check_choices(data.get("choices"), option_type=_focused_type(rec.payload))
            if errors:
                raise self._invalid_form("autocomplete_choices", errors, method, path, rec)
            rec.choices = list(data["choices"])
            resource = None
        elif cb_type == MODAL:
            errors = limits.check_modal(data)
            if errors:
                raise self._invalid_form("modal", errors, method, path, rec)
            rec.modal = data
            resource = None
        elif cb_type == CHANNEL_MESSAGE:
            self._validate_message(data, files, method, path, rec, prefix="data")
            kind = 0  # DEFAULT; CHAT_INPUT_COMMAND (20) / CONTEXT_MENU_COMMAND (23) for command replies
            if rec.type == APPLICATION_COMMAND:
                kind = 20 if rec.payload["data"].get("type", 1) == 1 else 23
            rec.original = self._create_message(data, files, author=self.bot_user, rec=rec, message_type=kind)
            rec.last_message = rec.original
            resource["message"] = pl.message(rec.original)
            interaction_info.update(
                response_message_id=rec.original.id,
                response_message_loading=False,
                response_message_ephemeral=rec.original.ephemeral,
            )
        elif cb_type == DEFERRED_CHANNEL_MESSAGE:
            flags = LOADING | ((data.get("flags") or 0) & EPHEMERAL)
            kind = 20 if rec.type == APPLICATION_COMMAND else 0
            rec.original = self._create_message(
                {"content": ""}, [], author=self.bot_user, rec=rec, message_type=kind, flags=flags
            )
            self.mention_log.pop()  # the loading placeholder is not a message the bot wrote
            resource["message"] = pl.message(rec.original)
            interaction_info.update(
                response_message_id=rec.original.id,
                response_message_loading=True,
                response_message_ephemeral=rec.original.ephemeral,
            )
        elif cb_type in (DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE):
            target = rec.original
            if target is None:
                raise self._invalid_form(
                    "callback_type",
                    [limits.FieldError("type", "INTERACTION_RESPONSE_TYPE_INVALID", "No message to update")],
                    method,
                    path,
                    rec,
                )
            if cb_type == UPDATE_MESSAGE:
                self._validate_message(data, files, method, path, rec, prefix="data", require_content=False)
                self._write(target, data, files, created=False)
                rec.last_message = target
                resource["message"] = pl.message(target)
            else:
                resource = None
        elif cb_type == PONG:
            resource = None
        rec.callbacks.append(body)
        rec.response_type = cb_type
        rec.acked_after = elapsed
        rec.touch()
        if request.query.get("with_response") in ("1", "true", "True"):
            if cb_type == AUTOCOMPLETE_RESULT:
                return web.Response(status=204)
            answer: dict[str, Any] = {"interaction": interaction_info}
            if resource is not None:
                answer["resource"] = resource
            return _json(answer)
        return web.Response(status=204)

    # ------------------------------------------------------------------ interactions: webhooks

    def _webhook_record(self, app: str, token: str, method: str, path: str) -> InteractionRecord:
        rec = self._by_token.get(token)
        if app != self.app_id or rec is None:
            self._record_violation("unknown_webhook", 10015, 404, "Unknown Webhook", method, path, rec)
            raise DiscordError(404, 10015, "Unknown Webhook")
        if rec.failed or not rec.acknowledged:
            why = "was never acknowledged in time" if rec.failed else "has not been acknowledged yet"
            self._record_violation(
                "unknown_webhook", 10015, 404, f"Unknown Webhook (interaction {why})", method, path, rec
            )
            raise DiscordError(404, 10015, "Unknown Webhook")
        if self.clock.now() - rec.dispatched_at > self.token_lifetime:
            self._record_violation(
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

    def _followup(
        self, request: web.Request, app: str, token: str, body: Any, files: list[dict[str, Any]], path: str
    ) -> web.StreamResponse:
        method = "POST"
        rec = self._webhook_record(app, token, method, path)
        body = self._validate_message(body, files, method, path, rec)
        original = rec.original
        if rec.response_type == DEFERRED_CHANNEL_MESSAGE and original is not None and original.loading:
            # Discord: the first followup after a deferred response edits the loading message instead.
            original.flags &= ~LOADING
            self._write(original, body, files, created=False)
            original.edited_timestamp = None
            msg = original
        else:
            msg = self._create_message(body, files, author=self.bot_user, rec=rec, message_type=0)
            rec.followups.append(msg)
        rec.last_message = msg
        rec.touch()
        if request.query.get("wait") in ("1", "true", "True"):
            return _json(pl.message(msg))
        return web.Response(status=204)

    def _webhook_message(
        self, method: str, app: str, token: str, mid: str, body: Any, files: list[dict[str, Any]], path: str
    ) -> web.StreamResponse:
        rec = self._webhook_record(app, token, method, path)
        if mid == "@original":
            msg = rec.original
        else:
            msg = next((m for m in [rec.original, *rec.followups] if m is not None and m.id == mid), None)
        if msg is None or msg.deleted:
            self._record_violation("unknown_message", 10008, 404, "Unknown Message", method, path, rec)
            raise DiscordError(404, 10008, "Unknown Message")
        if method == "GET":
            return _json(pl.message(msg))
        if method == "DELETE":
            msg.deleted = True
            rec.touch()
            return web.Response(status=204)
        body = self._validate_message(body, files, method, path, rec, require_content=False)
        was_loading = msg.loading
        msg.flags &= ~LOADING
        self._write(msg, body, files, created=False)
        if limits.is_empty_message(
            {"content": msg.content, "embeds": msg.embeds, "components": msg.components}, len(msg.attachments)
        ):
            self._record_violation(
                "empty_message", 50006, 400, "Cannot send an empty message", method, path, rec
            )
            if was_loading:
                msg.flags |= LOADING
            raise DiscordError(400, 50006, "Cannot send an empty message")
        rec.last_message = msg
        rec.touch()
        return _json(pl.message(msg))

    def _channel_post(
        self, cid: str, body: Any, files: list[dict[str, Any]], path: str
    ) -> web.StreamResponse:
        method = "POST"
        if cid != self.channel_id:
            self._record_violation("unknown_channel", 10003, 404, "Unknown Channel", method, path)
            raise DiscordError(404, 10003, "Unknown Channel")
        body = self._validate_message(body, files, method, path, None)
        msg = self._create_message(body, files, author=self.bot_user, rec=None, flags=0, channel_id=cid)
        self.channel_posts.append(msg)
        return _json(pl.message(msg, self.guild_id))

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        conn = GatewayConnection(self, ws, dict(request.query))
        self.connections.append(conn)
        try:
            await conn.run()
        finally:
            if conn in self.connections:
                self.connections.remove(conn)
            if not any(c.identified.is_set() for c in self.connections):
                self._connected.clear()
        return ws

    async def dispatch(self, event: str, data: Any) -> None:
        """Send a DISPATCH event to every identified client."""
        await self.wait_connected()
        for conn in self.connections:
            if conn.identified.is_set():
                await conn.dispatch(event, data)

    # ------------------------------------------------------------------ sending interactions

    def _member(self, user: DoubleUser, permissions: int) -> dict[str, Any]:
        return pl.member(user, self.joined_at, permissions=permissions)

    def dm_channel_id(self, user: DoubleUser) -> str:
        """The id of the DM channel between ``user`` and the bot (stable per user)."""
        return self._dm_channels.setdefault(user.id, self.ids.next())

    def _interaction_base(
        self, kind: int, user: DoubleUser | None, permissions: Any, locale: str, dm: bool = False
    ) -> tuple[str, dict[str, Any]]:
        user = user or self.user
        perms = pl.permissions_value(permissions)
        iid = self.ids.next()
        if dm:
            channel_id = self.dm_channel_id(user)
            return iid, {
                "id": iid,
                "application_id": self.app_id,
                "type": kind,
                "token": pl.interaction_token(iid),
                "version": 1,
                "channel": {
                    "id": channel_id,
                    "type": 1,
                    "last_message_id": None,
                    "flags": 0,
                    "recipients": [user.user_payload()],
                },
                "channel_id": channel_id,
                "user": user.user_payload(),
                "locale": locale,
                "app_permissions": str(pl.EVERYONE_PERMISSIONS),
                "entitlements": [],
                "entitlement_sku_ids": [],
                "authorizing_integration_owners": {"0": "0"},
                "context": 1,  # BOT_DM
                "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            }
        channel = self._channel()
        channel["permissions"] = str(perms)
        payload: dict[str, Any] = {
            "id": iid,
            "application_id": self.app_id,
            "type": kind,
            "token": pl.interaction_token(iid),
            "version": 1,
            "guild": {"id": self.guild_id, "locale": "en-US", "features": []},
            "guild_id": self.guild_id,
            "guild_locale": "en-US",
            "channel": channel,
            "channel_id": self.channel_id,
            "member": self._member(user, perms),
            "locale": locale,
            "app_permissions": str(pl.BOT_PERMISSIONS),
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": self.guild_id},
            "context": 0,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        return iid, payload

    async def _send_interaction(self, payload: dict[str, Any]) -> InteractionRecord:
        await self.wait_connected()
        rec = InteractionRecord(
            id=payload["id"],
            token=payload["token"],
            type=payload["type"],
            payload=payload,
            dispatched_at=self.clock.now(),
            clock=self.clock,
        )
        self.interactions[rec.id] = rec
        self._by_token[rec.token] = rec
        if payload["type"] in (MESSAGE_COMPONENT, MODAL_SUBMIT) and "message" in payload:
            rec.original = self.messages.get(payload["message"]["id"])
        await self.dispatch("INTERACTION_CREATE", payload)
        rec.dispatched_at = self.clock.now()
        return rec

    @staticmethod
    def _infer_type(value: Any) -> int:
        if isinstance(value, bool):
            return 5
        if isinstance(value, int):
            return 4
        if isinstance(value, float):
            return 10
        if isinstance(value, DoubleUser):
            return 6
        if isinstance(value, dict) and "url" in value:
            return 11
        return 3

    def _build_options(
        self,
        command: str,
        spec: list[dict[str, Any]] | None,
        values: dict[str, Any],
        resolved: dict[str, Any],
        focused: str | None,
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        by_name = {o["name"]: o for o in spec or []}
        if spec is not None:
            unknown = set(values) - set(by_name)
            if unknown:
                raise ValueError(f"/{command} has no option(s) {sorted(unknown)}; synced: {sorted(by_name)}")
            if focused is None:
                missing = [o["name"] for o in spec if o.get("required") and o["name"] not in values]
                if missing:
                    raise ValueError(f"/{command}: Discord's client requires option(s) {missing}")
        for name, value in values.items():
            opt_spec = by_name.get(name)
            kind = opt_spec["type"] if opt_spec else self._infer_type(value)
            option: dict[str, Any] = {"name": name, "type": kind}
            if name == focused:
                option["value"] = str(value)
                option["focused"] = True
            elif kind == 6:
                if not isinstance(value, DoubleUser):
                    raise TypeError(f"option {name!r} is a user option: pass a DoubleUser")
                option["value"] = value.id
                resolved.setdefault("users", {})[value.id] = value.user_payload()
                member = pl.member(value, self.joined_at, permissions=pl.EVERYONE_PERMISSIONS)
                member.pop("user")
                resolved.setdefault("members", {})[value.id] = member
            elif kind == 11:
                if not isinstance(value, dict) or "url" not in value:
                    raise TypeError(f"option {name!r} is an attachment option: pass double.upload(...)")
                option["value"] = value["id"]
                resolved.setdefault("attachments", {})[value["id"]] = value
            else:
                if (
                    opt_spec
                    and opt_spec.get("choices")
                    and value not in [c["value"] for c in opt_spec["choices"]]
                ):
                    raise ValueError(f"/{command} {name}: {value!r} is not one of the offered choices")
                option["value"] = {3: str, 4: int, 5: bool, 10: float}.get(kind, lambda v: v)(value)
                self._check_option_bounds(command, name, option["value"], opt_spec or {})
            out.append(option)
        return out

    @staticmethod
    def _check_option_bounds(command: str, name: str, value: Any, spec: dict[str, Any]) -> None:
        """Discord's client refuses to send values outside the option's declared bounds."""
        if isinstance(value, str):
            if len(value) < spec.get("min_length", 0) or len(value) > spec.get("max_length", 6000):
                raise ValueError(f"/{command} {name}: length {len(value)} outside the option's bounds")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            low, high = spec.get("min_value"), spec.get("max_value")
            if (low is not None and value < low) or (high is not None and value > high):
                raise ValueError(f"/{command} {name}: {value} outside [{low}, {high}]")

    def _command_data(
        self, name: str, options: dict[str, Any] | None, focused: str | None = None, dm: bool = False
    ) -> dict[str, Any]:
        parts = name.split()
        cmd, guild_id = self._find_command(parts[0], 1)
        if dm and guild_id:
            raise ValueError(f"/{parts[0]} is a guild command: Discord does not offer it in DMs")
        if dm and cmd is not None:
            contexts = cmd.get("contexts")
            if cmd.get("dm_permission") is False or (contexts is not None and 1 not in contexts):
                raise ValueError(
                    f"/{parts[0]} is guild-only (contexts={contexts}): Discord does not offer it in DMs"
                )
        data: dict[str, Any] = {
            "id": cmd["id"] if cmd else self._command_ids.setdefault((None, 1, parts[0]), self.ids.next()),
            "name": parts[0],
            "type": 1,
        }
        if guild_id:
            data["guild_id"] = guild_id
        resolved: dict[str, Any] = {}
        spec: list[dict[str, Any]] | None = cmd.get("options", []) if cmd else None
        container = data
        for sub in parts[1:]:
            sub_spec = next((o for o in spec or [] if o["name"] == sub), None) if spec is not None else None
            if spec is not None and sub_spec is None:
                raise ValueError(f"/{name}: no subcommand {sub!r} in the synced definition")
            kind = sub_spec["type"] if sub_spec else (1 if sub == parts[-1] else 2)
            node: dict[str, Any] = {"name": sub, "type": kind, "options": []}
            container["options"] = [node]
            container = node
            spec = sub_spec.get("options", []) if sub_spec else None
        container["options"] = self._build_options(name, spec, options or {}, resolved, focused)
        if resolved:
            data["resolved"] = resolved
        return data

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user: DoubleUser | None = None,
        permissions: Any = None,
        locale: str = "en-US",
        dm: bool = False,
    ) -> InteractionRecord:
        """Invoke ``/name`` (``"group sub"`` for subcommands) as ``user``, in the guild channel or (``dm``) in
        the user's DM with the bot.

        Uses the synced definition when there is one (ids, option types, required options, contexts);
        otherwise sends it as an unsynced global command."""
        _, payload = self._interaction_base(APPLICATION_COMMAND, user, permissions, locale, dm)
        payload["data"] = self._command_data(name, options, dm=dm)
        return await self._send_interaction(payload)

    async def autocomplete(
        self,
        name: str,
        option: str,
        value: str,
        *,
        options: dict[str, Any] | None = None,
        user: DoubleUser | None = None,
        permissions: Any = None,
        locale: str = "en-US",
        dm: bool = False,
    ) -> InteractionRecord:
        """The user typed ``value`` into ``option`` of ``/name``; ``options`` are already filled."""
        _, payload = self._interaction_base(AUTOCOMPLETE, user, permissions, locale, dm)
        payload["data"] = self._command_data(name, {**(options or {}), option: value}, focused=option, dm=dm)
        return await self._send_interaction(payload)

    async def component(
        self,
        message: StoredMessage,
        custom_id: str,
        *,
        user: DoubleUser | None = None,
        component_type: int = 2,
        values: list[str] | None = None,
        permissions: Any = None,
    ) -> InteractionRecord:
        """Click a button (or pick ``values`` in a select, component_type=3) on a message the bot sent."""
        if custom_id not in message.custom_ids():
            raise ValueError(
                f"message {message.id} has no component {custom_id!r} (has {message.custom_ids()})"
            )
        if any(b.get("custom_id") == custom_id and b.get("disabled") for b in message.buttons().values()):
            raise ValueError(f"button {custom_id!r} is disabled: Discord's client cannot click it")
        _, payload = self._interaction_base(MESSAGE_COMPONENT, user, permissions, "en-US")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        payload["data"] = data
        payload["message"] = pl.message(message, self.guild_id)
        return await self._send_interaction(payload)

    async def context_menu(
        self,
        name: str,
        target: StoredMessage | DoubleUser,
        *,
        user: DoubleUser | None = None,
        permissions: Any = None,
    ) -> InteractionRecord:
        """Run a message (target is a StoredMessage) or user (target is a DoubleUser) context-menu command."""
        kind = 2 if isinstance(target, DoubleUser) else 3
        cmd, guild_id = self._find_command(name, kind)
        _, payload = self._interaction_base(APPLICATION_COMMAND, user, permissions, "en-US")
        data: dict[str, Any] = {
            "id": cmd["id"] if cmd else self._command_ids.setdefault((None, kind, name), self.ids.next()),
            "name": name,
            "type": kind,
            "target_id": target.id,
        }
        if guild_id:
            data["guild_id"] = guild_id
        if isinstance(target, DoubleUser):
            member = pl.member(target, self.joined_at, permissions=pl.EVERYONE_PERMISSIONS)
            member.pop("user")
            data["resolved"] = {"users": {target.id: target.user_payload()}, "members": {target.id: member}}
        else:
            data["resolved"] = {"messages": {target.id: pl.message(target, self.guild_id)}}
        payload["data"] = data
        return await self._send_interaction(payload)

    async def submit_modal(
        self, shown: InteractionRecord, values: dict[str, str], *, user: DoubleUser | None = None
    ) -> InteractionRecord:
        """Submit the modal the bot answered ``shown`` with; ``values`` maps text-input custom_id to text."""
        if shown.modal is None:
            raise ValueError(f"interaction {shown.describe()} did not answer with a modal")
        rows = []
        for row in shown.modal.get("components", []):
            children = row.get("components") or ([row.get("component")] if row.get("component") else [])
            for child in children:
                cid = child.get("custom_id")
                rows.append(
                    {"type": 1, "components": [{"type": 4, "custom_id": cid, "value": values.get(cid, "")}]}
                )
        _, payload = self._interaction_base(MODAL_SUBMIT, user, None, "en-US")
        payload["data"] = {"custom_id": shown.modal["custom_id"], "components": rows}
        if shown.type == MESSAGE_COMPONENT and "message" in shown.payload:
            payload["message"] = shown.payload["message"]
        return await self._send_interaction(payload)

    def user_message(self, content: str, *, user: DoubleUser | None = None) -> StoredMessage:
        """A message a user posted in the channel (a target for message context menus)."""
        msg = StoredMessage(
            id=self.ids.next(),
            channel_id=self.channel_id,
            author=user or self.user,
            content=content,
            timestamp=pl.iso_now(),
        )
        self.messages[msg.id] = msg
        return msg
