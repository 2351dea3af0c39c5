"""/check QUOTE [speaker]: is this quote in the sources — verbatim, close, altered, misattributed, or not found?

Candidates come from a bounded full-text search over stored quotes (the claim's rarest words together,
wider only when that finds no match: bot/store/quote_search.py); each is aligned word by word with the claim
(difflib over normalised words, on the window of the source quote that best matches the claim). The kinds
of difference decide the verdict:

- verbatim: every claim word appears, in order, in a source quote (also as part of a longer quote);
- close: only small differences — articles, a tense or plural ending, a typo;
- altered: the same passage with meaning-bearing words changed, added or dropped;
- misattributed: verbatim or close, but someone other than the named speaker said it;
- not_found: nothing similar enough (the nearest candidates are offered).

What is compared is the quote as pasted (check_claim.parse_claim): an attribution (“…,” he said) is left
out and a name in it becomes the speaker; an ellipsis lets source words be skipped there. Claims of fewer
than MIN_WORDS words are refused. When several people said the same words, every one is named.
"""

from __future__ import annotations

import difflib
import re
from contextlib import aclosing
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from bot.answer.check_claim import parse_claim
from bot.answer.cite import Citer
from bot.answer.models import CheckAnswer, Citation, DiffOp
from bot.answer.resolve import MATCH, resolve
from bot.extract.lexicon.stopwords import NAME_STOP_WORDS  # function words: no meaning of their own
from bot.store import Reads
from bot.textnorm import normalize_quote

MINOR_WORDS = frozenset("a an the this that these those its it's".split())
MAX_WORDS = 60  # claims longer than this are compared on their first MAX_WORDS words
MIN_WORDS = 2  # with one word of meaning at least: "the" or "we will" is in almost every quote
MAX_CITATIONS = 5
SIMILAR = 0.6  # share of claim words that must align for a candidate to count as the same passage
ALIGNED = 10  # distinct candidate wordings aligned per search step


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
    store: Reads, claim: str, speaker: str | None = None, snippet_chars: int = 280
) -> CheckAnswer:
    parsed = parse_claim(claim)
    claim = parsed.given
    words = parsed.words[:MAX_WORDS]
    speaker = (speaker or "").strip() or None
    if refusal := _refusal(claim, speaker, words):
        return refusal
    named_ids: set[int] = set()
    if speaker:
        named_ids = await _named(store, speaker)
    elif parsed.named:  # the name in a pasted attribution ("…,” Modi said) is the speaker to check
        speaker, named_ids = await _attributed(store, parsed.named)
    alignments = await _candidates(store, words, parsed.gaps)
    top = alignments[0].score if alignments else 0.0
    if named_ids and not any(a.row["speaker_entity_id"] in named_ids and a.score >= top for a in alignments):
        # other people's copies came first: did the named speaker say these words too?
        rows = await store.speaker_quotes_with(words, named_ids)
        alignments = sorted(alignments + _align_rows(words, rows, parsed.gaps), key=_best_first)
    good = [a for a in alignments if a.score >= SIMILAR]
    citer = Citer(store, snippet_chars)
    if not good:
        return await _not_found(citer, claim, speaker, alignments, parsed.checked)
    best = good[0]
    if named_ids:  # prefer the named speaker's own quote when it matches (almost) as well
        own = [a for a in good if a.row["speaker_entity_id"] in named_ids and a.score >= best.score - 0.1]
        if own:
            best = own[0]
    peers = _peers(best, good)
    verdict = "verbatim" if best.exact else "close" if best.minor_only else "altered"
    said_by_named = None
    if speaker:
        said_by_named = any(a.row["speaker_entity_id"] in named_ids for a in peers)
        if not said_by_named and verdict in ("verbatim", "close"):
            verdict = "misattributed"
    speakers = list(dict.fromkeys(n for a in peers if (n := _speaker_of(a))))
    return CheckAnswer(
        claim, speaker, verdict, source_speaker=_names(speakers) or None, score=round(best.score, 3),
        diff=[] if best.exact else best.ops, citations=await _citations(citer, best, good, peers),
        said_by_speaker=said_by_named, source_text=best.row["text"], kind=best.row["kind"],
        source_speakers=speakers, checked=parsed.checked,
    )


async def _candidates(store: Reads, words: list[str], gaps: frozenset[int]) -> list[_Alignment]:
    """Alignments of candidate quotes, best first. The store's search steps (the claim's rarest words
    together, each left out once, then wider) are taken until one finds the claim verbatim or with minor
    changes, so such a claim costs one indexed query; an altered claim stops at a source one word off, or
    before the wide steps when a narrow one found a match."""
    out: list[_Alignment] = []
    one_off = 1 - 1 / len(words)  # a claim with one word changed aligns no better than this with its source
    async with aclosing(store.quote_candidates(words)) as steps:
        async for step, fetch in steps:
            if step.wide and any(a.score >= SIMILAR for a in out):
                break
            out.extend(_align_rows(words, await fetch(), gaps))
            if any(a.score >= SIMILAR and (a.exact or a.minor_only or a.score >= one_off) for a in out):
                break
    return sorted(out, key=_best_first)


