"""Canonical keys for event words, shared by the store (indexing Event.trigger) and /when (the query).

`event_keys("his inauguration")`, `event_keys("sworn in")` and `event_keys("swearing-in")` all give
{"inauguration"}; `event_keys("electoral victory")` gives {"election", "victory"} and so does
`event_keys("election win")`. Keys are light stems of the content words after a small synonym table;
stop-words never become keys.
"""

from __future__ import annotations

import re

from bot.extract.lexicon.events import EVENT_LEXICON, EVENT_SYNONYMS, IRREGULAR_FORMS, LIGHT_VERBS
from bot.extract.lexicon.stopwords import EVENT_STOP_WORDS

__all__ = ["EVENT_LEXICON", "STOP_WORDS", "event_keys", "stem"]

STOP_WORDS = EVENT_STOP_WORDS  # the name bot/evaluate/news_baseline.py imports

# Multi-word expressions, rewritten before tokenising (longest first).
PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), k)
    for p, k in [
        (r"\bsw(?:orn|ear(?:s|ing)?|ore)[\s-]+in\b", " inauguration "),
        (r"\b(?:took|take|takes|taking|assumed?|assumes|assuming)\s+(?:the\s+)?office\b", " inauguration "),
        (r"\boath\s+of\s+office\b", " inauguration "),
        (r"\bphone\s+call\b|\btelephone\s+call\b|\bphone\s+conversation\b", " conversation "),
        (r"\bspeak(?:s|ing)?\s+with\b|\bspoke\s+with\b|\bspoken\s+with\b", " conversation "),
        (r"\bpress\s+conference\b|\bnews\s+conference\b", " pressconference "),
        (r"\bstep(?:s|ped|ping)?\s+down\b", " resignation "),
        (r"\bsign(?:s|ed|ing)?\s+into\s+law\b", " sign law "),
        (r"\bpass(?:es|ed)?\s+away\b", " death "),
    ]
]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def stem(word: str) -> str:
    """A light stem: synonym key, irregular form, or the word without its inflectional suffix."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w in EVENT_SYNONYMS:
        return EVENT_SYNONYMS[w]
    if w in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[w]
    if len(w) <= 4:
        return w
    for suf, rep in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ings", ""), ("ing", ""), ("ed", ""),
                     ("es", "e"), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: len(w) - len(suf)] + rep
            if suf in ("ing", "ed", "ings") and len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]  # "planned" -> "plan", "stopping" -> "stop"
            if suf == "s" and w.endswith("ss"):
                return w
            if suf == "es" and not re.search(r"(?:ch|sh|x|z|ss)es$", w):
                continue
            if suf == "es":
                base = w[:-2]
            return EVENT_SYNONYMS.get(base, base)
    return w


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
        for part in low.split("-") if low not in EVENT_SYNONYMS else [low]:
            if not part or part in EVENT_STOP_WORDS or part in LIGHT_VERBS or len(part) < 2:
                continue
            keys.add(stem(part))
    return keys
