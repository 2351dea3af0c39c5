"""Organisations: a capitalised name ending in an organisation word, or spelled out before its acronym."""

from __future__ import annotations

from bot.extract.facts import Entity
from bot.extract.lexicon.countries import countries
from bot.extract.lexicon.organisations import ACRONYM_SKIP_WORDS
from bot.extract.people._persons import surface_text
from bot.extract.people._tokens import Tok, is_stop
from bot.extract.spans import SpanIndex


def add_org(orgs: dict[str, Entity], toks: list[Tok], i: int, j: int, text: str) -> None:
    while i < j - 1 and (is_stop(toks[i].text) or toks[i].text in countries()):
        i += 1
    name = surface_text(text, toks[i].start, toks[j - 1].end)
    ent = orgs.get(name)
    if ent is None:
        ent = orgs[name] = Entity(name=name, kind="organisation", aliases=[name], rule="org_suffix")
    ent.mentions.append((toks[i].start, toks[j - 1].end))


def acronym_orgs(orgs: dict[str, Entity], toks: list[Tok], text: str, taken: set[tuple[int, int]]) -> None:
    """'United States Air Force (USAF)': the capitalised words whose initials spell the acronym in brackets
    are an organisation, the acronym its alias, and the acronym's later uses its mentions."""
    by_acr: dict[str, Entity] = {}
    blocked = SpanIndex(taken)
    for k in range(1, len(toks) - 2):
        if toks[k].text != "(":  # most tokens: no call
            continue
        acr = _bracketed_acronym(toks, k)
        if acr is None:
            continue
        first = _spelled_out(toks, k, acr)
        if first < 0:
            continue
        span = (toks[first].start, toks[k - 1].end)
        name = surface_text(text, *span)
        if name in countries() or blocked.overlaps(*span):
            continue
        ent = orgs.get(name)
        if ent is None:
            ent = orgs[name] = Entity(name=name, kind="organisation", aliases=[name], mentions=[span],
                                       rule="acronym_spelled_out")
        if acr not in ent.aliases:
            ent.aliases.append(acr)
        by_acr[acr] = ent
    if by_acr:
        _acronym_mentions(by_acr, toks)


def _bracketed_acronym(toks: list[Tok], k: int) -> str | None:
    """The acronym in "(USAF)" when token k opens it: 2 to 6 capital letters."""
    if toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    acr = toks[k + 1].text
    return acr if 2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper() else None


def _spelled_out(toks: list[Tok], k: int, acr: str) -> int:
    """The first of the capitalised words before token k whose initials spell `acr` (skipping "of", "and"...),
    -1 when they do not."""
    letters: list[str] = []
    first = -1
    m = k - 1
    while m >= 0 and toks[m].sent == toks[k].sent and len(letters) < len(acr):
        w = toks[m].text
        if w.lower() in ACRONYM_SKIP_WORDS and letters:
            m -= 1
            continue
        if not (w[:1].isalpha() and w[:1].isupper()):
            break
        letters.append(w[0])
        first = m
        m -= 1
    return first if first >= 0 and "".join(reversed(letters)) == acr else -1


def _acronym_mentions(by_acr: dict[str, Entity], toks: list[Tok]) -> None:
    """Every use of an acronym is a mention of its organisation."""
    seen = {id(ent): set(ent.mentions) for ent in by_acr.values()}
    for t in toks:
        ent = by_acr.get(t.text)
        if ent is not None and (t.start, t.end) not in seen[id(ent)]:
            seen[id(ent)].add((t.start, t.end))
            ent.mentions.append((t.start, t.end))
    for ent in by_acr.values():
        ent.mentions.sort()
