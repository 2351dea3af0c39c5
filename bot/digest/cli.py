"""Placeholder until the digest lands."""

from __future__ import annotations

import argparse
import sys

from bot.settings import Settings


def run_digest(args: argparse.Namespace, settings: Settings) -> int:
    print("factdesk: the digest is not available yet", file=sys.stderr)
    return 2
