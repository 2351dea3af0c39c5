"""The reads behind /when: the names a query may mention, its candidate evidence in one call, and who a
pronoun or bare title can refer to. Bounded and indexed, like every read (bot/store/reads.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import aiosqlite

from bot.store.scope import View, in_view


def placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


_placeholders = placeholders


class WhenName(NamedTuple):
    """An entity that a /when query may name, with one of its aliases (normalised)."""

    entity_id: int
    kind: str
    norm: str


class Mention(NamedTuple):
    document_id: int
    entity_id: int
    start: int
    kind: str


class WhenRow(NamedTuple):
    """One row of /when's evidence: a sentence ('s': span, text, the document's publication date), a dated
    timex in it ('t': span, text, value) or an event in it ('e': trigger span and words, value, timex span,
    link score)."""

    kind: str
    sentence_id: int
    document_id: int
    start: int
    end: int
    text: str
    value: str | None
    aux_start: int | None
    aux_end: int | None
    score: float | None


# The rows of the candidate sentences `sent` (id, document_id, start, end, text): each sentence, its dated
# timexes and its events (see WhenRow).
_EVIDENCE = (
    " SELECT 's', sent.id, sent.document_id, sent.start, sent.end, sent.text, d.published, NULL, NULL, NULL"
    " FROM sent JOIN documents d ON d.id = sent.document_id"
    " UNION ALL SELECT 't', sent.id, sent.document_id, t.start, t.end, t.text, t.value, NULL, NULL, NULL"
    " FROM sent JOIN timexes t ON t.document_id = sent.document_id AND t.start >= sent.start"
    "   AND t.end <= sent.end WHERE t.type IN ('DATE', 'TIME')"
    " UNION ALL SELECT 'e', sent.id, sent.document_id, e.trigger_start, e.trigger_end, e.trigger, e.value,"
    "   e.timex_start, e.timex_end, e.score"
    " FROM sent JOIN events e ON e.document_id = sent.document_id AND e.trigger_start >= sent.start"
    "   AND e.trigger_start < sent.end"
)


# Full-text ranking (bm25) costs per matching sentence: a query naming a common word matches hundreds of
# thousands at 100,000 articles. The fallback (when_documents) ranks only the newest NEWEST matches in view:
# their floor is found unranked (the index walks its rowids backwards and stops), then rank is computed above
# it alone. The strict candidates (when_candidates) are not ranked at all.
NEWEST = 300


def _newest(lib: str) -> str:
    """A condition on `f.rowid` keeping the newest NEWEST matches of the query (bound twice: query, offset)."""
    return (
        "f.rowid >= coalesce((SELECT g.rowid FROM sentences_fts g JOIN sentence_spans gs ON gs.id = g.rowid"
        f" JOIN documents d ON d.id = gs.document_id WHERE g.sentences_fts MATCH ? AND {lib}"
        " ORDER BY g.rowid DESC LIMIT 1 OFFSET ?), 0)"
    )


class WhenReads:
    conn: aiosqlite.Connection
    view: View

    async def _all(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    async def when_names(self, tokens: Sequence[str], prefixes: Sequence[str] = (), limit: int = 200) -> list[WhenName]:
        """Entities with an alias token equal to one of `tokens` or starting with one of `prefixes` (typos),
        each with every alias: what /when needs to find the names in a query, in one indexed call."""
        if not tokens and not prefixes:
            return []
        lib = in_view("library", self.view)
        ranges = " UNION ".join(
            f"SELECT entity_id FROM (SELECT entity_id FROM alias_tokens WHERE {lib} AND token >= ? AND token < ?"
            " LIMIT 50)" for _ in prefixes
        )
        params: list[object] = list(tokens)
        for p in prefixes:
            params += [p, p + "\U0010ffff"]
        sql = (
            f"WITH ids AS (SELECT entity_id FROM alias_tokens WHERE {lib}"
            f" AND token IN ({_placeholders(tokens) or 'NULL'})"
            + (f" UNION {ranges}" if ranges else "") + " LIMIT ?)"
            " SELECT DISTINCT e.id, e.kind, a.norm FROM ids"
            " JOIN entities e ON e.id = ids.entity_id JOIN entity_aliases a ON a.entity_id = e.id"
            f" AND {in_view('a.library', self.view)}"
        )
        rows = await self._all(sql, [*params, limit])
        return [WhenName(*r) for r in rows]

    async def when_candidates(
        self, fts_queries: Sequence[str], keys: Sequence[str], sentences: int = 100, events: int = 200
    ) -> list[WhenRow]:
        """/when's evidence: the newest sentences in view matching the first of `fts_queries` (narrowest first),
        then of the next while they are fewer than `sentences`; and the sentences of the best events indexed
        under `keys` — each with its sentence text, its dated timexes and its events. Rows: kind 's'
        (sentence), 't' (timex) or 'e' (event); see WhenRow. No full-text ranking: bm25 reads the positions
        of every match it ranks, and a common word matches hundreds of thousands of sentences at 100k
        articles; the answer's own ranking (bot/answer/when_rank.py) orders the candidates."""
        lib = in_view("d.library", self.view)
        found: list[int] = []
        for fts_query in fts_queries:
            if len(found) >= sentences:
                break
            try:
                rows = await self._all(
                    "SELECT f.rowid FROM sentences_fts f JOIN sentence_spans s ON s.id = f.rowid"
                    f" JOIN documents d ON d.id = s.document_id WHERE f.sentences_fts MATCH ? AND {lib}"
                    " ORDER BY f.rowid DESC LIMIT ?", [fts_query, sentences])
            except aiosqlite.OperationalError:  # a query FTS5 cannot parse: no full-text candidates from it
                continue
            seen = set(found)
            found += [r[0] for r in rows if r[0] not in seen][:sentences - len(found)]
        parts = [f"SELECT value AS sid FROM json_each('{json.dumps(found)}')"] if found else []
        params: list[object] = []
        if keys:  # each key's best events through event_keys_best (key, score DESC), then the best of them all:
            # one ORDER BY over `key IN (...)` would sort every event of every key (thousands at 10k articles)
            best = " UNION ALL ".join(
                "SELECT * FROM (SELECT k.event_id, k.score FROM event_keys k JOIN events e ON e.id = k.event_id"
                f" JOIN documents d ON d.id = e.document_id WHERE k.key = ? AND {lib} ORDER BY k.score DESC LIMIT ?)"
                for _ in keys)
            parts.append(
                "SELECT * FROM (SELECT (SELECT s.id FROM sentence_spans s WHERE s.document_id = e.document_id"
                "   AND s.start <= e.trigger_start ORDER BY s.start DESC LIMIT 1) AS sid"
                f" FROM ({best}) b JOIN events e ON e.id = b.event_id ORDER BY b.score DESC LIMIT ?)"
            )
            params += [*(x for key in keys for x in (key, events)), events]
        if not parts:
            return []
        sql = (
            f"WITH cand AS MATERIALIZED (SELECT DISTINCT sid FROM ({' UNION ALL '.join(parts)}) WHERE sid IS NOT NULL),"
            " sent AS MATERIALIZED (SELECT s.id, s.document_id, s.start, s.end, s.text FROM cand"
            "   JOIN sentences s ON s.id = cand.sid)" + _EVIDENCE
        )
        return [WhenRow(*r) for r in await self._all(sql, params)]

    async def when_documents(
        self, fts_query: str, entity_ids: Sequence[int] = (), hits: int = 200, documents: int = 8
    ) -> list[WhenRow]:
        """Every sentence (with its dated timexes and events) of the few documents in view whose sentences best
        match `fts_query`, and their mentions of people and of `entity_ids`: /when's fallback reads the sentences
        around a match, where "she died on Saturday" dates the death of the singer its document names. One
        call: the full-text index (best `hits` sentences, grouped by document), then each document's
        sentences, timexes, events and mentions through their indexes. A mention is a row of kind 'm':
        start = its offset, end = the entity's id, text = the entity's kind."""
        lib = in_view("d.library", self.view)
        sql = (
            "WITH hits AS MATERIALIZED (SELECT f.rowid AS sid, f.rank AS rank FROM sentences_fts f"
            "   JOIN sentence_spans v ON v.id = f.rowid JOIN documents d ON d.id = v.document_id"
            f"   WHERE f.sentences_fts MATCH ? AND {lib} AND {_newest(lib)} ORDER BY f.rank LIMIT ?),"
            " docs AS MATERIALIZED (SELECT s.document_id AS did FROM hits JOIN sentence_spans s ON s.id = hits.sid"
            "   GROUP BY s.document_id ORDER BY sum(hits.rank) LIMIT ?),"
            " sent AS MATERIALIZED (SELECT s.id, s.document_id, s.start, s.end, s.text FROM docs"
            "   JOIN sentences s ON s.document_id = docs.did)" + _EVIDENCE
            + " UNION ALL SELECT 'm', 0, m.document_id, m.start, m.entity_id, e.kind, NULL, NULL, NULL, NULL"
            " FROM docs JOIN mentions m ON m.document_id = docs.did JOIN entities e ON e.id = m.entity_id"
            f" WHERE e.kind = 'person' OR m.entity_id IN ({_placeholders(entity_ids) or 'NULL'})"
        )
        try:
            rows = await self._all(sql, [fts_query, fts_query, NEWEST - 1, hits, documents, *entity_ids])
        except aiosqlite.OperationalError:  # a query FTS5 cannot parse
            return []
        return [WhenRow(*r) for r in rows]

    async def when_mentions(
        self, document_ids: Sequence[int], entity_ids: Sequence[int], limit: int = 5000
    ) -> list[Mention]:
        """Every person mention in these documents, and the mentions of `entity_ids`, in text order: who a
        pronoun or a bare title ("he", "the council") can refer to."""
        if not document_ids:
            return []
        rows = await self._all(
            "SELECT m.document_id, m.entity_id, m.start, e.kind FROM mentions m JOIN entities e ON e.id = m.entity_id"
            f" WHERE m.document_id IN ({_placeholders(document_ids)})"
            f" AND (e.kind = 'person' OR m.entity_id IN ({_placeholders(entity_ids) or 'NULL'}))"
            " ORDER BY m.document_id, m.start LIMIT ?",
            [*document_ids, *entity_ids, limit],
        )
        return [Mention(*r) for r in rows]
