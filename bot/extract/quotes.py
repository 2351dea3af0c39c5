"""Quotations with their speakers: direct, partial, and embedded social-media posts.

Rules, no model. Quotations are found by pairing quote marks (quotes_marks: curly, straight, '' and ’’,
single; unbalanced marks never raise); each is then classified:

- direct: the quotation stands as its own clause — it opens the sentence or follows a cue frame
  ("X said:", "X said,", "X said that", "X called it") — or is a sentence of its own ("“We lost.”").
  Its speaker, first found wins: the frame before it (unless the quotation ends with a comma, which
  announces a cue after it); a cue after it (“…,” X said / “…,” said X / “…,” X, a ..., said /
  “…,” X (D-Ore.) said / “….” X said. — the last only when that sentence ends soon after the cue);
  any cue earlier in the sentence; a paragraph ending with a colon; a signature line ("- Sanders.");
  the previous sentence ending with its speaker ("... Musser says. “…”"); else it continues the previous
  attributed quotation of the same or previous paragraph.
- partial: a phrase quoted inside a sentence; the speaker is the name right before the marks ("with Mr
  Modi “committing to …”"), the cue right after it (“…,” Hoover said), the subject of the nearest
  communication verb before it, the speaker of the previous partial in the same sentence (coordinated
  phrases), else the subject of the sentence when the sentence has a communication verb or noun.
  Scare quotes of one or two words with no communication verb or noun are dropped, and so are titles
  (“Fox and Friends”).
- post: lines without quote marks signed by "— Name (@handle) Month D, YYYY" (on the next line or at the
  end of the same line): the paragraph before the signature plus earlier short lines that read like the
  same post (social marks or first person, no quote marks, 280 characters at most).

Quote.text is the words inside the marks, exactly text[start:end]; for a quotation running over several
paragraphs, start/end cover all of it and text joins the paragraphs' words with single spaces (the reopening
marks left out). Speaker mentions are local (the pronoun or "the minister" that attributes the quote),
resolved to an entity name by quotes_speaker.Resolver.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from bot.extract.facts import Entity, EntityKind, Quote
from bot.extract.quotes_marks import Region, find_regions, paragraphs
from bot.extract.quotes_speaker import (
    CUE_NOUNS,
    CUE_VERBS,
    PRONOUNS,
    SKIP_BEFORE_CUE,
    Resolver,
    Tok,
    is_cue,
    np_after,
    np_before,
    tokens,
)
from bot.extract.spans import SpanIndex

_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\n()—–]{1,80}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))"
)
_BLANK = re.compile(r"[^\n]")
_TAG = re.compile(r"\s*<[a-z][^<>\n]{0,300}>\s*")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|my|we|We|our|Our|My)\b")
_SOCIAL = re.compile(r"@\w|#\w|https?://|pic\.twitter\.com")
_WORD = re.compile(r"[\w'’-]+")
_SMALL = frozenset(
    """a an and the of in on for to at by with or from vs""".split()
)
_CONTRACTED = frozenset("it’s it's that’s that's there’s there's here’s here's what’s what's".split())
_SUBJECT_STOP = frozenset(
    """the a an in on at after before when while but and however last next this that as if for with during
    since by from so yet still meanwhile also even though although because once then today yesterday date""".split()
)


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


class _Found(list):
    """The quotes found so far, in order, knowing in O(1) `_previous_partial`'s answer: the last partial quote
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


def find_quotes(text: str, sentences: list[tuple[int, int]], entities: list[Entity]) -> list[Quote]:
    """Every quotation in `text` with its speaker; offsets index into `text`."""
    paras = paragraphs(text)
    resolver = Resolver(text, entities)
    quotes = _Found()
    posts = _find_posts(text, paras, resolver)
    quotes.extend(posts)
    post_spans = SpanIndex((q.start, q.end) for q in posts)
    regions = [r for r in find_regions(text, paras) if not post_spans.contains(r.open_mark)]
    sentences = bounded_sentences(sentences)
    starts = [s for s, _ in sentences]
    masked = _mask(text, regions)
    resolver.set_quoted([(r.open_mark, r.end) for r in regions])
    last_direct: tuple[int, Quote] | None = None  # (paragraph end, quote) of the last attributed direct quote
    para_starts = [p[0] for p in paras]
    shared = _SentenceWork(masked, starts, paras, para_starts)
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


