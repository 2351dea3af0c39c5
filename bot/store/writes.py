"""Writing one document's facts, and linking its entities to the ones already known from other documents.

Synchronous on purpose: a document is ~130 statements, and running them in one worker-thread call on a
plain sqlite3 connection costs a third of sending each through aiosqlite's queue (measured in the benchmark).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from bot.extract.event_words import event_keys
from bot.extract.facts import Entity, Facts
from bot.store.scope import BASE, View, in_view
from bot.textnorm import name_tokens, normalize_name, normalize_quote

# The same few thousand names and event words come back in every document: normalise each once per process.
_norm = lru_cache(maxsize=1 << 16)(normalize_name)


@lru_cache(maxsize=1 << 16)
def _tokens(surface: str) -> tuple[str, ...]:
    return tuple(name_tokens(surface))


@lru_cache(maxsize=1 << 14)
def _event_keys(trigger: str) -> tuple[str, ...]:
    return tuple(event_keys(trigger))


# How full a name is: its words (a normalised name's spaces + 1). A library names a person by the fullest
# name its documents give; a view shows the fullest of its libraries' names, the base library's on a tie.
WORDS_SQL = "(length({0}) - length(replace({0}, ' ', '')))"


def write_facts(conn: sqlite3.Connection, doc_id: int, text: str, facts: Facts, view: View = (BASE,)) -> None:
    """Insert every fact of a document of library `view[-1]` and add its share to each entity's counts, overall
    and in that library (the caller holds the transaction). Names are linked only to people the view can see."""
    library = view[-1]
    conn.executemany(
        "INSERT INTO sentence_spans(document_id, start, end) VALUES (?, ?, ?)",  # the text is the document's
        [(doc_id, s, e) for s, e in facts.sentences],
    )
    by_name: dict[str, int] = {}
    by_alias: dict[str, int] = {}
    for entity in facts.entities:
        entity_id = _link_entity(conn, entity, view)
        by_name[entity.name] = entity_id
        surfaces = {entity.name, *entity.aliases}
        for s in surfaces:
            by_alias.setdefault(_norm(s), entity_id)
        conn.executemany(
            "INSERT OR IGNORE INTO aliases(entity_id, document_id, alias, norm) VALUES (?, ?, ?, ?)",
            [(entity_id, doc_id, s, _norm(s)) for s in surfaces if _norm(s)],
        )
        tokens = {t for s in surfaces for t in _tokens(s)}
        conn.executemany(
            "INSERT OR IGNORE INTO alias_tokens(library, token, entity_id) VALUES (?, ?, ?)",
            [(library, t, entity_id) for t in tokens],
        )
        conn.executemany(
            "INSERT INTO mentions(entity_id, document_id, start, end) VALUES (?, ?, ?, ?)",
            [(entity_id, doc_id, s, e) for s, e in entity.mentions],
        )
        conn.executemany(
            "INSERT INTO roles(entity_id, document_id, title, qualifier, start, end) VALUES (?, ?, ?, ?, ?, ?)",
            [(entity_id, doc_id, r.title, r.qualifier, r.start, r.end) for r in entity.roles],
        )
    conn.executemany(
        "INSERT INTO timexes(document_id, start, end, text, type, value, anchor) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, t.start, t.end, t.text, t.type, t.value, t.anchor) for t in facts.timexes],
    )
    for ev in facts.events:
        cur = conn.execute(
            "INSERT INTO events(document_id, trigger, trigger_start, trigger_end, value, timex_start, timex_end,"
            " start, end, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, ev.trigger, ev.trigger_start, ev.trigger_end, ev.value, ev.timex_start, ev.timex_end,
             ev.start, ev.end, ev.score),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO event_keys(key, event_id, score) VALUES (?, ?, ?)",
            [(k, cur.lastrowid, ev.score) for k in _event_keys(ev.trigger)],
        )
    published, own = conn.execute("SELECT published, library FROM documents WHERE id = ?", (doc_id,)).fetchone()
    conn.executemany(  # a quote carries its document's date and library: a speaker's quotes are indexed newest first
        "INSERT INTO quotes(document_id, start, end, text, norm, kind, speaker_entity_id, speaker_name,"
        " speaker_start, speaker_end, cue, published, library) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc_id, q.start, q.end, q.text, normalize_quote(q.text), q.kind,
             _speaker_id(conn, q.speaker, by_name, by_alias, view), q.speaker, q.speaker_start, q.speaker_end, q.cue,
             published, own)
            for q in facts.quotes
        ],
    )
    conn.executemany(
        "INSERT INTO amounts(document_id, start, end, text, value, number, unit, what)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, a.start, a.end, a.text, a.value, a.number, a.unit, a.what) for a in facts.amounts],
    )
    shares: dict[int, tuple[int, str]] = {}  # entity → (mentions here, the fullest name this document gives)
    for entity in facts.entities:
        entity_id = by_name[entity.name]
        n, name = shares.get(entity_id, (0, entity.name))
        if len(_norm(entity.name).split()) > len(_norm(name).split()):
            name = entity.name
        shares[entity_id] = (n + len(entity.mentions), name)
    conn.executemany(  # this document's share of each entity's counts, kept incrementally
        "UPDATE entities SET mention_count = mention_count + ?, document_count = document_count + 1 WHERE id = ?",
        [(n, entity_id) for entity_id, (n, _) in shares.items()],
    )
    fuller = WORDS_SQL.format("excluded.norm") + " > " + WORDS_SQL.format("norm")
    conn.executemany(  # and its share in its library, whose name for the person grows with a fuller one
        "INSERT INTO entity_libraries(library, entity_id, name, norm, mention_count, document_count)"
        " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(library, entity_id) DO UPDATE SET"
        " mention_count = mention_count + excluded.mention_count, document_count = document_count + 1,"
        f" name = CASE WHEN {fuller} THEN excluded.name ELSE name END,"
        f" norm = CASE WHEN {fuller} THEN excluded.norm ELSE norm END",
        [(library, entity_id, name, _norm(name), n) for entity_id, (n, name) in shares.items()],
    )


def _speaker_id(
    conn: sqlite3.Connection, speaker: str | None, by_name: dict[str, int], by_alias: dict[str, int],
    view: View = (BASE,),
) -> int | None:
    """The entity a quote's speaker names: this document's entity first, else an alias known in the view."""
    if not speaker:
        return None
    if speaker in by_name:
        return by_name[speaker]
    norm = _norm(speaker)
    if norm in by_alias:
        return by_alias[norm]
    rows = conn.execute(
        f"SELECT DISTINCT entity_id FROM entity_aliases WHERE norm = ? AND {in_view('library', view)} LIMIT 2",
        (norm,),
    ).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


def _visible(conn: sqlite3.Connection, entity_id: int, view: View) -> bool:
    return conn.execute(
        f"SELECT 1 FROM entity_libraries WHERE entity_id = ? AND {in_view('library', view)} LIMIT 1", (entity_id,)
    ).fetchone() is not None


def _link_entity(conn: sqlite3.Connection, entity: Entity, view: View = (BASE,)) -> int:
    """Find the entity this document's entity refers to across documents, or create it.

    Same normalised name → same entity. Otherwise a one-word name ("Jaishankar") links to the only
    known entity with that surname; a fuller name ("S. Jaishankar") links to a known entity whose name is
    compatible (same surname, no conflicting first name or initial) and upgrades its canonical name.

    Only people the document's view can see (the base library's, and its own library's) are candidates, so
    what one server adds never changes how the base library or another server links its names. A person
    with the very same name known only elsewhere is the same entity (what a view shows of it is counted per
    library, so sharing the id shows nothing from elsewhere), but a compatible person in view comes first.
    """
    norm = _norm(entity.name)
    row = conn.execute("SELECT id FROM entities WHERE kind = ? AND norm = ?", (entity.kind, norm)).fetchone()
    exact = int(row[0]) if row else None
    if exact is not None and _visible(conn, exact, view):
        return exact
    named = conn.execute(  # the same name as a library in view writes it
        "SELECT s.entity_id FROM entity_libraries s CROSS JOIN entities e ON e.id = s.entity_id"
        f" WHERE s.norm = ? AND e.kind = ? AND {in_view('s.library', view)} ORDER BY s.library, s.entity_id LIMIT 1",
        (norm, entity.kind),
    ).fetchone()
    if named:
        return int(named[0])
    if (match := _compatible_person(conn, entity, norm, view)) is not None:
        return match
    if exact is not None:
        return exact
    cur = conn.execute(
        "INSERT INTO entities(kind, name, norm) VALUES (?, ?, ?)", (entity.kind, entity.name, norm)
    )
    return int(cur.lastrowid or 0)


def _compatible_person(conn: sqlite3.Connection, entity: Entity, norm: str, view: View) -> int | None:
    """The one person in view whose name is compatible with this one (see _compatible), if exactly one is."""
    tokens = norm.split()
    if entity.kind != "person" or not tokens:
        return None
    surname = tokens[-1]
    rows = conn.execute(  # CROSS JOIN: from the word's few rows, never from every person (SQLite's planner may)
        "SELECT DISTINCT e.id, e.name, e.norm FROM alias_tokens t CROSS JOIN entities e ON e.id = t.entity_id"
        f" WHERE t.token = ? AND {in_view('t.library', view)} AND e.kind = 'person'",
        (surname,),
    ).fetchall()
    candidates = [r for r in rows if r["norm"].split()[-1] == surname]
    compatible = [r for r in candidates if _compatible(tokens, r["norm"].split())]
    if len(compatible) != 1:
        return None
    match = compatible[0]
    if len(tokens) > len(match["norm"].split()):
        conn.execute("UPDATE OR IGNORE entities SET name = ?, norm = ? WHERE id = ?", (entity.name, norm, match["id"]))
    return int(match["id"])


def _compatible(a: list[str], b: list[str]) -> bool:
    """'s jaishankar' ~ 'jaishankar' ~ 'subrahmanyam jaishankar'; 'donald trump' !~ 'melania trump'."""
    if a[-1] != b[-1]:
        return False
    first_a, first_b = a[:-1], b[:-1]
    if not first_a or not first_b:
        return True
    x, y = first_a[0], first_b[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
