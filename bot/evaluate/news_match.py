"""The matching rules of the news evaluation (issue 10), as small pure functions tested on their own.

- roles: case-insensitive whole-word containment either way, parentheticals ignored; the shorter keeps the
  longer's head noun ("President" ~ "47th President of the United States", "State" !~ "Secretary of
  State"); an acronym matches its expansion ("CM" ~ "Chief Minister"), an abbreviated title its full word
  ("Sen." ~ "Senator");
- aliases: equal on words ("the Maldivian President" = "The Maldivian President");
- quotes: words shared in order (longest common subsequence) cover at least 80% of the longer text;
- speakers and people: a name names another when its words equal the other's or it is contained in it
  whole-word and keeps its last word (the surname or the organisation's head).
"""

from __future__ import annotations

import re

from bot.textnorm import fold

__all__ = ["alias_equal", "in_order_coverage", "names", "quote_match", "role_match", "same_person", "words"]

_WORD = re.compile(r"[^\W_]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_ARTICLES = frozenset({"the", "a", "an"})
# Words that end the head phrase of a title: "Secretary | of State", "President | of the United States".
_HEAD_END = frozenset("of for at to in on with from and".split())
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "&"})
QUOTE_COVERAGE = 0.8
# Abbreviated titles as news prints them match their expansion, as acronyms do ("Sen." ~ "Senator").
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "supt": "superintendent", "insp": "inspector",
    "prof": "professor", "amb": "ambassador", "atty": "attorney", "pres": "president", "secy": "secretary",
    "dept": "department", "govt": "government",
}


def words(text: str) -> list[str]:
    """Lower-cased, accent-free word tokens; apostrophes join ("India's" → "indias")."""
    return _WORD.findall(fold(text).replace("'", ""))


def alias_equal(a: str, b: str) -> bool:
    wa = words(a)
    return bool(wa) and wa == words(b)


def _role_words(text: str) -> list[str]:
    out = [TITLE_ABBREVIATIONS.get(w, w) for w in words(_PARENS.sub(" ", text))]
    while out and out[0] in _ARTICLES:
        out = out[1:]
    return out


def head_noun(role: list[str]) -> str:
    """The last word before the first preposition: 'secretary of state' → 'secretary'."""
    head = role[0] if role else ""
    for w in role:
        if w in _HEAD_END:
            break
        head = w
    return head


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _collapse_acronyms(role: list[str], acronyms: set[str]) -> list[str]:
    """Replace every run of words whose initials spell one of `acronyms` by the acronym."""
    out: list[str] = []
    i = 0
    while i < len(role):
        for acro in acronyms:
            j, letters = i, ""
            while j < len(role) and len(letters) < len(acro):
                if role[j] not in _ACRONYM_SKIP or not letters:
                    letters += role[j][0]
                j += 1
            if letters == acro and j - i > 1:
                out.append(acro)
                i = j
                break
        else:
            out.append(role[i])
            i += 1
    return out


def _acronyms(role: list[str]) -> set[str]:
    return {w for w in role if 2 <= len(w) <= 5}


def role_match(gold: str, system: str) -> bool:
    """Does a system role state the gold role (see the module docstring for the rule)?"""
    a, b = _role_words(gold), _role_words(system)
    if not a or not b:
        return False
    variants = [(a, b), (_collapse_acronyms(a, _acronyms(b)), b), (a, _collapse_acronyms(b, _acronyms(a)))]
    for x, y in variants:
        longer, shorter = (x, y) if len(x) >= len(y) else (y, x)
        if _contains(longer, shorter) and head_noun(longer) in shorter:
            return True
    return False


def in_order_coverage(a: str, b: str) -> float:
    """Words shared in order (LCS) over the word count of the longer text."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    prev = [0] * (len(wb) + 1)
    for x in wa:
        cur = [0]
        for j, y in enumerate(wb):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / max(len(wa), len(wb))


def quote_match(gold: str, system: str) -> bool:
    return in_order_coverage(gold, system) >= QUOTE_COVERAGE


def names(system: str, gold: str) -> bool:
    """The system's name names the gold one: equal on words, or one inside the other whole-word keeping
    the longer's last word ("Erdogan" ~ "Recep Tayyip Erdogan", "Foreign Ministry" ~ "Turkish Foreign
    Ministry"; "Trump" !~ "Trump Organization", "Ratan Tata" !~ "Noel Tata")."""
    a, b = _role_words(system), _role_words(gold)
    if not a or not b:
        return False
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return _contains(longer, shorter) and longer[-1] in shorter


def same_person(system_forms: list[str], gold_forms: list[str]) -> bool:
    """A system person is a gold person when any of its forms equals one of the gold forms on words."""
    gold = {tuple(words(f)) for f in gold_forms if words(f)}
    return any(tuple(words(f)) in gold for f in system_forms)
