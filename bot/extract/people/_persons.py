"""The people found so far, each with its mentions, aliases and roles; linking a mention to a person."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.extract.facts import Role
from bot.extract.lexicon.given_names import given_names
from bot.extract.lexicon.names import FAMILY_NAME_FIRST, NAME_SUFFIXES

_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Person:
    tokens: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    surname_alone: bool = False  # called by the surname with a title or honorific ("Mr Ford")
    rule: str = ""  # the evidence that first made it a person (Candidate.rule)
    # Sets mirroring `aliases` and `mentions` once they grow past _FEW, so that adding one stays O(1) however
    # often a person recurs (a list membership test made a 1 MB document quadratic).
    alias_set: set[str] | None = None
    mention_set: set[tuple[int, int]] | None = None

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def add_alias(self, alias: str) -> None:
        alias = _WS.sub(" ", alias).strip()
        if not alias:
            return
        if self.alias_set is None:
            if alias in self.aliases:
                return
            if len(self.aliases) >= _FEW:
                self.alias_set = set(self.aliases)
        elif alias in self.alias_set:
            return
        if self.alias_set is not None:
            self.alias_set.add(alias)
        self.aliases.append(alias)

    def add_mention(self, span: tuple[int, int]) -> None:
        if self.mention_set is None:
            if span in self.mentions:
                return
            if len(self.mentions) >= _FEW:
                self.mention_set = set(self.mentions)
        elif span in self.mention_set:
            return
        if self.mention_set is not None:
            self.mention_set.add(span)
        self.mentions.append(span)


_FEW = 16  # up to this many, a list is searched directly


def name_key(w: str) -> str:
    return w.replace("’", "'")


def compatible(a: list[str], b: list[str]) -> bool:
    """Same person? "Modi" ~ "Narendra Modi"; "S. Jaishankar" ~ "Subrahmanyam Jaishankar"; "Xi" ~ "Xi Jinping"."""
    if len(a) > 1 and len(b) > 1 and (a[-1] in NAME_SUFFIXES) != (b[-1] in NAME_SUFFIXES):
        return False  # "Donald Trump Jr." is not "Donald Trump"
    a = [name_key(w) for w in a if w not in NAME_SUFFIXES]
    b = [name_key(w) for w in b if w not in NAME_SUFFIXES]
    if not a or not b:
        return False
    if family_first(a) or family_first(b):
        return last_key(a) == last_key(b) if len(a) == 1 or len(b) == 1 else a == b
    if a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    fa, fb = a[0].rstrip("."), b[0].rstrip(".")
    if fa == fb or (len(a[0]) == 2 and fb.startswith(fa)) or (len(b[0]) == 2 and fa.startswith(fb)):
        return True
    # A middle name used as the first ("Tayyip Erdogan" ~ "Recep Tayyip Erdogan"), when the longer name opens with
    # a given name or an initial (not "Crooked Hillary Clinton", "Iron Mike Tyson").
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(shorter[0]) > 2 and shorter[0] in longer[1:-1] and (
        longer[0] in given_names() or (len(longer[0]) == 2 and longer[0].endswith(".")))


def family_first(words: list[str]) -> bool:
    """Chinese and Vietnamese names put the family name first: "Xi Jinping" is Mr Xi."""
    return len(words) > 1 and words[0] in FAMILY_NAME_FIRST and not words[1].endswith(".")


def last_key(tokens: list[str]) -> str:
    """The family name, by which the person is referred to alone: "Trump", "Jaishankar", "Xi"."""
    words = [w for w in tokens if w not in NAME_SUFFIXES] or tokens
    return name_key(words[0] if family_first(words) else words[-1])


class People(list[Person]):
    """The people found so far, indexed by surname (linking is by surname, so this is all a lookup needs)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_last: dict[str, list[Person]] = {}
        self.by_given: dict[str, list[Person]] = {}  # first word of a name of several words -> people
        self.changed: list[Person] = []  # every person added or renamed, in order (for NameIndex.sync)
        self.ordinal: dict[int, int] = {}  # id(person) -> position in the list

    def add(self, p: Person) -> None:
        self.ordinal[id(p)] = len(self)
        self.append(p)
        self.by_last.setdefault(last_key(p.tokens), []).append(p)
        self._file_given(p)
        self.changed.append(p)

    def rename(self, p: Person, tokens: list[str]) -> None:
        p.tokens = tokens
        self._file_given(p)
        self.changed.append(p)

    def _file_given(self, p: Person) -> None:
        if len(p.tokens) > 1 and not family_first(p.tokens):
            filed = self.by_given.setdefault(name_key(p.tokens[0]), [])
            if p not in filed:
                filed.append(p)

    def given(self, w: str) -> Person | None:
        """The one person of several words called `w` first ("Rohit" for Rohit Sharma); None if none or several."""
        return only(p for p in self.by_given.get(name_key(w), ()) if name_key(p.tokens[0]) == name_key(w))


