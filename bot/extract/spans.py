"""Small position indexes, shared by the extractors, that keep them linear in document length.

Every extractor works mention by mention; a test that looks at all earlier spans, or scans the text back
to its start, for each new mention makes a long document quadratic (a 1 MB article took minutes). These
answer the same questions in O(log n) after an O(n log n) build.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["LineIndex", "SpanIndex"]


class SpanIndex:
    """A fixed set of (start, end) spans; `overlaps(s, e)` is `any(a < e and s < b for a, b in spans)`."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._max_end = list(accumulate((b for _, b in ordered), max))  # max end over spans[:i + 1]

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self._starts, e)  # spans[:i] start before e
        return i > 0 and self._max_end[i - 1] > s

    def contains(self, pos: int) -> bool:
        """`any(a <= pos < b for a, b in spans)`."""
        i = bisect.bisect_right(self._starts, pos)  # spans[:i] start at or before pos
        return i > 0 and self._max_end[i - 1] > pos


class LineIndex:
    """Where the lines of a text start and end, for `text.rfind("\\n", 0, pos)`-like questions in O(log n)."""

    __slots__ = ("_breaks", "_n")

    def __init__(self, text: str, sep: str = "\n") -> None:
        self._n = len(text)
        breaks = []
        i = text.find(sep)
        while i >= 0:
            breaks.append(i)
            i = text.find(sep, i + 1)
        self._breaks = breaks

    def break_before(self, pos: int) -> int:
        """`text.rfind(sep, 0, pos)`: the last separator before `pos`, -1 when none."""
        i = bisect.bisect_left(self._breaks, pos)
        return self._breaks[i - 1] if i else -1

    def break_after(self, pos: int) -> int:
        """`text.find(sep, pos)`: the first separator at or after `pos`, -1 when none."""
        i = bisect.bisect_left(self._breaks, max(pos, 0))
        return self._breaks[i] if i < len(self._breaks) else -1
