"""Rows the store's reads return: plain frozen dataclasses, free of SQL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    path: str = ""
    content_hash: str = ""
    library: int = 0  # 0: the base library; else the server (guild id) that added it


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: int
    kind: str
    name: str
    mention_count: int


@dataclass(frozen=True, slots=True)
class SpanRow:
    """A fact located in a document: a mention, a role statement, an event, a quote."""

    document_id: int
    start: int
    end: int
    label: str = ""  # role title, event trigger, quote text...
    extra: str | None = None  # role qualifier, event value, quote kind...
    score: float = 1.0
    aux_start: int | None = None  # event: the timex span; quote: the speaker mention
    aux_end: int | None = None
