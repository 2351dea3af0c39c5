"""Reading corpus files and feeding them through extraction into the store."""

from bot.ingest.corpus import discover
from bot.ingest.reader import IngestError, SourceDocument, extract_facts, parse_document, read_document
from bot.ingest.runner import IngestReport, ingest_paths

__all__ = [
    "IngestError", "IngestReport", "SourceDocument", "discover", "extract_facts", "ingest_paths", "parse_document",
    "read_document",
]
