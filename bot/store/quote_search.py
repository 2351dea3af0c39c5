"""Candidate quotes for /check, in bounded steps: an AND of the claim's rarest words first, wider only when needed.

Ranking an OR of a claim's words scores every quote sharing any of them (at 100,000 articles, a fifth of all
quotes: hundreds of ms). Instead each step is an unranked AND of a few of the claim's rarest known words
(document frequencies from the FTS vocabulary), with a LIMIT: the quotes that contain all of them, found
from the shortest posting list. The steps, tried in order until the caller has what it needs:

1. the 6 rarest words together (a verbatim or close claim: its source contains them all);
2. the 3 rarest (one of the rarer-but-common words was changed);
3. the 4 rarest less one of the first three, for each (the changed word is one of the rarest);
4. any of the 3 rarest (nearest quotes, to offer when nothing matches).

A word no quote contains (a typo, a made-up word) is left out: it could only make an AND empty.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING

import aiosqlite

from bot.store.scope import View, in_view
from bot.store.when_reads import WhenReads, placeholders

STOPWORDS = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the"
    " their them they this to was we were will with you your".split()
)
STEP_LIMIT = 50  # quotes per step: a claim repeated in hundreds of sources needs only a few of them
_COLUMNS = "q.id, q.document_id, q.start, q.end, q.text, q.norm, q.kind, q.speaker_name, q.speaker_entity_id"


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def search_steps(rare: Sequence[str]) -> list[str]:
    """The FTS5 queries to try, in order, for known words sorted rarest first (each distinct)."""
    steps = [" ".join(_term(w) for w in rare[:6]), " ".join(_term(w) for w in rare[:3])]
    four = list(rare[:4])
    if len(four) >= 3:
        for i in range(min(3, len(four))):
            steps.append(" ".join(_term(w) for j, w in enumerate(four) if j != i))
    if len(rare) >= 2:
        steps.append(" OR ".join(_term(w) for w in rare[:3]))
    return list(dict.fromkeys(s for s in steps if s))


class QuoteSearch:
    """A mixin of the store's reads: only quotes of documents in the view are candidates."""

    conn: aiosqlite.Connection
    view: View
    _all = WhenReads._all

    if TYPE_CHECKING:
        def name_sql(self, entity: str) -> str: ...

    async def rare_words(self, words: Sequence[str]) -> list[str]:
        """The claim's content words that some quote contains, rarest first (fewest quotes; longer on ties)."""
        words = [w for w in words if w.isalnum()]
        content = {w for w in words if w not in STOPWORDS} or set(words)
        terms = sorted(content, key=lambda w: (-len(w), w))[:12]  # long words are rare: a cheap, selective lookup
        if not terms:
            return []
        df = {r[0]: r[1] for r in await self._all(
            f"SELECT term, doc FROM quotes_vocab WHERE term IN ({placeholders(terms)})", terms)}
        return sorted((t for t in terms if df.get(t)), key=lambda w: (df[w], -len(w), w))

    async def quote_candidates(self, words: Sequence[str], limit: int = STEP_LIMIT) -> AsyncIterator[list[dict]]:
        """Stored quotes sharing the claim's rarest words, one step at a time (see the module's docstring);
        a quote found by an earlier step is not given again. The caller stops when it has what it needs."""
        seen: set[int] = set()
        for query in search_steps(await self.rare_words(words)):
            rows = await self._all(
                f"SELECT {_COLUMNS}, {self.name_sql('q.speaker_entity_id')} AS entity_name FROM"
                " (SELECT f.rowid AS id FROM quotes_fts f JOIN quotes v ON v.id = f.rowid"
                "   JOIN documents d ON d.id = v.document_id"
                f"   WHERE quotes_fts MATCH ? AND {in_view('d.library', self.view)} LIMIT ?) f"
                " JOIN quotes q ON q.id = f.id",
                (query, limit),
            )
            fresh = [dict(r) for r in rows if r["id"] not in seen]
            seen.update(r["id"] for r in fresh)
            yield fresh
