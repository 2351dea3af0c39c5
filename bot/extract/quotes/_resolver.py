"""Speaker mentions resolved to entities: who "he", "the minister" or "Modi" is in this document.

Resolution: an entity mention that overlaps, else an alias or surname match, else (for a pronoun or a
nominal) the most recent fitting entity mentioned before, else the mention's own words.
"""

from __future__ import annotations

import bisect
import re

from bot.extract.facts import Entity, EntityKind
from bot.extract.lexicon.given_names import given_names
from bot.extract.lexicon.names import NATIONALITIES
from bot.extract.lexicon.speakers import (
    DETERMINERS,
    FEMALE_GIVEN_NAMES,
    FEMALE_WORDS,
    MALE_WORDS,
    NOT_SUBJECT_WORDS,
    ORGANISATION_HINTS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
)
from bot.extract.lexicon.speech import CUE_NOUNS
from bot.extract.quotes._roles import FIT, WEAK, body_fit, is_body, person_fit, title_words
from bot.extract.quotes._salience import Salience

_SPACES = re.compile(r"\s+")

# "skipper Jasprit Bumrah", "Tim Crain": a word before a name (a title, a role or a given name), the name
_TITLED_NAME = re.compile(r"\b([A-Za-z][\w-]*) ((?:[A-Z][\w'’-]+ ){0,2})([A-Z][\w'’-]+)")
# "the Kremlin's report", "Acme’s latest statement": a text owned by whom it speaks for
_OWNED_TEXT = re.compile(r"(?:the |The )?((?:[A-Z][\w&.-]*\s?)+?)[’']s(?:\s+[a-z]+)?\s+(?:" + "|".join(
    sorted(CUE_NOUNS)) + r")$")
_TO_PRONOUN = re.compile(r"[^.!?\n,;“”\"]{0,80},\s*")  # from the name to the pronoun: the rest of the opener
_OPENING_PHRASE = re.compile(r"(?:\A|[.!?\n]\s*)(?:[A-Z][a-z]+ing|After|Before|While|Upon|On)\b[^.!?\n,]{0,80}\Z")
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_ORG_HINT = re.compile(r"\b(?:" + "|".join(ORGANISATION_HINTS) + r")\b", re.I)


# "Intuitive Machines mission director Tim Crain", "Acme chief executive Jane Roe": the organisation a person
# speaks for, named before their title (matched on the text just before a person's mention)
_AFFILIATION = re.compile(r"((?:[A-Z][\w&.’'-]*\s){1,4}?)((?:[a-z][\w-]*\s|CEO\s|CFO\s|COO\s|CTO\s){1,3})$")


_WORD_BEFORE = re.compile(r"([\w-]+)\s$")
_ACRONYM_TITLES = frozenset(("CEO", "CFO", "COO", "CTO"))


