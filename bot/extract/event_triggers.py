"""Event words in a sentence: the nouns, verbs and phrases that name an event (`find_triggers`).

Kinds:
- "noun": a word of the event lexicon (`lexicon/events.py`): "inauguration", "the landing", "merger";
- "verb": a past form ("resigned", "spoke"), or any verb after a modal or a progressive ("will land");
- "phrase": a multi-word expression ("sworn in", "took place", "passed away", "broke in");
- "speech": a verb of saying ("said", "told"): an event of its own only right next to a date (see events).

A capitalised word inside a sentence is a name, not an event word; an -ed word before a noun is an adjective
("the shared commitment") unless its subject stands before it ("the Court on Friday granted bail").
"""

from __future__ import annotations

import bisect
import re

from bot.extract.event_words import LIGHT, STOP_WORDS, is_event_word
from bot.extract.lexicon.events import (
    AUXILIARIES,
    EVENT_DETERMINERS,
    EVENT_ING_NOUNS,
    EVENT_MODIFIERS,
    EVENT_SPEECH_VERBS,
    FUNCTION_AFTER_VERB,
    IRREGULAR_PAST_TRIGGERS,
    NAMED_EVENT_HEADS,
    NEEDS_DETERMINER,
    NOT_TRIGGERS,
    SUBJECT_WORDS,
    WORDS_BEFORE_ADJECTIVE,
)

_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_LAST_WORD = re.compile(r"([A-Za-z-]+)\s+$")

__all__ = ["WORD", "extend_modifier", "find_triggers", "is_past_form"]