# --------------------------------------------------------------------------------------------- posts


def _find_posts(text: str, paras: list[tuple[int, int]], resolver: Resolver) -> list[Quote]:
    out: list[Quote] = []
    for k, (lo, hi) in enumerate(paras):
        if "(@" not in text[lo:hi]:
            continue
        for m in _SIGNATURE.finditer(text, lo, hi):
            name_s, name_e = m.start("name"), m.end("name")
            if m.start() > lo + 1:  # inline signature: the post is the paragraph text before the dash
                s, e = lo, m.start()
            elif k > 0:
                s, e = paras[k - 1]
                j = k - 2
                # earlier lines of the same post: short, no quote marks, and social or first-person
                while j >= 0 and e - paras[j][0] <= 280 and _post_line(text, *paras[j]):
                    s = paras[j][0]
                    j -= 1
            else:
                continue
            while e > s and text[e - 1].isspace():
                e -= 1
            tag = _TAG.match(text, s, e)
            if tag:  # <tweet id=...> markup left by a scraper
                s = tag.end()
            if e - s < 3:
                continue
            ent = resolver.by_alias(m.group("handle")) or resolver.overlapping(name_s, name_e) or (
                resolver.by_alias(m.group("name")))
            name = ent.name if ent else m.group("name").strip()
            kind: EntityKind | None = ent.kind if ent else "person"
            out.append(Quote(s, e, text[s:e], "post", name, kind, name_s, name_e, "posted"))
    return out


def _post_line(text: str, lo: int, hi: int) -> bool:
    """A line that reads like part of a post: no quote marks, no signature, social marks or first person."""
    if _has_quote(text, lo, hi) or _SIGNATURE.search(text, lo, hi):
        return False
    return bool(_SOCIAL.search(text, lo, hi) or _FIRST_PERSON.search(text, lo, hi))


def _has_quote(text: str, lo: int, hi: int) -> bool:
    return any(c in text[lo:hi] for c in "“”\"")


# --------------------------------------------------------------------------------------------- quotes


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


def _sentence_of(starts: list[int], sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sentences[0] if sentences else (0, pos)
    return sentences[k]


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
    shared: _SentenceWork | None = None,
) -> Quote | None:
    shared = shared or _SentenceWork(masked, starts, paras, para_starts)
    quoted = _quote_text(text, r)
    stripped = quoted.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return None
    words = _WORD.findall(stripped)
    s_lo, _ = _sentence_of(starts, sentences, r.open_mark)
    s_lo = max(s_lo, r.para_start)
    close = r.close_mark if r.close_mark is not None else r.end
    _, s_hi = _sentence_of(starts, sentences, close)
    p_hi = _para_end(paras, para_starts, close)
    s_hi = min(max(s_hi, close + 1), p_hi)
    # the splitter does not cut before '' (two apostrophes): cut at the last sentence end before the quote
    pre = shared.pre(s_lo, r.open_mark)
    pre_s = pre.strip()
    post_lo = close + 1
    # direct or partial?
    starts_clause = (
        not pre_s
        or pre_s[-1] in ":—–"
        or (pre_s[-1] == "," and _ends_with_cue_frame(pre_s[:-1]))
        or (pre_s.lower().endswith(" that") and _ends_with_cue_frame(pre_s[:-5]))
        or _ends_with_cue(pre_s)
    )
    first_alpha = next((c for c in stripped if c.isalpha()), "")
    ends_clause = stripped[-1] in ",.!?…—–" or r.close_mark is None or r.multi
    sentence_like = (len(words) >= 3 and (first_alpha.isupper() or ends_clause or not pre_s)) or (
        ends_clause and first_alpha.isupper()
    )
    if r.single and not pre_s and not ends_clause and _cue_after(masked, close + 1, p_hi) is None:
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
        return _direct(text, masked, r, quoted, s_lo, p_hi, post_lo, resolver, last_direct, k, prev_para, pre)
    return _partial(text, masked, r, quoted, words, s_lo, s_hi, p_hi, post_lo, resolver, done, shared)


