"""Databases as an older Factdesk left them: the schema of MIGRATIONS[:version], filled with plain SQL in the
columns that version had — so migrations are tested from real older layouts, not from today's code writing
into an old schema (which it no longer can)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.extract.event_words import event_keys
from bot.extract.facts import Facts
from bot.store.migrations import MIGRATIONS
from bot.textnorm import name_tokens, normalize_name, normalize_quote
from tests.factories import ARTICLE, make_facts, make_source


def legacy_db(path: Path, version: int, names: tuple[str, ...] = ("a.txt", "b.txt")) -> None:
    """A database at schema `version` (≥ 2) holding `names`, each the factories' ARTICLE and facts."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version={version}")
        for name in names:
            _write(conn, version, name, ARTICLE, make_facts(name))
        if version >= 2:
            conn.execute("INSERT INTO settings(key, value, updated_at) VALUES ('extractor_version', '3', 'then')")
    finally:
        conn.close()


def _write(conn: sqlite3.Connection, version: int, name: str, text: str, facts: Facts) -> None:
    source = make_source(name, text)
    cur = conn.execute(
        "INSERT INTO documents(name, path, content_hash, title, url, outlet, published, ingested_at, text)"
        " VALUES (?, ?, ?, ?, NULL, NULL, ?, '2025-01-28T08:00:00+00:00', ?)",
        (name, str(source.path), source.content_hash, source.meta.title, source.meta.published, text))
    doc = cur.lastrowid
    conn.executemany("INSERT INTO sentences(document_id, start, end, text) VALUES (?, ?, ?, ?)",
                     [(doc, s, e, text[s:e]) for s, e in facts.sentences])
    ids: dict[str, int] = {}
    for entity in facts.entities:
        norm = normalize_name(entity.name)
        row = conn.execute("SELECT id FROM entities WHERE kind = ? AND norm = ?", (entity.kind, norm)).fetchone()
        entity_id = row[0] if row else conn.execute(
            "INSERT INTO entities(kind, name, norm) VALUES (?, ?, ?)", (entity.kind, entity.name, norm)).lastrowid
        ids[entity.name] = entity_id
        surfaces = {entity.name, *entity.aliases}
        conn.executemany("INSERT OR IGNORE INTO aliases(entity_id, document_id, alias, norm) VALUES (?, ?, ?, ?)",
                         [(entity_id, doc, s, normalize_name(s)) for s in surfaces])
        conn.executemany("INSERT OR IGNORE INTO alias_tokens(token, entity_id) VALUES (?, ?)",
                         [(t, entity_id) for s in surfaces for t in name_tokens(s)])
        conn.executemany("INSERT INTO mentions(entity_id, document_id, start, end) VALUES (?, ?, ?, ?)",
                         [(entity_id, doc, s, e) for s, e in entity.mentions])
        conn.executemany("INSERT INTO roles(entity_id, document_id, title, qualifier, start, end)"
                         " VALUES (?, ?, ?, ?, ?, ?)", [(entity_id, doc, r.title, r.qualifier, r.start, r.end)
                                                       for r in entity.roles])
        counts = "mention_count = mention_count + ?" + (", document_count = document_count + 1" if version >= 3 else "")
        conn.execute(f"UPDATE entities SET {counts} WHERE id = ?", (len(entity.mentions), entity_id))
    conn.executemany("INSERT INTO timexes(document_id, start, end, text, type, value, anchor)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(doc, t.start, t.end, t.text, t.type, t.value, t.anchor) for t in facts.timexes])
    for ev in facts.events:
        event = conn.execute(
            "INSERT INTO events(document_id, trigger, trigger_start, trigger_end, value, timex_start, timex_end,"
            " start, end, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc, ev.trigger, ev.trigger_start, ev.trigger_end, ev.value, ev.timex_start, ev.timex_end, ev.start,
             ev.end, ev.score)).lastrowid
        if version >= 3:
            conn.executemany("INSERT INTO event_keys(key, event_id, score) VALUES (?, ?, ?)",
                             [(k, event, ev.score) for k in event_keys(ev.trigger)])
        else:
            conn.executemany("INSERT INTO event_keys(key, event_id) VALUES (?, ?)",
                             [(k, event) for k in event_keys(ev.trigger)])
    conn.executemany(
        "INSERT INTO quotes(document_id, start, end, text, norm, kind, speaker_entity_id, speaker_name,"
        " speaker_start, speaker_end, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc, q.start, q.end, q.text, normalize_quote(q.text), q.kind, ids.get(q.speaker or ""), q.speaker,
          q.speaker_start, q.speaker_end, q.cue) for q in facts.quotes])


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()
