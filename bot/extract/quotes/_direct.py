"""Direct quotations: is a quotation its own clause, and who said it.

DIRECT_STRATEGIES run in order, the first that answers wins (a quotation none answers stays direct, with no
speaker: rule "unattributed"). Each is `(QuoteContext) -> Attribution | None`, named for what it looks at.
"""

from __future__ import annotations

import re

from bot.extract.lexicon.speech import CUE_NOUNS, REPORTING_VERBS
from bot.extract.quotes._context import Attribution, QuoteContext, Strategy
from bot.extract.quotes._cues import cue_after, cue_before, ends_with_cue, ends_with_cue_frame
from bot.extract.quotes._subjects import mention_span
from bot.extract.quotes._tokens import np_after, np_before, tokens

_HEADING = 200  # a heading naming a statement is a short line ...
_NOT_HEADING_END = ".!?:;,”\"'’)"  # ... that does not end like a sentence or a quotation
_NOT_SPACE_DOT = re.compile(r"[^ .]")  # `not s.strip(" .")` without slicing the rest of the paragraph
_SIGNED = re.compile(r"\s*\n\s*[—–-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:[.,][^\n]{0,80})?[ \t]*(?:\n|$)")


def is_direct(ctx: QuoteContext) -> bool:
    """The quotation stands as its own clause: it opens the sentence or follows a cue frame ("X said:", "X
    said,", "X said that", "X called it") and reads like a sentence; or it is the second half of a
    quotation split by its cue."""
    return (_starts_clause(ctx) and _sentence_like(ctx)) or continues_split_quote(ctx) is not None


def _starts_clause(ctx: QuoteContext) -> bool:
    pre_s = ctx.pre_s
    return (
        not pre_s
        or pre_s[-1] in ":—–"
        or (pre_s[-1] == "," and ends_with_cue_frame(pre_s[:-1]))
        or (pre_s.lower().endswith(" that") and ends_with_cue_frame(pre_s[:-5]))
        or ends_with_cue(pre_s)
    )


def _sentence_like(ctx: QuoteContext) -> bool:
    capital = ctx.first_alpha.isupper()
    return (len(ctx.words) >= 3 and (capital or ctx.ends_clause or not ctx.pre_s)) or (ctx.ends_clause and capital)


def continues_split_quote(ctx: QuoteContext) -> Attribution | None:
    """“The animosity is like never before,” he told CNN, “and I hope …”: the second half of a quotation split
    by its cue shares the speaker of the first."""
    done = ctx.done
    if not (ctx.pre_s.endswith(",") and done and done[-1].kind in ("direct", "partial") and done[-1].start >= ctx.s_lo):
        return None
    prev = done[-1]
    if prev.speaker_start is not None and prev.end < prev.speaker_start < ctx.region.open_mark and (
        ctx.first_alpha.islower() or ctx.ends_clause
    ):
        return Attribution.sharing(prev, prev.cue)
    return None


def frame_before(ctx: QuoteContext) -> Attribution | None:
    """X said: “…” / X told reporters, “…” / X said that “…”: a frame right before it (unless the quotation
    ends with a comma, which announces a cue after it: “…,” the builder added — the frame still wins when
    it ends with its cue verb and no speaker follows right after the quotation: X said, “…,” Y congratulated)."""
    pre = ctx.pre.rstrip()
    if ctx.quoted.rstrip()[-1:] == "," and (cue_right_after(ctx) or not ends_with_cue(pre.rstrip(",:"))):
        return None
    that_frame = pre.lower().endswith(" that") and ends_with_cue_frame(pre[:-5])
    if not ((pre.strip() and pre[-1] in ",:—–") or ends_with_cue(ctx.pre) or that_frame):
        return None
    return Attribution.of(cue_before(ctx.masked, ctx.s_lo, ctx.region.open_mark, frame=True))


def cue_right_after(ctx: QuoteContext) -> bool:
    """A speaker named right after the closing mark with a verb that only reports: “…,” the builder added /
    “…,” said Smith (not “…,” Smith's wife Ann congratulated them: a new clause)."""
    found = ctx.cue_after
    if found is None:
        return False
    (s, _e), cue = found
    if cue is None or cue.lower() not in REPORTING_VERBS:
        return False
    between = ctx.masked[ctx.post_lo : s].strip(" ,”\"'’—–-\n")
    return between == "" or between == cue


