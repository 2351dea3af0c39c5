"""The Desk: the one object the front ends (Discord cogs, console, CLI) are given.

It owns the store and turns a user's command into an Answer; the front ends only render and reply.
"""

from __future__ import annotations

import asyncio
import logging
import re
import shlex
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.answer.check import check
from bot.answer.help import help_answer
from bot.answer.models import (
    Answer,
    CheckAnswer,
    ErrorAnswer,
    HelpAnswer,
    QuoteAnswer,
    SourceAnswer,
    SourcesAnswer,
    WhenAnswer,
    WhoAnswer,
)
from bot.answer.quote import quote
from bot.answer.resolve import resolve
from bot.answer.sources import source, sources
from bot.answer.when import when
from bot.answer.who import who
from bot.feeds import Feeds
from bot.fetch import Fetcher
from bot.ingest import IngestError, IngestReport, ingest_paths
from bot.ingest.links import LinkOutcome, ingest_link
from bot.ingest.pool import process_pool
from bot.ingest.upload import SavedUpload, safe_name, save_upload
from bot.render.limits import CHOICES
from bot.settings import Settings
from bot.store import Store
from bot.textnorm import fold, name_tokens

log = logging.getLogger(__name__)

MAX_QUERY = 200  # characters of a query that are looked at; the rest is ignored, never an error


