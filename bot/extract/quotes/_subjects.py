"""Who is the subject of a cue: the speaker right before "said", the subject of a clause or a sentence.

Heuristics over tokens, no parser: a name, pronoun or role nominal in the right place stands in for the
grammatical subject.
"""

from __future__ import annotations

from bot.extract.lexicon.speakers import (
    CONTRACTIONS,
    DATE_WORDS,
    DETERMINERS,
    LEAD_WORDS,
    NOT_SUBJECT_WORDS,
    ORGANISATION_HEADS,
    PHRASE_STOPS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
)
from bot.extract.lexicon.speech import CUE_NOUNS, CUE_VERBS, IRREGULAR_FINITE_VERBS, SKIP_BEFORE_CUE
from bot.extract.quotes._tokens import Tok, np_after, np_before

_MARKS = frozenset("“”\"'‘’`")


def mention_span(toks: list[Tok], ab: tuple[int, int]) -> tuple[int, int]:
    a, b = ab
    while a < b and toks[a].low in ("the", "a", "an") and toks[a + 1].text[:1].isupper():
        a += 1  # "The US" -> "US"; "the minister" keeps its article
    return toks[a].start, toks[b].end


def adverb(t: Tok) -> bool:
    return t.text.islower() and t.text.endswith("ly") and len(t.text) > 4


def subject_before(toks: list[Tok], c: int, loose: bool = False, nominal: bool = True) -> tuple[int, int] | None:
    """The speaker right before the cue at c: 'X said', 'X, a ..., said', 'X (R-Ohio) said', 'he went on to say'."""
    j = c - 1
    while j >= 0 and (toks[j].low in SKIP_BEFORE_CUE or adverb(toks[j]) or toks[j].text in _MARKS):
        j -= 1
    if j < 0:
        return None
    if toks[j].text == ",":
        if toks[c].low.endswith("ing"):
            return None  # "..., saying": a participle, not an apposition
        return _subject_before_comma(toks, j)
    if toks[j].text in ("—", "–") and j > 0:
        # Gingrich — mentioned by Newsmax as ... — told
        k = j - 1
        while k >= 0 and j - k < 25 and toks[k].text not in ("—", "–"):
            k -= 1
        if k > 0:
            return np_before(toks, k - 1)
        return None
    return _subject_ending_at(toks, j, loose, nominal)


def _subject_before_comma(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """'X, said' / 'X, a ..., said' / 'X, in a post on Y (formerly Z), expressed': the comma at j."""
    if j > 0 and (cap(toks[j - 1]) or toks[j - 1].text == ")"):
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


def _subject_ending_at(toks: list[Tok], j: int, loose: bool, nominal: bool) -> tuple[int, int] | None:
    """The speaker phrase ending at token j, right before the cue (a name, pronoun or nominal)."""
    ab = np_before(toks, j, loose)
    if ab is None and nominal and toks[j].text.isalpha() and toks[j].text.islower():
        ab = np_before(toks, j, loose=True)  # "The email said", "Powell's office said"
        ab = _owning_text(toks, ab) or ab
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
            if toks[k].low in PRONOUNS or cap(toks[k]):
                return np_before(toks, k)
            if not toks[k].text.isalpha():
                break
    return ab


def nearest_subject(toks: list[Tok], c: int) -> tuple[int, int] | None:
    """The closest pronoun or name before c that is followed by a verb-like word: 'he looked ... and said'."""
    for k in range(c - 1, max(-1, c - 30), -1):
        t = toks[k]
        if t.low in SUBJECT_PRONOUNS:
            return (k, k)
        if cap(t) and k + 1 < c:
            n = toks[k + 1]
            if n.text in ("(", ",") or finite(n):
                ab = np_before(toks, k)
                if ab is not None:
                    return ab
        elif t.text.isalpha() and t.text.islower() and k + 1 < c and finite(toks[k + 1]):
            ab = np_before(toks, k, loose=True)
            if ab is not None and toks[ab[0]].low in ("the", "a", "an", "his", "her", "their", "its"):
                return ab
    return None


def finite(t: Tok) -> bool:
    """A word that looks like a verb in the past or third person: 'responded', 'went', 'says'."""
    w = t.text
    if not w.isalpha() or not w.islower() or w in PREPOSITIONS or w in ("and", "or", "but", "the", "a", "an"):
        return False
    if w in IRREGULAR_FINITE_VERBS or w.endswith("ed"):
        return True
    return w.endswith("s") and not w.endswith("ss") and len(w) > 3 and not w.endswith("ous")


def cap(t: Tok) -> bool:
    return t.text[:1].isupper() and t.low not in NOT_SUBJECT_WORDS and t.low not in CONTRACTIONS


def subject_of_sentence(toks: list[Tok]) -> tuple[int, int] | None:
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
        lead.low in LEAD_WORDS
        or (lead.text[:1].isupper() and lead.low.endswith(("ed", "ing")) and lead.low not in DATE_WORDS)
    ):
        # skip a leading adverbial up to its comma: "On Tuesday, Mr. McConnell ...", "Fueled by anger, Trump"
        for k in range(i + 1, min(len(toks), i + 20)):
            if toks[k].text == ",":
                i = k + 1
                break
    nominal = _nominal_subject(toks, i)
    if nominal is not None:
        return nominal or None
    for k in range(i, min(len(toks), i + 14)):
        t = toks[k]
        low = t.low
        if low in SUBJECT_PRONOUNS:
            return (k, k)
        if t.text[0].isupper() and low not in NOT_SUBJECT_WORDS and low not in DATE_WORDS and low not in CONTRACTIONS:
            ab = np_after(toks, k)
            if ab is not None:
                return ab
    return None


def _nominal_subject(toks: list[Tok], i: int) -> tuple[int, int] | bool | None:
    """A sentence opening with a determiner and lower-case words up to its verb has that nominal for subject:
    "The company said …", "The clip says …" -> the nominal (a role or a body, or anything with a cue verb,
    speaks); "The deal was “a historic step” for
    Hoover" -> False (a thing is the subject: no name later in the sentence is); None: not such a sentence."""
    if i + 1 < len(toks) and toks[i].low in ("that", "this", "there", "what") and finite(toks[i + 1]):
        return False  # "that has not been happening for Clinton": a thing is the subject
    if i >= len(toks) or toks[i].low not in DETERMINERS or toks[i].low in PRONOUNS:
        return None
    b = i + 1
    while b < len(toks) and b - i <= 5 and toks[b].text.isalpha() and toks[b].text.islower() and (
        not finite(toks[b]) or _role(toks[b].low)
    ) and toks[b].low not in PHRASE_STOPS:
        b += 1
    if b == i + 1 or b >= len(toks) or not finite(toks[b]):
        return None
    if _role(toks[b - 1].low) or toks[b].low in CUE_VERBS:
        return (i, b - 1)  # "The company said", "The clip says": a role, a body or a text that speaks
    return False


def _role(low: str) -> bool:
    return low in ROLE_NOUNS or low.rstrip("s") in ROLE_NOUNS or low in ORGANISATION_HEADS


def _owning_text(toks: list[Tok], ab: tuple[int, int] | None) -> tuple[int, int] | None:
    """"The Kremlin's report on this conversation stated": the subject is the report (a text that speaks),
    not the conversation it is about."""
    if ab is None or ab[0] < 2 or toks[ab[0] - 1].low not in ("on", "about", "of", "from", "into"):
        return None
    n = ab[0] - 2
    if toks[n].low not in CUE_NOUNS:
        return None
    return np_before(toks, n, loose=True)
