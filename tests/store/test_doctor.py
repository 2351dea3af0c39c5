"""`factdesk doctor`: exit 0 on a healthy database, each kind of damage named, nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.store import Store
from bot.store.doctor import check_fts, check_integrity, diagnose
from bot.store.migrations import MIGRATIONS
from tests.factories import ARTICLE, make_facts, make_source


@pytest.fixture
async def db(tmp_path: Path) -> Path:
    path = tmp_path / "doc.db"
    store = await Store.open(path)
    try:
        for name in ("a.txt", "b.txt"):
            await store.replace_document(make_source(name, ARTICLE), make_facts(name))
    finally:
        await store.close()
    return path


def test_a_healthy_database_passes_every_check_and_says_what_was_checked(db: Path, capsys) -> None:
    assert main(["doctor", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for said in ("integrity_check", "FTS5 integrity-check", "foreign_key_check", "counts", "Healthy"):
        assert said in out
    assert "PROBLEM" not in out


def _damage(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


@pytest.mark.parametrize(("statements", "check", "said"), [
    (["UPDATE entities SET mention_count = 99 WHERE id = 1"], "counters", "says 99, the facts say 4"),
    (["UPDATE entities SET document_count = 5 WHERE id = 1"], "counters", "says 5, the facts say 2"),
    (["UPDATE entity_aliases SET documents = 7"], "counters", "alias summaries"),
    (["UPDATE speaker_quotes SET n = 9"], "counters", "speaker quotes"),
    (["UPDATE speaker_quote_counts SET quotes = 42"], "counters", "says 42"),
    (["INSERT INTO mentions(entity_id, document_id, start, end) VALUES (1, 999, 0, 1)"],
     "foreign keys", "missing documents row"),
    (["DROP TRIGGER sentences_ad", "DELETE FROM sentence_spans WHERE id = 1"], "full-text search", "does not match"),
    (["DELETE FROM sentence_spans WHERE document_id = 2"], "whole documents", "b.txt has no sentences"),
])
def test_each_kind_of_damage_is_named(db: Path, capsys, statements: list[str], check: str, said: str) -> None:
    _damage(db, *statements)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["doctor", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert f"PROBLEM  {check}" in out and said in out and "what to do" in out
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # the doctor changes nothing


def test_missing_or_foreign_files_are_clear_errors(tmp_path: Path, capsys) -> None:
    assert main(["doctor", "--db", str(tmp_path / "none.db")]) == 2
    assert "no database at" in capsys.readouterr().err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["doctor", "--db", str(junk)]) == 1
    assert "cannot open" in capsys.readouterr().err and not junk.with_suffix(".db-wal").exists()


def test_a_read_only_connection_is_checked_as_far_as_possible(db: Path) -> None:
    assert diagnose(db).healthy
    ro = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        finding = check_fts(ro)
    finally:
        ro.close()
    assert finding.ok and "read-only" in finding.note


class _Rows:
    def __init__(self, answers: dict[str, list[tuple]]) -> None:
        self.answers = answers

    def execute(self, sql: str) -> _Rows:
        self.rows = next(rows for prefix, rows in self.answers.items() if sql.startswith(prefix))
        return self

    def fetchall(self) -> list[tuple]:
        return self.rows

    def fetchone(self) -> tuple:
        return self.rows[0]


@pytest.mark.parametrize(("version", "ok"), [(3, True), (4, False)])
def test_sqlite_3_40_false_alarm_is_explained_for_schema_3_only(version: int, ok: bool) -> None:
    conn: Callable = _Rows({"PRAGMA integrity_check": [("NULL value in aliases.alias",)] * 40,
                            "PRAGMA user_version": [(version,)]})
    finding = check_integrity(conn)  # type: ignore[arg-type]
    assert finding.ok is ok
    assert ("false alarm of SQLite 3.40" in finding.note) is ok


@pytest.mark.parametrize("version", [2, 6])
def test_a_database_stopped_between_two_migrations_is_healthy_and_says_what_waits(tmp_path: Path, version: int) -> None:
    """A crash between migrations leaves an older schema (each migration is one transaction): the checks of
    tables it does not have yet wait for the next start, which migrates it."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version={version}")
    conn.close()
    report = diagnose(path)
    assert report.healthy, report.render()
    waiting = {f.name for f in report.findings if f.checked == "not checked"}
    assert waiting == {"full-text search", "counters"}
    assert all("next start migrates it" in f.note for f in report.findings if f.checked == "not checked")
