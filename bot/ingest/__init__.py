"""Reading corpus files and feeding them through extraction into the store."""

from bot.ingest.reader import IngestError, SourceDocument, discover, parse_document, read_document
from bot.ingest.runner import IngestReport, ingest_paths

__all__ = [
    "IngestError", "IngestReport", "SourceDocument", "discover", "ingest_paths", "parse_document", "read_document",
]
