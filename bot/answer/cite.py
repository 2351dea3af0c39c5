"""Build a citation: the sentence around the cited words, trimmed to a readable window, words marked."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from bot.answer.models import Citation
from bot.store import DocumentInfo, Reads


class Citer:
    """Makes citations for one answer, caching document metadata so each document is read once."""

    def __init__(self, store: Reads, max_chars: int = 280) -> None:
        self.store = store
        self.max_chars = max_chars
        self._docs: dict[int, DocumentInfo] = {}

    async def preload(self, document_ids: set[int]) -> None:
        missing = document_ids - self._docs.keys()
        if missing:
            self._docs.update(await self.store.documents(missing))

    async def cite(
        self, document_id: int, start: int, end: int, marks: list[tuple[int, int]] | None = None
    ) -> Citation | None:
        """Cite [start, end) in its sentence; `marks` (document offsets) are emphasised, default the span."""
        return (await self.cite_all([Span(document_id, start, end, marks)]))[0]

    async def cite_all(self, spans: Sequence[Span]) -> list[Citation | None]:
        """Citations of many spans (None for a document out of view), read in three statements whatever their
        number: documents, sentences, snippets."""
        await self.preload({s.document_id for s in spans})
        live = [s for s in spans if s.document_id in self._docs]
        if not live:
            return [None] * len(spans)
        sentences = await self.store.sentences_at(
            [(s.document_id, s.start) for s in live] + [(s.document_id, s.end - 1) for s in live])
        frames = [_frame(s, sentences, self.max_chars) if s.document_id in self._docs else None for s in spans]
        framed = list(zip(spans, frames, strict=True))
        texts = await self.store.text_slices({(s.document_id, f.start, f.end) for s, f in framed if f})
        return [
            self._citation(s, f, displayable(texts.get((s.document_id, f.start, f.end), ""))) if f else None
            for s, f in framed
        ]

    def _citation(self, span: Span, w: _Frame, snippet: str) -> Citation:
        highlights = []
        for m_start, m_end in span.marks or [(span.start, span.end)]:
            a, b = max(m_start, w.start) - w.start, min(m_end, w.end) - w.start
            if b > a:
                highlights.append((a, b))
        prefix = "…" if w.start > (w.sentence[0] if w.sentence else w.start) else ""
        suffix = "…" if w.sentence and w.end < max(w.sentence[1], span.end) else ""
        if prefix:
            highlights = [(a + 1, b + 1) for a, b in highlights]
        doc = self._docs[span.document_id]
        return Citation(
            document=doc.name, title=doc.title, published=doc.published, start=span.start, end=span.end,
            snippet=f"{prefix}{snippet}{suffix}", highlights=sorted(set(highlights)),
            outlet=doc.outlet, url=doc.url,
        )


class Span(NamedTuple):
    """Words to cite in a document, and the words to emphasise (document offsets; default the span)."""

    document_id: int
    start: int
    end: int
    marks: list[tuple[int, int]] | None = None


class _Frame(NamedTuple):
    start: int
    end: int
    sentence: tuple[int, int] | None


def _frame(span: Span, sentences: dict[tuple[int, int], tuple[int, int]], max_chars: int) -> _Frame:
    """The stretch of text shown: the cited words' sentence (all of them when the words run over several),
    trimmed to max_chars around the words."""
    start, end = span.start, span.end
    sentence = sentences.get((span.document_id, start))
    s_start, s_end = sentence if sentence and sentence[1] >= start else (start, end)
    if end > s_end and (last := sentences.get((span.document_id, end - 1))) and last[1] >= end:
        s_end = last[1]  # the cited words run over several sentences (a long quote): show them all
    s_start, s_end = min(s_start, start), max(s_end, end)
    s_start, s_end = _window(s_start, s_end, start, end, max_chars)
    return _Frame(s_start, s_end, sentence)


def displayable(text: str) -> str:
    """The stored text is the file as read; controls and invisible format characters (bidi overrides,
    zero-width spaces) become spaces for display, one for one, so highlight offsets stay true."""
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():  # nearly always: no copy
        return text
    return "".join(ch if ch.isprintable() or ch in "\n\t" or unicodedata.category(ch) == "Zs" else " " for ch in text)


def _window(s_start: int, s_end: int, start: int, end: int, max_chars: int) -> tuple[int, int]:
    """Keep the cited words, centred, within max_chars (the cited words alone may be longer: cut them)."""
    if s_end - s_start <= max_chars:
        return s_start, s_end
    if end - start >= max_chars:
        return start, start + max_chars
    spare = max_chars - (end - start)
    left = min(start - s_start, spare // 2)
    right = min(s_end - end, spare - left)
    left = min(start - s_start, spare - right)
    return start - left, end + right