_PHRASES = (
    r"\b(?:sw(?:orn|ear(?:s|ing)?|ore)[\s-]+in|(?:took|take|takes|taking|assumed?|assuming)\s+(?:the\s+)?office"
    r"|took\s+the\s+oath(?:\s+of\s+office)?|(?:phone|telephone)\s+(?:call|conversation|talks)"
    r"|press\s+(?:conference|briefing)|news\s+conference|st(?:epped|ep|eps|epping)\s+down|signed\s+into\s+law"
    r"|pass(?:ed|es|ing)?\s+away|(?<=\bthe\s)passing|(?<=\bhis\s)passing|(?<=\bher\s)passing"
    r"|set\s+off|broke\s+out|went\s+off|(?:took|take|takes|taking)\s+place|took\s+power|came\s+to\s+power"
    r"|br(?:oke|eak|eaks|eaking)\s+in(?:to)?|lift(?:ed|s|ing)?\s+off|blast(?:ed|s|ing)?\s+off"
    r"|(?:won|wins|took|takes|claimed|clinched|bagged|grabbed)\s+(?:the\s+|a\s+)?(?:gold|silver|bronze))\b"
)
PHRASE_TRIGGERS = re.compile(_PHRASES, re.IGNORECASE)
_PHRASES_FOLDED = re.compile(_PHRASES)  # in the folded text: a case-sensitive scan, half the cost
# "The incident took place": the subject names the event that took place
_PLACE = re.compile(r"(?:took|take|takes|taking)\s+place", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+(?P<n>[a-z][a-z-]+)\s+(?:(?:is|was|were|are|will|would|has|had"
    r"|been|be|set|due|scheduled|expected|slated|to|also|finally|now)\s+)*$"
)
WORD = re.compile(r"[A-Za-z][a-z'’-]*[a-z]|[A-Za-z]")
_MODAL = re.compile(
    r"\b(?:will|would|shall|can|could|may|might|must|to|'ll|’ll)\s+(?:(?:not|also|then|now|soon|finally|"
    r"again|first)\s+)?$", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:(?:not|also|now|still)\s+)?$", re.IGNORECASE)
# Before an -ed word, these make it a verb with its subject ("he resigned", "who granted")
_NON_SPACE = re.compile(r"\S")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")  # the name goes on ("Summit County")


def find_triggers(text: str, start: int, end: int, low: str | None = None) -> list[tuple[int, int, str]]:
    """Event words in text[start:end]: (start, end, kind), kind 'noun', 'verb', 'phrase' or 'speech'.
    `low`: `fold(text)` when the caller has it (the phrases are then looked for in it)."""
    out: list[tuple[int, int, str]] = []
    taken_starts: list[int] = []  # phrase matches: one finditer, so sorted and non-overlapping
    taken_ends: list[int] = []
    phrases = PHRASE_TRIGGERS.finditer(text, start, end) if low is None else _PHRASES_FOLDED.finditer(low, start, end)
    for m in phrases:
        s = _subject_of_place(text, start, m) if _PLACE.fullmatch(m.group(0)) else m.start()
        out.append((s, m.end(), "phrase"))
        taken_starts.append(m.start())
        taken_ends.append(m.end())
    initial = _initial_positions(text, start, end)
    prev_word, prev_raw = "", ""
    for m in WORD.finditer(text, start, end):
        w = m.group(0)
        s, e = m.start(), m.end()
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low, e = low[:-2], e - 2
        k = bisect.bisect_right(taken_starts, s)
        if k and s < taken_ends[k - 1]:  # inside a phrase trigger
            prev_word, prev_raw = low, w
            continue
        sentence_initial = s == start or s in initial
        if w[0].isupper() and not sentence_initial and not w.isupper():
            if low in NAMED_EVENT_HEADS and not _CAPITALISED_NEXT.match(text, e, end):
                out.append((s, e, "noun"))  # "the G20 Summit in Hamburg", "the Commonwealth Games"
            prev_word, prev_raw = low, w
            continue
        kind = _kind(text, low, prev_word, prev_raw, e, text[max(start, s - 30):s])
        if kind:
            out.append((s, e, kind))
        prev_word, prev_raw = low, w
    out.sort()
    return out


def _kind(text: str, low: str, prev_word: str, prev_raw: str, e: int, before: str) -> str | None:
    if low in EVENT_SPEECH_VERBS:
        return "speech"
    if low in NOT_TRIGGERS or low in LIGHT or low in STOP_WORDS:
        return None
    kind = _word_kind(text, low, prev_word, prev_raw, e - len(low), e)
    if kind is None and len(low) > 2 and low.isalpha():
        kind = _context_kind(low, before)
    return kind


def _subject_of_place(text: str, lo: int, m: re.Match) -> int:
    """'The incident took place': the trigger starts at the subject noun, which names the event."""
    sub = _SUBJECT_BEFORE.search(text, max(lo, m.start() - 60), m.start())
    if sub and sub["n"] not in STOP_WORDS:
        return sub.start("n")
    return m.start()


def _word_kind(text: str, low: str, prev_word: str, prev_raw: str, s: int, e: int) -> str | None:
    """'noun' or 'verb' when the word itself names an event: a lexicon word (a few only after a determiner;
    an -ing form only as the lexicon writes it or after a determiner), an irregular past form, a past form
    in -ed not used as an adjective."""
    after_det = prev_word in EVENT_DETERMINERS or prev_word in EVENT_MODIFIERS
    if low in NEEDS_DETERMINER:
        return "noun" if after_det else None
    if is_event_word(low) and (not low.endswith(("ing", "ings")) or after_det or low in EVENT_ING_NOUNS):
        return "verb" if is_past_form(low) else "noun"
    if low in IRREGULAR_PAST_TRIGGERS or (len(low) > 4 and low.endswith("ed") and not low.endswith("eed")
                                   and prev_word not in EVENT_DETERMINERS
                                   and not _adjective_use(text, s, e, prev_word, prev_raw)):
        return "verb"
    return None


def _context_kind(low: str, before: str) -> str | None:
    """'verb' when the words before make any word a verb: a progressive or a modal."""
    if low.endswith("ing") and _PROGRESSIVE.search(before):
        return "verb"  # "is travelling to the US on Monday"
    modal = _MODAL.search(before)
    if modal and not low.endswith(("ing", "ed", "ly")) and (is_event_word(low) or modal.group(0)[:2].lower() != "to"):
        return "verb"  # "will fly in 2009", "is set to land on Monday"; not "report to prison"
    return None


def _initial_positions(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where a word is sentence-initial, i.e. `text[start:s].strip() in ("", '"', "“")` (asked for every
    word, that slice made long sentences quadratic): the first non-space, or the one after an opening quote."""
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return ()
    f = first.start()
    if text[f] not in '"“':
        return (f,)
    second = _NON_SPACE.search(text, f + 1, end)
    return (f, second.start()) if second else (f,)


def _adjective_use(text: str, start: int, end: int, prev_word: str, prev_raw: str) -> bool:
    """'shared commitment', 'undocumented Indians': an -ed word before a noun — unless an auxiliary or its
    subject comes right before it ("had shared", "he granted", "the Court on Friday granted bail", "the
    central bank raised rates"): a name, a pronoun, or a noun not after a comma."""
    if prev_word in AUXILIARIES or prev_word in SUBJECT_WORDS or prev_raw[:1].isupper():
        return False
    if prev_word and _noun_like(prev_word) and not _COMMA_BEFORE.search(text, max(0, start - 3), start):
        return False
    m = _NEXT_WORD.match(text[end:end + 40])
    if not m:
        return False
    nxt = m.group(1)
    return nxt[0].islower() and nxt.lower() not in FUNCTION_AFTER_VERB and not nxt.endswith("ly")


_COMMA_BEFORE = re.compile(r",\s*$")
# words after which an -ed word is an adjective, not a verb: prepositions, conjunctions, numbers

def _noun_like(word: str) -> bool:
    """Could this word be the subject of the -ed word after it ("bank" in "the bank raised rates")?"""
    return (word not in WORDS_BEFORE_ADJECTIVE and word not in FUNCTION_AFTER_VERB and word.isalpha()
            and not word.endswith(("ly", "ed", "ing")))


def is_past_form(low: str) -> bool:
    """A past form: "resigned", "spoke" (not "will resign")."""
    return low.endswith("ed") or low in IRREGULAR_PAST_TRIGGERS


def extend_modifier(text: str, s: int, lo: int) -> int:
    """Include one preceding modifier: 'first conversation', 'electoral victory'."""
    m = _LAST_WORD.search(text[max(lo, s - 30):s])
    if m and m.group(1).lower() in EVENT_MODIFIERS:
        return s - len(m.group(0))
    return s

