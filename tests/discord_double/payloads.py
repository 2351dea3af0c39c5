"""JSON payloads shaped like Discord's (API v10), built from the double's state."""

from __future__ import annotations

import base64
import itertools
import secrets
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import DoubleUser, StoredMessage

DISCORD_EPOCH_MS = 1420070400000


class Snowflakes:
    """Discord-style snowflakes (timestamp << 22 | increment), as strings."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def next(self) -> str:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return str((ms << 22) | (1 << 17) | (next(self._counter) & 0xFFF))


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


def interaction_token(interaction_id: str) -> str:
    """Shaped like Discord's: base64 of ``interaction:<id>:<secret>`` (so it starts ``aW50ZXJhY3Rpb246``)."""
    raw = f"interaction:{interaction_id}:{secrets.token_urlsafe(48)}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


# Permission bits (https://discord.com/developers/docs/topics/permissions)
P = {
    "create_instant_invite": 1 << 0,
    "kick_members": 1 << 1,
    "ban_members": 1 << 2,
    "administrator": 1 << 3,
    "manage_channels": 1 << 4,
    "manage_guild": 1 << 5,
    "add_reactions": 1 << 6,
    "view_audit_log": 1 << 7,
    "view_channel": 1 << 10,
    "send_messages": 1 << 11,
    "manage_messages": 1 << 13,
    "embed_links": 1 << 14,
    "attach_files": 1 << 15,
    "read_message_history": 1 << 16,
    "mention_everyone": 1 << 17,
    "use_external_emojis": 1 << 18,
    "connect": 1 << 20,
    "speak": 1 << 21,
    "change_nickname": 1 << 26,
    "manage_roles": 1 << 28,
    "use_application_commands": 1 << 31,
    "create_public_threads": 1 << 35,
    "send_messages_in_threads": 1 << 38,
    "use_external_apps": 1 << 50,
}
EVERYONE_PERMISSIONS = sum(
    P[name]
    for name in (
        "create_instant_invite",
        "add_reactions",
        "view_channel",
        "send_messages",
        "embed_links",
        "attach_files",
        "read_message_history",
        "use_external_emojis",
        "connect",
        "speak",
        "change_nickname",
        "use_application_commands",
        "create_public_threads",
        "send_messages_in_threads",
        "use_external_apps",
    )
)
BOT_PERMISSIONS = EVERYONE_PERMISSIONS | P["manage_messages"]
ADMIN_PERMISSIONS = (1 << 53) - 1


def permissions_value(value: Any) -> int:
    """Accept an int, a numeric string, a ``discord.Permissions`` (``.value``) or permission names."""
    if value is None:
        return EVERYONE_PERMISSIONS
    if hasattr(value, "value"):
        return int(value.value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return int(value)
    total = 0
    for name in value:
        total |= P[name]
    return total


def user_me(bot: DoubleUser) -> dict[str, Any]:
    data = bot.user_payload()
    data.update(
        {
            "bot": True,
            "flags": 0,
            "mfa_enabled": True,
            "verified": True,
            "email": None,
            "locale": "en-US",
            "premium_type": 0,
            "banner": None,
            "accent_color": None,
            "bio": "",
        }
    )
    return data


def application(app_id: str, bot: DoubleUser, owner: DoubleUser) -> dict[str, Any]:
    return {
        "id": app_id,
        "name": bot.username,
        "icon": None,
        "description": "",
        "summary": "",
        "type": None,
        "hook": True,
        "bot_public": False,
        "bot_require_code_grant": False,
        "verify_key": secrets.token_hex(32),
        "flags": 1 << 23,  # APPLICATION_COMMAND_BADGE
        "owner": owner.user_payload(),
        "team": None,
        "bot": user_me(bot),
        "guild_id": None,
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "tags": [],
        "install_params": None,
        "integration_types_config": {"0": {}},
        "approximate_guild_count": 1,
        "approximate_user_install_count": 0,
        "is_monetized": False,
        "is_verified": False,
        "is_discoverable": False,
        "storefront_available": False,
    }


def role(role_id: str, name: str, position: int, permissions: int, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": role_id,
        "name": name,
        "description": None,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
    data.update(extra)
    return data


def text_channel(channel_id: str, guild_id: str, name: str, position: int = 0) -> dict[str, Any]:
    return {
        "id": channel_id,
        "type": 0,
        "guild_id": guild_id,
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "parent_id": None,
        "topic": None,
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
        "icon_emoji": None,
        "theme_color": None,
    }


def member(user: DoubleUser, joined_at: str, *, permissions: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "user": user.user_payload(),
        "nick": user.nick,
        "avatar": None,
        "banner": None,
        "roles": list(user.roles),
        "joined_at": joined_at,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
        "unusual_dm_activity_until": None,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def guild_create(
    *,
    guild_id: str,
    name: str,
    owner_id: str,
    app_id: str,
    roles: list[dict[str, Any]],
    channels: list[dict[str, Any]],
    members: list[dict[str, Any]],
    joined_at: str,
) -> dict[str, Any]:
    return {
        "id": guild_id,
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": owner_id,
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 1,
        "default_message_notifications": 1,
        "explicit_content_filter": 2,
        "roles": roles,
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "application_id": None,
        "system_channel_id": channels[0]["id"] if channels else None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "safety_alerts_channel_id": None,
        "max_members": 500000,
        "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "premium_progress_bar_enabled": False,
        "preferred_locale": "en-US",
        "nsfw_level": 0,
        "nsfw": False,
        "incidents_data": None,
        "inventory_settings": None,
        "hub_type": None,
        "latest_onboarding_question_id": None,
        "home_header": None,
        "version": int(time.time() * 1000),
        # GUILD_CREATE extras
        "joined_at": joined_at,
        "large": False,
        "lazy": True,
        "unavailable": False,
        "member_count": len(members),
        "voice_states": [],
        "members": members,
        "channels": channels,
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "activity_instances": [],
        "embedded_activities": [],
        "application_command_counts": {},
    }


def message(msg: StoredMessage, guild_id: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": msg.id,
        "type": msg.message_type,
        "channel_id": msg.channel_id,
        "author": msg.author.user_payload(),
        "content": msg.content,
        "timestamp": msg.timestamp,
        "edited_timestamp": msg.edited_timestamp,
        "tts": msg.tts,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": msg.attachments,
        "embeds": msg.embeds,
        "components": msg.components,
        "pinned": False,
        "flags": msg.flags,
    }
    if msg.webhook_id:
        data["webhook_id"] = msg.webhook_id
    if msg.application_id:
        data["application_id"] = msg.application_id
    if msg.interaction_meta:
        data["interaction_metadata"] = msg.interaction_meta
        data["interaction"] = {
            "id": msg.interaction_meta["id"],
            "type": msg.interaction_meta["type"],
            "name": msg.interaction_meta.get("name", ""),
            "user": msg.interaction_meta["user"],
        }
    if guild_id and not msg.webhook_id:
        data["guild_id"] = guild_id
    return data
