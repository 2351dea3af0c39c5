"""Headlines: sentences on a line of their own in Title Case, where capitals say nothing about names."""

from __future__ import annotations

from bot.extract.lexicon.stopwords import HEADLINE_LOWER_WORDS
from bot.extract.people._tokens import Tok
from bot.extract.spans import LineIndex


class _Lines:
    """Per line of the text, where its text starts and ends, computed once per line: asking for every
    sentence of a long line by slicing the line from its start made one-line documents quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = LineIndex(text)
        self._first: dict[int, int] = {}
        self._last: dict[int, int] = {}

    def alone_before(self, pos: int) -> bool:
        """`not text[line start:pos].strip()`: nothing but whitespace before `pos` on its line."""
        ls = self.index.break_before(pos) + 1
        first = self._first.get(ls)
        if first is None:
            le = self.index.break_after(ls)
            line = self.text[ls:le if le >= 0 else None]
            first = self._first[ls] = ls + len(line) - len(line.lstrip())
        return first >= pos

    def alone_after(self, pos: int) -> bool:
        """`not text[pos:line end].strip(" .!?")`: nothing but spaces and end punctuation after `pos`."""
        le = self.index.break_after(pos)
        last = self._last.get(le)
        if last is None:
            ls = self.index.break_before(pos) + 1
            line = self.text[ls:le if le >= 0 else None]
            last = self._last[le] = ls + len(line.rstrip(" .!?"))
        return last <= pos


_NEAR = 1_000  # a line break this near is looked for directly; farther ones through _Lines


def _headline(toks: list[Tok], lo: int, hi: int, text: str, lines: list[_Lines]) -> bool:
    """A line of its own in Title Case: no lower-case word except short function words."""
    start, end = toks[lo].start, toks[hi - 1].end
    return _alone_on_line(text, start, end, lines) and _title_case(toks[lo:hi])


def _alone_on_line(text: str, start: int, end: int, lines: list[_Lines]) -> bool:
    """Nothing before `start` on its line, nothing but end punctuation after `end`; `lines` is filled with a
    _Lines at the first line too long to slice."""
    before = text.rfind("\n", max(0, start - _NEAR), start)
    if before >= 0 or start <= _NEAR:
        if text[before + 1:start].strip():
            return False
    else:
        lines[:] = lines or [_Lines(text)]
        if not lines[0].alone_before(start):
            return False
    after = text.find("\n", end, end + _NEAR)
    if after >= 0 or end + _NEAR >= len(text):
        return not text[end:after if after >= 0 else None].strip(" .!?")
    lines[:] = lines or [_Lines(text)]
    return lines[0].alone_after(end)


def _title_case(toks: list[Tok]) -> bool:
    """Four capitalised words or more, and no lower-case word except short function words."""
    caps = 0
    for t in toks:
        w = t.text
        if not w[:1].isalpha():
            continue
        if w[:1].isupper():
            caps += 1
        elif w not in HEADLINE_LOWER_WORDS:
            return False
    return caps >= 4


def headline_sentences(toks: list[Tok], text: str) -> set[int]:
    """The sentence ids of the headlines among the tokens' sentences."""
    sent_ranges: dict[int, tuple[int, int]] = {}  # a sentence's tokens follow each other (ids only grow)
    lo = 0
    for idx in range(1, len(toks) + 1):
        if idx == len(toks) or toks[idx].sent != toks[lo].sent:
            sent_ranges[toks[lo].sent] = (lo, idx)
            lo = idx
    lines: list[_Lines] = []  # built when a line is too long to slice (see _headline)
    return {s for s, (lo, hi) in sent_ranges.items() if _headline(toks, lo, hi, text, lines)}
