"""Placeholder: being written."""

from __future__ import annotations

from bot.extract.facts import Timex


def find_timexes(text: str, sentences: list[tuple[int, int]], published: str | None) -> list[Timex]:
    return []