class Resolver:
    """Maps a mention span to (canonical name, kind) using the document's entities."""

    def __init__(self, text: str, entities: list[Entity]):
        self.text = text
        self.entities = entities
        spans = []
        for e in entities:
            for s, t in e.mentions:
                spans.append((s, t, e))
        spans.sort(key=lambda x: (x[0], x[1]))
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.alias: dict[str, Entity] = {}
        for e in entities:
            for a in [e.name, *e.aliases]:
                self.alias.setdefault(_norm(a), e)
        for e in entities:
            if e.kind == "person":
                last = _norm(e.name).split(" ")[-1]
                if last:
                    self.alias.setdefault(last, e)
        self.names = {e.name for e in entities}
        self.seen: list[tuple[int, str, EntityKind | None, list[str]]] = []  # own resolved speakers
        # (pronoun, want_person, want_gender) -> (the `seen` entries it may refer to, how many were looked at)
        self._seen_fitting: dict[tuple, tuple[list, int]] = {}
        self.quoted: list[tuple[int, int]] = []
        self.quoted_starts: list[int] = []
        self.gender = {e.name: g for e in entities if e.kind == "person" and (g := _gender(e))}
        self.bodies = _bodies(text, entities)  # (position, name, kind) of every organisation named
        self.body_starts = [p for p, _, _ in self.bodies]
        self.salience: Salience | None = None
        self._people_words: set[str] | None = None

    def overlapping(self, s: int, t: int) -> Entity | None:
        k = bisect.bisect_left(self.starts, t)
        best = None
        for j in range(k - 1, max(-1, k - 40), -1):
            a, b, e = self.spans[j]
            if a < t and b > s and (best is None or (b - a) > (best[1] - best[0])):
                best = (a, b, e)
        return best[2] if best else None

    def by_alias(self, words: str) -> Entity | None:
        n = _norm(_strip_titles(words))
        if not n:
            return None
        e = self.alias.get(n)
        if e is None:
            e = self.alias.get(n.split(" ")[-1])
        return e

    def resolve(self, s: int, t: int) -> tuple[str | None, EntityKind | None]:
        """Who the mention at [s, t) names: a pronoun the salient or nearest fitting entity; a title ("the
        Kremlin spokesman") the person holding it; a name its entity; a body ("the ministry") the
        organisation named before; else the mention's own words."""
        words = self.text[s:t]
        low = words.lower()
        if low in PRONOUNS:
            return self._pronoun(s, low)
        owner = _OWNED_TEXT.match(words)
        if owner is not None:  # "the Kremlin's report", "Acme's statement": the owner speaks
            return self.resolve(s + owner.start(1), s + owner.end(1))
        title = title_words(words)
        if title is not None and not is_body(title[-1].lower()):
            name, kind = self._holder(s, title)
            if name:
                return name, kind
        e = self.overlapping(s, t)
        if e is None and words[:1].isupper():
            e = self.by_alias(words)
        if e is not None:
            return e.name, e.kind
        if title is not None and is_body(title[-1].lower()):
            found = self._body(s, title)
            if found is not None:
                return found
        if low.split(" ", 1)[0] in DETERMINERS:
            return words, _guess_kind(words)
        clean = _strip_titles(words)
        return (clean or words), _guess_kind(clean or words)

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Quotation spans: names inside quotations are never antecedents of the pronouns outside."""
        self.quoted = sorted(spans)
        self.quoted_starts = [q[0] for q in self.quoted]

    def set_salience(self, salience: Salience) -> None:
        """The sentences' subjects, for pronouns (see _salience)."""
        self.salience = salience

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def _holder(self, pos: int, title: list[str]) -> tuple[str | None, EntityKind | None]:
        """The person holding the title, the nearest before pos that fits it (else the nearest that fits
        weakly: "the minister" for a Prime Minister)."""
        k = bisect.bisect_left(self.starts, pos)
        fallback = None
        for j in range(k - 1, max(-1, k - 400), -1):
            a, b, e = self.spans[j]
            if b > pos or e.kind != "person" or self._inside_quote(a):
                continue
            fit = person_fit(e, title)
            if fit == FIT:
                return e.name, e.kind
            if fit == WEAK and fallback is None:
                fallback = e
        return (fallback.name, fallback.kind) if fallback is not None else (None, None)

    def _body(self, pos: int, title: list[str]) -> tuple[str, EntityKind | None] | None:
        """The organisation a body nominal names: the nearest named before pos whose name holds the head
        ("the ministry": Turkish Foreign Ministry), else the nearest organisation ("the company")."""
        k = bisect.bisect_left(self.body_starts, pos)
        fallback = None
        for j in range(k - 1, max(-1, k - 60), -1):
            p, name, kind = self.bodies[j]
            if self._inside_quote(p):
                continue
            fit = body_fit(name, kind, title)
            if fit == FIT:
                return name, kind
            if fit == WEAK and fallback is None:
                fallback = (name, kind)
        return fallback

    def _pronoun(self, pos: int, pronoun: str) -> tuple[str | None, EntityKind | None]:
        """He, she, it: the subject of the sentence before when it fits (the salient one), else the nearest
        fitting entity or speaker."""
        if self.salience is not None and pronoun in ("he", "she", "it"):
            found = self._salient(pos, pronoun)
            if found is not None:
                return found
        return self._antecedent(pos, pronoun)

    def _salient(self, pos: int, pronoun: str) -> tuple[str, EntityKind | None] | None:
        """The first salient mention before the pronoun (see _salience) that fits it: an entity (a person of
        the pronoun's gender; for "it" an organisation), or a name introduced by its title."""
        if self.salience is None:
            return None
        for m in self.salience.salient(pos):
            if m.pronoun(self.text):
                return None  # "… he does believe McConnell is right": the chain goes on, not to McConnell
            name, kind = self.resolve(m.start, m.end)
            if name is None:
                continue
            if pronoun == "it":
                if kind == "organisation" or (kind is None and _thing_nominal(name)):
                    return name, kind  # an organisation, or a body or text named by a nominal ("the prosecution")
                continue
            known = name in self.names or m.titled or self._person_word(self.text[m.start : m.end])
            if kind == "person" and known and self.gender.get(name, _GENDER[pronoun]) == _GENDER[pronoun]:
                return name, kind
        return None

    def _person_word(self, words: str) -> bool:
        """A name the people extractor missed that the text shows is a person's: its last word ends a name
        after a title or role ("skipper Jasprit Bumrah") or after a given name ("Jasprit" unknown, "Tim
        Crain" known)."""
        if self._people_words is None:
            given = given_names()
            self._people_words = {m.group(3) for m in _TITLED_NAME.finditer(self.text)
                                  if m.group(1).lower() in TITLES or m.group(1).lower() in ROLE_NOUNS
                                  or (m.group(2) or "").split(" ")[0] in given}
        last = words.split()[-1] if words.split() else ""
        return last in self._people_words and last not in NATIONALITIES

    def _antecedent(self, pos: int, pronoun: str):
        """The nearest fitting entity mentioned before pos (outside quotations), or a speaker resolved
        since."""
        want_person = pronoun in ("he", "she", "i", "him", "her", "who")
        want_gender = _GENDER.get(pronoun)
        k = bisect.bisect_left(self.starts, pos)
        found: tuple[int, str, EntityKind | None] | None = None
        for j in range(k - 1, max(-1, k - 400), -1):
            a, b, e = self.spans[j]
            if b > pos or self._inside_quote(a) or self._in_opening_phrase(a, b, pos):
                continue
            if not self._fits(pronoun, want_person, want_gender, e.name, e.kind):
                continue
            found = (a, e.name, e.kind)
            break
        # a speaker named by a nominal earlier ("the prime minister said") is a mention too: take it when
        # it is more recent than the entity mention found
        for p, name, kind, _ in reversed(self._seen_for(pronoun, want_person, want_gender)):
            if p >= pos:
                continue
            if found is None or p > found[0]:
                return name, kind
            break
        if found is not None:
            return found[1], found[2]
        return None, None

    def _in_opening_phrase(self, a: int, b: int, pos: int) -> bool:
        """A name in a phrase that opens the pronoun's sentence is its object, never its subject:
        "Lauding Sudhir, he tweeted", "After meeting Ruto on Monday, she said"."""
        return bool(_TO_PRONOUN.fullmatch(self.text, b, pos)) and bool(
            _OPENING_PHRASE.search(self.text, max(0, a - 200), a))

    def remember(self, pos: int, name: str | None, kind: EntityKind | None) -> None:
        if name:
            self.seen.append((pos, name, kind, []))

    def _fits(self, pronoun: str, want_person: bool, want_gender: str | None, name: str,
              kind: EntityKind | None) -> bool:
        if (want_person and kind != "person") or (pronoun in ("it", "they", "we") and kind == "person"):
            return False
        return not (want_gender and self.gender.get(name, want_gender) != want_gender)

    def _seen_for(self, pronoun: str, want_person: bool, want_gender: str | None) -> list:
        """The remembered speakers a pronoun may refer to, in order, kept per pronoun as speakers are
        remembered: looking back through every remembered speaker for each pronoun was quadratic when
        none fitted (an "it said" among hundreds of people quoted)."""
        key = (pronoun, want_person, want_gender)
        got = self._seen_fitting.get(key)
        if got is None:
            got = self._seen_fitting[key] = ([], 0)
        fitting, upto = got
        if upto < len(self.seen):  # file the speakers remembered since the last look
            fitting.extend(e for e in self.seen[upto:] if self._fits(pronoun, want_person, want_gender, e[1], e[2]))
            self._seen_fitting[key] = (fitting, len(self.seen))
        return fitting


