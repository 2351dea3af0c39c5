"""Feeds in words, the same in Discord, the console and the command line."""

from __future__ import annotations

from datetime import datetime

from bot.feeds.service import FeedPoll
from bot.store.feeds import FeedRow


def _when(stamp: str | None, now: datetime) -> str:
    """'3 min ago', '2 h ago', '2025-01-21 09:30 UTC' for older, 'never'."""
    if not stamp:
        return "never"
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    seconds = (now - moment).total_seconds()
    if seconds < 0:
        return "in " + _span(-seconds)
    if seconds < 2 * 86400:
        return _span(seconds) + " ago"
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _span(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.0f} h"


def _interval(seconds: int) -> str:
    return f"every {seconds / 3600:g} h" if seconds >= 3600 and seconds % 3600 == 0 else f"every {seconds / 60:g} min"


def describe_added(row: FeedRow) -> str:
    title = f"“{row.title}” " if row.title else ""
    return (f"Following {title}({row.url}), read {_interval(row.interval_seconds)}. Its new articles are being "
            "read now and become answerable within minutes.")


def describe_feeds(rows: list[FeedRow], now: datetime) -> str:
    if not rows:
        return "No feeds are followed. Add one with /feed add <url>."
    lines = [f"{len(rows)} feed{'s' if len(rows) != 1 else ''} followed:"]
    for r in rows:
        state = f"last error: {r.last_error}" if r.last_error else "ok"
        lines.append(f"• {r.title or r.url} — {r.url}\n  last fetch {_when(r.last_fetch, now)}; {state}; "
                     f"{r.items_read} item{'s' if r.items_read != 1 else ''} read; {_interval(r.interval_seconds)}; "
                     f"next {_when(r.next_fetch, now)}")
    return "\n".join(lines)


def describe_poll(polls: list[FeedPoll]) -> str:
    if not polls:
        return "No feeds are followed."
    lines: list[str] = []
    for poll in polls:
        name = poll.title or poll.feed.title or poll.feed.url
        if poll.error:
            lines.append(f"{name}: could not be read — {poll.error}")
            continue
        if poll.not_modified or not poll.outcomes:
            lines.append(f"{name}: nothing new")
            continue
        lines.append(f"{name}: {len(poll.added)} new of {len(poll.outcomes)} item(s)")
        lines += [f"  {o.describe()}" for o in poll.outcomes]
    return "\n".join(lines)
