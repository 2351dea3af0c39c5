"""The reads behind citations, many at once: an answer citing a hundred spans looks up their sentences in one
statement and their snippets in another, instead of two or three statements per citation (each statement
costs ~30 µs of Python and SQLite set-up against a few µs of index search). Each asked point is one indexed
search (the VALUES rows drive the join): the cost grows with the citations asked, never with the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import aiosqlite

from bot.store.scope import View, in_view

CHUNK = 400  # points per statement: well under SQLite's bound on parameters


def _values(rows: Sequence[tuple[int, ...]]) -> str:
    width = len(rows[0])
    row = "(" + ",".join("?" * width) + ")"
    return ",".join([row] * len(rows))


def _chunks(rows: Sequence[tuple[int, ...]]) -> Iterable[Sequence[tuple[int, ...]]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i:i + CHUNK]


class CiteReads:
    conn: aiosqlite.Connection
    view: View

    async def _all(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        async with self.conn.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    async def sentences_at(self, points: Iterable[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
        """(document id, offset) → the sentence containing it (the nearest one starting at or before it), as
        Reads.sentence_at finds each; points before a document's first sentence are left out."""
        asked = sorted(set(points))
        out: dict[tuple[int, int], tuple[int, int]] = {}
        for chunk in _chunks(asked):
            rows = await self._all(
                f"WITH asked(doc, at) AS (VALUES {_values(chunk)})"
                " SELECT asked.doc, asked.at, s.start, s.end FROM asked CROSS JOIN sentence_spans s"
                " ON s.id = (SELECT t.id FROM sentence_spans t WHERE t.document_id = asked.doc AND t.start <= asked.at"
                "   ORDER BY t.start DESC LIMIT 1)",
                [v for point in chunk for v in point],
            )
            out.update({(r[0], r[1]): (r[2], r[3]) for r in rows})
        return out

    async def text_slices(self, spans: Iterable[tuple[int, int, int]]) -> dict[tuple[int, int, int], str]:
        """(document id, start, end) → the document's text there, for documents in view (as Reads.text_slice)."""
        asked = sorted(set(spans))
        out: dict[tuple[int, int, int], str] = {}
        for chunk in _chunks(asked):
            rows = await self._all(
                f"WITH asked(doc, start, end) AS (VALUES {_values(chunk)})"
                " SELECT asked.doc, asked.start, asked.end,"
                " substr(d.text, asked.start + 1, max(0, asked.end - asked.start))"
                f" FROM asked CROSS JOIN documents d ON d.id = asked.doc WHERE {in_view('d.library', self.view)}",
                [v for span in chunk for v in span],
            )
            out.update({(r[0], r[1], r[2]): r[3] for r in rows})
        return out
