"""The interactive console: the same commands and answers as in Discord, as text, over the local corpus."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from bot.desk import Desk
from bot.render.text import render_text
from bot.settings import Settings
from bot.watch import CorpusWatcher

log = logging.getLogger(__name__)

BANNER = """Factdesk console — no DISCORD_TOKEN set, so answering here over {corpus}.
{docs} documents in {db}. Type /help for commands, /quit (or Ctrl-D) to leave."""


async def run_console(settings: Settings) -> int:
    desk = await Desk.open(settings.db_path, settings)
    watching: asyncio.Task[None] | None = None
    try:
        if settings.corpus_dir.is_dir():
            report = await desk.ingest_paths([settings.corpus_dir], prune=True)
            if report.changed or report.failed:
                log.info("corpus %s: %s", settings.corpus_dir, report.summary())
        else:
            log.warning("corpus folder %s does not exist; answering from the database only", settings.corpus_dir)
        if settings.watch_corpus and settings.corpus_dir.is_dir():
            watching = asyncio.create_task(_watch(desk, settings))
        docs = await desk.store.document_count()
        print(BANNER.format(corpus=settings.corpus_dir, docs=docs, db=settings.db_path))
        bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("**", "**")
        while True:
            try:
                line = await asyncio.to_thread(input, "factdesk> ")
            except EOFError:
                print()
                return 0
            line = line.strip()
            if not line:
                continue
            if line.lower() in ("/quit", "/exit", "quit", "exit"):
                return 0
            answer = await desk.ask(line)
            print(render_text(answer, bold))
            print()
    finally:
        if watching is not None:
            watching.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watching
        await desk.close()


async def _watch(desk: Desk, settings: Settings) -> None:
    """Live ingestion in the console too: files dropped into the corpus become answerable."""
    watcher = CorpusWatcher(desk, settings.corpus_dir, settings.extensions)
    await watcher.baseline()
    while True:
        await asyncio.sleep(settings.watch_interval)
        await watcher.poll()
