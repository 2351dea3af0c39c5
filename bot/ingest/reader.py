"""Turn a corpus file into a `SourceDocument`.

A document is UTF-8 text. It may start with a header, in either form:

- a date marker: `date 2025-01-28` at the very start (the rest of that line is body text);
- `key: value` lines (title, url, outlet, published/date), optionally between `---` lines, ended by a
  blank line or the closing `---`.

The extractor reads the cleaned body after the header; every offset it returns is moved back to the file's
own text (header and date line included), which is what the store keeps and citations slice.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.extract import extract
from bot.extract.facts import DocumentMeta, Facts
from bot.extract.text import clean_text
from bot.ingest.offsets import OffsetMap, clean_body

log = logging.getLogger(__name__)


class IngestError(Exception):
    """A file cannot be ingested; the message is meant for a log line or a user."""


@dataclass(slots=True)
class SourceDocument:
    """A file as read. `text` is what the store keeps and every offset points into: the file's text (UTF-8,
    universal newlines), header included. `body` is what the extractor reads; `offsets` maps it back."""

    path: Path
    meta: DocumentMeta
    text: str
    content_hash: str
    body: str = ""
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap(shift=0))


_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_HEADER_LINE = re.compile(r"^(title|url|outlet|source|published|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_MD_TITLE = re.compile(r"\A#\s+(.+?)\s*$", re.MULTILINE)


def read_document(path: Path, max_bytes: int = 2_000_000) -> SourceDocument:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot read ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise IngestError(f"{path.name}: {size:,} bytes is over the {max_bytes:,}-byte limit; skipped")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot read ({exc.strerror or exc})") from exc
    return parse_document(path, raw)


def parse_document(path: Path, raw: bytes) -> SourceDocument:
    if not raw.strip():
        raise IngestError(f"{path.name}: the file is empty; skipped")
    if b"\x00" in raw[:8192]:
        raise IngestError(f"{path.name}: looks like a binary file, not UTF-8 text; skipped")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path.name}: not valid UTF-8 (byte {exc.start}); skipped") from exc
    file_text = decoded.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as Python reads text
    header, body_start = _split_header(file_text)
    header = {key: clean_text(value) for key, value in header.items()}
    body, offsets = clean_body(file_text, body_start)
    if not body.strip():
        raise IngestError(f"{path.name}: has a header but no article text; skipped")

    title = header.get("title")
    if not title and path.suffix.lower() == ".md" and (m := _MD_TITLE.search(body[:500])):
        title = m.group(1)
    meta = DocumentMeta(
        name=path.name,
        published=_publication_date(path, header),
        title=title,
        url=header.get("url"),
        outlet=header.get("outlet") or header.get("source"),
    )
    return SourceDocument(path=path, meta=meta, text=file_text, content_hash=hashlib.sha256(raw).hexdigest(),
                          body=body, offsets=offsets)


def extract_facts(source: SourceDocument) -> Facts:
    """Extract from the cleaned body; every span in the result is an offset into `source.text`, the file."""
    return source.offsets.apply(extract(source.body, source.meta))


def _split_header(text: str) -> tuple[dict[str, str], int]:
    """The header's fields and where the body starts in `text`."""
    header: dict[str, str] = {}
    if m := _DATE_MARKER.match(text):
        header["published"] = m.group(1)
        return header, m.end()
    lines = text.split("\n")
    i = 0
    fenced = bool(lines) and lines[0].strip() == "---"
    if fenced:
        i = 1
    consumed = 0
    while i < len(lines):
        line = lines[i]
        if fenced and line.strip() == "---":
            consumed = i + 1
            break
        m = _HEADER_LINE.match(line)
        if not m:
            if header and not line.strip():
                consumed = i + 1
            break
        key = m.group(1).lower()
        value = m.group(2)
        header[key] = value
        i += 1
        consumed = i
    if not header:
        return {}, 0
    return {k: v for k, v in header.items() if v}, min(len(text), sum(len(line) + 1 for line in lines[:consumed]))


def _publication_date(path: Path, header: dict[str, str]) -> str | None:
    """The first real date among `published` and `date`. A value that is not one (2025-02-30, 30/01/2025) is
    named in a warning and left out: a bad header date must not poison relative dates, nor pass unnoticed."""
    values = [(key, header[key].strip()) for key in ("published", "date") if header.get(key, "").strip()]
    dates = [_valid_date(value) for _, value in values]
    found = next((d for d in dates if d), None)
    bad = [f"{key}: {value[:40]!r}" for (key, value), d in zip(values, dates, strict=True) if not d]
    if bad:
        outcome = f"using {found}" if found else "the article is undated"
        log.warning("ingest: %s: %s is not a real date (YYYY-MM-DD); %s", path.name, ", ".join(bad), outcome)
    return found


def _valid_date(value: str) -> str:
    """The ISO date `value` starts with ('2025-01-28T09:00' → '2025-01-28'), or "" when it is not a real date."""
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return ""
