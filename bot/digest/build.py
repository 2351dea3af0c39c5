"""Build the digest of what arrived: new sources, the people most mentioned in them (with roles), the most
notable new quotes and the dates they mention — every item cited through the same Citer as the answers.

Which documents a digest covers is decided by ingestion time (documents.ingested_at), not publication date:
an article published last year but dropped into the corpus today is news to the channel today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.answer.cite import Citer
from bot.answer.dates import human
from bot.answer.models import Citation, QuoteItem, RoleItem
from bot.digest.models import DigestAnswer, DigestDate, PersonItem, SourceItem
from bot.store import Reads
from bot.store.digests import DateRow, Edge, NewDocument, QuoteRow

MAX_SOURCES = 200  # listed in the answer; renderers show fewer and say how many more
MAX_PEOPLE = 8
MAX_ROLES = 3
MAX_QUOTES = 5
MAX_DATES = 5  # upcoming, and again recent
SNIPPET = 200

KIND_WEIGHT = {"direct": 3.0, "post": 2.5, "partial": 1.5, "indirect": 0.5}


@dataclass(frozen=True, slots=True)
class Coverage:
    """The documents one digest covers, and the watermark it leaves for the next one."""

    since: str | None
    since_edge: Edge
    documents: list[NewDocument]
    watermark: str | None
    edge: Edge


async def coverage(
    store: Reads, since: str | None, since_edge: Edge, until: str | None = None, until_edge: Edge | None = None
) -> Coverage:
    """What arrived after (since, since_edge) — up to (until, until_edge) when rebuilding a claimed digest.

    ingested_at has one-second resolution, so a watermark alone could not tell a document covered at
    08:00:00 from one ingested later in that same second: the edge lists those already covered.
    """
    covered_before = set(since_edge)
    allowed_at_until = set(until_edge) if until_edge is not None else None
    docs = []
    for d in await store.documents_between(since, until):
        if since is not None and d.ingested_at == since and d.key in covered_before:
            continue
        if until is not None and allowed_at_until is not None and d.ingested_at == until \
                and d.key not in allowed_at_until:
            continue
        docs.append(d)
    if not docs:
        return Coverage(since, since_edge, [], since, since_edge)
    watermark = max(d.ingested_at for d in docs)
    edge = [d.key for d in docs if d.ingested_at == watermark]
    if watermark == since:
        edge = sorted(set(edge) | covered_before)
    return Coverage(since, since_edge, docs, watermark, edge)


async def build_digest(
    store: Reads, cover: Coverage, period: str, today: date, snippet_chars: int = SNIPPET
) -> DigestAnswer:
    """The digest for `period` over the covered documents; `today` splits dates into recent and upcoming."""
    docs = cover.documents
    answer = DigestAnswer(period=period, since=cover.since, until=cover.watermark)
    if not docs:
        answer.totals = {"sources": 0, "people": 0, "quotes": 0, "dates": 0}
        return answer
    citer = Citer(store, snippet_chars)
    ids = [d.id for d in docs]
    await citer.preload(set(ids))
    newest_first = sorted(docs, key=lambda d: (d.published or "", d.ingested_at, d.name), reverse=True)
    answer.sources = [s for d in newest_first[:MAX_SOURCES] if (s := await _source(store, citer, d))]
    people = await store.people_in(ids, limit=10_000)
    answer.people = [await _person(store, citer, p.entity_id, p.name, p.mentions, p.documents, ids)
                     for p in people[:MAX_PEOPLE]]
    quotes = await _quotes(citer, await store.quotes_in(ids), {p.name for p in people})
    dates = await _dates(store, citer, await store.dates_in(ids), ids, today)
    answer.quotes = quotes[:MAX_QUOTES]
    upcoming = [d for d in dates if d.upcoming][:MAX_DATES]
    recent = [d for d in dates if not d.upcoming][:MAX_DATES]
    answer.dates = upcoming + recent
    answer.totals = {"sources": len(docs), "people": len(people),
                     "quotes": len(quotes), "dates": len(dates)}
    return answer


async def _source(store: Reads, citer: Citer, d: NewDocument) -> SourceItem | None:
    first = await store.first_sentence(d.id)
    start, end = first if first else (0, 0)
    citation = await citer.cite(d.id, start, max(end, start), marks=[(start, start)])
    if citation is None:
        return None
    return SourceItem(d.name, d.title, d.outlet, d.published, d.url, citation)


async def _person(
    store: Reads, citer: Citer, entity_id: int, name: str, mentions: int, documents: int, ids: list[int]
) -> PersonItem:
    rows = await store.roles_in(entity_id, ids) or await store.roles_of(entity_id, limit=20)
    grouped: dict[str, list] = {}
    for row in rows:
        grouped.setdefault(row.label.casefold(), []).append(row)
    roles = []
    for group in sorted(grouped.values(), key=len, reverse=True)[:MAX_ROLES]:
        qualifier = next((r.extra for r in group if r.extra), None)
        cites = [c for r in _one_per_document(group, 2) if (c := await citer.cite(r.document_id, r.start, r.end))]
        if cites:
            roles.append(RoleItem(group[0].label, qualifier, cites))
    citations = [c for m in await store.first_mentions(entity_id, ids, documents=2)
                 if (c := await citer.cite(m.document_id, m.start, m.end))]
    return PersonItem(name, mentions, documents, roles, citations)


def _one_per_document(rows: list, n: int) -> list:
    seen: set[int] = set()
    out = []
    for r in rows:
        if r.document_id not in seen:
            seen.add(r.document_id)
            out.append(r)
    return out[:n]


def notability(row: QuoteRow, sources: int, known_people: set[str]) -> float:
    """Why a quote is worth the channel's attention: a direct quote or post by a named person who is in today's
    news, long enough to say something, repeated by several outlets."""
    words = len(row.text.split())
    score = KIND_WEIGHT.get(row.kind, 1.0) + 1.5 * (sources - 1)
    if row.speaker:
        score += 2.0 + (1.0 if row.speaker in known_people else 0.0)
    if words < 4:
        score -= 2.0
    elif 8 <= words <= 60:
        score += 1.0
    return score


async def _quotes(citer: Citer, rows: Iterable[QuoteRow], known_people: set[str]) -> list[QuoteItem]:
    """Quotes with the same words (normalised) in several documents become one item citing each."""
    groups: dict[str, list[QuoteRow]] = {}
    for row in rows:
        groups.setdefault(row.norm or row.text, []).append(row)
    ranked = sorted(
        groups.values(),
        key=lambda g: (-notability(g[0], len({r.document_id for r in g}), known_people), g[0].document_id,
                       g[0].start),
    )
    items: list[tuple[str, QuoteItem]] = []
    for norm, group in ((g[0].norm or g[0].text, g) for g in ranked):
        best = max(group, key=lambda r: (KIND_WEIGHT.get(r.kind, 1.0), bool(r.speaker)))
        cites = [c for r in _one_per_document(group, 3) if (c := await citer.cite(r.document_id, r.start, r.end))]
        same = next((item for seen, item in items if norm in seen or seen in norm), None)
        if same is not None:  # a shorter or longer cut of words already listed (a post and its quotation)
            known = {c.document for c in same.citations}
            same.citations += [c for c in cites if c.document not in known][: max(0, 3 - len(same.citations))]
        elif cites:
            items.append((norm, QuoteItem(best.text, best.kind, best.speaker or "unnamed speaker", cites)))
    return [item for _, item in items]


def _as_date(value: str) -> tuple[date, bool]:
    """(first day, is a whole month) of a day or month value."""
    parts = [int(p) for p in value.split("-")]
    return (date(parts[0], parts[1], parts[2]), False) if len(parts) == 3 else (date(parts[0], parts[1], 1), True)


def _upcoming(value: str, today: date) -> bool | None:
    try:
        first, month = _as_date(value)
    except ValueError:
        return None
    if month:
        return (first.year, first.month) > (today.year, today.month)
    return first > today


async def _dates(
    store: Reads, citer: Citer, rows: list[DateRow], ids: list[int], today: date
) -> list[DigestDate]:
    """Dates written in the new documents: upcoming soonest first, then recent latest first."""
    triggers = await store.event_triggers_at(ids)
    groups: dict[str, list[DateRow]] = {}
    for row in rows:
        groups.setdefault(row.value, []).append(row)
    out: list[DigestDate] = []
    for value, group in groups.items():
        upcoming = _upcoming(value, today)
        if upcoming is None:
            continue
        events: list[str] = []
        for r in group:
            events += [t for t in triggers.get((r.document_id, r.start), []) if t not in events]
        cites: list[Citation] = [
            c for r in _one_per_document(group, 2) if (c := await citer.cite(r.document_id, r.start, r.end))
        ]
        if cites:
            out.append(DigestDate(value, human(value), group[0].text, events[:3], upcoming, cites))
    upcoming_dates = sorted((d for d in out if d.upcoming), key=lambda d: (d.value, -d.sources))
    recent_dates = sorted((d for d in out if not d.upcoming), key=lambda d: (d.value, d.sources), reverse=True)
    return upcoming_dates + recent_dates
