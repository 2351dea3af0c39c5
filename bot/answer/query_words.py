"""Words of a /when query and of a candidate sentence reduced to comparable keys.

A key is the extractor's event key (`bot.extract.event_words`: light stem, synonyms merged, "sworn in" →
inauguration) followed by a derivation step, so that the noun and the verb of one event meet: resign /
resignation, acquit / acquittal, merge / merger, depart / departure, arrive / arrival… Ordinals meet their
figures ("first" / "1st"). The same function runs on both sides, so a key only has to be consistent.

The derivation table belongs with the extractor's word lists (bot/extract/lexicon) once the restructure
there is done; it lives here until then.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bot.extract.event_words import event_keys

__all__ = ["DERIVATIONS", "RELATED", "Token", "lemma", "phrase_groups", "surface_forms", "token_keys", "tokens"]

# noun (or other derived form) → the verb it derives from. Inflected forms reach the verb through the
# extractor's stemmer first (acquitted → acquit), so only the derived forms are listed.
_PAIRS = """
acquittal acquit | merger merge | departure depart | arrival arrive | approval approve | refusal refuse
dismissal dismiss | withdrawal withdraw | removal remove | proposal propose | denial deny | burial bury
renewal renew | survival survive | betrayal betray | disposal dispose | rebuttal rebut | referral refer
election elect | resignation resign | appointment appoint | nomination nominate | inauguration inaugurate
conviction convict | decision decide | collision collide | invasion invade | explosion explode
conclusion conclude | admission admit | permission permit | submission submit | expulsion expel
extradition extradite | ratification ratify | publication publish | completion complete
introduction introduce | production produce | reduction reduce | destruction destroy | description describe
subscription subscribe | intervention intervene | prevention prevent | suspension suspend | extension extend
closure close | failure fail | seizure seize | exposure expose | disclosure disclose | signature sign
payment pay | announcement announce | agreement agree | settlement settle | retirement retire
impeachment impeach | indictment indict | investment invest | establishment establish | engagement engage
discovery discover | delivery deliver | recovery recover | robbery rob | assembly assemble
acceptance accept | appearance appear | attendance attend | performance perform | occurrence occur
death die | birth born | marriage marry | sale sell | purchase buy | loss lose | growth grow | flight fly
speech speak | entry enter | defence defend | defense defend | offence offend | pursuit pursue
sentencing sentence | hearing hear | opening open | closing close | landing land | launch launch
congratulation congratulate | celebration celebrate | declaration declare | negotiation negotiate
investigation investigate | evacuation evacuate | demonstration demonstrate | deportation deport
confirmation confirm | cancellation cancel | postponement postpone | presentation present
plea plead | advisory advise | adviser advise | advisor advise | finding find | derailment derail
reception receive | flooding flood | drilling drill | touchdown land | response respond
"""
DERIVATIONS: dict[str, str] = {}
for _pair in re.split(r"[|\n]", _PAIRS.strip()):
    _noun, _verb = _pair.split()
    DERIVATIONS[_noun] = _verb

# Words news uses for an event beside the lexicon's own (bot/extract/lexicon/events.py), as the event key they
# share: "found guilty" ~ convicted, "touches down" ~ landed, "downpour" ~ rain, "joins" ~ signed with. Matched
# as a synonym (less than the word itself). Kept here, answer side, until the lexicon takes them.
_RELATED = """
signing: join joins joined joining | departure: leave leaves leaving | approval: clear cleared clears endorse
endorsed endorses ratify ratified | rain: rain rains rained rainfall downpour downpours deluge torrential
showers | start: kick-off | publication: release released | decision: ruling ruled rule
| statement: announce announces announced announcing announcement declare declares declared declaring
| regulator: regulator regulators watchdog watchdogs | pressconference: briefing briefings
"""
RELATED: dict[str, str] = {}
for _line in _RELATED.strip().replace("\n", " ").split("|"):
    _key, _words = _line.split(":")
    for _w in _words.split():
        RELATED[_w] = min(event_keys(_key.strip()))  # as the extractor writes the key: "pressconferenc"
# Phrases read as one word (lemma, key), on both sides: "not guilty" is no conviction, "found guilty" is one.
_PHRASES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), lem, key) for p, lem, key in (
        (r"\bnot\s+guilty\b", "notguilty", "notguilty"),
        (r"\b(?:found|finds?|finding)\s+(?:him\s+|her\s+|them\s+)?guilty\b", "convict", "conviction"),
        (r"\btouch(?:es|ed|ing)?\s+down\b", "land", "landing"),
        (r"\bsettl(?:e|es|ed|ing)\s+onto\b", "land", "landing"),
        (r"\bmov(?:e|es|ed|ing)\s+(?:out|away|off)\b", "depart", "departure"),
        (r"\bkick(?:s|ed|ing)?\s+off\b", "start", "start"),
    )
)

_PHRASE_HINT = re.compile(r"guilty|\b(?:down|onto|out|away|off)\b", re.IGNORECASE)  # a phrase may be there

_ORDINALS = {
    "first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4",
    "fifth": "5", "5th": "5", "sixth": "6", "6th": "6", "seventh": "7", "7th": "7", "eighth": "8", "8th": "8",
    "ninth": "9", "9th": "9", "tenth": "10", "10th": "10",
}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*(?:-[A-Za-z0-9'’]+)*")
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ings", ""), ("ing", ""), ("ed", ""), ("es", ""),
                ("s", ""))


class Token(NamedTuple):
    start: int  # offset in the text the tokens were taken from
    end: int
    lemma: str  # the word itself, reduced: 'acquittals' → 'acquit', 'merged' → 'merg'; '' for stop words
    group: str  # its event key (synonyms merged): 'spoke' → 'conversation'; '' for stop words


def _inflection(w: str) -> str:
    for suffix, rep in _INFLECTIONS:
        if not w.endswith(suffix) or len(w) - len(suffix) < 3:
            continue
        if suffix == "s" and w.endswith(("ss", "us", "is")):
            return w
        if suffix == "es" and not re.search(r"(?:ch|sh|x|z|ss)es$", w):
            continue
        base = w[: len(w) - len(suffix)] + rep
        if suffix in ("ing", "ed", "ings") and base[-1] == base[-2] and base[-1] not in "ls":
            base = base[:-1]  # "planned" → "plan", "acquitted" → "acquit"
        return base
    return w


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The word without inflection or derivation, final e dropped so 'merge' and 'merged' meet."""
    w = word.lower().replace("’", "'").strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _ORDINALS:
        return "#" + _ORDINALS[w]
    if w in DERIVATIONS:
        w = DERIVATIONS[w]
    else:
        w = _inflection(w)
        w = DERIVATIONS.get(w, w)
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


