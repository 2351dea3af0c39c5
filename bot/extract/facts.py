"""The facts extracted from one document: plain dataclasses, the contract between extract and store.

Every fact keeps the character span (start, end) of the words it came from, as offsets into the
document text handed to `extract`, so that every answer can cite the exact words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityKind = Literal["person", "organisation", "country", "place"]
QuoteKind = Literal["direct", "partial", "post", "indirect"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(slots=True)
class DocumentMeta:
    """What is known about a document before extraction (from its file name and header)."""

    name: str
    published: str | None = None  # ISO date YYYY-MM-DD, the anchor for relative dates
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Role:
    """A title or role stated for an entity, e.g. 'Secretary of State' qualified by 'US'."""

    title: str  # normalised: "External Affairs Minister", "Prime Minister", "special envoy"
    qualifier: str | None  # country or organisation when stated: "US", "India"
    start: int  # where the role was stated (the title words)
    end: int
    rule: str = ""  # the pattern that found it: "title_before_name", "apposition_after"...


@dataclass(slots=True)
class Entity:
    """A person (or, where useful, an organisation/country) with every surface form seen in the text."""

    name: str  # canonical full name: "Narendra Modi", "S. Jaishankar", "United States"
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)  # "PM Modi", "Mr Modi", "Modi", "@narendramodi"
    roles: list[Role] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    rule: str = ""  # what made this a name: "title_then_name", "given_name_list", "handle"...


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised to a TimeML value (2025-01-20, 2025-W04, 2024, PRESENT_REF...)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    # How the value was reached: "explicit" (fully written), "published" (relative to the publication
    # date), "inferred" (relative to a date found in the text, for undated documents), "anchored"
    # (relative to another event in the text), "unresolved" (value keeps X placeholders).
    anchor: str = "explicit"
    rule: str = ""  # the timex rule that matched and normalised it ("month_day_year", "weekday"...)


@dataclass(slots=True)
class Event:
    """An event phrase linked to the date it happened, e.g. 'inauguration' -> 2025-01-20."""

    trigger: str  # the words that name the event: "inauguration", "first conversation", "spoke"
    trigger_start: int
    trigger_end: int
    value: str  # TimeML value of the linked timex
    timex_start: int
    timex_end: int
    start: int  # evidence span: the clause that states both
    end: int
    score: float = 1.0  # how sure the link is (0..1): adjacency, no intervening clause or connective
    rule: str = ""  # how the trigger was linked to the timex ("same_clause", "anchored"...)


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker: direct (“...” said X), partial (a phrase in quotes), or post."""

    start: int  # span of the quoted words, without the quote marks
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None  # canonical entity name, None when unknown
    speaker_kind: EntityKind | None = None
    speaker_start: int | None = None  # the mention that attributes the quote (may be a pronoun)
    speaker_end: int | None = None
    cue: str | None = None  # "said", "wrote", "stated"...
    rule: str = ""  # the strategy that found the speaker ("cue_after_quote", "pronoun_to_salient"...)


@dataclass(slots=True)
class Amount:
    """A number with what it counts: 'approximately 18,000 undocumented Indians'."""

    start: int
    end: int
    text: str  # the whole phrase
    value: str  # the number as written: "18,000", "4.8 million"
    number: float | None = None  # 18000.0, 4800000.0
    unit: str | None = None  # "undocumented Indians", "%", "USD"
    what: str | None = None
    rule: str = ""  # the pattern that found it ("digits_with_currency", "number_words"...)


@dataclass(slots=True)
class Facts:
    document: str
    published: str | None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)

    @property
    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "person"]

    def to_json(self) -> dict[str, Any]:
        """The `extract --json` shape (extra fields are welcome)."""
        return {
            "document": self.document,
            "published": self.published,
            "people": [
                {
                    "name": p.name,
                    "aliases": p.aliases,
                    "roles": [r.title for r in p.roles],
                    "role_details": [asdict(r) for r in p.roles],
                    "mentions": [list(m) for m in p.mentions],
                    "rule": p.rule,
                }
                for p in self.people
            ],
            "entities": [
                {"name": e.name, "kind": e.kind, "aliases": e.aliases, "rule": e.rule}
                for e in self.entities
                if e.kind != "person"
            ],
            "timexes": [asdict(t) for t in self.timexes],
            "events": [asdict(e) for e in self.events],
            "quotes": [asdict(q) for q in self.quotes],
            "amounts": [asdict(a) for a in self.amounts],
        }
