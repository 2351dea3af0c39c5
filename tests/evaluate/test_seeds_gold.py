"""Every `core` item of ../shared/gold/seeds.gold.json, checked through the answers users get."""

from __future__ import annotations

from pathlib import Path

from bot.evaluate.seeds import run_checks


def test_every_core_gold_item_is_answered(shared: Path, seeds_gold: dict) -> None:
    checks = run_checks(shared)
    core = [c for c in checks if c.level == "core"]
    assert len(core) >= 50  # people, roles, aliases, not_people, events, evidence, quotes, amounts
    failed = [f"{c.group}: {c.item} ({c.detail})" for c in core if not c.ok]
    assert not failed, "\n".join(failed)


def test_stretch_event_the_day_after(shared: Path, seeds_gold: dict) -> None:
    checks = run_checks(shared)
    day_after = [c for c in checks if c.group == "events" and "2025-01-21" in c.item]
    assert day_after and all(c.ok for c in day_after), [c.detail for c in day_after]