def _bodies(text: str, entities: list[Entity]) -> list[tuple[int, str, EntityKind | None]]:
    """Every organisation the text names, by position: organisation entities' mentions, the organisations
    of people's roles ("Kremlin Spokesman Dmitry Peskov"), and affiliations before a title ("Intuitive
    Machines mission director Tim Crain"); never a nationality or a country."""
    countries = {e.name.lower() for e in entities if e.kind == "country"} | {
        a.lower() for e in entities if e.kind == "country" for a in e.aliases}
    out: list[tuple[int, str, EntityKind | None]] = []
    for e in entities:
        if e.kind == "organisation":
            out.extend((s, e.name, e.kind) for s, _ in e.mentions)
        if e.kind != "person":
            continue
        for r in e.roles:
            if r.qualifier and _organisation_like(r.qualifier, countries):
                out.append((r.start, r.qualifier, "organisation"))
        own = None
        for s, _ in e.mentions:
            before = _WORD_BEFORE.search(text, max(0, s - 30), s)
            if before is None or not (before.group(1).lower() in TITLES or before.group(1).lower() in ROLE_NOUNS
                                      or before.group(1) in _ACRONYM_TITLES):
                continue  # cheap test first: a title or role word right before the name
            m = _AFFILIATION.search(text, max(0, s - 90), s)
            if m is None or m.end() != s:
                continue
            name = _strip_openers(m.group(1))
            own = own if own is not None else {_norm(x) for x in e.aliases}
            if name and _organisation_like(name, countries) and _norm(name) not in own:
                out.append((m.start(1), name, "organisation"))
    out.sort(key=lambda x: x[0])
    return out


