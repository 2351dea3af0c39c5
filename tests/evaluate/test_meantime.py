"""MEANTIME English: the people extractor must keep named person mention F1 >= 90 (exact span)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate.meantime import load, score
from bot.evaluate.report import SetMissing


def test_missing_set_says_where_it_looked(tmp_path: Path):
    with pytest.raises(SetMissing, match="meantime"):
        load(tmp_path)


def test_person_mentions_f1_target(shared: Path):
    try:
        articles = load(shared)
    except SetMissing as exc:
        pytest.skip(str(exc))
    assert len(articles) == 120
    assert sum(len(a.persons) for a in articles) > 50  # the gold was read, not silently empty
    got = score(articles)
    assert got.person_exact.f1 >= 0.90, got.person_exact.row("person, exact")
    assert got.person_overlap.f1 >= 0.90, got.person_overlap.row("person, overlap")
    assert got.location_overlap.precision >= 0.6, got.location_overlap.row("countries")
