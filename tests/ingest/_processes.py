"""Finding the processes an ingest left behind: every process carrying a marker in its environment (children
inherit it, whoever adopts them). Linux only (/proc)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HAVE_PROC = sys.platform.startswith("linux") and Path("/proc/self/environ").exists()


def marked(mark: str) -> list[int]:
    """Live (not zombie) processes whose environment holds FACTDESK_TEST_MARK=mark."""
    needle = f"FACTDESK_TEST_MARK={mark}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def start_ingest(db: Path, corpus: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`python -m bot ingest` as a user would run it, marked so that all its processes can be found."""
    mark = uuid.uuid4().hex
    env = {**os.environ, "FACTDESK_TEST_MARK": mark, "DISCORD_TOKEN": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", "--db", str(db), "--corpus", str(corpus), str(corpus)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    return proc, mark


def wait_for(mark: str, count: int, timeout: float) -> list[int]:
    """Wait until `count` marked processes are alive (or the time is up); return them."""
    deadline = time.monotonic() + timeout
    while (pids := marked(mark)) and len(pids) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return pids


def survivors(mark: str, timeout: float) -> list[int]:
    """Marked processes still alive after `timeout` seconds (returns early once there are none)."""
    deadline = time.monotonic() + timeout
    while (pids := marked(mark)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return pids


def cleanup(mark: str) -> None:
    for pid in marked(mark):
        with contextlib.suppress(OSError):
            os.kill(pid, 9)


def make_corpus(folder: Path, seeds: Path, copies: int) -> Path:
    """`copies` variants of each seed article (different bytes, so each is extracted)."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(seeds.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for i in range(copies):
            (folder / f"{i:03}-{seed.name}").write_text(text.replace("New Delhi", f"New Delhi ({i})"), "utf-8")
    return folder
