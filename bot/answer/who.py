"""/who NAME: who this is — canonical name, roles (each cited), aliases, and a few cited sentences."""

from __future__ import annotations

from bot.answer.cite import Citer, Span
from bot.answer.models import PersonMatch, RoleItem, WhoAnswer
from bot.answer.resolve import Candidate, find_person
from bot.store import Reads, SpanRow


async def who(store: Reads, query: str, max_citations: int = 3, snippet_chars: int = 280) -> WhoAnswer:
    query = query.strip()
    if not query:
        return WhoAnswer(query, "error", message="Give a name, e.g. `/who Jaishankar`.")
    found = await find_person(store, query)
    if found.status == "not_found":
        return WhoAnswer(query, "not_found", suggestions=found.suggestions, message=found.message)
    citer = Citer(store, snippet_chars)
    matches = [await describe(store, citer, c, max_citations) for c in found.chosen]
    return WhoAnswer(query, found.status, matches=matches)


async def describe(store: Reads, citer: Citer, candidate: Candidate, max_citations: int) -> PersonMatch:
    entity = candidate.entity
    aliases = [a for a, _, _ in (await store.aliases_of([entity.id])).get(entity.id, [])]
    roles_rows = await store.roles_of(entity.id)
    mentions = await store.mentions_of(entity.id)

    roles: dict[tuple[str, str | None], list[SpanRow]] = {}
    for row in roles_rows:
        key = next((k for k in roles if k[0].casefold() == row.label.casefold()), (row.label, row.extra))
        roles.setdefault(key, []).append(row)
    # every citation of the answer in one batch: the roles' (two each) and the mentions'
    cited = [_spread(rows, 2) for rows in roles.values()] + [_spread(mentions, max_citations)]
    found = iter(await citer.cite_all([Span(r.document_id, r.start, r.end) for rows in cited for r in rows]))
    cites = [[c for _ in rows if (c := next(found))] for rows in cited]
    role_items = [
        RoleItem(title, qualifier or next((r.extra for r in rows if r.extra), None), role_cites)
        for ((title, qualifier), rows), role_cites in zip(roles.items(), cites[:-1], strict=True)
    ]
    role_items.sort(key=lambda r: -len(r.citations))
    citations = cites[-1]
    return PersonMatch(
        name=entity.name, kind=entity.kind, aliases=[a for a in aliases if a != entity.name][:15],
        roles=role_items, citations=citations, score=candidate.score,
        documents=await store.document_count_of(entity.id), mentions=entity.mention_count,
        quotes=await store.quote_count_of(entity.id),
    )


def _spread(rows: list[SpanRow], n: int) -> list[SpanRow]:
    """Pick up to n rows, one document at a time (round robin), so citations show several sources."""
    by_doc: dict[int, list[SpanRow]] = {}
    for row in rows:
        by_doc.setdefault(row.document_id, []).append(row)
    picked: list[SpanRow] = []
    queues = list(by_doc.values())
    while len(picked) < n and any(queues):
        for q in queues:
            if q and len(picked) < n:
                picked.append(q.pop(0))
    return picked
