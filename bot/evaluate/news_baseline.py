"""The naive /when baseline of issue 10: rank sentences by how many query words they contain, answer the
first full date written in (or resolved by the extractor's timexes from) the best sentence that has one.

It reads the same extracted facts as the store, so it differs from /when only in how evidence is chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.evaluate.news_match import words
from bot.extract import Facts
from bot.extract.event_words import STOP_WORDS

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class _Sentence:
    words: frozenset[str]
    day: str  # the first full date in the sentence, "" when it has none


class NaiveWhen:
    def __init__(self, documents: list[Facts], texts: list[str]) -> None:
        self.sentences: list[_Sentence] = []
        for facts, text in zip(documents, texts, strict=True):
            for start, end in facts.sentences:
                days = [t.value[:10] for t in sorted(facts.timexes, key=lambda t: t.start)
                        if start <= t.start and t.end <= end and _DAY.match(t.value)]
                self.sentences.append(_Sentence(frozenset(words(text[start:end])), days[0] if days else ""))

    def when(self, query: str) -> str:
        """The baseline's first date for `query` ("" when no sentence with a date shares a query word)."""
        wanted = {w for w in words(query) if w not in STOP_WORDS}
        best, best_day = 0, ""
        for s in self.sentences:  # ties keep the earliest sentence
            hits = len(wanted & s.words)
            if hits > best and s.day:
                best, best_day = hits, s.day
        return best_day
