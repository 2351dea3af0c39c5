"""`python -m bot ...` / `factdesk ...`: run, ingest, feed, remove, ask, extract, sync, doctor, eval.

Every command takes --db and --corpus, which override FACTDESK_DB / FACTDESK_CORPUS, which override
config/factdesk.toml.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from bot.feeds.cli import add_parser as feed_parser
from bot.settings import ConfigError, Settings
from bot.store.scope import BASE, library_id

log = logging.getLogger("factdesk")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="SQLite database file (default: data/factdesk.db)")
    common.add_argument("--corpus", type=Path, help="folder of .txt/.md/.html articles (default: seeds/)")
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging")

    parser = argparse.ArgumentParser(prog="factdesk", description=__doc__.splitlines()[0], parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)

    library = argparse.ArgumentParser(add_help=False)
    library.add_argument("--library", type=_library, default=BASE, metavar="ID",
                         help="a server's library (its guild id): add to it, answer as that server sees the sources "
                         "(the base library and its own); default 0, the base library")

    p = sub.add_parser("run", parents=[common, library], help="update the database from the corpus, then start the "
                       "bot (Discord with DISCORD_TOKEN, else an interactive console; --library: the console as that "
                       "server)")
    p = sub.add_parser("ingest", parents=[common, library],
                       help="ingest files, folders or web links (default: the corpus)")
    p.add_argument("paths", nargs="*", help="files, folders, or http(s):// links to articles")
    p.add_argument("--prune", action="store_true", help="also remove stored documents whose file is gone")
    feed_parser(sub, common, _library)
    p = sub.add_parser("remove", parents=[common, library], help="remove documents from the database by file name")
    p.add_argument("names", nargs="+")
    p = sub.add_parser("ask", parents=[common, library], help='answer one command and exit: ask "/who Jaishankar"')
    p.add_argument("line", nargs="+")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p = sub.add_parser("extract", parents=[common], help="print the facts of one file (no database)")
    p.add_argument("file", type=Path)
    p.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file's header)")
    p.add_argument("--json", action="store_true", help="print JSON (the default and only format)")
    p = sub.add_parser("sync", parents=[common], help="register the slash commands with Discord")
    p.add_argument("--guild", type=int, help="sync to one guild (instant) instead of globally")
    p = sub.add_parser("digest", parents=[common, library],
                       help="print the digest of what arrived (as Discord would post it in that server)")
    p.add_argument("--since", help="YYYY-MM-DD or an ISO timestamp (default: since the last posted digest)")
    p = sub.add_parser("bench", parents=[common], help="performance benchmark: `bench generate N DIR --seed S`, "
                       "or `bench` to measure (see docs/BENCHMARKS.md)")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="arguments for the benchmark (try: bench --help-bench)")
    sub.add_parser("doctor", parents=[common], help="check the database (integrity, full-text indexes, foreign keys, "
                   "counters) and explain; exit 0 when healthy")
    p = sub.add_parser("eval", parents=[common], help="score the extractor on gold data and benchmarks")
    p.add_argument("sets", nargs="*", help="seeds, tbaq, meantime, polnear, html (default: all)")
    return parser


def _library(text: str) -> int:
    try:
        return library_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("a library is 0 (the base library) or a server's id (a number)") from exc


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command == "bench":  # the benchmark parses its own options: `bench --full`, `bench measure ...`
        args.rest = unknown + args.rest
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("discord").setLevel(logging.INFO)
    try:
        settings = Settings.load(db=args.db, corpus=args.corpus)
    except ConfigError as exc:
        print(f"factdesk: configuration error: {exc}", file=sys.stderr)
        return 2
    handler = {
        "run": _run, "ingest": _ingest, "remove": _remove, "ask": _ask, "extract": _extract,
        "sync": _sync, "eval": _eval, "digest": _digest, "bench": _bench, "doctor": _doctor, "feed": _feed,
    }[args.command]
    return _guarded(handler, args, settings)


def _guarded(handler: Any, args: argparse.Namespace, settings: Settings) -> int:
    """Run a command so that whatever goes wrong is one line on stderr and an exit status, not a traceback
    (-v shows the traceback of an unexpected error)."""
    from bot.console import lenient_output
    from bot.store import StoreError

    lenient_output(sys.stdout)
    try:
        status = handler(args, settings)
        sys.stdout.flush()  # a closed pipe shows here, not as a message at exit
        return status
    except BrokenPipeError:  # `factdesk ask ... | head`: the reader has what it wanted
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
    except StoreError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        if args.verbose:
            log.exception("%s failed", args.command)
        where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
        print(f"factdesk {args.command}: {type(exc).__name__}: {exc}{where}"
              + ("" if args.verbose else " (run with -v for the traceback)"), file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.token:
        from bot.client import run_discord

        if args.library != BASE:
            log.warning("--library is for the console: in Discord every server answers from its own library")
        return run_discord(settings)
    from bot.console import run_console

    return asyncio.run(run_console(settings, args.library))


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.desk import Desk

    async def go() -> int:
        desk = await Desk.open(settings.db_path, settings)
        try:
            links = [a for a in args.paths if _is_link(a)]
            paths = [Path(a) for a in args.paths if not _is_link(a)] or ([] if links else [settings.corpus_dir])
            failed_links = await _ingest_links(desk, links, args.library)
            if not paths:
                return 1 if failed_links else 0
            missing = [p for p in paths if not p.exists()]
            for p in missing:
                print(f"factdesk: {p}: no such file or folder", file=sys.stderr)
            bar = _progress_bar()
            report = await desk.ingest_paths([p for p in paths if p.exists()], prune=args.prune, progress=bar,
                                             library=args.library)
            if bar:
                bar.close()
            where = f" (server {args.library}'s library)" if args.library != BASE else ""
            print(f"{report.summary()} → {settings.db_path}{where}")
            for name, reason in report.failed:
                print(f"  skipped {name}: {reason}")
            nothing = report.failed and not (report.added or report.updated or report.unchanged)
            return 1 if missing or failed_links or nothing else 0
        finally:
            await desk.close()

    return asyncio.run(go())


def _is_link(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


async def _ingest_links(desk: Any, links: list[str], library: int = BASE) -> int:
    """Read each link; one line per link saying what was added or why not. Returns how many failed."""
    failed = 0
    for url in links:
        outcome = await desk.ingest_url(url, library=library)
        print(outcome.describe(), file=sys.stdout if outcome.ok else sys.stderr)
        failed += not outcome.ok
    return failed


class _Progress:
    """A tqdm bar that appears only when there are many files to extract."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if total < 20:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="extracting")
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress_bar() -> _Progress | None:
    return _Progress() if sys.stderr.isatty() else None


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from bot.desk import Desk

    async def go() -> int:
        desk = await Desk.open(settings.db_path, settings)
        try:
            status = 0
            where = f" in server {args.library}'s library" if args.library != BASE else ""
            for name in args.names:
                if await desk.remove(name, args.library):
                    print(f"removed {name}{where}")
                else:
                    print(f"factdesk: no document named {name}{where}", file=sys.stderr)
                    status = 1
            return status
        finally:
            await desk.close()

    return asyncio.run(go())


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import clean_input
    from bot.desk import Desk
    from bot.render.text import render_text

    async def go() -> int:
        if not settings.db_path.exists():
            await _build(settings)
        desk = await Desk.open(settings.db_path, settings)
        try:
            answer = await desk.ask(clean_input(" ".join(args.line)), args.library)
        finally:
            await desk.close()
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        else:
            print(render_text(answer))
        return 1 if getattr(answer, "status", "found") == "error" else 0

    return asyncio.run(go())


