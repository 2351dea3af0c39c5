"""Normal forms shared by the store (at ingest) and the answers (at query time), so both sides agree.

Names: case-folded, accents removed, punctuation dropped except the '@' of handles, spaces collapsed.
Quotes: the same, plus curly/straight quote marks, dashes and ellipses unified and outer punctuation
trimmed, so a quote typed in Discord matches the article's wording regardless of typography.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w@\s]+")
_POSSESSIVE = re.compile(r"'s\b")
_SPACES = re.compile(r"\s+")
_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": " ", "\u00a0": " ",
})


def fold(text: str) -> str:
    """Lower-case, strip accents and combining marks (also zalgo), unify typography."""
    if text.isascii():  # nothing to translate, decompose or strip: the common case, ~20× faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalize_name(text: str) -> str:
    return _SPACES.sub(" ", _NON_WORD.sub(" ", _POSSESSIVE.sub("", fold(text)))).strip()


def name_tokens(text: str) -> list[str]:
    return [t.lstrip("@") for t in normalize_name(text).split() if t.lstrip("@")]


def normalize_quote(text: str) -> str:
    """Words only: 'We firmly oppose…,' and 'we firmly oppose...' give the same string."""
    folded = fold(text).replace("...", " ")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded.replace("'", ""))).strip()
