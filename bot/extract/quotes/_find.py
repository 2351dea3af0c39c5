"""find_quotes: pair the marks, find the posts, then classify each quotation and find its speaker."""

from __future__ import annotations

import bisect
import re

from bot.extract.facts import Entity, Quote
from bot.extract.quotes._context import Found
from bot.extract.quotes._cues import WORD, cue_after, ends_with_cue, ends_with_cue_frame
from bot.extract.quotes._direct import direct
from bot.extract.quotes._marks import Region, find_regions, paragraphs
from bot.extract.quotes._partial import partial
from bot.extract.quotes._posts import find_posts
from bot.extract.quotes._resolver import Resolver
from bot.extract.quotes._sentences import SentenceWork, bounded_sentences, para_end, sentence_of
from bot.extract.spans import SpanIndex

_BLANK = re.compile(r"[^\n]")


_SMALL = frozenset(
    """a an and the of in on for to at by with or from vs""".split()
)


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    """Every quotation in `text` with its speaker; offsets index into `text`."""
    paras = paragraphs(text)
    resolver = Resolver(text, entities)
    quotes = Found()
    posts = find_posts(text, paras, resolver)
    quotes.extend(posts)
    post_spans = SpanIndex((q.start, q.end) for q in posts)
    regions = [r for r in find_regions(text, paras) if not post_spans.contains(r.open_mark)]
    sentences = bounded_sentences(sentences)
    starts = [s for s, _ in sentences]
    masked = _mask(text, regions)
    resolver.set_quoted([(r.open_mark, r.end) for r in regions])
    last_direct: tuple[int, Quote] | None = None  # (paragraph end, quote) of the last attributed direct quote
    para_starts = [p[0] for p in paras]
    shared = SentenceWork(masked, starts, paras, para_starts)
    for idx, r in enumerate(regions):
        q = _quote_for(text, masked, r, sentences, starts, resolver, regions, idx, quotes, last_direct,
                       paras, para_starts, shared)
        if q is None:
            continue
        quotes.append(q)
        if q.speaker_start is not None and (q.kind == "direct" or (q.speaker_start or 0) > q.end):
            last_direct = (bisect.bisect_right(para_starts, r.end) - 1, q)
        if q.speaker:
            resolver.remember(q.speaker_start or q.start, q.speaker, q.speaker_kind)
    return sorted(quotes, key=lambda q: q.start)


def _mask(text: str, regions: list[Region]) -> str:
    """The text with quoted words blanked, so cue and name searches never look inside quotations."""
    out: list[str] = []
    pos = 0
    for r in regions:
        for s, e in r.pieces:
            if s < pos:
                continue
            out.append(text[pos:s])
            out.append(_BLANK.sub(" ", text[s:e]))
            pos = e
    out.append(text[pos:])
    return "".join(out)


def _quote_text(text: str, r: Region) -> str:
    if not r.multi:
        return text[r.start : r.end]
    return " ".join(text[s:e].strip() for s, e in r.pieces)


def _is_title(words: list[str], quoted: str) -> bool:
    """“Fox and Friends”, “The Art of the Deal”: every word capitalised, few words, no sentence punctuation."""
    if not words or len(words) > 7 or any(c in quoted.rstrip(".,") for c in ",;:?!"):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in words) and len(words) >= 2


def _quote_for(
    text: str,
    masked: str,
    r: Region,
    sentences: list[tuple[int, int]],
    starts: list[int],
    resolver: Resolver,
    regions: list[Region],
    idx: int,
    done: list[Quote],
    last_direct: tuple[int, Quote] | None,
    paras: list[tuple[int, int]],
    para_starts: list[int],
    shared: SentenceWork | None = None,
) -> Quote | None:
    shared = shared or SentenceWork(masked, starts, paras, para_starts)
    quoted = _quote_text(text, r)
    stripped = quoted.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return None
    words = WORD.findall(stripped)
    s_lo, _ = sentence_of(starts, sentences, r.open_mark)
    s_lo = max(s_lo, r.para_start)
    close = r.close_mark if r.close_mark is not None else r.end
    _, s_hi = sentence_of(starts, sentences, close)
    p_hi = para_end(paras, para_starts, close)
    s_hi = min(max(s_hi, close + 1), p_hi)
    # the splitter does not cut before '' (two apostrophes): cut at the last sentence end before the quote
    pre = shared.pre(s_lo, r.open_mark)
    pre_s = pre.strip()
    post_lo = close + 1
    # direct or partial?
    starts_clause = (
        not pre_s
        or pre_s[-1] in ":—–"
        or (pre_s[-1] == "," and ends_with_cue_frame(pre_s[:-1]))
        or (pre_s.lower().endswith(" that") and ends_with_cue_frame(pre_s[:-5]))
        or ends_with_cue(pre_s)
    )
    first_alpha = next((c for c in stripped if c.isalpha()), "")
    ends_clause = stripped[-1] in ",.!?…—–" or r.close_mark is None or r.multi
    sentence_like = (len(words) >= 3 and (first_alpha.isupper() or ends_clause or not pre_s)) or (
        ends_clause and first_alpha.isupper()
    )
    if r.single and not pre_s and not ends_clause and cue_after(masked, close + 1, p_hi) is None:
        return None  # 'headline' scare quotes
    if _is_title(words, stripped) and not (not pre_s and ends_clause and stripped[-1] == ","):
        return None
    if pre_s.endswith(",") and done and done[-1].kind in ("direct", "partial") and done[-1].start >= s_lo:
        prev = done[-1]
        if prev.speaker_start is not None and prev.end < prev.speaker_start < r.open_mark and (
            first_alpha.islower() or ends_clause
        ):
            # a quotation split by its cue: “The animosity is like never before,” he told CNN, “and I hope …”
            return Quote(r.start, r.end, quoted, "direct", prev.speaker, prev.speaker_kind, prev.speaker_start,
                         prev.speaker_end, prev.cue)
    if starts_clause and sentence_like:
        k = bisect.bisect_right(para_starts, r.open_mark) - 1
        prev_para = paras[k - 1] if k > 0 and r.open_mark == r.para_start else None
        return direct(text, masked, r, quoted, s_lo, p_hi, post_lo, resolver, last_direct, k, prev_para, pre)
    return partial(text, masked, r, quoted, words, s_lo, s_hi, p_hi, post_lo, resolver, done, shared)
