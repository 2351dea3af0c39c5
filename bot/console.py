"""The interactive console: the same commands and answers as in Discord, as text, over the local corpus.

Like a shell prompt: Ctrl-C clears the line being typed (or stops an answer being worked out); a second
Ctrl-C in a row, Ctrl-D or /quit leaves. Input is read as bytes and decoded leniently (an undecodable byte
becomes U+FFFD), output never fails on a character the terminal cannot show: no input ends the console.
Besides the answer commands, the admin commands work here too: /ingest PATH or URL, /reload, /digest preview,
/feed add|list|remove|poll; followed feeds are polled in the background while the console runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.desk import Desk
from bot.ingest import IngestError
from bot.render.reports import ingest_summary
from bot.render.text import render_text
from bot.settings import Settings
from bot.store import BASE
from bot.watch import CorpusWatcher

log = logging.getLogger(__name__)

BANNER = """Factdesk console — no DISCORD_TOKEN set, so answering here over {corpus}.
{docs} documents in {db}{library}. Type /help for commands, /quit (or Ctrl-D) to leave."""
PROMPT = "factdesk> "
QUIT = ("/quit", "/exit", "quit", "exit")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Signal(enum.Enum):
    EOF = "eof"
    INTERRUPT = "interrupt"


Line = str | Signal


def clean_input(text: str) -> str:
    """A line safe to answer and to echo: lone surrogates (from undecodable bytes in argv) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def printable(text: str) -> str:
    """Text any terminal can be given: lone surrogates replaced (print would raise UnicodeEncodeError)."""
    return _SURROGATE.sub("\ufffd", text)


