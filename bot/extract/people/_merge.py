"""Accepting a candidate as a person, and linking later mentions (surname alone, headline) to known people."""

from __future__ import annotations

from bot.extract.people._candidates import Candidate
from bot.extract.people._persons import (
    People,
    Person,
    add_role,
    by_surname,
    compatible,
    find_person,
    name_key,
    surface_text,
)
from bot.extract.people._tokens import Tok
from bot.extract.people_lexicon import NAME_MODIFIER_OF, ORG_SUFFIXES


def link_run_tokens(index: dict[str, list[Person]], toks: list[Tok], i: int, j: int, text: str,
                     taken: set[tuple[int, int]]) -> None:
    """Find known people's names inside a run that was not itself accepted (headline, sentence start)."""
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



def accept(people: People, toks: list[Tok], cand: Candidate, text: str,
            taken: set[tuple[int, int]]) -> None:
    core = [t.text for t in toks[cand.first:cand.last + 1]]
    p = find_person(people, core)
    if p is None:
        p = Person(tokens=core)
        people.add(p)
    elif len(core) > len(p.tokens) or (len(core) == len(p.tokens) and len(" ".join(core)) > len(p.name)):
        people.rename(p, core)
    span = (toks[cand.first].start, toks[cand.last].end)
    p.add_mention(span)
    taken.add(span)
    if len(core) == 1 and cand.title_first < cand.first:
        p.surname_alone = True
    p.add_alias(surface_text(text, *span))
    if cand.title_first < cand.first:
        p.add_alias(surface_text(text, toks[cand.title_first].start, span[1]))
    if cand.prefix_first < cand.title_first:
        p.add_alias(surface_text(text, toks[cand.prefix_first].start, span[1]))
    for r in cand.roles:
        add_role(p, r)

