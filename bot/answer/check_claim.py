"""What /check compares: the quoted words of a claim as users paste it.

A claim arrives as typed: with the attribution of the sentence it was copied from (“…,” he said), with an
ellipsis for words left out, with the labels of the console syntax (quote:, an empty speaker:). This finds
the words to compare, where an ellipsis allows source words to be skipped, and a name in the attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extract.lexicon.speech import CUE_VERBS, SKIP_BEFORE_CUE
from bot.textnorm import normalize_quote

MAX_ATTRIBUTION_WORDS = 12  # outside the quote marks: longer than this is context, not an attribution

_LABELS = re.compile(r"^\s*quote:\s*|\s*\bspeaker:\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|«([^»]+)»|„([^“”]+)[“”]|‘([^’]+)’(?!\w)")
_ELLIPSIS = re.compile(r"\s*(?:[\[(]\s*(?:…|\.\s?\.\s?\.)\s*[\])]|…|\.\s?\.\s?\.)\s*")
_TAIL = re.compile(r"^(?P<quote>.+?)\s*[,—–]\s*(?P<attribution>[^,—–]+?)\W*$", re.DOTALL)
_HEAD = re.compile(r"^(?P<attribution>[^:]+):\s*(?P<quote>.+)$", re.DOTALL)
_WORD = re.compile(r"[\w.'’-]+")
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w'’-]*\.?\s*)+")
_PRONOUNS = frozenset("i we you he she it they one".split())


@dataclass(frozen=True, slots=True)
class Claim:
    given: str  # the claim as given, without the console's labels (quote:, an empty speaker:)
    checked: str  # the words compared, as written (without attribution and labels)
    words: list[str]  # normalised words of `checked`
    gaps: frozenset[int] = field(default_factory=frozenset)  # word indexes where an ellipsis skips words
    attribution: str | None = None  # the attribution left out, e.g. "he said"
    named: str | None = None  # a name in the attribution, e.g. "Jaishankar"


def parse_claim(raw: str) -> Claim:
    """The words to compare in a pasted claim; without an attribution, the whole claim."""
    text = _LABELS.sub("", raw.strip()).strip()
    quote, attribution = _split_attribution(text)
    parts = [p for p in _ELLIPSIS.split(quote) if normalize_quote(p)]
    words: list[str] = []
    gaps: set[int] = set()
    for part in parts:
        if words:
            gaps.add(len(words))
        words += normalize_quote(part).split()
    return Claim(text, quote.strip(), words, frozenset(gaps), attribution, _name_in(attribution))


def _split_attribution(text: str) -> tuple[str, str | None]:
    """(quote, attribution): the quoted segments when the rest reports speech, else a reporting tail or
    head ("…, he said" / "Modi said: …"), else the whole text."""
    segments = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    if segments:
        outside = _QUOTED.sub(" ", text)
        if _reports_speech(outside) or outside.strip().endswith(":"):
            return " … ".join(_bare(s) for s in segments), " ".join(outside.split()) or None
        return text, None
    for pattern in (_TAIL, _HEAD):
        m = pattern.match(text)
        if m and _reports_speech(m["attribution"]) and normalize_quote(m["quote"]):
            return _bare(m["quote"]), m["attribution"].strip()
    return text, None


def _bare(quote: str) -> str:
    """A quote without the punctuation that joined it to its attribution: '“We will,” he said' → 'We will'."""
    return quote.strip().rstrip(",;:.").strip()


def _reports_speech(text: str) -> bool:
    """A short stretch of text with a speech verb: 'he said', 'said Foreign Minister S. Jaishankar'."""
    words = _WORD.findall(text)
    return 0 < len(words) <= MAX_ATTRIBUTION_WORDS and any(w.lower().strip(".'’-") in CUE_VERBS for w in words)


def _name_in(attribution: str | None) -> str | None:
    """The first run of capitalised words in an attribution that is not a speech verb or a pronoun."""
    if not attribution:
        return None
    for run in _NAME_RUN.finditer(attribution):
        words = [w for w in run.group().split() if w.lower().strip(".") not in CUE_VERBS | SKIP_BEFORE_CUE
                 and w.lower() not in _PRONOUNS]
        if words:
            return " ".join(words)
    return None
