"""A speaker's quotes, newest first, a batch at a time: /quote reads the rows of the first quotes through the
index on (speaker, published DESC) — never every row of a popular speaker (20,000 at 100,000 articles) — and
then every row of just those quotes (their sources, kinds and citations) by their words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import aiosqlite

from bot.store.scope import View, in_view

QUOTE_WORDS = "coalesce(nullif(q.norm, ''), q.text)"  # a quote's identity: its normalised words
QUOTE_COLUMNS = (
    "q.id, q.document_id, q.start, q.end, q.text, q.norm, q.kind, q.speaker_name, q.speaker_start, q.speaker_end,"
    f" q.cue, q.speaker_entity_id, {QUOTE_WORDS} AS words, q.published"
)
NEWEST = "ORDER BY q.published DESC, q.document_id, q.start"


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


class QuoteReads:
    conn: aiosqlite.Connection
    view: View

    async def _all(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    async def quotes_by_speaker(self, entity_id: int, limit: int = 500, offset: int = 0) -> list[aiosqlite.Row]:
        """The speaker's quote rows in view, newest document first, `limit` from row `offset` (read in that order
        from the index: no sort); `words` is what makes two quotes the same quote."""
        return await self._all(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id"
            f" WHERE q.speaker_entity_id = ? AND {in_view('d.library', self.view)} {NEWEST} LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )

    async def quotes_by_speaker_names(self, names: Sequence[str], limit: int = 500, offset: int = 0
                                      ) -> list[aiosqlite.Row]:
        """Quote rows in view linked to no entity whose stored speaker name is one of `names` ("Kremlin"), newest
        first (a few: they are sorted)."""
        if not names:
            return []
        return await self._all(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id"
            f" WHERE q.speaker_entity_id IS NULL AND q.speaker_name IN ({_marks(names)})"
            f" AND {in_view('d.library', self.view)} {NEWEST} LIMIT ? OFFSET ?",
            (*names, limit, offset),
        )

    async def quotes_with_words(self, entity_id: int | None, names: Sequence[str], words: Sequence[str]
                                ) -> list[aiosqlite.Row]:
        """Every row in view of these quotes (by their words) of the speaker — the entity's, and those stored
        under its names alone — newest first: a batch's sources, kinds and citations. Found by the words' index
        (a quote has a few sources), not by the speaker's."""
        if not words:
            return []
        same = f"(q.norm IN ({_marks(words)}) OR (q.norm = '' AND q.text IN ({_marks(words)})))"
        rows: list[aiosqlite.Row] = []
        if entity_id:
            rows += await self._all(
                f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id"
                f" WHERE {same} AND +q.speaker_entity_id = ? AND {in_view('d.library', self.view)}",
                (*words, *words, entity_id))
        if names:
            rows += await self._all(
                f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id"
                f" WHERE {same} AND q.speaker_entity_id IS NULL AND +q.speaker_name IN ({_marks(names)})"
                f" AND {in_view('d.library', self.view)}",
                (*words, *words, *names))
        rows.sort(key=lambda r: (r["document_id"], r["start"]))
        rows.sort(key=lambda r: r["published"] or "", reverse=True)  # newest first, as the index reads them
        return rows
