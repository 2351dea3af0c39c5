"""Offsets into the file as read: the extractor works on cleaned body text, citations point into the file.

A corpus file is decoded (UTF-8, BOM dropped) with universal newlines: that string is what the store keeps
and what every `start`/`end` refers to, header and date line included, so any tool that highlights spans in
the file gets the right characters. The extractor instead sees the body after the header, stripped, NFC
normalised and without control characters (`clean_text`). `OffsetMap` records where each character of that
cleaned body came from, and `OffsetMap.apply` moves every span of a `Facts` back into the file.
"""

from __future__ import annotations

import functools
import unicodedata
from array import array
from dataclasses import dataclass, fields

from bot.extract.facts import Facts
from bot.extract.text import clean_text


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """File offset of each cleaned character: a constant shift, or per character when cleaning moved them."""

    shift: int
    starts: array | None = None  # starts[i]: where cleaned char i begins in the file (len = n + 1)
    ends: array | None = None  # ends[i]: where cleaned char i ends in the file

    def start(self, pos: int) -> int:
        if self.starts is None:
            return pos + self.shift
        return self.starts[min(max(pos, 0), len(self.starts) - 1)]

    def end(self, pos: int, start: int | None = None) -> int:
        """The file offset just after a span that ends (exclusive) at cleaned `pos`."""
        if self.ends is None:
            return pos + self.shift
        if pos <= 0 or (start is not None and pos <= start):
            return self.start(pos)
        return self.ends[min(pos, len(self.ends)) - 1]

    def apply(self, facts: Facts) -> Facts:
        """Move every span of `facts` (extracted from the cleaned body) to offsets into the file text."""
        if self.starts is None and self.shift == 0:
            return facts
        facts.sentences = [self._span(s, e) for s, e in facts.sentences]
        for entity in facts.entities:
            entity.mentions = [self._span(s, e) for s, e in entity.mentions]
            for role in entity.roles:
                role.start, role.end = self._span(role.start, role.end)
        for group in (facts.timexes, facts.events, facts.quotes, facts.amounts):
            for fact in group:
                self._move_fields(fact)
        return facts

    def _span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end, start)

    def _move_fields(self, fact: object) -> None:
        """Every `<x>start`/`<x>end` pair of a fact dataclass ("start", "trigger_start", "speaker_start"…)."""
        for start_name, end_name in _span_fields(type(fact)):
            start, end = getattr(fact, start_name), getattr(fact, end_name, None)
            if start is None or end is None:
                continue
            new_start, new_end = self._span(start, end)
            setattr(fact, start_name, new_start)
            setattr(fact, end_name, new_end)


@functools.cache
def _span_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(`<x>start`, `<x>end`) for every field of a fact class whose name ends in "start" (dataclasses.fields()
    per fact cost more than moving its spans)."""
    return tuple((f.name, f.name[: -len("start")] + "end") for f in fields(cls) if f.name.endswith("start"))


def clean_body(file_text: str, body_start: int) -> tuple[str, OffsetMap]:
    """The extractor's text for the body that begins at `body_start`, and where its characters came from."""
    body = file_text[body_start:]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    base = body_start + lead
    cleaned = clean_text(body)
    if cleaned == body:
        return cleaned, OffsetMap(shift=base)
    starts, ends = array("q"), array("q")
    pieces: list[str] = []
    for cluster_start, cluster_end in _clusters(body):
        for ch in unicodedata.normalize("NFC", body[cluster_start:cluster_end]):
            if _kept(ch):
                pieces.append(ch)
                starts.append(base + cluster_start)
                ends.append(base + cluster_end)
    starts.append(base + len(body))
    if "".join(pieces) != cleaned:  # cleaning composed across a cluster boundary: fall back to the plain shift
        return cleaned, OffsetMap(shift=base)
    return cleaned, OffsetMap(shift=base, starts=starts, ends=ends)


def _kept(ch: str) -> bool:
    """What `clean_text` keeps (line breaks are universal already)."""
    return ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u00ad"


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of a starter character and the combining marks after it: NFC works within them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            spans.append((start, i))
            start = i
    return spans
