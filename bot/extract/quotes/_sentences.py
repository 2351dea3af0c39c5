"""Sentences as the quotes see them: bounded in length, and the work their quotes share done once.

Every attribution reads the quote's sentence (the frame before it, the nearest cue, the sentence subject);
SentenceWork computes what the quotes of one sentence share once per sentence, so many quotes in one long
sentence stay linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from bot.extract.lexicon.speech import CUE_NOUNS, CUE_VERBS
from bot.extract.quotes._subjects import subject_of_sentence
from bot.extract.quotes._tokens import Tok, is_cue, tokens

# A "sentence" longer than this is not one (the splitter found no boundary: a table, a list, garbage): quotes
# look at it in pieces of at most this many characters. Every rule reads the quote's sentence (the frame
# before it, the nearest cue, the sentence subject), so an unbounded sentence made each quote cost its
# whole length, quadratic overall. News sentences stay far below it (the longest in the seeds, PolNeAR,
# TBAQ and MEANTIME texts is 1,094 characters), so their quotes are unchanged.
MAX_SENTENCE = 2_000


def bounded_sentences(sentences: list[tuple[int, int]], limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """`sentences` with each one longer than `limit` cut into consecutive pieces of `limit` characters."""
    if all(e - s <= limit for s, e in sentences):
        return sentences
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        while e - s > limit:
            out.append((s, s + limit))
            s += limit
        out.append((s, e))
    return out


_SENT_END = re.compile(r"[.!?…][\"”’')]*\s+")


# a sentence end right before a quotation: a full stop after a capital that is no honorific ("… on X. “…”")
_ENDS_BEFORE_QUOTE = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bGov)(?<!\bSen)"
                                r"(?<!\bRep)(?<!\bLt)(?<!\bCol)[.!?…][\"”’')]*\s+$")


def ends_before_quote(masked: str, s_lo: int, x: int) -> bool:
    """A sentence ends right before the quotation opening at x, even after a capital ("… in a post on X.
    “Right now …”": X is no initial there), never after an honorific ("Dr.")."""
    return _ENDS_BEFORE_QUOTE.search(masked, max(s_lo, x - 12), x) is not None


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|U\.S|[A-Z])\.)$")


UNSET = object()


_CUE_WORDS = CUE_VERBS | {"according"}


def para_end(paras: list[tuple[int, int]], para_starts: list[int], pos: int) -> int:
    k = bisect.bisect_right(para_starts, pos) - 1
    return paras[k][1] if k >= 0 else pos