class Desk:
    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._fetcher: Fetcher | None = None
        self.feeds = Feeds(store, lambda: self.fetcher, settings.feeds if settings else None, lambda: self._pool)

    def use_process_pool(self, workers: int | None = None) -> None:
        """Extract in a long-lived process pool (the bot): no document ever holds this process's GIL."""
        if self._pool is None:
            self._pool = process_pool(workers)  # its workers exit if the bot is killed

    @classmethod
    async def open(cls, db_path: Path, settings: Settings | None = None) -> Desk:
        return cls(await Store.open(db_path), settings)

    async def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._fetcher is not None:
            await self._fetcher.close()
            self._fetcher = None
        await self.store.close()

    # ingest -------------------------------------------------------------------------------------------------

    async def ingest_paths(
        self, paths: list[Path], prune: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> IngestReport:
        s = self.settings
        return await ingest_paths(
            self.store, paths, prune=prune, progress=progress, executor=self._pool,
            max_bytes=s.max_document_bytes if s else 2_000_000,
            extensions=s.extensions if s else (".txt", ".md"),
            corpus=s.corpus_dir if s else None,
            links_inside=s.allow_symlinks_inside if s else True,
        )

    async def upload(self, filename: str, data: bytes, replace: bool = False) -> tuple[SavedUpload, IngestReport]:
        """Save an uploaded article into the corpus and ingest it. Raises IngestError with a reason.

        Never in place of another file or stored document unless `replace`: a new name instead; the
        SavedUpload says which (its describe() is the reply)."""
        if self.settings is None:
            raise IngestError("no corpus folder is configured")
        s = self.settings
        taken = await self.store.names_starting(safe_name(filename, s.extensions).rsplit(".", 1)[0])
        saved = await asyncio.to_thread(save_upload, s.corpus_dir, filename, data, s.max_document_bytes,
                                        s.extensions, replace=replace, taken=taken)
        return saved, await self.ingest_paths([saved.path])

    async def add_upload(self, filename: str, data: bytes) -> tuple[str, IngestReport]:
        """upload() without replacing: the name the file was saved as, and the ingest report."""
        saved, report = await self.upload(filename, data)
        return saved.name, report

    @property
    def fetcher(self) -> Fetcher:
        """The one HTTP client (links, feeds), created on first use with the [fetch] settings."""
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings.fetch if self.settings else None)
        return self._fetcher

    async def ingest_url(self, url: str, lock: asyncio.Lock | None = None) -> LinkOutcome:
        """Read a link and store its article; the outcome says what was added or exactly why not. `lock` is held
        only while the document is written."""
        return await ingest_link(self.store, self.fetcher, url, executor=self._pool, lock=lock)

    async def reload(self) -> IngestReport:
        """Re-scan the corpus folder: new and changed files in, deleted files out."""
        if self.settings is None:
            return IngestReport()
        return await self.ingest_paths([self.settings.corpus_dir], prune=True)

    async def remove(self, name: str) -> bool:
        return await self.store.remove_document(name)

    # answers ------------------------------------------------------------------------------------------------

    @property
    def _citations(self) -> int:
        return self.settings.max_citations if self.settings else 3

    @property
    def _snippet(self) -> int:
        return self.settings.snippet_chars if self.settings else 280

    async def who(self, query: str) -> WhoAnswer:
        return await who(self.store, _clip(query), self._citations, self._snippet)

    async def when(self, query: str) -> WhenAnswer:
        return await when(self.store, _clip(query), self._citations, self._snippet)

    async def quote(self, query: str) -> QuoteAnswer:
        return await quote(self.store, _clip(query), snippet_chars=self._snippet)

    async def check(self, claim: str, speaker: str | None = None) -> CheckAnswer:
        return await check(self.store, _clip(claim, 2000), _clip(speaker or ""), snippet_chars=self._snippet)

    async def sources(self, offset: int = 0) -> SourcesAnswer:
        return await sources(self.store, offset)

    async def source(self, query: str) -> SourceAnswer:
        return await source(self.store, _clip(query), snippet_chars=self._snippet)

    async def help(self) -> HelpAnswer:
        return help_answer(await self.store.document_count())

    async def ask(self, line: str) -> Answer:
        """Answer one command line as typed in the console or given to `ask`: '/who Jaishankar'."""
        line = line.strip()
        if not line:
            return ErrorAnswer("Type a command, e.g. /who Jaishankar — or /help.")
        head, _, rest = line.partition(" ")
        name = head.lstrip("/").lower()
        arg = _unquote(rest.strip())
        handlers = {"who": self.who, "when": self.when, "quote": self.quote}
        if name in ("help", "?"):
            return await self.help()
        if name == "sources":
            return await self.sources()
        if name == "source":
            return await self.source(arg)
        if name == "check":
            claim, speaker = _split_speaker(rest)
            return await self.check(claim, speaker)
        if name not in handlers:
            return ErrorAnswer(f"Unknown command “{_clip(head, 40)}”. Try /help.", query=line)
        try:
            return await handlers[name](arg)
        except Exception:
            log.exception("answering %r failed", line)
            return ErrorAnswer("Something went wrong answering that; it has been logged.", query=line)

    # autocomplete -------------------------------------------------------------------------------------------

    async def complete_names(self, current: str, limit: int = CHOICES) -> list[str]:
        current = _clip(current, 100).strip()
        if not current:
            return [e.name for e in await self.store.popular_entities(limit)]
        names: list[str] = []
        tokens = name_tokens(current)
        if tokens:  # what is being typed: the last word is a prefix of an alias word
            ids = await self.store.entities_by_tokens([tokens[-1]], prefix=True, limit=limit)
            found = sorted((await self.store.entities(ids)).values(), key=lambda e: (-e.mention_count, e.name))
            names = [e.name for e in found]
        if len(current) < 3 or len(names) >= limit:
            return names[:limit]
        for c in await resolve(self.store, current, limit=limit, fallback=False):  # then typo-tolerant matches
            if c.score >= 70 and c.entity.name not in names:
                names.append(c.entity.name)
        return names[:limit]

    async def complete_documents(self, current: str, limit: int = CHOICES) -> list[str]:
        docs = await self.store.find_documents(_clip(current, 100).strip(), limit)
        return [d.name for d in docs]

    async def complete_events(self, current: str, limit: int = CHOICES) -> list[str]:
        prefix = fold(_clip(current, 100)).strip().split(" ")[-1] if current.strip() else ""
        triggers = await self.store.event_triggers(prefix[:4] if prefix else "", limit)
        return [t for t in triggers if t][:limit]


def _clip(text: str, limit: int = MAX_QUERY) -> str:
    """The part of a query that is looked at; a lone surrogate (no character: Discord cannot be sent it
    back, SQLite cannot store it) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text[:limit])


_SURROGATE = re.compile("[\ud800-\udfff]")


_SPEAKER = re.compile(r"\s+speaker:\s*(.+)$", re.IGNORECASE)


def _split_speaker(rest: str) -> tuple[str, str | None]:
    """'/check We firmly oppose… speaker:Jaishankar' → (claim, speaker); quote:… is accepted too."""
    rest = rest.strip()
    speaker = None
    if m := _SPEAKER.search(rest):
        speaker, rest = m.group(1).strip(), rest[: m.start()]
    rest = re.sub(r"^quote:\s*", "", rest.strip(), flags=re.IGNORECASE)
    return _unquote(rest.strip()), speaker


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        try:
            return " ".join(shlex.split(text))
        except ValueError:
            return text.strip("\"'")
    return text
