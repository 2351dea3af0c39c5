"""TimeML values made readable, and period containment for agreement."""

from __future__ import annotations

import pytest

from bot.answer.dates import contains, human, precision


@pytest.mark.parametrize(("value", "text"), [
    ("2025-01-20", "Monday 20 January 2025"), ("2025-01", "January 2025"), ("2024", "2024"),
    ("2025-W04", "the week of 20–26 January 2025"), ("2025-W05", "the week of 27 January–2 February 2025"),
    ("2025-01-20TNI", "Monday 20 January 2025, night"), ("2025-01-20T17:00Z", "Monday 20 January 2025, 17:00 UTC"),
    ("2025-01-20T09:30", "Monday 20 January 2025, 09:30"), ("2025-Q3", "Q3 2025 (July–September)"),
    ("2025-H1", "the first half of 2025"), ("2025-SU", "summer 2025"), ("199", "the 1990s"), ("19", "the 1900s"),
    ("XXXX-06", "June (year not stated)"), ("XXXX-01-20", "20 January (year not stated)"),
    ("2025-W04-WE", "the weekend of 25–26 January 2025"), ("PRESENT_REF", "now"), ("2025-13-45", "2025-13-45"),
])
def test_human(value: str, text: str) -> None:
    assert human(value) == text


def test_contains_and_precision() -> None:
    assert contains("2025-W04", "2025-01-20") and not contains("2025-W04", "2025-01-27")
    assert contains("2025", "2025-01") and contains("2025-01", "2025-01-20")
    assert not contains("2025-01-20", "2025-01-20") and not contains("2024", "2025-01-20")
    assert precision("2025-01-20") > precision("2025-W04") > precision("2025-01") > precision("2025")
