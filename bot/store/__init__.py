"""The SQLite store: the only code that speaks SQL."""

from bot.store.db import SCHEMA_VERSION, Store, StoreError
from bot.store.reads import DocumentInfo, EntityRow, Reads, SpanRow
from bot.store.scope import BASE, View, view_of

__all__ = [
    "BASE", "SCHEMA_VERSION", "DocumentInfo", "EntityRow", "Reads", "SpanRow", "Store", "StoreError", "View", "view_of",
]
