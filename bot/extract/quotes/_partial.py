"""Partial quotations: the speaker of a phrase quoted inside a sentence."""

from __future__ import annotations

from bot.extract.facts import Quote
from bot.extract.quotes._context import make, previous_partial
from bot.extract.quotes._cues import cue_after
from bot.extract.quotes._sentences import UNSET
from bot.extract.quotes._subjects import mention_span, subject_before, subject_of_sentence
from bot.extract.quotes._tokens import PRONOUNS, is_cue, np_after, np_before


def partial(text, masked, r, quoted, words, s_lo, s_hi, p_hi, post_lo, resolver, done, shared):
    toks, cue_candidates = shared.tokens_before(s_lo, r.open_mark)
    after = UNSET
    span = None
    cue: str | None = None
    # the name right before the marks: with Mr Modi “committing to …”
    if toks and toks[-1].text[0].isupper() and toks[-1].low not in PRONOUNS:
        ab = np_before(toks, len(toks) - 1)
        if ab is not None and len(toks) - 1 - ab[0] < 6 and (ab[0] == 0 or toks[ab[0] - 1].low in ("with", ",")):
            span = mention_span(toks, ab)
    if span is None:
        # a cue right after the marks: “…,” Hoover said
        found = after = cue_after(masked, post_lo, p_hi)
        if found is not None and (quoted.rstrip().endswith(",") or masked[post_lo : post_lo + 2].lstrip()[:1] == ","):
            span, cue = found
    if span is None:
        for c in cue_candidates:  # from the quote back to the sentence start: the nearest cue
            t = toks[c]
            if t.low == "according" and c + 1 < len(toks) and toks[c + 1].low == "to":
                ab = np_after(toks, c + 2)
                if ab:
                    span, cue = mention_span(toks, ab), "according to"
                    break
            if not is_cue(t.text):
                continue
            cue = t.text
            ab = None if t.low.endswith("ing") else subject_before(toks, c, nominal=False)
            if ab is None and t.low.endswith("ing"):
                prev = previous_partial(done, s_lo)
                if prev is not None:
                    return Quote(r.start, r.end, quoted, "partial", prev.speaker, prev.speaker_kind,
                                 prev.speaker_start, prev.speaker_end, cue)
                ab = subject_of_sentence(toks[:c])
            if ab is not None:
                span = mention_span(toks, ab)
            break
    if span is None:
        found = after if after is not UNSET else cue_after(masked, post_lo, p_hi)  # the same question
        if found is not None:
            span, cue = found
    if span is None:
        # a coordinated phrase: share the speaker of the previous partial quote in this sentence
        prev = previous_partial(done, s_lo)
        if prev is not None:
            return Quote(r.start, r.end, quoted, "partial", prev.speaker, prev.speaker_kind, prev.speaker_start,
                         prev.speaker_end, cue or prev.cue)
    if span is None:
        stoks = shared.whole(s_lo, s_hi)
        has_cue = cue is not None or shared.has_cue(s_lo, s_hi)
        if len(words) <= 2 and not has_cue:
            return None
        ab = shared.subject(s_lo, s_hi)
        if ab is None or (not has_cue and len(words) < 3):
            return None
        span = mention_span(stoks, ab)
    return make(text, r, quoted, "partial", span, cue, resolver)
