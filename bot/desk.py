"""The Desk: the one object the front ends (Discord cogs, console, CLI) are given.

It owns the store and turns a user's command into an Answer; the front ends only render and reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shlex
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.answer.check import check
from bot.answer.complete import complete_events, complete_names
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
from bot.answer.sources import source, sources
from bot.answer.when import when
from bot.answer.who import who
from bot.feeds import Feeds
from bot.fetch import Fetcher
from bot.ingest import IngestError, IngestReport, ingest_paths
from bot.ingest.links import LinkOutcome, ingest_link
from bot.ingest.pool import process_pool
from bot.ingest.upload import SavedUpload, safe_name, save_upload
from bot.libraries import Permission
from bot.render.limits import CHOICES
from bot.settings import Settings
from bot.store import BASE, DocumentInfo, Reads, Store

log = logging.getLogger(__name__)

MAX_QUERY = 200  # characters of a query that are looked at; the rest is ignored, never an error


class Desk:
    """Every method takes the library it works for: a server's id (its own library; its answers read the base
    library and its own), or BASE (the default: a direct message, the console, the command line)."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._fetcher: Fetcher | None = None
        self.feeds = Feeds(store, lambda: self.fetcher, settings.feeds if settings else None, lambda: self._pool,
                           libraries=settings.libraries if settings else None)

    def view(self, library: int | None = BASE) -> Reads:
        """What an asker in `library` may read: the base library and, for a server, its own."""
        return self.store.scoped(library or BASE)

    def refusal(self, library: int, what: Permission) -> str | None:
        """Why `library` may not add documents ("uploads") or follow feeds ("feeds"); None when it may."""
        return self.settings.libraries.refusal(library, what) if self.settings else None

    def folder_of(self, library: int) -> Path | None:
        """Where `library`'s files are: the corpus folder for the base library, else the server's uploads folder."""
        if self.settings is None:
            return None
        return self.settings.corpus_dir if library == BASE else self.settings.libraries.folder_of(library)

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
        self, paths: list[Path], prune: bool = False, progress: Callable[[int, int], None] | None = None,
        library: int = BASE,
    ) -> IngestReport:
        """Ingest files and folders into `library` (files of a server's library live in its own folder)."""
        s = self.settings
        return await ingest_paths(
            self.store, paths, prune=prune, progress=progress, executor=self._pool,
            max_bytes=s.max_document_bytes if s else 2_000_000,
            extensions=s.extensions if s else (".txt", ".md"),
            corpus=self.folder_of(library),
            links_inside=s.allow_symlinks_inside if s else True,
            library=library,
        )

    async def upload(self, filename: str, data: bytes, replace: bool = False,
                     library: int = BASE) -> tuple[SavedUpload, IngestReport]:
        """Save an uploaded article into `library`'s folder (the corpus for the base library) and ingest it there.
        Raises IngestError with a reason (also when the library may not add documents).

        Never in place of another file or stored document of that library unless `replace`: a new name instead;
        the SavedUpload says which (its describe() is the reply)."""
        folder = self.folder_of(library)
        if self.settings is None or folder is None:
            raise IngestError("no corpus folder is configured")
        if why := self.refusal(library, "uploads"):
            raise IngestError(why)
        s = self.settings
        taken = await self.store.names_starting(safe_name(filename, s.extensions).rsplit(".", 1)[0], library=library)
        saved = await asyncio.to_thread(save_upload, folder, filename, data, s.max_document_bytes,
                                        s.extensions, replace=replace, taken=taken)
        return saved, await self.ingest_paths([saved.path], library=library)

    async def add_upload(self, filename: str, data: bytes, library: int = BASE) -> tuple[str, IngestReport]:
        """upload() without replacing: the name the file was saved as, and the ingest report."""
        saved, report = await self.upload(filename, data, library=library)
        return saved.name, report

    @property
    def fetcher(self) -> Fetcher:
        """The one HTTP client (links, feeds), created on first use with the [fetch] settings."""
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings.fetch if self.settings else None)
        return self._fetcher

    async def ingest_url(self, url: str, lock: asyncio.Lock | None = None, library: int = BASE) -> LinkOutcome:
        """Read a link and store its article in `library`; the outcome says what was added or exactly why not.
        `lock` is held only while the document is written."""
        if why := self.refusal(library, "uploads"):
            return LinkOutcome(url, "failed", reason=why)
        return await ingest_link(self.store, self.fetcher, url, executor=self._pool, lock=lock, library=library)

    async def reload(self, library: int = BASE) -> IngestReport:
        """Re-scan a library's folder (the corpus folder for the base library): new and changed files in, deleted
        files out. Links and feed items of the library are not files: they stay."""
        folder = self.folder_of(library)
        if folder is None or (library != BASE and not folder.is_dir()):
            return IngestReport()
        return await self.ingest_paths([folder], prune=True, library=library)

    async def reload_libraries(self) -> dict[int, IngestReport]:
        """Bring every server library's folder up to date (at start-up: files a server uploaded are the truth
        for its library as the corpus folder is for the base library)."""
        root = self.settings.libraries.folder if self.settings else None
        if root is None or not root.is_dir():
            return {}
        reports = {}
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and folder.name.isdigit() and int(folder.name) != BASE:
                reports[int(folder.name)] = await self.reload(int(folder.name))
        return reports

    async def remove(self, name: str, library: int = BASE) -> bool:
        """Remove one of `library`'s documents (the same name in another library stays). A file of a server's
        library goes from its folder too, so a reload does not bring it back."""
        folder = self.folder_of(library)
        removed = await self.store.remove_document(name, library)
        if removed and library != BASE and folder is not None:
            with contextlib.suppress(OSError, ValueError):
                path = folder / name
                if path.parent.resolve() == folder.resolve() and path.is_file():
                    await asyncio.to_thread(path.unlink)
        return removed

    async def library_documents(self, library: int, limit: int = 100, offset: int = 0) -> list[DocumentInfo]:
        """What one server added (its own library), newest first."""
        return await self.view(library).library_documents(library, limit, offset)

    # answers ------------------------------------------------------------------------------------------------

    @property
    def _citations(self) -> int:
        return self.settings.max_citations if self.settings else 3

    @property
    def _snippet(self) -> int:
        return self.settings.snippet_chars if self.settings else 280

    async def who(self, query: str, library: int = BASE) -> WhoAnswer:
        return await self.store.answer(library, lambda r: who(r, _clip(query), self._citations, self._snippet))

    async def when(self, query: str, library: int = BASE) -> WhenAnswer:
        return await self.store.answer(library, lambda r: when(r, _clip(query), self._citations, self._snippet))

    async def quote(self, query: str, library: int = BASE, offset: int = 0) -> QuoteAnswer:
        """One batch of the speaker's quotes from `offset` (the next batch: offset + len(answer.quotes))."""
        return await self.store.answer(
            library, lambda r: quote(r, _clip(query), snippet_chars=self._snippet, offset=offset))

    async def check(self, claim: str, speaker: str | None = None, library: int = BASE) -> CheckAnswer:
        claim, speaker = _clip(claim, 2000), _clip(speaker or "")
        return await self.store.answer(library, lambda r: check(r, claim, speaker, snippet_chars=self._snippet))

    async def sources(self, offset: int = 0, library: int = BASE) -> SourcesAnswer:
        return await self.store.answer(library, lambda r: sources(r, offset))

    async def source(self, query: str, library: int = BASE) -> SourceAnswer:
        return await self.store.answer(library, lambda r: source(r, _clip(query), snippet_chars=self._snippet))

    async def help(self, library: int = BASE) -> HelpAnswer:
        return help_answer(await self.view(library).document_count())

    async def ask(self, line: str, library: int = BASE) -> Answer:
        """Answer one command line as typed in the console or given to `ask`: '/who Jaishankar', as `library`
        sees it."""
        line = line.strip()
        if not line:
            return ErrorAnswer("Type a command, e.g. /who Jaishankar — or /help.")
        head, _, rest = line.partition(" ")
        name = head.lstrip("/").lower()
        arg = _unquote(rest.strip())
        handlers = {"who": self.who, "when": self.when, "quote": self.quote}
        if name in ("help", "?"):
            return await self.help(library)
        if name == "sources":
            return await self.sources(library=library)
        if name == "source":
            return await self.source(arg, library)
        if name == "check":
            claim, speaker = _split_speaker(rest)
            return await self.check(claim, speaker, library)
        if name not in handlers:
            return ErrorAnswer(f"Unknown command “{_clip(head, 40)}”. Try /help.", query=line)
        try:
            return await handlers[name](arg, library)
        except Exception:
            log.exception("answering %r failed", line)
            return ErrorAnswer("Something went wrong answering that; it has been logged.", query=line)

    # autocomplete -------------------------------------------------------------------------------------------

    async def complete_names(self, current: str, limit: int = CHOICES, library: int = BASE) -> list[str]:
        current = _clip(current, 100).strip()
        return await self.store.answer(library, lambda r: complete_names(r, current, limit))

    async def complete_documents(self, current: str, limit: int = CHOICES, library: int = BASE,
                                 own: bool = False) -> list[str]:
        """Document names in view matching what is typed (`own`: only the library's own documents)."""
        current, own_library = _clip(current, 100).strip(), library if own else None
        docs = await self.store.answer(library, lambda r: r.find_documents(current, limit, library=own_library))
        return [d.name for d in docs]

    async def complete_events(self, current: str, limit: int = CHOICES, library: int = BASE) -> list[str]:
        current = _clip(current, 100)
        return await self.store.answer(library, lambda r: complete_events(r, current, limit))


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
