"""/when EVENT: the date(s) of an event, best first, each cited, with how many sources agree.

The query is understood first (bot/answer/when_query.py: the people and organisations it names, its event
words and other words); the candidate sentences come from the store in one call (full text and the event
index); bot/answer/when_rank.py scores them (names, then words covered, relevance, precision); here the
dates are grouped, agreement across sources added, and each date cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.answer.cite import Citer
from bot.answer.dates import contains, human, precision
from bot.answer.models import Citation, DateItem, WhenAnswer
from bot.answer.when_fallback import fts_query, loose_rank, mentions_in
from bot.answer.when_query import WhenQuery, understand
from bot.answer.when_rank import Evidence, rank, sentences, unresolved
from bot.extract.event_words import event_keys
from bot.store import Reads

MAX_PRONOUN_DOCUMENTS = 30
EVENTS = 60  # events from the event index besides the full-text candidates (synonyms: "talks" ~ "spoke")
BROAD_EVENTS = 200  # a one-word query ("/when election") is answered from the event index
WEAK = 0.5  # strict evidence meeting less of the query than this (or not its event word) calls the fallback
FALLBACK_DOCUMENTS = 8  # documents whose sentences the fallback reads


@dataclass(slots=True)
class _Group:
    value: str
    evidence: list[Evidence] = field(default_factory=list)
    agreeing: list[Evidence] = field(default_factory=list)  # coarser values that include this one

    @property
    def documents(self) -> set[int]:
        return {e.document_id for e in self.evidence + self.agreeing}

    @property
    def score(self) -> float:
        best = max(e.score for e in self.evidence)
        return best + 0.08 * (len(self.documents) - 1) + 0.03 * (len(self.evidence) - 1)


async def when(store: Reads, query: str, max_citations: int = 3, snippet_chars: int = 280) -> WhenAnswer:
    query = query.strip()
    if not event_keys(query):
        return WhenAnswer(query, "error", message="Name an event, e.g. `/when inauguration`.")
    understood = await understand(store, query)
    evidence = await _evidence(store, understood)
    if not evidence:
        suggestions = await _suggest(store, understood.keys)
        hint = f" Known events include: {', '.join(suggestions)}." if suggestions else ""
        return WhenAnswer(query, "not_found", suggestions=suggestions,
                          message=f"No date for “{query}” in the sources.{hint}")
    groups = _group(evidence)
    citer = Citer(store, snippet_chars)
    await citer.preload({e.document_id for g in groups[:10] for e in g.evidence + g.agreeing})
    items = [await _item(citer, g, max_citations) for g in groups[:10]]
    return WhenAnswer(query, "found", dates=items)


async def _evidence(store: Reads, query: WhenQuery) -> list[Evidence]:
    """Candidate sentences in one call (plus, for pronouns, the people mentioned in their documents); when
    they give nothing or only weak evidence, the fallback's (bot/answer/when_fallback.py) in one more."""
    rows = await store.when_candidates(query.fts_tiers, sorted(query.keys),
                                       events=BROAD_EVENTS if query.broad else EVENTS)
    found = sentences(rows, undated=query.reporting)
    docs = sorted(unresolved(query, found))[:MAX_PRONOUN_DOCUMENTS]
    ids = sorted({i for n in query.names for i in n.entity_ids})
    mentions = await store.when_mentions(docs, ids) if docs else []
    strict = rank(query, found, mentions)
    if not _weak(strict) or (fts := fts_query(query)) is None:
        return strict
    rows = await store.when_documents(fts, ids, documents=FALLBACK_DOCUMENTS)
    around = sentences(rows, undated=True)
    seen = {s.id for s in around}
    loose = loose_rank(query, around + [s for s in found if s.id not in seen], mentions_in(rows) + mentions)
    if not loose:
        return strict
    floor = min(e.score for e in loose)  # the strict match's coarser dates (a month, a year) after the days
    return loose + [replace(e, score=floor - 1.0 - e.score / 100) for e in strict if not _DAY.match(e.value)]


def _weak(evidence: list[Evidence]) -> bool:
    """No evidence, or the best meets under half the query, lacks its event word, or its date is doubtful
    (the statement that reports the event, or another event of the sentence)."""
    if not evidence:
        return True
    best = max(evidence, key=lambda e: e.score)
    return best.share < WEAK or not best.event or best.doubtful


async def _item(citer: Citer, g: _Group, max_citations: int) -> DateItem:
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
    return DateItem(
        value=g.value, human=human(g.value), text=best[0].timex_text,
        events=sorted({e.trigger for e in g.evidence}), sources=len(g.documents),
        citations=citations, score=g.score,
    )


def _group(evidence: list[Evidence]) -> list[_Group]:
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


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FINE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_COARSE = re.compile(r"^\d{4}(?:-\d{2}|-W\d{2})?$")


def _one_per_document(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[int] = set()
    out = []
    for e in evidence:
        if e.document_id not in seen:
            seen.add(e.document_id)
            out.append(e)
    return out


async def _suggest(store: Reads, keys: set[str]) -> list[str]:
    out: list[str] = []
    for key in sorted(keys):
        for trigger in await store.event_triggers(key[:4]):
            if trigger not in out:
                out.append(trigger)
    return out[:5]
