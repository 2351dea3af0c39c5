"""Pure fact extraction: `extract(text, meta) -> Facts`. No I/O, no asyncio, no Discord.

Deterministic and CPU-bound, so the bot runs it in an executor and the evaluation measures it alone.
"""

from __future__ import annotations

from bot.extract.amounts import find_amounts
from bot.extract.events import link_events
from bot.extract.facts import (
    Amount,
    DocumentMeta,
    Entity,
    Event,
    Facts,
    Quote,
    Role,
    Timex,
)
from bot.extract.people import find_entities
from bot.extract.quotes import find_quotes
from bot.extract.text import clean_text, split_sentences
from bot.extract.timex import find_timexes

__all__ = [
    "Amount",
    "DocumentMeta",
    "Entity",
    "Event",
    "Facts",
    "Quote",
    "Role",
    "Timex",
    "clean_text",
    "extract",
]


def extract(text: str, meta: DocumentMeta) -> Facts:
    """Extract every fact from `text` (already cleaned with `clean_text`); offsets index into `text`."""
    sentences = split_sentences(text)
    entities = find_entities(text, sentences)
    timexes = find_timexes(text, sentences, meta.published)
    events = link_events(text, sentences, timexes)
    quotes = find_quotes(text, sentences, entities)
    amounts = find_amounts(text, sentences)
    return Facts(
        document=meta.name,
        published=meta.published,
        sentences=sentences,
        entities=entities,
        timexes=timexes,
        events=events,
        quotes=quotes,
        amounts=amounts,
    )