def _para_end(paras: list[tuple[int, int]], para_starts: list[int], pos: int) -> int:
    k = bisect.bisect_right(para_starts, pos) - 1
    return paras[k][1] if k >= 0 else pos


def _ends_with_cue(pre: str) -> bool:
    """'X said “…', 'described it as “…'."""
    toks = _WORD.findall(pre[-40:])
    if not toks:
        return False
    if is_cue(toks[-1]):
        return True
    return toks[-1].lower() == "as" and any(is_cue(t) for t in toks[-4:-1])


def _ends_with_cue_frame(pre: str) -> bool:
    """'Jaishankar said', 'he told reporters', 'In a statement, the minister said' (the end of `pre`)."""
    toks = _WORD.findall(pre[-80:])
    return any(is_cue(t) or t.lower() in CUE_NOUNS for t in toks[-5:])


def _make(text: str, r: Region, quoted: str, kind: str, span: tuple[int, int] | None, cue: str | None,
          resolver: Resolver) -> Quote:
    speaker = speaker_kind = None
    s = e = None
    if span is not None:
        s, e = span
        speaker, speaker_kind = resolver.resolve(s, e)
    return Quote(r.start, r.end, quoted, kind, speaker, speaker_kind, s, e, cue)  # type: ignore[arg-type]


def _span(toks: list[Tok], ab: tuple[int, int]) -> tuple[int, int]:
    a, b = ab
    while a < b and toks[a].low in ("the", "a", "an") and toks[a + 1].text[:1].isupper():
        a += 1  # "The US" -> "US"; "the minister" keeps its article
    return toks[a].start, toks[b].end


def _direct(text, masked, r, quoted, s_lo, p_hi, post_lo, resolver, last_direct, k, prev_para, pre) -> Quote:
    final = quoted.rstrip()[-1:] in (".", "!", "?", "…") or r.multi
    found = None
    # 1. a frame right before it: X said: “…” / X told reporters, “…” (unless “…,” announces a cue after)
    that_frame = pre.rstrip().lower().endswith(" that") and _ends_with_cue_frame(pre.rstrip()[:-5])
    if quoted.rstrip()[-1:] != "," and ((pre.strip() and pre.rstrip()[-1] in ",:—–") or _ends_with_cue(pre)
                                        or that_frame):
        found = _cue_before(masked, s_lo, r.open_mark, frame=True)
    # 2. a cue after the quotation: “…,” X said / “…,” said X / “…,” X, a ..., said
    if found is None:
        found = _cue_after(masked, post_lo, p_hi, final=final)
    # 3. a cue before it further back: X said in the spring, when ..., “…”
    if found is None and pre.strip():
        found = _cue_before(masked, s_lo, r.open_mark, frame=True)
    # 4. a paragraph ending with a colon introduces it: He told the crowd:\n\n“…”
    if found is None and prev_para is not None and text[prev_para[1] - 1] == ":":
        found = _cue_before(masked, max(prev_para[0], prev_para[1] - 300), prev_para[1], frame=True)
    if found is not None:
        span, cue = found
        return _make(text, r, quoted, "direct", span, cue, resolver)
    # 5. a signature paragraph after it: “…”\n\n- Hillary Clinton.
    if r.close_mark is not None and _NOT_SPACE_DOT.search(masked, r.close_mark + 1, p_hi) is None:
        nxt = _SIGNED.match(masked, p_hi)
        if nxt is not None:
            name_end = nxt.start(1) + len(nxt.group(1).rstrip("."))
            return _make(text, r, quoted, "direct", (nxt.start(1), name_end), None, resolver)
    # 6. the sentence before ends with its speaker: ... dos Santos says. “…”
    if not pre.strip() and r.open_mark > r.para_start:
        back = masked[max(r.para_start, r.open_mark - 300) : r.open_mark].rstrip()
        if back.endswith("."):
            lo = r.open_mark - len(masked[max(r.para_start, r.open_mark - 300) : r.open_mark])
            found = _cue_before(masked, lo, lo + len(back) - 1, frame=True, reach=6)
            if found is not None:
                span, cue = found
                return _make(text, r, quoted, "direct", span, cue, resolver)
    # 7. a continuation of the previous quotation (same paragraph, or the next one)
    if last_direct is not None:
        para_idx, prev = last_direct
        if prev.speaker_start is not None and k - para_idx <= 1 and (k == para_idx or r.open_mark == r.para_start):
            return Quote(r.start, r.end, quoted, "direct", prev.speaker, prev.speaker_kind, prev.speaker_start,
                         prev.speaker_end, prev.cue)
    return _make(text, r, quoted, "direct", None, None, resolver)


