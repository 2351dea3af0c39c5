"""/quote PERSON, ORGANISATION or SOURCE: what they said, grouped by source; the same words in several
sources shown once. A speaker is an entity or a name stored with quotes that no entity stands for
("Kremlin", "an official statement"): see bot.answer.speakers.

Every distinct quote is reachable: the answer carries up to `limit` of them, newest first (Discord shows
them in pages), `total` counts them all — the number /who gives — and `offset` pages past the first ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.answer.cite import Citer, Span
from bot.answer.models import QuoteAnswer, QuoteItem
from bot.answer.resolve import Candidate, settle
from bot.answer.speakers import speakers
from bot.store import Reads

KIND_ORDER = {"direct": 0, "post": 1, "partial": 2, "indirect": 3}
MAX_QUOTES = 1000  # distinct quotes in one answer; the rest are counted in `total` and reached with `offset`
MAX_ROWS = 20_000  # quote rows read for one person (a quote repeated by many sources is one row per source)
CITATIONS_PER_QUOTE = 5  # the newest sources cited for each quote; `sources` counts them all


async def quote(
    store: Reads, query: str, limit: int = MAX_QUOTES, snippet_chars: int = 280, offset: int = 0
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
    rows = await _rows(store, candidate)
    groups = _group(rows)
    total = len(groups) if len(rows) < MAX_ROWS else await _count(store, candidate)
    if not groups:
        return QuoteAnswer(query, "not_found", speaker=entity.name,
                           message=f"No quotes from {entity.name} in the sources.")
    page = list(groups.values())[offset: offset + limit]
    if not page:
        return QuoteAnswer(query, "not_found", speaker=entity.name, total=total, offset=offset,
                           message=f"No more quotes: {entity.name} has {total}.")
    quotes = await _items(Citer(store, snippet_chars), entity.name, page)
    sources = len({r["document_id"] for same in page for r in same})
    return QuoteAnswer(query, "found", speaker=entity.name, quotes=quotes, total=total, offset=offset,
                       source_count=sources)


async def _rows(store: Reads, candidate: Candidate) -> list:
    """The speaker's quote rows, newest source first: the entity's, and those stored under its names alone."""
    rows = list(await store.quotes_by_speaker(candidate.entity.id, limit=MAX_ROWS)) if candidate.entity.id else []
    if candidate.names:
        rows += await store.quotes_by_speaker_names(candidate.names, limit=MAX_ROWS)
        rows.sort(key=lambda r: (r["document_id"], r["start"]))
        rows.sort(key=lambda r: r["published"] or "", reverse=True)  # as the reads order them: newest first
    return rows[:MAX_ROWS]


async def _count(store: Reads, candidate: Candidate) -> int:
    by_entity = await store.quote_count_of(candidate.entity.id) if candidate.entity.id else 0
    return by_entity + await store.quote_count_of_names(candidate.names)


def _group(rows: Sequence) -> dict[str, list]:
    """Rows with the same words, in order of their newest source."""
    groups: dict[str, list] = {}
    for r in rows:
        groups.setdefault(r["words"], []).append(r)
    return groups


async def _items(citer: Citer, speaker: str, page: list[list]) -> list[QuoteItem]:
    """Each quote with its newest sources cited (one citation each, all read in one batch); its kind is the
    strongest any row gives; a quote none of whose sources can be cited is left out."""
    firsts = [_firsts(same) for same in page]
    cited = [list(f.values())[:CITATIONS_PER_QUOTE] for f in firsts]
    found = iter(await citer.cite_all([_span(r) for rows in cited for r in rows]))
    items = []
    for same, sources, rows in zip(page, firsts, cited, strict=True):
        citations = [c for _ in rows if (c := next(found))]
        if citations:
            kind = min((r["kind"] for r in same), key=lambda k: KIND_ORDER.get(k, 9))
            items.append(QuoteItem(same[0]["text"], kind, speaker, citations, source_count=len(sources)))
    return items


def _firsts(same: list) -> dict[int, Any]:
    """Each source's first row, newest source first."""
    firsts: dict[int, Any] = {}
    for r in same:
        firsts.setdefault(r["document_id"], r)
    return firsts


def _span(r: Any) -> Span:
    marks = [(r["start"], r["end"])]
    if r["speaker_start"] is not None:
        marks.append((r["speaker_start"], r["speaker_end"]))
    return Span(r["document_id"], r["start"], r["end"], marks)
