"""Settings precedence: flags > environment > config file; the token never shows in repr."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, ConfigError, Settings


def test_config_defaults_are_relative_to_the_project() -> None:
    s = Settings.load(env={})
    assert s.db_path == PROJECT_ROOT / "data" / "factdesk.db"
    assert s.corpus_dir == PROJECT_ROOT / "seeds"
    assert s.token is None


def test_environment_overrides_config_and_flags_override_environment(tmp_path: Path) -> None:
    env = {"FACTDESK_DB": str(tmp_path / "env.db"), "FACTDESK_CORPUS": str(tmp_path), "DISCORD_TOKEN": "secret"}
    s = Settings.load(env=env)
    assert s.db_path == tmp_path / "env.db" and s.corpus_dir == tmp_path
    s = Settings.load(db=tmp_path / "flag.db", env=env)
    assert s.db_path == tmp_path / "flag.db"
    assert "secret" not in repr(s)


def test_bad_values_give_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="FACTDESK_GUILD_ID"):
        Settings.load(env={"FACTDESK_GUILD_ID": "abc"})
    bad = tmp_path / "bad.toml"
    bad.write_text("[storage\n")
    with pytest.raises(ConfigError, match=r"bad\.toml"):
        Settings.load(config_path=bad, env={})