def only(people: Iterable[Person]) -> Person | None:
    """The one person of `people` (read up to the second: a common given name costs no more), else None."""
    found: Person | None = None
    for p in people:
        if found is not None and p is not found:
            return None
        found = p
    return found


def find_person(people: People, core: list[str]) -> Person | None:
    for p in reversed(people.by_last.get(last_key(core), ())):
        if compatible(p.tokens, core):
            return p
    return None


def surface_text(text: str, s: int, e: int) -> str:
    """The words of text[s:e] as an alias: whitespace collapsed, an editor's brackets dropped ("[Maria] Silva")."""
    return _WS.sub(" ", text[s:e].replace("[", "").replace("]", "")).strip()


def add_role(p: Person, role: Role) -> None:
    for k, r in enumerate(p.roles):
        if r.title.lower() == role.title.lower():
            if r.qualifier is None and role.qualifier is not None:
                p.roles[k] = role
            return
    p.roles.append(role)


def by_surname(p: Person) -> bool:
    """May a surname alone stand for p? Not for "William Clay Ford Jr." unless the text says "Mr Ford": a
    generational suffix means a namesake (a parent, the family firm "Ford") is likely in the same story."""
    return p.tokens[-1] not in NAME_SUFFIXES or p.surname_alone


def _index_keys(tokens: list[str]) -> list[str]:
    """Surname (as written and in capitals) and '^'+first word of full names."""
    last = last_key(tokens)
    keys = [last]
    if last.upper() != last:
        keys.append(last.upper())
    if len(tokens) > 1:
        keys.append("^" + name_key(tokens[0]))
    return keys


class NameIndex(dict[str, list[Person]]):
    """`_index_keys` of every person -> people, oldest first; kept up to date person by person.

    Rebuilding it from all the people whenever one was added or renamed made documents naming many people
    quadratic; `sync` re-files only the people changed since the last call, at their place in the list.
    """

    def __init__(self, people: People) -> None:
        super().__init__()
        self._people = people
        self._ordinals: dict[str, list[int]] = {}  # parallel to each list: the people's positions
        self._keys: dict[int, list[str]] = {}  # id(person) -> the keys it is filed under
        self._synced = 0
        self.sync()

    def sync(self) -> None:
        changed = self._people.changed
        if self._synced == len(changed):
            return
        for p in changed[self._synced:]:
            ordinal = self._people.ordinal[id(p)]
            for key in self._keys.pop(id(p), ()):
                ords = self._ordinals[key]
                i = bisect.bisect_left(ords, ordinal)
                del ords[i]
                del self[key][i]
                if not ords:
                    del self[key], self._ordinals[key]
            keys = self._keys[id(p)] = _index_keys(p.tokens)
            for key in keys:
                ords = self._ordinals.setdefault(key, [])
                i = bisect.bisect_left(ords, ordinal)
                ords.insert(i, ordinal)
                self.setdefault(key, []).insert(i, p)
        self._synced = len(changed)