def lenient_output(stream: TextIO) -> None:
    """Characters the terminal's encoding lacks are replaced, not raised (a latin-1 terminal and '—')."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        stream.reconfigure(errors="replace")  # type: ignore[attr-defined]


class Console:
    """Reads lines from a queue (fed by a reader thread and the SIGINT handler) and answers each."""

    def __init__(self, desk: Desk, settings: Settings, lock: asyncio.Lock, out: TextIO | None = None,
                 library: int = BASE) -> None:
        self.desk = desk
        self.settings = settings
        self.library = library  # answers as this server sees them (base: the base library only); adds go there
        self.lock = lock  # shared with the corpus watcher: one ingest at a time
        self.out = out or sys.stdout
        self.lines: asyncio.Queue[Line] = asyncio.Queue()
        self.busy: asyncio.Task[str] | None = None
        self.writing = False  # an ingest is running: Ctrl-C waits for it (a document is one transaction)
        self.bold = ("\033[1m", "\033[0m") if self.out.isatty() else ("**", "**")
        self.commands: dict[str, Callable[[str], Awaitable[str]]] = {
            "ingest": self.ingest, "reload": self.reload, "digest": self.digest, "feed": self.feed,
            "library": self.show_library,
        }

    def write(self, text: str) -> None:
        self.out.write(printable(text))
        self.out.flush()

    def interrupt(self) -> None:
        """Ctrl-C: stop the answer being worked out, or (at the prompt) clear the line."""
        if self.busy is not None and not self.busy.done():
            if self.writing:
                self.write("\n(ingesting: Factdesk stops when this is done)\n")
            else:
                self.busy.cancel()
        else:
            self.lines.put_nowait(Signal.INTERRUPT)

    async def run(self) -> int:
        interrupted = False
        while True:
            self.write(PROMPT)
            line = await self.lines.get()
            if line is Signal.EOF or (line is Signal.INTERRUPT and interrupted):
                self.write("\n")
                return 0
            if line is Signal.INTERRUPT:
                interrupted = True
                self.write("\n(Ctrl-C again or Ctrl-D to leave)\n")
                continue
            interrupted = False
            line = clean_input(line).strip()
            if line.lower() in QUIT:
                return 0
            if line:
                self.write(await self._answer_interruptibly(line) + "\n\n")

    async def _answer_interruptibly(self, line: str) -> str:
        self.busy = asyncio.create_task(self.answer(line))
        try:
            return await self.busy
        except asyncio.CancelledError:
            if asyncio.current_task().cancelling():  # type: ignore[union-attr]
                raise  # the console itself is being stopped
            return "(interrupted)"
        finally:
            self.busy = None

    async def answer(self, line: str) -> str:
        """The text answering one line; never raises (an error is one line, logged with its traceback)."""
        head, _, rest = line.partition(" ")
        local = self.commands.get(head.lstrip("/").lower()) if head.startswith("/") else None
        try:
            if local is not None:
                return await local(rest.strip())
            return render_text(await self.desk.ask(line, self.library), self.bold)
        except Exception as exc:
            log.warning("answering %r failed: %s: %s", line[:80], type(exc).__name__, exc)
            log.debug("the traceback", exc_info=True)
            return f"Something went wrong answering that ({type(exc).__name__}); it has been logged."

    async def ingest(self, rest: str) -> str:
        """/ingest PATH [replace]: add an article file to the corpus, as Discord's /ingest does with an upload.
        /ingest URL...: read web links and add their articles, as Discord's /ingest url: does."""
        words = _split(rest)
        if words and all(w.lower().startswith(("http://", "https://")) for w in words):
            return "\n".join([(await self.desk.ingest_url(url, lock=self.lock, library=self.library)).describe()
                              for url in words])
        replace = any(w.lower() in ("replace", "--replace", "replace:true") for w in words)
        names = [w for w in words if w.lower() not in ("replace", "--replace", "replace:true")]
        if len(names) != 1:
            return ("Usage: /ingest PATH [replace] — add a .txt, .md or .html article to the corpus folder; "
                    "/ingest URL… — read web links.")
        path = Path(names[0]).expanduser()
        if path.is_dir():
            return (f"{path} is a folder. Put articles in the corpus folder ({self.settings.corpus_dir}): they are "
                    "picked up automatically, or at once with /reload.")
        try:
            size = path.stat().st_size
        except OSError as exc:
            return f"Not added: cannot read {path} ({exc.strerror or exc})."
        limit = self.settings.max_document_bytes
        if size > limit:
            return f"Not added: {path.name} is {size:,} bytes; the limit is {limit:,}."
        try:
            data = await asyncio.to_thread(path.read_bytes)
            async with self._writing():
                saved, report = await self.desk.upload(path.name, data, replace=replace, library=self.library)
        except (IngestError, OSError) as exc:
            return f"Not added: {exc}"
        return f"{saved.describe()}\n{ingest_summary(report)}"

    @contextlib.asynccontextmanager
    async def _writing(self) -> AsyncIterator[None]:
        async with self.lock:
            self.writing = True
            try:
                yield
            finally:
                self.writing = False

    async def feed(self, rest: str) -> str:
        """/feed add URL [MINUTES] | list | remove URL | poll: as in Discord, and poll reads every feed now."""
        from bot.feeds import FeedProblem, describe_added, describe_feeds, describe_poll

        words = _split(rest)
        action = words[0].lower() if words else ""
        feeds = self.desk.feeds
        try:
            if action == "list" and len(words) == 1:
                return describe_feeds(await feeds.list(self.library), feeds.clock())
            if action == "poll" and len(words) == 1:
                return describe_poll(await feeds.poll_all(lock=self.lock, library=self.library))
            if action == "add" and len(words) in (2, 3):
                minutes = float(words[2]) if len(words) == 3 else None
                return describe_added(await feeds.add(words[1], added_by="console", interval_minutes=minutes,
                                                      library=self.library))
            if action == "remove" and len(words) == 2:
                row = await feeds.remove(words[1], self.library)
                return f"No longer following {row.title or row.url}; its {row.items_read} article(s) stay."
        except FeedProblem as exc:
            return f"Not done: {exc}"
        except ValueError:
            return "The interval is a number of minutes: /feed add URL 60"
        return "Usage: /feed add URL [MINUTES] | /feed list | /feed remove URL | /feed poll"

    async def reload(self, rest: str) -> str:
        """/reload: re-scan the corpus folder now (the watcher would within a few seconds), and with --library the
        server's own uploads folder."""
        async with self._writing():
            text = ingest_summary(await self.desk.reload())
            if self.library != BASE:
                text += f"\nServer {self.library}'s library: " + ingest_summary(await self.desk.reload(self.library))
            return text

    async def show_library(self, rest: str) -> str:
        """/library [remove NAME]: what this console's server library holds (--library), or remove one of them."""
        from bot.render.reports import describe_library

        words = _split(rest)
        if self.library == BASE:
            return ("The console reads the base library (the corpus folder). Start it with --library SERVER_ID to "
                    "answer as that server and list or remove what it added.")
        if len(words) == 2 and words[0].lower() == "remove":
            async with self._writing():
                removed = await self.desk.remove(words[1], self.library)
            return f"Removed “{words[1]}”." if removed else f"Server {self.library} added no document “{words[1]}”."
        page = int(words[0]) if len(words) == 1 and words[0].isdigit() and int(words[0]) > 0 else 1
        docs = await self.desk.library_documents(self.library, limit=20, offset=(page - 1) * 20)
        total = await self.desk.view(self.library).library_document_count(self.library)
        feeds = await self.desk.feeds.list(self.library)
        return describe_library(docs, total, len(feeds), page, self.desk.refusal(self.library, "uploads"))

    async def digest(self, rest: str) -> str:
        """/digest preview [SINCE]: the digest as it would be posted; the other /digest settings are Discord's."""
        words = _split(rest)
        if not words or words[0].lower() != "preview" or len(words) > 2:
            return ("In the console: /digest preview [YYYY-MM-DD]. Where it is posted and when are set in Discord "
                    "(/digest channel, /digest time, /digest off) or in config/factdesk.toml [digest].")
        return await self._digest_preview(words[1] if len(words) == 2 else None)

    async def _digest_preview(self, since_text: str | None) -> str:
        from bot.digest.cli import parse_since
        from bot.digest.config import load_config
        from bot.digest.runner import DigestRunner
        from bot.render.digest import render_digest_messages, render_digest_text

        config = await load_config(self.desk.store, self.settings, self.library)
        try:
            since: datetime | None = parse_since(since_text, config.timezone) if since_text else None
        except ValueError as exc:
            return str(exc).replace("--since", "the date")

        async def nowhere(channel_id: int, message: object) -> int:
            raise RuntimeError("the console digest never posts")

        runner = DigestRunner(self.desk.store, self.settings, render_digest_messages, nowhere, lock=self.lock,
                              library=self.library)
        return render_digest_text(await runner.preview(since), self.bold)


