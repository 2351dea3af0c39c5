"""Speaker mentions resolved to entities: who "he", "the minister" or "Modi" is in this document.

Resolution: an entity mention that overlaps, else an alias or surname match, else (for a pronoun or a
nominal) the most recent fitting entity mentioned before, else the mention's own words.
"""

from __future__ import annotations

import bisect
import re

from bot.extract.facts import Entity, EntityKind
from bot.extract.lexicon.speakers import (
    DETERMINERS,
    FEMALE_GIVEN_NAMES,
    FEMALE_WORDS,
    MALE_WORDS,
    ORGANISATION_HEADS,
    ORGANISATION_HINTS,
    PRONOUNS,
    RANKS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    TITLES,
)

_ORG_HINT = re.compile(r"\b(?:" + "|".join(ORGANISATION_HINTS) + r")\b", re.I)


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
        self.seen: list[tuple[int, str, EntityKind | None, list[str]]] = []  # own resolved speakers
        # (pronoun, want_person, want_gender) -> (the `seen` entries it may refer to, how many were looked at)
        self._seen_fitting: dict[tuple, tuple[list, int]] = {}
        self.quoted: list[tuple[int, int]] = []
        self.quoted_starts: list[int] = []
        self.gender = {e.name: g for e in entities if e.kind == "person" and (g := _gender(e))}

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
        words = self.text[s:t]
        low = words.lower()
        if low in PRONOUNS:
            return self._antecedent(s, pronoun=low)
        e = self.overlapping(s, t)
        if e is None and words[:1].isupper():
            e = self.by_alias(words)
        if e is not None:
            return e.name, e.kind
        toks = low.split()
        bare = [ROLE_ABBREVIATIONS.get(w, w) for w in toks if w not in DETERMINERS]
        if bare and all(w in TITLES or w in ROLE_NOUNS or w in ROLE_QUALIFIERS for w in " ".join(bare).split()):
            # a title alone: "the PM", "the President", "the external affairs minister"
            name, kind = self._antecedent(s, role=" ".join(bare))
            if name:
                return name, kind
        if toks and toks[0] in DETERMINERS:
            name, kind = self._antecedent(s, role=" ".join(toks[1:]))
            if name:
                return name, kind
            return words, _guess_kind(words)
        clean = _strip_titles(words)
        return (clean or words), _guess_kind(clean or words)

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Quotation spans: names inside quotations are never antecedents of the pronouns outside."""
        self.quoted = sorted(spans)
        self.quoted_starts = [q[0] for q in self.quoted]

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def _antecedent(self, pos: int, pronoun: str | None = None, role: str | None = None):
        """The nearest fitting entity mentioned before pos (outside quotations)."""
        head = role.split()[-1].rstrip("s") if role else None
        want_person = pronoun in ("he", "she", "i", "him", "her", "who") or (
            head is not None and head not in ORGANISATION_HEADS
        )
        want_gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun or "")
        k = bisect.bisect_left(self.starts, pos)
        fallback = None
        found: tuple[int, str, EntityKind | None] | None = None
        for j in range(k - 1, max(-1, k - 400), -1):
            a, b, e = self.spans[j]
            if b > pos or self._inside_quote(a):
                continue
            if want_person and e.kind != "person":
                continue
            if pronoun in ("it", "they", "we") and e.kind == "person":
                continue
            if want_gender and self.gender.get(e.name, want_gender) != want_gender:
                continue
            if head is not None:
                fit = self._role_fit(e, role or "", head)
                if fit == 0:
                    continue
                if fit == 1:  # "the minister" for a Prime Minister: only if nothing better is found
                    fallback = fallback or e
                    continue
            found = (a, e.name, e.kind)
            break
        if found is None and fallback is not None:
            return fallback.name, fallback.kind
        # a speaker named by a nominal earlier ("the prime minister said") is a mention too: take it when
        # it is more recent than the entity mention found
        if pronoun is not None:
            for p, name, kind, _ in reversed(self._seen_for(pronoun, want_person, want_gender)):
                if p >= pos:
                    continue
                if found is None or p > found[0]:
                    return name, kind
                break
        if found is not None:
            return found[1], found[2]
        return None, None

    @staticmethod
    def _role_fit(e: Entity, role: str, head: str) -> int:
        """2: the nominal names this entity's role ("the prime minister" / Prime Minister); 1: only its head
        matches a ranked title ("the minister" / Prime Minister); 0: no match."""
        if e.kind != "person":
            return 2 if head in e.name.lower() else 0
        best = 0
        words = [w for w in role.split() if w not in DETERMINERS]
        for r in e.roles:
            title = r.title.lower().split()
            if not title or head not in [w.rstrip("s") for w in title]:
                continue
            if all(w in title for w in words) and not any(w in RANKS for w in title if w not in words):
                return 2
            best = 1
        return best

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
    return re.sub(r"\s+", " ", s)


def _strip_titles(words: str) -> str:
    toks = words.replace("’s", "").replace("'s", "").split()
    while len(toks) > 1 and (toks[0].lower() in TITLES or toks[0].lower().rstrip(".") in TITLES
                             or toks[0].lower() in DETERMINERS or toks[0].islower()):
        toks.pop(0)
    return " ".join(toks).strip(" ,")


def _guess_kind(words: str) -> EntityKind | None:
    if _ORG_HINT.search(words):
        return "organisation"
    if words and words[0].isupper():
        return "person"
    return None
