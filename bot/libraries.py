"""Libraries ([libraries] in config/factdesk.toml): where a server's uploaded files are kept, and whether
servers may add documents and follow feeds — for every server, or one by one.

    [libraries]
    folder = "data/libraries"   # a server's uploads go to FOLDER/<server id>/
    uploads = true              # server admins may add files and links to their server's library
    feeds = true                # server admins may follow feeds for their server's library

    [libraries.servers.123456789012345678]   # one server: what it may do, over the defaults above
    uploads = false

What a server adds goes to its own library (bot/store/scope.py): it answers in that server only. The base
library (the corpus folder, and what the command line or console adds without --library) is seen everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.store.scope import BASE, library_id

Permission = Literal["uploads", "feeds"]


class LibraryConfigError(ValueError):
    """A [libraries] setting cannot be used; the message names it."""


@dataclass(frozen=True, slots=True)
class ServerRules:
    uploads: bool | None = None  # None: the global default
    feeds: bool | None = None


@dataclass(frozen=True, slots=True)
class LibrarySettings:
    folder: Path = Path("data/libraries")
    uploads: bool = True
    feeds: bool = True
    servers: Mapping[int, ServerRules] = field(default_factory=dict)

    def allows(self, library: int, what: Permission) -> bool:
        """May `library` (a server; the base library always may) add documents ("uploads") or follow feeds?"""
        if library == BASE:
            return True
        own = getattr(self.servers.get(library, ServerRules()), what)
        return getattr(self, what) if own is None else bool(own)

    def folder_of(self, library: int) -> Path:
        """Where a server's uploaded files are kept (one folder per server, named by its id)."""
        return self.folder / str(library_id(library))

    def refusal(self, library: int, what: Permission) -> str | None:
        """Why `library` may not do `what` (None when it may), in the words an admin reads."""
        if self.allows(library, what):
            return None
        doing = "adding documents" if what == "uploads" else "following feeds"
        return (f"{doing.capitalize()} is turned off for this server by the bot's operator "
                f"([libraries] {what} in config/factdesk.toml).")


def load_library_settings(section: Mapping[str, Any], folder: Path) -> LibrarySettings:
    """[libraries] as read from the config file; `folder` is the resolved folder (settings resolve paths)."""
    servers: dict[int, ServerRules] = {}
    for key, rules in (section.get("servers") or {}).items():
        try:
            server = library_id(key)
        except ValueError as exc:
            raise LibraryConfigError(f"libraries.servers: {key!r} is not a server id") from exc
        if server == BASE or not isinstance(rules, Mapping):
            raise LibraryConfigError(f"libraries.servers.{key} must be a table for a server id, e.g. uploads = false")
        unknown = set(rules) - {"uploads", "feeds"}
        if unknown:
            raise LibraryConfigError(f"libraries.servers.{key}: unknown setting(s) {sorted(unknown)}")
        where = f"libraries.servers.{key}"
        servers[server] = ServerRules(_flag(rules, "uploads", where), _flag(rules, "feeds", where))
    return LibrarySettings(folder=folder, uploads=_flag(section, "uploads", "libraries", True),
                           feeds=_flag(section, "feeds", "libraries", True), servers=servers)


def _flag(section: Mapping[str, Any], name: str, where: str, default: bool | None = None) -> Any:
    value = section.get(name, default)
    if value is not None and not isinstance(value, bool):
        raise LibraryConfigError(f"{where}.{name} must be true or false, got {value!r}")
    return value
