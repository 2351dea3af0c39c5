"""A Discord API double: REST + gateway on 127.0.0.1 for the real, unmodified discord.py client.

It enforces the rules Discord enforces (3 s acknowledgement window, one acknowledgement, 15 min tokens,
message/embed/autocomplete limits, command definitions) and records every refusal as a
:class:`~tests.discord_double.models.Violation` so a test fails where Discord would refuse.

DiscordDouble holds the state and the test-facing API. By concern: rest.py routes requests to
applications.py (commands), callbacks.py (interaction callbacks), webhooks.py (followups, edits) and
messages.py (channels, messages, limits); interactions.py sends interactions as a user would; gateway.py
is the websocket.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import discord.asset
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from . import payloads as pl
from .gateway import GatewayConnection
from .interactions import InteractionSender
from .messages import cdn_store
from .models import (
    ACK_WINDOW,
    DEFERRED_CHANNEL_MESSAGE,
    TOKEN_LIFETIME,
    Clock,
    DoubleGuild,
    DoubleUser,
    InteractionRecord,
    StoredMessage,
    Violation,
)
from .rest import API_PREFIX, RequestLog, dispatch_rest

__all__ = ["DiscordDouble", "RequestLog"]

_log = logging.getLogger(__name__)


class DiscordDouble(InteractionSender):
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
        self.guild = DoubleGuild(self.guild_id, guild_name, self.channel_id, channel_name, self.bot_role_id)
        self.guilds: list[DoubleGuild] = [self.guild]
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

    def add_guild(self, name: str = "Second Guild", channel_name: str = "news") -> DoubleGuild:
        """Another server the bot is in (call before the bot connects); pass it as ``guild=`` to slash() etc."""
        guild = DoubleGuild(self.ids.next(), name, self.ids.next(), channel_name, self.ids.next())
        self.guilds.append(guild)
        return guild

    def guild_of_channel(self, channel_id: str) -> DoubleGuild | None:
        return next((g for g in self.guilds if g.channel_id == channel_id), None)

    def _user_me(self) -> dict[str, Any]:
        return pl.user_me(self.bot_user)

    def _roles(self, guild: DoubleGuild | None = None) -> list[dict[str, Any]]:
        guild = guild or self.guild
        return [
            pl.role(guild.id, "@everyone", 0, pl.EVERYONE_PERMISSIONS),
            pl.role(
                guild.bot_role_id,
                self.bot_user.username,
                1,
                pl.BOT_PERMISSIONS,
                managed=True,
                tags={"bot_id": self.app_id},
            ),
        ]

    def _channel(self, guild: DoubleGuild | None = None) -> dict[str, Any]:
        guild = guild or self.guild
        return pl.text_channel(guild.channel_id, guild.id, guild.channel_name)

    def _guild_create(self, guild: DoubleGuild | None = None) -> dict[str, Any]:
        guild = guild or self.guild
        member = pl.member(self.bot_user, self.joined_at)
        member["roles"] = [guild.bot_role_id]
        return pl.guild_create(
            guild_id=guild.id,
            name=guild.name,
            owner_id=self.owner.id,
            app_id=self.app_id,
            roles=self._roles(guild),
            channels=[self._channel(guild)],
            members=[member],
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

    # ------------------------------------------------------------------ commands, uploads, REST

    def commands(self, guild: bool = False) -> list[dict[str, Any]]:
        return self.guild_commands.get(self.guild_id, []) if guild else self.global_commands

    def upload(
        self, filename: str, data: bytes, content_type: str | None = "text/plain; charset=utf-8"
    ) -> dict:
        """A file a user attached to a slash command (pass it as the value of an attachment option)."""
        att_id = self.ids.next()
        path = f"/cdn/ephemeral-attachments/{self.channel_id}/{att_id}/{filename}"
        url = cdn_store(self, path, {"data": data, "content_type": content_type})
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

    async def _dispatch_rest(self, request: web.Request) -> web.StreamResponse:
        return await dispatch_rest(self, request)

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
