"""/check QUOTE [speaker]: is this quote in the sources — verbatim, close, altered, misattributed, or not found?

Candidates come from a full-text search over stored quotes; each is aligned word by word with the claim
(difflib over normalised words, on the window of the source quote that best matches the claim). The kinds
of difference decide the verdict:

- verbatim: every claim word appears, in order, in a source quote (also as part of a longer quote);
- close: only small differences — articles, a tense or plural ending, a typo;
- altered: the same passage with meaning-bearing words changed, added or dropped;
- misattributed: verbatim or close, but someone other than the named speaker said it;
- not_found: nothing similar enough (the nearest candidates are offered).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.answer.cite import Citer
from bot.answer.models import CheckAnswer, DiffOp
from bot.answer.resolve import MATCH, resolve
from bot.store import Store
from bot.textnorm import normalize_quote

MINOR_WORDS = frozenset("a an the this that these those its it's".split())
MAX_WORDS = 60  # claims longer than this are compared on their first MAX_WORDS words
SIMILAR = 0.6  # share of claim words that must align for a candidate to count as the same passage


@dataclass(slots=True)
class _Alignment:
    quote_id: int
    score: float  # 0..1: the share of claim words found, in order, in the source quote
    ops: list[DiffOp]
    minor_only: bool
    exact: bool
    window: tuple[int, int]  # word indexes of the aligned part of the source quote
    row: dict


async def check(
    store: Store, claim: str, speaker: str | None = None, snippet_chars: int = 280
) -> CheckAnswer:
    claim = claim.strip()
    words = normalize_quote(claim).split()[:MAX_WORDS]
    speaker = (speaker or "").strip() or None
    if not words:
        return CheckAnswer(claim, speaker, "error", message="Give the words to check, e.g. "
                           "`/check quote:We firmly oppose illegal mobility`.")
    rows = await store.search_quotes(words)
    alignments = sorted((_align(words, r) for r in rows), key=lambda a: -a.score)
    named_ids: set[int] = set()
    if speaker:
        candidates = await resolve(store, speaker)
        named_ids = {c.entity.id for c in candidates if c.score >= MATCH and c.score >= candidates[0].score - 4}
    good = [a for a in alignments if a.score >= SIMILAR]
    if not good:
        near = [a for a in alignments if a.score >= 0.3][:3]
        answer = CheckAnswer(claim, speaker, "not_found", score=near[0].score if near else 0.0,
                             message="These words are not in any source quote.")
        citer = Citer(store, snippet_chars)
        for a in near:
            if c := await citer.cite(a.row["document_id"], a.row["start"], a.row["end"]):
                answer.nearest.append(c)
        return answer
    best = good[0]
    if named_ids:  # prefer the named speaker's own quote when it matches (almost) as well
        own = [a for a in good if a.row["speaker_entity_id"] in named_ids and a.score >= best.score - 0.1]
        if own:
            best = own[0]
    verdict = "verbatim" if best.exact else "close" if best.minor_only else "altered"
    source_speaker = best.row["entity_name"] or best.row["speaker_name"]
    said_by_named = None
    if speaker:
        said_by_named = best.row["speaker_entity_id"] in named_ids
        if not said_by_named and verdict in ("verbatim", "close"):
            verdict = "misattributed"
    citer = Citer(store, snippet_chars)
    marks = _window_marks(best)
    citation = await citer.cite(best.row["document_id"], best.row["start"], best.row["end"], marks)
    citations = [citation] if citation else []
    same_words = [o for o in good[1:] if o.row["norm"] == best.row["norm"]
                  and o.row["document_id"] != best.row["document_id"]]
    for other in same_words:  # the same words in other sources
        if c := await citer.cite(other.row["document_id"], other.row["start"], other.row["end"]):
            citations.append(c)
    return CheckAnswer(
        claim, speaker, verdict, source_speaker=source_speaker, score=round(best.score, 3),
        diff=[] if best.exact else best.ops, citations=citations, said_by_speaker=said_by_named,
        source_text=best.row["text"], kind=best.row["kind"],
    )


def _align(claim: list[str], row: dict) -> _Alignment:
    source = row["norm"].split()
    matcher = difflib.SequenceMatcher(a=claim, b=source, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return _Alignment(row["id"], 0.0, [], False, False, (0, 0), row)
    lo, hi = _window(blocks, len(claim))
    window = source[lo:hi]
    sub = difflib.SequenceMatcher(a=claim, b=window, autojunk=False)
    ops: list[DiffOp] = []
    minor_only = True
    matched = 0
    for tag, i1, i2, j1, j2 in sub.get_opcodes():
        if tag == "equal":
            matched += i2 - i1
            continue
        a, b = claim[i1:i2], window[j1:j2]
        ops.append(DiffOp(tag, " ".join(a), " ".join(b)))
        if not _minor(a, b):
            minor_only = False
    return _Alignment(row["id"], matched / len(claim), ops, minor_only, not ops, (lo, hi), row)


def _window(blocks: list, claim_len: int) -> tuple[int, int]:
    """The part of the source quote the claim corresponds to: from the first to the last aligned word,
    widened by the claim words that precede/follow the aligned ones (they may have been changed)."""
    first, last = blocks[0], blocks[-1]
    lo = max(0, first.b - first.a)
    hi = last.b + last.size + (claim_len - (last.a + last.size))
    return lo, max(hi, lo + 1)


def _minor(a: list[str], b: list[str]) -> bool:
    """Articles added/dropped, a tense or plural ending, or a typo: not a change of meaning."""
    content_a = [w for w in a if w not in MINOR_WORDS]
    content_b = [w for w in b if w not in MINOR_WORDS]
    if not content_a and not content_b:
        return True
    if len(content_a) != len(content_b):
        return False
    return all(_same_word(x, y) for x, y in zip(content_a, content_b, strict=True))


_SUFFIX = re.compile(r"(ing|ed|es|s|d)$")


def _same_word(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) >= 4 and len(y) >= 4 and _SUFFIX.sub("", x) == _SUFFIX.sub("", y):
        return True  # tense or plural: "oppose"/"opposed", "partnership"/"partnerships"
    return min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85  # a typo: "prosperity"/"prosperty"


def _window_marks(a: _Alignment) -> list[tuple[int, int]]:
    """Document offsets of the aligned words inside the source quote, to emphasise in the citation."""
    text = a.row["text"]
    words = list(re.finditer(r"[\w@]+", text))
    norm_words = normalize_quote(text).split()
    if len(words) != len(norm_words) or not words:
        return [(a.row["start"], a.row["end"])]
    lo, hi = a.window
    lo, hi = max(0, lo), min(len(words), hi)
    if lo >= hi:
        return [(a.row["start"], a.row["end"])]
    return [(a.row["start"] + words[lo].start(), a.row["start"] + words[hi - 1].end())]
