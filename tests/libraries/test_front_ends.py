"""Libraries from the command line and the console (--library ID), the [libraries] configuration, and the digest
set up before libraries existed going on as its channel's server's digest."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.console import Console
from bot.desk import Desk
from bot.digest.config import adopt_legacy, load_config
from bot.digest.runner import DigestRunner
from bot.libraries import LibraryConfigError, ServerRules, load_library_settings
from bot.settings import ConfigError, Settings
from bot.store import BASE
from tests.libraries.articles import ARTICLES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_ask_remove_and_digest_take_a_library(capsys, tmp_path: Path, seeds_dir: Path) -> None:
    db = ("--db", str(tmp_path / "cli.db"), "--corpus", str(seeds_dir))
    article = tmp_path / "wong.txt"
    article.write_text(ARTICLES["wong"], encoding="utf-8")
    code, out, _ = run(capsys, "ingest", *db)  # the corpus: the base library
    assert code == 0
    code, out, _ = run(capsys, "ingest", *db, "--library", "123", str(article))
    assert code == 0 and "1 added" in out and "server 123's library" in out

    def who(*library: str) -> dict:
        return json.loads(run(capsys, "ask", *db, *library, "--json", "/who", "Penny Wong")[1])

    assert who("--library", "123")["status"] == "found"
    assert who("--library", "456")["status"] == "not_found" and who()["status"] == "not_found"
    helped = json.loads(run(capsys, "ask", *db, "--library", "123", "--json", "/help")[1])
    assert helped["documents"] == 3
    code, out, _ = run(capsys, "digest", *db, "--library", "123")
    assert code == 0 and "Wong unveils regional trade plan" in out
    code, out, _ = run(capsys, "digest", *db, "--library", "456")
    assert code == 0 and "Wong" not in out and "2 new sources" in out
    code, _, err = run(capsys, "remove", *db, "--library", "456", "wong.txt")
    assert code == 1 and "no document named wong.txt in server 456's library" in err
    code, out, _ = run(capsys, "remove", *db, "--library", "123", "wong.txt")
    assert code == 0 and "removed wong.txt in server 123's library" in out
    assert who("--library", "123")["status"] == "not_found"


def test_a_library_is_a_number(capsys, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--db", str(tmp_path / "x.db"), "--library", "guild-a", "/help"])
    assert exit_.value.code == 2 and "a server's id" in capsys.readouterr().err


async def test_the_console_answers_and_adds_as_its_library(tmp_path: Path, seeds_dir: Path) -> None:
    settings = Settings.load(db=tmp_path / "c.db", corpus=seeds_dir, env={})
    desk = await Desk.open(settings.db_path, settings)
    try:
        await desk.ingest_paths([seeds_dir])
        article = tmp_path / "wong.txt"
        article.write_text(ARTICLES["wong"], encoding="utf-8")
        console = Console(desk, settings, asyncio.Lock(), out=io.StringIO(), library=123)
        assert "Saved as" in await console.answer(f"/ingest {article}")
        assert (settings.libraries.folder_of(123) / "wong.txt").is_file()
        assert not (seeds_dir / "wong.txt").exists()
        assert "Penny Wong" in await console.answer("/who Penny Wong")
        listing = await console.answer("/library")
        assert "1 document(s)" in listing and "“wong.txt”" in listing
        base = Console(desk, settings, asyncio.Lock(), out=io.StringIO())
        assert "Nobody called" in await base.answer("/who Penny Wong")
        assert "--library" in await base.answer("/library")
        assert "Removed" in await console.answer("/library remove wong.txt")
        assert "Nobody called" in await console.answer("/who Penny Wong")
    finally:
        await desk.close()


def test_library_settings_per_server_over_the_defaults(tmp_path: Path) -> None:
    rules = load_library_settings({"uploads": True, "feeds": False,
                                   "servers": {"123": {"uploads": False}, "456": {"feeds": True}}}, tmp_path)
    assert rules.servers == {123: ServerRules(uploads=False), 456: ServerRules(feeds=True)}
    assert not rules.allows(123, "uploads") and not rules.allows(123, "feeds")
    assert rules.allows(456, "uploads") and rules.allows(456, "feeds")
    assert rules.allows(789, "uploads") and not rules.allows(789, "feeds")
    assert rules.allows(BASE, "feeds")  # the operator's own library
    assert rules.folder_of(123) == tmp_path / "123"
    for bad in ({"uploads": "no"}, {"servers": {"abc": {"uploads": False}}}, {"servers": {"1": {"upload": False}}},
                {"servers": {"0": {"uploads": False}}}):
        with pytest.raises(LibraryConfigError):
            load_library_settings(bad, tmp_path)


def test_the_libraries_folder_from_config_or_environment(tmp_path: Path) -> None:
    config = tmp_path / "f.toml"
    config.write_text('[libraries]\nfolder = "elsewhere"\n[libraries.servers.42]\nfeeds = false\n', encoding="utf-8")
    settings = Settings.load(db=tmp_path / "f.db", config_path=config, env={})
    assert settings.libraries.folder.name == "elsewhere" and not settings.libraries.allows(42, "feeds")
    settings = Settings.load(db=tmp_path / "f.db", config_path=config, env={"FACTDESK_LIBRARIES": str(tmp_path / "x")})
    assert settings.libraries.folder == tmp_path / "x"
    assert Settings.load(db=tmp_path / "d" / "f.db", env={}).libraries.folder == tmp_path / "d" / "libraries"
    config.write_text('[libraries]\nuploads = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"libraries\.uploads"):
        Settings.load(db=tmp_path / "f.db", config_path=config, env={})


async def test_the_digest_set_up_before_libraries_becomes_its_channels_servers(tmp_path: Path,
                                                                                seeds_dir: Path) -> None:
    settings = Settings.load(db=tmp_path / "d.db", corpus=seeds_dir, env={})
    desk = await Desk.open(settings.db_path, settings)
    try:
        store = desk.store
        await store.put_settings({"digest.channel_id": "42", "digest.time": "07:30"}, "2025-01-20T10:00:00+00:00")
        assert await store.claim_digest("2025-01-28", 42, None, [], "2025-01-28T07:30:00+00:00", [], "then")
        await store.finish_digest("2025-01-28", "posted", "then")
        now = datetime(2025, 1, 29, tzinfo=UTC)
        assert await adopt_legacy(store, settings, lambda channel: None, now) is None  # channel not found: kept
        assert await adopt_legacy(store, settings, {42: 999}.get, now) == 999
        config = await load_config(store, settings, 999)
        assert (config.channel_id, config.time) == (42, "07:30") and config.enabled_at == "2025-01-20T10:00:00+00:00"
        assert (await load_config(store, settings)).channel_id == 0  # the base library's legacy keys are gone
        assert await store.digest("2025-01-28", 999) is not None and await store.digest("2025-01-28") is None
        assert await adopt_legacy(store, settings, {42: 999}.get, now) is None  # once

        async def nowhere(channel: int, message: object) -> int:
            raise AssertionError("not posted")

        runner = DigestRunner(store, settings, lambda a: [a], nowhere, library=999)
        assert (await runner.preview()).since == "2025-01-28T07:30:00+00:00"  # it goes on from where it was
    finally:
        await desk.close()
