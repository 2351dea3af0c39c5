"""/quote PERSON: what this person said, grouped by source; the same words in several sources shown once."""

from __future__ import annotations

from bot.answer.cite import Citer
from bot.answer.models import QuoteAnswer, QuoteItem
from bot.answer.resolve import find_person
from bot.store import Store

KIND_ORDER = {"direct": 0, "post": 1, "partial": 2, "indirect": 3}


async def quote(
    store: Store, query: str, limit: int = 60, snippet_chars: int = 280
) -> QuoteAnswer:
    """The person's most recent `limit` quotes, each cited; `total` says how many there are in all."""
    query = query.strip()
    if not query:
        return QuoteAnswer(query, "error", message="Give a person, e.g. `/quote Modi`.")
    found = await find_person(store, query)
    if found.status == "not_found":
        return QuoteAnswer(query, "not_found", suggestions=found.suggestions, message=found.message)
    chosen = found.chosen
    if found.status == "ambiguous":
        # prefer the candidate who actually has quotes when only one of them does
        quoted = [c for c in chosen if await store.quote_count_of(c.entity.id)]
        if len(quoted) != 1:
            return QuoteAnswer(query, "ambiguous", suggestions=[c.entity.name for c in chosen],
                               message=f"“{query}” could be several people: " +
                               ", ".join(c.entity.name for c in chosen) + ".")
        chosen = quoted
    entity = chosen[0].entity
    rows = await store.quotes_by_speaker(entity.id, limit=limit)
    if not rows:
        return QuoteAnswer(query, "found", speaker=entity.name, message=f"No quotes from {entity.name} in the sources.")
    citer = Citer(store, snippet_chars)
    await citer.preload({r["document_id"] for r in rows})
    items: dict[str, QuoteItem] = {}
    for r in rows:
        marks = [(r["start"], r["end"])]
        if r["speaker_start"] is not None:
            marks.append((r["speaker_start"], r["speaker_end"]))
        citation = await citer.cite(r["document_id"], r["start"], r["end"], marks)
        if citation is None:
            continue
        key = r["norm"] or r["text"]
        item = items.get(key)
        if item is None:
            items[key] = QuoteItem(r["text"], r["kind"], entity.name, [citation])
        elif all(c.document != citation.document for c in item.citations):
            item.citations.append(citation)
            if KIND_ORDER.get(r["kind"], 9) < KIND_ORDER.get(item.kind, 9):
                item.kind = r["kind"]
    quotes = list(items.values())
    total = len(quotes) if len(rows) < limit else len(quotes) + await store.quote_count_of(entity.id) - len(rows)
    return QuoteAnswer(query, "found", speaker=entity.name, quotes=quotes, total=total)
