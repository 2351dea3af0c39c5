"""Cues next to a quotation: "X said" / "said X" after it, "X said:" or "according to X" before it.

Each search returns the speaker mention as character offsets with its cue word; the strategies in
_direct and _partial decide which search to try when.
"""

from __future__ import annotations

import re

from bot.extract.lexicon.speakers import DATE_WORDS, PREPOSITIONS, PRONOUNS, SUBJECT_PRONOUNS
from bot.extract.lexicon.speech import CLAUSE_OPENERS, CLAUSE_VERBS, CUE_NOUNS, REPORTING_VERBS, SKIP_BEFORE_CUE
from bot.extract.quotes._subjects import (
    adverb,
    cap,
    finite,
    mention_span,
    nearest_subject,
    subject_before,
    subject_of_sentence,
)
from bot.extract.quotes._tokens import Tok, is_cue, np_after, np_before, tokens

_CLAUSE_END = re.compile(r"[.,;:!?]")
_SENTENCE_END = re.compile(r"[.;!?]")

WORD = re.compile(r"[\w'’-]+")


def ends_with_cue(pre: str) -> bool:
    """'X said “…', 'described it as “…'."""
    toks = WORD.findall(pre[-40:])
    if not toks:
        return False
    if is_cue(toks[-1]):
        return True
    return toks[-1].lower() == "as" and any(is_cue(t) for t in toks[-4:-1])


def ends_with_cue_frame(pre: str) -> bool:
    """'Jaishankar said', 'he told reporters', 'In a statement, the minister said' (the end of `pre`)."""
    toks = WORD.findall(pre[-80:])
    return any(is_cue(t) or t.lower() in CUE_NOUNS for t in toks[-5:])