_NOT_SPACE_DOT = re.compile(r"[^ .]")  # `not s.strip(" .")` without slicing the rest of the paragraph
_SENT_END = re.compile(r"[.!?…][\"”’')]*\s+")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|U\.S|[A-Z])\.)$")
_SUBORDINATORS = frozenset("when while after before because as where who which if since though although".split())
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could should may might must do does did".split())
_SIGNED = re.compile(r"\s*\n\s*[—–-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:[.,][^\n]{0,80})?[ \t]*(?:\n|$)")
_SPEECH_END = re.compile(r"[,?!…—–-]\s*$")


def _cue_after(masked: str, lo: int, hi: int, loose: bool = True, final: bool = False
               ) -> tuple[tuple[int, int], str] | None:
    """The speaker named right after a quotation. `final`: the quotation ended its own sentence ("…."), so
    a following "X said" only attributes it when that sentence ends soon after the cue."""
    found = _cue_after_any(masked, lo, hi, loose)
    if found is None or not final:
        return found
    (s, e), cue = found
    if s < lo + 12 and masked[lo:s].strip(" ,”\"'’—–-") == "" and cue != "according to":
        # "X said ..." (name first): the sentence must end soon after the cue
        m = re.search(re.escape(cue), masked[e:hi]) if cue else None
        rest = masked[e + m.end() : min(hi, e + m.end() + 100)] if m else ""
        clause = re.split(r"[.,;:!?]", rest, maxsplit=1)[0]
        after = []
        for w in _WORD.findall(clause):
            if w.lower() in _SUBORDINATORS:
                break
            after.append(w.lower())
        if (after and after[0] in ("that", "he", "she", "they", "it", "both", "we", "i", "this")) or any(
            w in _CLAUSE_VERBS for w in after
        ):
            return None
        # "He said, twice, that he ..." / "Clinton said Wednesday she, too, wants ...": a new report, not a cue
        sentence = [w.lower() for w in _WORD.findall(re.split(r"[.;!?]", rest, maxsplit=1)[0])][:6]
        if "that" in sentence or any(w in ("he", "she", "they", "we", "i") for w in sentence[:3]):
            return None
    return found


