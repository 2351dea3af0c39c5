"""PolNeAR dev: direct quotations must reach the targets (content F1 >= 88 by overlap, speaker accuracy >= 90%)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate.polnear import SetMissing, load, run


@pytest.fixture(scope="module")
def dev(shared: Path):
    try:
        load(shared, "dev")
    except SetMissing as exc:
        pytest.skip(str(exc))
    return run(shared, "dev", whole=False)


def test_direct_quotation_targets(dev) -> None:
    tallies, _ = dev
    direct = tallies["direct"]
    assert 100 * direct.overlap.f1 >= 88.0
    assert direct.spk_n > 400
    assert 100 * direct.spk_ok / direct.spk_n >= 90.0


def test_partial_quotations_are_scored(dev) -> None:
    tallies, _ = dev
    partial = tallies["partial"]
    assert partial.overlap.tp > 0
    assert 100 * partial.overlap.recall >= 60.0


def test_quotation_stage_is_fast(dev) -> None:
    _, speed = dev
    assert speed["articles"] / max(speed["quotes_s"], 1e-9) >= 100


def test_missing_data_raises(tmp_path: Path) -> None:
    with pytest.raises(SetMissing):
        load(tmp_path, "dev")
