"""Opening a database that cannot be used is one StoreError line, and leaves no thread running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.store import Store, StoreError


async def test_a_foreign_file_is_a_clear_error_and_no_thread_is_left(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database, just text " * 200)
    with pytest.raises(StoreError, match="not a usable database"):
        await Store.open(junk)
    # an aiosqlite thread left running keeps the process from exiting, or reports to a closed loop at exit
    assert not [t.name for t in threading.enumerate() if "_connection_worker_thread" in t.name]


async def test_a_folder_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create its folder"):
        await Store.open(blocker / "sub" / "t.db")
