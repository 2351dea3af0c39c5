"""`find_entities`: the stages in order (tokens, candidates, people, links, roles, handles, organisations)."""

from __future__ import annotations

import re
from collections import Counter

from bot.extract.facts import Entity
from bot.extract.people._candidates import Candidate, analyse_run, capitalised_runs, given_and_suffix, given_name_pairs
from bot.extract.people._countries import find_countries
from bot.extract.people._handles import link_handles
from bot.extract.people._headlines import headline_sentences
from bot.extract.people._merge import accept, link_run_tokens
from bot.extract.people._orgs import acronym_orgs, add_org
from bot.extract.people._persons import (
    NameIndex,
    People,
    by_surname,
    compatible,
    family_first,
    find_person,
    last_key,
    name_key,
)
from bot.extract.people._roles import roles_after_as
from bot.extract.people._tokens import CONNECTORS, SUFFIXES, is_stop, tokenise
from bot.extract.people_lexicon import NAME_MODIFIER_OF, ORG_SUFFIXES, given_names

_SEEN_LOWER = re.compile(r"\b[a-z][a-z'-]*\b")


def find_entities(text: str, sentences: list[tuple[int, int]]) -> list[Entity]:
    """People (with roles), countries and easily recognised organisations found in `text`."""
    toks = tokenise(text, sentences)
    seen_lower = set(_SEEN_LOWER.findall(text))
    runs = capitalised_runs(toks)

    headline = headline_sentences(toks, text)

    cap_counts = Counter(name_key(t.text) for t in toks if t.text[:1].isupper())
    people = People()
    taken: set[tuple[int, int]] = set()
    pending: list[tuple[int, int, Candidate | None]] = []
    orgs: dict[str, Entity] = {}

    for i, j in runs:
        if toks[i].sent in headline:
            pending.append((i, j, None))
            continue
        words = [t.text for t in toks[i:j]]
        if words[-1] in ORG_SUFFIXES and (len(words) > 1 or not toks[i].initial) \
                and not given_and_suffix(words):
            add_org(orgs, toks, i, j, text)
            continue
        cand = analyse_run(toks, i, j, text, seen_lower)
        if cand is None:
            pending.append((i, j, None))
            continue
        if not cand.evidence:
            pending.append((i, j, cand))
            continue
        accept(people, toks, cand, text, taken)

    index = NameIndex(people)
    for i, j, cand in pending:
        if cand is not None:
            core = [t.text for t in toks[cand.first:cand.last + 1]]
            known = find_person(people, core)
            if known is not None and ((len(core) == 1 and name_key(core[0]) == last_key(known.tokens)
                                       and by_surname(known))
                                      or (len(core) > 1 and compatible(known.tokens, core))):
                nxt = cand.last + 1
                if nxt < len(toks) and toks[nxt].text.lower() in NAME_MODIFIER_OF \
                        and not toks[cand.last].possessive:
                    continue
                accept(people, toks, cand, text, taken)
                continue
            if known is None and len(core) > 1 and last_key(core) in people.by_last \
                    and (core[0] in given_names() or (len(core[0]) == 2 and core[0].endswith("."))
                         or (not toks[cand.first].initial and core[0].lower() not in seen_lower)) \
                    and not any(is_stop(w) or w.isupper() for w in core):
                accept(people, toks, cand, text, taken)  # a relative: "Jeb Bush" beside "George W. Bush"
                continue
        for a, b in given_name_pairs(toks, i, j):
            if cap_counts[name_key(toks[b - 1].text)] > 1:  # the surname recurs: not "Carson Defends"
                accept(people, toks, Candidate(a, b - 1, a, a, True, []), text, taken)
        index.sync()
        link_run_tokens(index, toks, i, j, text, taken)

    roles_after_as(people, toks, text)
    link_handles(people, toks, text)

    out: list[Entity] = []
    for p in people:
        p.mentions.sort()
        words = [w for w in p.tokens if w not in SUFFIXES]
        if family_first(words):
            p.add_alias(words[0])  # "Xi"
        elif len(words) > 1 and len(words[-1]) > 2:
            at = len(words) - 1
            while at > 1 and words[at - 1] in CONNECTORS:
                at -= 1
            p.add_alias(" ".join(words[at:]))  # what users type: "Rubio", "de Blasio"
        out.append(Entity(name=p.name, kind="person", aliases=p.aliases, roles=p.roles, mentions=p.mentions))
    acronym_orgs(orgs, toks, text, taken)
    blocked = taken | {m for o in orgs.values() for m in o.mentions}
    out += find_countries(text, toks, blocked)
    out += orgs.values()
    return out
