"""Placeholder: being written."""

from __future__ import annotations

from bot.extract.facts import Entity, Quote


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    return []
