"""The naive baseline: the same questions answered by reading every row of a table and filtering in Python.

This is what the answers would cost without indexes, FTS or candidate lookups: a fuzzy scan of every
alias for a name, every event for an event word, every quote for a claim. It answers the same shape of
question (best entity, its roles and a cited mention; dates grouped by value; the closest quote) so the
ratio to the real answer path is meaningful. It never writes and uses plain sqlite3 (synchronous).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from bot.textnorm import normalize_name, normalize_quote


class NaiveDesk:
    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def close(self) -> None:
        self.conn.close()

    def _best_entity(self, query: str) -> int | None:
        norm = normalize_name(query)
        best, best_id = 0.0, None
        for entity_id, alias_norm in self.conn.execute("SELECT entity_id, norm FROM aliases"):
            score = fuzz.ratio(norm, alias_norm)
            if score > best:
                best, best_id = score, entity_id
        return best_id if best >= 85 else None

    def _cite(self, document_id: int, start: int, end: int) -> str:
        row = self.conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                (max(1, start - 80), end - start + 160, document_id)).fetchone()
        return row[0] if row else ""

    def who(self, query: str) -> dict[str, Any]:
        entity = self._best_entity(query)
        if entity is None:
            return {"status": "not_found"}
        roles = [r for r in self.conn.execute("SELECT entity_id, title, document_id, start, end FROM roles")
                 if r[0] == entity]
        mentions = [m for m in self.conn.execute("SELECT entity_id, document_id, start, end FROM mentions")
                    if m[0] == entity][:3]
        return {"status": "found", "roles": [r[1] for r in roles],
                "citations": [self._cite(m[1], m[2], m[3]) for m in mentions]}

    def when(self, query: str) -> dict[str, Any]:
        words = set(normalize_quote(query).split())
        values: Counter[str] = Counter()
        for trigger, value in self.conn.execute("SELECT trigger, value FROM events"):
            if words & set(trigger.lower().split()):
                values[value] += 1
        return {"dates": values.most_common(10)}

    def quote(self, query: str) -> dict[str, Any]:
        entity = self._best_entity(query)
        if entity is None:
            return {"status": "not_found"}
        rows = [r for r in self.conn.execute("SELECT speaker_entity_id, text, document_id, start, end FROM quotes")
                if r[0] == entity]
        return {"status": "found", "quotes": sorted({r[1] for r in rows})}

    def check(self, claim: str, speaker: str | None = None) -> dict[str, Any]:
        norm = normalize_quote(claim)
        best, best_row = 0.0, None
        for row in self.conn.execute("SELECT id, norm, speaker_entity_id FROM quotes"):
            score = fuzz.partial_ratio(norm, row[1])
            if score > best:
                best, best_row = score, row
        return {"score": best, "quote": best_row[0] if best_row else None}

    def complete_names(self, current: str, limit: int = 25) -> list[str]:
        prefix = normalize_name(current)
        found = [(count, name) for name, norm, count in
                 self.conn.execute("SELECT name, norm, mention_count FROM entities WHERE kind = 'person'")
                 if not prefix or any(t.startswith(prefix) for t in norm.split())]
        return [name for _, name in sorted(found, key=lambda x: (-x[0], x[1]))[:limit]]

    def complete_events(self, current: str, limit: int = 25) -> list[str]:
        prefix = current.strip().lower().split(" ")[-1] if current.strip() else ""
        counts: Counter[str] = Counter(
            t for (t,) in self.conn.execute("SELECT trigger FROM events") if t.lower().startswith(prefix)
        )
        return [t for t, _ in counts.most_common(limit)]