def cue_after(masked: str, lo: int, hi: int, loose: bool = True, final: bool = False
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
        clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
        after = []
        for w in WORD.findall(clause):
            if w.lower() in CLAUSE_OPENERS:
                break
            after.append(w.lower())
        if (after and after[0] in ("that", "he", "she", "they", "it", "both", "we", "i", "this")) or any(
            w in CLAUSE_VERBS for w in after
        ):
            return None
        # "He said, twice, that he ..." / "Clinton said Wednesday she, too, wants ...": a new report, not a cue
        sentence = [w.lower() for w in WORD.findall(_SENTENCE_END.split(rest, maxsplit=1)[0])][:6]
        if "that" in sentence or any(w in SUBJECT_PRONOUNS for w in sentence[:3]):
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
        return (mention_span(toks, ab), "according to") if ab else None
    if is_cue(t.text) or (t.text.islower() and t.text.endswith("ed") and i + 1 < len(toks)
                          and toks[i + 1].text[0].isupper() and toks[i + 1].low not in PRONOUNS):
        # said X / remembered Roy Verley
        ab = np_after(toks, i + 1, loose=True)
        if ab is not None and toks[ab[0]].low not in ("that", "it", "this"):
            return mention_span(toks, ab), t.text
        return None
    if t.low in SKIP_BEFORE_CUE or t.low in CLAUSE_VERBS:
        return None  # “…”, was welcomed by …: a passive verb, no speaker
    ab = np_after(toks, i, loose=loose)
    if ab is None:
        return None
    j = _cue_index_after_subject(toks, ab[1] + 1)
    if j is not None:
        return mention_span(toks, ab), toks[j].text
    return _longer_subject_then_cue(toks, i)


def _cue_index_after_subject(toks: list[Tok], j: int) -> int | None:
    """The cue of 'X said' after a subject ending before token j: over a bracket ("Rep. Earl Blumenauer
    (D-Ore.) said"), an apposition ("X, a top aide to Y, said") and adverbs; None when no cue follows."""
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
    while j < len(toks) and (toks[j].low in SKIP_BEFORE_CUE or adverb(toks[j])) and not is_cue(toks[j].text):
        j += 1
    if j < len(toks) and (is_cue(toks[j].text) or (toks[j].text.islower() and toks[j].text.endswith("ed"))
                          or (toks[j].low == "went" and j + 1 < len(toks) and toks[j + 1].low == "on")):
        return j
    return None


def _longer_subject_then_cue(toks: list[Tok], i: int) -> tuple[tuple[int, int], str] | None:
    """A longer subject before the cue: “…,” CrowdStrike co-founder Dmitri Alperovitch told POLITICO."""
    for c in range(i + 1, min(len(toks), i + 16)):
        w = toks[c]
        if w.text in (".", ";", "“", "”", '"', "?", "!", "'", "’", "‘") or w.low in ("that", "but", "because"):
            break
        if is_cue(w.text):
            ab = subject_before(toks, c, loose=True)
            if ab is not None and ab[0] >= i:
                return mention_span(toks, ab), w.text
            lead = np_after(toks, i)
            if lead is not None and cap(toks[lead[0]]) and lead[1] + 1 < len(toks) and toks[lead[1] + 1].text == ",":
                return mention_span(toks, lead), w.text  # Nate Silver, the guru who founded x.com tweeted
            break
    return None


def cue_before(masked: str, lo: int, hi: int, frame: bool, reach: int = 22) -> tuple[tuple[int, int], str] | None:
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
                return mention_span(toks, ab), "according to"
            continue
        if not is_cue(t.text):
            continue
        outer = _outer_report(toks, c)
        if outer is not None:
            c, t = outer, toks[outer]  # X stated that Y agreed “…”: X reports Y's words
        ab = None if t.low.endswith("ing") else subject_before(toks, c)
        if ab is None and t.low.endswith("ing") and c > 0 and cap(toks[c - 1]):
            ab = np_before(toks, c - 1)  # "footage of Hillary Clinton asking": the name before the participle
        if ab is None and t.low.endswith("ing") and lo2 == lo:
            ab = subject_of_sentence(toks[:c])  # "Here in Columbia, Sanders stepped up ..., saying"
        if ab is None and (t.low.endswith("ing") or (c > 0 and toks[c - 1].low == "and")):
            # "before saying" / "he looked up and said": the subject of the clause speaks
            ab = nearest_subject(toks, c)
        if ab is not None:
            return mention_span(toks, ab), t.text
        if frame:
            continue
        return None
    if frame and toks and toks[-1].text == ":":
        return _speaker_before_colon(toks)
    return None


def _outer_report(toks: list[Tok], c: int) -> int | None:
    """The reporting verb whose that-clause holds the cue at c ("The report stated, in particular, that
    they had agreed “…”": stated), when the cue at c only judges or commits (agreed, promised); else None."""
    if toks[c].low in REPORTING_VERBS or toks[c].low.endswith("ing"):
        return None  # "with X saying “…”": a participle reports on its own
    for k in range(c - 1, max(-1, c - 25), -1):
        if toks[k].text in (".", ";", "“", "”", '"'):
            return None
        if toks[k].low != "that":
            continue
        for r in range(k - 1, max(-1, k - 6), -1):
            if toks[r].low in REPORTING_VERBS:
                return r
            if not (toks[r].text == "," or toks[r].text.islower()):
                return None
        return None
    return None


def _speaker_before_colon(toks: list[Tok]) -> tuple[tuple[int, int], None] | None:
    """A frame ending with a colon and no cue word: "Kasich resisted:", "Trump: ‘...’"."""
    # "Kasich resisted:" / "Frank Newport and Jim Harter:" / "Trump: ‘...’"
    k = len(toks) - 2
    if k >= 0 and finite(toks[k]):
        k -= 1
    ab = np_before(toks, k, loose=True)
    before = toks[ab[0] - 1] if ab is not None and ab[0] > 0 else None
    if ab is not None and toks[ab[1]].low not in DATE_WORDS and (before is None or before.low not in PREPOSITIONS) and (
        before is None or before.text in (".", ",", "and", "—", "-", "–") or cap(toks[ab[1]])
    ):
        return mention_span(toks, ab), None
    # "Trump went even further:" / "Clinton has since apologized for what happened:"
    ab = nearest_subject(toks, len(toks) - 1)
    if ab is not None:
        return mention_span(toks, ab), None
    return None
