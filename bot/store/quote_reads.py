"""A speaker's quotes, newest first, a batch at a time: /quote reads the rows of the first quotes through the
index on (speaker, published DESC) — never every row of a popular speaker (20,000 at 100,000 articles) — then
counts just those quotes' sources and kinds from the words' index alone, and reads each one's newest rows.
A quote carries its document's library and date (migration 13), so none of this joins the documents.
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
            f"SELECT {QUOTE_COLUMNS} FROM quotes q INDEXED BY quotes_speaker_published"
            f" WHERE q.speaker_entity_id = ? AND {in_view('q.library', self.view)} {NEWEST} LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )

    async def quotes_by_speaker_names(self, names: Sequence[str], limit: int = 500, offset: int = 0
                                      ) -> list[aiosqlite.Row]:
        """Quote rows in view linked to no entity whose stored speaker name is one of `names` ("Kremlin"), newest
        first (a few: they are sorted), from the index of those quotes' names (the speaker index would walk every
        quote linked to no entity to skip the sort)."""
        if not names:
            return []
        return await self._all(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q INDEXED BY quotes_speaker_name"
            f" WHERE q.speaker_entity_id IS NULL AND q.speaker_name IN ({_marks(names)})"
            f" AND {in_view('q.library', self.view)} {NEWEST} LIMIT ? OFFSET ?",
            (*names, limit, offset),
        )

    def _speakers(self, entity_id: int | None, names: Sequence[str]) -> list[tuple[str, list[object]]]:
        """SQL conditions (and their values) for the speaker's quotes: the entity's, those under its names alone."""
        out: list[tuple[str, list[object]]] = []
        if entity_id:
            out.append(("q.speaker_entity_id = ?", [entity_id]))
        if names:
            out.append((f"q.speaker_entity_id IS NULL AND +q.speaker_name IN ({_marks(names)})", list(names)))
        return out

    def _word_arms(self, entity_id: int | None, names: Sequence[str], words: Sequence[str], columns: str
                   ) -> tuple[str, list[object]]:
        """`columns` of the speaker's rows in view with one of `words` (a quote's normalised words, or its text
        when they normalise to nothing), as a UNION ALL whose every arm searches (norm, speaker) in the words'
        index; `{w}` in `columns` is the arm's words column."""
        arms, params = [], []
        for speaker, values in self._speakers(entity_id, names):
            for w, match in (("q.norm", f"q.norm IN ({_marks(words)})"),
                             ("q.text", f"q.norm = '' AND q.text IN ({_marks(words)})")):
                arms.append(f"SELECT {columns.format(w=w)} FROM quotes q WHERE {match} AND {speaker}"
                            f" AND {in_view('q.library', self.view)}")
                params += [*words, *values]
        return " UNION ALL ".join(arms), params

    async def quote_tallies(self, entity_id: int | None, names: Sequence[str], words: Sequence[str]
                            ) -> tuple[dict[str, tuple[int, list[str]]], int]:
        """For each of these quotes of the speaker: its sources (distinct documents in view) and its kinds; and
        the sources of them all together. From the words' index alone (it holds the document, library and kind):
        a line a popular speaker repeats in hundreds of sources costs hundreds of index entries, not rows."""
        if not words or not (arms := self._word_arms(entity_id, names, words, "{w} AS words, q.document_id,"
                                                      " q.kind"))[0]:
            return {}, 0
        union, params = arms
        rows = await self._all(
            f"SELECT words, count(DISTINCT document_id), group_concat(DISTINCT kind) FROM ({union}) GROUP BY words",
            params)
        total = await self._all(f"SELECT count(DISTINCT document_id) FROM ({union})", params)
        return {r[0]: (int(r[1]), str(r[2]).split(",")) for r in rows}, int(total[0][0])

    async def newest_rows_of(self, entity_id: int | None, names: Sequence[str], words: str, limit: int
                             ) -> list[aiosqlite.Row]:
        """The newest `limit` rows in view of one quote of the speaker (its citations), from the words' index in
        order."""
        rows: list[aiosqlite.Row] = []
        for speaker, values in self._speakers(entity_id, names):
            found = await self._all(
                f"SELECT {QUOTE_COLUMNS} FROM quotes q INDEXED BY quotes_norm WHERE q.norm = ? AND {speaker}"
                f" AND {in_view('q.library', self.view)} {NEWEST} LIMIT ?", (words, *values, limit))
            rows += found
            if not found:
                rows += await self._all(
                    f"SELECT {QUOTE_COLUMNS} FROM quotes q INDEXED BY quotes_norm WHERE q.norm = '' AND q.text = ?"
                    f" AND {speaker} AND {in_view('q.library', self.view)} {NEWEST} LIMIT ?",
                    (words, *values, limit))
        if len(self._speakers(entity_id, names)) > 1:
            rows.sort(key=lambda r: (r["document_id"], r["start"]))
            rows.sort(key=lambda r: r["published"] or "", reverse=True)  # newest first, as the index reads them
        return rows[:limit]

    async def name_quote_words(self, names: Sequence[str], limit: int = 20_000) -> set[str]:
        """The distinct words of the quotes in view stored under these names alone (a few: "Kremlin")."""
        if not names:
            return set()
        rows = await self._all(
            f"SELECT DISTINCT {QUOTE_WORDS} FROM quotes q INDEXED BY quotes_speaker_name WHERE q.speaker_entity_id"
            f" IS NULL AND q.speaker_name IN ({_marks(names)}) AND {in_view('q.library', self.view)} LIMIT ?",
            (*names, limit))
        return {r[0] for r in rows}

    async def entity_quote_words(self, entity_id: int, words: Sequence[str]) -> set[str]:
        """Which of `words` the entity is quoted saying in view (from the per-library summary, migration 12)."""
        if not words:
            return set()
        rows = await self._all(
            f"SELECT words FROM speaker_quotes WHERE {in_view('library', self.view)} AND entity_id = ?"
            f" AND words IN ({_marks(words)})", (entity_id, *words))
        return {r[0] for r in rows}
