"""kill -9 during ingest, at random moments, a few times: the database stays whole (integrity, counters, no half
document), no process is left behind, and the next run converges. Set FACTDESK_CRASH_SEED to replay a run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.store.doctor import diagnose
from tests.ingest._processes import HAVE_PROC, ROOT, cleanup, make_corpus, start_ingest, survivors

pytestmark = pytest.mark.skipif(not HAVE_PROC, reason="finds processes through /proc (Linux)")

ROUNDS = 4


def test_kill_9_at_random_moments_leaves_a_whole_database(tmp_path: Path, seeds_dir: Path) -> None:
    seed = int(os.environ.get("FACTDESK_CRASH_SEED") or random.randrange(1 << 30))
    rng = random.Random(seed)
    corpus = make_corpus(tmp_path / "corpus", seeds_dir, copies=60)
    files = sorted(corpus.iterdir())
    db = tmp_path / "crash.db"
    for round_ in range(ROUNDS):
        for path in rng.sample(files, 10):  # changed files: the next run replaces their documents
            path.write_text(path.read_text(encoding="utf-8") + f"\nUpdated in round {round_}.", encoding="utf-8")
        proc, mark = start_ingest(db, corpus)
        try:
            time.sleep(rng.uniform(0.2, 2.5))  # start-up, migration, extraction or writing: wherever it is
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
            left = survivors(mark, timeout=5)
        finally:
            cleanup(mark)
        assert left == [], f"seed {seed}, round {round_}: processes left after kill -9: {left}"
        if db.exists():
            report = diagnose(db)
            assert report.healthy, f"seed {seed}, round {round_}:\n{report.render()}"
    final = _ingest(db, corpus)
    assert final.returncode == 0, f"seed {seed}: {final.stderr[-500:]}"
    again = _ingest(db, corpus)
    assert f"0 added, 0 updated, {len(files)} unchanged" in again.stdout, f"seed {seed}: {again.stdout}"
    report = diagnose(db)
    assert report.healthy, f"seed {seed}:\n{report.render()}"


def _ingest(db: Path, corpus: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "ingest", "--db", str(db), str(corpus)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "DISCORD_TOKEN": ""})
