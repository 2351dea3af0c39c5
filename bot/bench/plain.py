"""The plain-SQLite limit: each command's rows fetched by the plainest indexed query, for the benchmark's ratio.

The answer path (bot/desk.py) is measured beside what the same rows cost without any of its machinery: one
synchronous sqlite3 connection (no aiosqlite thread hop), a few indexed statements, each bounded by a LIMIT,
no ranking and no Python scoring. That is the floor a command cannot go below on this schema; issue 14's
target is to stay within 10× of it. Every statement reads through an index (tests/bench/test_plain.py checks
the plans) and only documents of the asker's view (base library, and the server's own).

What each command fetches (ROWS = 25: one Discord page of fields):

- /who: the entity from its alias words (exact words, else a three-letter prefix range for a typo), its
  aliases, and ROWS roles and ROWS mentions, each with its cited sentence and document.
- /when: for every event key of the query's words, the ROWS best events (clause text, document); and ROWS
  sentences holding all the query's words (full text, unranked).
- /quote: the speaker as in /who, then ROWS of their quotes with the cited sentence and document.
- /check: the claim's three rarest words (quote counts from the FTS vocabulary, kept in memory as the answer
  path keeps them), ROWS quotes holding all three (full text, unranked), each quote read with its document.
- autocomplete names: ROWS entities from the alias-word prefix range, named; nothing typed: the most mentioned.
- autocomplete events: ROWS event words from the per-library event-key summary's prefix range; nothing typed:
  the most used.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.extract.event_words import event_keys
from bot.store.scope import BASE, View, in_view, view_of
from bot.textnorm import fold, name_tokens, normalize_quote

ROWS = 25
RARE = 3  # /check: the rarest words searched together
TYPO_PREFIX = 3  # /who, /quote: a word no alias has is looked up by its first letters
_HI = "\U0010ffff"  # the end of a prefix range: token >= p AND token < p + _HI

# The sentence holding document offset `at` of document `doc` (sentences_document: (document_id, start)).
_SENTENCE = ("(SELECT s.text FROM sentences s WHERE s.document_id = {doc} AND s.start <= {at}"
             " ORDER BY s.start DESC LIMIT 1)")


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class PlainDesk:
    """The six commands as plain indexed reads; each method returns the rows it fetched."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self._df: dict[str, int] = {}  # word → quotes holding it (the answer path keeps these in memory too)

    def close(self) -> None:
        self.conn.close()

    def trace(self, callback: Callable[[str], None] | None) -> None:
        """Every statement sent, parameters filled in (the plan tests read them)."""
        self.conn.set_trace_callback(callback)

    def _all(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    # people ---------------------------------------------------------------------------------------------

    def entity(self, query: str, view: View) -> int | None:
        """The entity with the most of the query's alias words (exact); for a typo, the first alias word that
        starts with the query's longest word's first letters."""
        tokens = sorted(set(name_tokens(query)))
        if not tokens:
            return None
        lib = in_view("library", view)
        marks = ",".join("?" * len(tokens))
        rows = self._all(f"SELECT entity_id, count(*) AS n FROM alias_tokens WHERE {lib} AND token IN ({marks})"
                         " GROUP BY entity_id ORDER BY n DESC LIMIT 1", tokens)
        if rows:
            return int(rows[0][0])
        prefix = max(tokens, key=len)[:TYPO_PREFIX]
        rows = self._all(f"SELECT entity_id FROM alias_tokens WHERE {lib} AND token >= ? AND token < ? LIMIT 1",
                         (prefix, prefix + _HI))
        return int(rows[0][0]) if rows else None

    def who(self, query: str, library: int = BASE) -> list[tuple]:
        view = view_of(library)
        entity = self.entity(query, view)
        if entity is None:
            return []
        lib = in_view("d.library", view)
        rows = self._all("SELECT alias, documents FROM entity_aliases"
                         f" WHERE entity_id = ? AND {in_view('library', view)} LIMIT ?", (entity, ROWS))
        rows += self._all(
            f"SELECT r.title, r.qualifier, d.name, d.published, {_SENTENCE.format(doc='r.document_id', at='r.start')}"
            f" FROM roles r JOIN documents d ON d.id = r.document_id WHERE r.entity_id = ? AND {lib} LIMIT ?",
            (entity, ROWS))
        rows += self._all(
            f"SELECT d.name, d.published, {_SENTENCE.format(doc='m.document_id', at='m.start')}"
            f" FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? AND {lib} LIMIT ?",
            (entity, ROWS))
        return rows

    def quote(self, query: str, library: int = BASE) -> list[tuple]:
        view = view_of(library)
        entity = self.entity(query, view)
        if entity is None:
            return []
        return self._all(
            f"SELECT q.text, q.kind, d.name, d.published, {_SENTENCE.format(doc='q.document_id', at='q.start')}"
            " FROM quotes q JOIN documents d ON d.id = q.document_id"
            f" WHERE q.speaker_entity_id = ? AND {in_view('d.library', view)} LIMIT ?", (entity, ROWS))

    # events ---------------------------------------------------------------------------------------------

    def when(self, query: str, library: int = BASE) -> list[tuple]:
        view = view_of(library)
        lib = in_view("d.library", view)
        rows: list[tuple] = []
        for key in sorted(event_keys(query)):
            rows += self._all(
                "SELECT e.value, e.trigger, d.name, substr(d.text, e.start + 1, e.end - e.start)"
                " FROM event_keys k JOIN events e ON e.id = k.event_id JOIN documents d ON d.id = e.document_id"
                f" WHERE k.key = ? AND {lib} ORDER BY k.score DESC LIMIT ?", (key, ROWS))
        words = sorted(set(normalize_quote(query).split()))
        if words:
            rows += self._all(
                "SELECT s.document_id, s.start, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
                f" JOIN documents d ON d.id = s.document_id WHERE sentences_fts MATCH ? AND {lib} LIMIT ?",
                (" ".join(map(_term, words)), ROWS))
        return rows

    def complete_events(self, current: str, library: int = BASE) -> list[tuple]:
        view = view_of(library)
        prefix = fold(current).strip().split(" ")[-1][:4] if current.strip() else ""  # as Desk.complete_events
        if not prefix:
            rows: list[tuple] = []
            for lib in view:
                rows += self._all("SELECT trigger FROM event_words WHERE library = ? ORDER BY n DESC LIMIT ?",
                                  (lib, ROWS))
            return rows
        return self._all(f"SELECT trigger FROM event_words WHERE {in_view('library', view)} AND key >= ? AND key < ?"
                         " LIMIT ?", (prefix, prefix + _HI, ROWS))

    # names ----------------------------------------------------------------------------------------------

    def complete_names(self, current: str, library: int = BASE) -> list[tuple]:
        view = view_of(library)
        tokens = name_tokens(current)
        if not tokens:
            rows: list[tuple] = []
            for lib in view:
                rows += self._all("SELECT name FROM entity_libraries WHERE library = ? ORDER BY mention_count DESC"
                                  " LIMIT ?", (lib, ROWS))
            return rows
        return self._all(
            "SELECT s.name FROM (SELECT DISTINCT entity_id FROM alias_tokens"
            f"   WHERE {in_view('library', view)} AND token >= ? AND token < ? LIMIT ?) t"
            f" JOIN entity_libraries s ON s.entity_id = t.entity_id AND {in_view('s.library', view)}",
            (tokens[-1], tokens[-1] + _HI, ROWS))

    # quotes ---------------------------------------------------------------------------------------------

    def rarest(self, words: list[str], n: int = RARE) -> list[str]:
        """The n words held by the fewest quotes (words no quote holds are left out)."""
        missing = sorted({w for w in words if w not in self._df})
        if missing:
            found = dict(self._all(
                f"SELECT term, doc FROM quotes_vocab WHERE term IN ({','.join('?' * len(missing))})", missing))
            self._df.update((w, int(found.get(w, 0))) for w in missing)
        known = sorted({w for w in words if self._df[w]}, key=lambda w: (self._df[w], w))
        return known[:n]

    def check(self, claim: str, speaker: str | None = None, library: int = BASE) -> list[tuple]:
        """(The speaker is not looked up: the answer path's candidate search does not need it either.)"""
        view = view_of(library)
        rare = self.rarest(normalize_quote(claim).split())
        if not rare:
            return []
        return self._all(
            "SELECT q.id, q.text, q.speaker_name, q.speaker_entity_id, d.name FROM"
            " (SELECT f.rowid AS id FROM quotes_fts f JOIN quotes v ON v.id = f.rowid"
            f"   JOIN documents d ON d.id = v.document_id WHERE quotes_fts MATCH ? AND {in_view('d.library', view)}"
            "   LIMIT ?) f JOIN quotes q ON q.id = f.id JOIN documents d ON d.id = q.document_id",
            (" ".join(map(_term, rare)), ROWS))

    def ask(self, command: str, query: dict[str, Any]) -> list[tuple]:
        """One benchmark query (a dict of bot/bench/queries.py) in its library's view."""
        library = query.get("library", BASE)
        if command == "check":
            return self.check(query["q"], query.get("speaker"), library=library)
        method: Callable[..., list[tuple]] = getattr(self, command)
        return method(query["q"], library=library)
