"""Roles from deeds: when the article gives no title, what a person did may state one. A medal won makes a
medallist: "Sreeshankar clinched the silver in the men's long jump" -> "silver medallist" (qualifier "men's
long jump"), given to the subject of the verb ("X clinched", "X on Thursday claimed"), to the person named
before "for/on/after winning" ("hailed X for winning the silver"), or to the owner of the medal ("X's
silver medal"). Only medals: other deeds ("won the election", "won the case") name no role on their own.
"""

from __future__ import annotations

import re

from bot.extract.facts import Role
from bot.extract.lexicon.calendar import WEEKDAY_NAMES
from bot.extract.lexicon.titles import MEDAL_VERBS, MEDALS
from bot.extract.people._persons import Person, add_role
from bot.extract.people._tokens import Tok, is_stop

_DETERMINERS = frozenset("the a an his her their its".split())
_BEFORE_VERB = frozenset("also later then".split())
_BEFORE_GERUND = frozenset("for on after by".split())
_AFTER_MEDAL = frozenset("medal medals".split())
_EVENT_STOPS = frozenset("event events final category".split())  # "in the 100m final": not the event's name
_MAX_EVENT = 6
_METAL_FORMS = frozenset(f for w in MEDALS for f in (w, w.capitalize(), w.upper()))
_METAL = re.compile("|".join(sorted(_METAL_FORMS)))  # no token is a metal if none is in the text: a quick scan


def roles_from_medals(people: list[Person], toks: list[Tok], text: str) -> None:
    """Give "<metal> medallist" to whoever won a medal (see the module)."""
    if not people or _METAL.search(text) is None:  # most texts name no medal
        return
    by_end: dict[int, Person] = {e: p for p in people for _, e in p.mentions}
    for k, t in enumerate(toks):
        if t.text not in _METAL_FORMS or not _medal_here(toks, k):
            continue
        person = _winner(toks, k, by_end)
        if person is None:
            continue
        end = k + 1 if k + 1 < len(toks) and toks[k + 1].text.lower() in _AFTER_MEDAL else k
        title = f"{t.text.lower()} medallist"
        add_role(person, Role(title, _event(toks, end + 1, text), t.start, toks[end].end, "medal_won"))


def _medal_here(toks: list[Tok], k: int) -> bool:
    """A metal as a medal: "the gold", "the silver medal", "gold in ...", not "the gold standard"."""
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
    return nxt is None or nxt.text.lower() in _AFTER_MEDAL or not nxt.text[:1].isalpha() or is_stop(nxt.text)


def _winner(toks: list[Tok], k: int, by_end: dict[int, Person]) -> Person | None:
    """Who won the medal at token k: the owner ("X's silver medal"), the subject of the verb before it, or the
    person named before "for/on winning"."""
    sent = toks[k].sent
    q = k - 1
    if q >= 0 and toks[q].possessive and toks[q].sent == sent and toks[k + 1:k + 2] \
            and toks[k + 1].text.lower() in _AFTER_MEDAL:
        return by_end.get(toks[q].end)
    while q >= 0 and k - q <= 3 and toks[q].sent == sent and (toks[q].text.lower() in _DETERMINERS or (
            toks[q].text.islower() and not is_stop(toks[q].text) and toks[q].text not in MEDAL_VERBS)):
        q -= 1  # "won a prestigious gold"
    if q < 0 or toks[q].sent != sent or toks[q].text.lower() not in MEDAL_VERBS:
        return None
    verb = toks[q].text.lower()
    q -= 1
    if verb.endswith("ing"):
        if q < 0 or toks[q].text.lower() not in _BEFORE_GERUND:
            return None
        q -= 1
    else:
        while q >= 0 and toks[q].sent == sent and (toks[q].text.lower() in _BEFORE_VERB or (
                q > 0 and toks[q].text.lower() in WEEKDAY_NAMES and toks[q - 1].text.lower() == "on")):
            q -= 2 if toks[q].text.lower() in WEEKDAY_NAMES else 1  # "X on Thursday claimed"
    if q < 0 or toks[q].sent != sent or toks[q].possessive:
        return None
    return by_end.get(toks[q].end)


def _event(toks: list[Tok], k: int, text: str) -> str | None:
    """The event after "in [the]": "in the men's long jump" -> "men's long jump"; None when none."""
    if k >= len(toks) or toks[k].text != "in" or toks[k].sent != toks[k - 1].sent:
        return None
    k += 1
    if k < len(toks) and toks[k].text == "the":
        k += 1
    first = last = k
    while last < len(toks) and last - first < _MAX_EVENT and toks[last].sent == toks[first].sent \
            and toks[last].text[:1].isalpha() and not is_stop(toks[last].text):
        last += 1
    while last > first and toks[last - 1].text.lower() in _EVENT_STOPS:
        last -= 1
    return text[toks[first].start:toks[last - 1].end] if last > first else None
