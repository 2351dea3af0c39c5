"""`python -m bot digest [--since DATE]`: print the digest as the console shows it. Records nothing.

Without --since it shows what the next scheduled digest would hold (since the last one posted); with it,
everything ingested since that local date (in the digest's timezone) or ISO timestamp. --library ID shows
that server's digest (the base library and its own); without it, the base library's.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, date, datetime

from bot.desk import Desk
from bot.digest.config import load_config
from bot.digest.runner import DigestRunner, local_midnight
from bot.render.digest import render_digest_messages, render_digest_text
from bot.settings import Settings


def parse_since(text: str, zone: str) -> datetime:
    """'2025-01-28' (a local date) or an ISO timestamp ('2025-01-28T09:00', naive = UTC)."""
    try:
        if len(text.strip()) == 10:
            return local_midnight(date.fromisoformat(text.strip()), zone)
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"--since must be YYYY-MM-DD or an ISO timestamp, got {text!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def _print_digest(settings: Settings, since_text: str | None, library: int = 0) -> int:
    desk = await Desk.open(settings.db_path, settings)
    try:
        config = await load_config(desk.store, settings, library)
        try:
            since = parse_since(since_text, config.timezone) if since_text else None
        except ValueError as exc:
            print(f"factdesk: {exc}", file=sys.stderr)
            return 2

        async def nowhere(channel_id: int, message: object) -> int:
            raise RuntimeError("the console digest never posts")

        runner = DigestRunner(desk.store, settings, render_digest_messages, nowhere, library=library)
        print(render_digest_text(await runner.preview(since)))
        return 0
    finally:
        await desk.close()


def run_digest(args: argparse.Namespace, settings: Settings) -> int:
    return asyncio.run(_print_digest(settings, getattr(args, "since", None), getattr(args, "library", 0)))
