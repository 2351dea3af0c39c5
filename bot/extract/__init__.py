"""Pure fact extraction: `extract(text, meta) -> Facts`. No I/O, no asyncio, no Discord.

Deterministic and CPU-bound, so the bot runs it in an executor and the evaluation measures it alone.
"""

from __future__ import annotations

import logging

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

log = logging.getLogger(__name__)

# Facts are read from a document's first MAX_SENTENCES sentences: memory grows with sentences, not bytes
# (a file of one short sentence per line cost ~300 MB per MB). The longest benchmark article has ~200.
MAX_SENTENCES = 5000


def extract(text: str, meta: DocumentMeta) -> Facts:
    """Extract every fact from `text` (already cleaned with `clean_text`); offsets index into `text`.

    Past the sentence budget the text is not read (one log line says so); offsets stay those of `text`."""
    sentences = split_sentences(text, MAX_SENTENCES + 1)
    if len(sentences) > MAX_SENTENCES:
        del sentences[MAX_SENTENCES:]
        log.warning("%s: over %d sentences; facts are read up to character %d of %d only",
                    meta.name, MAX_SENTENCES, sentences[-1][1], len(text))
        text = text[: sentences[-1][1]]
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
