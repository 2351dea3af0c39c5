"""/quote PERSON, ORGANISATION or SOURCE: what they said, grouped by source; the same words in several
sources shown once. A speaker is an entity or a name stored with quotes that no entity stands for
("Kremlin", "an official statement"): see bot.answer.speakers.

Every distinct quote is reachable: an answer carries one batch of them (`limit`, a few Discord pages), newest
first; `total` counts them all — the number /who gives — and `offset` pages past the first ones (Discord's
Next button loads the next batch). A batch is found by walking the speaker's quotes newest first through an
index until it has `offset + limit` distinct ones, so a popular speaker's first batch reads a few dozen rows,
not all of them (20,000 at 100,000 articles: 970 ms).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from bot.answer.cite import Citer, Span
from bot.answer.models import QuoteAnswer, QuoteItem
from bot.answer.resolve import Candidate, settle
from bot.answer.speakers import speakers
from bot.store import Reads

KIND_ORDER = {"direct": 0, "post": 1, "partial": 2, "indirect": 3}
QUOTE_BATCH = 24  # distinct quotes in one answer (a few embed pages); the rest are reached with `offset`
FIRST_CHUNK = 64  # quote rows read first when walking a speaker's quotes (a quote has ~3 sources); then doubled
CITATIONS_PER_QUOTE = 5  # the newest sources cited for each quote; `sources` counts them all


async def quote(
    store: Reads, query: str, limit: int = QUOTE_BATCH, snippet_chars: int = 280, offset: int = 0
) -> QuoteAnswer:
    """The person's distinct quotes, newest first, from `offset`, at most `limit`, each cited."""
    query = query.strip()
    if not query:
        return QuoteAnswer(query, "error", message="Give a person or an organisation, e.g. `/quote Modi`.")
    found = await settle(store, query, await speakers(store, query))
    if found.status == "not_found":
        return QuoteAnswer(query, "not_found", suggestions=found.suggestions, message=found.message)
    chosen = found.chosen
    if found.status == "ambiguous":
        # prefer the candidate who actually has quotes when only one of them does
        quoted = [c for c in chosen if c.names or await store.quote_count_of(c.entity.id)]
        if len(quoted) != 1:
            return _ambiguous(query, chosen)
        chosen = quoted
    return await _quotes_of(store, query, chosen[0], max(1, limit), snippet_chars, max(0, offset))


def _ambiguous(query: str, chosen: Sequence[Candidate]) -> QuoteAnswer:
    names = [c.entity.name for c in chosen]
    return QuoteAnswer(query, "ambiguous", suggestions=names,
                       message=f"“{query}” could be several speakers: " + ", ".join(names) + ".")


async def _quotes_of(
    store: Reads, query: str, candidate: Candidate, limit: int, snippet_chars: int, offset: int
) -> QuoteAnswer:
    entity = candidate.entity
    words = await _first_words(store, candidate, offset + limit)
    if not words:
        return QuoteAnswer(query, "not_found", speaker=entity.name,
                           message=f"No quotes from {entity.name} in the sources.")
    total = max(await _count(store, candidate), len(words))
    if not words[offset:]:
        return QuoteAnswer(query, "not_found", speaker=entity.name, total=total, offset=offset,
                           message=f"No more quotes: {entity.name} has {total}.")
    quotes, sources = await _items(store, Citer(store, snippet_chars), candidate, words[offset:])
    return QuoteAnswer(query, "found", speaker=entity.name, quotes=quotes, total=total, offset=offset,
                       source_count=sources)


async def _first_words(store: Reads, candidate: Candidate, want: int) -> list[str]:
    """The words of the speaker's first `want` distinct quotes, in order of their newest source."""
    seen: dict[str, None] = {}
    async for r in _newest_rows(store, candidate):
        seen.setdefault(r["words"], None)
        if len(seen) >= want:
            break
    return list(seen)