def cue_after_quote(ctx: QuoteContext) -> Attribution | None:
    """“…,” X said / “…,” said X / “…,” X, a ..., said / “….” X said. — the last only when that sentence ends
    soon after the cue."""
    final = ctx.quoted.rstrip()[-1:] in (".", "!", "?", "…") or ctx.region.multi
    return Attribution.of(cue_after(ctx.masked, ctx.post_lo, ctx.p_hi, final=final))


def cue_earlier_in_sentence(ctx: QuoteContext) -> Attribution | None:
    """X said in the spring, when ..., “…”: a cue further back in the sentence."""
    if not ctx.pre.strip():
        return None
    return Attribution.of(cue_before(ctx.masked, ctx.s_lo, ctx.region.open_mark, frame=True))


def colon_paragraph_before(ctx: QuoteContext) -> Attribution | None:
    """He told the crowd:\\n\\n“…”: the paragraph before ends with a colon and names the speaker."""
    prev = ctx.prev_para
    if prev is None or ctx.text[prev[1] - 1] != ":":
        return None
    return Attribution.of(cue_before(ctx.masked, max(prev[0], prev[1] - 300), prev[1], frame=True))


def heading_before(ctx: QuoteContext) -> Attribution | None:
    """Read the full statement of Acme chair Jane Roe\n\n“…”: the paragraph before is a heading (short, no
    closing punctuation) naming whose statement, speech or letter follows."""
    prev = ctx.prev_para
    if prev is None or prev[1] - prev[0] > _HEADING or ctx.text[prev[1] - 1] in _NOT_HEADING_END:
        return None
    toks = tokens(ctx.masked, prev[0], prev[1])
    for c, t in enumerate(toks):
        if t.low not in CUE_NOUNS:
            continue
        if c + 1 < len(toks) and toks[c + 1].low in ("of", "from", "by"):
            ab = np_after(toks, c + 2, loose=True)  # statement of Acme chair Jane Roe / from the ministry
        else:
            k = c - 1
            while k >= 0 and toks[k].text.islower() and k > c - 3:
                k -= 1  # Roe's full statement
            ab = np_before(toks, k) if k >= 0 and toks[k].low.endswith(("'s", "’s")) else None
        if ab is not None:
            return Attribution(*mention_span(toks, ab), None)
    return None


def signature_line_after(ctx: QuoteContext) -> Attribution | None:
    """“…”\\n\\n- Hillary Clinton.: a signature line right after the quotation's paragraph."""
    r = ctx.region
    if r.close_mark is None or _NOT_SPACE_DOT.search(ctx.masked, r.close_mark + 1, ctx.p_hi) is not None:
        return None
    nxt = _SIGNED.match(ctx.masked, ctx.p_hi)
    if nxt is None:
        return None
    name_end = nxt.start(1) + len(nxt.group(1).rstrip("."))
    return Attribution(nxt.start(1), name_end, None)


def speaker_ends_previous_sentence(ctx: QuoteContext) -> Attribution | None:
    """... dos Santos says. “…”: the sentence before, in the same paragraph, ends with its speaker and cue."""
    r = ctx.region
    if ctx.pre.strip() or r.open_mark <= r.para_start:
        return None
    window = ctx.masked[max(r.para_start, r.open_mark - 300) : r.open_mark]
    back = window.rstrip()
    if not back.endswith("."):
        return None
    lo = r.open_mark - len(window)
    return Attribution.of(cue_before(ctx.masked, lo, lo + len(back) - 1, frame=True, reach=6))


def continues_previous_quote(ctx: QuoteContext) -> Attribution | None:
    """A continuation of the previous attributed direct quotation: in the same paragraph, or opening the next."""
    if ctx.last_direct is None:
        return None
    para_idx, prev = ctx.last_direct
    k, r = ctx.para, ctx.region
    if prev.speaker_start is not None and k - para_idx <= 1 and (k == para_idx or r.open_mark == r.para_start):
        return Attribution.sharing(prev, prev.cue)
    return None


DIRECT_STRATEGIES: tuple[Strategy, ...] = (
    continues_split_quote,
    frame_before,
    cue_after_quote,
    cue_earlier_in_sentence,
    colon_paragraph_before,
    heading_before,
    signature_line_after,
    speaker_ends_previous_sentence,
    continues_previous_quote,
)
