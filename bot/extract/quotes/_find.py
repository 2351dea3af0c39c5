"""find_quotes: pair the marks, find the posts, then for each quotation: drop it, or classify it and try
the strategies of its kind in order."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from bot.extract.facts import Entity, Quote
from bot.extract.lexicon.speakers import TITLE_SMALL_WORDS
from bot.extract.quotes._context import UNATTRIBUTED, Document, QuoteContext, Strategy, quote_context
from bot.extract.quotes._cues import ends_with_cue
from bot.extract.quotes._direct import DIRECT_STRATEGIES, is_direct
from bot.extract.quotes._marks import Region, find_regions, paragraphs
from bot.extract.quotes._partial import PARTIAL_STRATEGIES
from bot.extract.quotes._posts import find_posts, framed_posts
from bot.extract.quotes._resolver import Resolver
from bot.extract.quotes._salience import Salience
from bot.extract.quotes._sentences import SentenceWork, bounded_sentences
from bot.extract.spans import SpanIndex

_BLANK = re.compile(r"[^\n]")


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    """Every quotation in `text` with its speaker; offsets index into `text`."""
    doc, regions = _document(text, sentences, entities)
    for _ in _attribute_all(doc, regions):
        pass
    return sorted(doc.done, key=lambda q: q.start)


def trace_quotes(
    text: str, sentences: list[tuple[int, int]], entities: list[Entity]
) -> Iterator[tuple[QuoteContext, Quote | None]]:
    """Each quotation's context and the Quote made of it (None: dropped), in order, as find_quotes goes:
    while the pair is out, the context is as the strategies saw it, so any strategy can be called on it by
    name (tests, debugging a wrong answer)."""
    doc, regions = _document(text, sentences, entities)
    yield from _attribute_all(doc, regions)


def _document(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> tuple[Document, list[Region]]:
    """The document's shared state with its posts found, and the quotations to attribute (none in a post)."""
    paras = paragraphs(text)
    resolver = Resolver(text, entities)
    posts = find_posts(text, paras, resolver)
    post_spans = SpanIndex((q.start, q.end) for q in posts)
    regions = [r for r in find_regions(text, paras) if not post_spans.contains(r.open_mark)]
    sentences = bounded_sentences(sentences)
    starts = [s for s, _ in sentences]
    masked = _mask(text, regions)
    resolver.set_quoted([(r.open_mark, r.end) for r in regions])
    resolver.set_salience(Salience(masked, sentences))
    para_starts = [p[0] for p in paras]
    doc = Document(text, masked, sentences, starts, paras, para_starts, resolver,
                   SentenceWork(masked, starts, paras, para_starts))
    doc.done.extend(posts)
    framed = [q for q in framed_posts(text, masked, paras, resolver) if not post_spans.contains(q.start)]
    doc.done.extend(framed)
    return doc, regions


def _attribute_all(doc: Document, regions: list[Region]) -> Iterator[tuple[QuoteContext, Quote | None]]:
    """Attribute the quotations in order; each found quote is remembered (the next ones may share its
    speaker, and its speaker is an antecedent for the pronouns after it)."""
    for r in regions:
        ctx = quote_context(doc, r)
        if ctx is None:
            continue
        q = _quote_for(ctx)
        yield ctx, q
        if q is None:
            continue
        doc.done.extend(_paragraph_pieces(q, r, doc.text))
        if q.speaker_start is not None and (q.kind == "direct" or (q.speaker_start or 0) > q.end):
            doc.last_direct = (bisect.bisect_right(doc.para_starts, r.end) - 1, q)
        if q.speaker:
            doc.resolver.remember(q.speaker_start or q.start, q.speaker, q.speaker_kind)


def _paragraph_pieces(q: Quote, r: Region, text: str) -> list[Quote]:
    """A quotation over several paragraphs, attributed as one, is one Quote per paragraph (each exactly
    text[start:end], its reopening mark left out), all with its speaker."""
    if not r.multi:
        return [q]
    out = []
    for s, e in r.pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(replace(q, start=s, end=e, text=text[s:e]))
    return out


def _quote_for(ctx: QuoteContext) -> Quote | None:
    """Find, then decide: scare quotes and titles are dropped; a direct quotation keeps its place even with
    no speaker; a partial one that is a label, or that nobody said, is dropped."""
    if _is_headline_scare_quote(ctx) or _is_title(ctx):
        return None
    if is_direct(ctx):
        return attribute(ctx, "direct", DIRECT_STRATEGIES) or ctx.quote("direct", None, UNATTRIBUTED)
    if _is_label(ctx):
        return None
    return attribute(ctx, "partial", PARTIAL_STRATEGIES)


def _is_label(ctx: QuoteContext) -> bool:
    """A single capitalised or coded word inside a sentence names a thing, nobody said it: the ‘TV-D1’
    launch, the “Odyssey” lander."""
    words = ctx.words
    return len(words) == 1 and (words[0][:1].isupper() or any(c.isdigit() for c in words[0]))


def attribute(ctx: QuoteContext, kind: str, strategies: tuple[Strategy, ...]) -> Quote | None:
    """The quote as the first strategy that finds a speaker makes it (its name is the quote's rule)."""
    for strategy in strategies:
        found = strategy(ctx)
        if found is not None:
            return ctx.quote(kind, found, strategy.__name__)
    return None


def _is_headline_scare_quote(ctx: QuoteContext) -> bool:
    """'Headline' scare quotes: single marks opening the sentence, no clause punctuation, no cue after."""
    return ctx.region.single and not ctx.pre_s and not ctx.ends_clause and ctx.cue_after is None


def _is_title(ctx: QuoteContext) -> bool:
    """“Fox and Friends”, “The Art of the Deal”: every word capitalised, few words, no sentence punctuation
    (unless it opens the sentence ending with a comma: “Great Again,” he said; or follows a cue and its
    comma: they said, “Long Live Peace”)."""
    words, quoted = ctx.words, ctx.stripped
    if not words or len(words) > 7 or any(c in quoted.rstrip(".,") for c in ",;:?!"):
        return False
    if ctx.pre_s[-1:] in (",", ":") and ends_with_cue(ctx.pre_s[:-1]):
        return False  # and said, “Satyamev Jayate,”: a motto someone said, not a title
    if not (all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) and len(words) >= 2):
        return False
    return not (not ctx.pre_s and ctx.ends_clause and quoted[-1] == ",")


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
