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

from bot.digest.schedule import ScheduleError, parse_time, parse_zone
from bot.feeds.config import FeedConfigError, FeedSettings, load_feed_settings
from bot.fetch.config import FetchConfigError, FetchSettings, load_fetch_settings
from bot.libraries import LibraryConfigError, LibrarySettings, load_library_settings

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
    max_document_bytes: int = 1_000_000
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
    allow_symlinks_inside: bool = True  # links whose real path leaves the corpus folder are refused regardless
    ephemeral_checks: bool = True
    max_citations: int = 3
    snippet_chars: int = 280
    # The daily digest ([digest]); an admin's /digest settings, stored in the database, win over these.
    digest_channel_id: int = 0  # 0 = off
    digest_time: str = "08:00"  # local time in digest_timezone, HH:MM
    digest_timezone: str = "UTC"
    digest_quiet: str = "line"  # "line": post one line on a quiet day; "skip": post nothing
    digest_catch_up: bool = True  # post once on start if the bot was down at the scheduled time
    # Live ingestion ([watch]): the corpus folder is polled and changes ingested without a restart.
    watch_corpus: bool = True
    watch_interval: float = 5.0  # seconds between polls
    # Reading links and feeds ([fetch]): timeouts, size cap, politeness, private addresses (bot/fetch/config.py).
    fetch: FetchSettings = field(default_factory=FetchSettings)
    feeds: FeedSettings = field(default_factory=FeedSettings)  # [feeds]: intervals, backoff, items per poll
    # Libraries ([libraries]): each server's own documents, where its uploads are kept, what servers may add.
    libraries: LibrarySettings = field(default_factory=LibrarySettings)

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
        digest = _digest_section(config.get("digest", {}))
        watch = config.get("watch", {})

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
            max_document_bytes=int(ingest.get("max_document_bytes", 1_000_000)),
            extensions=tuple(e.lower() for e in ingest.get("extensions", [".txt", ".md", ".html", ".htm"])),
            allow_symlinks_inside=bool(ingest.get("allow_symlinks_inside", True)),
            ephemeral_checks=bool(discord.get("ephemeral_checks", True)),
            max_citations=int(answers.get("max_citations", 3)),
            snippet_chars=int(answers.get("snippet_chars", 280)),
            **digest,
            watch_corpus=bool(watch.get("enabled", True)),
            watch_interval=_positive(watch.get("interval_seconds", 5.0), "watch.interval_seconds"),
            fetch=_fetch_section(config.get("fetch", {}), env),
            feeds=_feeds_section(config.get("feeds", {})),
            libraries=_libraries_section(config.get("libraries", {}), env, db_path),
        )


def _fetch_section(section: dict[str, Any], env: dict[str, str]) -> FetchSettings:
    try:
        return load_fetch_settings(section, env)
    except FetchConfigError as exc:
        raise ConfigError(str(exc)) from exc


def _feeds_section(section: dict[str, Any]) -> FeedSettings:
    try:
        return load_feed_settings(section)
    except FeedConfigError as exc:
        raise ConfigError(str(exc)) from exc


def _libraries_section(section: dict[str, Any], env: dict[str, str], db_path: Path) -> LibrarySettings:
    """[libraries]; its folder defaults to `libraries/` beside the database (FACTDESK_LIBRARIES overrides)."""
    folder = env.get("FACTDESK_LIBRARIES") or section.get("folder")
    path = _pick_path(None, env.get("FACTDESK_LIBRARIES"), str(folder)) if folder else db_path.parent / "libraries"
    try:
        return load_library_settings(section, path)
    except LibraryConfigError as exc:
        raise ConfigError(str(exc)) from exc


def _digest_section(section: dict[str, Any]) -> dict[str, Any]:
    """Check [digest] at start-up, so a typo in the time or timezone is an error now, not at 8 in the morning."""
    try:
        channel = int(section.get("channel_id", 0) or 0)
    except (TypeError, ValueError) as exc:
        got = section.get("channel_id")
        raise ConfigError(f"digest.channel_id must be a channel id (a number), got {got!r}") from exc
    time_text = str(section.get("time", "08:00"))
    zone = str(section.get("timezone", "UTC"))
    try:
        parse_time(time_text)
        parse_zone(zone)
    except ScheduleError as exc:
        raise ConfigError(f"[digest] {exc}") from exc
    quiet = str(section.get("quiet", "line"))
    if quiet not in ("line", "skip"):
        raise ConfigError(f'digest.quiet must be "line" or "skip", got {quiet!r}')
    return {
        "digest_channel_id": channel, "digest_time": time_text, "digest_timezone": zone,
        "digest_quiet": quiet, "digest_catch_up": bool(section.get("catch_up", True)),
    }


def _positive(value: Any, name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name} must be a number of seconds, got {value!r}") from exc
    if number <= 0:
        raise ConfigError(f"{name} must be more than 0, got {value!r}")
    return number


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
