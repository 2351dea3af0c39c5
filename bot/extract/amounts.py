"""Placeholder: being written."""

from __future__ import annotations

from bot.extract.facts import Amount


def find_amounts(text: str, sentences: list[tuple[int, int]]) -> list[Amount]:
    return []
