"""Uploaded articles: safe names, no path tricks, size and content checks, atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import IngestError
from bot.ingest.upload import safe_name, save_upload


@pytest.mark.parametrize(("given", "expected"), [
    ("article.txt", "article.txt"), ("../../etc/passwd.txt", "passwd.txt"), ("C:\\evil\\x.TXT", "x.txt"),
    ("my story (v2).md", "my_story_v2.md"), ("Zoë’s piece.txt", "Zoes_piece.txt"), (".hidden.txt", "hidden.txt"),
])
def test_safe_names(given: str, expected: str) -> None:
    assert safe_name(given) == expected


@pytest.mark.parametrize("bad", ["photo.png", "noext", "../..", ".txt", "", "x.txt.exe"])
def test_unusable_names_are_refused(bad: str) -> None:
    with pytest.raises(IngestError):
        safe_name(bad)


def test_save_upload_writes_inside_the_corpus_only(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    path = save_upload(corpus, "../outside.txt", b"date 2025-01-02 Some text.", 1000)
    assert path == (corpus / "outside.txt").resolve() and path.read_bytes() == b"date 2025-01-02 Some text."
    assert not (tmp_path / "outside.txt").exists()
    assert [p.name for p in corpus.iterdir()] == ["outside.txt"]  # no temporary files left behind


@pytest.mark.parametrize(("data", "reason"), [(b"x" * 2000, "limit"), (b"", "empty"), (b"\x00\x01bin", "binary")])
def test_bad_uploads_never_touch_the_corpus(tmp_path: Path, data: bytes, reason: str) -> None:
    corpus = tmp_path / "corpus"
    with pytest.raises(IngestError, match=reason):
        save_upload(corpus, "a.txt", data, 1000)
    assert not corpus.exists() or not any(corpus.iterdir())
