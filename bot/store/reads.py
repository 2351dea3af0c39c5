"""Read queries for the answers. Every query is bounded and uses an index; none scans the corpus.

Every read is scoped to a view (bot/store/scope.py): documents outside it are never read, and what is said of
a person — name, aliases, counts, roles, mentions, quotes — comes only from the libraries in it (per-library
summaries in entity_libraries / entity_aliases / alias_tokens, or facts joined to their document's library).
`Store.scoped(library)` gives the view of one asker; the store itself reads the base library only.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable, Sequence
from typing import Any, TypeVar

import aiosqlite

from bot.store.cite_reads import CiteReads
from bot.store.digests import DigestReads
from bot.store.quote_reads import QUOTE_WORDS, QuoteReads
from bot.store.quote_search import QuoteSearch
from bot.store.rows import DocumentInfo, EntityRow, SpanRow
from bot.store.scope import BASE, View, in_view, view_of
from bot.store.when_reads import WhenReads
from bot.store.when_reads import placeholders as _placeholders
from bot.store.writes import WORDS_SQL

__all__ = ["DocumentInfo", "EntityRow", "Reads", "SpanRow"]

T = TypeVar("T")

BROAD_PREFIX = 400  # entities sharing an alias-word prefix beyond which they are found from the most mentioned down
_DOC_COLUMNS = "id, name, title, published, outlet, url, path, content_hash, library"


def _fts_term(word: str) -> str:
    """One word as an FTS5 string (quoted: a word like 'and' or 'near' is not an operator)."""
    return '"' + word.replace('"', '""') + '"'


def _doc(row: aiosqlite.Row) -> DocumentInfo:
    return DocumentInfo(*row)


def _fullest(rows: Iterable[tuple[str, str, int]]) -> str:
    """The name a view shows, of its libraries' (name, norm, library): the most words, else the base library's
    (the same order as Reads.name_sql)."""
    return min(rows, key=lambda r: (-r[1].count(" "), r[2]))[0]


class Reads(DigestReads, WhenReads, QuoteReads, QuoteSearch, CiteReads):
    def __init__(self, conn: aiosqlite.Connection, view: View = (BASE,)) -> None:
        self.conn = conn
        self.view = view

    def scoped(self, library: int | None, conn: Any = None) -> Reads:
        """The reads of one asker: the base library and, for a server, its own (this connection, or `conn`:
        a reader thread's, see one_call.py)."""
        scoped = Reads(conn or self.conn, view_of(library))
        scoped._quote_df = self.__dict__.setdefault("_quote_df", {})  # word counts are the same in every view
        return scoped

    async def answer(self, library: int | None, make: Callable[[Reads], Coroutine[Any, Any, T]]) -> T:
        """`make(reads)` as `library` sees it, in one database call (a store without reader threads: on this
        connection, statement by statement)."""
        return await make(self.scoped(library))

    @property
    def library(self) -> int:
        """The library this view writes to: a server's own, or the base library."""
        return self.view[-1]

    def in_view(self, column: str) -> str:
        return in_view(column, self.view)

    def name_sql(self, entity: str) -> str:
        """SQL for the name this view gives the entity in column `entity` (NULL when no library in view knows it)."""
        return (f"(SELECT s.name FROM entity_libraries s WHERE s.entity_id = {entity} AND {self.in_view('s.library')}"
                f" ORDER BY {WORDS_SQL.format('s.norm')} DESC, s.library LIMIT 1)")

    # documents -----------------------------------------------------------------------------------------

    async def documents(self, ids: Iterable[int]) -> dict[int, DocumentInfo]:
        """The documents among `ids` this view may read (the others are not returned: never cited)."""
        ids = list(set(ids))
        if not ids:
            return {}
        rows = await self._all(
            # +library: by their ids, never by walking the library's index (SQLite's choice at 100k: 20 ms)
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN ({_placeholders(ids)}) AND {self.in_view('+library')}",
            ids,
        )
        return {r[0]: _doc(r) for r in rows}

    async def list_documents(self, limit: int = 100, offset: int = 0) -> list[DocumentInfo]:
        """The documents in view, newest first: each library's first offset+limit from its (library, published)
        index, merged (no sort of the whole view)."""
        rows: list[aiosqlite.Row] = []
        for library in self.view:
            rows += await self._all(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE library = ? ORDER BY published DESC, name LIMIT ?",
                (library, offset + limit),
            )
        docs = sorted((_doc(r) for r in rows), key=lambda d: d.name)
        docs.sort(key=lambda d: d.published or "", reverse=True)  # NULL (undated) last, as SQL sorts it DESC
        return docs[offset:offset + limit]

    async def library_documents(self, library: int, limit: int = 100, offset: int = 0) -> list[DocumentInfo]:
        """One library's own documents, newest added first (what a server added, for its admins)."""
        if library not in self.view:
            return []
        rows = await self._all(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE library = ? ORDER BY ingested_at DESC, name LIMIT ? OFFSET ?",
            (library, limit, offset),
        )
        return [_doc(r) for r in rows]

    async def library_document_count(self, library: int) -> int:
        rows = await self._all("SELECT count(*) FROM documents WHERE library = ?", (library,))
        return int(rows[0][0]) if library in self.view else 0

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

    async def find_documents(self, text: str, limit: int = 25, library: int | None = None) -> list[DocumentInfo]:
        """Documents in view (or of one `library` in view) whose file name or title starts with or contains `text`
        (name first)."""
        where = self.in_view("library") if library is None else f"library = {int(library)}"
        if library is not None and library not in self.view:
            return []
        if not text:
            if library is not None:
                return await self.library_documents(library, limit)
            return await self.list_documents(limit)
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = await self._all(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE {where} AND (name = ? OR name LIKE ? ESCAPE '\\'"
            " OR title LIKE ? ESCAPE '\\') ORDER BY name = ? DESC, published DESC LIMIT ?",
            (text, like, like, text, limit),
        )
        return [_doc(r) for r in rows]

    async def document_facts(
        self, document_id: int, limit: int = 200, min_score: float = 0.3
    ) -> dict[str, list[aiosqlite.Row]]:
        """What one document says: its people (with roles), quotes, confidently dated events and amounts."""
        if not await self.documents([document_id]):
            return {"people": [], "roles": [], "quotes": [], "events": [], "amounts": []}
        return {
            "people": await self._all(
                f"SELECT e.id, coalesce({self.name_sql('e.id')}, e.name) AS name, count(*) AS n, min(m.start) AS start,"
                " max(m.end) AS end FROM mentions m"
                " JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? AND e.kind = 'person'"
                " GROUP BY e.id ORDER BY n DESC, start LIMIT ?", (document_id, limit)),
            "roles": await self._all(
                "SELECT entity_id, title, qualifier, start, end FROM roles WHERE document_id = ? LIMIT ?",
                (document_id, limit)),
            "quotes": await self._all(
                f"SELECT q.start, q.end, q.text, q.kind, coalesce({self.name_sql('q.speaker_entity_id')},"
                " q.speaker_name) AS speaker FROM quotes q WHERE q.document_id = ? ORDER BY q.start LIMIT ?",
                (document_id, limit)),
            "events": await self._all(
                "SELECT trigger, value, timex_start, timex_end, start, end, trigger_start, trigger_end FROM events"
                " WHERE document_id = ? AND score >= ? ORDER BY start LIMIT ?", (document_id, min_score, limit)),
            "amounts": await self._all(
                "SELECT start, end, text, value FROM amounts WHERE document_id = ? ORDER BY start LIMIT ?",
                (document_id, limit)),
        }

    async def document_paths(self, library: int = BASE) -> list[tuple[str, str]]:
        """(name, path) of every document of one library: what prune compares with the files on disk."""
        rows = await self._all("SELECT name, path FROM documents WHERE library = ?", (library,))
        return [(r[0], r[1]) for r in rows]

    async def document_count(self) -> int:
        rows = await self._all(f"SELECT count(*) FROM documents WHERE {self.in_view('library')}")
        return int(rows[0][0])

    async def text_slice(self, document_id: int, start: int, end: int) -> str:
        rows = await self._all(
            f"SELECT substr(text, ?, ?) FROM documents WHERE id = ? AND {self.in_view('library')}",
            (start + 1, max(0, end - start), document_id),
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
        rows = await self._all(
            f"SELECT DISTINCT entity_id FROM entity_aliases WHERE norm = ? AND {self.in_view('library')}", (norm,))
        return [r[0] for r in rows]

    async def entities_by_tokens(self, tokens: Sequence[str], prefix: bool = False, limit: int = 200) -> list[int]:
        """Entities with an alias token in view equal to (or, with prefix, starting with) any of `tokens`."""
        if not tokens:
            return []
        ids: set[int] = set()
        for token in tokens:
            if prefix:
                rows = await self._popular_with_prefix(token, limit)
            else:
                rows = await self._all(
                    f"SELECT DISTINCT entity_id FROM alias_tokens WHERE {self.in_view('library')}"
                    " AND token = ? LIMIT ?",
                    (token, limit),
                )
            ids.update(r[0] for r in rows)
        return list(ids)

    async def _popular_with_prefix(self, prefix: str, limit: int) -> list[aiosqlite.Row]:
        """The `limit` most mentioned entities in view with an alias word starting with `prefix`. A prefix that
        a few hundred entities share at most: all of them, sorted by their mentions; a broader one ("m": thousands,
        more as the corpus grows) in a one-library view: the library's entities from the most mentioned down (an
        index walk), each tested for such a word, until `limit` are found — soon, as so many have one."""
        end = prefix + "\U0010ffff"
        if len(self.view) == 1:
            shared = await self._all(
                "SELECT count(*) FROM (SELECT DISTINCT entity_id FROM alias_tokens WHERE library = ? AND token >= ?"
                " AND token < ? LIMIT ?)", (self.view[0], prefix, end, BROAD_PREFIX))
            if shared[0][0] >= BROAD_PREFIX:
                has_word = ("EXISTS (SELECT 1 FROM alias_tokens t WHERE t.entity_id = s.entity_id"
                            " AND t.library = s.library AND t.token >= ? AND t.token < ?)")
                rows = await self._all(
                    f"SELECT s.entity_id, s.mention_count FROM entity_libraries s WHERE s.library = ? AND {has_word}"
                    " ORDER BY s.mention_count DESC LIMIT ?", (self.view[0], prefix, end, limit))
                if len(rows) == limit:  # and those as mentioned as the last: the caller orders a tie by name
                    rows += await self._all(
                        "SELECT s.entity_id, s.mention_count FROM entity_libraries s WHERE s.library = ?"
                        f" AND s.mention_count = ? AND {has_word}", (self.view[0], rows[-1][1], prefix, end))
                return rows
        return await self._all(
            "SELECT t.entity_id FROM (SELECT DISTINCT entity_id FROM alias_tokens"
            f"   WHERE {self.in_view('library')} AND token >= ? AND token < ?) t"
            " ORDER BY (SELECT sum(s.mention_count) FROM entity_libraries s WHERE s.entity_id = t.entity_id"
            f"   AND {self.in_view('s.library')}) DESC LIMIT ?",
            (prefix, end, limit),
        )

    async def entities(self, ids: Iterable[int]) -> dict[int, EntityRow]:
        """The entities among `ids` that this view knows, named and counted as its libraries know them."""
        ids = list(set(ids))
        if not ids:
            return {}
        rows = await self._all(
            "SELECT s.entity_id, e.kind, s.name, s.norm, s.library, s.mention_count FROM entity_libraries s"
            f" JOIN entities e ON e.id = s.entity_id WHERE s.entity_id IN ({_placeholders(ids)})"
            f" AND {self.in_view('s.library')}",
            ids,
        )
        by_id: dict[int, list[aiosqlite.Row]] = {}
        for r in rows:
            by_id.setdefault(r[0], []).append(r)
        return {
            entity_id: EntityRow(entity_id, found[0][1], _fullest((r[2], r[3], r[4]) for r in found),
                                 sum(r[5] for r in found))
            for entity_id, found in by_id.items()
        }

    async def aliases_of(self, ids: Sequence[int]) -> dict[int, list[tuple[str, str, int]]]:
        """entity id → [(alias, norm, number of documents in view using it)], most used first."""
        if not ids:
            return {}
        rows = await self._all(
            "SELECT entity_id, alias, norm, sum(documents) AS n FROM entity_aliases"
            f" WHERE entity_id IN ({_placeholders(ids)}) AND {self.in_view('library')}"
            " GROUP BY entity_id, alias ORDER BY n DESC, length(alias) DESC, alias",
            ids,
        )
        out: dict[int, list[tuple[str, str, int]]] = {}
        for r in rows:
            out.setdefault(r[0], []).append((r[1], r[2], r[3]))
        return out

    async def popular_entities(self, limit: int = 25, kind: str = "person") -> list[EntityRow]:
        """The most mentioned entities in view: each library's most mentioned (from an index), summed over the view."""
        ids: set[int] = set()
        for library in self.view:
            rows = await self._all(
                "SELECT s.entity_id, s.mention_count FROM entity_libraries s CROSS JOIN entities e"
                " ON e.id = s.entity_id WHERE s.library = ? AND e.kind = ? ORDER BY s.mention_count DESC LIMIT ?",
                (library, kind, limit if len(self.view) == 1 else limit * 2),
            )
            if len(self.view) == 1 and len(rows) == limit:  # one library: its first `limit`, and any tied with the last
                rows += await self._all(
                    "SELECT s.entity_id, s.mention_count FROM entity_libraries s CROSS JOIN entities e"
                    " ON e.id = s.entity_id WHERE s.library = ? AND s.mention_count = ? AND e.kind = ?",
                    (library, rows[-1][1], kind))
            ids.update(r[0] for r in rows)
        found = sorted((await self.entities(ids)).values(), key=lambda e: (-e.mention_count, e.name, e.id))
        return found[:limit]

    async def roles_of(self, entity_id: int, limit: int = 200) -> list[SpanRow]:
        """The entity's first `limit` role statements in view. When no library outside the view knows the entity
        (the usual case), all its roles are in view: they are read without looking up each one's document (a
        page read each in a large corpus: ~1,000 of them for an ambiguous /who at 100,000 articles)."""
        if await self._only_in_view(entity_id):
            rows = await self._all(
                "SELECT document_id, start, end, title, qualifier FROM roles WHERE entity_id = ? LIMIT ?",
                (entity_id, limit))
        else:
            rows = await self._all(
                "SELECT r.document_id, r.start, r.end, r.title, r.qualifier FROM roles r JOIN documents d"
                f" ON d.id = r.document_id WHERE r.entity_id = ? AND {self.in_view('d.library')} LIMIT ?",
                (entity_id, limit))
        return [SpanRow(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    async def _only_in_view(self, entity_id: int) -> bool:
        """Whether every fact about the entity is in a document in view: a library's documents name the entity
        only if that library has its summary row (entity_libraries: written with the facts, removed with the last
        of them)."""
        rows = await self._all(
            f"SELECT 1 FROM entity_libraries WHERE entity_id = ? AND NOT {self.in_view('library')} LIMIT 1",
            (entity_id,))
        return not rows

    async def mentions_of(self, entity_id: int, per_document: int = 3, documents: int = 20) -> list[SpanRow]:
        """A few mentions from each of the most recent documents in view naming the entity."""
        rows = await self._all(
            "SELECT m.document_id, m.start, m.end FROM mentions m JOIN documents d ON d.id = m.document_id"
            " WHERE m.entity_id = ? AND m.document_id IN ("
            "   SELECT DISTINCT n.document_id FROM mentions n JOIN documents v ON v.id = n.document_id"
            f"   WHERE n.entity_id = ? AND {self.in_view('v.library')} LIMIT ?)"
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
        """entity id → the publication date of the newest document in view naming it (on the aliases' entity
        index; the cost grows with each entity's sources: for a few candidates of a short list only)."""
        out: dict[int, str] = {}
        for entity_id in set(ids):
            rows = await self._all(  # from the entity's aliases to their documents, never the view's documents
                "SELECT max(d.published) FROM aliases a CROSS JOIN documents d ON d.id = a.document_id"
                f" WHERE a.entity_id = ? AND {self.in_view('d.library')}",
                (entity_id,))
            if rows and rows[0][0]:
                out[entity_id] = rows[0][0]
        return out

    async def document_count_of(self, entity_id: int) -> int:
        rows = await self._all(
            f"SELECT sum(document_count) FROM entity_libraries WHERE entity_id = ? AND {self.in_view('library')}",
            (entity_id,),
        )
        return int(rows[0][0] or 0) if rows else 0

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
                f" WHERE k.key = ? AND {self.in_view('d.library')} ORDER BY k.score DESC LIMIT ?",
                (key, limit),
            )
        return [(SpanRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]), r[8], r[9]) for r in rows]

    async def event_triggers(self, prefix: str, limit: int = 25) -> list[str]:
        """Event words in view whose key starts with `prefix`, most used first (all keys when it is empty): read
        from the per-library event_words summary, a few hundred rows at most however many events there are."""
        if prefix:
            rows = await self._all(
                "SELECT min(trigger), sum(n) AS total FROM event_words"
                f" WHERE {self.in_view('library')} AND key >= ? AND key < ?"
                " GROUP BY norm ORDER BY total DESC, norm LIMIT ?",
                (prefix, prefix + "\U0010ffff", limit),
            )
            return [r[0] for r in rows]
        totals: dict[str, list] = {}  # the most used (key, word) rows of each library, one per word
        for library in self.view:
            for trigger, norm, n in await self._all(
                "SELECT trigger, norm, n FROM event_words WHERE library = ? ORDER BY n DESC LIMIT ?",
                (library, limit * 4),
            ):
                entry = totals.setdefault(norm, [trigger, 0])
                entry[1] = max(entry[1], n)
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0]))
        return [trigger for _, (trigger, _) in ranked[:limit]]

    # quotes ------------------------------------------------------------------------------------------------

    async def quote_speaker_names(
        self, tokens: Sequence[str], prefixes: Sequence[str] = (), limit: int = 2000
    ) -> list[tuple[str, int]]:
        """Speaker names of quotes in view linked to no entity ("NTV channel", "an official statement") with a
        word equal to one of `tokens` or starting with one of `prefixes`, each with its number of quotes; from
        the speaker-name index (which holds only those quotes), at most `limit` quotes looked at."""
        terms = [_fts_term(t) for t in tokens] + [_fts_term(p) + "*" for p in prefixes]
        if not terms:
            return []
        rows = await self._all(
            "SELECT q.speaker_name, count(*) FROM (SELECT f.rowid AS id FROM quote_speakers_fts f"
            "   JOIN quotes v ON v.id = f.rowid JOIN documents d ON d.id = v.document_id"
            f"   WHERE quote_speakers_fts MATCH ? AND {self.in_view('d.library')} LIMIT ?) f JOIN quotes q"
            " ON q.id = f.id WHERE q.speaker_entity_id IS NULL AND q.speaker_name IS NOT NULL GROUP BY q.speaker_name",
            (" OR ".join(terms), limit),
        )
        return [(r[0], int(r[1])) for r in rows]

    async def quote_count_of_names(self, names: Sequence[str]) -> int:
        """Distinct quotes in view linked to no entity under these speaker names (as quote_count_of counts)."""
        if not names:
            return 0
        rows = await self._all(
            f"SELECT count(DISTINCT {QUOTE_WORDS}) FROM quotes q JOIN documents d ON d.id = q.document_id"
            f" WHERE q.speaker_entity_id IS NULL AND q.speaker_name IN ({_placeholders(names)})"
            f" AND {self.in_view('d.library')}", list(names))
        return int(rows[0][0])

    async def quote_count_of(self, entity_id: int) -> int:
        """Distinct quotes in view (the same words in several sources count once): what /quote lists and /who says.
        From the per-library summaries (migration 12): the first library's count, and each later library's
        quotes that no earlier library of the view has (a server's own: a few rows)."""
        rows = await self._all(
            "SELECT quotes FROM speaker_quote_counts WHERE library = ? AND entity_id = ?", (self.view[0], entity_id))
        total = int(rows[0][0]) if rows else 0
        for i, library in enumerate(self.view[1:], start=1):
            earlier = in_view("e.library", self.view[:i])
            rows = await self._all(
                "SELECT count(*) FROM speaker_quotes s WHERE s.library = ? AND s.entity_id = ? AND NOT EXISTS"
                f" (SELECT 1 FROM speaker_quotes e WHERE {earlier} AND e.entity_id = s.entity_id"
                " AND e.words = s.words)",
                (library, entity_id))
            total += int(rows[0][0])
        return total
