"""Feed settings ([feeds] in config/factdesk.toml): how often feeds are read and how errors back off."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class FeedConfigError(ValueError):
    """A [feeds] setting cannot be used; the message names it."""


@dataclass(frozen=True, slots=True)
class FeedSettings:
    enabled: bool = True  # poll feeds in the background while the bot (or console) runs
    interval_minutes: float = 30.0  # a new feed's interval unless /feed add says otherwise
    min_interval_minutes: float = 5.0  # nobody may ask a site more often than this
    max_backoff_hours: float = 24.0  # after errors the interval doubles, up to this
    max_items_per_poll: int = 20  # new items read per feed per poll; the rest wait for the next one
    retries: int = 3  # an item whose page and own text both failed is tried this many times in all
    tick_seconds: float = 30.0  # how often the background poller looks for due feeds


def load_feed_settings(section: Mapping[str, Any]) -> FeedSettings:
    d = FeedSettings()
    values: dict[str, Any] = {"enabled": bool(section.get("enabled", d.enabled))}
    for key, minimum in (("interval_minutes", 0.0), ("min_interval_minutes", 0.0), ("max_backoff_hours", 0.0),
                         ("max_items_per_poll", 1), ("retries", 1), ("tick_seconds", 0.01)):
        raw = section.get(key, getattr(d, key))
        try:
            number = float(raw)
        except (TypeError, ValueError) as exc:
            raise FeedConfigError(f"feeds.{key} must be a number, got {raw!r}") from exc
        if number < minimum:
            raise FeedConfigError(f"feeds.{key} must be at least {minimum:g}, got {raw!r}")
        values[key] = int(number) if isinstance(getattr(d, key), int) else number
    return FeedSettings(**values)
