"""The SQLite store: the only code that speaks SQL."""

from bot.store.db import SCHEMA_VERSION, Store, StoreError
from bot.store.reads import DocumentInfo, EntityRow, SpanRow

__all__ = ["SCHEMA_VERSION", "DocumentInfo", "EntityRow", "SpanRow", "Store", "StoreError"]
