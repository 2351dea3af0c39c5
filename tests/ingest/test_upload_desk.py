"""/ingest end to end without Discord: the Desk saves, never in place of another file unless asked, and the
admin cog's reply says which, with names shown as typed (code spans, no markdown escapes)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.desk import Desk
from bot.settings import Settings
from tests.factories import ARTICLE, make_facts, make_source

FIRST = b"date 2025-02-03 Commerce Minister Piyush Goyal met trade officials on Monday."
SECOND = b"date 2025-02-04 Foreign Minister S. Jaishankar met Marco Rubio on Tuesday."


@pytest.fixture
async def desk(tmp_path: Path):
    settings = Settings.load(db=tmp_path / "u.db", corpus=tmp_path / "corpus", env={})
    d = await Desk.open(settings.db_path, settings)
    yield d
    await d.close()


async def test_two_different_uploads_with_one_name_are_both_kept(desk: Desk) -> None:
    one, first = await desk.upload("article.txt", FIRST)
    two, second = await desk.upload("article.txt", SECOND)
    assert (one.outcome, first.added) == ("added", ["article.txt"])
    assert (two.outcome, two.name, second.added, second.updated) == ("renamed", "article-2.txt", ["article-2.txt"], [])
    assert await desk.store.document_count() == 2
    assert (await desk.who("Piyush Goyal")).status == "found" and (await desk.who("Marco Rubio")).status == "found"


async def test_replace_is_explicit_and_replaces_the_facts(desk: Desk) -> None:
    await desk.upload("article.txt", FIRST)
    saved, report = await desk.upload("article.txt", SECOND, replace=True)
    assert saved.outcome == "replaced" and report.updated == ["article.txt"]
    assert await desk.store.document_count() == 1 and (await desk.who("Piyush Goyal")).status == "not_found"


async def test_a_stored_document_of_that_name_is_not_taken_over(desk: Desk) -> None:
    await desk.store.replace_document(make_source("article.txt", ARTICLE), make_facts("article.txt"))
    saved, report = await desk.upload("article.txt", FIRST)
    assert saved.name == "article-2.txt" and report.added == ["article-2.txt"]
    assert await desk.store.document_count() == 2


async def test_non_latin_names_are_accepted_as_typed(desk: Desk) -> None:
    saved, report = await desk.upload("Отчёт\u202e.txt", FIRST)
    assert saved.name == "Отчёт.txt" and report.added == ["Отчёт.txt"]


class _Followup:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, content: str, **_: Any) -> None:
        self.sent.append(content)


class _Response:
    async def defer(self, **_: Any) -> None:
        return None

    async def send_message(self, content: str, **_: Any) -> None:
        raise AssertionError(content)


class _Bot:
    def __init__(self, desk: Desk) -> None:
        self.desk, self.settings = desk, desk.settings


async def _slash_ingest(desk: Desk, filename: str, data: bytes, replace: bool = False) -> str:
    from commands.admin import AdminCog

    async def read() -> bytes:
        return data

    cog = AdminCog(_Bot(desk))  # type: ignore[arg-type]
    interaction = SimpleNamespace(response=_Response(), followup=_Followup(), user="admin", guild_id=None)
    attachment = SimpleNamespace(filename=filename, size=len(data), read=read)
    await AdminCog.ingest.callback(cog, interaction, attachment, replace=replace)  # type: ignore[arg-type]
    [reply] = interaction.followup.sent
    return reply


async def test_the_ingest_command_says_what_happened(desk: Desk) -> None:
    first = await _slash_ingest(desk, "000_49 story.txt", FIRST)
    assert first.startswith("Saved as `000_49_story.txt`.")  # a code span, no markdown escape inside it
    second = await _slash_ingest(desk, "000_49 story.txt", SECOND)
    assert "`000_49_story.txt`" in second and "`000_49_story-2.txt`" in second and "replace" in second
    third = await _slash_ingest(desk, "000_49 story.txt", FIRST, replace=True)
    assert third.startswith("Replaced `000_49_story.txt`")
