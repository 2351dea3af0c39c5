"""[digest]/[watch] settings: defaults, validation at start-up, and the database winning once an admin set it."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

import pytest

from bot.desk import Desk
from bot.digest.cli import parse_since, run_digest
from bot.digest.config import load_config
from bot.digest.runner import DigestRunner
from bot.render.digest import render_digest_text
from bot.settings import ConfigError, Settings
from tests.digest.conftest import settings_for


def test_defaults_from_the_committed_config() -> None:
    s = Settings.load(env={})
    assert (s.digest_channel_id, s.digest_time, s.digest_timezone, s.digest_quiet, s.digest_catch_up) == (
        0, "08:00", "UTC", "line", True)
    assert s.watch_corpus is True and s.watch_interval == 5


@pytest.mark.parametrize(("section", "message"), [
    ('[digest]\ntime = "25:00"\n', "HH:MM"),
    ('[digest]\ntimezone = "Mars/Base"\n', "unknown timezone"),
    ('[digest]\nquiet = "loud"\n', "digest.quiet"),
    ('[digest]\nchannel_id = "general"\n', "digest.channel_id"),
    ("[watch]\ninterval_seconds = 0\n", "watch.interval_seconds"),
])
def test_bad_digest_settings_fail_at_start_up(tmp_path: Path, section: str, message: str) -> None:
    config = tmp_path / "factdesk.toml"
    config.write_text(section)
    with pytest.raises(ConfigError, match=message):
        Settings.load(config_path=config, env={})


def test_config_file_values(tmp_path: Path) -> None:
    config = tmp_path / "factdesk.toml"
    config.write_text('[digest]\nchannel_id = 123\ntime = "7:30"\ntimezone = "Europe/London"\nquiet = "skip"\n'
                      "catch_up = false\n[watch]\nenabled = false\ninterval_seconds = 2.5\n")
    s = Settings.load(config_path=config, env={})
    assert (s.digest_channel_id, s.digest_time, s.digest_timezone, s.digest_quiet, s.digest_catch_up) == (
        123, "7:30", "Europe/London", "skip", False)
    assert s.watch_corpus is False and s.watch_interval == 2.5


async def test_database_settings_win_and_survive_a_restart(desk: Desk, tmp_path: Path) -> None:
    assert desk.settings is not None
    first = DigestRunner(desk.store, desk.settings, render_digest_text, _never)
    assert (await first.config()).channel_id == 42  # from the settings (config file)
    await first.save(channel_id=99, time="06:45", timezone="Asia/Kolkata")
    db_path = desk.settings.db_path
    await desk.close()
    reopened = await Desk.open(db_path, desk.settings)
    try:
        config = await load_config(reopened.store, desk.settings)
        assert (config.channel_id, config.time, config.timezone) == (99, "06:45", "Asia/Kolkata")
        await DigestRunner(reopened.store, desk.settings, render_digest_text, _never).save(channel_id=0)
        assert not (await load_config(reopened.store, desk.settings)).enabled  # off wins over the config file
    finally:
        await reopened.close()
        desk.store = (await Desk.open(db_path)).store  # the fixture closes it again


async def _never(channel_id: int, message: object) -> int:
    raise AssertionError("nothing is posted here")


def test_since_accepts_a_local_date_or_a_timestamp() -> None:
    assert parse_since("2025-01-28", "Europe/London").isoformat() == "2025-01-28T00:00:00+00:00"
    assert parse_since("2025-07-01", "Europe/London").utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert parse_since("2025-01-28T09:30", "UTC").isoformat() == "2025-01-28T09:30:00+00:00"
    with pytest.raises(ValueError, match="--since"):
        parse_since("yesterday", "UTC")


def test_cli_prints_the_digest(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = settings_for(tmp_path, corpus)

    async def build() -> None:
        desk = await Desk.open(settings.db_path, settings)
        await desk.ingest_paths([corpus])
        await desk.close()

    asyncio.run(build())
    assert run_digest(argparse.Namespace(since=None), settings) == 0
    out = capsys.readouterr().out
    assert "2 new sources" in out and "People most mentioned:" in out and "S. Jaishankar" in out
    assert run_digest(argparse.Namespace(since="2999-01-01"), settings) == 0
    assert "nothing new arrived since 2999-01-01" in capsys.readouterr().out
    assert run_digest(argparse.Namespace(since="soon"), settings) == 2
