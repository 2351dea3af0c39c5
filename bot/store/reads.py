"""Read queries for the answers. Every query is bounded and uses an index; none scans the corpus."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import aiosqlite

from bot.store.quote_search import QuoteSearch
from bot.store.when_reads import WhenReads
from bot.store.when_reads import placeholders as _placeholders


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    path: str = ""
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: int
    kind: str
    name: str
    mention_count: int


@dataclass(frozen=True, slots=True)
class SpanRow:
    """A fact located in a document: a mention, a role statement, an event, a quote."""

    document_id: int
    start: int
    end: int
    label: str = ""  # role title, event trigger, quote text...
    extra: str | None = None  # role qualifier, event value, quote kind...
    score: float = 1.0
    aux_start: int | None = None  # event: the timex span; quote: the speaker mention
    aux_end: int | None = None


_DOC_COLUMNS = "id, name, title, published, outlet, url, path, content_hash"
_QUOTE_WORDS = "coalesce(nullif(q.norm, ''), q.text)"  # a quote's identity: its normalised words
_QUOTE_COLUMNS = (
    "q.id, q.document_id, q.start, q.end, q.text, q.norm, q.kind, q.speaker_name, q.speaker_start, q.speaker_end,"
    f" q.cue, q.speaker_entity_id, {_QUOTE_WORDS} AS words, d.published"
)


def _fts_term(word: str) -> str:
    """One word as an FTS5 string (quoted: a word like 'and' or 'near' is not an operator)."""
    return '"' + word.replace('"', '""') + '"'


def _doc(row: aiosqlite.Row) -> DocumentInfo:
    return DocumentInfo(*row)


class Reads(WhenReads, QuoteSearch):
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    # documents -----------------------------------------------------------------------------------------

    async def documents(self, ids: Iterable[int]) -> dict[int, DocumentInfo]:
        ids = list(set(ids))
        if not ids:
            return {}
        rows = await self._all(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN ({_placeholders(ids)})", ids)
        return {r[0]: _doc(r) for r in rows}

    async def list_documents(self, limit: int = 100, offset: int = 0) -> list[DocumentInfo]:
        rows = await self._all(
            f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY published DESC, name LIMIT ? OFFSET ?", (limit, offset)
        )
        return [_doc(r) for r in rows]

    async def document_counts(self, ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
        """document id → (people, quotes, dates) found in it; indexed lookups for one page of documents."""
        out: dict[int, tuple[int, int, int]] = {}
        for doc_id in ids:
            rows = await self._all(
                "SELECT (SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id"
                "        WHERE m.document_id = ? AND e.kind = 'person'),"
                " (SELECT count(*) FROM quotes WHERE document_id = ?),"
                " (SELECT count(*) FROM timexes WHERE document_id = ? AND type = 'DATE')",
                (doc_id, doc_id, doc_id),
            )
            out[doc_id] = (rows[0][0], rows[0][1], rows[0][2])
        return out

    async def find_documents(self, text: str, limit: int = 25) -> list[DocumentInfo]:
        """Documents whose file name or title starts with or contains `text` (name first)."""
        if not text:
            return await self.list_documents(limit)
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = await self._all(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE name = ? OR name LIKE ? ESCAPE '\\'"
            " OR title LIKE ? ESCAPE '\\' ORDER BY name = ? DESC, published DESC LIMIT ?",
            (text, like, like, text, limit),
        )
        return [_doc(r) for r in rows]

    async def document_facts(
        self, document_id: int, limit: int = 200, min_score: float = 0.3
    ) -> dict[str, list[aiosqlite.Row]]:
        """What one document says: its people (with roles), quotes, confidently dated events and amounts."""
        return {
            "people": await self._all(
                "SELECT e.id, e.name, count(*) AS n, min(m.start) AS start, max(m.end) AS end FROM mentions m"
                " JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? AND e.kind = 'person'"
                " GROUP BY e.id ORDER BY n DESC, start LIMIT ?", (document_id, limit)),
            "roles": await self._all(
                "SELECT entity_id, title, qualifier, start, end FROM roles WHERE document_id = ? LIMIT ?",
                (document_id, limit)),
            "quotes": await self._all(
                "SELECT q.start, q.end, q.text, q.kind, coalesce(e.name, q.speaker_name) AS speaker FROM quotes q"
                " LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.document_id = ? ORDER BY q.start LIMIT ?",
                (document_id, limit)),
            "events": await self._all(
                "SELECT trigger, value, timex_start, timex_end, start, end, trigger_start, trigger_end FROM events"
                " WHERE document_id = ? AND score >= ? ORDER BY start LIMIT ?", (document_id, min_score, limit)),
            "amounts": await self._all(
                "SELECT start, end, text, value FROM amounts WHERE document_id = ? ORDER BY start LIMIT ?",
                (document_id, limit)),
        }

    async def document_paths(self) -> list[tuple[str, str]]:
        """(name, path) of every document: what prune compares with the files on disk."""
        rows = await self._all("SELECT name, path FROM documents")
        return [(r[0], r[1]) for r in rows]

    async def document_count(self) -> int:
        rows = await self._all("SELECT count(*) FROM documents")
        return int(rows[0][0])

    async def text_slice(self, document_id: int, start: int, end: int) -> str:
        rows = await self._all(
            "SELECT substr(text, ?, ?) FROM documents WHERE id = ?", (start + 1, max(0, end - start), document_id)
        )
        return rows[0][0] if rows else ""

    async def sentence_at(self, document_id: int, offset: int) -> tuple[int, int] | None:
        """The sentence containing a character offset (the span of the nearest sentence starting before it)."""
        rows = await self._all(
            "SELECT start, end FROM sentences WHERE document_id = ? AND start <= ? ORDER BY start DESC LIMIT 1",
            (document_id, offset),
        )
        return (rows[0][0], rows[0][1]) if rows else None

    async def first_sentence(self, document_id: int) -> tuple[int, int] | None:
        """The document's first sentence (offsets count the file's header, so it need not start at 0)."""
        rows = await self._all(
            "SELECT start, end FROM sentences WHERE document_id = ? ORDER BY start LIMIT 1", (document_id,)
        )
        return (rows[0][0], rows[0][1]) if rows else None

    # entities --------------------------------------------------------------------------------------------

    async def entities_by_alias(self, norm: str) -> list[int]:
        rows = await self._all("SELECT DISTINCT entity_id FROM aliases WHERE norm = ?", (norm,))
        return [r[0] for r in rows]

    async def entities_by_tokens(self, tokens: Sequence[str], prefix: bool = False, limit: int = 200) -> list[int]:
        """Entities with an alias token equal to (or, with prefix, starting with) any of `tokens`."""
        if not tokens:
            return []
        ids: set[int] = set()
        for token in tokens:
            if prefix:
                rows = await self._all(
                    "SELECT DISTINCT t.entity_id FROM alias_tokens t JOIN entities e ON e.id = t.entity_id"
                    " WHERE t.token >= ? AND t.token < ? ORDER BY e.mention_count DESC LIMIT ?",
                    (token, token + "\U0010ffff", limit),
                )
            else:
                rows = await self._all(
                    "SELECT entity_id FROM alias_tokens WHERE token = ? LIMIT ?", (token, limit)
                )
            ids.update(r[0] for r in rows)
        return list(ids)

    async def entities(self, ids: Iterable[int]) -> dict[int, EntityRow]:
        ids = list(set(ids))
        if not ids:
            return {}
        rows = await self._all(
            f"SELECT id, kind, name, mention_count FROM entities WHERE id IN ({_placeholders(ids)})", ids
        )
        return {r[0]: EntityRow(*r) for r in rows}

    async def aliases_of(self, ids: Sequence[int]) -> dict[int, list[tuple[str, str, int]]]:
        """entity id → [(alias, norm, number of documents using it)], most used first."""
        if not ids:
            return {}
        rows = await self._all(
            "SELECT entity_id, alias, norm, documents AS n FROM entity_aliases"
            f" WHERE entity_id IN ({_placeholders(ids)}) ORDER BY n DESC, length(alias) DESC, alias",
            ids,
        )
        out: dict[int, list[tuple[str, str, int]]] = {}
        for r in rows:
            out.setdefault(r[0], []).append((r[1], r[2], r[3]))
        return out

    async def popular_entities(self, limit: int = 25, kind: str = "person") -> list[EntityRow]:
        rows = await self._all(
            "SELECT id, kind, name, mention_count FROM entities WHERE kind = ? ORDER BY mention_count DESC LIMIT ?",
            (kind, limit),
        )
        return [EntityRow(*r) for r in rows]

    async def roles_of(self, entity_id: int, limit: int = 200) -> list[SpanRow]:
        rows = await self._all(
            "SELECT document_id, start, end, title, qualifier FROM roles WHERE entity_id = ? LIMIT ?",
            (entity_id, limit),
        )
        return [SpanRow(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    async def mentions_of(self, entity_id: int, per_document: int = 3, documents: int = 20) -> list[SpanRow]:
        """A few mentions from each of the most recent documents naming the entity."""
        rows = await self._all(
            "SELECT m.document_id, m.start, m.end FROM mentions m JOIN documents d ON d.id = m.document_id"
            " WHERE m.entity_id = ? AND m.document_id IN ("
            "   SELECT DISTINCT document_id FROM mentions WHERE entity_id = ? LIMIT ?)"
            " ORDER BY d.published DESC, m.document_id, m.start",
            (entity_id, entity_id, documents),
        )
        out: list[SpanRow] = []
        seen: dict[int, int] = {}
        for r in rows:
            if seen.get(r[0], 0) < per_document:
                seen[r[0]] = seen.get(r[0], 0) + 1
                out.append(SpanRow(r[0], r[1], r[2]))
        return out

    async def last_published(self, ids: Sequence[int]) -> dict[int, str]:
        """entity id → the publication date of the newest document naming it (on the aliases' entity index;
        the cost grows with each entity's sources: for a few candidates of a short list only)."""
        out: dict[int, str] = {}
        for entity_id in set(ids):
            rows = await self._all(
                "SELECT max(published) FROM documents"
                " WHERE id IN (SELECT document_id FROM aliases WHERE entity_id = ?)", (entity_id,))
            if rows and rows[0][0]:
                out[entity_id] = rows[0][0]
        return out

    async def document_count_of(self, entity_id: int) -> int:
        rows = await self._all("SELECT document_count FROM entities WHERE id = ?", (entity_id,))
        return int(rows[0][0]) if rows else 0

    # events and dates -----------------------------------------------------------------------------------

    async def events_by_keys(self, keys: Sequence[str], limit: int = 500) -> list[tuple[SpanRow, str, str]]:
        """Events indexed under any of `keys`: (event as SpanRow, matching key, the evidence clause's text)."""
        if not keys:
            return []
        rows: list[aiosqlite.Row] = []
        for key in keys:  # per key, the best events straight from the (key, score) index
            rows += await self._all(
                "SELECT e.document_id, e.start, e.end, e.trigger, e.value, e.score, e.timex_start, e.timex_end,"
                " k.key, substr(d.text, e.start + 1, e.end - e.start)"
                " FROM event_keys k JOIN events e ON e.id = k.event_id JOIN documents d ON d.id = e.document_id"
                " WHERE k.key = ? ORDER BY k.score DESC LIMIT ?",
                (key, limit),
            )
        return [(SpanRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]), r[8], r[9]) for r in rows]

    async def event_triggers(self, prefix: str, limit: int = 25) -> list[str]:
        """Event words whose key starts with `prefix`, most used first (all keys when it is empty): read from
        the event_words summary, a few hundred rows at most however many events there are."""
        if prefix:
            rows = await self._all(
                "SELECT min(trigger), sum(n) AS total FROM event_words WHERE key >= ? AND key < ?"
                " GROUP BY norm ORDER BY total DESC, norm LIMIT ?",
                (prefix, prefix + "\U0010ffff", limit),
            )
        else:  # the most used (key, word) rows, one per word: an index walk, never the whole summary
            first: dict[str, str] = {}
            for trigger, norm in await self._all(
                "SELECT trigger, norm FROM event_words ORDER BY n DESC LIMIT ?", (limit * 4,)
            ):
                first.setdefault(norm, trigger)
            return list(first.values())[:limit]
        return [r[0] for r in rows]

    # quotes ------------------------------------------------------------------------------------------------

    async def quotes_by_speaker(self, entity_id: int, limit: int = 500) -> list[aiosqlite.Row]:
        """The speaker's quotes, newest document first; `words` is what makes two quotes the same quote."""
        return await self._all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id"
            " WHERE q.speaker_entity_id = ? ORDER BY d.published DESC, q.document_id, q.start LIMIT ?",
            (entity_id, limit),
        )

    async def quotes_by_speaker_names(self, names: Sequence[str], limit: int = 500) -> list[aiosqlite.Row]:
        """Quotes linked to no entity whose stored speaker name is one of `names` ("Kremlin"), newest first."""
        if not names:
            return []
        return await self._all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id"
            f" WHERE q.speaker_entity_id IS NULL AND q.speaker_name IN ({_placeholders(names)})"
            " ORDER BY d.published DESC, q.document_id, q.start LIMIT ?",
            (*names, limit),
        )

    async def quote_speaker_names(
        self, tokens: Sequence[str], prefixes: Sequence[str] = (), limit: int = 2000
    ) -> list[tuple[str, int]]:
        """Speaker names of quotes linked to no entity ("NTV channel", "an official statement") with a word
        equal to one of `tokens` or starting with one of `prefixes`, each with its number of quotes; from the
        speaker-name index (which holds only those quotes), at most `limit` quotes looked at."""
        terms = [_fts_term(t) for t in tokens] + [_fts_term(p) + "*" for p in prefixes]
        if not terms:
            return []
        rows = await self._all(
            "SELECT q.speaker_name, count(*) FROM (SELECT rowid AS id FROM quote_speakers_fts"
            "   WHERE quote_speakers_fts MATCH ? LIMIT ?) f JOIN quotes q ON q.id = f.id"
            " WHERE q.speaker_entity_id IS NULL AND q.speaker_name IS NOT NULL GROUP BY q.speaker_name",
            (" OR ".join(terms), limit),
        )
        return [(r[0], int(r[1])) for r in rows]

    async def quote_count_of_names(self, names: Sequence[str]) -> int:
        """Distinct quotes linked to no entity under these speaker names (as quote_count_of counts)."""
        if not names:
            return 0
        rows = await self._all(
            f"SELECT count(DISTINCT {_QUOTE_WORDS}) FROM quotes q WHERE speaker_entity_id IS NULL"
            f" AND speaker_name IN ({_placeholders(names)})", list(names))
        return int(rows[0][0])

    async def quote_count_of(self, entity_id: int) -> int:
        """Distinct quotes (the same words in several sources count once): what /quote lists and /who says."""
        rows = await self._all(
            f"SELECT count(DISTINCT {_QUOTE_WORDS}) FROM quotes q WHERE speaker_entity_id = ?", (entity_id,))
        return int(rows[0][0])
