"""Turn a corpus file (or a fetched web page) into a `SourceDocument`.

A web page (.html, .htm, or bytes fetched from a link) is reduced to its article text by bot/ingest/html.py;
that text is what is stored and cited, and the page's metadata (title, date, outlet, canonical URL) is the
document's. Any other document is UTF-8 text. It may start with a header, in either form:

- a date marker: `date 2025-01-28` at the very start (the rest of that line is body text);
- `key: value` lines (title, url, outlet, published/date), optionally between `---` lines, ended by a
  blank line or the closing `---`.

The extractor reads the cleaned body after the header; every offset it returns is moved back to the file's
own text (header and date line included), which is what the store keeps and citations slice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.extract import extract
from bot.extract.facts import DocumentMeta, Facts
from bot.extract.text import clean_text
from bot.ingest.html import HTML_SUFFIXES, Article, page_to_article
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
    origin: str | None = None  # the URL a fetched page was read from (None: a file)
    author: str | None = None  # a web page's author, when it names one
    stamp: tuple[int, int] | None = None  # a file's (size, mtime_ns), taken before reading it (None: not a file)

    @property
    def location(self) -> str:
        """Where the document came from, as the store records it: its URL, or its file's path."""
        return self.origin or str(self.path)


_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_HEADER_LINE = re.compile(r"^(title|url|outlet|source|published|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_MD_TITLE = re.compile(r"\A#\s+(.+?)\s*$", re.MULTILINE)


def read_document(path: Path, max_bytes: int = 2_000_000) -> SourceDocument:
    """The file as a document, with the stamp (size, mtime_ns) of the stat taken before reading: a file
    changed while it is read gets a newer stamp than the one stored, so the next start reads it again."""
    try:
        st = path.stat()
        size = st.st_size
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot read ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise IngestError(f"{path.name}: {size:,} bytes is over the {max_bytes:,}-byte limit; skipped")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot read ({exc.strerror or exc})") from exc
    source = parse_document(path, raw)
    source.stamp = (size, st.st_mtime_ns)
    return source


def parse_document(path: Path, raw: bytes) -> SourceDocument:
    if not raw.strip():
        raise IngestError(f"{path.name}: the file is empty; skipped")
    if path.suffix.lower() in HTML_SUFFIXES:
        return parse_page(path.name, raw, path=path)
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


def parse_page(name: str, raw: bytes, *, url: str | None = None, path: Path | None = None) -> SourceDocument:
    """A web page as a document: its article text is the stored text (offsets need no shift), its metadata the
    document's. `url` is where it was fetched from (None for a saved page); `name` the document's key."""
    article = page_to_article(raw, url)
    if article is None:
        raise IngestError(f"{name}: no article text found in this page (an index, a login wall or a script-only "
                          "page?); skipped")
    return source_from_article(name, article, url=url, path=path)


def source_from_article(name: str, article: Article, *, url: str | None = None,
                        path: Path | None = None) -> SourceDocument:
    """A SourceDocument whose stored text is `article.text` (a page's, or a feed item's own content).

    Its content hash is the article's (text and metadata), not the page's bytes: a page fetched again with a
    new ad or timestamp but the same article is unchanged."""
    body, offsets = clean_body(article.text, 0)
    if not body.strip():
        raise IngestError(f"{name}: no article text; skipped")
    meta = DocumentMeta(name=name, published=article.published, title=article.title,
                        url=article.url or url, outlet=article.outlet)
    return SourceDocument(path=path or Path(name), meta=meta, text=article.text,
                          content_hash=_article_hash(article), body=body, offsets=offsets,
                          origin=url, author=article.author)


def _article_hash(article: Article) -> str:
    fields = (article.text, article.title, article.published, article.outlet, article.url, article.author)
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


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
