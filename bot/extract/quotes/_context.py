"""What attribution works with: the quotes found so far, and a Quote made from a speaker mention."""

from __future__ import annotations

from bot.extract.facts import Quote
from bot.extract.quotes._marks import Region
from bot.extract.quotes._resolver import Resolver


class Found(list):
    """The quotes found so far, in order, knowing in O(1) `previous_partial`'s answer: the last partial quote
    with a speaker, and the smallest start of it and every quote after it (a scan back over the quotes of
    the sentence for every partial quote was quadratic in quotes per sentence)."""

    def __init__(self) -> None:
        super().__init__()
        self.last_partial: Quote | None = None
        self.min_start_since = 0  # min(q.start) over last_partial and the quotes after it

    def append(self, q: Quote) -> None:
        super().append(q)
        if q.kind == "partial" and q.speaker_start is not None:
            self.last_partial, self.min_start_since = q, q.start
        elif self.last_partial is not None:
            self.min_start_since = min(self.min_start_since, q.start)

    def extend(self, quotes) -> None:
        for q in quotes:
            self.append(q)


def previous_partial(done: Found, s_lo: int) -> Quote | None:
    """The last partial quote with a speaker, unless it or a quote after it starts before `s_lo` (the same as
    looking back through `done` until a quote before the sentence)."""
    if done.last_partial is None or done.min_start_since < s_lo:
        return None
    return done.last_partial


def make(text: str, r: Region, quoted: str, kind: str, span: tuple[int, int] | None, cue: str | None,
          resolver: Resolver) -> Quote:
    speaker = speaker_kind = None
    s = e = None
    if span is not None:
        s, e = span
        speaker, speaker_kind = resolver.resolve(s, e)
    return Quote(r.start, r.end, quoted, kind, speaker, speaker_kind, s, e, cue)  # type: ignore[arg-type]
