"""Build a citation: the sentence around the cited words, trimmed to a readable window, words marked."""

from __future__ import annotations

import unicodedata

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
        await self.preload({document_id})
        doc = self._docs.get(document_id)
        if doc is None:
            return None
        sentence = await self.store.sentence_at(document_id, start)
        s_start, s_end = sentence if sentence and sentence[1] >= start else (start, end)
        if end > s_end and (last := await self.store.sentence_at(document_id, end - 1)) and last[1] >= end:
            s_end = last[1]  # the cited words run over several sentences (a long quote): show them all
        s_start, s_end = min(s_start, start), max(s_end, end)
        s_start, s_end = _window(s_start, s_end, start, end, self.max_chars)
        snippet = displayable(await self.store.text_slice(document_id, s_start, s_end))
        highlights = []
        for m_start, m_end in marks or [(start, end)]:
            a, b = max(m_start, s_start) - s_start, min(m_end, s_end) - s_start
            if b > a:
                highlights.append((a, b))
        prefix = "…" if s_start > (sentence[0] if sentence else s_start) else ""
        suffix = "…" if sentence and s_end < max(sentence[1], end) else ""
        if prefix:
            highlights = [(a + 1, b + 1) for a, b in highlights]
        return Citation(
            document=doc.name, title=doc.title, published=doc.published, start=start, end=end,
            snippet=f"{prefix}{snippet}{suffix}", highlights=sorted(set(highlights)),
            outlet=doc.outlet, url=doc.url,
        )


def displayable(text: str) -> str:
    """The stored text is the file as read; controls and invisible format characters (bidi overrides,
    zero-width spaces) become spaces for display, one for one, so highlight offsets stay true."""
    if all(ch.isprintable() or ch in "\n\t" for ch in text):
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