def sentence_of(starts: list[int], sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sentences[0] if sentences else (0, pos)
    return sentences[k]


def cue_candidate(t: Tok) -> bool:
    """Could the backward cue search in `partial` stop at t? ("according", or a cue verb: `is_cue` needs
    the lower-cased word in CUE_VERBS; a cheap test that lets through a few more, which the search skips)"""
    return t.low in _CUE_WORDS


class SentenceWork:
    """What the quotes of one sentence share, computed once per sentence instead of once per quote: its
    tokens, where its cue words are, its sentence ends, whether it has a cue, its subject.

    The prefix before a quote is tokenised by taking the sentence's tokens that end at least _SETTLE
    characters before the quote (the token regex never looks further ahead than that, so those tokens are
    exactly what tokenising the prefix alone gives) and tokenising only the rest; sentence ends likewise.
    Quotes thick in a long sentence ("x 'y' x 'y' ...") cost a tokenisation of the sentence each before.
    """

    _SETTLE = 8  # > the longest look-ahead of _tokens._TOKEN: "A.B.C." + 1

    def __init__(self, masked: str, starts: list[int], paras: list[tuple[int, int]], para_starts: list[int],
                 short: int = 600):
        self.short = short  # a prefix this short is tokenised or scanned directly (cheaper than sharing)
        self.masked = masked
        self.starts = starts
        self.paras = paras
        self.para_starts = para_starts
        self._sentence_tokens: dict[int, tuple] = {}
        self._sentence_ends: dict[int, tuple] = {}
        self._whole: dict[tuple[int, int], list] = {}  # (s_lo, s_hi) -> [tokens, has a cue, subject]

    def _end(self, s_lo: int) -> int:
        """Where the sentence starting at s_lo stops: its paragraph's end or the next sentence."""
        k = bisect.bisect_right(self.starts, s_lo)
        end = min(para_end(self.paras, self.para_starts, s_lo),
                  self.starts[k] if k < len(self.starts) else len(self.masked))
        return max(end, s_lo)

    def _tokens(self, s_lo: int) -> tuple:
        """(end, tokens, their ends, indexes of the cue candidates) of the sentence starting at s_lo."""
        entry = self._sentence_tokens.get(s_lo)
        if entry is None:
            end = self._end(s_lo)
            toks = tokens(self.masked, s_lo, end)
            entry = self._sentence_tokens[s_lo] = (end, toks, [t.end for t in toks],
                                                   [i for i, t in enumerate(toks) if cue_candidate(t)])
        return entry

    def _ends(self, s_lo: int) -> tuple:
        """(end, text, ends of its sentence-end matches, last cut up to each) of the sentence at s_lo."""
        entry = self._sentence_ends.get(s_lo)
        if entry is None:
            end = self._end(s_lo)
            sent = self.masked[s_lo:end]
            ends = [(m.start(), m.end()) for m in _SENT_END.finditer(sent)]
            last_cut = []  # for each sentence end, the end of the last one up to it that is no abbreviation
            cut = -1
            for a, b in ends:
                if not _ABBREV.search(sent, max(0, a - 9), a + 1):
                    cut = b
                last_cut.append(cut)
            entry = self._sentence_ends[s_lo] = (end, sent, [b for _a, b in ends], last_cut)
        return entry

    def tokens_before(self, s_lo: int, x: int) -> tuple[list[Tok], Iterator[int]]:
        """`tokens(masked, s_lo, x)`, and the indexes of its cue candidates from the last to the first."""
        if x - s_lo <= self.short:
            out = tokens(self.masked, s_lo, x)
            return out, (i for i in range(len(out) - 1, -1, -1) if cue_candidate(out[i]))
        end, toks, tok_ends, cues = self._tokens(s_lo)
        if x > end:
            out = tokens(self.masked, s_lo, x)
            return out, (i for i in range(len(out) - 1, -1, -1) if cue_candidate(out[i]))
        kept = bisect.bisect_right(tok_ends, x - self._SETTLE)
        tail = tokens(self.masked, toks[kept - 1].end if kept else s_lo, x)
        out = toks[:kept] + tail

        def candidates() -> Iterator[int]:
            for i in range(len(out) - 1, kept - 1, -1):
                if cue_candidate(out[i]):
                    yield i
            for j in range(bisect.bisect_left(cues, kept) - 1, -1, -1):
                yield cues[j]

        return out, candidates()

    def pre(self, s_lo: int, x: int) -> str:
        """masked[s_lo:x] from its last sentence end that is not an abbreviation ("Mr."): the same as
        scanning the prefix for sentence ends from the end."""
        if x - s_lo > self.short:
            end, sent, sent_ends, last_cut = self._ends(s_lo)
            if x <= end:
                rel = x - s_lo
                kept = bisect.bisect_left(sent_ends, rel)  # sentence ends ending before x: the same in the prefix
                resume = sent_ends[kept - 1] if kept else 0
                for m in reversed(list(_SENT_END.finditer(sent, resume, rel))):
                    if not _ABBREV.search(sent, max(0, m.start() - 9), m.start() + 1):
                        return self.masked[s_lo + m.end():x]
                cut = last_cut[kept - 1] if kept else -1
                return self.masked[s_lo + cut:x] if cut >= 0 else self.masked[s_lo:x]
        pre = self.masked[s_lo:x]
        for m in reversed(list(_SENT_END.finditer(pre))):
            if not _ABBREV.search(pre, max(0, m.start() - 9), m.start() + 1):  # it ends there: look at the end
                return pre[m.end():]
        return pre

    def whole(self, s_lo: int, s_hi: int) -> list[Tok]:
        """The sentence's tokens (`has_cue` and `subject` answer for them)."""
        got = self._whole.get((s_lo, s_hi))
        if got is None:
            got = self._whole[(s_lo, s_hi)] = [tokens(self.masked, s_lo, s_hi), None, UNSET]
        return got[0]

    def has_cue(self, s_lo: int, s_hi: int) -> bool:
        """Has the sentence a cue word or noun?"""
        got = self._whole[(s_lo, s_hi)]
        if got[1] is None:
            got[1] = any(is_cue(t.text) or t.low in CUE_NOUNS for t in got[0])
        return got[1]

    def subject(self, s_lo: int, s_hi: int) -> tuple[int, int] | None:
        """`subject_of_sentence` of the sentence's tokens."""
        got = self._whole[(s_lo, s_hi)]
        if got[2] is UNSET:
            got[2] = subject_of_sentence(got[0])
        return got[2]
