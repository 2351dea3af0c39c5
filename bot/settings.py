"""Typed settings: committed defaults in config/, overridden by the environment, overridden by CLI flags.

The Discord token comes only from the environment (or a git-ignored .env) and is kept out of repr/logs.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "factdesk.toml"


class ConfigError(Exception):
    """The configuration cannot be used; the message says which setting and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path
    corpus_dir: Path
    token: str | None = field(default=None, repr=False)
    guild_id: int | None = None
    max_document_bytes: int = 2_000_000
    extensions: tuple[str, ...] = (".txt", ".md")
    ephemeral_checks: bool = True
    max_citations: int = 3
    snippet_chars: int = 280

    @classmethod
    def load(
        cls,
        db: Path | str | None = None,
        corpus: Path | str | None = None,
        config_path: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> Settings:
        """Merge config file < environment (and .env) < explicit arguments."""
        if env is None:
            load_dotenv(PROJECT_ROOT / ".env", override=False)
            env = dict(os.environ)
        config = _read_config(config_path or DEFAULT_CONFIG)
        storage = config.get("storage", {})
        ingest = config.get("ingest", {})
        discord = config.get("discord", {})
        answers = config.get("answers", {})

        db_path = _pick_path(db, env.get("FACTDESK_DB"), storage.get("database", "data/factdesk.db"))
        corpus_dir = _pick_path(corpus, env.get("FACTDESK_CORPUS"), storage.get("corpus", "seeds"))
        guild_raw = env.get("FACTDESK_GUILD_ID") or discord.get("guild_id") or 0
        try:
            guild_id = int(guild_raw) or None
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"FACTDESK_GUILD_ID must be a number, got {guild_raw!r}") from exc
        token = (env.get("DISCORD_TOKEN") or "").strip() or None
        return cls(
            db_path=db_path,
            corpus_dir=corpus_dir,
            token=token,
            guild_id=guild_id,
            max_document_bytes=int(ingest.get("max_document_bytes", 2_000_000)),
            extensions=tuple(e.lower() for e in ingest.get("extensions", [".txt", ".md"])),
            ephemeral_checks=bool(discord.get("ephemeral_checks", True)),
            max_citations=int(answers.get("max_citations", 3)),
            snippet_chars=int(answers.get("snippet_chars", 280)),
        )


def _read_config(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _pick_path(flag: Path | str | None, env_value: str | None, default: str) -> Path:
    """Flags and environment values are relative to the working directory; config values to the project."""
    if flag:
        return Path(flag).expanduser().resolve()
    if env_value:
        return Path(env_value).expanduser().resolve()
    path = Path(default).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path
