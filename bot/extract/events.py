"""Placeholder: being written."""

from __future__ import annotations

from bot.extract.facts import Event, Timex


def link_events(text: str, sentences: list[tuple[int, int]], timexes: list[Timex]) -> list[Event]:
    return []
