"""Resolve what a user typed to known entities: exact alias, shared token, then typo-tolerant fuzzy match.

Candidates come from indexed lookups (alias norm, alias tokens, token prefixes), so the cost does not grow
with the corpus; rapidfuzz then scores only those few candidates against their aliases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.store import EntityRow, Reads
from bot.textnorm import name_tokens, normalize_name

HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "pm", "president", "minister"])


MATCH = 85.0  # a candidate scoring this or more is an answer, not a suggestion
CLOSE = 4.0  # candidates within this many points of the best are offered as a choice
SUGGEST = 55.0
CHOICE = 5  # candidates in a short list


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity a query may name — or, for /quote, a speaker name stored with quotes that no entity stands
    for ("Kremlin"): then `entity` has id 0, kind "source" and its quotes as mentions."""

    entity: EntityRow
    score: float  # 0..100
    alias: str  # the alias that matched best
    names: tuple[str, ...] = ()  # stored speaker names, linked to no entity, that also name this speaker


async def resolve(store: Reads, query: str, limit: int = 8, fallback: bool = True) -> list[Candidate]:
    """Entities that `query` may name, best first (score, then how often each is mentioned).

    With `fallback`, a query sharing no word or prefix with any name is compared with the most-mentioned
    people (typos in a name's first letters); autocomplete turns that off to stay within milliseconds.
    """
    norm = normalize_name(query)
    tokens = name_tokens(query)
    if not norm or not tokens:
        return []
    ids = set(await store.entities_by_alias(norm))
    content_tokens = content_words(tokens)
    ids.update(await store.entities_by_tokens(content_tokens))
    if len(ids) < limit:
        prefixes = sorted({t[:3] for t in content_tokens if len(t) >= 3})
        ids.update(await store.entities_by_tokens(prefixes, prefix=True, limit=100))
    if not ids and fallback:
        entities = {e.id: e for e in await store.popular_entities(limit=300)}
    else:
        entities = await store.entities(ids)
    aliases = await store.aliases_of(list(entities))
    scored = []
    for entity_id, entity in entities.items():
        best, best_alias = 0.0, entity.name
        for alias, alias_norm, _ in aliases.get(entity_id, [(entity.name, normalize_name(entity.name), 1)]):
            score = score_alias(norm, content_tokens, alias_norm)
            if score > best:
                best, best_alias = score, alias
        scored.append(Candidate(entity, best, best_alias))
    scored.sort(key=best_first)
    return scored[:limit]


def best_first(c: Candidate) -> tuple[float, bool, int, str]:
    return -c.score, c.entity.kind != "person", -c.entity.mention_count, c.entity.name


def content_words(tokens: list[str]) -> list[str]:
    """A query's words without honorifics ("Mr", "President"), unless that is all there is."""
    return [t for t in tokens if t not in HONORIFICS] or tokens


def score_alias(norm: str, tokens: list[str], alias_norm: str) -> float:
    """How well a query (normalised, and its content words) names one alias, 0..100."""
    if norm == alias_norm:
        return 100.0
    alias_tokens = [t.lstrip("@") for t in alias_norm.split()]
    if tokens and all(t in alias_tokens for t in tokens):
        return 96.0
    # a typo in one word: compare each query word with the alias's words
    per_token = sum(max((fuzz.ratio(t, a) for a in alias_tokens), default=0.0) for t in tokens) / len(tokens)
    return max(per_token * 0.97, fuzz.token_sort_ratio(norm, alias_norm) * 0.95)


@dataclass(slots=True)
class Resolution:
    """Who a query names: one person (found), a short list (ambiguous), or nobody (with suggestions)."""

    status: str  # found, ambiguous, not_found
    chosen: list[Candidate]
    suggestions: list[str]
    message: str


async def find_person(store: Reads, query: str) -> Resolution:
    return await settle(store, query, await resolve(store, query))


async def settle(store: Reads, query: str, candidates: list[Candidate]) -> Resolution:
    """Decide among candidates (best first): one, a ranked short list, or none with suggestions."""
    chosen, status = choose(candidates)
    if status != "not_found":
        namesakes = _namesakes(query, candidates)
        if len(namesakes) > 1:  # one article's bare "Tata" must not hide the other Tata
            chosen, status = _merge(namesakes, chosen), "ambiguous"
        if status == "ambiguous":
            chosen = await rank_choice(store, chosen, namesakes)
        return Resolution(status, chosen, [], "")
    suggestions = [c.entity.name for c in candidates if c.score >= SUGGEST][:5]
    hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
    return Resolution("not_found", [], suggestions, f"Nobody called “{query}” appears in the sources.{hint}")


def choose(candidates: list[Candidate]) -> tuple[list[Candidate], str]:
    """One clear winner → found; several close ones → ambiguous (a short list); none good → not_found."""
    if not candidates or candidates[0].score < MATCH:
        return [], "not_found"
    top = candidates[0]
    close = [c for c in candidates if c.score >= top.score - CLOSE and c.score >= MATCH]
    if top.score >= 100 and (len(close) == 1 or close[1].score < 100):
        return [top], "found"
    if len(close) == 1:
        return [top], "found"
    return close[:CHOICE], "ambiguous"


def _namesakes(query: str, candidates: list[Candidate]) -> list[Candidate]:
    """People whose surname (the last word of the name) is the one word asked: each is a fair answer."""
    tokens = [t for t in name_tokens(query) if t not in HONORIFICS]
    if len(tokens) != 1:
        return []
    return [c for c in candidates if c.entity.kind == "person" and c.score >= MATCH
            and name_tokens(c.entity.name)[-1:] == tokens]


def _merge(first: list[Candidate], then: list[Candidate]) -> list[Candidate]:
    ids = {c.entity.id for c in first}
    return (first + [c for c in then if c.entity.id not in ids])[:CHOICE]


async def rank_choice(
    store: Reads, chosen: list[Candidate], namesakes: Sequence[Candidate] = ()
) -> list[Candidate]:
    """A short list in the order a reader expects: namesakes first, people before organisations, the most
    mentioned, then the most recently published (sorts are stable: full ties keep the resolver's order).
    Recency is read only for candidates mentioned as often as another: it costs a read of their sources."""
    counts = Counter(c.entity.mention_count for c in chosen)
    latest = await store.last_published([c.entity.id for c in chosen if counts[c.entity.mention_count] > 1])
    ids = {c.entity.id for c in namesakes}
    ordered = sorted(chosen, key=lambda c: latest.get(c.entity.id) or "", reverse=True)
    ordered.sort(key=lambda c: (c.entity.id not in ids, c.entity.kind != "person", -c.entity.mention_count))
    return ordered
