"""Accepting a candidate as a person, and linking later mentions (surname alone, headline) to known people."""

from __future__ import annotations

from collections import Counter

from bot.extract.lexicon.given_names import given_names
from bot.extract.lexicon.names import NAME_MODIFIER_OF
from bot.extract.lexicon.organisations import ORG_SUFFIXES
from bot.extract.lexicon.places import PLACE_PREPOSITIONS, PLACES
from bot.extract.people._candidates import Candidate, given_name_pairs
from bot.extract.people._persons import (
    NameIndex,
    People,
    Person,
    add_role,
    by_surname,
    compatible,
    find_person,
    last_key,
    name_key,
    only,
    surface_text,
)
from bot.extract.people._tokens import Tok, is_stop


def link_run_tokens(index: dict[str, list[Person]], toks: list[Tok], i: int, j: int, text: str,
                     taken: set[tuple[int, int]], seen_lower: set[str] | None = None) -> None:
    """Find known people's names inside a run that was not itself accepted (headline, sentence start); a
    given name alone opening a sentence only when it is never written in lower case (`seen_lower`)."""
    k = i
    while k < j:
        w = name_key(toks[k].text)
        found: tuple[Person, int] | None = None
        for p in reversed(index.get("^" + w, ())):
            n = len(p.tokens)
            if k + n <= j and compatible(p.tokens, [t.text for t in toks[k:k + n]]):
                found = (p, n)
                break
        if found is None and index.get(w):
            p = index[w][-1]
            if by_surname(p):
                found = (p, 1)
        if found is None and j - i == 1 and not _at_place(toks, k) and (
                not toks[k].initial or (seen_lower is not None and w.lower() not in seen_lower)):
            given = only(p for p in index.get("^" + w, ()) if len(p.tokens) > 1 and name_key(p.tokens[0]) == w)
            if given is not None:
                found = (given, 1)  # "in Rohit's absence": Rohit Sharma
        if found is None:
            k += 1
            continue
        p, n = found
        nxt = k + n
        if (nxt < j and toks[nxt].text in ORG_SUFFIXES) or (
                nxt < len(toks) and toks[nxt].text.lower() in NAME_MODIFIER_OF and not toks[nxt - 1].possessive):
            k = nxt
            continue
        span = (toks[k].start, toks[nxt - 1].end)
        if span not in taken:
            p.add_mention(span)
            surface = surface_text(text, *span)
            if not surface.isupper():  # "TRUMP" in a capitals headline is a mention, not a new alias
                p.add_alias(surface)
            taken.add(span)
        k = nxt


def _at_place(toks: list[Tok], k: int) -> bool:
    """'in Cleveland', 'from Charlotte': a given name after a preposition of place is more likely a place (not
    "in Rohit's absence")."""
    return not toks[k].possessive and (toks[k].text in PLACES or (
        k > 0 and toks[k - 1].sent == toks[k].sent and toks[k - 1].text.lower() in PLACE_PREPOSITIONS))


def accept(people: People, toks: list[Tok], cand: Candidate, text: str,
            taken: set[tuple[int, int]]) -> None:
    core = [t.text for t in toks[cand.first:cand.last + 1]]
    p = find_person(people, core)
    if p is None and len(core) == 1 and not _at_place(toks, cand.first):
        p = people.given(core[0])  # "Rohit" after "Rohit Sharma": called by the given name
    if p is None:
        p = Person(tokens=core, rule=cand.rule)
        people.add(p)
    elif len(core) > len(p.tokens) or (len(core) == len(p.tokens) and len(" ".join(core)) > len(p.name)):
        people.rename(p, core)
    span = (toks[cand.first].start, toks[cand.last].end)
    p.add_mention(span)
    taken.add(span)
    if len(core) == 1 and cand.title_first < cand.first and name_key(core[0]) == last_key(p.tokens):
        p.surname_alone = True
    p.add_alias(surface_text(text, *span))
    if cand.title_first < cand.first:
        p.add_alias(surface_text(text, toks[cand.title_first].start, span[1]))
    if cand.prefix_first < cand.title_first:
        p.add_alias(surface_text(text, toks[cand.prefix_first].start, span[1]))
    for r in cand.roles:
        add_role(p, r)


Pending = tuple[int, int, Candidate | None]  # a run [i, j) left for the second pass, with its candidate


def link_pending(pending: list[Pending], toks: list[Tok], text: str, seen_lower: set[str], people: People,
                 taken: set[tuple[int, int]]) -> None:
    """Second pass, once the people with evidence are known: candidates naming a known person or a relative,
    given name + surname pairs inside headlines and refused runs, and known names inside any of them."""
    cap_counts: Counter[str] | None = None  # counted at the first given name + surname pair (few texts have one)
    index = NameIndex(people)
    for i, j, cand in pending:
        if cand is not None and _accept_known(cand, toks, text, seen_lower, people, taken):
            continue
        for a, b in given_name_pairs(toks, i, j):
            if cap_counts is None:
                cap_counts = Counter(name_key(t.text) for t in toks if t.text[:1].isupper())
            if cap_counts[name_key(toks[b - 1].text)] > 1:  # the surname recurs: not "Carson Defends"
                accept(people, toks, Candidate(a, b - 1, a, a, True, [], "given_name_pair"), text, taken)
        index.sync()
        link_run_tokens(index, toks, i, j, text, taken, seen_lower)


def _accept_known(cand: Candidate, toks: list[Tok], text: str, seen_lower: set[str], people: People,
                  taken: set[tuple[int, int]]) -> bool:
    """Accept a candidate without evidence of its own that names a known person, or a relative of one
    ("Jeb Bush" beside "George W. Bush"); True when the run needs nothing more."""
    core = [t.text for t in toks[cand.first:cand.last + 1]]
    known = find_person(people, core)
    if known is not None and _names_known(known, core):
        nxt = cand.last + 1
        if not (nxt < len(toks) and toks[nxt].text.lower() in NAME_MODIFIER_OF and not toks[cand.last].possessive):
            accept(people, toks, cand, text, taken)
        return True  # "the Trump administration" names nobody new either way
    if known is None and _relative_of_known(people, toks, cand, core, seen_lower):
        cand.rule = "relative_of_known"
        accept(people, toks, cand, text, taken)
        return True
    return False


def _names_known(known: Person, core: list[str]) -> bool:
    """The surname alone of a person who may be called so, or a compatible longer name."""
    if len(core) == 1:
        return name_key(core[0]) == last_key(known.tokens) and by_surname(known)
    return compatible(known.tokens, core)


def _relative_of_known(people: People, toks: list[Tok], cand: Candidate, core: list[str],
                       seen_lower: set[str]) -> bool:
    """A full name whose surname is a known person's ("Jeb Bush" beside "George W. Bush"), led by a given
    name, an initial or an unusual word, with no function word or acronym in it."""
    first = core[0]
    led_by_name = first in given_names() or (len(first) == 2 and first.endswith(".")) or (
        not toks[cand.first].initial and first.lower() not in seen_lower)
    return len(core) > 1 and last_key(core) in people.by_last and led_by_name \
        and not any(is_stop(w) or w.isupper() for w in core)