def _split(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def read_lines(console: Console, loop: asyncio.AbstractEventLoop, fd: int = 0) -> threading.Thread:
    """A daemon thread feeding stdin's lines to the console. Raw reads: nothing to decode strictly, no lock
    of sys.stdin held at exit, and the terminal's own line editing (and its Ctrl-C flush) still apply."""

    def put(line: Line) -> bool:
        try:
            loop.call_soon_threadsafe(console.lines.put_nowait, line)
        except RuntimeError:  # the console has ended and its loop is closed
            return False
        return True

    def work() -> None:
        pending = b""
        while chunk := _read(fd):
            pending += chunk
            *lines, pending = pending.split(b"\n")
            if not all(put(raw.rstrip(b"\r").decode("utf-8", "replace")) for raw in lines):
                return
        if not pending or put(pending.decode("utf-8", "replace")):
            put(Signal.EOF)

    thread = threading.Thread(target=work, name="console-input", daemon=True)
    thread.start()
    return thread


def _read(fd: int) -> bytes:
    """The next bytes of input; b"" at the end (or when stdin cannot be read at all)."""
    while True:
        try:
            return os.read(fd, 65536)
        except InterruptedError:
            continue
        except OSError:
            return b""


async def run_console(settings: Settings, library: int = BASE) -> int:
    desk = await Desk.open(settings.db_path, settings)
    lock = asyncio.Lock()
    watching: asyncio.Task[None] | None = None
    polling: asyncio.Task[None] | None = None
    syncing: asyncio.Task[None] | None = None
    loop = asyncio.get_running_loop()
    console = Console(desk, settings, lock, library=library)
    lenient_output(sys.stdout)
    try:
        syncing = await start_corpus_sync(desk, settings, lock)
        if settings.watch_corpus and settings.corpus_dir.is_dir():
            watching = asyncio.create_task(_watch(desk, settings, lock))
        if settings.feeds.enabled:
            polling = asyncio.create_task(_poll_feeds(desk, settings, lock))
        if library != BASE:
            await desk.reload(library)
        docs = await desk.view(library).document_count()
        where = f", as server {library} sees them (the base library and its own)" if library != BASE else ""
        console.write(BANNER.format(corpus=settings.corpus_dir, docs=docs, db=settings.db_path, library=where) + "\n")
        if syncing is not None and not syncing.done():
            console.write("Checking the corpus folder for changes in the background; answers use what is stored.\n")
        with _on_sigint(loop, console.interrupt):
            read_lines(console, loop)
            return await console.run()
    finally:
        for task in (syncing, watching, polling):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await desk.close()


@contextlib.contextmanager
def _on_sigint(loop: asyncio.AbstractEventLoop, handler: Callable[[], None]):  # type: ignore[no-untyped-def]
    """Ctrl-C calls `handler` on the loop instead of raising KeyboardInterrupt (where signals allow it)."""
    try:
        loop.add_signal_handler(signal.SIGINT, handler)
    except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread: Ctrl-C leaves
        yield
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGINT)


