"""SQL for the daily digest: its per-period state (exactly once, per library), admin settings, and the facts
of new documents.

DigestStore is a mixin of Store (state and settings: the store's connection and transactions); DigestReads is
part of every view's reads (bot/store/reads.py), so a server's digest reads only what that server may see.
Every query is bounded by an index (documents.ingested_at, the *_document indexes, digests' primary key);
none scans the corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import aiosqlite

from bot.store.rows import SpanRow
from bot.store.scope import BASE, View, in_view

CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit

Edge = list[tuple[str, str]]  # (name, content hash) of documents ingested exactly at a watermark


@dataclass(frozen=True, slots=True)
class NewDocument:
    id: int
    name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    ingested_at: str
    content_hash: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.content_hash)


@dataclass(slots=True)
class DigestRow:
    period: str
    channel_id: int
    since: str | None
    since_edge: Edge
    watermark: str | None
    edge: Edge
    status: str  # pending, posted, quiet, skipped, failed
    claimed_at: str
    posted_at: str | None
    message_ids: list[int] = field(default_factory=list)
    attempts: int = 0
    last_error: str | None = None
    retry_at: str | None = None

    @property
    def done(self) -> bool:
        return self.status != "pending"


@dataclass(frozen=True, slots=True)
class PersonCount:
    entity_id: int
    name: str
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class QuoteRow:
    document_id: int
    start: int
    end: int
    text: str
    norm: str
    kind: str
    speaker: str | None  # the linked entity's canonical name, else the name as written


@dataclass(frozen=True, slots=True)
class DateRow:
    document_id: int
    start: int
    end: int
    text: str
    value: str


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ids = list(ids)
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _edge(text: str | None) -> Edge:
    return [(str(a), str(b)) for a, b in json.loads(text or "[]")]


class DigestStore:
    """Digest state, settings and digest-shaped reads; mixed into Store."""

    conn: aiosqlite.Connection
    if TYPE_CHECKING:
        def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

    async def _rows(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    # settings set by admins in Discord -----------------------------------------------------------------

    async def settings_with_prefix(self, prefix: str) -> dict[str, str]:
        rows = await self._rows(
            "SELECT key, value FROM settings WHERE key >= ? AND key < ?", (prefix, prefix + "\U0010ffff")
        )
        return {r[0]: r[1] for r in rows}

    async def setting_changed_at(self, key: str) -> str | None:
        rows = await self._rows("SELECT updated_at FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    async def put_settings(self, values: dict[str, str], now: str) -> None:
        async with self.transaction() as conn:
            await conn.executemany(
                "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [(k, v, now) for k, v in values.items()],
            )

    # digest state --------------------------------------------------------------------------------------

    async def digest(self, period: str, library: int = BASE) -> DigestRow | None:
        rows = await self._rows(
            "SELECT period, channel_id, since, since_edge, watermark, edge, status, claimed_at, posted_at,"
            " message_ids, attempts, last_error, retry_at FROM digests WHERE library = ? AND period = ?",
            (library, period),
        )
        if not rows:
            return None
        r = rows[0]
        return DigestRow(r[0], int(r[1]), r[2], _edge(r[3]), r[4], _edge(r[5]), r[6], r[7], r[8],
                         [int(x) for x in json.loads(r[9] or "[]")], int(r[10]), r[11], r[12])

    async def has_digests(self, library: int = BASE) -> bool:
        return bool(await self._rows("SELECT 1 FROM digests WHERE library = ? LIMIT 1", (library,)))

    async def last_covered(self, library: int = BASE) -> tuple[str | None, Edge]:
        """Where a library's next digest starts: the watermark and edge of its latest digest that covered documents."""
        rows = await self._rows(
            "SELECT watermark, edge FROM digests WHERE library = ? AND status IN ('posted', 'quiet')"
            " AND watermark IS NOT NULL ORDER BY watermark DESC, period DESC LIMIT 1", (library,)
        )
        return (rows[0][0], _edge(rows[0][1])) if rows else (None, [])

    async def claim_digest(
        self, period: str, channel_id: int, since: str | None, since_edge: Edge, watermark: str | None,
        edge: Edge, now: str, library: int = BASE,
    ) -> bool:
        """Record that `period`'s digest is being posted, and what it covers. False if it already was.

        Earlier periods still pending (retrying) are superseded: this digest covers their documents too.
        """
        async with self.transaction() as conn:
            cur = await conn.execute(
                "INSERT OR IGNORE INTO digests(library, period, channel_id, since, since_edge, watermark, edge, status,"
                " claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                (library, period, channel_id, since, json.dumps(since_edge), watermark, json.dumps(edge), now),
            )
            if cur.rowcount != 1:
                return False
            await conn.execute(
                "UPDATE digests SET status = 'failed', last_error = 'superseded by ' || ?"
                " WHERE library = ? AND status = 'pending' AND period < ?",
                (period, library, period),
            )
        return True

    async def record_digest_message(self, period: str, message_id: int, library: int = BASE) -> None:
        """Remember each message as soon as it is sent, so a restart resumes after it instead of repeating it."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE digests SET message_ids = json_insert(message_ids, '$[#]', ?) WHERE library = ? AND period = ?",
                (message_id, library, period),
            )

    async def finish_digest(self, period: str, status: str, now: str, library: int = BASE) -> None:
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE digests SET status = ?, posted_at = ?, retry_at = NULL WHERE library = ? AND period = ?",
                (status, now, library, period),
            )

    async def digest_attempt_failed(self, period: str, error: str, retry_at: str | None, give_up: bool,
                                    library: int = BASE) -> int:
        """Count a failed attempt; give_up ends the period as failed. Returns the attempts so far."""
        async with self.transaction() as conn:
            await conn.execute(
                "UPDATE digests SET attempts = attempts + 1, last_error = ?, retry_at = ?,"
                " status = CASE WHEN ? THEN 'failed' ELSE status END WHERE library = ? AND period = ?",
                (error[:500], retry_at, give_up, library, period),
            )
            async with conn.execute(
                "SELECT attempts FROM digests WHERE library = ? AND period = ?", (library, period)
            ) as cur:
                row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def skip_digest(self, period: str, channel_id: int, reason: str, now: str, library: int = BASE) -> None:
        """A period deliberately not posted (missed while down, catch_up off); its documents go to the next."""
        async with self.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO digests(library, period, channel_id, status, claimed_at, last_error)"
                " VALUES (?, ?, ?, 'skipped', ?, ?)",
                (library, period, channel_id, now, reason),
            )

    async def adopt_digests(self, library: int, prefix: str, now: str) -> None:
        """Give the digest configured before libraries existed (settings `digest.<key>`, digests of the base
        library) to a server: its settings become `<prefix><key>` (when the server has none), keeping when they
        were set; its history moves too, so no period is posted twice."""
        async with self.transaction() as conn:
            await conn.execute(
                "INSERT INTO settings(key, value, updated_at) SELECT ? || substr(key, 8), value, updated_at"
                " FROM settings WHERE key IN ('digest.channel_id', 'digest.time', 'digest.timezone', 'digest.quiet')"
                " ON CONFLICT(key) DO NOTHING", (prefix,))
            await conn.execute(
                "DELETE FROM settings WHERE key IN ('digest.channel_id', 'digest.time', 'digest.timezone',"
                " 'digest.quiet')")
            await conn.execute("UPDATE OR IGNORE digests SET library = ? WHERE library = ?", (library, BASE))


class DigestReads:
    """What arrived, as one view sees it: part of every view's reads (the ids given are the view's documents)."""

    conn: aiosqlite.Connection
    view: View

    if TYPE_CHECKING:
        def name_sql(self, entity: str) -> str: ...

    async def _rows(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    # what arrived --------------------------------------------------------------------------------------

    async def latest_ingested(self) -> str | None:
        rows = await self._rows(f"SELECT max(ingested_at) FROM documents WHERE {in_view('library', self.view)}")
        return rows[0][0] if rows else None

    async def documents_between(self, since: str | None, until: str | None) -> list[NewDocument]:
        """Documents in view with since <= ingested_at <= until (either bound optional), oldest first.

        Both bounds are inclusive: the caller drops the edge documents an earlier digest already covered.
        """
        rows = await self._rows(
            "SELECT id, name, title, outlet, url, published, ingested_at, content_hash FROM documents"
            f" WHERE ingested_at >= ? AND ingested_at <= ? AND {in_view('library', self.view)}"
            " ORDER BY ingested_at, id",
            (since or "", until or "\U0010ffff"),
        )
        return [NewDocument(*r) for r in rows]

    async def people_in(self, doc_ids: Sequence[int], limit: int) -> list[PersonCount]:
        """People mentioned in these documents, most mentioned first."""
        totals: dict[int, list[Any]] = {}
        for chunk in _chunks(doc_ids):
            rows = await self._rows(
                f"SELECT m.entity_id, coalesce({self.name_sql('m.entity_id')}, e.name), count(*),"
                " count(DISTINCT m.document_id) FROM mentions m JOIN entities e ON e.id = m.entity_id"
                f" WHERE m.document_id IN ({_marks(chunk)}) AND e.kind = 'person' GROUP BY m.entity_id",
                chunk,
            )
            for r in rows:
                entry = totals.setdefault(r[0], [r[1], 0, 0])
                entry[1] += r[2]
                entry[2] += r[3]
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1][1], -kv[1][2], kv[1][0]))
        return [PersonCount(eid, name, n, d) for eid, (name, n, d) in ranked[:limit]]

    async def roles_in(self, entity_id: int, doc_ids: Sequence[int]) -> list[SpanRow]:
        out: list[SpanRow] = []
        for chunk in _chunks(doc_ids):
            rows = await self._rows(
                "SELECT document_id, start, end, title, qualifier FROM roles"
                f" WHERE entity_id = ? AND document_id IN ({_marks(chunk)}) ORDER BY document_id, start LIMIT 50",
                [entity_id, *chunk],
            )
            out += [SpanRow(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        return out

    async def first_mentions(self, entity_id: int, doc_ids: Sequence[int], documents: int = 2) -> list[SpanRow]:
        """The first mention of the entity in each of up to `documents` of these documents."""
        out: list[SpanRow] = []
        for chunk in _chunks(doc_ids):
            rows = await self._rows(
                "SELECT document_id, min(start), end FROM mentions"
                f" WHERE entity_id = ? AND document_id IN ({_marks(chunk)}) GROUP BY document_id LIMIT ?",
                [entity_id, *chunk, documents - len(out)],
            )
            out += [SpanRow(r[0], r[1], r[2]) for r in rows]
            if len(out) >= documents:
                break
        return out

    async def quotes_in(self, doc_ids: Sequence[int], per_document: int = 50) -> list[QuoteRow]:
        out: list[QuoteRow] = []
        for chunk in _chunks(doc_ids):
            rows = await self._rows(
                "SELECT q.document_id, q.start, q.end, q.text, q.norm, q.kind,"
                f" coalesce({self.name_sql('q.speaker_entity_id')}, q.speaker_name) FROM quotes q"
                f" WHERE q.document_id IN ({_marks(chunk)}) ORDER BY q.document_id, q.start LIMIT ?",
                [*chunk, per_document * len(chunk)],
            )
            out += [QuoteRow(*r) for r in rows]
        return out

    async def dates_in(self, doc_ids: Sequence[int], per_document: int = 100) -> list[DateRow]:
        """Calendar dates (day or month precision) written in these documents."""
        out: list[DateRow] = []
        for chunk in _chunks(doc_ids):
            rows = await self._rows(
                "SELECT document_id, start, end, text, value FROM timexes"
                f" WHERE document_id IN ({_marks(chunk)}) AND type = 'DATE'"
                " AND (value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                "      OR value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]')"
                " ORDER BY document_id, start LIMIT ?",
                [*chunk, per_document * len(chunk)],
            )
            out += [DateRow(*r) for r in rows]
        return out

    async def event_triggers_at(self, doc_ids: Sequence[int]) -> dict[tuple[int, int], list[str]]:
        """(document, timex start) → the event words dated by that timex, for labelling dates."""
        out: dict[tuple[int, int], list[str]] = {}
        for chunk in _chunks(doc_ids):
            rows = await self._rows(
                f"SELECT document_id, timex_start, trigger FROM events WHERE document_id IN ({_marks(chunk)})"
                " ORDER BY score DESC",
                chunk,
            )
            for r in rows:
                words = out.setdefault((r[0], r[1]), [])
                if r[2] not in words:
                    words.append(r[2])
        return out



__all__ = ["DateRow", "DigestReads", "DigestRow", "DigestStore", "Edge", "NewDocument", "PersonCount", "QuoteRow"]
