"""/sources and /source over hand-built documents; uploads through the desk."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.desk import Desk
from bot.settings import Settings
from tests.factories import ARTICLE, make_facts, make_source


@pytest.fixture
async def desk(tmp_path: Path):
    settings = Settings.load(db=tmp_path / "t.db", corpus=tmp_path / "corpus", env={})
    d = await Desk.open(settings.db_path, settings)
    await d.store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    yield d
    await d.close()


async def test_sources_lists_documents_with_counts(desk: Desk) -> None:
    answer = await desk.sources()
    assert answer.total == 1
    doc = answer.documents[0]
    assert (doc.name, doc.title, doc.people, doc.quotes, doc.dates) == ("a.txt", "Title of a.txt", 2, 1, 2)


async def test_source_shows_people_quotes_and_dates_cited(desk: Desk) -> None:
    answer = await desk.source("a.txt")
    assert answer.status == "found"
    kinds = {f.kind for f in answer.facts}
    assert kinds == {"person", "quote", "date"}
    person = next(f for f in answer.facts if f.kind == "person")
    assert "S. Jaishankar — Foreign Minister" in person.text and person.citation is not None
    assert (await desk.source("Title of")).status == "found"
    assert (await desk.source("nothing-like-this")).status == "not_found"
    assert await desk.complete_documents("a.t") == ["a.txt"]


async def test_upload_is_saved_and_answerable(desk: Desk) -> None:
    name, report = await desk.add_upload("../new piece.txt",
                                         b"date 2025-02-03 Prime Minister Narendra Modi spoke on Monday.")
    assert name == "new_piece.txt" and report.added == ["new_piece.txt"]
    assert (desk.settings.corpus_dir / "new_piece.txt").exists()
    assert (await desk.sources()).total == 2
    again = await desk.reload()
    assert again.unchanged == ["new_piece.txt"]
