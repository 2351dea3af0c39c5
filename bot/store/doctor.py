"""`factdesk doctor`: check a database and say, in words, what was checked and what (if anything) is wrong.

Nothing is changed: the checks only read (the FTS5 check is an INSERT that writes nothing, rolled back all
the same). Each check is a named function `(conn) -> Finding`, run in the order of CHECKS.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.store.db import SCHEMA_VERSION

FTS_TABLES = ("sentences_fts", "quotes_fts", "quote_speakers_fts")
SHOWN = 5  # problem lines shown per check; the rest are counted


@dataclass(slots=True)
class Finding:
    name: str
    ok: bool
    checked: str  # what was looked at, in words
    problems: list[str] = field(default_factory=list)
    advice: str = ""
    note: str = ""  # worth knowing even when all is well

    def render(self) -> list[str]:
        lines = [f"  {'ok' if self.ok else 'PROBLEM':8} {self.name}: {self.checked}"]
        if self.note:
            lines.append(f"           note: {self.note}")
        lines += [f"           - {p}" for p in self.problems[:SHOWN]]
        if len(self.problems) > SHOWN:
            lines.append(f"           … and {len(self.problems) - SHOWN} more")
        if not self.ok and self.advice:
            lines.append(f"           what to do: {self.advice}")
        return lines


@dataclass(slots=True)
class Report:
    path: Path
    findings: list[Finding]

    @property
    def healthy(self) -> bool:
        return all(f.ok for f in self.findings)

    def render(self) -> str:
        lines = [f"Factdesk doctor: {self.path}"]
        for finding in self.findings:
            lines += finding.render()
        bad = sum(not f.ok for f in self.findings)
        lines.append("Healthy: every check passed." if self.healthy else f"{bad} check(s) found problems (above).")
        return "\n".join(lines)


REBUILD = "remove the database file and run `factdesk ingest` (the corpus folder is the source of truth)"


def check_schema(conn: sqlite3.Connection) -> Finding:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0] if version else 0
    checked = f"schema version {version} (this Factdesk: {SCHEMA_VERSION}), {documents:,} documents"
    if version > SCHEMA_VERSION:
        return Finding("schema", False, checked, ["written by a newer Factdesk"], "update Factdesk")
    if version == 0:
        return Finding("schema", False, checked, ["not a Factdesk database (no schema)"], "check --db")
    note = "older: Factdesk migrates it on its next start" if version < SCHEMA_VERSION else ""
    return Finding("schema", True, checked, note=note)


def check_integrity(conn: sqlite3.Connection) -> Finding:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    checked = "every page, index and NOT NULL/UNIQUE constraint (PRAGMA integrity_check)"
    if rows == ["ok"]:
        return Finding("SQLite integrity", True, checked)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < 4 and set(rows) == {"NULL value in aliases.alias"}:
        return Finding("SQLite integrity", True, checked,
                       note=f"its {len(rows):,} lines \"NULL value in aliases.alias\" are a known false alarm of"
                       " SQLite 3.40 with schema 3; the next start migrates the aliases table to a layout that does"
                       " not trigger it")
    return Finding("SQLite integrity", False, checked, rows, REBUILD)


def check_fts(conn: sqlite3.Connection) -> Finding:
    checked = f"full-text indexes {' and '.join(FTS_TABLES)} against their tables (FTS5 integrity-check)"
    problems: list[str] = []
    for table in FTS_TABLES:
        try:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc):
                return Finding("full-text search", True, checked, note="not checked: the database is read-only here")
            problems.append(f"{table}: {exc}")
        except sqlite3.DatabaseError as exc:
            problems.append(f"{table}: the index does not match its table ({exc})")
    advice = "rebuild the index: sqlite3 DB \"INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild')\" " \
             "(and the same for quotes_fts), or " + REBUILD
    return Finding("full-text search", not problems, checked, problems, advice)


def check_foreign_keys(conn: sqlite3.Connection) -> Finding:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    problems = [f"{table} row {rowid} points at a missing {parent} row" for table, rowid, parent, _ in rows]
    return Finding("foreign keys", not problems, "every fact points at an existing document and entity "
                   "(PRAGMA foreign_key_check)", problems, REBUILD)


_COUNTERS = {
    "mention counts": (
        "SELECT e.id, e.name, e.mention_count, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS real"
        " FROM entities e WHERE e.mention_count != real"),
    "document counts": (
        "SELECT e.id, e.name, e.document_count,"
        " (SELECT count(DISTINCT document_id) FROM aliases a WHERE a.entity_id = e.id) AS real"
        " FROM entities e WHERE e.document_count != real"),
    "alias summaries": (
        "SELECT s.entity_id, s.alias || ' (library ' || s.library || ')', s.documents, (SELECT count(*) FROM aliases a"
        " JOIN documents d ON d.id = a.document_id WHERE a.entity_id = s.entity_id AND a.alias = s.alias"
        " AND d.library = s.library) AS real FROM entity_aliases s WHERE s.documents != real"
        " UNION ALL SELECT a.entity_id, a.alias, 0, count(*) FROM aliases a JOIN documents d ON d.id = a.document_id"
        " WHERE NOT EXISTS (SELECT 1 FROM entity_aliases s WHERE s.entity_id = a.entity_id AND s.alias = a.alias"
        " AND s.library = d.library) GROUP BY a.entity_id, a.alias, d.library"),
    "library mention counts": (
        "SELECT s.entity_id, s.name || ' (library ' || s.library || ')', s.mention_count, (SELECT count(*)"
        " FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = s.entity_id"
        " AND d.library = s.library) AS real FROM entity_libraries s WHERE s.mention_count != real"),
    "library document counts": (
        "SELECT s.entity_id, s.name || ' (library ' || s.library || ')', s.document_count, (SELECT"
        " count(DISTINCT a.document_id) FROM aliases a JOIN documents d ON d.id = a.document_id"
        " WHERE a.entity_id = s.entity_id AND d.library = s.library) AS real FROM entity_libraries s"
        " WHERE s.document_count != real"
        " UNION ALL SELECT a.entity_id, e.name || ' (library ' || d.library || ')', 0, count(DISTINCT a.document_id)"
        " FROM aliases a JOIN documents d ON d.id = a.document_id JOIN entities e ON e.id = a.entity_id"
        " WHERE NOT EXISTS (SELECT 1 FROM entity_libraries s WHERE s.entity_id = a.entity_id"
        " AND s.library = d.library) GROUP BY a.entity_id, d.library"),
    "speaker quotes": (  # each speaker's distinct quotes per library, and how many sources each has
        "WITH real(library, entity_id, words, n) AS (SELECT d.library, q.speaker_entity_id,"
        " coalesce(nullif(q.norm, ''), q.text), count(*) FROM quotes q JOIN documents d ON d.id = q.document_id"
        " WHERE q.speaker_entity_id IS NOT NULL GROUP BY 1, 2, 3)"
        " SELECT s.entity_id, '“' || substr(s.words, 1, 40) || '” (library ' || s.library || ')', s.n,"
        " coalesce((SELECT r.n FROM real r WHERE r.library = s.library AND r.entity_id = s.entity_id"
        " AND r.words = s.words), 0) FROM speaker_quotes s WHERE NOT EXISTS (SELECT 1 FROM real r"
        " WHERE r.library = s.library AND r.entity_id = s.entity_id AND r.words = s.words AND r.n = s.n)"
        " UNION ALL SELECT r.entity_id, '“' || substr(r.words, 1, 40) || '” (library ' || r.library || ')', 0, r.n"
        " FROM real r WHERE NOT EXISTS (SELECT 1 FROM speaker_quotes s WHERE s.library = r.library"
        " AND s.entity_id = r.entity_id AND s.words = r.words)"),
    "speaker quote counts": (
        "WITH real(library, entity_id, quotes) AS (SELECT library, entity_id, count(*) FROM speaker_quotes"
        " GROUP BY library, entity_id)"
        " SELECT c.entity_id, 'library ' || c.library, c.quotes, coalesce((SELECT r.quotes FROM real r"
        " WHERE r.library = c.library AND r.entity_id = c.entity_id), 0) AS n FROM speaker_quote_counts c"
        " WHERE c.quotes != n"
        " UNION ALL SELECT r.entity_id, 'library ' || r.library, 0, r.quotes FROM real r WHERE NOT EXISTS"
        " (SELECT 1 FROM speaker_quote_counts c WHERE c.library = r.library AND c.entity_id = r.entity_id)"),
}


def check_counters(conn: sqlite3.Connection) -> Finding:
    problems: list[str] = []
    for what, sql in _COUNTERS.items():
        for entity_id, label, stored, real in conn.execute(sql).fetchall():
            problems.append(f"{what}: entity {entity_id} ({label}) says {stored}, the facts say {real}")
    orphans = conn.execute("SELECT count(*) FROM entities WHERE document_count <= 0").fetchone()[0]
    if orphans:
        problems.append(f"{orphans} entities belong to no document")
    return Finding("counters", not problems, "each person's mention, document and alias counts, overall and per "
                   "library, equal the facts they summarise (what /who and /quote report)", problems, REBUILD)


def check_documents(conn: sqlite3.Connection) -> Finding:
    rows = conn.execute(
        "SELECT name FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)"
    ).fetchall()
    problems = [f"{name} has no sentences (half written?)" for (name,) in rows]
    return Finding("whole documents", not problems, "every document has its sentences (each is written in one "
                   "transaction)", problems, "re-ingest those files: `factdesk ingest PATH`")


CHECKS: tuple[Callable[[sqlite3.Connection], Finding], ...] = (
    check_schema, check_integrity, check_fts, check_foreign_keys, check_counters, check_documents,
)


# Checks of tables and counters that only the current schema has: an older database (one a crash stopped
# between two migrations, or one not opened since an upgrade) is migrated whole on its next start.
CURRENT_SCHEMA_ONLY = {check_fts: "full-text search", check_counters: "counters"}


def _not_yet(check: Callable[[sqlite3.Connection], Finding], version: int) -> Finding:
    note = f"schema {version} is older than this Factdesk's {SCHEMA_VERSION}: checked after its next start migrates it"
    return Finding(CURRENT_SCHEMA_ONLY[check], True, "not checked", note=note)


def diagnose(path: Path) -> Report:
    """Run every check on the database at `path` (which must exist). Raises sqlite3.Error if it cannot be opened."""
    conn = _open(path)
    try:
        findings = [check_schema(conn)]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if findings[0].ok:
            for check in CHECKS[1:]:
                if version < SCHEMA_VERSION and check in CURRENT_SCHEMA_ONLY:
                    findings.append(_not_yet(check, version))
                    continue
                conn.execute("BEGIN")
                try:
                    findings.append(_run(check, conn))
                finally:
                    conn.execute("ROLLBACK")
        return Report(path, findings)
    finally:
        conn.close()


def _run(check: Callable[[sqlite3.Connection], Finding], conn: sqlite3.Connection) -> Finding:
    try:
        return check(conn)
    except sqlite3.DatabaseError as exc:  # a damaged file fails the check instead of stopping the others
        return Finding(check.__name__.removeprefix("check_").replace("_", " "), False, "could not be checked",
                       [f"{type(exc).__name__}: {exc}"], REBUILD)


def _open(path: Path) -> sqlite3.Connection:
    """Read-write when allowed (the FTS5 check needs it), read-only otherwise; never creates the file."""
    uri = path.resolve().as_uri()
    for mode in ("rw", "ro"):
        conn = sqlite3.connect(f"{uri}?mode={mode}", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            if mode == "ro":
                raise
            continue
        return conn
    raise AssertionError("unreachable")