async def _poll_feeds(desk: Desk, settings: Settings, lock: asyncio.Lock) -> None:
    """Followed feeds are read in the console too, in the background: answers never wait for them."""
    while True:
        try:
            await desk.feeds.poll_due(lock=lock)
        except Exception:
            log.exception("feeds: a poll round failed; trying again on the next tick")
        await asyncio.sleep(settings.feeds.tick_seconds)


async def start_corpus_sync(desk: Desk, settings: Settings, lock: asyncio.Lock) -> asyncio.Task[None] | None:
    """Bring the base library up to date with the corpus folder. With documents stored already, the console
    answers at once from them while the sync runs behind (the task returned); on a first start it waits for
    the corpus, whose answers would otherwise all be empty."""
    if not settings.corpus_dir.is_dir():
        log.warning("corpus folder %s does not exist; answering from the database only", settings.corpus_dir)
        return None
    if await desk.view(BASE).document_count():
        return asyncio.create_task(_sync_corpus(desk, settings, lock), name="corpus sync")
    await _sync_corpus(desk, settings, lock)
    return None


async def _sync_corpus(desk: Desk, settings: Settings, lock: asyncio.Lock) -> None:
    """The corpus folder into the base library: new and changed files in, deleted ones out (unchanged files are
    recognised by size and mtime without being read). Holds the write lock, so /ingest waits for it."""
    try:
        async with lock:
            report = await desk.ingest_paths([settings.corpus_dir], prune=True)
    except (OSError, IngestError) as exc:
        log.error("corpus %s could not be synced: %s", settings.corpus_dir, exc)
        return
    if report.changed or report.failed:
        log.info("corpus %s: %s", settings.corpus_dir, report.summary())


async def _watch(desk: Desk, settings: Settings, lock: asyncio.Lock) -> None:
    """Live ingestion in the console too: files dropped into the corpus become answerable."""
    watcher = CorpusWatcher(desk, settings.corpus_dir, settings.extensions, lock=lock)
    await watcher.baseline()
    while True:
        await asyncio.sleep(settings.watch_interval)
        await watcher.poll()