def _cue_after_any(masked: str, lo: int, hi: int, loose: bool = True) -> tuple[tuple[int, int], str] | None:
    toks = tokens(masked, lo, min(hi, lo + 200))
    i = 0
    while i < len(toks) and toks[i].text in (",", "”", '"', "’", "'", "—", "–", "-", "(", "…", "`"):
        i += 1
    if i >= len(toks) or i > 3:
        return None
    t = toks[i]
    if t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        ab = np_after(toks, i + 2, loose=True)
        return (_span(toks, ab), "according to") if ab else None
    if is_cue(t.text) or (t.text.islower() and t.text.endswith("ed") and i + 1 < len(toks)
                          and toks[i + 1].text[0].isupper() and toks[i + 1].low not in PRONOUNS):
        # said X / remembered Roy Verley
        ab = np_after(toks, i + 1, loose=True)
        if ab is not None and toks[ab[0]].low not in ("that", "it", "this"):
            return _span(toks, ab), t.text
        return None
    ab = np_after(toks, i, loose=loose)
    if ab is None:
        return None
    j = ab[1] + 1
    if j < len(toks) and toks[j].text == "(":  # Rep. Earl Blumenauer (D-Ore.) said
        k = j
        while k < len(toks) and toks[k].text != ")" and k - j < 12:
            k += 1
        j = k + 1
    # skip an apposition: X, a top aide to Y, said
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        while k < len(toks) and k - j < 20 and toks[k].text not in (",", ".", ";", "“", "”", '"'):
            k += 1
        if k < len(toks) and toks[k].text == ",":
            j = k + 1
    while j < len(toks) and (toks[j].low in SKIP_BEFORE_CUE or _adverb(toks[j])) and not is_cue(toks[j].text):
        j += 1
    if j < len(toks) and (is_cue(toks[j].text) or (toks[j].text.islower() and toks[j].text.endswith("ed"))
                          or (toks[j].low == "went" and j + 1 < len(toks) and toks[j + 1].low == "on")):
        return _span(toks, ab), toks[j].text
    # a longer subject before the cue: “…,” CrowdStrike co-founder Dmitri Alperovitch told POLITICO
    for c in range(i + 1, min(len(toks), i + 16)):
        w = toks[c]
        if w.text in (".", ";", "“", "”", '"', "?", "!", "'", "’", "‘") or w.low in ("that", "but", "because"):
            break
        if is_cue(w.text):
            ab = _subject_before(toks, c, loose=True)
            if ab is not None and ab[0] >= i:
                return _span(toks, ab), w.text
            lead = np_after(toks, i)
            if lead is not None and _cap(toks[lead[0]]) and lead[1] + 1 < len(toks) and toks[lead[1] + 1].text == ",":
                return _span(toks, lead), w.text  # Nate Silver, the guru who founded x.com tweeted
            break
    return None


def _cue_before(masked: str, lo: int, hi: int, frame: bool, reach: int = 22) -> tuple[tuple[int, int], str] | None:
    """The speaker of the nearest cue before `hi` in [lo, hi): 'X said', 'X, a ..., said', 'according to X'.

    `frame`: the cue must sit in the last dozen tokens (a frame that introduces a quotation)."""
    lo2 = max(lo, hi - 400)
    toks = tokens(masked, lo2, hi)
    for c in range(len(toks) - 1, -1, -1):
        t = toks[c]
        if frame and len(toks) - c > reach:
            break
        if t.low == "according" and c + 1 < len(toks) and toks[c + 1].low == "to":
            ab = np_after(toks, c + 2, loose=True)
            if ab:
                return _span(toks, ab), "according to"
            continue
        if not is_cue(t.text):
            continue
        ab = None if t.low.endswith("ing") else _subject_before(toks, c)
        if ab is None and t.low.endswith("ing") and lo2 == lo:
            ab = _subject_of_sentence(toks[:c])  # "Here in Columbia, Sanders stepped up ..., saying"
        if ab is None and (t.low.endswith("ing") or (c > 0 and toks[c - 1].low == "and")):
            # "before saying" / "he looked up and said": the subject of the clause speaks
            ab = _nearest_subject(toks, c)
        if ab is not None:
            return _span(toks, ab), t.text
        if frame:
            continue
        return None
    if frame and toks and toks[-1].text == ":":
        # "Kasich resisted:" / "Frank Newport and Jim Harter:" / "Trump: ‘...’"
        k = len(toks) - 2
        if k >= 0 and _finite(toks[k]):
            k -= 1
        ab = np_before(toks, k, loose=True)
        if ab is not None and toks[ab[1]].low not in _DAYS and (ab[0] == 0 or toks[ab[0] - 1].low not in _PREP) and (
            ab[0] == 0 or toks[ab[0] - 1].text in (".", ",", "and", "—", "-", "–") or _cap(toks[ab[1]])
        ):
            return _span(toks, ab), None
        # "Trump went even further:" / "Clinton has since apologized for what happened:"
        ab = _nearest_subject(toks, len(toks) - 1)
        if ab is not None:
            return _span(toks, ab), None
    return None


_MARKS = frozenset("“”\"'‘’`")


def _adverb(t: Tok) -> bool:
    return t.text.islower() and t.text.endswith("ly") and len(t.text) > 4