async def _build(settings: Settings) -> None:
    """Create the database from the corpus (first use of `ask` on a fresh clone)."""
    from bot.desk import Desk

    desk = await Desk.open(settings.db_path, settings)
    try:
        report = await desk.ingest_paths([settings.corpus_dir], prune=True)
        log.info("corpus %s: %s", settings.corpus_dir, report.summary())
    finally:
        await desk.close()


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest import IngestError, extract_facts, read_document

    try:
        source = read_document(args.file, settings.max_document_bytes)
    except IngestError as exc:
        print(f"factdesk: {exc}", file=sys.stderr)
        return 1
    if args.published:
        from datetime import date

        try:
            source.meta.published = date.fromisoformat(args.published).isoformat()
        except ValueError:
            print(f"factdesk: --published must be YYYY-MM-DD, got {args.published!r}", file=sys.stderr)
            return 2
    facts = extract_facts(source)
    out = facts.to_json()
    if source.origin or source.path.suffix.lower() in (".html", ".htm"):  # a page: the text its offsets refer to
        out.update(text=source.text, title=source.meta.title, url=source.meta.url, outlet=source.meta.outlet,
                   author=source.author, published=source.meta.published)
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _sync(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.token:
        print("factdesk: sync needs DISCORD_TOKEN (environment or .env); see README § Discord set-up",
              file=sys.stderr)
        return 2
    from bot.client import sync_commands

    return asyncio.run(sync_commands(settings, args.guild or settings.guild_id))


def _digest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.digest.cli import run_digest

    return run_digest(args, settings)


def _feed(args: argparse.Namespace, settings: Settings) -> int:
    from bot.feeds.cli import run_feed

    return run_feed(args, settings)


def _bench(args: argparse.Namespace, settings: Settings) -> int:
    from bot.bench.cli import run_bench

    return run_bench(args.rest, settings)


def _doctor(args: argparse.Namespace, settings: Settings) -> int:
    import sqlite3

    from bot.store.doctor import diagnose

    if not settings.db_path.is_file():
        print(f"factdesk: no database at {settings.db_path} (nothing to check)", file=sys.stderr)
        return 2
    try:
        report = diagnose(settings.db_path)
    except sqlite3.Error as exc:
        print(f"factdesk: cannot open {settings.db_path} as a database: {exc}", file=sys.stderr)
        return 1
    print(report.render())
    return 0 if report.healthy else 1


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluate.cli import run_eval

    if not args.verbose:
        logging.getLogger().setLevel(logging.WARNING)
    return run_eval(args.sets)


if __name__ == "__main__":
    raise SystemExit(main())
