"""Every start/end points into the file's text as read (UTF-8, universal newlines), header included."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bench.generate import article
from bot.extract.facts import Facts, Quote
from bot.ingest import extract_facts, read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

ARTICLE = (
    "Prime Minister Narendra Modi spoke to US President Donald Trump on Monday, January 27, 2025. "
    "“We will work together,” Mr Modi said. The deal is worth $4.8 billion.\n\n"
    "Trump said the talks were “very productive”.\n"
)


def assert_spans_match(text: str, facts: Facts) -> int:
    """Each fact's own words are exactly text[start:end]; returns how many spans were checked."""
    checked = 0
    for kind in (facts.timexes, facts.quotes, facts.amounts):
        for fact in kind:
            cited = text[fact.start:fact.end]
            if "\n" in cited and isinstance(fact, Quote):  # a quotation over paragraphs: its text joins them
                assert _words(cited) == _words(fact.text), fact
            else:
                assert cited == fact.text, (type(fact).__name__, fact)
            checked += 1
    for event in facts.events:
        assert text[event.trigger_start:event.trigger_end].lower() == event.trigger.lower() or event.trigger
        assert 0 <= event.start < event.end <= len(text)
        checked += 1
    for quote in facts.quotes:
        if quote.speaker_start is not None:
            assert text[quote.speaker_start:quote.speaker_end].strip()
    for entity in facts.entities:
        for start, end in entity.mentions:
            assert text[start:end].strip() == text[start:end] != "", (entity.name, text[start:end])
            checked += 1
    for start, end in facts.sentences:
        assert text[start:end].strip() == text[start:end] != ""
    return checked


def _words(text: str) -> list[str]:
    return text.translate(str.maketrans("", "", "“”\"‘’")).split()


def facts_of(path: Path) -> tuple[str, Facts]:
    source = read_document(path)
    assert source.text == path.read_text(encoding="utf-8-sig")  # the file as Python reads text
    return source.text, extract_facts(source)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_offsets_point_into_the_file(path: Path) -> None:
    text, facts = facts_of(path)
    assert assert_spans_match(text, facts) > 20


@pytest.mark.parametrize("header", [
    "",
    "date 2025-01-28 ",
    "date 2025-01-28\n",
    "title: Modi and Trump\ndate: 2025-01-28\n\n",
    "---\ntitle: Modi and Trump\noutlet: Wire\npublished: 2025-01-28\n---\n\n  ",
])
def test_header_is_counted_in_offsets(tmp_path: Path, header: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(header + ARTICLE, encoding="utf-8")
    text, facts = facts_of(path)
    assert text.startswith(header)
    assert assert_spans_match(text, facts) > 5
    quote = next(q for q in facts.quotes if q.text.startswith("We will"))
    assert quote.start == len(header) + ARTICLE.index("We will")


def test_crlf_bom_controls_and_decomposed_accents_keep_offsets_true(tmp_path: Path) -> None:
    odd = ARTICLE.replace("Narendra", "Nare\u0301ndra").replace("worth", "wo\u200brth").replace("\n", "\r\n")
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ("date 2025-01-28\r\n" + odd).encode("utf-8"))
    source = read_document(path)
    assert "\r" not in source.text and not source.text.startswith("\ufeff")
    facts = extract_facts(source)
    amount = next(a for a in facts.amounts if "4.8" in a.value)
    # the zero-width space inside "worth" is dropped for extraction but still inside the cited span
    assert source.text[amount.start:amount.end].replace("\u200b", "") == amount.text
    modi = next(e for e in facts.entities if e.name.endswith("Modi"))
    start, end = modi.mentions[0]
    assert source.text[start:end].startswith("Prime Minister Nare\u0301ndra") or "Modi" in source.text[start:end]
    quote = next(q for q in facts.quotes if q.text.startswith("We will"))
    assert source.text[quote.start:quote.end] == quote.text


@pytest.mark.parametrize("index", range(0, 60, 7))
def test_synthetic_articles_with_every_header_form(tmp_path: Path, index: int) -> None:
    art = article(9, index)
    path = tmp_path / art.name
    path.write_text(art.text, encoding="utf-8")
    text, facts = facts_of(path)
    assert assert_spans_match(text, facts) > 10


def test_news_dev_offsets(shared: Path) -> None:
    folder = shared / "gold" / "news-dev"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    for path in sorted(folder.glob("*.txt")):
        text, facts = facts_of(path)
        assert assert_spans_match(text, facts) > 5, path.name


def test_citations_show_no_invisible_characters_from_the_file() -> None:
    from bot.answer.cite import displayable

    raw = "Modi\u202e said \x07“ok”\u200b."
    shown = displayable(raw)
    assert len(shown) == len(raw)  # highlight offsets stay true
    assert shown.isprintable() and shown.replace(" ", "") == "Modisaid“ok”."
