"""What attribution works with: one QuoteContext per quotation, computed once, and what strategies return.

A strategy is a function `(QuoteContext) -> Attribution | None`; _direct and _partial list theirs in order
(DIRECT_STRATEGIES, PARTIAL_STRATEGIES) and the first that answers names the speaker. The context holds
everything a strategy may read — the text and its masked copy, the quotation, its sentence and paragraph
bounds, the resolver, the quotes found so far — and computes the costlier questions (the tokens before the
quotation, the nearest cue, the cue after it) once, on first use, whichever strategy asks first.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from bot.extract.facts import Quote
from bot.extract.quotes._cues import WORD, cue_after
from bot.extract.quotes._marks import Region
from bot.extract.quotes._resolver import Resolver
from bot.extract.quotes._sentences import SentenceWork, ends_before_quote, para_end, sentence_of
from bot.extract.quotes._tokens import Tok, is_cue, np_after

UNATTRIBUTED = "unattributed"  # the rule of a direct quotation no strategy found a speaker for


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


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quotation, as a strategy found it: a speaker mention (start, end) to resolve, with its cue
    word; or, with `same_as`, the speaker of an earlier quotation, whose resolved name is copied."""

    start: int
    end: int
    cue: str | None
    same_as: Quote | None = None

    @classmethod
    def sharing(cls, prev: Quote, cue: str | None) -> Attribution:
        """The speaker of `prev` (which has one), with `cue`."""
        return cls(prev.speaker_start or 0, prev.speaker_end or 0, cue, prev)

    @classmethod
    def of(cls, found: tuple[tuple[int, int], str | None] | None) -> Attribution | None:
        """From a cue search's ((start, end), cue) answer."""
        if found is None:
            return None
        (s, e), cue = found
        return cls(s, e, cue)


@dataclass
class Document:
    """What every quotation of one document shares; `last_direct` and `done` change as quotes are found."""

    text: str
    masked: str  # the text with quoted words blanked: cue and name searches never look inside quotations
    sentences: list[tuple[int, int]]
    starts: list[int]  # sentence starts
    paras: list[tuple[int, int]]
    para_starts: list[int]
    resolver: Resolver
    work: SentenceWork
    done: Found = field(default_factory=Found)
    last_direct: tuple[int, Quote] | None = None  # (paragraph index, quote) of the last attributed direct quote


@dataclass(eq=False)
class QuoteContext:
    """One quotation and everything its attribution reads, computed once."""

    text: str
    masked: str
    region: Region
    quoted: str  # the words inside the marks (joined with spaces over several paragraphs)
    words: list[str]
    s_lo: int  # the quote's sentence: from its start (not before the quote's paragraph) ...
    s_hi: int  # ... to its end (past the closing mark, not past the paragraph)
    p_hi: int  # the end of the paragraph holding the closing mark
    close: int  # the closing mark (the end of the words when the quotation ran to its paragraph's end)
    pre: str  # masked text of the sentence before the opening mark, from its last sentence end
    para: int  # index of the paragraph holding the opening mark
    prev_para: tuple[int, int] | None  # the paragraph before, when the quotation opens its paragraph
    resolver: Resolver
    work: SentenceWork
    done: Found  # the quotes found before this one (posts first)
    last_direct: tuple[int, Quote] | None

    @property
    def post_lo(self) -> int:
        """Where the text after the closing mark starts."""
        return self.close + 1

    @cached_property
    def stripped(self) -> str:
        return self.quoted.strip()

    @cached_property
    def pre_s(self) -> str:
        return self.pre.strip()

    @cached_property
    def first_alpha(self) -> str:
        """The first letter of the quoted words ('' when none): capitalised words start a sentence."""
        return next((c for c in self.stripped if c.isalpha()), "")

    @cached_property
    def ends_clause(self) -> bool:
        """The quoted words end with clause punctuation, or run to a paragraph end, or over paragraphs."""
        r = self.region
        return self.stripped[-1] in ",.!?…—–" or r.close_mark is None or r.multi

    @cached_property
    def cue_after(self) -> tuple[tuple[int, int], str | None] | None:
        """The speaker named right after the closing mark ("…,” Hoover said), with its cue."""
        return cue_after(self.masked, self.post_lo, self.p_hi)

    @cached_property
    def _before(self) -> tuple[list[Tok], Iterator[int]]:
        return self.work.tokens_before(self.s_lo, self.region.open_mark)

    @property
    def toks_before(self) -> list[Tok]:
        """The tokens of the sentence before the opening mark."""
        return self._before[0]

    @cached_property
    def nearest_cue(self) -> int | None:
        """Index in `toks_before` of the cue nearest the quotation: a cue verb, or "according to" with a noun
        phrase after it."""
        toks = self.toks_before
        for c in self._before[1]:  # from the quote back to the sentence start
            t = toks[c]
            if t.low == "according" and c + 1 < len(toks) and toks[c + 1].low == "to" and np_after(toks, c + 2):
                return c
            if is_cue(t.text):
                return c
        return None

    @property
    def cue_verb(self) -> Tok | None:
        """The nearest cue when it is a verb ("said", "saying"), not "according to"."""
        c = self.nearest_cue
        if c is None or self.toks_before[c].low == "according":
            return None
        return self.toks_before[c]

    def quote(self, kind: str, found: Attribution | None, rule: str) -> Quote:
        """The Quote for this quotation, its speaker resolved (or copied from the quote it shares one with)."""
        r = self.region
        if found is None:
            return Quote(r.start, r.end, self.quoted, kind, None, rule=rule)  # type: ignore[arg-type]
        prev = found.same_as
        if prev is not None:
            speaker, speaker_kind = prev.speaker, prev.speaker_kind
        else:
            speaker, speaker_kind = self.resolver.resolve(found.start, found.end)
        return Quote(r.start, r.end, self.quoted, kind, speaker, speaker_kind, found.start,  # type: ignore[arg-type]
                     found.end, found.cue, rule)


Strategy = Callable[[QuoteContext], Attribution | None]


def quote_context(doc: Document, r: Region) -> QuoteContext | None:
    """The context of quotation `r`; None when its marks hold no word (nothing to attribute)."""
    quoted = _quote_text(doc.text, r)
    stripped = quoted.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return None
    s_lo, _ = sentence_of(doc.starts, doc.sentences, r.open_mark)
    s_lo = max(s_lo, r.para_start)
    close = r.close_mark if r.close_mark is not None else r.end
    _, s_hi = sentence_of(doc.starts, doc.sentences, close)
    p_hi = para_end(doc.paras, doc.para_starts, close)
    s_hi = min(max(s_hi, close + 1), p_hi)
    k = bisect.bisect_right(doc.para_starts, r.open_mark) - 1
    return QuoteContext(
        text=doc.text,
        masked=doc.masked,
        region=r,
        quoted=quoted,
        words=WORD.findall(stripped),
        s_lo=s_lo,
        s_hi=s_hi,
        p_hi=p_hi,
        close=close,
        # the splitter does not cut before '' (two apostrophes): cut at the last sentence end before the quote
        pre="" if ends_before_quote(doc.masked, s_lo, r.open_mark) else doc.work.pre(s_lo, r.open_mark),
        para=k,
        prev_para=doc.paras[k - 1] if k > 0 and r.open_mark == r.para_start else None,
        resolver=doc.resolver,
        work=doc.work,
        done=doc.done,
        last_direct=doc.last_direct,
    )


def _quote_text(text: str, r: Region) -> str:
    if not r.multi:
        return text[r.start : r.end]
    return " ".join(text[s:e].strip() for s, e in r.pieces)
