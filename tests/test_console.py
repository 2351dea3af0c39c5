"""The console: any input answered or refused without ending it, Ctrl-C as in a shell, and output that never
fails on a character."""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.console import Console, Signal, printable, start_corpus_sync
from bot.desk import Desk
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
async def console(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[Console]:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    settings = Settings.load(db=tmp_path / "c.db", corpus=corpus, env={})
    desk = await Desk.open(settings.db_path, settings)
    await desk.ingest_paths([corpus])
    try:
        yield Console(desk, settings, asyncio.Lock(), out=io.StringIO())
    finally:
        await desk.close()


async def session(console: Console, *lines: str | Signal) -> tuple[int, str]:
    """Feed lines (then end of input) and return the exit status and everything printed."""
    for line in (*lines, Signal.EOF):
        console.lines.put_nowait(line)
    status = await asyncio.wait_for(console.run(), 60)
    assert isinstance(console.out, io.StringIO)
    return status, console.out.getvalue()


HOSTILE = ["\ufffd\ufffd/who", "/who \udcff\ud800", "/source \x00\x1b[31m", "/check " + "x" * 10_000,
           "/quote \u202eevil", "/" * 500, "/who " + "🤖" * 3000, "/sources\udcfe", "\t\r\x0b"]


async def test_any_input_is_answered_and_the_console_goes_on(console: Console) -> None:
    status, out = await session(console, *HOSTILE, "/help")
    assert status == 0 and "/who NAME" in out  # still answering after all of them
    assert out.count("factdesk> ") == len(HOSTILE) + 2
    out.encode("utf-8")  # printable: no lone surrogate reached the output


def test_printable_replaces_lone_surrogates() -> None:
    assert printable("a\udcffb\ud800") == "a\ufffdb\ufffd"
    assert printable("Zoë 🤖") == "Zoë 🤖"


async def test_ctrl_c_clears_the_prompt_and_a_second_one_leaves(console: Console) -> None:
    status, out = await session(console, Signal.INTERRUPT, "/help", Signal.INTERRUPT, Signal.INTERRUPT, "/never")
    assert status == 0 and "(Ctrl-C again or Ctrl-D to leave)" in out and "/who NAME" in out
    assert "/never" not in out and out.count("factdesk> ") == 4


async def test_ctrl_c_stops_a_slow_answer_and_the_console_goes_on(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = asyncio.Event()

    async def slow(line: str, *_: object) -> object:
        started.set()
        await asyncio.sleep(60)
        raise AssertionError("not interrupted")

    monkeypatch.setattr(console.desk, "ask", slow)
    running = asyncio.create_task(session(console, "/who Somebody"))
    await asyncio.wait_for(started.wait(), 10)
    console.interrupt()
    status, out = await asyncio.wait_for(running, 10)
    assert status == 0 and "(interrupted)" in out


# --- the real process: bytes on stdin, signals ---------------------------------------------------------------


def _console(db: Path, seeds: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DISCORD_TOKEN": "", "PYTHONIOENCODING": "ascii"}  # a terminal that cannot show "—"
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--db", str(db), "--corpus", str(seeds)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)


def test_undecodable_bytes_do_not_end_the_console(tmp_path: Path, seeds_dir: Path) -> None:
    proc = _console(tmp_path / "u.db", seeds_dir)
    out, err = proc.communicate(b"\xff\xfe/who \xc3\x28 Modi\n/source \xed\xa0\x80\n/help\n/quit\n", timeout=120)
    assert proc.returncode == 0, err.decode(errors="replace")
    assert b"/who NAME" in out and b"Traceback" not in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_ctrl_c_at_the_prompt_of_the_real_console(tmp_path: Path, seeds_dir: Path) -> None:
    proc = _console(tmp_path / "s.db", seeds_dir)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        seen = _read_until(proc, b"factdesk> ", 120)
        proc.send_signal(signal.SIGINT)
        seen += _read_until(proc, b"factdesk> ", 10)
        assert b"Ctrl-C again" in seen and proc.poll() is None  # the line is cleared, the console stays
        proc.stdin.write(b"/help\n")
        proc.stdin.flush()
        assert b"/who NAME" in _read_until(proc, b"factdesk> ", 30)
        proc.send_signal(signal.SIGINT)
        _read_until(proc, b"factdesk> ", 10)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        assert proc.stderr is not None and b"Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _read_until(proc: subprocess.Popen[bytes], marker: bytes, timeout: float) -> bytes:
    """Read stdout until `marker` has appeared (a prompt), without blocking past the deadline."""
    import selectors

    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    seen = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while marker not in seen:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                raise AssertionError(f"no {marker!r} in time; got {seen[-300:]!r}")
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                raise AssertionError(f"the console ended; got {seen[-300:]!r}")
            seen += chunk
    return seen


async def test_with_documents_stored_the_console_answers_while_the_corpus_sync_runs_behind(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    settings = Settings.load(db=tmp_path / "c.db", corpus=corpus, env={})
    desk = await Desk.open(settings.db_path, settings)
    lock = asyncio.Lock()
    try:
        assert await start_corpus_sync(desk, settings, lock) is None  # first start: waits for the corpus
        stored = await desk.view().document_count()
        assert stored == len([p for p in corpus.iterdir() if p.suffix in settings.extensions])
        (corpus / "late.txt").write_text("date 2025-02-01\n\nNia Okoro, the mayor of Lagos, spoke on Friday.\n")
        release = asyncio.Event()
        real_ingest = desk.ingest_paths

        async def slow_ingest(*args: object, **kwargs: object):
            await release.wait()
            return await real_ingest(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(desk, "ingest_paths", slow_ingest)
        syncing = await start_corpus_sync(desk, settings, lock)
        assert syncing is not None and not syncing.done()
        assert (await desk.who("Jaishankar")).status == "found"  # answered from what is stored, sync pending
        assert lock.locked()  # an /ingest would wait for the sync
        release.set()
        await asyncio.wait_for(syncing, 60)
        assert await desk.view().document_count() == stored + 1
        assert (await desk.who("Nia Okoro")).status == "found"
    finally:
        await desk.close()
