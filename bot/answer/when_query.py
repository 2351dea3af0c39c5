"""What a /when query asks about: the people and organisations it names, its event words, its other words.

"Modi Muizzu talks at Hyderabad House" names two people (found through the alias index, typos forgiven as
/who forgives them), has one event word (talks, a conversation) and two other words (Hyderabad, House).
Names of people and organisations must be mentioned by the evidence; countries and places are words like
the others ("UK general election" is dated by a sentence that never says "UK").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from bot.answer.query_words import RELATED, phrases, surface_forms, token_keys
from bot.answer.when_said import is_reporting
from bot.extract.event_words import EVENT_LEXICON, STOP_WORDS, event_keys
from bot.store import Reads
from bot.store.when_reads import WhenName
from bot.textnorm import normalize_name

__all__ = ["Name", "Term", "WhenQuery", "understand", "words_with_spans"]

REQUIRED_KINDS = frozenset({"person", "organisation"})
FUZZY = 85.0  # a query word this close to an alias word (rapidfuzz ratio) is that word, mistyped
EVENT_WEIGHT = 1.5  # event words count more than other words towards how much of the query evidence covers
PROPER_WEIGHT = 3.0  # a capitalised word that is not a known name: probably a name all the same
MAX_FTS_TERMS = 5
# Words that are a title, not a name: an alias made only of these ("President", "the PM") names nobody.
TITLE_WORDS = frozenset(
    """president presidents vice prime minister ministers pm cm chief chairman chairperson chairwoman chair
    secretary spokesman spokeswoman spokesperson leader premier chancellor king queen prince princess judge
    justice governor mayor senator ambassador general director ceo founder head commissioner officer mr mrs
    ms dr sir dame lord lady the a an former acting deputy new late union state foreign defence defense
    finance home external affairs administrator captain coach skipper""".split()
)
_MODIFIER = re.compile(r"\b(?:post|pre|after|non)-(\w+)")  # "post-landing briefing": the briefing is the event
_WHOLE = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_RAW = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Name:
    """A person or organisation the query names."""

    entity_ids: frozenset[int]
    kind: str
    words: tuple[str, ...]  # the query's own words for it, normalised ("muizzu")
    forms: frozenset[tuple[str, ...]]  # every alias of the entities, as words (titles alone left out)
    titles: frozenset[str]  # title words of its aliases ("president"): a bare title can refer to it

    @property
    def fts(self) -> str:
        """Its names for the full-text index; an organisation also by its head word ("the council")."""
        phrases = {self.words} | {f for f in self.forms if len(f) <= 3}
        if self.kind != "person":
            phrases |= {f[-1:] for f in self.forms if len(f) > 1}
        return " OR ".join(f'"{" ".join(p)}"' for p in sorted(_shortest(phrases)))


def _shortest(phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The phrases that contain no other: "visser" matches every sentence "anna visser" does, so an OR of both
    matches the same sentences — and a surname shared by fifty people is one term to the index, not fifty."""
    def contains(p: tuple[str, ...], q: tuple[str, ...]) -> bool:
        return len(q) < len(p) and any(p[i:i + len(q)] == q for i in range(len(p) - len(q) + 1))
    return {p for p in phrases if p and not any(contains(p, q) for q in phrases)}


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the query other than a name: its lemma (literal match) and event key (synonym match)."""

    surface: str
    lemma: str
    group: str
    weight: float
    event: bool = False  # an event word ("resign", "summit"), not a name or another word
    proper: bool = False  # capitalised in the query and no known name: probably a name all the same
    also: tuple[str, ...] = ()  # other words for the full-text index ("found guilty": convict, conviction)

    @property
    def fts(self) -> str:
        forms = sorted(surface_forms(self.surface) | set(self.also)) if self.surface else [self.group]
        return "(" + " OR ".join(f'"{f}"' for f in forms) + ")"


@dataclass(slots=True)
class WhenQuery:
    text: str
    names: list[Name] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # event keys of the non-name words, for the event index
    literal: str = ""  # the non-name words as typed (folded): evidence in the user's own words is cited first
    reporting: bool = False  # "Peskov says …": the day of the statement is asked, not of what it is about

    @property
    def fts(self) -> str | None:
        """Sentences naming a name and having a word of the query; without names, two words at least.
        (Ranking then asks for every name, or half of several when no sentence has them all.)"""
        terms = self._fts_terms
        if self.names:
            clause = "(" + " OR ".join(n.fts for n in self.names) + ")"
            return clause + (" AND (" + " OR ".join(t.fts for t in terms) + ")" if terms else "")
        if len(terms) >= 2:
            return " OR ".join(f"({a.fts} AND {b.fts})" for i, a in enumerate(terms) for b in terms[i + 1:])
        return terms[0].fts if terms else None

    @property
    def fts_tiers(self) -> list[str]:
        """The full-text queries for candidates, narrowest first: sentences with every name and every word,
        then (when those are too few) `fts`. Each is read unranked, newest first (bot/store/when_reads.py)."""
        broad = self.fts
        if broad is None:
            return []
        parts = [n.fts for n in self.names] + [t.fts for t in self._fts_terms]
        narrow = " AND ".join(f"({p})" for p in parts) if len(parts) >= 2 else broad
        return [narrow, broad] if narrow != broad else [broad]

    @property
    def _fts_terms(self) -> list[Term]:
        return sorted(self.terms, key=lambda t: (-t.weight, -len(t.surface)))[:MAX_FTS_TERMS]

    @property
    def head(self) -> Term | None:
        """The first event word of the query: in "X announces the parade date", the event is the announcing."""
        return next((t for t in self.terms if t.event), None)

    @property
    def broad(self) -> bool:
        """One word and no name ('/when election'): full-text ranking over every sentence would be slow."""
        return not self.names and len(self.terms) < 2


def words_with_spans(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """Normalised words of a text with their spans ('Putin-Erdogan' → putin, erdogan)."""
    out = []
    for m in _RAW.finditer(text):
        for w in _normal(m.group()):
            out.append((w, base + m.start(), base + m.end()))
    return out


@lru_cache(maxsize=65536)
def _normal(word: str) -> tuple[str, ...]:
    return tuple(normalize_name(word).split())


async def understand(store: Reads, text: str) -> WhenQuery:
    spans = words_with_spans(text)
    words = [w for w, _, _ in spans]
    content = [w for w in words if len(w) >= 2 and not w.isdigit() and w not in STOP_WORDS]
    prefixes = sorted({w[:3] for w in content if len(w) >= 5})
    rows = await store.when_names(sorted(set(content)), prefixes) if content else []
    names, used = _names(words, rows)
    rest = [w for i, w in enumerate(words) if i not in used]
    known = {t for r in rows for t in r.norm.split()}
    proper = {w for w, a, _ in spans if text[a].isupper() and len(w) >= 3 and w not in known}
    if len(proper) >= 3 and len(proper) == len({w for w in content if len(w) >= 3}):
        proper = set()  # Title Case Typed: capitals say nothing
    # "Peskov on talks with parade guests": a name then "on" is what the person said about something
    said_on = any(i in used and i + 1 < len(words) and words[i + 1] == "on" for i in range(len(words)))
    whole = _WHOLE.findall(text.lower())  # "post-landing" is no post
    terms = _terms(rest, proper, set(_MODIFIER.findall(text.lower())))
    keys = event_keys(" ".join(rest)) | {t.group for t in terms if t.also}
    return WhenQuery(text, names, terms, keys, " ".join(rest), said_on or is_reporting(whole))


def _forms(rows: list[WhenName]) -> dict[int, set[tuple[str, ...]]]:
    forms: dict[int, set[tuple[str, ...]]] = {}
    for r in rows:
        tokens = tuple(t.lstrip("@") for t in r.norm.split())
        if tokens and not all(t in TITLE_WORDS for t in tokens):
            forms.setdefault(r.entity_id, set()).add(tokens)
    return forms


def _same(query_word: str, alias_word: str) -> bool:
    if query_word == alias_word:
        return True
    return len(query_word) >= 4 and len(alias_word) >= 4 and fuzz.ratio(query_word, alias_word) >= FUZZY


def _names(words: list[str], rows: list[WhenName]) -> tuple[list[Name], set[int]]:
    """Longest alias matches first; entities matching the same words equally well form one name."""
    kinds = {r.entity_id: r.kind for r in rows}
    forms = _forms(rows)
    spans: dict[tuple[int, int], set[int]] = {}
    for entity_id, entity_forms in forms.items():
        for form in entity_forms:
            n = len(form)
            for i in range(len(words) - n + 1):
                if all(_same(w, a) for w, a in zip(words[i:i + n], form, strict=True)):
                    spans.setdefault((i, i + n), set()).add(entity_id)
    used: set[int] = set()
    names = []
    for (i, j), ids in sorted(spans.items(), key=lambda s: (-(s[0][1] - s[0][0]), s[0][0])):
        kind = "person" if any(kinds[e] == "person" for e in ids) else kinds[min(ids)]
        if used & set(range(i, j)) or kind not in REQUIRED_KINDS:
            continue  # a country or place is a word like the others
        used |= set(range(i, j))
        all_forms = frozenset(f for e in ids for f in forms[e])
        titles = frozenset(w for r in rows if r.entity_id in ids for w in r.norm.split() if w in TITLE_WORDS)
        names.append(Name(frozenset(ids), kind, tuple(words[i:j]), all_forms, titles - {"the", "a", "an"}))
    return names, used


def _terms(words: list[str], proper: set[str], modifiers: frozenset[str] | set[str] = frozenset()) -> list[Term]:
    """Each word once; an event word weighs more, and so does a capitalised word that names nobody known
    ("Biden" when no source has him: "Modi met Biden" is not dated by another meeting of Modi's). A phrase
    ("found guilty", "touches down") is one event word; a word after "post-" or "pre-" is none."""
    terms: dict[str, Term] = {}
    text = " ".join(words)
    starts = list(itertools.accumulate((len(w) + 1 for w in words[:-1]), initial=0))
    taken: set[int] = set()
    for written, a, b, lem, key in phrases(text):
        taken |= {i for i, at in enumerate(starts) if a <= at < b}
        terms.setdefault(lem, Term(written, lem, key, EVENT_WEIGHT, True, also=(lem, key)))
    for i, w in enumerate(words):
        lemma, group = token_keys(w)
        if i in taken or not lemma or lemma in terms:
            continue
        event = w not in modifiers and (group in EVENT_LEXICON or group in _RELATED_KEYS
                                        or any(f in EVENT_LEXICON for f in surface_forms(w)))
        weight = PROPER_WEIGHT if w in proper else EVENT_WEIGHT if event else 1.0
        terms[lemma] = Term(w, lemma, group, weight, event, w in proper)
    groups = {t.group for t in terms.values()} | {k for t in terms.values() for k in event_keys(t.surface)}
    rest = " ".join(w for i, w in enumerate(words) if i not in taken)
    for key in sorted(event_keys(rest) - groups):  # a multi-word expression: "sworn in"
        terms.setdefault(key, Term("", "", key, EVENT_WEIGHT, True))
    return list(terms.values())


_RELATED_KEYS = frozenset(RELATED.values())
