"""The digest's effective configuration: config/factdesk.toml's [digest], overridden by what admins set in
Discord (stored in the settings table, so it survives restarts; once set, the database wins)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bot.digest.schedule import Schedule, parse_time, parse_zone
from bot.settings import Settings
from bot.store import Store

PREFIX = "digest."


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


def from_settings(settings: Settings | None) -> DigestConfig:
    if settings is None:
        return DigestConfig()
    return DigestConfig(settings.digest_channel_id, settings.digest_time, settings.digest_timezone,
                        settings.digest_quiet, settings.digest_catch_up)


async def load_config(store: Store, settings: Settings | None) -> DigestConfig:
    """Config-file defaults with the database's values on top; a bad stored value is ignored, not fatal."""
    config = from_settings(settings)
    stored = await store.settings_with_prefix(PREFIX)
    changes: dict[str, object] = {}
    if (channel := stored.get(PREFIX + "channel_id")) is not None and channel.isdigit():
        changes["channel_id"] = int(channel)
        changes["enabled_at"] = await store.setting_changed_at(PREFIX + "channel_id")
    if (at := stored.get(PREFIX + "time")) is not None and _valid(lambda: parse_time(at)):
        changes["time"] = at
    if (zone := stored.get(PREFIX + "timezone")) is not None and _valid(lambda: parse_zone(zone)):
        changes["timezone"] = zone
    if stored.get(PREFIX + "quiet") in ("line", "skip"):
        changes["quiet"] = stored[PREFIX + "quiet"]
    return replace(config, **changes)  # type: ignore[arg-type]


async def save_config(store: Store, now: datetime | None = None, **values: object) -> None:
    """Store admin changes (channel_id, time, timezone, quiet); validate before calling."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    await store.put_settings({PREFIX + k: str(v) for k, v in values.items()}, stamp)


def _valid(check: object) -> bool:
    try:
        check()  # type: ignore[operator]
    except ValueError:
        return False
    return True