async def _newest_rows(store: Reads, candidate: Candidate) -> AsyncIterator[Any]:
    """The speaker's quote rows newest first — the entity's and those stored under its names alone, merged —
    read in chunks that double, so a batch near the top reads a few dozen rows."""
    streams = []
    if candidate.entity.id:
        entity_id = candidate.entity.id
        streams.append(_chunked(lambda n, at: store.quotes_by_speaker(entity_id, limit=n, offset=at)))
    if candidate.names:
        names = candidate.names
        streams.append(_chunked(lambda n, at: store.quotes_by_speaker_names(names, limit=n, offset=at)))
    heads = {i: await anext(s, None) for i, s in enumerate(streams)}
    while any(h is not None for h in heads.values()):
        i = max((i for i, h in heads.items() if h is not None), key=lambda i: _newest(heads[i]))
        yield heads[i]
        heads[i] = await anext(streams[i], None)


def _newest(r: Any) -> tuple[str, int, int]:
    """A row's place in newest-first order (the reads' ORDER BY published DESC, document_id, start), as a key
    that is larger for the row that comes first."""
    return (r["published"] or "", -r["document_id"], -r["start"])


async def _chunked(read: Any) -> AsyncIterator[Any]:
    n, at = FIRST_CHUNK, 0
    while True:
        rows = await read(n, at)
        for r in rows:
            yield r
        if len(rows) < n:
            return
        at, n = at + n, n * 2


async def _count(store: Reads, candidate: Candidate) -> int:
    """Distinct quotes: the entity's (as /who counts them), and those under its names alone that it is not
    quoted saying too (the same words are one quote)."""
    if not candidate.entity.id:
        return await store.quote_count_of_names(candidate.names)
    by_entity = await store.quote_count_of(candidate.entity.id)
    if not candidate.names:
        return by_entity
    named = await store.name_quote_words(candidate.names)
    return by_entity + len(named - await store.entity_quote_words(candidate.entity.id, sorted(named)))


async def _items(store: Reads, citer: Citer, candidate: Candidate, words: list[str]
                 ) -> tuple[list[QuoteItem], int]:
    """Each quote with its newest sources cited (one citation each, all read in one batch), its sources counted
    and its kind the strongest any row gives — counted from the index, not read row by row; a quote none of
    whose sources can be cited is left out. Also the sources of these quotes together."""
    entity_id, names = candidate.entity.id or None, candidate.names
    tallies, sources = await store.quote_tallies(entity_id, names, words)
    cited = [_firsts(await _newest_of(store, entity_id, names, w))[:CITATIONS_PER_QUOTE] for w in words]
    found = iter(await citer.cite_all([_span(r) for rows in cited for r in rows]))
    items = []
    for w, rows in zip(words, cited, strict=True):
        citations = [c for _ in rows if (c := next(found))]
        if citations and w in tallies:
            count, kinds = tallies[w]
            kind = min(kinds, key=lambda k: KIND_ORDER.get(k, 9))
            items.append(QuoteItem(rows[0]["text"], kind, candidate.entity.name, citations, source_count=count))
    return items, sources


async def _newest_of(store: Reads, entity_id: int | None, names: Sequence[str], words: str) -> list:
    """The quote's newest rows, enough for CITATIONS_PER_QUOTE distinct sources (a source may repeat a line)."""
    limit = CITATIONS_PER_QUOTE * 2
    while True:
        rows = await store.newest_rows_of(entity_id, names, words, limit)
        if len(rows) < limit or len(_firsts(rows)) >= CITATIONS_PER_QUOTE:
            return rows
        limit *= 4


def _firsts(rows: list) -> list:
    """Each source's first row, newest source first."""
    firsts: dict[int, Any] = {}
    for r in rows:
        firsts.setdefault(r["document_id"], r)
    return list(firsts.values())


def _span(r: Any) -> Span:
    marks = [(r["start"], r["end"])]
    if r["speaker_start"] is not None:
        marks.append((r["speaker_start"], r["speaker_end"]))
    return Span(r["document_id"], r["start"], r["end"], marks)
