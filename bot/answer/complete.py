"""Autocomplete choices: what the user is typing, completed from what the asker's view knows.

Each function is one answer's worth of reads (the Desk runs it in one database call).
"""

from __future__ import annotations

from bot.answer.resolve import resolve
from bot.store import Reads
from bot.textnorm import fold, name_tokens


async def complete_names(reads: Reads, current: str, limit: int) -> list[str]:
    """Names for a partly typed name: the most mentioned first; the last word is a prefix of an alias word,
    then typo-tolerant matches of the whole."""
    if not current:
        return [e.name for e in await reads.popular_entities(limit)]
    names: list[str] = []
    tokens = name_tokens(current)
    if tokens:
        ids = await reads.entities_by_tokens([tokens[-1]], prefix=True, limit=limit)
        found = sorted((await reads.entities(ids)).values(), key=lambda e: (-e.mention_count, e.name))
        names = [e.name for e in found]
    if len(current) < 3 or len(names) >= limit:
        return names[:limit]
    for c in await resolve(reads, current, limit=limit, fallback=False):
        if c.score >= 70 and c.entity.name not in names:
            names.append(c.entity.name)
    return names[:limit]


async def complete_events(reads: Reads, current: str, limit: int) -> list[str]:
    """Event words for what is typed: the stored triggers sharing the last word's first four letters."""
    prefix = fold(current).strip().split(" ")[-1] if current.strip() else ""
    triggers = await reads.event_triggers(prefix[:4] if prefix else "", limit)
    return [t for t in triggers if t][:limit]