def _subject_before(toks: list[Tok], c: int, loose: bool = False, nominal: bool = True) -> tuple[int, int] | None:
    """The speaker right before the cue at c: 'X said', 'X, a ..., said', 'X (R-Ohio) said', 'he went on to say'."""
    j = c - 1
    while j >= 0 and (toks[j].low in SKIP_BEFORE_CUE or _adverb(toks[j]) or toks[j].text in _MARKS):
        j -= 1
    if j < 0:
        return None
    if toks[j].text == ",":
        if toks[c].low.endswith("ing"):
            return None  # "..., saying": a participle, not an apposition
        if j > 0 and (_cap(toks[j - 1]) or toks[j - 1].text == ")"):
            ab = np_before(toks, j - 1)
            if ab is not None and (ab[0] == 0 or not toks[ab[0] - 1].text.islower()):
                return ab
        # apposition: X, a ... , said   /  X, in a post on Y (formerly Z), expressed
        k = j - 1
        depth = 0
        while k >= 0 and j - k < 25:
            if toks[k].text == ")":
                depth += 1
            elif toks[k].text == "(":
                depth -= 1
            elif toks[k].text in (",", "—", "–") and depth == 0:
                break
            k -= 1
        if k >= 0 and toks[k].text in (",", "—", "–"):
            ab = np_before(toks, k - 1)
            if ab is not None:
                return ab
        return None
    if toks[j].text in ("—", "–") and j > 0:
        # Gingrich — mentioned by Newsmax as ... — told
        k = j - 1
        while k >= 0 and j - k < 25 and toks[k].text not in ("—", "–"):
            k -= 1
        if k > 0:
            return np_before(toks, k - 1)
        return None
    ab = np_before(toks, j, loose)
    if ab is None and nominal and toks[j].text.isalpha() and toks[j].text.islower():
        ab = np_before(toks, j, loose=True)  # "The email said", "Powell's office said"
    if ab is None and nominal:
        # a relative clause: "a White House official who spoke anonymously to discuss strategy said"
        for k in range(j, max(-1, j - 16), -1):
            if toks[k].text in (",", ".", ";", ":"):
                break
            if toks[k].low in ("who", "which") and k > 0:
                ab = np_before(toks, k - 1, loose=True)
                break
    if ab is not None and toks[ab[0]].low in ("him", "her"):
        return None
    if ab is None and toks[j].low in ("to", "on", "as", "went", "go", "goes", "going", "quoted", "be", "been"):
        # he went on to say / was quoted as saying
        for k in range(j - 1, max(-1, j - 5), -1):
            if toks[k].low in PRONOUNS or _cap(toks[k]):
                return np_before(toks, k)
            if not toks[k].text.isalpha():
                break
    return ab


_SUBJ_PRON = frozenset("he she they we i".split())
_PREP = frozenset("of in on at to for with by from about into over under after before than as".split())


def _nearest_subject(toks: list[Tok], c: int) -> tuple[int, int] | None:
    """The closest pronoun or name before c that is followed by a verb-like word: 'he looked ... and said'."""
    for k in range(c - 1, max(-1, c - 30), -1):
        t = toks[k]
        if t.low in _SUBJ_PRON:
            return (k, k)
        if _cap(t) and k + 1 < c:
            n = toks[k + 1]
            if n.text in ("(", ",") or _finite(n):
                ab = np_before(toks, k)
                if ab is not None:
                    return ab
        elif t.text.isalpha() and t.text.islower() and k + 1 < c and _finite(toks[k + 1]):
            ab = np_before(toks, k, loose=True)
            if ab is not None and toks[ab[0]].low in ("the", "a", "an", "his", "her", "their", "its"):
                return ab
    return None


_IRREGULAR = frozenset(
    """went goes go said says told tells wrote writes spoke speaks made makes gave gives took takes came comes
    got gets had has have is was are were will would could can did does do kept put set ran began stood
    sat felt thought knew saw became left""".split()
)


