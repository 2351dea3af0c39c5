"""`python -m bot bench ...`: generate a synthetic corpus, or measure ingest and the answer path at several sizes.

    python -m bot bench generate N DIR [--seed S]        write N articles into DIR (deterministic)
    python -m bot bench [measure] [--sizes 10000] [--full]    measure; --full adds 100,000 articles

(`bot/cli.py` passes the rest of the command line only from the first positional word on, so options need
the word `measure` (or `--`) before them: `python -m bot bench measure --full`.)

Corpora and built databases are cached under data/bench/ keyed by (N, seed, generator version), so a rerun
only measures. Every measurement that depends on process state (ingest, start-up, serving memory, latency)
runs in a fresh `python -m bot.bench.measure` process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.bench.generate import GENERATOR_VERSION, cached_corpus, generate
from bot.bench.queries import QUERY_MIX_VERSION, build_queries
from bot.bench.report import machine, tables
from bot.settings import Settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot bench", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="10000", help="comma-separated corpus sizes (default 10000)")
    p.add_argument("--full", action="store_true", help="also measure 100,000 articles (slow: ~15 min ingest)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--queries", type=int, default=500, help="measured queries per command and size (default 500)")
    p.add_argument("--warmup", type=int, default=30, help="unmeasured warm-up queries per command (default 30)")
    p.add_argument("--naive-queries", type=int, default=100, help="naive-baseline queries per command (0: skip)")
    p.add_argument("--naive-seconds", type=float, default=15.0, help="time budget per command for the baseline")
    p.add_argument("--reuse-db", action="store_true",
                   help="reuse a database built by an earlier run (its ingest figures are reported, marked cached)")
    p.add_argument("--data", type=Path, help="cache folder (default: data/bench next to the database)")
    p.add_argument("--markdown", type=Path, help="also write the tables to this file")
    p.add_argument("--libraries", type=int, default=0, metavar="N",
                   help="spread the corpus over the base library and N server libraries and ask every query in "
                   "one server's view (default 0: everything in the base library)")
    return p


def _gen_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot bench generate", description="write a synthetic news corpus")
    p.add_argument("n", type=int)
    p.add_argument("dir", type=Path)
    p.add_argument("--seed", type=int, default=7)
    return p


def run_bench(argv: list[str], settings: Settings) -> int:
    # bot/cli.py hands over argparse.REMAINDER, which only starts at a positional word: accept
    # `bench measure --full` and `bench -- --full` as well as a bare `bench`.
    if argv and argv[0] in ("--", "measure"):
        argv = argv[1:]
    if argv and argv[0] == "generate":
        g = _gen_parser().parse_args(argv[1:])
        t = time.perf_counter()
        manifest = generate(g.n, g.dir, g.seed)
        print(f"{manifest['n']:,} articles, {manifest['words']:,} words, {manifest['bytes'] / 2**20:.1f} MB "
              f"→ {g.dir} ({time.perf_counter() - t:.1f} s)")
        return 0
    if "--help-bench" in argv:
        _parser().print_help()
        print("\n" + _gen_parser().format_help())
        return 0
    args = _parser().parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()} | ({100_000} if args.full else set()))
    root = (args.data or settings.db_path.parent / "bench").resolve()
    root.mkdir(parents=True, exist_ok=True)
    info = machine()
    results = [measure_size(n, args, root) for n in sizes]
    text = tables(results, info)
    print("\n" + text)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = root / f"results-{stamp}.json"
    out.write_text(json.dumps({"machine": info, "args": vars(args) | {"data": str(root), "markdown": None},
                               "results": results}, default=str))
    print(f"\nraw samples: {out}")
    if args.markdown:
        args.markdown.write_text(text + "\n")
    return 0


def _log(msg: str) -> None:
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {msg}", file=sys.stderr, flush=True)


def measure_size(n: int, args: argparse.Namespace, root: Path) -> dict[str, Any]:
    t = time.perf_counter()
    corpus, manifest, cached = cached_corpus(root, n, args.seed)
    _log(f"{n:,} articles: corpus {'cached' if cached else 'generated'} in {time.perf_counter() - t:.1f} s "
         f"({manifest['words']:,} words) at {corpus}")
    key = f"n{n}-s{args.seed}-v{GENERATOR_VERSION}" + (f"-l{args.libraries}" if args.libraries else "")
    db = root / f"db-{key}.db"
    ingest_json = root / f"ingest-{key}.json"
    ingest_cached = args.reuse_db and db.exists() and ingest_json.exists()
    if not ingest_cached:
        _log(f"{n:,} articles: ingesting (fresh process)")
        subprocess.run([sys.executable, "-m", "bot.bench.measure", "ingest", str(corpus), str(db), str(ingest_json),
                        "--libraries", str(args.libraries)], check=True)
    ingest = json.loads(ingest_json.read_text())
    _log(f"{n:,} articles: ingest {ingest['wall_s']:.1f} s, {ingest['added'] / ingest['wall_s']:.0f} articles/s")

    sync = _sync(n, corpus, db, root / f"sync-{key}.json") if not args.libraries else None  # base corpus only

    queries = build_queries(args.seed, n, args.queries, args.warmup)
    qfile = root / f"queries-{key}-m{QUERY_MIX_VERSION}-q{args.queries}-w{args.warmup}.json"
    qfile.write_text(json.dumps(queries))
    out = root / f"serve-{key}.json"
    _log(f"{n:,} articles: serving {args.queries} queries × {len(queries)} commands (fresh process)")
    cmd = [sys.executable, "-m", "bot.bench.measure", "serve", str(db), str(qfile), str(out),
           "--warmup", str(args.warmup), "--naive-queries", str(args.naive_queries),
           "--naive-seconds", str(args.naive_seconds), "--libraries", str(args.libraries)]
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        startup = float("nan")
        for line in proc.stdout:
            if line.strip() == "READY":
                startup = time.perf_counter() - t0
                break
        proc.stdout.read()
        if proc.wait() != 0:
            raise RuntimeError(f"serving measurement failed for {n} articles (exit {proc.returncode})")
    serve = json.loads(out.read_text())
    _log(f"{n:,} articles: ready in {startup:.2f} s; serving done")
    return {"n": n, "seed": args.seed, "libraries": args.libraries, "query_mix": QUERY_MIX_VERSION,
            "corpus": manifest, "corpus_path": str(corpus), "db": str(db), "ingest": ingest,
            "ingest_cached": ingest_cached, "sync": sync, "startup_wall_s": startup, "serve": serve}


def _sync(n: int, corpus: Path, db: Path, out: Path) -> dict[str, Any]:
    """A start-up's sync over the unchanged corpus, in a fresh process (the corpus all in the base library)."""
    _log(f"{n:,} articles: start-up sync over the unchanged corpus (fresh process)")
    subprocess.run([sys.executable, "-m", "bot.bench.measure", "sync", str(corpus), str(db), str(out)], check=True)
    sync = json.loads(out.read_text())
    _log(f"{n:,} articles: sync {sync['wall_s']:.2f} s ({sync['unchanged']:,} unchanged)")
    return sync
