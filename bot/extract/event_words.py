"""Canonical keys for event words, shared by the store (indexing Event.trigger) and /when (the query).

`event_keys("his inauguration")`, `event_keys("sworn in")` and `event_keys("swearing-in")` all give
{"inauguration"}; `event_keys("electoral victory")` gives {"election", "victory"} and so does
`event_keys("election win")`. Keys are light stems of the content words after a small synonym table;
stop-words never become keys.
"""

from __future__ import annotations

import re

__all__ = ["EVENT_LEXICON", "event_keys", "stem"]

STOP_WORDS = frozenset(
    """a an the and or but of to in on at by for from with without as into onto over under about after
    before since until till during following than then that this these those there here his her hers its
    their theirs our ours your yours my mine me him them us we you they he she it i who whom whose which
    what when where why how is are was were be been being am do does did done doing have has had having
    will would shall should can could may might must not no nor so such very too also just only own same
    other another some any each every all both either neither more most less least much many few several
    first last next new old up down out off again further once soon later earlier ago yet still even
    mr mrs ms dr s t said says say told tell""".split()
)
# Light verbs and auxiliaries carry no event of their own ("held a meeting" = "meeting").
LIGHT = frozenset("hold held holding holds make made making makes take took taken taking takes give gave given "
                  "get got gets getting go went gone going goes come came coming comes put puts keep kept "
                  "do did done doing".split())

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

# word (already lower-cased) -> canonical key; covers inflections the stemmer would get wrong
SYNONYMS: dict[str, str] = {}
_GROUPS = {
    "inauguration": "inauguration inaugurations inaugurate inaugurated inaugurates inaugurating inaugural "
                    "swearing-in swearing swear swore sworn",
    "conversation": "conversation conversations call calls called calling spoke speak speaks speaking "
                    "spoken talk talks talked talking chat chats chatted telephoned",
    "election": "election elections electoral elect elected electing elects poll polls vote votes voted "
                "voting ballot",
    "victory": "victory victories win wins won winning triumph",
    "meeting": "meeting meetings meet meets met summit summits",
    "visit": "visit visits visited visiting trip trips travel travels travelled traveled travelling "
             "traveling tour toured",
    "announcement": "announcement announcements announce announced announces announcing",
    "agreement": "agreement agreements agree agreed agrees deal deals accord accords pact pacts treaty",
    "signing": "sign signs signed signing",
    "attack": "attack attacks attacked attacking assault assaulted strike strikes struck bombing bombings "
              "bombed",
    "death": "death deaths die dies died dying killed kill kills killing",
    "arrest": "arrest arrests arrested arresting detained detention",
    "resignation": "resignation resign resigned resigns resigning",
    "launch": "launch launches launched launching",
    "defeat": "defeat defeats defeated lost lose loses losing",
    "appointment": "appointment appoint appointed appoints appointing named nominated nomination",
    "speech": "speech speeches address addressed addressing",
    "ceremony": "ceremony ceremonies",
    "release": "release releases released releasing",
    "birth": "birth born",
    "marriage": "marriage married marry wedding",
    "protest": "protest protests protested protesting demonstration demonstrations rally rallies",
    "invasion": "invasion invade invaded invades",
    "explosion": "explosion explosions exploded explode blast blasts",
    "crash": "crash crashes crashed crashing",
    "earthquake": "earthquake earthquakes quake quakes",
    "interview": "interview interviews interviewed",
    "hearing": "hearing hearings testimony testified testify",
    "trial": "trial trials tried",
    "verdict": "verdict verdicts convicted conviction sentenced sentencing",
}
for _key, _words in _GROUPS.items():
    for _w in _words.split():
        SYNONYMS.setdefault(_w, _key)
SYNONYMS["swearing-in"] = "inauguration"

# Irregular forms the suffix stripper would mangle.
IRREGULAR = {
    "began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "chose": "choose",
    "fell": "fall", "fallen": "fall", "flew": "fly", "fought": "fight", "found": "find", "froze": "freeze",
    "grew": "grow", "hit": "hit", "knew": "know", "led": "lead", "left": "leave", "paid": "pay", "ran": "run",
    "rose": "rise", "risen": "rise", "sent": "send", "sold": "sell", "spent": "spend", "stood": "stand",
    "thought": "think", "threw": "throw", "wrote": "write", "written": "write", "saw": "see", "seen": "see",
    "became": "become", "built": "build", "broke": "break", "broken": "break", "drove": "drive",
    "withdrew": "withdraw", "sought": "seek", "taught": "teach", "shot": "shoot",
}
EVENT_LEXICON = frozenset(_GROUPS) | frozenset(
    """flight flights takeoff take-off delivery deliveries keynote rally rallies vote
    accident acquisition agreement approval arrival attack auction ban bankruptcy battle birthday blast
    boycott breakthrough campaign celebration ceasefire clash collapse collision conference congress
    convention coup crackdown debate decision declaration departure deployment disaster discovery
    dismissal downfall drill earthquake embargo eruption escape evacuation execution exercise expansion
    festival fire flood funeral gathering handover hurricane impeachment inquiry investigation kidnapping
    landfall landing leak lockdown march merger mission negotiation offensive opening outbreak parade
    parliament-session premiere primary raid ratification recall referendum reform reopening rescue
    retirement revolution riot robbery ruling sanction scandal selection session settlement shooting
    shutdown siege sinking storm strike surrender suspension takeover test tournament transfer truce
    tsunami uprising veto war withdrawal""".split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def stem(word: str) -> str:
    """A light stem: synonym key, irregular form, or the word without its inflectional suffix."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w in SYNONYMS:
        return SYNONYMS[w]
    if w in IRREGULAR:
        return IRREGULAR[w]
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
            return SYNONYMS.get(base, base)
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
        for part in low.split("-") if low not in SYNONYMS else [low]:
            if not part or part in STOP_WORDS or part in LIGHT or len(part) < 2:
                continue
            keys.add(stem(part))
    return keys