def _finite(t: Tok) -> bool:
    """A word that looks like a verb in the past or third person: 'responded', 'went', 'says'."""
    w = t.text
    if not w.isalpha() or not w.islower() or w in _PREP or w in ("and", "or", "but", "the", "a", "an"):
        return False
    if w in _IRREGULAR or w.endswith("ed"):
        return True
    return w.endswith("s") and not w.endswith("ss") and len(w) > 3 and not w.endswith("ous")


def _cap(t: Tok) -> bool:
    return t.text[:1].isupper() and t.low not in _SUBJECT_STOP and t.low not in _CONTRACTED


_LEAD_WORDS = frozenset(
    """in on at after before when while during since by from for with as on over under but and so yet
    however meanwhile still also later earlier last next this today yesterday tonight here there then""".split()
)
_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


def _subject_of_sentence(toks: list[Tok]) -> tuple[int, int] | None:
    """The first name, pronoun or role nominal of a sentence: a stand-in for its grammatical subject."""
    i = 0
    while i < len(toks) and ((toks[i].text.isupper() and len(toks[i].text) > 1) or toks[i].text in (",", "—", "–", "-")
                             or (i > 0 and toks[i].text.endswith(".") and toks[i - 1].text.isupper())):
        i += 1  # a dateline: "JACKSON, Miss. —"
    if i >= len(toks) or not any(t.text in ("—", "–") for t in toks[:i]):
        i = 0
    colon = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    if colon is not None and colon + 1 < len(toks):
        i = colon + 1  # "New Delhi: Prime Minister Narendra Modi ..."
    lead = toks[i] if i < len(toks) else None
    if lead is not None and (
        lead.low in _LEAD_WORDS
        or (lead.text[:1].isupper() and lead.low.endswith(("ed", "ing")) and lead.low not in _DAYS)
    ):
        # skip a leading adverbial up to its comma: "On Tuesday, Mr. McConnell ...", "Fueled by anger, Trump"
        for k in range(i + 1, min(len(toks), i + 20)):
            if toks[k].text == ",":
                i = k + 1
                break
    for k in range(i, min(len(toks), i + 14)):
        t = toks[k]
        low = t.low
        if low in ("he", "she", "they", "we", "i"):
            return (k, k)
        if t.text[0].isupper() and low not in _SUBJECT_STOP and low not in _DAYS and low not in _CONTRACTED:
            ab = np_after(toks, k)
            if ab is not None:
                return ab
    return None


def _partial(text, masked, r, quoted, words, s_lo, s_hi, p_hi, post_lo, resolver, done, shared):
    toks, cue_candidates = shared.tokens_before(s_lo, r.open_mark)
    after = _UNSET
    span = None
    cue: str | None = None
    # the name right before the marks: with Mr Modi “committing to …”
    if toks and toks[-1].text[0].isupper() and toks[-1].low not in PRONOUNS:
        ab = np_before(toks, len(toks) - 1)
        if ab is not None and len(toks) - 1 - ab[0] < 6 and (ab[0] == 0 or toks[ab[0] - 1].low in ("with", ",")):
            span = _span(toks, ab)
    if span is None:
        # a cue right after the marks: “…,” Hoover said
        found = after = _cue_after(masked, post_lo, p_hi)
        if found is not None and (quoted.rstrip().endswith(",") or masked[post_lo : post_lo + 2].lstrip()[:1] == ","):
            span, cue = found
    if span is None:
        for c in cue_candidates:  # from the quote back to the sentence start: the nearest cue
            t = toks[c]
            if t.low == "according" and c + 1 < len(toks) and toks[c + 1].low == "to":
                ab = np_after(toks, c + 2)
                if ab:
                    span, cue = _span(toks, ab), "according to"
                    break
            if not is_cue(t.text):
                continue
            cue = t.text
            ab = None if t.low.endswith("ing") else _subject_before(toks, c, nominal=False)
            if ab is None and t.low.endswith("ing"):
                prev = _previous_partial(done, s_lo)
                if prev is not None:
                    return Quote(r.start, r.end, quoted, "partial", prev.speaker, prev.speaker_kind,
                                 prev.speaker_start, prev.speaker_end, cue)
                ab = _subject_of_sentence(toks[:c])
            if ab is not None:
                span = _span(toks, ab)
            break
    if span is None:
        found = after if after is not _UNSET else _cue_after(masked, post_lo, p_hi)  # the same question
        if found is not None:
            span, cue = found
    if span is None:
        # a coordinated phrase: share the speaker of the previous partial quote in this sentence
        prev = _previous_partial(done, s_lo)
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
        span = _span(stoks, ab)
    return _make(text, r, quoted, "partial", span, cue, resolver)