@lru_cache(maxsize=65536)
def token_keys(word: str) -> tuple[str, str]:
    """(lemma, event key) of one word; ('', '') for stop words, light verbs and bare numbers."""
    low = word.lower()
    if low in _ORDINALS:
        return lemma(low), lemma(low)
    if "-" in low or any(c.isdigit() for c in low):  # "G20", "roll-out": as written; "2016": not a word
        return ("", "") if low.isdigit() else (low, low)
    groups = event_keys(low)
    if not groups:
        return "", ""
    related = RELATED.get(low) or RELATED.get(_inflection(low))
    return lemma(low), related or min(groups)


def tokens(text: str, base: int = 0) -> list[Token]:
    """Every word of `text` with its keys; a hyphenated word also gives its parts ('two-month' → month); a
    phrase of _PHRASES is one token ('found guilty' → convict)."""
    out, taken = _phrases(text, base)
    for m in _WORD.finditer(text):
        if taken and any(a <= base + m.start() < b for a, b in taken):
            continue
        word = m.group()
        parts = [(m.start(), word)]
        if "-" in word:
            at = m.start()
            for part in word.split("-"):
                parts.append((at, part))
                at += len(part) + 1
        for at, part in parts:
            lem, group = token_keys(part)
            if lem:
                out.append(Token(base + at, base + at + len(part), lem, group))
    return sorted(out) if taken else out


def _phrases(text: str, base: int) -> tuple[list[Token], list[tuple[int, int]]]:
    if not _PHRASE_HINT.search(text):
        return [], []
    out = []
    for rx, lem, key in _PHRASES:
        out += [Token(base + m.start(), base + m.end(), lem, key) for m in rx.finditer(text)]
    return out, [(t.start, t.end) for t in out]


def phrases(text: str) -> list[tuple[str, int, int, str, str]]:
    """The _PHRASES in `text`: (words, start, end, lemma, key)."""
    return [(text[t.start:t.end], t.start, t.end, t.lemma, t.group) for t in _phrases(text, 0)[0]]


def phrase_groups(text: str) -> set[str]:
    """Event keys of multi-word expressions and synonyms ('sworn in' → inauguration)."""
    return event_keys(text)


def surface_forms(word: str) -> set[str]:
    """Words a full-text index should also look for: the word and its derivational relatives."""
    low = word.lower()
    out = {low}
    if low in _ORDINALS:  # "first" ~ "1st"
        out |= {w for w, n in _ORDINALS.items() if n == _ORDINALS[low]}
    if low in DERIVATIONS:
        out.add(DERIVATIONS[low])
    out.update(noun for noun, verb in DERIVATIONS.items() if verb == low or verb == _inflection(low))
    return out
