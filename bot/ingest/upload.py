"""Saving an uploaded article into the corpus folder safely: a clean file name, no path tricks, a size limit,
and never silently in place of another file.

Names are kept as the user typed them, in any script ("Отчёт.txt", "报告.md"), minus what is unsafe in a
file name or in a reply: path separators (only the last part is kept), control and format characters
(bidi overrides, zero-width marks), and punctuation, which becomes "_". A name already used in the corpus
or the database gets a new one ("article-2.txt") unless the admin asked to replace it; the reply says which.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.ingest.reader import IngestError, parse_document

MAX_STEM = 80  # characters of the name kept before the extension
MAX_STEM_BYTES = 200  # and at most this many UTF-8 bytes (file systems allow 255 per name)
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}  # controls, format (bidi, zero width), surrogates, private, unassigned
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}

Outcome = Literal["added", "renamed", "replaced", "unchanged"]


def visible(text: str, limit: int = 80) -> str:
    """`text` without control or format characters (a bidi override must not reorder a reply), clipped."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)
    return kept[:limit] + ("…" if len(kept) > limit else "")


def safe_name(filename: str, extensions: tuple[str, ...] = (".txt", ".md")) -> str:
    """'../../etc/pass wd.TXT' → 'pass_wd.txt'; 'Отчёт (итог).md' → 'Отчёт_итог.md'. Raises IngestError when
    nothing usable is left or the extension is not an article's."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(" " if ch.isspace() else ch for ch in base
                   if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE)
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = "." + ext.lower() if ext else ""
    if ext not in extensions:
        raise IngestError(f"only {', '.join(extensions)} files can be added (got “{visible(filename or '')}”)")
    stem = "".join(ch if _word_char(ch) else " " for ch in stem)
    stem = re.sub(r"\s+", "_", stem.strip()).strip("._-")[:MAX_STEM]
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    if not stem:
        raise IngestError(f"“{visible(filename or '')}” has no usable file name")
    if stem.upper() in _RESERVED:
        stem += "_"
    return stem + ext


def _word_char(ch: str) -> bool:
    """Letters, marks and digits of any script, and . _ - : what a name keeps."""
    return ch in "._-" or unicodedata.category(ch)[0] in "LMN"


@dataclass(frozen=True, slots=True)
class SavedUpload:
    path: Path
    asked: str  # the clean name the upload asked for
    outcome: Outcome

    @property
    def name(self) -> str:
        return self.path.name

    def describe(self, show: Callable[[str], str] = lambda name: f"“{name}”") -> str:
        """One sentence for the uploader saying what happened to the file (`show` formats a name)."""
        if self.outcome == "renamed":
            return (f"A different file named {show(self.asked)} is already in the corpus, so this one was saved as "
                    f"{show(self.name)} (to replace the old one instead, upload it again with replace).")
        if self.outcome == "replaced":
            return f"Replaced {show(self.name)} with this upload."
        if self.outcome == "unchanged":
            return f"{show(self.name)} is already in the corpus with exactly these bytes; nothing changed."
        return f"Saved as {show(self.name)}."


def save_upload(corpus: Path, filename: str, data: bytes, max_bytes: int,
                extensions: tuple[str, ...] = (".txt", ".md"), *, replace: bool = False,
                taken: Collection[str] = ()) -> SavedUpload:
    """Validate and write atomically (temporary file, then rename): the corpus never holds half a file.

    An existing file with the clean name is replaced only when `replace` is true; otherwise the upload gets
    the first free name "stem-2.ext", "stem-3.ext"… (free on disk and not in `taken`, the stored documents'
    names). Identical bytes under the asked name change nothing.
    """
    name = safe_name(filename, extensions)
    if len(data) > max_bytes:
        raise IngestError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit")
    parse_document(Path(name), data)  # refuse empty/binary/non-UTF-8 before anything touches the corpus
    corpus.mkdir(parents=True, exist_ok=True)
    target = _inside(corpus, name)
    if not replace and _same_bytes(target, data):
        return SavedUpload(target, name, "unchanged")
    fd, tmp = tempfile.mkstemp(dir=corpus, prefix=".upload-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if replace:
            existed = target.exists() or name in taken
            os.replace(tmp, target)
            return SavedUpload(target, name, "replaced" if existed else "added")
        path = _place(Path(tmp), corpus, name, taken)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return SavedUpload(path, name, "added" if path.name == name else "renamed")


def _inside(corpus: Path, name: str) -> Path:
    """The corpus entry `name` (not followed if it is a link: a rename replaces the entry, never its target)."""
    target = corpus.resolve() / name
    if name in ("", ".", "..") or target.parent != corpus.resolve():
        raise IngestError(f"{name}: refusing to write outside the corpus folder")
    return target


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return (not path.is_symlink() and path.is_file() and path.stat().st_size == len(data)
                and path.read_bytes() == data)
    except OSError:
        return False


def _place(tmp: Path, corpus: Path, name: str, taken: Collection[str]) -> Path:
    """Give the written file the first free name, atomically: a hard link fails if the name exists meanwhile."""
    stem, ext = os.path.splitext(name)
    for n in range(1, 10_000):
        candidate = name if n == 1 else f"{stem}-{n}{ext}"
        if candidate in taken:
            continue
        target = _inside(corpus, candidate)
        try:
            os.link(tmp, target)
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system: check, then rename
            if target.exists():
                continue
            os.replace(tmp, target)
        return target
    raise IngestError(f"{name}: too many files with this name already")
