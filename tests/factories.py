"""Hand-built documents and facts, so store and answer tests do not depend on extraction quality."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.extract.facts import DocumentMeta, Entity, Event, Facts, Quote, Role, Timex
from bot.ingest import SourceDocument


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def make_source(name: str, text: str, published: str | None = "2025-01-28") -> SourceDocument:
    return SourceDocument(
        path=Path("/nowhere") / name,
        meta=DocumentMeta(name=name, published=published, title=f"Title of {name}"),
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


ARTICLE = (
    "Foreign Minister S. Jaishankar met Marco Rubio on January 21. "
    "“We firmly oppose illegal mobility,” Jaishankar said. "
    "The inauguration was held on January 20."
)


def make_facts(name: str = "a.txt", text: str = ARTICLE) -> Facts:
    j = span(text, "S. Jaishankar")
    j2 = span(text, "Jaishankar", j[1])
    r = span(text, "Marco Rubio")
    q = span(text, "We firmly oppose illegal mobility")
    t1 = span(text, "January 21")
    t2 = span(text, "January 20")
    met = span(text, "met")
    inaug = span(text, "inauguration")
    sentences = [(0, text.index(" “")), (text.index("“"), text.index(" The")), (text.index("The"), len(text))]
    return Facts(
        document=name,
        published="2025-01-28",
        sentences=sentences,
        entities=[
            Entity("S. Jaishankar", "person", ["Jaishankar", "S. Jaishankar"],
                   [Role("Foreign Minister", None, *span(text, "Foreign Minister"))], [j, j2]),
            Entity("Marco Rubio", "person", ["Marco Rubio"], [], [r]),
        ],
        timexes=[Timex(*t1, "January 21", "DATE", "2025-01-21"), Timex(*t2, "January 20", "DATE", "2025-01-20")],
        events=[
            Event("met", *met, "2025-01-21", *t1, 0, sentences[0][1], 0.9),
            Event("inauguration", *inaug, "2025-01-20", *t2, sentences[2][0], sentences[2][1], 0.9),
        ],
        quotes=[Quote(*q, text[q[0]:q[1]], "direct", "S. Jaishankar", "person", *j2, "said")],
    )
