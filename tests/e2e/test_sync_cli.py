"""`factdesk sync`: the real CLI path registers every command with Discord (the double), globally or per guild."""

from __future__ import annotations

from pathlib import Path

from bot.client import sync_commands
from bot.settings import Settings
from tests.discord_double import DiscordDouble
from tests.e2e.conftest import BOT_TOKEN

EXPECTED = {"who", "when", "quote", "check", "help", "sources", "source", "ingest", "reload", "digest"}


def settings_for(tmp_path: Path, token: str) -> Settings:
    env = {"DISCORD_TOKEN": token, "FACTDESK_DB": str(tmp_path / "sync.db"), "FACTDESK_CORPUS": str(tmp_path)}
    return Settings.load(env=env)


async def test_sync_registers_every_command_globally(double: DiscordDouble, tmp_path: Path, capsys) -> None:
    assert await sync_commands(settings_for(tmp_path, BOT_TOKEN), None) == 0
    names = {c["name"] for c in double.commands()}
    assert names >= EXPECTED and "Check quote" in names
    assert all(c["description"] or c.get("type") == 3 for c in double.commands())
    assert "synced" in capsys.readouterr().out


async def test_sync_to_one_guild(double: DiscordDouble, tmp_path: Path) -> None:
    """Guild commands appear at once; an unknown guild is refused by Discord (and by the double)."""
    assert await sync_commands(settings_for(tmp_path, BOT_TOKEN), int(double.guild_id)) == 0
    assert {c["name"] for c in double.commands(guild=True)} >= EXPECTED


async def test_a_wrong_token_is_a_clear_failure_not_a_crash(double: DiscordDouble, tmp_path: Path, caplog) -> None:
    assert await sync_commands(settings_for(tmp_path, "wrong-token"), None) == 2
    assert "refused the token" in caplog.text
    assert "wrong-token" not in caplog.text
    double.pop_violations()  # the 401 is what this test provokes


async def test_sync_to_a_guild_the_bot_is_not_in_fails_cleanly(double: DiscordDouble, tmp_path: Path) -> None:
    assert await sync_commands(settings_for(tmp_path, BOT_TOKEN), 123456789012345678) == 1
    double.pop_violations()
