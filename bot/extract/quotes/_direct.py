"""Direct quotations: the speaker of a quotation that stands as its own clause."""

from __future__ import annotations

import re

from bot.extract.facts import Quote
from bot.extract.quotes._context import make
from bot.extract.quotes._cues import cue_after, cue_before, ends_with_cue, ends_with_cue_frame

_NOT_SPACE_DOT = re.compile(r"[^ .]")  # `not s.strip(" .")` without slicing the rest of the paragraph


_SIGNED = re.compile(r"\s*\n\s*[—–-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:[.,][^\n]{0,80})?[ \t]*(?:\n|$)")


def direct(text, masked, r, quoted, s_lo, p_hi, post_lo, resolver, last_direct, k, prev_para, pre) -> Quote:
    final = quoted.rstrip()[-1:] in (".", "!", "?", "…") or r.multi
    found = None
    # 1. a frame right before it: X said: “…” / X told reporters, “…” (unless “…,” announces a cue after)
    that_frame = pre.rstrip().lower().endswith(" that") and ends_with_cue_frame(pre.rstrip()[:-5])
    if quoted.rstrip()[-1:] != "," and ((pre.strip() and pre.rstrip()[-1] in ",:—–") or ends_with_cue(pre)
                                        or that_frame):
        found = cue_before(masked, s_lo, r.open_mark, frame=True)
    # 2. a cue after the quotation: “…,” X said / “…,” said X / “…,” X, a ..., said
    if found is None:
        found = cue_after(masked, post_lo, p_hi, final=final)
    # 3. a cue before it further back: X said in the spring, when ..., “…”
    if found is None and pre.strip():
        found = cue_before(masked, s_lo, r.open_mark, frame=True)
    # 4. a paragraph ending with a colon introduces it: He told the crowd:\n\n“…”
    if found is None and prev_para is not None and text[prev_para[1] - 1] == ":":
        found = cue_before(masked, max(prev_para[0], prev_para[1] - 300), prev_para[1], frame=True)
    if found is not None:
        span, cue = found
        return make(text, r, quoted, "direct", span, cue, resolver)
    # 5. a signature paragraph after it: “…”\n\n- Hillary Clinton.
    if r.close_mark is not None and _NOT_SPACE_DOT.search(masked, r.close_mark + 1, p_hi) is None:
        nxt = _SIGNED.match(masked, p_hi)
        if nxt is not None:
            name_end = nxt.start(1) + len(nxt.group(1).rstrip("."))
            return make(text, r, quoted, "direct", (nxt.start(1), name_end), None, resolver)
    # 6. the sentence before ends with its speaker: ... dos Santos says. “…”
    if not pre.strip() and r.open_mark > r.para_start:
        back = masked[max(r.para_start, r.open_mark - 300) : r.open_mark].rstrip()
        if back.endswith("."):
            lo = r.open_mark - len(masked[max(r.para_start, r.open_mark - 300) : r.open_mark])
            found = cue_before(masked, lo, lo + len(back) - 1, frame=True, reach=6)
            if found is not None:
                span, cue = found
                return make(text, r, quoted, "direct", span, cue, resolver)
    # 7. a continuation of the previous quotation (same paragraph, or the next one)
    if last_direct is not None:
        para_idx, prev = last_direct
        if prev.speaker_start is not None and k - para_idx <= 1 and (k == para_idx or r.open_mark == r.para_start):
            return Quote(r.start, r.end, quoted, "direct", prev.speaker, prev.speaker_kind, prev.speaker_start,
                         prev.speaker_end, prev.cue)
    return make(text, r, quoted, "direct", None, None, resolver)
