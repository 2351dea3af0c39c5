"""The synthetic corpus: deterministic, news-like, and something the extractor finds facts in."""

from __future__ import annotations

import re
from pathlib import Path

from bot.bench.generate import article, cached_corpus, generate, relative_date
from bot.extract import extract
from bot.ingest import read_document
from bot.ingest.reader import parse_document


def test_same_seed_gives_byte_identical_files_and_other_seeds_differ(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate(5, a, seed=3)
    generate(5, b, seed=3)
    generate(5, c, seed=4)
    files_a = sorted(p.name for p in a.iterdir())
    assert files_a == sorted(p.name for p in b.iterdir())
    assert len([f for f in files_a if f.endswith(".txt")]) == 5
    for name in files_a:
        assert (a / name).read_bytes() == (b / name).read_bytes()
    texts_c = {p.read_bytes() for p in c.glob("*.txt")}
    assert not texts_c & {p.read_bytes() for p in a.glob("*.txt")}


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path: Path) -> None:
    generate(3, tmp_path / "small", seed=3)
    generate(5, tmp_path / "large", seed=3)
    small = sorted((tmp_path / "small").glob("*.txt"))
    large = sorted((tmp_path / "large").glob("*.txt"))
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:3]]
    assert article(3, 4).text != article(3, 5).text


def test_cache_reuses_a_complete_corpus(tmp_path: Path) -> None:
    folder, manifest, cached = cached_corpus(tmp_path, 5, 3)
    assert not cached and manifest["n"] == 5
    stamp = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    again, _, cached = cached_corpus(tmp_path, 5, 3)
    assert cached and again == folder
    assert stamp == {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_articles_look_like_news(tmp_path: Path) -> None:
    generate(5, tmp_path, seed=11)
    for path in sorted(tmp_path.glob("*.txt")):
        source = read_document(path)
        words = len(source.body.split())
        assert 300 <= words <= 1400, (path.name, words)
        assert "“" in source.body and "”" in source.body  # quotes
        assert re.search(r"\b(said|told reporters|added|insisted|warned|stated|wrote on X)\b", source.body)
        assert re.match(r"[A-Z .'-]+: ", source.body)  # dateline lede
    headers = [p.read_text()[:4] for p in tmp_path.glob("*.txt")]
    assert any(h == "---\n" or h == "date" for h in headers)


def test_the_extractor_finds_people_quotes_and_dated_events() -> None:
    found = {"people": 0, "quotes": 0, "events": 0, "roles": 0, "speakers": 0}
    for i in range(5):
        art = article(11, i)
        source = parse_document(Path(art.name), art.text.encode())
        facts = extract(source.text, source.meta)
        found["people"] += len(facts.people)
        found["roles"] += sum(len(p.roles) for p in facts.people)
        found["quotes"] += len(facts.quotes)
        found["speakers"] += sum(1 for q in facts.quotes if q.speaker)
        found["events"] += sum(1 for e in facts.events if e.value[:1].isdigit())
    assert all(v >= 5 for v in found.values()), found


def test_relative_dates_follow_the_publication_date() -> None:
    import random
    from datetime import date

    rng = random.Random(1)
    assert relative_date(date(2025, 1, 27), date(2025, 1, 28), rng) in ("yesterday", "on Monday")
    assert relative_date(date(2025, 1, 20), date(2025, 1, 28), rng) in ("last week", "on January 20")
    assert "last year" in relative_date(date(2024, 11, 7), date(2025, 1, 28), random.Random(0)) or \
        "2024" in relative_date(date(2024, 11, 7), date(2025, 1, 28), random.Random(0))
