"""Tokens and noun phrases around a quotation: the words a speaker mention is built from.

A mention is found from the words around a cue ("said", "told", "according to") by walking over tokens:
names (capitalised words, initials, titles), pronouns, and nominals ("the minister", "a spokesman for
the campaign").
"""

from __future__ import annotations

import re

from bot.extract.lexicon.speakers import (
    DETERMINERS,
    NAME_PARTICLES,
    NOT_SUBJECT_WORDS,
    PHRASE_STOPS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
)
from bot.extract.lexicon.speech import CUE_VERBS, SKIP_BEFORE_CUE

_TOKEN = re.compile(
    r"(?:[A-Z]\.){1,3}(?![\w'’])|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Ft)\."
    r"|[@#]?\w(?:[\w'’&-]|\.(?=\w))*|[^\w\s]"
)


class Tok:
    """A word or punctuation mark with its offsets (low = lower-cased text, computed once)."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def _is_cap(t: Tok) -> bool:
    c = t.text[0]
    return c.isupper() or c in "@" or (t.text[:1] == "#" and len(t.text) > 1)


def is_cue(word: str) -> bool:
    if word[:1].islower():
        return word in CUE_VERBS
    low = word.lower()
    return low.endswith("ed") and low in CUE_VERBS  # "Murphy ... Tweeted on Friday"


def _namelike(t: Tok) -> bool:
    return _is_cap(t) or t.low in NAME_PARTICLES or t.low in TITLES


def _opener(t: Tok) -> bool:
    """A capitalised word that opens a sentence without naming anyone ("Earlier", "However"); "The" stays,
    as the start of a name ("The Guardian")."""
    return t.low in NOT_SUBJECT_WORDS and t.low not in ("the", "a", "an")


def np_before(toks: list[Tok], i: int, loose: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at token index i (inclusive), as token indices (a, b); None if none.

    `loose` also accepts a lowercase phrase back to its determiner ("a voice-over in the ad")."""
    if i < 0:
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return (i, i)
    if t.text in (")",):  # "Modi (formerly ...)" : skip back over a bracket
        j = i
        while j >= 0 and toks[j].text != "(":
            j -= 1
        return np_before(toks, j - 1, loose) if j > 0 else None
    if _is_cap(t) and t.text not in ("I",):
        a = i
        while a - 1 >= 0:
            p = toks[a - 1]
            if _namelike(p) or p.text in ("’s", "'s"):
                a -= 1
            elif p.low in ("of", "for") and a - 2 >= 0 and _is_cap(toks[a - 2]) and toks[a - 2].low not in (
                "the", "a"
            ):
                a -= 2  # Ministry of External Affairs, Secretary of State
            else:
                break
        while a < i and (toks[a].low in NAME_PARTICLES or toks[a].text in ("’s", "'s") or _opener(toks[a])):
            a += 1  # "Nonetheless Smith said": the sentence adverb is no part of the name
        return None if _opener(toks[i]) or toks[i].low == "the" else (a, i)
    if t.low in ROLE_NOUNS or t.low.rstrip("s") in ROLE_NOUNS:
        a = i
        while a - 1 >= 0 and i - a < 6:
            p = toks[a - 1]
            if p.low in DETERMINERS:
                a -= 1
                break
            if p.text in (",", ".", ";", ":", "“", "”", '"') or p.low in CUE_VERBS or p.low in ("and", "but"):
                break
            a -= 1
        return (a, i)
    if loose and t.text.isalpha() and t.text.islower() and t.low not in PHRASE_STOPS and t.low not in SKIP_BEFORE_CUE:
        for a in range(i, max(-1, i - 7), -1):
            p = toks[a]
            if p.low in DETERMINERS:
                return (a, i) if a < i else None
            if not p.text[0].isalnum() or p.low in CUE_VERBS or p.low in ("and", "but", "that", "who"):
                break
    return None


def np_after(toks: list[Tok], i: int, loose: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token index i; `loose` accepts any determiner phrase ("the email")."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.low in PRONOUNS and t.low not in ("who", "which", "her", "him"):
        return (i, i)
    if _is_cap(t):
        b = i
        while b + 1 < len(toks):
            n = toks[b + 1]
            if _namelike(n) or n.text in ("’s", "'s"):
                if n.low in NAME_PARTICLES and not (b + 2 < len(toks) and _is_cap(toks[b + 2])):
                    break
                b += 1
            elif n.low == "and" and b + 2 < len(toks) and _is_cap(toks[b + 2]) and loose:
                b += 2  # two names: "Edward-Isaac Dovere and Gabriel Debenedetti wrote"
            elif n.low in ("of", "for") and b + 2 < len(toks) and _is_cap(toks[b + 2]) and toks[b + 2].low != "the":
                b += 2  # Ministry of External Affairs
            else:
                break
        return (i, b)
    if t.low in DETERMINERS or t.low in ROLE_NOUNS or (loose and t.text.islower() and t.low not in PHRASE_STOPS):
        b = i
        while b + 1 < len(toks) and b - i < 7:
            n = toks[b + 1]
            if n.text in (",", ".", ";", ":", "“", "”", '"', "(", ")", "—", "–", "?", "!") or n.low in PHRASE_STOPS:
                break
            if loose and (n.low in CUE_VERBS or n.low in SKIP_BEFORE_CUE or (n.low.endswith("ed") and b > i)):
                break
            b += 1
        # must contain a role noun or a capitalised word to count as a speaker
        if loose or any(x.low in ROLE_NOUNS or x.low.rstrip("s") in ROLE_NOUNS or _is_cap(x) for x in toks[i : b + 1]):
            return (i, b)
    return None
