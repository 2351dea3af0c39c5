"""Libraries and views: which documents an answer may read.

Every document belongs to one library: BASE (0) is the corpus folder and the configured sources, shared by
every server and the console; any other number is one Discord server's own library (its guild id). A
*view* is the set of libraries one asker may read: a server sees the base library and its own, a direct
message (or the console without --library) the base library only.

Library ids are integers checked here, so the stores write them into SQL as literals (`in_view`): an
`IN (0, 123)` on an indexed column, the same text for every query of one view.
"""

from __future__ import annotations

BASE = 0
View = tuple[int, ...]
MAX_LIBRARY = 2**63 - 1  # a Discord snowflake fits in SQLite's 64-bit integer


def library_id(value: object) -> int:
    """A library id from a guild id, a command-line argument or a config key; ValueError when it is not one."""
    if isinstance(value, bool):
        raise ValueError(f"not a library id: {value!r}")
    number = int(str(value).strip()) if isinstance(value, str) else int(value)  # type: ignore[call-overload]
    if not 0 <= number <= MAX_LIBRARY:
        raise ValueError(f"a library id is 0 (base) or a server id, got {value!r}")
    return number


def view_of(library: int | None) -> View:
    """The libraries an asker in `library` may read: the base library, and the server's own (None/0: base only)."""
    library = library_id(library or BASE)
    return (BASE,) if library == BASE else (BASE, library)


def in_view(column: str, view: View) -> str:
    """`column IN (…)` for a view (ids are checked integers, so they are written as literals)."""
    return f"{column} IN ({','.join(str(library_id(v)) for v in view)})"


def describe(library: int) -> str:
    return "the base library" if library == BASE else f"server {library}'s library"