def _best_first(a: _Alignment) -> tuple[float, bool, bool]:
    return -a.score, not a.exact, not a.minor_only  # ties: the source that matches as claimed


def _align_rows(claim: list[str], rows: list[dict], gaps: frozenset[int]) -> list[_Alignment]:
    """Each distinct wording aligned once (the same words in many sources are one alignment, given to each
    row), and only the ALIGNED wordings that share the most claim words: alignment is the costly part."""
    by_words: dict[str, list[dict]] = {}
    for row in rows:
        by_words.setdefault(row["norm"], []).append(row)
    wanted = set(claim)
    closest = sorted(by_words, key=lambda norm: -len(wanted.intersection(norm.split())))[:ALIGNED]
    aligned = {norm: _align(claim, by_words[norm][0], gaps) for norm in closest}
    return [replace(aligned[r["norm"]], quote_id=r["id"], row=r) for r in rows if r["norm"] in aligned]


def _refusal(claim: str, speaker: str | None, words: list[str]) -> CheckAnswer | None:
    """Nothing to check, or too few words to say anything: one or two words are in almost every quote."""
    if not words:
        return CheckAnswer(claim, speaker, "error", message="Give the words to check, e.g. "
                           "`/check quote:We firmly oppose illegal mobility`.")
    if len(words) < MIN_WORDS or all(w in NAME_STOP_WORDS for w in words):
        return CheckAnswer(claim, speaker, "error", message=f"Too short to check: give at least {MIN_WORDS} "
                           "words of the quote, not only words such as “the” or “we will” "
                           f"({len(words)} given), e.g. `/check quote:We firmly oppose illegal mobility`.")
    return None


async def _named(store: Reads, speaker: str) -> set[int]:
    candidates = await resolve(store, speaker)
    return {c.entity.id for c in candidates if c.score >= MATCH and c.score >= candidates[0].score - 4}


async def _attributed(store: Reads, name: str) -> tuple[str | None, set[int]]:
    """The known person a name from an attribution stands for, trying it without its first words too
    ("Foreign Minister S. Jaishankar" → "S. Jaishankar"); (None, ∅) when nobody known is named."""
    words = name.split()
    best: tuple[float, str | None, set[int]] = (0.0, None, set())
    for i in range(len(words)):
        variant = " ".join(words[i:])
        candidates = await resolve(store, variant, fallback=False)
        if candidates and candidates[0].score >= MATCH and candidates[0].score > best[0]:
            top = candidates[0].score
            best = (top, variant, {c.entity.id for c in candidates if c.score >= MATCH and c.score >= top - 4})
    return best[1], best[2]


async def _not_found(
    citer: Citer, claim: str, speaker: str | None, alignments: list[_Alignment], checked: str
) -> CheckAnswer:
    near = [a for a in alignments if a.score >= 0.3][:3]
    answer = CheckAnswer(claim, speaker, "not_found", score=near[0].score if near else 0.0,
                         message="These words are not in any source quote.", checked=checked)
    for a in near:
        if c := await citer.cite(a.row["document_id"], a.row["start"], a.row["end"]):
            answer.nearest.append(c)
    return answer


def _peers(best: _Alignment, good: list[_Alignment]) -> list[_Alignment]:
    """The best match and every other quote that matches the claim as well (other speakers included):
    the same words said by several people name them all. An altered claim names the one source."""
    if not (best.exact or best.minor_only):
        return [best]
    same = [a for a in good if a is not best and a.exact == best.exact and a.minor_only == best.minor_only
            and a.score >= best.score - 1e-9]
    return [best, *same]


def _speaker_of(a: _Alignment) -> str | None:
    return a.row["entity_name"] or a.row["speaker_name"]


def _names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


async def _citations(
    citer: Citer, best: _Alignment, good: list[_Alignment], peers: list[_Alignment]
) -> list[Citation]:
    """The best match (its aligned words marked), the same words in other sources, and each other speaker's
    quote: at most MAX_CITATIONS."""
    citations: list[Citation] = []
    if c := await citer.cite(best.row["document_id"], best.row["start"], best.row["end"], _window_marks(best)):
        citations.append(c)
    speakers = {_speaker_of(best)}
    seen = {best.row["document_id"]}
    peer_ids = {id(a) for a in peers}
    for other in good:
        if len(citations) >= MAX_CITATIONS:
            break
        new_speaker = id(other) in peer_ids and _speaker_of(other) not in speakers
        same_words = other.row["norm"] == best.row["norm"] and other.row["document_id"] not in seen
        if other is best or not (new_speaker or same_words):
            continue
        if c := await citer.cite(other.row["document_id"], other.row["start"], other.row["end"], _window_marks(other)):
            citations.append(c)
            speakers.add(_speaker_of(other))
            seen.add(other.row["document_id"])
    return citations


def _align(claim: list[str], row: dict, gaps: frozenset[int] = frozenset()) -> _Alignment:
    """How the claim's words line up with a source quote; source words where the claim has an ellipsis
    (`gaps`: claim word indexes) are skipped, not counted as left out."""
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
        if tag == "insert" and i1 in gaps:
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
