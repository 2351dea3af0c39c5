"""The digest's effective configuration: config/factdesk.toml's [digest], overridden by what admins set in
Discord (stored in the settings table, so it survives restarts; once set, the database wins).

Each server has its own digest (its channel, time and zone; its content from the base library and its own):
its settings are `digest.<server id>.*`. The config file's time, timezone, quiet and catch_up are every
server's defaults; its channel_id belongs to the server that channel is in. Settings written before servers
had libraries (`digest.channel_id` …) are the base library's, until adopt_legacy gives them to that server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bot.digest.schedule import Schedule, parse_time, parse_zone
from bot.settings import Settings
from bot.store import BASE, Store

PREFIX = "digest."
LEGACY_KEYS = ("channel_id", "time", "timezone", "quiet")


def prefix_of(library: int) -> str:
    """Where a library's digest settings are kept: `digest.` for the base library, `digest.<server id>.`."""
    return PREFIX if library == BASE else f"{PREFIX}{library}."


@dataclass(frozen=True, slots=True)
class DigestConfig:
    channel_id: int = 0  # 0 = off
    time: str = "08:00"
    timezone: str = "UTC"
    quiet: str = "line"  # line | skip
    catch_up: bool = True
    enabled_at: str | None = None  # when an admin last set the channel in Discord (slots before it are not due)

    @property
    def enabled(self) -> bool:
        return self.channel_id != 0

    @property
    def schedule(self) -> Schedule:
        return Schedule.parse(self.time, self.timezone)

    def describe(self) -> str:
        if not self.enabled:
            return "The daily digest is off."
        quiet = "posts one line" if self.quiet == "line" else "posts nothing"
        return (f"The daily digest is posted in <#{self.channel_id}> at {self.time} ({self.timezone}); "
                f"a quiet day {quiet}.")


def from_settings(settings: Settings | None, channel_id: int | None = None) -> DigestConfig:
    """The config file's digest; `channel_id` (a server's default channel) instead of its channel_id."""
    if settings is None:
        return DigestConfig(channel_id or 0)
    channel = settings.digest_channel_id if channel_id is None else channel_id
    return DigestConfig(channel, settings.digest_time, settings.digest_timezone, settings.digest_quiet,
                        settings.digest_catch_up)


async def load_config(store: Store, settings: Settings | None, library: int = BASE,
                      default_channel: int = 0) -> DigestConfig:
    """Config-file defaults with the database's values on top; a bad stored value is ignored, not fatal. A
    server's digest starts from `default_channel` (the config file's channel when it is in that server)."""
    config = from_settings(settings, None if library == BASE else default_channel)
    prefix = prefix_of(library)
    stored = await store.settings_with_prefix(prefix)
    changes: dict[str, object] = {}
    if (channel := stored.get(prefix + "channel_id")) is not None and channel.isdigit():
        changes["channel_id"] = int(channel)
        changes["enabled_at"] = await store.setting_changed_at(prefix + "channel_id")
    if (at := stored.get(prefix + "time")) is not None and _valid(lambda: parse_time(at)):
        changes["time"] = at
    if (zone := stored.get(prefix + "timezone")) is not None and _valid(lambda: parse_zone(zone)):
        changes["timezone"] = zone
    if stored.get(prefix + "quiet") in ("line", "skip"):
        changes["quiet"] = stored[prefix + "quiet"]
    return replace(config, **changes)  # type: ignore[arg-type]


async def save_config(store: Store, now: datetime | None = None, library: int = BASE, **values: object) -> None:
    """Store admin changes (channel_id, time, timezone, quiet) for one library's digest; validate before calling."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    await store.put_settings({prefix_of(library) + k: str(v) for k, v in values.items()}, stamp)


async def adopt_legacy(store: Store, settings: Settings | None, guild_of: Callable[[int], int | None],
                       now: datetime) -> int | None:
    """The digest set up before servers had libraries (admins' `digest.*` settings, the config file's channel,
    and the periods already posted) becomes the digest of the server its channel is in — so it goes on in
    that channel, with that server's library, and posts no period twice. Returns that server, or None."""
    stored = await store.settings_with_prefix(PREFIX)
    legacy = {k: v for k, v in stored.items() if k.count(".") == 1}
    raw = legacy.get(PREFIX + "channel_id") or str(settings.digest_channel_id if settings else 0)
    channel = int(raw) if raw.isdigit() else 0
    if not channel or not (legacy or await store.has_digests(BASE)):
        return None
    guild = guild_of(channel)
    if not guild:
        return None
    await store.adopt_digests(guild, prefix_of(guild), now.isoformat(timespec="seconds"))
    return guild


def _valid(check: object) -> bool:
    try:
        check()  # type: ignore[operator]
    except ValueError:
        return False
    return True
