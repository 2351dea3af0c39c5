"""Who a /quote query names: an entity (person or organisation), or a speaker name stored with quotes that
no entity stands for — "Kremlin", "NTV channel", "an official statement" — read through the speaker-name
index (schema 7) and scored like any alias, so that an exact organisation or source wins over a person
whose role merely mentions it ("Kremlin" over "Kremlin spokesman Dmitry Peskov").
"""

from __future__ import annotations

from dataclasses import replace

from bot.answer.resolve import SUGGEST, Candidate, best_first, content_words, resolve, score_alias
from bot.store import EntityRow, Reads
from bot.textnorm import name_tokens, normalize_name

SOURCE = "source"  # the kind of a speaker known only by the name stored with its quotes


async def speakers(store: Reads, query: str) -> list[Candidate]:
    """Entities and stored speaker names that `query` may name, best first; a stored name that is an alias
    of a candidate entity joins that entity (its quotes were stored before the two could be linked)."""
    candidates = await resolve(store, query)
    named = await _named(store, query)
    if not named:
        return candidates
    aliases = await store.aliases_of([c.entity.id for c in candidates])
    out = list(candidates)
    for norm, (score, forms) in named.items():
        at = next((i for i, c in enumerate(out) if norm in {a for _, a, _ in aliases.get(c.entity.id, [])}), None)
        if at is not None:
            c = out[at]
            out[at] = replace(c, score=max(c.score, score), names=c.names + tuple(f for f, _ in forms))
        else:
            shown = max(forms, key=lambda f: (f[1], len(f[0])))[0]  # the form most quotes use
            quotes = sum(n for _, n in forms)
            out.append(Candidate(EntityRow(0, SOURCE, shown, quotes), score, shown, tuple(f for f, _ in forms)))
    return sorted(out, key=best_first)


async def _named(store: Reads, query: str) -> dict[str, tuple[float, list[tuple[str, int]]]]:
    """normalised speaker name → (its score against the query, [(stored form, quotes)])."""
    norm, tokens = normalize_name(query), content_words(name_tokens(query))
    if not norm or not tokens:
        return {}
    prefixes = sorted({t[:3] for t in tokens if len(t) >= 3})  # a typo after the first letters
    found: dict[str, tuple[float, list[tuple[str, int]]]] = {}
    for form, quotes in await store.quote_speaker_names(tokens, prefixes):
        form_norm = normalize_name(form)
        score = score_alias(norm, tokens, form_norm)
        if form_norm and score >= SUGGEST:
            found.setdefault(form_norm, (score, []))[1].append((form, quotes))
    return found
