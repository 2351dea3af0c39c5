"""The benchmark end to end at a tiny size: structure of the results, never timing."""

from __future__ import annotations

import json
from pathlib import Path

from bot.bench.cli import run_bench
from bot.bench.queries import COMMANDS, build_queries
from bot.bench.report import percentile
from bot.settings import Settings


def test_queries_are_deterministic_and_mixed() -> None:
    a = build_queries(5, 30, per_command=40, warmup=5)
    assert a == build_queries(5, 30, per_command=40, warmup=5)
    assert set(a) == set(COMMANDS)
    for command, qs in a.items():
        assert len(qs) == 45, command
    kinds = {q["kind"] for q in a["who"]}
    assert {"hit", "typo", "miss"} <= kinds


def test_percentile_is_nearest_rank() -> None:
    xs = [float(i) for i in range(1, 101)]
    assert percentile(xs, 50) == 50.0
    assert percentile(xs, 99) == 99.0
    assert percentile([3.0], 99) == 3.0


def test_bench_end_to_end_on_a_tiny_corpus(tmp_path: Path, capsys) -> None:
    settings = Settings.load(db=tmp_path / "factdesk.db", corpus=tmp_path, env={})
    md = tmp_path / "bench.md"
    code = run_bench(["measure", "--sizes", "30", "--queries", "20", "--warmup", "2", "--naive-queries", "3",
                      "--data", str(tmp_path / "bench"), "--markdown", str(md)], settings)
    assert code == 0
    out = capsys.readouterr().out
    for heading in ("### Ingest", "### Storage", "### Start-up and serving", "### Answer path latency beside the "
                    "plain-SQLite limit", "### Naive baseline", "### Targets (issue 14)", "### Latency by query kind",
                    "/who", "/check", "autocomplete names", "Surname Surname"):
        assert heading in out, heading
    assert out.index("### Latency by query kind") < out.index("### Targets")  # the targets come last
    results = json.loads(next((tmp_path / "bench").glob("results-*.json")).read_text())
    (r,) = results["results"]
    assert r["n"] == 30 and r["ingest"]["added"] == 30 and r["ingest"]["failed"] == 0
    assert r["ingest"]["db_bytes"] > 0 and r["serve"]["rss_peak_kb"] > 0 and r["startup_wall_s"] > 0
    assert r["sync"]["unchanged"] == 30 and not r["sync"]["changed"]  # a start-up reads none of them again
    for command in COMMANDS:
        assert len(r["serve"]["latency_ms"][command]) == 20
        assert len(r["serve"]["cpu_ms"][command]) == len(r["serve"]["plain_ms"][command]) == 20
        assert len(r["serve"]["shapes"][command]) == 20
        assert 1 <= len(r["serve"]["naive_ms"][command]) <= 3
    assert r["ingest"]["table_bytes"] and r["sync"]["process_s"] >= r["sync"]["wall_s"]
    assert md.read_text().startswith("Machine:")
    # a rerun reuses the corpus (and with --reuse-db the database)
    assert run_bench(["--", "--sizes", "30", "--queries", "20", "--warmup", "2", "--naive-queries", "0",
                      "--reuse-db", "--data", str(tmp_path / "bench")], settings) == 0
