"""Killing an ingest (kill -9, the OOM killer) must not leave its extraction workers or multiprocessing's
resource tracker running: they exit when their parent dies."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.ingest._processes import HAVE_PROC, cleanup, make_corpus, start_ingest, survivors, wait_for

pytestmark = pytest.mark.skipif(not HAVE_PROC, reason="finds processes through /proc (Linux)")


def test_workers_and_tracker_exit_when_a_killed_ingest_leaves_them(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", seeds_dir, copies=150)
    proc, mark = start_ingest(tmp_path / "o.db", corpus)
    try:
        family = wait_for(mark, count=3, timeout=30)  # the ingest, its resource tracker and a worker at least
        assert proc.poll() is None and len(family) >= 3, "the ingest ended before its pool was seen"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        left = survivors(mark, timeout=5)
        assert left == [], f"processes left running after kill -9 of the ingest: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()
        cleanup(mark)


POOL_ONLY = """
import sys, time
from bot.ingest.pool import die_with_parent
from concurrent.futures import ProcessPoolExecutor
import multiprocessing, os
deathsig = sys.argv[1] == "1"
pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"), initializer=die_with_parent,
                           initargs=(os.getpid(), deathsig))
list(pool.map(time.sleep, [0, 0]))
print("ready", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("deathsig", [True, False], ids=["prctl", "polling"])
def test_each_way_of_noticing_the_parent_is_enough(tmp_path: Path, deathsig: bool) -> None:
    """The kernel's parent-death signal (Linux) and the portable polling thread each end the workers alone."""
    import subprocess
    import sys
    import uuid

    mark = uuid.uuid4().hex
    proc = subprocess.Popen([sys.executable, "-c", POOL_ONLY, "1" if deathsig else "0"], stdout=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parents[2], env={**os.environ, "FACTDESK_TEST_MARK": mark})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        assert len(wait_for(mark, count=4, timeout=10)) >= 4  # the parent, its tracker, two workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert survivors(mark, timeout=5) == []
    finally:
        if proc.poll() is None:
            proc.kill()
        cleanup(mark)
