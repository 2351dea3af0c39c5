"""What a number counts: the noun phrase after it, else the subject it completes; the qualifiers around it."""

from __future__ import annotations

import re

from bot.extract.facts import Amount
from bot.extract.lexicon.amounts import (
    AMOUNT_ING_NOUNS,
    AMOUNT_QUALIFIERS,
    COMPARATIVES,
    LY_NOUNS,
    NOT_NOUN_PHRASE,
    VERBS_AFTER_COUNT,
    VERBS_TO_NUMBER,
)
from bot.extract.lexicon.stopwords import AMOUNT_STOP_WORDS

_LEAD_WORDS = re.compile(r"\s+(?:in|of|for|worth of|in new)\s+")
_OF_WORDS = re.compile(r" of ((?:[\w'’-]+ ?){1,2})")
_WORD_BEFORE = re.compile(r"([\w.'’]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([\w'’]+)")

_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")


def finish(text: str, start: int, end: int, value: str, number: float | None, unit: str | None,
            rule: str) -> Amount:
    what, what_end = what_after(text, end, money=unit is not None and (unit.isupper() or unit == "%"))
    phrase_end = end
    if what:
        phrase_end = what_end
        if unit is None:
            unit = what
    else:
        what = what_before(text, start)
    qual = _QUALIFIER_AFTER.match(text, phrase_end if what_end else end)
    if what and qual:
        what = f"{what}, {qual.group(1)}"
    return Amount(start, phrase_end, text[start:phrase_end], value, number, unit, what, rule)


_QUALIFIER_AFTER = re.compile(r"\s+((?:as of|as at|in|by|since)\s+(?:(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)\s+)?(?:1[89]|20)\d\d)\b(?![-–/]\d)")


def what_after(text: str, end: int, money: bool = False) -> tuple[str | None, int]:
    """The noun phrase right after the number: '18,000 undocumented Indians', '40 percent of voters',
    '$5 billion in aid'."""
    pos = end
    if money:
        lead = _LEAD_WORDS.match(text[pos : pos + 16])
        if lead:
            pos += lead.end()
    words: list[tuple[int, int, str]] = []
    last = pos
    for m in _WORD.finditer(text, pos, min(len(text), pos + 120)):
        tok = m.group()
        low = tok.lower()
        if "\n" in text[last : m.start()]:
            break
        last = m.end()
        if not words and low == "of":
            continue  # 40 percent of voters / hundreds of people
        if not words and low in ("the", "its", "their") and text[pos : m.start()].strip() in ("", "of"):
            continue  # 40 percent of the vote
        if _ends_what(tok, low, words):
            break
        words.append((m.start(), m.end(), tok))
        if len(words) >= 5:
            break
    while words and words[-1][2].lower().endswith("ed"):
        words.pop()  # "270 needed", "18,000 people arrested"
    if not words:
        return None, 0
    s, e = words[0][0], words[-1][1]
    e = _of_tail(text, e)
    return text[s:e].strip(" -"), e


def _ends_what(tok: str, low: str, words: list[tuple[int, int, str]]) -> bool:
    """A word that ends the counted noun phrase: punctuation, a function word, a number, a comparative, an
    adverb, a verb, or a capitalised word after a capitalised one (a name, not what is counted)."""
    if not tok[0].isalnum() and tok not in ("-",):
        return True
    if low in AMOUNT_STOP_WORDS or low == "of" or tok[0].isdigit() or low in COMPARATIVES or (
        low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS
    ):
        return True
    if (low.endswith("ing") and low not in AMOUNT_ING_NOUNS) or low in VERBS_TO_NUMBER or low in VERBS_AFTER_COUNT:
        return True
    # "2 Timothy", "8 Dascha Polanco": a name, not what the number counts
    return tok[0].isupper() and not (low.endswith("s") or low.endswith("an") or low.endswith("ese")) and (
        not words or words[-1][2][0].isupper()
    )


def _of_tail(text: str, e: int) -> int:
    """Keep "of" + a noun phrase after the head: "people of Indian origin"; returns the new end."""
    of = _OF_WORDS.match(text[e : e + 60])
    if of and of.group(1).split()[0].lower() not in AMOUNT_STOP_WORDS:
        tail = []
        for w in of.group(1).split():
            if w.lower() in AMOUNT_STOP_WORDS or w.lower() in VERBS_AFTER_COUNT or w.lower() in VERBS_TO_NUMBER:
                break
            tail.append(w)
        if tail:
            e = e + 4 + len(" ".join(tail))
    return e


def what_before(text: str, start: int) -> str | None:
    """The subject the number completes: 'the population growing to 4.8 million' -> 'population'."""
    lo = max(0, start - 200)
    window = text[lo:start]
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(window)]
    i = len(toks) - 1
    # skip "to", "at", "by", "of", "about" and the verb: "growing to", "stood at", "reached", "was"
    while i >= 0 and toks[i][2].lower() in ("to", "at", "by", "of", "around", "nearly", "about", "roughly", "some",
                                             "than", "more", "over", "under", "almost", "approximately"):
        i -= 1
    if i < 0 or toks[i][2].lower() not in VERBS_TO_NUMBER:
        return None
    i -= 1
    while i >= 0 and toks[i][2].lower() in ("has", "have", "had", "is", "was", "are", "were", "will", "would",
                                             "be", "been", "now", "already", "also", "reportedly"):
        i -= 1
    end_i = i
    while i >= 0:
        tok = toks[i][2]
        low = tok.lower()
        if low == "with" and i > 0 and toks[i - 1][2][0].isalnum():
            i -= 1  # "India's trade with the US stood at": inside the noun phrase
            continue
        if not tok[0].isalnum() or low in ("with", "while", "and", "but", "as", "that", "which", "who", "after",
                                            "since", "when", "because", "where", "although", "though"):
            break
        if low in NOT_NOUN_PHRASE:
            return None
        i -= 1
    words = toks[i + 1 : end_i + 1]
    while words and words[0][2].lower() in ("the", "a", "an", "its", "their", "his", "her", "this", "that"):
        words = words[1:]
    if not words or len(words) > 8:
        return None
    return text[words[0][0] : words[-1][1]]


def extend_qualifier(text: str, start: int) -> int:
    """Take 'approximately', 'about', 'more than', 'nearly' before the number into the phrase."""
    head = text[max(0, start - 30) : start]
    for q in AMOUNT_QUALIFIERS:
        if head.lower().endswith(q + " "):
            return start - len(q) - 1
    return start


def prev_word(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, pos - 20) : pos])
    return m.group(1) if m else ""


def next_word(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text[pos : pos + 20])
    return m.group(1) if m else ""
