"""Canonical keys for event words, shared by the store (indexing Event.trigger) and /when (the query).

`event_keys("his inauguration")`, `event_keys("sworn in")` and `event_keys("swearing-in")` all give
{"inauguration"}; `event_keys("electoral victory")` gives {"election", "victory"} and so does
`event_keys("election win")`; "acquitted" and "acquittal" give {"acquittal"}, "said" and "told" give
{"statement"}. A word of a group of `lexicon/events.py` (its forms, derivations and synonyms) gives the
group's key; any other word its stem without inflection and silent e, so that every form of it gives one
key ("congratulated", "congratulates"). Stop-words never become keys.

Changing a key changes what the store indexes: a database built before keeps the old keys until its
documents are extracted again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.lexicon.events import (
    EVENT_GROUPS,
    EVENT_LEXICON,
    EVENT_NOUNS,
    EVENT_SPEECH_KEY,
    EVENT_SPEECH_VERBS,
    EVENT_SYNONYMS,
    IRREGULAR_FORMS,
    LIGHT_VERBS,
)
from bot.extract.lexicon.stopwords import EVENT_STOP_WORDS

_SIBILANT_ES = re.compile(r"(?:ch|sh|x|z|ss)es$")

__all__ = ["EVENT_LEXICON", "event_keys", "is_event_word", "stem"]

STOP_WORDS = EVENT_STOP_WORDS  # re-exported: the word-overlap baseline (bot/evaluate/news_baseline) reads it
LIGHT = LIGHT_VERBS

# Multi-word expressions, rewritten before tokenising (longest first).
PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), k)
    for p, k in [
        (r"\bsw(?:orn|ear(?:s|ing)?|ore)[\s-]+in\b", " inauguration "),
        (r"\b(?:took|take|takes|taking|assumed?|assumes|assuming)\s+(?:the\s+)?office\b", " inauguration "),
        (r"\boath\s+of\s+office\b", " inauguration "),
        (r"\b(?:tele)?phone\s+(?:call|conversation|talks)\b", " conversation "),
        (r"\bspeak(?:s|ing)?\s+with\b|\bspoke\s+with\b|\bspoken\s+with\b", " conversation "),
        (r"\bpress\s+(?:conference|briefing)\b|\bnews\s+conference\b", " pressconference "),
        (r"\bstep(?:s|ped|ping)?\s+down\b", " resignation "),
        (r"\bsign(?:s|ed|ing)?\s+into\s+law\b", " sign law "),
        (r"\b(?:(?:the|his|her|their)\s+passing|pass(?:es|ed|ing)?\s+away)(?:\s+away)?\b", " death "),
        (r"\b(?:took|take|takes|taking)\s+place\b", " "),
        (r"\bbr(?:oke|eak|eaks|eaking)\s+in(?:to)?\b", " break-in "),
        (r"\b(?:lift|blast)(?:ed|s|ing)?\s+off\b", " launch "),
        (r"\b(?:won|wins|took|takes|claimed|clinched|bagged|grabbed)\s+(?:the\s+|a\s+)?(gold|silver|bronze)\b",
         r" victory \1 "),
    ]
]

# word (already lower-cased) -> the key of its group: every word a group lists, as written
SYNONYMS = EVENT_SYNONYMS
IRREGULAR = IRREGULAR_FORMS


def _strip(w: str) -> list[str]:
    """The base forms an inflected word may come from, the default first: "stopping" -> stop (stopp);
    "called" -> call; "agreed" -> agre (agree); "rallies" -> rally; "wins" -> win."""
    if len(w) <= 3:
        return [w]
    for suf, rep in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ings", ""), ("ing", ""), ("ed", ""),
                     ("es", ""), ("s", "")):
        if not w.endswith(suf) or len(w) - len(suf) < 3:
            continue
        if suf == "es" and not _SIBILANT_ES.search(w):
            continue
        if suf == "s" and w.endswith(("ss", "us", "is")):
            return [w]
        base = w[: len(w) - len(suf)] + rep
        if suf not in ("ing", "ed", "ings"):
            return [base]
        if base[-1] == base[-2] and base[-1] not in "aeiou":
            if base[-1] in "ls":
                return [base, base[:-1]]  # "called" -> call; "travelled" -> travell / travel
            return [base[:-1], base]  # "planned" -> plan
        return [base, base + "e"]  # "agreed" -> agre / agree, "merged" -> merg / merge
    return [w]


def _core(w: str) -> str:
    """A stem without its silent e, so that "merge", "merged" and "merging" all give "merg"."""
    return w[:-1] if len(w) > 4 and w.endswith("e") and not w.endswith("ee") else w


# the core of every word a group lists -> its key ("acquitted" -> acquit -> "acquittal")
_KEY_OF_CORE: dict[str, str] = {}
for _key, _words in EVENT_GROUPS.items():
    for _w in _words.split():
        _KEY_OF_CORE.setdefault(_core(_w), _key)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light stem: the key of the word's group (its forms and derivations), else the word without its
    inflection and silent e ("congratulated", "congratulates" -> "congratulat")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w in SYNONYMS:
        return SYNONYMS[w]
    if w in EVENT_SPEECH_VERBS:
        return EVENT_SPEECH_KEY
    if w in IRREGULAR_FORMS:
        base = IRREGULAR_FORMS[w]
        return SYNONYMS.get(base, base)
    cands = [_core(c) for c in _strip(w)]
    return next((_KEY_OF_CORE[c] for c in cands if c in _KEY_OF_CORE), cands[0])


# every event word as the lexicon writes it
EVENT_FORMS = frozenset(SYNONYMS) | EVENT_NOUNS


@lru_cache(maxsize=8192)
def is_event_word(low: str) -> bool:
    """Is the (lower-case) word a form of an event word of the lexicon: "elections", "visited", "merging"?
    (Written forms, not stems: "premier" is no form of "premiere".)"""
    return (low in EVENT_FORMS or (low.endswith("s") and low[:-1] in EVENT_FORMS)
            or any(c in EVENT_FORMS for c in _strip(low)))
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def event_keys(phrase: str) -> set[str]:
    """The canonical keys of an event phrase or query: content words, stemmed, synonyms merged."""
    text = phrase
    for rx, rep in PHRASES:
        text = rx.sub(rep, text)
    keys: set[str] = set()
    for tok in _TOKEN.findall(text):
        low = tok.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        for part in low.split("-") if low not in SYNONYMS else [low]:
            if part in EVENT_SPEECH_VERBS:
                keys.add(EVENT_SPEECH_KEY)  # "said", "told": a statement (stop words otherwise)
                continue
            if not part or part in STOP_WORDS or part in LIGHT or len(part) < 2:
                continue
            keys.add(stem(part))
    return keys
