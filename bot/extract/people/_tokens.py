"""Tokens of the text, and the word tests every later step shares (capitalised, function word, determiner)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.lexicon.countries import countries
from bot.extract.lexicon.names import PERIOD_ABBREVIATIONS
from bot.extract.lexicon.stopwords import NAME_STOP_WORDS
from bot.extract.lexicon.titles import TITLE_DETERMINERS

# Tokens: acronyms with dots (U.S.), initials (S.), handles, words (with inner apostrophes/hyphens and an
# optional possessive), numbers, single punctuation marks.
# (the lookahead spares every other token the set-up of the repeated group)
TOKEN = re.compile(
    r"(?=[A-Z]\.)(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=\s))|@\w+|[^\W\d_][\w\-]*(?:['’][^\W\d_]+)*|\d[\w,.\-]*|[^\w\s]"
)
_APOSTROPHES = ("'", "’")  # before the "s" of a possessive
_OPENERS = frozenset("“\"‘'(:—–-[")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# An editor's insertion inside a name ("[Maria] Silva", "[Vladimir] Putin"): one or two capitalised words in
# square brackets, then a capitalised word. The brackets are no tokens: the name stays one run.
_EDITORIAL = re.compile(r"\[([A-Z][a-z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?)?)\] +([A-Z][\w'’-]*)")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    sent: int
    possessive: bool = False
    initial: bool = False  # first word of a sentence, or after an opening quote/bracket/colon


def tokenise(text: str, sentences: list[tuple[int, int]]) -> list[Tok]:
    toks: list[Tok] = []
    append = toks.append
    bounds = sentences or [(0, len(text))]
    si = 0
    last_sent = len(bounds) - 1
    next_break = bounds[0][1] if last_sent > 0 else len(text) + 1
    sid = 0  # sentence id: the splitter's, except that breaks right after initials are ignored ("J.P. Nadda")
    prev_sid = -1
    prev_text = ""
    opener = _OPENERS
    editorial = _editorial_brackets(text)  # "[" -> "]" of each editor's insertion inside a name (rare)
    closes = set(editorial.values())
    bracket_at = -1  # the "[" just skipped
    for m in TOKEN.finditer(text):
        w = m[0]
        s = m.start()
        e = s + len(w)
        if editorial:
            if s in editorial:
                bracket_at = s
                continue
            if s in closes:
                continue
            if bracket_at >= 0:
                s, bracket_at = bracket_at, -1  # the first word starts at the bracket: spans stay the text's
        if s >= next_break:
            while si < last_sent and s >= bounds[si][1]:
                si += 1
                prev = toks[-1] if toks else None
                if not (prev is not None and _INITIALS.fullmatch(prev.text) and prev.text not in countries()
                        and not text[prev.end:s].strip() and "\n" not in text[prev.end:s] and w[:1].isupper()):
                    sid += 1
            next_break = bounds[si][1] if si < last_sent else len(text) + 1
        poss = False
        if w[-1] == "s" and len(w) > 2 and w[-2] in _APOSTROPHES:  # a possessive: "Modi's"
            w = w[:-2]
            e -= 2
            poss = True
        initial = sid != prev_sid or prev_text in opener
        if w == "." and toks and not initial and toks[-1].end == s and toks[-1].text in PERIOD_ABBREVIATIONS:
            toks[-1].end = e  # "Mr." "Jr."
            toks[-1].text += "."
            prev_text = "."
            continue
        append(Tok(s, e, w, sid, poss, initial and (w[0].isalpha() or w[0] == "@")))
        prev_sid = sid
        prev_text = w
    return toks


def _editorial_brackets(text: str) -> dict[int, int]:
    """Where each editor's insertion inside a name opens and closes ("[Maria] Silva"; not "[AP] The")."""
    if "[" not in text:
        return {}
    return {m.start(): m.end(1) for m in _EDITORIAL.finditer(text) if m.group(2).lower() not in NAME_STOP_WORDS}


def is_det(w: str) -> bool:
    """'the', 'new', 'former'... before a title; capitalised only for articles ('The', not 'New' York)."""
    return w in TITLE_DETERMINERS or w in ("The", "A", "An")


def is_stop(w: str) -> bool:
    """A function word or the like ("The", "us"), but not an acronym that spells one ("US", "IT")."""
    return w.lower() in NAME_STOP_WORDS and not (len(w) > 1 and w.isupper())


def is_cap(w: str) -> bool:
    """Capitalised: its first character is a capital (an initial, "S.", too)."""
    return w[:1].isupper()

