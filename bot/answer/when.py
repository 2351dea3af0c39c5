"""/when EVENT: the date(s) of an event, best first, each cited, with how many sources agree.

Events are found through the extractor's event→date links (indexed by normalised event words); the
words of the user's query that are not the event itself ("Jaishankar met Rubio") must appear in the
evidence clause. When no link matches, a full-text search over dated sentences is the fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.cite import Citer
from bot.answer.dates import contains, human, precision
from bot.answer.models import Citation, DateItem, WhenAnswer
from bot.extract.event_words import event_keys
from bot.store import SpanRow, Store
from bot.textnorm import fold


@dataclass(slots=True)
class _Evidence:
    document_id: int
    start: int
    end: int
    marks: list[tuple[int, int]]
    value: str
    trigger: str
    score: float
    timex: tuple[int, int]
    literal: bool = False  # the event words are the user's own words, not a synonym of them


@dataclass(slots=True)
class _Group:
    value: str
    evidence: list[_Evidence] = field(default_factory=list)
    agreeing: list[_Evidence] = field(default_factory=list)  # coarser values that include this one

    @property
    def documents(self) -> set[int]:
        return {e.document_id for e in self.evidence + self.agreeing}

    @property
    def score(self) -> float:
        best = max(e.score for e in self.evidence)
        return best + 0.08 * (len(self.documents) - 1) + 0.03 * (len(self.evidence) - 1)


async def when(store: Store, query: str, max_citations: int = 3, snippet_chars: int = 280) -> WhenAnswer:
    query = query.strip()
    keys = event_keys(query)
    if not keys:
        return WhenAnswer(query, "error", message="Name an event, e.g. `/when inauguration`.")
    evidence = await _linked(store, keys, query) or await _full_text(store, query)
    if not evidence:
        suggestions = await _suggest(store, keys)
        hint = f" Known events include: {', '.join(suggestions)}." if suggestions else ""
        return WhenAnswer(query, "not_found", suggestions=suggestions,
                          message=f"No date for “{query}” in the sources.{hint}")
    groups = _group(evidence)
    citer = Citer(store, snippet_chars)
    await citer.preload({e.document_id for e in evidence})
    items = []
    for g in groups[:10]:
        best = sorted(g.evidence, key=lambda e: (not e.literal, -e.score))  # the user's own words first
        firsts = _one_per_document(best)
        first_ids = {id(e) for e in firsts}
        cited = firsts + [e for e in best if id(e) not in first_ids] + g.agreeing
        citations: list[Citation] = []
        for e in cited:
            if len(citations) == max_citations:
                break
            if (c := await citer.cite(e.document_id, e.start, e.end, e.marks)) is None:
                continue
            same = next((x for x in citations if (x.document, x.snippet) == (c.document, c.snippet)), None)
            if same:  # one sentence dating several event words: one citation, all words marked
                same.highlights = sorted(set(same.highlights) | set(c.highlights))
            else:
                citations.append(c)
        text = await store.text_slice(best[0].document_id, *best[0].timex)
        items.append(DateItem(
            value=g.value, human=human(g.value), text=text,
            events=sorted({e.trigger for e in g.evidence}), sources=len(g.documents),
            citations=citations, score=g.score,
        ))
    return WhenAnswer(query, "found", dates=items)


def _literal(query: str, trigger: str) -> bool:
    q, t = fold(query).strip(), fold(trigger).strip()
    return bool(q and t) and (t in q or q in t)


async def _linked(store: Store, keys: set[str], query_text: str) -> list[_Evidence]:
    rows = await store.events_by_keys(sorted(keys))
    matched: dict[tuple, set[str]] = {}
    spans = {}
    clauses = {}
    for row, key, clause in rows:
        ident = (row.document_id, row.start, row.end, row.label, row.extra, row.aux_start)
        matched.setdefault(ident, set()).add(key)
        spans[ident] = row
        clauses[ident] = clause
    out = []
    keys_of: dict[str, set[str]] = {}
    for ident, hit in matched.items():
        row = spans[ident]
        clause = clauses[ident]
        if clause not in keys_of:
            keys_of[clause] = event_keys(clause)
        clause_keys = keys_of[clause]
        coverage = len(keys & (clause_keys | hit)) / len(keys)
        trigger_share = len(hit) / len(keys)
        if coverage < 0.5:
            continue
        score = row.score * (0.5 + 0.25 * trigger_share + 0.25 * coverage)
        trig = _trigger_span(clause, row)
        timex = (row.aux_start or row.start, row.aux_end or row.end)
        out.append(_Evidence(row.document_id, min(row.start, *timex), max(row.end, *timex), [trig, timex],
                             str(row.extra), row.label, score, timex, _literal(query_text, row.label)))
    return out


def _trigger_span(text: str, row: SpanRow) -> tuple[int, int]:
    at = text.lower().find(row.label.lower())
    return (row.start + at, row.start + at + len(row.label)) if at >= 0 else (row.start, row.start)


async def _full_text(store: Store, query: str) -> list[_Evidence]:
    words = [w for w in event_keys(query) if w.isalnum()]
    if not words:
        return []
    fts = " OR ".join(f'"{w}"' for w in words)
    rows = await store.dated_sentences(fts)
    out = []
    for doc_id, s_start, s_end, value, _text, t_start, t_end in rows:
        out.append(_Evidence(doc_id, s_start, s_end, [(t_start, t_end)], value, query, 0.3, (t_start, t_end)))
    return out


def _group(evidence: list[_Evidence]) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for e in evidence:
        groups.setdefault(e.value, _Group(e.value)).evidence.append(e)
    # Only a year, month or week can contain another value, and only a day or month can be contained:
    # compare each coarse group with the fine groups of its own (for a week, also a neighbouring) year.
    fine_by_year: dict[str, list[_Group]] = {}
    for g in groups.values():
        if _FINE.match(g.value):
            fine_by_year.setdefault(g.value[:4], []).append(g)
    for coarse in list(groups.values()):
        if not _COARSE.match(coarse.value):
            continue
        year = coarse.value[:4]
        pool = fine_by_year.get(year, [])
        if "W" in coarse.value:
            pool = pool + fine_by_year.get(str(int(year) - 1), []) + fine_by_year.get(str(int(year) + 1), [])
        finer = [g for g in pool if groups.get(g.value) is g and contains(coarse.value, g.value)]
        if finer:
            target = max(finer, key=lambda g: g.score)
            target.agreeing.extend(coarse.evidence)
            del groups[coarse.value]
    return sorted(groups.values(), key=lambda g: (-g.score, -precision(g.value), g.value))


_FINE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_COARSE = re.compile(r"^\d{4}(?:-\d{2}|-W\d{2})?$")


def _one_per_document(evidence: list[_Evidence]) -> list[_Evidence]:
    seen: set[int] = set()
    out = []
    for e in evidence:
        if e.document_id not in seen:
            seen.add(e.document_id)
            out.append(e)
    return out


async def _suggest(store: Store, keys: set[str]) -> list[str]:
    out: list[str] = []
    for key in sorted(keys):
        for trigger in await store.event_triggers(key[:4]):
            if trigger not in out:
                out.append(trigger)
    return out[:5]
