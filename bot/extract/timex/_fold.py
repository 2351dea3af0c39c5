"""The lower-cased text that cheap case-sensitive searches run on, in place of case-insensitive patterns."""

from __future__ import annotations

import re

# Characters that a case-insensitive pattern matches to an ASCII letter but whose str.lower() is another
# character (or two: "İ"): in a text with one of them, a search of the lower-cased text could miss a match
# of the case-insensitive pattern, so there is no folded text.
_UNFOLDED = re.compile("[\u0130\u0131\u017f]")


def fold(text: str) -> str | None:
    """`text` lower-cased, character for character (each keeps its place, letters, digits, spaces and word
    boundaries stay what they were), or None when that would be unsafe."""
    if _UNFOLDED.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None
