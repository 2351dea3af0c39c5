"""`python -m bot feed add|list|remove|poll`: follow feeds from the command line; `poll` reads every feed once,
ingests what is new, prints it and exits (for cron, or to see at once what a feed brings)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable

from bot.feeds.describe import describe_added, describe_feeds, describe_poll
from bot.feeds.service import FeedProblem
from bot.settings import Settings


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
               library_type: Callable[[str], int]) -> None:
    library = argparse.ArgumentParser(add_help=False)
    library.add_argument("--library", type=library_type, default=None, metavar="ID",
                         help="a server's feeds (its guild id; its items go to its library); default: the base "
                         "library's (poll: every library's)")
    p = sub.add_parser("feed", parents=[common], help="follow news feeds: feed add URL, feed list, feed remove URL, "
                       "feed poll (read every feed once, ingest what is new, print it); --library: a server's feeds")
    actions = p.add_subparsers(dest="action", required=True)
    both = [common, library]
    a = actions.add_parser("add", parents=both, help="follow a feed (or the feed a site's page announces)")
    a.add_argument("url")
    a.add_argument("--every", type=float, metavar="MINUTES", help="how often to read it (default: [feeds])")
    actions.add_parser("list", parents=both, help="the feeds followed: last fetch, last error, items read")
    r = actions.add_parser("remove", parents=both, help="stop following a feed (its articles stay)")
    r.add_argument("url")
    actions.add_parser("poll", parents=both, help="read every feed once (every library's unless --library), ingest "
                       "what is new, print it, exit")


def run_feed(args: argparse.Namespace, settings: Settings) -> int:
    return asyncio.run(_run(args, settings))


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.desk import Desk

    desk = await Desk.open(settings.db_path, settings)
    given = getattr(args, "library", None)
    library = given or 0
    try:
        feeds = desk.feeds
        if args.action == "list":
            print(describe_feeds(await feeds.list(library), feeds.clock()))
        elif args.action == "poll":
            polls = await feeds.poll_all(library=given)
            print(describe_poll(polls))
            return 1 if polls and all(p.error for p in polls) else 0
        elif args.action == "add":
            row = await feeds.add(args.url, added_by="command line", interval_minutes=args.every, library=library)
            print(describe_added(row).replace(" are being read now and become answerable within minutes",
                                              " are read by `feed poll` or while the bot runs"))
        else:
            row = await feeds.remove(args.url, library)
            print(f"No longer following {row.title or row.url}; its {row.items_read} article(s) stay.")
        return 0
    except FeedProblem as exc:
        print(f"factdesk feed {args.action}: {exc}", file=sys.stderr)
        return 1
    finally:
        await desk.close()
