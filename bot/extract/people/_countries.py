"""Countries by name, canonical ("United States" for "US", "U.S.", "America")."""

from __future__ import annotations

from functools import cache

from bot.extract.facts import Entity
from bot.extract.lexicon.countries import countries
from bot.extract.people._tokens import TOKEN, Tok
from bot.extract.spans import SpanIndex


def find_countries(text: str, toks: list[Tok], taken: set[tuple[int, int]]) -> list[Entity]:
    found: dict[str, Entity] = {}
    cmap = countries()
    index = _country_index()
    blocked = SpanIndex(taken)
    n = len(toks)
    k = 0
    while k < n:
        options = index.get(toks[k].text)
        if not options:
            k += 1
            continue
        for words in options:
            m = len(words)
            if k + m <= n and all(toks[k + x].text == words[x] for x in range(1, m)):
                break
        else:
            k += 1
            continue
        s, e = toks[k].start, toks[k + m - 1].end
        k += m
        if text[e:e + 1] == "$" or text[max(0, s - 8):s].endswith(("Air ", "Bank of ")):
            continue
        if blocked.overlaps(s, e):
            continue
        surface = text[s:e]
        name = cmap.get(surface) or cmap.get(" ".join(words), surface)
        ent = found.get(name)
        if ent is None:
            ent = found[name] = Entity(name=name, kind="country", aliases=[name] if name in text else [],
                                         rule="country_list")
        if surface not in ent.aliases:
            ent.aliases.append(surface)
        ent.mentions.append((s, e))
    return list(found.values())


@cache
def _country_index() -> dict[str, list[tuple[str, ...]]]:
    """First token of each country name -> the names' token sequences, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in countries():
        words = tuple(w.removesuffix("'s").removesuffix("’s") for w in TOKEN.findall(name))
        index.setdefault(words[0], []).append(words)
    for options in index.values():
        options.sort(key=len, reverse=True)
    return index

