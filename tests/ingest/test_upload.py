"""Uploaded articles: safe names in any script, no path tricks, size and content checks, atomic writes, and
never silently in place of another file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bot.ingest import IngestError
from bot.ingest.upload import safe_name, save_upload

TEXT = b"date 2025-01-02 Some text."
OTHER = b"date 2025-01-03 Other text."


@pytest.mark.parametrize(("given", "expected"), [
    ("article.txt", "article.txt"), ("../../etc/passwd.txt", "passwd.txt"), ("C:\\evil\\x.TXT", "x.txt"),
    ("..\\..\\name.txt", "name.txt"), ("my story (v2).md", "my_story_v2.md"), ("Zoë’s piece.txt", "Zoë_s_piece.txt"),
    (".hidden.txt", "hidden.txt"), ("a b.txt", "a_b.txt"),
    ("报告.txt", "报告.txt"), ("Отчёт (итог).md", "Отчёт_итог.md"), ("नमस्ते दुनिया.txt", "नमस्ते_दुनिया.txt"),
    ("تقرير.txt", "تقرير.txt"), (unicodedata.normalize("NFD", "Zoë.txt"), "Zoë.txt"),
    ("evil\u202egnp.txt", "evilgnp.txt"), ("a\u200bb\u2066c\x07.txt", "abc.txt"), ("tab\there.txt", "tab_here.txt"),
    ("CON.txt", "CON_.txt"), ("🤖 robots.md", "robots.md"),
])
def test_safe_names_keep_what_the_user_typed_minus_what_is_unsafe(given: str, expected: str) -> None:
    assert safe_name(given) == expected


def test_long_names_fit_any_file_system() -> None:
    name = safe_name("报" * 300 + ".txt")
    assert name.endswith(".txt") and len(name.encode("utf-8")) <= 210


@pytest.mark.parametrize("bad", ["photo.png", "noext", "../..", ".txt", "", "x.txt.exe", "\u202e\u200b.txt"])
def test_unusable_names_are_refused(bad: str) -> None:
    with pytest.raises(IngestError):
        safe_name(bad)


def test_refusals_never_echo_control_or_bidi_characters() -> None:
    with pytest.raises(IngestError) as refused:
        safe_name("report\u202etxt.exe\x1b[31m")
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in str(refused.value))


def test_save_upload_writes_inside_the_corpus_only(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    saved = save_upload(corpus, "../outside.txt", TEXT, 1000)
    assert saved.path == (corpus / "outside.txt").resolve() and saved.path.read_bytes() == TEXT
    assert saved.outcome == "added" and saved.describe() == "Saved as “outside.txt”."
    assert not (tmp_path / "outside.txt").exists()
    assert [p.name for p in corpus.iterdir()] == ["outside.txt"]  # no temporary files left behind


@pytest.mark.parametrize(("data", "reason"), [(b"x" * 2000, "limit"), (b"", "empty"), (b"\x00\x01bin", "binary")])
def test_bad_uploads_never_touch_the_corpus(tmp_path: Path, data: bytes, reason: str) -> None:
    corpus = tmp_path / "corpus"
    with pytest.raises(IngestError, match=reason):
        save_upload(corpus, "a.txt", data, 1000)
    assert not corpus.exists() or not any(corpus.iterdir())


@pytest.mark.parametrize(("first", "second"), [("article.txt", "article.txt"), ("a b.txt", "a_b.txt"),
                                               ("../x/name.txt", "..\\..\\name.txt")])
def test_a_second_file_with_the_same_clean_name_gets_a_new_name(tmp_path: Path, first: str, second: str) -> None:
    corpus = tmp_path / "corpus"
    one = save_upload(corpus, first, TEXT, 1000)
    two = save_upload(corpus, second, OTHER, 1000)
    assert one.outcome == "added" and two.outcome == "renamed" and two.asked == one.name
    stem, ext = one.name.rsplit(".", 1)
    assert two.name == f"{stem}-2.{ext}"
    assert one.path.read_bytes() == TEXT and two.path.read_bytes() == OTHER  # the first is untouched
    assert one.name in two.describe() and two.name in two.describe() and "replace" in two.describe()
    assert save_upload(corpus, first, b"date 2025-01-04 Third.", 1000).name == f"{stem}-3.{ext}"
    assert sorted(p.name for p in corpus.iterdir()) == sorted([one.name, two.name, f"{stem}-3.{ext}"])


def test_replace_is_explicit_and_said(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    save_upload(corpus, "article.txt", TEXT, 1000)
    replaced = save_upload(corpus, "article.txt", OTHER, 1000, replace=True)
    assert replaced.outcome == "replaced" and replaced.path.read_bytes() == OTHER
    assert replaced.describe() == "Replaced “article.txt” with this upload."
    assert [p.name for p in corpus.iterdir()] == ["article.txt"]


def test_the_same_bytes_again_change_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    save_upload(corpus, "article.txt", TEXT, 1000)
    again = save_upload(corpus, "article.txt", TEXT, 1000)
    assert again.outcome == "unchanged" and "nothing changed" in again.describe()
    assert [p.name for p in corpus.iterdir()] == ["article.txt"]


def test_names_of_stored_documents_are_taken_even_without_a_file(tmp_path: Path) -> None:
    saved = save_upload(tmp_path / "corpus", "article.txt", TEXT, 1000, taken={"article.txt", "article-2.txt"})
    assert saved.outcome == "renamed" and saved.name == "article-3.txt"


def test_a_link_in_the_corpus_is_never_written_through(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"keep me")
    (corpus / "article.txt").symlink_to(secret)
    assert save_upload(corpus, "article.txt", TEXT, 1000).name == "article-2.txt"
    save_upload(corpus, "article.txt", TEXT, 1000, replace=True)
    assert secret.read_bytes() == b"keep me" and not (corpus / "article.txt").is_symlink()
