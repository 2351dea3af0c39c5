"""Memory is bounded by a sentence budget: a file of one short sentence per line, within the size limit,
once cost ~300 MB per MB of text. Measured with tracemalloc (Python allocations, what the extractor owns)."""

from __future__ import annotations

import logging
import tracemalloc

import pytest

from bot.extract import MAX_SENTENCES, DocumentMeta, extract
from bot.extract.text import split_sentences

MB = 1_000_000
PEAK_LIMIT = 40 * MB  # for 1 MB of text; it was ~175 MB (tracemalloc) before the budget


def one_sentence_per_line(line: str, size: int = MB) -> str:
    lines, total, i = [], 0, 0
    while total < size:
        lines.append(line.format(i=i))
        total += len(lines[-1]) + 1
        i += 1
    return "\n".join(lines)


def peak_of_extract(text: str) -> tuple[int, int]:
    """(peak bytes allocated while extracting, sentences kept)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        facts = extract(text, DocumentMeta(name="lines.txt", published="2025-01-28"))
        return tracemalloc.get_traced_memory()[1], len(facts.sentences)
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("line", ["A.", "Hi there.", "Mr Smith{i} said it rained on Monday."])
def test_one_short_sentence_per_line_stays_within_memory(line: str, caplog: pytest.LogCaptureFixture) -> None:
    text = one_sentence_per_line(line)
    with caplog.at_level(logging.WARNING, logger="bot.extract"):
        peak, kept = peak_of_extract(text)
    assert peak < PEAK_LIMIT, f"{peak / MB:.0f} MB for 1 MB of {line!r} lines"
    assert kept == MAX_SENTENCES
    assert any("lines.txt" in r.getMessage() and str(MAX_SENTENCES) in r.getMessage() for r in caplog.records)


def test_facts_past_the_budget_are_skipped_and_those_before_are_kept() -> None:
    text = one_sentence_per_line("Note {i}: it rained on Monday.", 200_000)
    facts = extract(text, DocumentMeta(name="rain.txt", published="2025-01-28"))
    last = facts.sentences[-1][1]
    assert len(facts.sentences) == MAX_SENTENCES and len(facts.timexes) >= MAX_SENTENCES
    spans = [*facts.timexes, *facts.events, *facts.amounts]
    assert all(f.end <= last for f in spans)


def test_a_document_within_the_budget_is_read_whole(caplog: pytest.LogCaptureFixture) -> None:
    text = one_sentence_per_line("Note {i}: it rained on Monday.", 20_000)
    with caplog.at_level(logging.WARNING, logger="bot.extract"):
        facts = extract(text, DocumentMeta(name="rain.txt", published="2025-01-28"))
    assert facts.sentences == split_sentences(text) and len(facts.timexes) >= len(facts.sentences)
    assert max(t.end for t in facts.timexes) > facts.sentences[-2][0]
    assert not caplog.records


def test_split_sentences_with_a_limit_is_a_prefix() -> None:
    text = "One. Two! Three? Four.\n\nFive “six.” Seven"
    whole = split_sentences(text)
    assert [split_sentences(text, n) for n in range(len(whole) + 2)] == [whole[:n] for n in range(len(whole) + 2)]
