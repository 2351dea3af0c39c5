"""When the digest is due: pure functions of an injected `now`, so restarts, downtime and DST can be tested.

A *period* is a local calendar date in the digest's timezone; each period has one *slot*, the configured
local time on that date. The digest for a period is posted once, at (or, after downtime, after) its slot.

Daylight saving: a slot time that does not exist that day (clocks jump 01:00→02:00) is taken an hour
later; one that happens twice (clocks fall back) is the first occurrence. Either way each date has exactly
one slot, so there is one digest per local day, never two and never none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.render.limits import CHOICES

_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")

RETRY_FIRST = timedelta(minutes=1)
RETRY_MAX = timedelta(minutes=30)
MAX_ATTEMPTS = 8  # about 2 h of retries (1, 2, 4, 8, 16, 30, 30 min); then the period is given up, loudly


class ScheduleError(ValueError):
    """A time or timezone a user or the config gave is not usable; the message says why."""


def parse_time(text: str) -> time:
    """'08:00' or '8:05' → time(8, 0); anything else is an error naming the expected form."""
    m = _TIME.match(text or "")
    if not m or not (0 <= int(m[1]) <= 23 and 0 <= int(m[2]) <= 59):
        raise ScheduleError(f"time must be HH:MM on a 24-hour clock (e.g. 08:00), got {text!r}")
    return time(int(m[1]), int(m[2]))


def parse_zone(name: str) -> ZoneInfo:
    try:
        if not name or name != name.strip():
            raise ZoneInfoNotFoundError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(f"unknown timezone {name!r}: use an IANA name such as Europe/London or UTC") from exc


def zone_names(current: str, limit: int = CHOICES) -> list[str]:
    """Timezone names for autocomplete: names starting with what is typed first, then names containing it."""
    typed = current.strip().casefold().replace(" ", "_")
    names = sorted(available_timezones() | {"UTC"})
    if not typed:
        popular = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
                   "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney"]
        return [n for n in popular if n in names][:limit]
    starts = [n for n in names if n.casefold().startswith(typed) or n.casefold().split("/")[-1].startswith(typed)]
    contains = [n for n in names if typed in n.casefold() and n not in starts]
    return (starts + contains)[:limit]


@dataclass(frozen=True, slots=True)
class Schedule:
    at: time
    zone: ZoneInfo

    @classmethod
    def parse(cls, at: str, zone: str) -> Schedule:
        return cls(parse_time(at), parse_zone(zone))

    def slot(self, day: date) -> datetime:
        """The UTC instant of `day`'s slot (see the module docstring for DST gaps and folds)."""
        # fold=0: an ambiguous time is its first occurrence; a time in a gap uses the offset from before the
        # jump, which lands it the same amount after the jump (01:30 in a 01:00→02:00 gap is 02:30).
        return datetime.combine(day, self.at, tzinfo=self.zone).astimezone(UTC)

    def period_of(self, instant: datetime) -> str:
        return instant.astimezone(self.zone).date().isoformat()

    def last_slot(self, now: datetime) -> tuple[str, datetime]:
        """The latest slot at or before `now`: (its period, its instant)."""
        today = now.astimezone(self.zone).date()
        for day in (today, today - timedelta(days=1), today - timedelta(days=2)):
            instant = self.slot(day)
            if instant <= now:
                return day.isoformat(), instant
        raise AssertionError("a slot within two days before now always exists")

    def next_slot(self, now: datetime) -> datetime:
        today = now.astimezone(self.zone).date()
        for offset in range(0, 3):
            instant = self.slot(today + timedelta(days=offset))
            if instant > now:
                return instant
        raise AssertionError("a slot within two days after now always exists")


PeriodState = Literal["none", "done", "pending"]


@dataclass(frozen=True, slots=True)
class Decision:
    action: Literal["post", "wait", "skip"]  # skip: a missed period we may not catch up on (catch_up off)
    period: str
    reason: str


def decide(
    schedule: Schedule, now: datetime, started_at: datetime, catch_up: bool, state: PeriodState,
    retry_at: datetime | None = None, has_history: bool = True, enabled_at: datetime | None = None,
) -> Decision:
    """What to do now about the latest slot's period, given what the database says about that period.

    - done (posted, quiet, skipped or given up): nothing until the next slot;
    - pending (claimed but not finished: a failed post or a crash mid-post): retry when its backoff allows;
    - none: post if the slot passed while we were running, or, with catch_up, while we were down — but only
      if a digest was ever posted before: a first start is not "downtime", the first digest comes at the next
      slot. A slot before the digest was switched on (enabled_at) is not due at all.
    """
    period, slot = schedule.last_slot(now)
    if state == "done":
        return Decision("wait", period, "already done")
    if state == "pending":
        if retry_at is not None and now < retry_at:
            return Decision("wait", period, f"retrying at {retry_at.isoformat(timespec='seconds')}")
        return Decision("post", period, "finishing an unfinished digest")
    if enabled_at is not None and slot < enabled_at:
        return Decision("wait", period, "switched on after this slot")
    if slot >= started_at:
        return Decision("post", period, "due")
    if catch_up and has_history:
        return Decision("post", period, "catching up after downtime")
    return Decision("skip", period, "missed while down and catch_up is off" if has_history
                    else "the first start is after this slot; the first digest comes at the next one")


def backoff(attempts: int) -> timedelta:
    """Wait before retry number `attempts` (1-based): 1, 2, 4, … minutes, never more than RETRY_MAX."""
    return min(RETRY_FIRST * (2 ** max(0, attempts - 1)), RETRY_MAX)
