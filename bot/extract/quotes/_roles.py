"""Titles and bodies as speakers: which entity "the Kremlin spokesman", "the defense chief", "the Maldivian
President" or "the ministry" names.

A title mention is a determiner, qualifiers and a head: a title ("spokesman", "President"), a generic head
("chief": any title its qualifiers name) or a body ("ministry", "company", "panel"). A person fits when one
of their roles has the head and explains every qualifier — by its title words or its qualifier ("Kremlin",
"Maldives" for "Maldivian"); a body fits when its name holds the head ("Turkish Foreign Ministry"), or, less
well, when it is any organisation.
"""

from __future__ import annotations

from bot.extract.facts import Entity
from bot.extract.lexicon.speakers import (
    COMPANY_HEADS,
    DETERMINERS,
    GENERIC_HEADS,
    ORGANISATION_HEADS,
    PUBLIC_BODIES,
    RANKS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    TITLES,
)

FIT, WEAK, NO = 2, 1, 0  # how well an entity fits a title mention

_SORTS: dict[str, set[str]] = {}  # word -> the sorts of public body it names ("commission": regulator, panel)
for _sort, _words in PUBLIC_BODIES.items():
    for _w in _words.split():
        _SORTS.setdefault(_w, set()).add(_sort)


def title_words(words: str) -> list[str] | None:
    """The words of a title-only mention after its determiner, abbreviations written out ("the Kremlin
    spokesman" -> Kremlin spokesman; "The PM" -> prime minister), or None: a name ("Prime Minister Modi"),
    or a phrase with a preposition ("a spokesman for the campaign"), which names more than a title."""
    toks = words.replace("’s", "").replace("'s", "").split()
    out: list[str] = []
    for t in toks:
        t = t.strip(",.")
        low = t.lower()
        if low in ("of", "for", "to", "at", "in", "from", "and"):
            return None
        if low in DETERMINERS and not out:
            continue
        out.extend(ROLE_ABBREVIATIONS[low].split() if low in ROLE_ABBREVIATIONS else [t])
    if not out or not is_head(out[-1].lower()):
        return None
    return out


def is_head(low: str) -> bool:
    return low in TITLES or _singular(low) in ROLE_NOUNS or low in ROLE_NOUNS or is_body(low) or low in GENERIC_HEADS


def is_body(low: str) -> bool:
    """A head naming an organisation ("the ministry", "the company"), not a person."""
    return low in ORGANISATION_HEADS


def person_fit(e: Entity, words: list[str]) -> int:
    """FIT: a role of `e` has the head and explains every other word ("the Kremlin spokesman" / Spokesman,
    Kremlin; "the defense chief" / Defense Minister); WEAK: the role outranks the mention ("the minister" /
    Prime Minister), or a word is unexplained and the role names no organisation or country to contradict
    it; NO: no role has the head, or the role's qualifier is another ("White House" / Pentagon spokesman)."""
    head = _singular(words[-1].lower())
    # the words a role must explain: names ("Kremlin"), office words ("defense", "prime") and ranks
    # ("deputy"); descriptions ("the outgoing minister") need not be
    others = [w.lower() for w in words[:-1] if w[:1].isupper() or w.lower() in ROLE_QUALIFIERS or w.lower() in RANKS]
    best = NO
    for r in e.roles:
        title = [_singular(w) for w in r.title.lower().split()]
        qualifier = r.qualifier.lower().split() if r.qualifier else []
        generic = head in GENERIC_HEADS and head not in title
        if not title or (head not in title and not generic):
            continue
        if generic and not any(_singular(w) in title for w in others):
            continue  # "the defense chief": a qualifier must name the title
        unexplained = [w for w in others if _singular(w) not in title and not _qualifies(w, qualifier)]
        outranked = any(w in RANKS and w not in others for w in title)
        if not unexplained and not outranked:
            return FIT
        if not unexplained or not qualifier:
            best = WEAK
    return best


def body_fit(name: str, kind: str | None, words: list[str]) -> int:
    """FIT: the name holds the head ("the ministry" / Turkish Foreign Ministry); WEAK: an organisation of the
    head's sort ("the company" / Intuitive Machines, "the watchdog" / Competition Authority); NO: a person,
    a country, a body of another sort ("the watchdog" / Harbor Foods), or another name than the mention's
    own ("the NTV channel" / Turkish TV)."""
    if kind not in (None, "organisation"):
        return NO
    low = name.lower().split()
    if any(w[:1].isupper() and _singular(w.lower()) not in [_singular(x) for x in low] for w in words[:-1]):
        return NO  # "the NTV channel" names itself: not the Turkish TV named before
    head = words[-1].lower()
    if _singular(head) in [_singular(w) for w in low]:
        return FIT
    sorts = {sort for w in low for sort in _SORTS.get(_singular(w), ())}
    if head in _SORTS:
        return WEAK if sorts & _SORTS[head] else NO  # "the watchdog": an Authority, never Harbor Foods
    if head in COMPANY_HEADS and sorts:
        return NO  # "the company" is no ministry
    return WEAK


def _qualifies(word: str, qualifier: list[str]) -> bool:
    """'maldivian' qualifies a role of the Maldives, 'kremlin' a Kremlin role: the same word or a shared stem
    of four letters or more (demonyms: Russian / Russia, Turkish / Turkey)."""
    for q in qualifier:
        if word == q:
            return True
        n = 0
        while n < min(len(word), len(q)) and word[n] == q[n]:
            n += 1
        if n >= 4 and n >= min(len(word), len(q)) - 3:
            return True
    return False


def _singular(w: str) -> str:
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w
