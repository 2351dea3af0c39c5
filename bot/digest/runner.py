"""Posting the digest exactly once per period, whatever happens: restarts, downtime, failed posts.

The database is the source of truth. Before the first message is sent the period is *claimed* (a row in
`digests` recording exactly which documents it covers); every message id is recorded as soon as it is sent;
the period is finished when the last one is. So:

- a restart never posts a period twice: a finished period is done, a claimed one is resumed after the
  messages already sent (only a message in flight at the moment of a crash can be repeated);
- a failed post (channel gone, missing permission, Discord down) is retried with a bounded backoff and,
  after MAX_ATTEMPTS, given up with an error line; its documents then go into the next digest;
- nothing here raises into the scheduler: every failure is logged and the bot goes on.

It knows nothing of Discord: `render` turns a DigestAnswer into messages and `send` posts one message to a
channel and returns its id (the cog gives discord.py-backed ones; tests give fakes).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from bot.digest.build import build_digest, coverage
from bot.digest.config import DigestConfig, load_config, save_config
from bot.digest.models import DigestAnswer
from bot.digest.schedule import MAX_ATTEMPTS, backoff, decide, parse_zone
from bot.settings import Settings
from bot.store import BASE, Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Render = Callable[[DigestAnswer], list[Any]]
Send = Callable[[int, Any], Awaitable[int]]


def utcnow() -> datetime:
    return datetime.now(UTC)


def stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class TickResult:
    action: str  # off, wait, skip, posted, quiet, failed, gave_up
    period: str | None = None
    messages: int = 0
    detail: str = ""


class DigestRunner:
    """One library's digest: a server's (its channel and schedule; content from the base library and its own),
    or the base library's (the command line's preview, and the digest set up before servers had libraries)."""

    def __init__(
        self, store: Store, settings: Settings | None, render: Render, send: Send, *,
        now: Clock = utcnow, lock: asyncio.Lock | None = None, snippet_chars: int = 200,
        library: int = BASE, default_channel: int = 0,
    ) -> None:
        self.store = store
        self.library = library
        self.view = store.scoped(library)  # what this digest may read
        self.default_channel = default_channel  # a server's: the config file's channel when it is in the server
        self.settings = settings
        self.render = render
        self.send = send
        self.now = now
        # Shared with the corpus watcher. The store has one connection: every write here takes the lock so it
        # never opens a transaction inside an ingest's, and the digest never reads a document mid-write.
        self.lock = lock or asyncio.Lock()
        self.started_at = now()
        self.snippet_chars = snippet_chars

    async def config(self) -> DigestConfig:
        return await load_config(self.store, self.settings, self.library, self.default_channel)

    async def save(self, **values: object) -> DigestConfig:
        """Store an admin's change (validated by the caller) and return the configuration now in force."""
        async with self.lock:
            await save_config(self.store, self.now(), self.library, **values)
        return await self.config()

    async def tick(self) -> TickResult:
        """Called every few seconds by the scheduler: post the due digest, if any. Never raises."""
        try:
            return await self._tick()
        except Exception as exc:
            log.exception("digest: the scheduled check failed; trying again on the next tick")
            return TickResult("failed", detail=str(exc))

    async def _tick(self) -> TickResult:
        now = self.now()
        config = await self.config()
        if not config.enabled:
            return TickResult("off")
        schedule = config.schedule
        period, _ = schedule.last_slot(now)
        row = await self.store.digest(period, self.library)
        state = "none" if row is None else ("pending" if row.status == "pending" else "done")
        retry_at = datetime.fromisoformat(row.retry_at) if row and row.retry_at else None
        enabled_at = datetime.fromisoformat(config.enabled_at) if config.enabled_at else None
        history = row is not None or await self.store.has_digests(self.library)
        decision = decide(schedule, now, self.started_at, config.catch_up, state, retry_at, history, enabled_at)
        if decision.action == "wait":
            return TickResult("wait", period, detail=decision.reason)
        if decision.action == "skip":
            async with self.lock:
                await self.store.skip_digest(period, config.channel_id, decision.reason, stamp(now), self.library)
            log.info("digest %s: not posted (%s); what arrived goes into the next one", period, decision.reason)
            return TickResult("skip", period, detail=decision.reason)
        log.info("digest %s: posting to channel %s (%s)", period, config.channel_id, decision.reason)
        return await self._post(period, config, now)

    async def _post(self, period: str, config: DigestConfig, now: datetime) -> TickResult:
        async with self.lock:
            row = await self.store.digest(period, self.library)
            if row is None:
                since, since_edge = await self.store.last_covered(self.library)
                cover = await coverage(self.view, since, since_edge)
                if not await self.store.claim_digest(period, config.channel_id, cover.since, cover.since_edge,
                                                     cover.watermark, cover.edge, stamp(now), self.library):
                    return TickResult("wait", period, detail="claimed elsewhere")
                sent, attempts = 0, 0
            elif row.done:  # finished by an overlapping tick meanwhile
                return TickResult("wait", period, detail="already done")
            else:
                cover = await coverage(self.view, row.since, row.since_edge, row.watermark, row.edge)
                sent, attempts = len(row.message_ids), row.attempts
            answer = await build_digest(self.view, cover, period, date.fromisoformat(period), self.snippet_chars)
        if answer.status == "quiet" and config.quiet == "skip":
            async with self.lock:
                await self.store.finish_digest(period, "quiet", stamp(now), self.library)
            log.info("digest %s: nothing new; quiet = skip, so nothing posted", period)
            return TickResult("quiet", period)
        messages = self.render(answer)
        try:
            for message in messages[sent:]:
                message_id = await self.send(config.channel_id, message)
                async with self.lock:
                    await self.store.record_digest_message(period, message_id, self.library)
                sent += 1
        except Exception as exc:
            return await self._failed(period, config, attempts + 1, exc)
        status = "posted" if answer.status == "found" else "quiet"
        async with self.lock:
            await self.store.finish_digest(period, status, stamp(self.now()), self.library)
        log.info("digest %s: posted %d message(s) to channel %s covering %d document(s)",
                 period, len(messages), config.channel_id, len(cover.documents))
        return TickResult(status, period, messages=len(messages))

    async def _failed(self, period: str, config: DigestConfig, attempts: int, exc: Exception) -> TickResult:
        give_up = attempts >= MAX_ATTEMPTS
        retry_at = None if give_up else self.now() + backoff(attempts)
        reason = str(exc) or type(exc).__name__
        async with self.lock:
            await self.store.digest_attempt_failed(period, reason, stamp(retry_at) if retry_at else None, give_up,
                                                   self.library)
        if give_up:
            log.error("digest %s: posting to channel %s failed %d times (%s); giving up on this period — what it "
                      "covered goes into the next digest", period, config.channel_id, attempts, reason)
            return TickResult("gave_up", period, detail=reason)
        log.warning("digest %s: posting to channel %s failed (attempt %d of %d): %s; retrying at %s",
                    period, config.channel_id, attempts, MAX_ATTEMPTS, reason, stamp(retry_at or self.now()))
        return TickResult("failed", period, detail=reason)

    async def preview(self, since: datetime | None = None) -> DigestAnswer:
        """What would be posted now (nothing is recorded): since the last digest, or since `since`."""
        config = await self.config()
        now = self.now()
        async with self.lock:
            if since is None:
                cover = await coverage(self.view, *await self.store.last_covered(self.library))
            else:
                cover = await coverage(self.view, stamp(since), [])
            period = config.schedule.period_of(now)
            return await build_digest(self.view, cover, period, date.fromisoformat(period), self.snippet_chars)


def local_midnight(day: date, zone: str) -> datetime:
    """The start of a local date, for `--since DATE` (read in the digest's timezone)."""
    return datetime.combine(day, time(0), tzinfo=parse_zone(zone))
