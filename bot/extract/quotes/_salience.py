"""The salient speaker a pronoun names: who the sentence before reports, or its subject; not the nearest name.

"Grant praised Reyes. “He was brilliant,” he said." — he is Grant, the subject of the sentence before,
not Reyes, the name nearest the pronoun (the one spoken about, or the listener: "told the Daily Herald").
"Putin may meet Erdogan, Peskov told TASS. “This is possible,” he said." — he is Peskov, whom the sentence
before reports (the subject of its first cue verb). Names inside quotations are blanked in the masked
text, so they are never subjects.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from bot.extract.lexicon.speakers import PRONOUNS, TITLES
from bot.extract.quotes._subjects import cap, mention_span, subject_before, subject_of_sentence
from bot.extract.quotes._tokens import Tok, is_cue, np_after, tokens

_LETTER = re.compile(r"[^\W\d_]")
_LOOK_BACK = 4  # sentences looked back over, past sentences that are all quotation


class Mention(NamedTuple):
    """A salient mention; `titled`: a name after its title ("Union Minister …, Nitin Gadkari"), a person
    even when the people extractor did not find them."""

    start: int
    end: int
    titled: bool = False

    def pronoun(self, text: str) -> bool:
        """A pronoun subject continues a chain of reference: salience says nothing new."""
        return text[self.start : self.end].lower() in PRONOUNS


class Salience:
    """The salient mentions of each sentence (its reporters, then its subject), computed once per sentence."""

    def __init__(self, masked: str, sentences: list[tuple[int, int]]):
        self.masked = masked
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self._subjects: dict[int, list[Mention]] = {}

    def salient(self, pos: int) -> list[Mention]:
        """The salient mentions before `pos`: those of its own sentence that end before it, then those of
        the last sentence before that is not all quotation (“We won. It was a long night,” he said: the
        sentence before the quotation)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        out = [m for m in self._subjects_of(k) if m.end <= pos] if k >= 0 else []
        for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            s, e = self.sentences[j]
            if _LETTER.search(self.masked, s, e) is not None:
                out.extend(self._subjects_of(j))
                break
        return out

    def _subjects_of(self, j: int) -> list[Mention]:
        got = self._subjects.get(j)
        if got is None:
            s, e = self.sentences[j]
            toks = tokens(self.masked, s, min(e, s + 600))
            found = [(ab, False) for ab in _reporters(toks)]
            ab = subject_of_sentence(toks)
            if ab is not None:
                apposed = _apposed_name(toks, ab)
                found.append((apposed, True) if apposed is not None else (ab, False))
            got = self._subjects[j] = [Mention(*mention_span(toks, ab), titled) for ab, titled in found]
        return got


def _reporters(toks: list[Tok]) -> list[tuple[int, int]]:
    """The subjects of the sentence's cue verbs, in order: "Putin may meet Erdogan, Peskov told TASS"
    reports Peskov, who is then more salient than the grammatical subject."""
    out = []
    for c, t in enumerate(toks):
        if c > 0 and is_cue(t.text) and not t.low.endswith("ing"):
            ab = subject_before(toks, c)
            if ab is not None:
                out.append(ab)
    return out


def _apposed_name(toks: list[Tok], ab: tuple[int, int]) -> tuple[int, int] | None:
    """"Union Minister of Road Transport & Highways, Nitin Gadkari also said": a title, then the name after
    its comma is the subject."""
    a, b = ab
    if not any(t.low in TITLES for t in toks[a : b + 1]):
        return None
    k = b + 1
    while k < len(toks) and k - b < 8 and (cap(toks[k]) or toks[k].text in ("&", "and", "of")):
        k += 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    name = np_after(toks, k + 1)
    if name is None or not cap(toks[name[0]]) or any(t.low in TITLES for t in toks[name[0] : name[1] + 1]):
        return None
    nxt = toks[name[1] + 1] if name[1] + 1 < len(toks) else None
    return name if nxt is not None and (nxt.text.islower() or nxt.text == ",") else None
