"""The admin commands in the console: /ingest PATH, /reload and /digest preview work; the /digest settings say
where they are set."""

from __future__ import annotations

import asyncio
import io
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.console import Console
from bot.desk import Desk
from bot.settings import Settings

ARTICLE = b"date 2025-02-03 Commerce Minister Piyush Goyal met trade officials in New Delhi on Monday."


@pytest.fixture
async def console(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[Console]:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    settings = Settings.load(db=tmp_path / "c.db", corpus=corpus, env={})
    desk = await Desk.open(settings.db_path, settings)
    await desk.ingest_paths([corpus])
    try:
        yield Console(desk, settings, asyncio.Lock(), out=io.StringIO())
    finally:
        await desk.close()


async def test_ingest_a_file_from_anywhere_into_the_corpus(console: Console, tmp_path: Path) -> None:
    article = tmp_path / "goyal note.txt"
    article.write_bytes(ARTICLE)
    answer = await console.answer(f'/ingest "{article}"')
    assert answer.startswith("Saved as “goyal_note.txt”.") and "1 added" in answer
    assert (console.settings.corpus_dir / "goyal_note.txt").read_bytes() == ARTICLE
    assert "Piyush Goyal" in await console.answer("/who Piyush Goyal")
    article.write_bytes(ARTICLE.replace(b"Monday", b"Tuesday"))
    assert "saved as “goyal_note-2.txt”" in await console.answer(f'/ingest "{article}"')
    assert "Replaced “goyal_note.txt”" in await console.answer(f'/ingest "{article}" replace')


@pytest.mark.parametrize(("line", "said"), [
    ("/ingest", "Usage: /ingest PATH"), ("/ingest /no/such/file.txt", "cannot read"),
    ("/ingest .", "is a folder"), ("/digest", "/digest preview"), ("/digest channel 123", "set in Discord"),
    ("/digest preview 2025-13-99", "YYYY-MM-DD"),
])
async def test_admin_commands_explain_themselves(console: Console, line: str, said: str) -> None:
    assert said in await console.answer(line)


async def test_ingest_refuses_what_discord_refuses(console: Console, tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    assert "Not added: only .txt, .md" in await console.answer(f"/ingest {tmp_path / 'photo.png'}")
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (console.settings.max_document_bytes // 5 + 1))
    assert "the limit is" in await console.answer(f"/ingest {big}")


async def test_reload_and_digest_preview_work_here(console: Console) -> None:
    (console.settings.corpus_dir / "goyal.txt").write_bytes(ARTICLE)
    assert "1 added" in await console.answer("/reload")
    preview = await console.answer("/digest preview 2000-01-01")
    assert "Unknown command" not in preview and preview.strip()
