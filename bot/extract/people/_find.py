"""`find_entities`: the stages in order (tokens, candidates, people, links, roles, handles, organisations)."""

from __future__ import annotations

import re

from bot.extract.facts import Entity
from bot.extract.lexicon.names import NAME_CONNECTORS, NAME_SUFFIXES
from bot.extract.lexicon.organisations import ORG_SUFFIXES
from bot.extract.people._candidates import analyse_run, capitalised_runs, given_and_suffix
from bot.extract.people._context import accept_in_context
from bot.extract.people._countries import find_countries
from bot.extract.people._deeds import roles_from_medals
from bot.extract.people._handles import link_handles
from bot.extract.people._headlines import headline_sentences
from bot.extract.people._merge import Pending, accept, link_pending
from bot.extract.people._orgs import acronym_orgs, add_org
from bot.extract.people._persons import People, Person, family_first
from bot.extract.people._roles import roles_after_as
from bot.extract.people._title_refs import link_title_references
from bot.extract.people._tokens import Tok, tokenise

_SEEN_LOWER = re.compile(r"[a-z](?<!\w[a-z])[a-z'-]*\b")  # \b[a-z]..., its word start checked after the letter


def find_entities(text: str, sentences: list[tuple[int, int]]) -> list[Entity]:
    """People (with roles), countries and easily recognised organisations found in `text`."""
    toks = tokenise(text, sentences)
    seen_lower = set(_SEEN_LOWER.findall(text))  # words also written in lower case: ordinary words
    people = People()
    taken: set[tuple[int, int]] = set()  # the spans of person mentions
    orgs: dict[str, Entity] = {}
    runs = capitalised_runs(toks)
    pending = _accept_evident(runs, toks, text, seen_lower, people, taken, orgs)
    link_pending(pending, toks, text, seen_lower, people, taken)
    accept_in_context(pending, runs, toks, text, seen_lower, people, taken)
    roles_after_as(people, toks, text)
    roles_from_medals(people, toks, text)
    link_title_references(people, toks, text)
    link_handles(people, toks, text)
    out = [_person_entity(p) for p in people]
    acronym_orgs(orgs, toks, text, taken)
    blocked = taken | {m for o in orgs.values() for m in o.mentions}
    out += find_countries(text, toks, blocked)
    out += orgs.values()
    return out


def _accept_evident(runs: list[tuple[int, int]], toks: list[Tok], text: str, seen_lower: set[str],
                    people: People, taken: set[tuple[int, int]], orgs: dict[str, Entity]) -> list[Pending]:
    """First pass over the runs: organisations, and the people with evidence of their own. Returns the
    runs left for the second pass (headlines, runs without evidence), with their candidate if any."""
    headline = headline_sentences(toks, text)
    pending: list[Pending] = []
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
        if cand is None or not cand.evidence:
            pending.append((i, j, cand))
            continue
        accept(people, toks, cand, text, taken)
    return pending


def _person_entity(p: Person) -> Entity:
    """The Entity for a person, with the alias users type: the surname ("Rubio", "de Blasio") or "Xi"."""
    p.mentions.sort()
    words = [w for w in p.tokens if w not in NAME_SUFFIXES]
    if family_first(words):
        p.add_alias(words[0])  # "Xi"
    elif len(words) > 1 and len(words[-1]) > 2:
        at = len(words) - 1
        while at > 1 and words[at - 1] in NAME_CONNECTORS:
            at -= 1
        p.add_alias(" ".join(words[at:]))  # what users type: "Rubio", "de Blasio"
    return Entity(name=p.name, kind="person", aliases=p.aliases, roles=p.roles, mentions=p.mentions, rule=p.rule)
