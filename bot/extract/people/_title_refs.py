"""Title-only references: "the Russian leader", "The PM", "Delhi CM", "NASA's chief" name a person by the
office alone. Such a reference becomes an alias of the one person of the article who holds that office;
when nobody is stated to hold it, of the one person named in the sentence before it (the reference then
states that person's role: "Ratan Tata died. The chairman emeritus of the group was 86.").

The reference is an alias, not a mention: mentions are the names themselves (what MEANTIME scores).
"""

from __future__ import annotations

import bisect

from bot.extract.facts import Role
from bot.extract.lexicon.given_names import given_names
from bot.extract.lexicon.titles import (
    ABBREVIATED_TITLES,
    GENERIC_HEADS,
    HONORIFICS,
    LEADER_OFFICES,
    OFFICIAL_HEADS,
    POST_HEAD_WORDS,
    STRONG_TITLES,
    TENURE_WORDS,
    UNNAMED_OFFICES,
)
from bot.extract.people._persons import Person, add_role, surface_text
from bot.extract.people._roles import is_role_word, parse_role
from bot.extract.people._tokens import Tok, is_cap, is_stop

_SKIP = frozenset("of for the and &".split())
_ADJECTIVE_HEADS = frozenset("general major principal".split())  # heads only when capitalised


def link_title_references(people: list[Person], toks: list[Tok], text: str) -> None:
    """Bind every title-only reference in `toks` to the person who holds the title (see the module)."""
    if not people:
        return
    named = _NamedBefore(people, toks)
    holders: dict[tuple[str, str | None], tuple[Person, int] | None] = {}  # one look per office
    for k, t in enumerate(toks):
        if t.text.lower() not in _HEADS and t.text not in _ABBREVIATIONS:  # most tokens: one set look-up
            continue
        if not _head_here(toks, k):
            continue
        ref = _reference(toks, k, text)
        if ref is None:
            continue
        role, first, last = ref
        key = (role.title, role.qualifier)
        if key not in holders:
            holders[key] = _holder(people, role)
        held = holders[key]
        if held is None:
            person = named.only_before(first)
            if person is None or not _may_take(person, role, toks, first):
                continue
            add_role(person, role)
            holders.clear()  # the office is held now
        else:
            person = held[0]
            if held[1] == 2:
                add_role(person, role)  # "NASA's chief" of NASA's administrator: a role in its own words
        person.add_alias(surface_text(text, toks[first].start, toks[last].end))


_HEADS = STRONG_TITLES | OFFICIAL_HEADS | GENERIC_HEADS
_ABBREVIATIONS = frozenset(ABBREVIATED_TITLES) | frozenset(a + "." for a in ABBREVIATED_TITLES)


def _head_here(toks: list[Tok], k: int) -> bool:
    """Token k may end a title-only reference: a role head (or "PM", "CM") not followed by a name."""
    w = toks[k].text
    if w in _ADJECTIVE_HEADS:  # "general election", "major reform": lower case, these are adjectives
        return False
    if not (w.lower() in STRONG_TITLES or w.lower() in OFFICIAL_HEADS or w.lower() in GENERIC_HEADS
            or w.rstrip(".") in ABBREVIATED_TITLES):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
    if nxt is not None and nxt.text.islower() and is_role_word(nxt.text) and nxt.text not in POST_HEAD_WORDS:
        return False  # "chief executive", "head coach": the title goes on
    return nxt is None or not (nxt.text[:1].isalpha() and is_cap(nxt.text) and nxt.text.lower() not in _SKIP)


def _reference(toks: list[Tok], k: int, text: str) -> tuple[Role, int, int] | None:
    """(role, indices of its first and last tokens) of the reference ending at head k: "the [qualifier] [modifiers] HEAD
    [of the X]" or "QUALIFIER HEAD" ("Delhi CM", "NASA's chief"); None when the words are no reference."""
    sent = toks[k].sent
    i = k
    while i > 0 and toks[i - 1].sent == sent and k - i < 6 and toks[i - 1].text[:1].isalpha() and (
            is_role_word(toks[i - 1].text) or toks[i - 1].text.lower() in TENURE_WORDS
            or (is_cap(toks[i - 1].text) and not is_stop(toks[i - 1].text))):
        i -= 1
        if toks[i].possessive:
            break
    article = i > 0 and toks[i - 1].sent == sent and toks[i - 1].text in ("the", "The")
    if article:
        i -= 1
    elif i == k or not (is_cap(toks[i].text) and not toks[i].initial) or _names_someone(toks[i:k]):
        return None  # without "the", a qualifier must come first: "Delhi CM", not "minister", not "Larry King"
    end = k + 1
    while end < len(toks) and toks[end].sent == sent and toks[end].text.lower() in POST_HEAD_WORDS:
        end += 1  # "chairman emeritus"
    if end + 1 < len(toks) and toks[end].text == "of" and toks[end].sent == sent:  # "of the Tata group"
        m = end + 1
        while m < len(toks) and toks[m].sent == sent and toks[m].text[:1].isalpha() and m - end < 6 \
                and (toks[m].text == "the" or is_cap(toks[m].text) or toks[m].text.islower()):
            m += 1
            got = parse_role(toks[i:m], text, "title_only_reference")
            if got is not None:
                end = m
    got = parse_role(toks[i:end], text, "title_only_reference")
    if got is None or (not article and got[0].qualifier is None):
        return None
    return got[0], i, end - 1


