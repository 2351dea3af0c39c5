"""Live ingestion: poll the corpus folder every few seconds ([watch] in config/factdesk.toml).

The work is in bot/watch.py; this cog only runs it on a discord.ext.tasks loop once the start-up ingest
(FactdeskBot.corpus_task) is done, so the two never write at the same time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from discord.ext import commands, tasks

from bot.watch import CorpusWatcher, ingest_lock_for

if TYPE_CHECKING:
    from bot.client import FactdeskBot

log = logging.getLogger(__name__)


class WatchCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        settings = bot.settings
        self.watcher = CorpusWatcher(bot.desk, settings.corpus_dir, settings.extensions, lock=ingest_lock_for(bot))
        self.poller.change_interval(seconds=settings.watch_interval)

    async def cog_load(self) -> None:
        if self.bot.settings.watch_corpus:
            self.poller.start()
            log.info("watching %s for new, changed and deleted files every %g s",
                     self.watcher.folder, self.bot.settings.watch_interval)

    async def cog_unload(self) -> None:
        self.poller.cancel()

    @tasks.loop(seconds=5.0)
    async def poller(self) -> None:
        await self.watcher.poll()  # never raises: an exception would stop the loop for good

    @poller.before_loop
    async def _after_start_up_ingest(self) -> None:
        """Never ingest alongside the start-up ingest; when there is one, take the folder as it sees it."""
        task = getattr(self.bot, "corpus_task", None)
        if task is not None:
            await self.watcher.baseline()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.shield(task)
            if not task.done() or task.cancelled() or task.exception() is not None:
                self.watcher.files = None  # the start-up ingest did not finish: the first poll does it all


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(WatchCog(bot))
