"""Sending interactions as Discord's client would: slash commands, autocomplete, components, context menus,
modals. Payloads follow the synced command definitions; what Discord's client would not send raises ValueError.

InteractionSender is mixed into DiscordDouble, whose ids, users, guild, channel and stores it uses.
"""

from __future__ import annotations

from typing import Any

from . import payloads as pl
from .applications import find_command
from .messages import ATTACHMENT_SIZE_LIMIT
from .models import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    Clock,
    DoubleGuild,
    DoubleUser,
    InteractionRecord,
    StoredMessage,
)


class InteractionSender:
    """The test-facing half of DiscordDouble that plays the user: each call dispatches one interaction."""

    # set by DiscordDouble.__init__
    ids: pl.Snowflakes
    clock: Clock
    app_id: str
    guild_id: str
    channel_id: str
    guild: DoubleGuild
    joined_at: str
    user: DoubleUser
    messages: dict[str, StoredMessage]
    interactions: dict[str, InteractionRecord]
    _by_token: dict[str, InteractionRecord]
    _command_ids: dict[tuple[str | None, int, str], str]
    _dm_channels: dict[str, str]
    _channel: Any  # DiscordDouble's: a guild's text channel payload

    def _member(self, user: DoubleUser, permissions: int) -> dict[str, Any]:
        return pl.member(user, self.joined_at, permissions=permissions)

    def dm_channel_id(self, user: DoubleUser) -> str:
        """The id of the DM channel between ``user`` and the bot (stable per user)."""
        return self._dm_channels.setdefault(user.id, self.ids.next())

    def _interaction_base(
        self, kind: int, user: DoubleUser | None, permissions: Any, locale: str, dm: bool = False,
        guild: DoubleGuild | None = None,
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
        guild = guild or self.guild
        channel = self._channel(guild)
        channel["permissions"] = str(perms)
        payload: dict[str, Any] = {
            "id": iid,
            "application_id": self.app_id,
            "type": kind,
            "token": pl.interaction_token(iid),
            "version": 1,
            "guild": {"id": guild.id, "locale": "en-US", "features": []},
            "guild_id": guild.id,
            "guild_locale": "en-US",
            "channel": channel,
            "channel_id": guild.channel_id,
            "member": self._member(user, perms),
            "locale": locale,
            "app_permissions": str(pl.BOT_PERMISSIONS),
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": guild.id},
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
        cmd, guild_id = find_command(self, parts[0], 1)
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
        guild: DoubleGuild | None = None,
    ) -> InteractionRecord:
        """Invoke ``/name`` (``"group sub"`` for subcommands) as ``user``, in the guild channel (``guild``: another
        guild's, default the first) or (``dm``) in the user's DM with the bot.

        Uses the synced definition when there is one (ids, option types, required options, contexts);
        otherwise sends it as an unsynced global command."""
        _, payload = self._interaction_base(APPLICATION_COMMAND, user, permissions, locale, dm, guild)
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
        guild: DoubleGuild | None = None,
    ) -> InteractionRecord:
        """The user typed ``value`` into ``option`` of ``/name``; ``options`` are already filled."""
        _, payload = self._interaction_base(AUTOCOMPLETE, user, permissions, locale, dm, guild)
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
        guild: DoubleGuild | None = None,
    ) -> InteractionRecord:
        """Run a message (target is a StoredMessage) or user (target is a DoubleUser) context-menu command."""
        kind = 2 if isinstance(target, DoubleUser) else 3
        cmd, guild_id = find_command(self, name, kind)
        _, payload = self._interaction_base(APPLICATION_COMMAND, user, permissions, "en-US", guild=guild)
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
            data["resolved"] = {"messages": {target.id: pl.message(target, (guild or self.guild).id)}}
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

    def user_message(
        self, content: str, *, user: DoubleUser | None = None, guild: DoubleGuild | None = None
    ) -> StoredMessage:
        """A message a user posted in the channel (``guild``'s; a target for message context menus)."""
        msg = StoredMessage(
            id=self.ids.next(),
            channel_id=(guild or self.guild).channel_id,
            author=user or self.user,
            content=content,
            timestamp=pl.iso_now(),
        )
        self.messages[msg.id] = msg
        return msg