def _names_someone(words: list[Tok]) -> bool:
    """Words before a head that name a person, not a place or an organisation: "Larry" King, "Mr." King."""
    return any(w.text in given_names() or w.text.rstrip(".") in HONORIFICS for w in words)


def _words(title: str) -> list[str]:
    out: list[str] = []
    for w in title.split():
        expanded = ABBREVIATED_TITLES.get(w.rstrip("."))
        out += (expanded or w).lower().split()
    return [w for w in out if w not in _SKIP]


def _same_place(a: str, b: str) -> bool:
    """'Russian' ~ 'Russia', 'Maldivian' ~ 'Maldives', 'Kremlin' ~ 'Kremlin': equal or sharing 4 letters."""
    a, b = a.lower().removeprefix("the "), b.lower().removeprefix("the ")
    return a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])


def _holds(held: Role, ref: Role) -> int:
    """How well a role a person holds matches the reference: 2 with the same qualifier, 1 compatible, 0 not."""
    have, want = _words(held.title), _words(ref.title)
    if {w for w in have if w in TENURE_WORDS} != {w for w in want if w in TENURE_WORDS}:
        return 0  # a former minister is not the minister
    head = want[-1] if want else ""
    if head in GENERIC_HEADS:  # "the defense chief" ~ "Defense Minister": its other words, and a qualifier
        if not set(want[:-1]) <= set(have) or not have:
            return 0
        if head == "leader" and " ".join(w for w in have if w not in TENURE_WORDS) not in LEADER_OFFICES:
            return 0
        if ref.qualifier and not (held.qualifier and _same_place(ref.qualifier, held.qualifier)):
            return 0  # "the Iraqi leader" is not the (American) president
    elif want != have:
        return 0  # "the secretary" is not the deputy secretary, "the U.S. attorney" not the attorney general
    if ref.qualifier and held.qualifier:
        return 2 if _same_place(ref.qualifier, held.qualifier) else 0
    return 1


def _holder(people: list[Person], ref: Role) -> tuple[Person, int] | None:
    """The one person holding the referenced office (the one with the same qualifier when several do), with
    how well it matched (2: the same qualifier)."""
    scored = [(max((_holds(r, ref) for r in p.roles), default=0), p) for p in people]
    for level in (2, 1):
        found = [p for s, p in scored if s >= level]
        if len(found) == 1:
            return found[0], level
        if len(found) > 1:
            return None
    return None


def _may_take(person: Person, role: Role, toks: list[Tok], first: int) -> bool:
    """A person named alone before an office nobody holds takes it when the reference opens its sentence
    or has a qualifier of its own ("The PM said", "Delhi CM"), names an office that is not often left
    unnamed (not "the president", "the pope"), and the person holds no other office."""
    head = [w for w in _words(role.title) if w not in POST_HEAD_WORDS][-1:] or [""]  # "chairman emeritus"
    if head[0] in GENERIC_HEADS or head[0] not in OFFICIAL_HEADS or head[0] in UNNAMED_OFFICES:
        return False
    opens = first == 0 or toks[first - 1].sent != toks[first].sent
    if not opens and role.qualifier is None:
        return False
    return not any(_words(r.title)[-1:] and _words(r.title)[-1] in OFFICIAL_HEADS for r in person.roles)


class _NamedBefore:
    """Who is named before a token: the reference to an office nobody holds is bound by salience only when
    one person alone has been named so far, in its sentence or the one before ("Sunak announced the date.
    The PM said ..."), never when others were named earlier (an unnamed president is often meant)."""

    def __init__(self, people: list[Person], toks: list[Tok]) -> None:
        self.toks = toks
        by_start = {s: p for p in people for s, _ in p.mentions}
        self.starts: list[int] = []  # start offset of each mention, in text order
        self.last: list[tuple[int, Person]] = []  # (sentence, person) of that mention
        self.alone: list[bool] = []  # whether one person alone is named up to that mention
        seen: set[int] = set()
        for t in toks:
            p = by_start.get(t.start)
            if p is not None:
                seen.add(id(p))
                self.starts.append(t.start)
                self.last.append((t.sent, p))
                self.alone.append(len(seen) == 1)

    def only_before(self, k: int) -> Person | None:
        """The one person named before token k in the document, if named in its sentence or the one before."""
        at = bisect.bisect_left(self.starts, self.toks[k].start)
        if at == 0 or not self.alone[at - 1]:
            return None
        sent, person = self.last[at - 1]
        return person if sent >= self.toks[k].sent - 1 else None
