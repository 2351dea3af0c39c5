"""Candidate quotes for /check, in bounded steps: the claim's rarest words together first, wider only when needed.

Ranking an OR of a claim's words scores every quote sharing any of them (at 100,000 articles, a fifth of all
quotes: hundreds of ms). Instead each step is an unranked AND query with a LIMIT: the quotes that contain
all of its words, found from the shortest posting list. Rare words come from the FTS vocabulary's document
frequencies. The steps, in order; the caller takes them until it has what it needs:

1. all its known words together (a verbatim claim: hardly any other quote has them all);
2. its KNOWN (6) rarest together (a close claim, or one changed word that is not among them);
3. the same less one, for each of them (the changed word is one of them: the step without it finds it);
4. wide: the 3 rarest together, then any of them (nearest quotes, when nothing narrower matched).

A word no quote contains (a typo, a made-up word) is left out: it could only make an AND empty.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import aiosqlite

from bot.store.scope import View, in_view
from bot.store.when_reads import WhenReads, placeholders

STOPWORDS = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the"
    " their them they this to was we were will with you your".split()
)
STEP_LIMIT = 50  # quotes per step: a claim repeated in hundreds of sources needs only a few of them
KNOWN = 6  # rarest known words used: all together, then each left out once
DF_CACHED = 50_000  # words whose quote counts are kept in memory
_COLUMNS = "q.id, q.document_id, q.start, q.end, q.text, q.norm, q.kind, q.speaker_name, q.speaker_entity_id"


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class Step:
    query: str  # FTS5 query syntax
    wide: bool  # finds quotes that share only some of the claim's rarest words


def search_steps(rare: Sequence[str]) -> list[Step]:
    """The steps for a claim's known words, sorted rarest first (each query once). (A phrase query for the
    claim itself reads the position lists of its common words: 3-4× an AND of its rare words, at 10,000
    articles, for the same quotes nearly always.)"""
    known = list(rare[:KNOWN])
    narrow = [" ".join(map(_term, rare)), " ".join(map(_term, known))]
    if len(known) >= 3:
        narrow += [" ".join(_term(w) for w in known if w != left_out) for left_out in known]
    wide = [" ".join(map(_term, rare[:3]))] + ([" OR ".join(map(_term, rare[:3]))] if len(rare) >= 2 else [])
    steps: dict[str, Step] = {}
    for step in [Step(q, False) for q in narrow] + [Step(q, True) for q in wide]:
        if step.query:
            steps.setdefault(step.query, step)  # asked once, where it comes first
    return list(steps.values())


class QuoteSearch:
    """/check's reads; only quotes of documents in the view are candidates. Counting the quotes that hold a
    word reads its whole posting list (4 ms for a common word at 100,000 articles): the counts (over every
    library: they only rank words) are kept in memory, shared by every view of one store, until the next
    document is written."""

    conn: aiosqlite.Connection
    view: View
    _all = WhenReads._all
    _quote_df: dict[str, int]

    def forget_quote_words(self) -> None:
        """The quotes changed: word counts read before may be wrong (called by every document write)."""
        self.__dict__.setdefault("_quote_df", {}).clear()

    if TYPE_CHECKING:
        def name_sql(self, entity: str) -> str: ...

    async def rare_words(self, words: Sequence[str]) -> list[str]:
        """The claim's content words that some quote contains, rarest first (fewest quotes; longer on ties)."""
        words = [w for w in words if w.isalnum()]
        content = {w for w in words if w not in STOPWORDS} or set(words)
        terms = sorted(content, key=lambda w: (-len(w), w))[:12]  # long words are rare: a cheap, selective lookup
        if not terms:
            return []
        df = self.__dict__.setdefault("_quote_df", {})
        if len(df) > DF_CACHED:
            df.clear()
        missing = [t for t in terms if t not in df]
        if missing:
            found = {r[0]: r[1] for r in await self._all(
                f"SELECT term, doc FROM quotes_vocab WHERE term IN ({placeholders(missing)})", missing)}
            df.update((t, found.get(t, 0)) for t in missing)
        return sorted((t for t in terms if df[t]), key=lambda w: (df[w], -len(w), w))

    async def quote_candidates(
        self, words: Sequence[str], limit: int = STEP_LIMIT
    ) -> AsyncIterator[tuple[Step, Callable[[], Awaitable[list[dict]]]]]:
        """The search steps for a claim's words (see the module's docstring), each with the call that runs it:
        the caller looks at a step before paying for it. A quote found by an earlier step is not given again."""
        seen: set[int] = set()

        async def fetch(query: str) -> list[dict]:
            rows = await self._all(
                f"SELECT {_COLUMNS}, {self.name_sql('q.speaker_entity_id')} AS entity_name FROM"
                " (SELECT f.rowid AS id FROM quotes_fts f JOIN quotes v ON v.id = f.rowid"
                "   JOIN documents d ON d.id = v.document_id"
                f"   WHERE quotes_fts MATCH ? AND {in_view('+d.library', self.view)} LIMIT ?) f"
                " JOIN quotes q ON q.id = f.id",
                (query, limit),
            )
            fresh = [dict(r) for r in rows if r["id"] not in seen]
            seen.update(r["id"] for r in fresh)
            return fresh

        for step in search_steps(await self.rare_words(words)):
            yield step, partial(fetch, step.query)

    async def speaker_quotes_with(self, words: Sequence[str], speakers: Collection[int], limit: int = 20) -> list[dict]:
        """Quotes by these speakers that contain every known word of the claim: whether a named speaker said it
        too, when the unranked steps gave other people's copies of the same words. From the speaker index and
        the claim's full-text matches, whichever is smaller."""
        rare = await self.rare_words(words)
        if not rare or not speakers:
            return []
        ids = list(speakers)
        rows = await self._all(
            f"SELECT {_COLUMNS}, {self.name_sql('q.speaker_entity_id')} AS entity_name"
            " FROM quotes q JOIN documents d ON d.id = q.document_id"
            f" WHERE q.speaker_entity_id IN ({placeholders(ids)}) AND {in_view('+d.library', self.view)}"
            " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) LIMIT ?",
            (*ids, " ".join(map(_term, rare)), limit),
        )
        return [dict(r) for r in rows]
