"""Saving an uploaded article into the corpus folder safely: a clean file name, no path tricks, a size limit."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from bot.ingest.reader import IngestError, parse_document

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(filename: str, extensions: tuple[str, ...] = (".txt", ".md")) -> str:
    """'../../etc/pass wd.TXT' → 'pass_wd.txt'. Raises IngestError when nothing usable is left."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = "." + ext.lower() if ext else ""
    if ext not in extensions:
        raise IngestError(f"only {', '.join(extensions)} files can be added (got “{filename[:80]}”)")
    stem = _UNSAFE.sub("_", stem).strip("._-")[:80]
    if not stem:
        raise IngestError(f"“{filename[:80]}” has no usable file name")
    return stem + ext


def save_upload(corpus: Path, filename: str, data: bytes, max_bytes: int,
                extensions: tuple[str, ...] = (".txt", ".md")) -> Path:
    """Validate and write atomically (temporary file, then rename): the corpus never holds half a file."""
    name = safe_name(filename, extensions)
    if len(data) > max_bytes:
        raise IngestError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit")
    parse_document(Path(name), data)  # refuse empty/binary/non-UTF-8 before anything touches the corpus
    corpus.mkdir(parents=True, exist_ok=True)
    target = (corpus / name).resolve()
    if target.parent != corpus.resolve():
        raise IngestError(f"{name}: refusing to write outside the corpus folder")
    fd, tmp = tempfile.mkstemp(dir=corpus, prefix=".upload-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
