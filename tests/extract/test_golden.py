"""Characterisation: `extract --json` output for the seeds and synthetic articles, byte for byte.

The golden files pin today's behaviour so that a restructure can prove it changed nothing. When behaviour
changes on purpose, bump EXTRACTOR_VERSION (bot/extract/version.py) and regenerate them in a commit of their own:

    .venv/bin/python -m tests.extract.test_golden

Synthetic articles come from the benchmark generator (bot/bench/generate.py), a pure function of
(seed, index): no third-party text is stored, only the facts extracted from our own articles and seeds/.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path

import pytest

from bot.bench.generate import GENERATOR_VERSION, article
from bot.extract import DocumentMeta, clean_text, extract
from bot.extract.version import EXTRACTOR_VERSION
from bot.ingest import extract_facts, read_document

GOLDEN_DIR = Path(__file__).parent / "golden"
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
SYNTHETIC_SEED = 9
SYNTHETIC_COUNT = 300
SHARED_FILE = GOLDEN_DIR / "benchmark-digests.json"
VERSION_FILE = GOLDEN_DIR / "extractor-version.json"
SYNTHETIC_FILE = GOLDEN_DIR / f"synthetic-s{SYNTHETIC_SEED}-n{SYNTHETIC_COUNT}-v{GENERATOR_VERSION}.jsonl.gz"


def facts_dict(text: str, meta: DocumentMeta) -> object:
    return extract(text, meta).to_json()


def facts_json(path: Path) -> str:
    """What `python -m bot extract PATH --json` prints for one file."""
    source = read_document(path)
    return json.dumps(extract_facts(source).to_json(), ensure_ascii=False, indent=2)


def seed_paths() -> list[Path]:
    return sorted(p for p in SEEDS_DIR.iterdir() if p.suffix in (".txt", ".md"))


def synthetic_lines(tmp: Path) -> list[str]:
    """One compact JSON line per synthetic article, in index order."""
    lines = []
    for index in range(SYNTHETIC_COUNT):
        art = article(SYNTHETIC_SEED, index)
        path = tmp / art.name
        path.write_bytes(art.text.encode("utf-8"))
        compact = json.dumps(json.loads(facts_json(path)), ensure_ascii=False, separators=(",", ":"))
        lines.append(compact)
        path.unlink()
    return lines


def _first_difference(expected: list[str], actual: list[str]) -> str:
    for index, (want, got) in enumerate(zip(expected, actual, strict=False)):
        if want != got:
            at = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
            window = slice(max(0, at - 80), at + 120)
            return f"article {index}, char {at}:\n  golden: …{want[window]}\n  now:    …{got[window]}"
    return f"{len(expected)} golden lines, {len(actual)} now"


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name)
def test_seed_output_is_unchanged(path: Path) -> None:
    golden = GOLDEN_DIR / f"{path.stem}.json"
    assert golden.is_file(), f"{golden} missing: regenerate with `python -m tests.extract.test_golden`"
    assert facts_json(path) + "\n" == golden.read_text(encoding="utf-8")


def _rules(value: object) -> list[str]:
    """Every `rule` field in an extract --json value, at any depth."""
    if isinstance(value, dict):
        own = [value["rule"]] if "rule" in value else []
        return own + [r for v in value.values() for r in _rules(v)]
    if isinstance(value, list):
        return [r for v in value for r in _rules(v)]
    return []


def test_every_fact_names_the_rule_that_made_it(tmp_path: Path) -> None:
    lines = [facts_json(p) for p in seed_paths()] + synthetic_lines(tmp_path)[:40]
    facts = [json.loads(line) for line in lines]
    rules = [r for f in facts for r in _rules(f)]
    kinds = sum(len(f[k]) for f in facts for k in ("people", "timexes", "events", "quotes", "amounts"))
    assert len(rules) >= kinds > 0
    assert all(isinstance(r, str) and r for r in rules), "a fact without the rule that produced it"


def test_synthetic_output_is_unchanged(tmp_path: Path) -> None:
    assert SYNTHETIC_FILE.is_file(), f"{SYNTHETIC_FILE} missing: regenerate (see module docstring)"
    expected = gzip.decompress(SYNTHETIC_FILE.read_bytes()).decode("utf-8").splitlines()
    actual = synthetic_lines(tmp_path)
    assert actual == expected, _first_difference(expected, actual)


def shared_texts(shared: Path) -> dict[str, tuple[str, str | None]]:
    """Benchmark texts from ../shared (TBAQ, MEANTIME, PolNeAR dev): name -> (text, publication date)."""
    from bot.evaluate import meantime, polnear, tbaq

    texts: dict[str, tuple[str, str | None]] = {}
    for doc in tbaq.load_corpus(shared / "bench" / "tbaq"):
        texts[f"tbaq/{doc.name}"] = (doc.text, doc.dct)
    for art in meantime.load(shared):
        texts[f"meantime/{art.name}"] = (art.text, None)
    for art in polnear.load(shared):
        texts[f"polnear/{art.name}"] = (art.text, art.published)
    return texts


def shared_digests(shared: Path) -> dict[str, str]:
    """A SHA-256 of the extracted facts of every benchmark text: pins behaviour on real news without
    storing any of its text in the project."""
    digests = {}
    for name, (text, published) in sorted(shared_texts(shared).items()):
        facts = facts_dict(clean_text(text), DocumentMeta(name=name.rsplit("/", 1)[-1], published=published))
        data = json.dumps(facts, ensure_ascii=False, sort_keys=True).encode("utf-8")
        digests[name] = hashlib.sha256(data).hexdigest()
    return digests


def test_benchmark_output_is_unchanged(shared: Path) -> None:
    assert SHARED_FILE.is_file(), f"{SHARED_FILE} missing: regenerate (see module docstring)"
    expected = json.loads(SHARED_FILE.read_text(encoding="utf-8"))
    actual = shared_digests(shared)
    changed = sorted(name for name in expected.keys() | actual.keys() if expected.get(name) != actual.get(name))
    assert not changed, f"{len(changed)} of {len(expected)} benchmark texts extract differently: {changed[:10]}"


def test_golden_files_were_made_by_this_extractor_version() -> None:
    recorded = json.loads(VERSION_FILE.read_text(encoding="utf-8"))["extractor_version"]
    assert recorded == EXTRACTOR_VERSION, (
        f"golden files are from extractor version {recorded}, the code says {EXTRACTOR_VERSION}: regenerate them"
    )


def _golden_bytes() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(GOLDEN_DIR.glob("*")) if p != VERSION_FILE}


def _committed_version() -> int:
    """The version the committed golden files were made with (what a regeneration is compared against)."""
    import subprocess

    rel = VERSION_FILE.relative_to(Path(__file__).resolve().parents[2]).as_posix()
    shown = subprocess.run(["git", "show", f"HEAD:{rel}"], capture_output=True, text=True, check=False,
                           cwd=GOLDEN_DIR)
    text = shown.stdout if shown.returncode == 0 else (VERSION_FILE.read_text("utf-8") if VERSION_FILE.exists() else "")
    return json.loads(text)["extractor_version"] if text else 0


def regenerate() -> None:
    """Write every golden file from the current extractor.

    Changed output needs a new EXTRACTOR_VERSION (bot/extract/version.py), so that stored documents are
    extracted again after the upgrade: regenerating changed files under the recorded version is refused.
    """
    import tempfile

    GOLDEN_DIR.mkdir(exist_ok=True)
    before = _golden_bytes()
    recorded = _committed_version()
    for old in GOLDEN_DIR.iterdir():
        if old not in (SHARED_FILE, VERSION_FILE):
            old.unlink()
    for path in seed_paths():
        (GOLDEN_DIR / f"{path.stem}.json").write_text(facts_json(path) + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        lines = synthetic_lines(Path(tmp))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    SYNTHETIC_FILE.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    from bot.evaluate import shared_dir

    if shared_dir().is_dir():
        digests = shared_digests(shared_dir())
        SHARED_FILE.write_text(json.dumps(digests, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    else:
        print("../shared not found: benchmark digests not regenerated", file=sys.stderr)
    if _golden_bytes() != before and recorded == EXTRACTOR_VERSION:
        print(f"extraction output changed but EXTRACTOR_VERSION is still {recorded}: bump it in "
              "bot/extract/version.py (stored documents are then extracted again) and regenerate", file=sys.stderr)
        raise SystemExit(1)
    VERSION_FILE.write_text(json.dumps({"extractor_version": EXTRACTOR_VERSION}) + "\n", encoding="utf-8")
    print(f"wrote {len(seed_paths())} seed files and {len(lines)} synthetic articles to {GOLDEN_DIR}", file=sys.stderr)


if __name__ == "__main__":
    regenerate()
