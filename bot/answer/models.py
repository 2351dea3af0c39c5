"""Answers as plain dataclasses: what render turns into embeds or console text, and `--json` prints.

Every item carries citations; an answer with no citation (other than 'not found') is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["found", "ambiguous", "not_found", "error"]


@dataclass(slots=True)
class Citation:
    document: str  # file name
    title: str | None
    published: str | None
    start: int  # offsets of the cited words in the document text
    end: int
    snippet: str  # the sentence (or a window of it) around the cited words
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into `snippet` to emphasise
    outlet: str | None = None
    url: str | None = None

    @property
    def label(self) -> str:
        return self.title or self.document

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document, "title": self.title, "published": self.published,
            "start": self.start, "end": self.end, "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights], "outlet": self.outlet, "url": self.url,
        }


@dataclass(slots=True)
class RoleItem:
    title: str
    qualifier: str | None
    citations: list[Citation]

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "qualifier": self.qualifier,
                "citations": [c.to_json() for c in self.citations]}


@dataclass(slots=True)
class PersonMatch:
    name: str
    kind: str
    aliases: list[str]
    roles: list[RoleItem]
    citations: list[Citation]
    score: float
    documents: int = 0
    mentions: int = 0
    quotes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "aliases": self.aliases,
                "roles": [r.to_json() for r in self.roles], "citations": [c.to_json() for c in self.citations],
                "score": round(self.score, 1), "documents": self.documents, "mentions": self.mentions,
                "quotes": self.quotes}


@dataclass(slots=True)
class WhoAnswer:
    query: str
    status: Status
    matches: list[PersonMatch] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    message: str = ""
    command: str = "who"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "query": self.query, "status": self.status,
                "matches": [m.to_json() for m in self.matches], "suggestions": self.suggestions,
                "message": self.message}


@dataclass(slots=True)
class DateItem:
    value: str  # TimeML value: 2025-01-20, 2025-W04...
    human: str  # "Monday 20 January 2025"
    text: str  # how the sources wrote it, e.g. "January 20"
    events: list[str]  # the event phrases it dates
    sources: int  # distinct documents that agree
    citations: list[Citation]
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "human": self.human, "text": self.text, "events": self.events,
                "sources": self.sources, "citations": [c.to_json() for c in self.citations],
                "score": round(self.score, 3)}


@dataclass(slots=True)
class WhenAnswer:
    query: str
    status: Status
    dates: list[DateItem] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    message: str = ""
    command: str = "when"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "query": self.query, "status": self.status,
                "dates": [d.to_json() for d in self.dates], "suggestions": self.suggestions,
                "message": self.message}


@dataclass(slots=True)
class QuoteItem:
    text: str
    kind: str  # direct, partial, post, indirect
    speaker: str
    citations: list[Citation]  # one per source that has these words (the newest few)
    source_count: int = 0  # sources with these words, when there are more than citations

    @property
    def sources(self) -> int:
        return max(self.source_count, len({c.document for c in self.citations}))

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "speaker": self.speaker, "sources": self.sources,
                "citations": [c.to_json() for c in self.citations]}


@dataclass(slots=True)
class QuoteAnswer:
    query: str
    status: Status
    speaker: str | None = None
    quotes: list[QuoteItem] = field(default_factory=list)
    total: int = 0  # distinct quotes of the speaker in all (what /who counts)
    suggestions: list[str] = field(default_factory=list)
    message: str = ""
    command: str = "quote"
    offset: int = 0  # quotes skipped before these (newest first): total > offset + len(quotes) means more
    source_count: int = 0  # distinct sources of these quotes (each quote's `sources`, together)

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "query": self.query, "status": self.status, "speaker": self.speaker,
                "quotes": [q.to_json() for q in self.quotes], "total": self.total, "offset": self.offset,
                "sources": self.source_count, "suggestions": self.suggestions, "message": self.message}


@dataclass(slots=True)
class DiffOp:
    op: str  # replace, delete (claim has words the source lacks), insert (source words the claim lacks)
    claim: str
    source: str

    def to_json(self) -> dict[str, str]:
        return {"op": self.op, "claim": self.claim, "source": self.source}


@dataclass(slots=True)
class CheckAnswer:
    claim: str
    speaker: str | None
    verdict: str  # verbatim, close, altered, misattributed, not_found, error
    source_speaker: str | None = None
    score: float = 0.0
    diff: list[DiffOp] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    nearest: list[Citation] = field(default_factory=list)  # for not_found: the closest quotes, if any
    said_by_speaker: bool | None = None  # with a speaker given: did that person say these words?
    source_text: str = ""
    kind: str | None = None
    message: str = ""
    command: str = "check"
    source_speakers: list[str] = field(default_factory=list)  # all who said these words, joined in source_speaker
    checked: str = ""  # the words compared: the claim without an attribution ("he said") or labels

    @property
    def status(self) -> Status:
        return {"error": "error", "not_found": "not_found"}.get(self.verdict, "found")  # type: ignore[return-value]

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "claim": self.claim, "speaker": self.speaker, "verdict": self.verdict,
                "source_speaker": self.source_speaker, "score": self.score,
                "diff": [d.to_json() for d in self.diff], "citations": [c.to_json() for c in self.citations],
                "nearest": [c.to_json() for c in self.nearest], "said_by_speaker": self.said_by_speaker,
                "source_text": self.source_text, "kind": self.kind, "message": self.message,
                "source_speakers": self.source_speakers, "checked": self.checked}


@dataclass(slots=True)
class SourceItem:
    name: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    people: int
    quotes: int
    dates: int

    def to_json(self) -> dict[str, Any]:
        return {"document": self.name, "title": self.title, "outlet": self.outlet, "published": self.published,
                "url": self.url, "people": self.people, "quotes": self.quotes, "dates": self.dates}


@dataclass(slots=True)
class SourcesAnswer:
    documents: list[SourceItem]
    total: int
    offset: int = 0
    command: str = "sources"
    status: Status = "found"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "total": self.total, "offset": self.offset,
                "documents": [d.to_json() for d in self.documents]}


@dataclass(slots=True)
class FactLine:
    """One fact of a document, e.g. a person with roles, a quote, a dated event, an amount, with its citation."""

    kind: str  # person, quote, date, amount
    text: str
    citation: Citation | None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "citation": self.citation.to_json() if self.citation else None}


@dataclass(slots=True)
class SourceAnswer:
    query: str
    status: Status
    document: SourceItem | None = None
    facts: list[FactLine] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    message: str = ""
    command: str = "source"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "query": self.query, "status": self.status,
                "document": self.document.to_json() if self.document else None,
                "facts": [f.to_json() for f in self.facts], "suggestions": self.suggestions, "message": self.message}


@dataclass(slots=True)
class HelpAnswer:
    commands: list[tuple[str, str, str]]  # (usage, what it does, example)
    documents: int = 0
    command: str = "help"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "documents": self.documents,
                "commands": [{"usage": u, "description": d, "example": e} for u, d, e in self.commands]}


@dataclass(slots=True)
class ErrorAnswer:
    message: str
    query: str = ""
    command: str = "error"
    status: Status = "error"

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "status": self.status, "query": self.query, "message": self.message}


Answer = (
    WhoAnswer | WhenAnswer | QuoteAnswer | CheckAnswer | SourcesAnswer | SourceAnswer | HelpAnswer | ErrorAnswer
)