_UNSET = object()


_CUE_WORDS = CUE_VERBS | {"according"}


def _cue_candidate(t: Tok) -> bool:
    """Could the backward cue search in `_partial` stop at t? ("according", or a cue verb: `is_cue` needs
    the lower-cased word in CUE_VERBS; a cheap test that lets through a few more, which the search skips)"""
    return t.low in _CUE_WORDS


class _SentenceWork:
    """What the quotes of one sentence share, computed once per sentence instead of once per quote: its
    tokens, where its cue words are, its sentence ends, whether it has a cue, its subject.

    The prefix before a quote is tokenised by taking the sentence's tokens that end at least _SETTLE
    characters before the quote (the token regex never looks further ahead than that, so those tokens are
    exactly what tokenising the prefix alone gives) and tokenising only the rest; sentence ends likewise.
    Quotes thick in a long sentence ("x 'y' x 'y' ...") cost a tokenisation of the sentence each before.
    """

    _SETTLE = 8  # > the longest look-ahead of quotes_speaker._TOKEN: "A.B.C." + 1

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
        end = min(_para_end(self.paras, self.para_starts, s_lo),
                  self.starts[k] if k < len(self.starts) else len(self.masked))
        return max(end, s_lo)

    def _tokens(self, s_lo: int) -> tuple:
        """(end, tokens, their ends, indexes of the cue candidates) of the sentence starting at s_lo."""
        entry = self._sentence_tokens.get(s_lo)
        if entry is None:
            end = self._end(s_lo)
            toks = tokens(self.masked, s_lo, end)
            entry = self._sentence_tokens[s_lo] = (end, toks, [t.end for t in toks],
                                                   [i for i, t in enumerate(toks) if _cue_candidate(t)])
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
            return out, (i for i in range(len(out) - 1, -1, -1) if _cue_candidate(out[i]))
        end, toks, tok_ends, cues = self._tokens(s_lo)
        if x > end:
            out = tokens(self.masked, s_lo, x)
            return out, (i for i in range(len(out) - 1, -1, -1) if _cue_candidate(out[i]))
        kept = bisect.bisect_right(tok_ends, x - self._SETTLE)
        tail = tokens(self.masked, toks[kept - 1].end if kept else s_lo, x)
        out = toks[:kept] + tail

        def candidates() -> Iterator[int]:
            for i in range(len(out) - 1, kept - 1, -1):
                if _cue_candidate(out[i]):
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
            got = self._whole[(s_lo, s_hi)] = [tokens(self.masked, s_lo, s_hi), None, _UNSET]
        return got[0]

    def has_cue(self, s_lo: int, s_hi: int) -> bool:
        """Has the sentence a cue word or noun?"""
        got = self._whole[(s_lo, s_hi)]
        if got[1] is None:
            got[1] = any(is_cue(t.text) or t.low in CUE_NOUNS for t in got[0])
        return got[1]

    def subject(self, s_lo: int, s_hi: int) -> tuple[int, int] | None:
        """`_subject_of_sentence` of the sentence's tokens."""
        got = self._whole[(s_lo, s_hi)]
        if got[2] is _UNSET:
            got[2] = _subject_of_sentence(got[0])
        return got[2]


def _previous_partial(done: _Found, s_lo: int) -> Quote | None:
    """The last partial quote with a speaker, unless it or a quote after it starts before `s_lo` (the same as
    looking back through `done` until a quote before the sentence)."""
    if done.last_partial is None or done.min_start_since < s_lo:
        return None
    return done.last_partial


__all__ = ["PRONOUNS", "find_quotes"]
