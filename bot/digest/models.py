"""The digest as plain dataclasses (like bot/answer/models): what render turns into text or embeds.

Every item carries citations from bot.answer.models.Citation; a digest item without one is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from bot.answer.models import Citation, QuoteItem, RoleItem


@dataclass(slots=True)
class SourceItem:
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    citation: Citation  # the article's opening sentence

    @property
    def label(self) -> str:
        return self.title or self.document

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "title": self.title, "outlet": self.outlet,
                "published": self.published, "url": self.url, "citation": self.citation.to_json()}


@dataclass(slots=True)
class PersonItem:
    name: str
    mentions: int  # in the new documents
    documents: int  # new documents naming them
    roles: list[RoleItem]
    citations: list[Citation]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": self.mentions, "documents": self.documents,
                "roles": [r.to_json() for r in self.roles], "citations": [c.to_json() for c in self.citations]}


@dataclass(slots=True)
class DigestDate:
    value: str  # TimeML: 2025-01-20 or 2025-01
    human: str
    text: str  # as first written
    events: list[str]  # what happens on that date, per the sources
    upcoming: bool  # after the digest's day
    citations: list[Citation]

    @property
    def sources(self) -> int:
        return len({c.document for c in self.citations})

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "human": self.human, "text": self.text, "events": self.events,
                "upcoming": self.upcoming, "citations": [c.to_json() for c in self.citations]}


@dataclass(slots=True)
class DigestAnswer:
    period: str  # the local date the digest is for
    since: str | None  # ingested after this (None: everything)
    until: str | None  # … up to and including this ingested_at: the watermark
    sources: list[SourceItem] = field(default_factory=list)
    people: list[PersonItem] = field(default_factory=list)
    quotes: list[QuoteItem] = field(default_factory=list)
    dates: list[DigestDate] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # counts before any cut: sources, people, quotes, dates
    command: str = "digest"

    @property
    def status(self) -> Literal["found", "quiet"]:
        return "found" if self.sources else "quiet"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "period": self.period, "since": self.since, "until": self.until,
                "status": self.status, "totals": self.totals,
                "sources": [s.to_json() for s in self.sources], "people": [p.to_json() for p in self.people],
                "quotes": [q.to_json() for q in self.quotes], "dates": [d.to_json() for d in self.dates]}
