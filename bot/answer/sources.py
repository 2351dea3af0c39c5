"""/sources (the documents, newest first, with counts) and /source DOCUMENT (what one document says)."""

from __future__ import annotations

from bot.answer.cite import Citer
from bot.answer.dates import human
from bot.answer.models import FactLine, SourceAnswer, SourceItem, SourcesAnswer
from bot.store import DocumentInfo, Reads


async def _items(store: Reads, docs: list[DocumentInfo]) -> list[SourceItem]:
    counts = await store.document_counts([d.id for d in docs])
    return [SourceItem(d.name, d.title, d.outlet, d.published, d.url, *counts.get(d.id, (0, 0, 0))) for d in docs]


async def sources(store: Reads, offset: int = 0, limit: int = 100) -> SourcesAnswer:
    docs = await store.list_documents(limit=limit, offset=max(0, offset))
    return SourcesAnswer(await _items(store, docs), await store.document_count(), offset)


async def source(store: Reads, query: str, snippet_chars: int = 280, limit: int = 60) -> SourceAnswer:
    query = query.strip()
    if not query:
        return SourceAnswer(query, "error", message="Name a document, e.g. `/source 003` (see /sources).")
    found = await store.find_documents(query, limit=5)
    exact = [d for d in found if query in (d.name, d.title)]
    if not found:
        return SourceAnswer(query, "not_found", message=f"No document matches “{query}”. Try /sources.")
    if len(found) > 1 and not exact:
        names = [d.name for d in found]
        return SourceAnswer(query, "ambiguous", suggestions=names,
                            message=f"“{query}” matches several documents: {', '.join(names)}.")
    doc = (exact or found)[0]
    item = (await _items(store, [doc]))[0]
    facts = await store.document_facts(doc.id, limit)
    citer = Citer(store, snippet_chars)
    await citer.preload({doc.id})
    lines: list[FactLine] = []
    roles: dict[int, list[str]] = {}
    for r in facts["roles"]:
        title = f"{r['qualifier']} {r['title']}" if r["qualifier"] else r["title"]
        if title not in roles.setdefault(r["entity_id"], []):
            roles[r["entity_id"]].append(title)
    for p in facts["people"]:
        described = f"{p['name']} — {', '.join(roles[p['id']])}" if roles.get(p["id"]) else p["name"]
        mentions = f"{p['n']} mention" + ("s" if p["n"] != 1 else "")
        lines.append(FactLine("person", f"{described} ({mentions})",
                              await citer.cite(doc.id, p["start"], p["start"] + len(p["name"]))))
    for q in facts["quotes"]:
        lines.append(FactLine("quote", f"{q['speaker'] or 'unattributed'} ({q['kind']}): “{q['text']}”",
                              await citer.cite(doc.id, q["start"], q["end"])))
    for e in facts["events"]:
        lines.append(FactLine("date", f"{e['trigger']}: {e['value']} ({human(e['value'])})",
                              await citer.cite(doc.id, min(e["start"], e["timex_start"]), max(e["end"], e["timex_end"]),
                                               [(e["trigger_start"], e["trigger_end"]),
                                                (e["timex_start"], e["timex_end"])])))
    for a in facts["amounts"]:
        lines.append(FactLine("amount", a["text"], await citer.cite(doc.id, a["start"], a["end"])))
    return SourceAnswer(query, "found", item, lines)
