"""Partial quotations: the speaker of a phrase quoted inside a sentence.

PARTIAL_STRATEGIES run in order, the first that answers wins; a partial quotation none answers is dropped
(scare quotes: “so-called” experts). Each is `(QuoteContext) -> Attribution | None`.
"""

from __future__ import annotations

from bot.extract.lexicon.speakers import PRONOUNS
from bot.extract.quotes._context import Attribution, QuoteContext, Strategy, previous_partial
from bot.extract.quotes._subjects import cap, mention_span, subject_before, subject_of_sentence
from bot.extract.quotes._tokens import np_after, np_before


def name_before_marks(ctx: QuoteContext) -> Attribution | None:
    """with Mr Modi “committing to …”: a name right before the marks, after "with" or a comma (or opening
    the sentence)."""
    toks = ctx.toks_before
    if not toks or not cap(toks[-1]) or toks[-1].low in PRONOUNS:
        return None  # "The “experts”", "Earlier “we had no choice”": a sentence opener names nobody
    ab = np_before(toks, len(toks) - 1)
    if ab is not None and len(toks) - 1 - ab[0] < 6 and (ab[0] == 0 or toks[ab[0] - 1].low in ("with", ",")):
        return Attribution(*mention_span(toks, ab), None)
    return None


def cue_after_comma(ctx: QuoteContext) -> Attribution | None:
    """“…,” Hoover said: a cue right after the marks, the phrase ending with a comma (inside or after them)."""
    found = ctx.cue_after
    if found is None:
        return None
    if ctx.quoted.rstrip().endswith(",") or ctx.masked[ctx.post_lo : ctx.post_lo + 2].lstrip()[:1] == ",":
        return Attribution.of(found)
    return None


def according_to_before(ctx: QuoteContext) -> Attribution | None:
    """according to the ministry, “…”: the nearest cue before it is "according to" a noun phrase."""
    c = ctx.nearest_cue
    toks = ctx.toks_before
    if c is None or toks[c].low != "according":
        return None
    ab = np_after(toks, c + 2)
    return Attribution(*mention_span(toks, ab), "according to") if ab else None


def subject_of_cue_before(ctx: QuoteContext) -> Attribution | None:
    """The minister called it “…”: the subject of the nearest cue verb before the quotation."""
    t = ctx.cue_verb
    if t is None or t.low.endswith("ing"):
        return None
    ab = subject_before(ctx.toks_before, ctx.nearest_cue or 0, nominal=False)
    return Attribution(*mention_span(ctx.toks_before, ab), t.text) if ab is not None else None


def participle_shares_previous_partial(ctx: QuoteContext) -> Attribution | None:
    """..., saying “…”: the nearest cue is a participle and a partial quotation earlier in the sentence has a
    speaker: the same speaker."""
    t = ctx.cue_verb
    if t is None or not t.low.endswith("ing"):
        return None
    prev = previous_partial(ctx.done, ctx.s_lo)
    return Attribution.sharing(prev, t.text) if prev is not None else None


def participle_sentence_subject(ctx: QuoteContext) -> Attribution | None:
    """Modi thanked him, calling it “…”: the nearest cue is a participle: the subject of its sentence."""
    t = ctx.cue_verb
    if t is None or not t.low.endswith("ing"):
        return None
    ab = subject_of_sentence(ctx.toks_before[: ctx.nearest_cue])
    return Attribution(*mention_span(ctx.toks_before, ab), t.text) if ab is not None else None


def cue_after_phrase(ctx: QuoteContext) -> Attribution | None:
    """“…” Hoover said: a cue right after the marks (no comma needed once no cue before it named anyone)."""
    return Attribution.of(ctx.cue_after)


def coordinated_shares_previous_partial(ctx: QuoteContext) -> Attribution | None:
    """... to “build bridges” and “open doors”: the speaker of the previous partial quotation in this sentence."""
    prev = previous_partial(ctx.done, ctx.s_lo)
    if prev is None:
        return None
    t = ctx.cue_verb
    return Attribution.sharing(prev, (t.text if t is not None else None) or prev.cue)


def sentence_subject(ctx: QuoteContext) -> Attribution | None:
    """The subject of the sentence, when the sentence has a cue verb or noun or the phrase has three words
    or more (one or two words with no cue are scare quotes)."""
    work = ctx.work
    stoks = work.whole(ctx.s_lo, ctx.s_hi)
    t = ctx.cue_verb
    has_cue = t is not None or work.has_cue(ctx.s_lo, ctx.s_hi)
    if len(ctx.words) <= 2 and not has_cue:
        return None
    ab = work.subject(ctx.s_lo, ctx.s_hi)
    if ab is None:
        return None
    return Attribution(*mention_span(stoks, ab), t.text if t is not None else None)


PARTIAL_STRATEGIES: tuple[Strategy, ...] = (
    name_before_marks,
    cue_after_comma,
    according_to_before,
    subject_of_cue_before,
    participle_shares_previous_partial,
    participle_sentence_subject,
    cue_after_phrase,
    coordinated_shares_previous_partial,
    sentence_subject,
)
