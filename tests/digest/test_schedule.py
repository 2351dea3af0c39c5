"""The schedule is pure: one slot per local date, DST gaps and folds included; decisions from stored state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest.schedule import (
    MAX_ATTEMPTS,
    RETRY_MAX,
    Schedule,
    ScheduleError,
    backoff,
    decide,
    parse_time,
    parse_zone,
    zone_names,
)

LONDON = "Europe/London"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_parse_time_and_zone_refuse_nonsense() -> None:
    assert parse_time("8:05").minute == 5 and parse_time("23:59").hour == 23
    for bad in ("24:00", "8", "08:60", "eight", ""):
        with pytest.raises(ScheduleError, match="HH:MM"):
            parse_time(bad)
    assert str(parse_zone(LONDON)) == LONDON
    for bad in ("Mars/Olympus", "", " UTC", "../etc/passwd"):
        with pytest.raises(ScheduleError, match="unknown timezone"):
            parse_zone(bad)


def test_zone_names_autocomplete() -> None:
    assert "Europe/London" in zone_names("lond")
    assert zone_names("europe/")[0].startswith("Europe/")
    assert len(zone_names("")) <= 25 and "UTC" in zone_names("")
    assert all(len(n) <= 100 for n in zone_names("a"))


def test_slots_follow_local_time_across_dst() -> None:
    s = Schedule.parse("08:00", LONDON)
    assert s.slot(datetime(2025, 3, 29).date()) == utc(2025, 3, 29, 8)  # GMT
    assert s.slot(datetime(2025, 3, 31).date()) == utc(2025, 3, 31, 7)  # BST
    assert s.slot(datetime(2025, 10, 27).date()) == utc(2025, 10, 27, 8)  # GMT again
    # 01:30 does not exist on 30 March (01:00 → 02:00): it is taken as 02:30 BST, still that date
    gap = Schedule.parse("01:30", LONDON).slot(datetime(2025, 3, 30).date())
    assert gap == utc(2025, 3, 30, 1, 30) and gap.astimezone(parse_zone(LONDON)).hour == 2
    # 01:30 happens twice on 26 October: the first one (BST)
    fold = Schedule.parse("01:30", LONDON).slot(datetime(2025, 10, 26).date())
    assert fold == utc(2025, 10, 26, 0, 30)


@pytest.mark.parametrize("at", ["00:30", "01:30", "02:30", "08:00", "23:30"])
@pytest.mark.parametrize("start", [utc(2025, 3, 28), utc(2025, 10, 24)])
def test_exactly_one_slot_per_local_day_through_dst(at: str, start: datetime) -> None:
    """Walk the clock in 5-minute steps over four days around a DST change: every local date is posted once."""
    s = Schedule.parse(at, LONDON)
    done: dict[str, datetime] = {}
    now, started = start, start
    while now < start + timedelta(days=4):
        period, _ = s.last_slot(now)
        d = decide(s, now, started, catch_up=False, state="done" if period in done else "none")
        if d.action == "post":
            done[d.period] = now
        now += timedelta(minutes=5)
    dates = sorted(done)
    assert len(dates) == len(set(dates)) >= 3
    first = datetime.fromisoformat(dates[0]).date()
    assert dates == [(first + timedelta(days=i)).isoformat() for i in range(len(dates))]  # no day skipped
    for period, when in done.items():
        assert s.period_of(s.slot(datetime.fromisoformat(period).date())) == period
        assert timedelta(0) <= when - s.slot(datetime.fromisoformat(period).date()) < timedelta(minutes=5)


def test_decide_catch_up_skip_and_retry() -> None:
    s = Schedule.parse("08:00", "UTC")
    started = utc(2025, 1, 29, 11)  # came up three hours after the slot
    assert decide(s, started, started, True, "none").action == "post"
    assert decide(s, started, started, False, "none").action == "skip"
    assert decide(s, started, started, True, "done").action == "wait"
    retry = started + timedelta(minutes=2)
    assert decide(s, started, started, True, "pending", retry).action == "wait"
    assert decide(s, retry, started, True, "pending", retry).action == "post"
    before = utc(2025, 1, 29, 7, 59)  # before today's slot: yesterday's period is the latest
    assert decide(s, before, before - timedelta(days=2), True, "none").period == "2025-01-28"


def test_backoff_is_bounded() -> None:
    waits = [backoff(n) for n in range(1, MAX_ATTEMPTS + 1)]
    assert waits[0] == timedelta(minutes=1) and waits == sorted(waits)
    assert max(waits) == RETRY_MAX
