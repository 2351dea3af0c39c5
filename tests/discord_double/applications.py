"""REST routes for application commands: sync (PUT), create (POST) and list (GET), global or per guild."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits
from .errors import DiscordError, invalid_form, json_response

if TYPE_CHECKING:
    from .server import DiscordDouble


def find_command(double: DiscordDouble, name: str, kind: int) -> tuple[dict[str, Any] | None, str | None]:
    """The synced definition of a command (guild commands first) and the guild it belongs to, if any."""
    for cmd in double.guild_commands.get(double.guild_id, []):
        if cmd["name"] == name and cmd.get("type", 1) == kind:
            return cmd, double.guild_id
    for cmd in double.global_commands:
        if cmd["name"] == name and cmd.get("type", 1) == kind:
            return cmd, None
    return None, None


def store_commands(double: DiscordDouble, guild_id: str | None, body: list[dict[str, Any]]) -> list[dict[str, Any]]:
    stored = []
    for cmd in body:
        kind = cmd.get("type", 1)
        key = (guild_id, kind, cmd["name"])
        cmd_id = double._command_ids.setdefault(key, double.ids.next())
        echo = {
            "id": cmd_id,
            "application_id": double.app_id,
            "version": double.ids.next(),
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


def commands_route(
    double: DiscordDouble, method: str, path: str, app: str, guild: str | None, body: Any
) -> web.StreamResponse:
    if app != double.app_id:
        double._record_violation("wrong_application", 0, 403, "Missing Access", method, path)
        raise DiscordError(403, 50001, "Missing Access")
    if guild is not None and guild not in {g.id for g in double.guilds}:
        double._record_violation("unknown_guild", 50001, 403, "Missing Access", method, path)
        raise DiscordError(403, 50001, "Missing Access")
    current = double.guild_commands.setdefault(guild, []) if guild else double.global_commands
    if method == "GET":
        return json_response(current)
    if method == "PUT":
        errors = limits.check_commands(body)
        if errors:
            raise invalid_form(double, "command_definition", errors, method, path, None)
        stored = store_commands(double, guild, body)
        current[:] = stored
        double.sync_payloads.append((path, body))
        return json_response(stored)
    if method == "POST":
        errors = limits.check_command(body, "")
        if errors:
            raise invalid_form(double, "command_definition", errors, method, path, None)
        (echo,) = store_commands(double, guild, [body])
        current[:] = [c for c in current if c["id"] != echo["id"]] + [echo]
        double.sync_payloads.append((path, body))
        return json_response(echo, 201)
    double.unknown_routes.append((method, path))
    double._record_violation("unknown_route", 0, 405, "method not served by the double", method, path)
    raise DiscordError(405, 0, "405: Method Not Allowed")