def _thing_nominal(words: str) -> bool:
    """"The prosecution", "the report": a determiner and a noun that names no person ("the mayor")."""
    toks = words.lower().split()
    return len(toks) >= 2 and toks[0] in DETERMINERS and toks[-1].isalpha() and not (
        toks[-1] in TITLES or toks[-1] in ROLE_NOUNS or toks[-1].endswith("ly") or toks[-1] in ("also", "too"))


def _strip_openers(words: str) -> str:
    toks = words.replace("’s", "").replace("'s", "").split()
    while toks and (toks[0].lower() in NOT_SUBJECT_WORDS or toks[0].lower() in DETERMINERS):
        toks.pop(0)
    return " ".join(toks)


def _organisation_like(name: str, countries: set[str]) -> bool:
    """Not a nationality ("Russian"), a country ("India") or a title ("Prime")."""
    words = name.split()
    return bool(words) and name.lower() not in countries and not any(
        w in NATIONALITIES or w.lower() in TITLES for w in words)


def _gender(e: Entity) -> str | None:
    words: list[str] = []
    for a in e.aliases:
        words.extend(a.lower().split()[:1])
    for r in e.roles:
        words.extend(r.title.lower().split())
    first = e.name.lower().split()[0] if e.name else ""
    if any(w in FEMALE_WORDS for w in words) or first in FEMALE_GIVEN_NAMES:
        return "f"
    if any(w in MALE_WORDS for w in words):
        return "m"
    return None


def _norm(s: str) -> str:
    s = s.replace("’", "'").lower().strip(" ,.;:'\"")
    if s.endswith("'s"):
        s = s[:-2]
    return _SPACES.sub(" ", s)


def _strip_titles(words: str) -> str:
    toks = words.replace("’s", "").replace("'s", "").split()
    while len(toks) > 1 and (toks[0].lower() in TITLES or toks[0].lower().rstrip(".") in TITLES
                             or toks[0].lower() in DETERMINERS or toks[0].islower()):
        toks.pop(0)
    return " ".join(toks).strip(" ,")


def _guess_kind(words: str) -> EntityKind | None:
    if _ORG_HINT.search(words):
        return "organisation"
    if words and words[0].isupper() and words.split(" ", 1)[0].lower() not in DETERMINERS:
        return "person"  # not "The prosecution"
    return None
