"""Reading corpus files: headers, the date marker, and clear refusals for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import IngestError, parse_document, read_document


def parse(raw: str | bytes, name: str = "x.txt"):
    return parse_document(Path(name), raw.encode() if isinstance(raw, str) else raw)


def test_date_marker_sets_published_and_is_removed_from_text() -> None:
    doc = parse(" date 2025-01-28 New Delhi: Modi spoke.\n\nMore.")
    assert doc.meta.published == "2025-01-28"
    assert doc.body.startswith("New Delhi: Modi spoke.")


def test_key_value_header_with_fences() -> None:
    doc = parse("---\ntitle: Modi calls Trump\noutlet: The Daily\nurl: https://x.example/a\n"
                "published: 2025-01-28\n---\nBody text here.")
    assert (doc.meta.title, doc.meta.outlet, doc.meta.url, doc.meta.published) == (
        "Modi calls Trump", "The Daily", "https://x.example/a", "2025-01-28")
    assert doc.body == "Body text here."


def test_header_without_fences_ends_at_blank_line() -> None:
    doc = parse("Title: A headline\nDate: 2024-02-03\n\nThe body: with a colon.")
    assert doc.meta.title == "A headline" and doc.meta.published == "2024-02-03"
    assert doc.body == "The body: with a colon."


def test_no_header_means_no_date_and_text_unchanged() -> None:
    doc = parse("Prime Minister Narendra Modi spoke on Monday.")
    assert doc.meta.published is None and doc.meta.title is None
    assert doc.body == "Prime Minister Narendra Modi spoke on Monday."


def test_invalid_header_date_is_ignored_not_fatal() -> None:
    doc = parse("date 2025-13-45 Body.")
    assert doc.meta.published is None


def test_markdown_title_is_used() -> None:
    assert parse("# A markdown headline\n\nText.", "a.md").meta.title == "A markdown headline"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty"), (b"   \n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
     (b"caf\xe9 latin-1", "not valid UTF-8"), ("title: only a header\n\n", "no article text")],
)
def test_bad_files_are_refused_with_a_reason(raw: bytes | str, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        parse(raw)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    with pytest.raises(IngestError, match="over the 100-byte limit"):
        read_document(big, max_bytes=100)


def test_odd_unicode_is_kept_and_control_characters_dropped() -> None:
    doc = parse("Zoë said “ok” \u202e\x07 to 🤖.\r\nNext line.")
    assert "Zoë" in doc.body and "🤖" in doc.body and "\x07" not in doc.body and "\r" not in doc.text
    assert "\x07" in doc.text  # the stored text is the file as read: offsets point into it


@pytest.mark.parametrize(("header", "value"), [
    ("published: 2025-02-30\n\n", "2025-02-30"), ("Date: 30/01/2025\n\n", "30/01/2025"),
    ("---\ndate: 2025-1-5\n---\n", "2025-1-5"), ("date 2025-13-45 ", "2025-13-45"),
])
def test_invalid_publication_date_is_a_warning_naming_file_and_value(
    header: str, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("WARNING", logger="bot.ingest.reader"):
        doc = parse(header + "Body text.", "report.txt")
    assert doc.meta.published is None and doc.body == "Body text."
    [record] = caplog.records
    assert "report.txt" in record.getMessage() and value in record.getMessage() and "undated" in record.getMessage()


def test_a_valid_date_beside_a_bad_one_is_used_and_the_bad_one_named(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="bot.ingest.reader"):
        doc = parse("published: 2025-02-30\ndate: 2025-02-03\n\nBody.", "two.txt")
    assert doc.meta.published == "2025-02-03"
    assert "two.txt" in caplog.text and "2025-02-30" in caplog.text and "using 2025-02-03" in caplog.text


def test_valid_dates_warn_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="bot.ingest.reader"):
        assert parse("published: 2025-01-28T09:00:00Z\n\nBody.").meta.published == "2025-01-28"
    assert caplog.records == []
