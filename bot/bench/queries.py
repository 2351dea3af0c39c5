"""The query mix: what users type, per command — hits, aliases, typos and misses — drawn deterministically from
the articles of the corpus.

Queries are drawn from articles that are in the corpus (indexes < n), so a "hit" names someone or something
the corpus really contains, and a /when query naming people names people of one article with that
article's event ("Okafor Mensah summit", "Amara Okafor election", "Okafor Mensah meeting"): the multi-word
queries users type, and the slowest kind for /when. Every query is a plain dict, written to JSON for the
serving process: {"kind": hit | typo | miss | misattributed, "shape": what was typed, "q": …, "speaker": …}.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.bench import lexicon as lx
from bot.bench.generate import Article, Event, Person, World, article, world

COMMANDS = ("who", "when", "quote", "check", "complete_names", "complete_events")
QUERY_MIX_VERSION = 2  # bump when the mix changes (2: /when names people with an event; shapes; @handles)
Query = dict[str, Any]  # {"kind": "hit"|"typo"|"miss"|"misattributed", "shape": str, "q": str, "speaker": str | None}
_SYLLABLES = ("ka", "lo", "zu", "mi", "ther", "van", "qu", "ix", "or", "bel", "dro", "syn")


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip: swap two neighbours, drop, double or replace a letter (never the first)."""
    if len(word) < 4:
        return word + rng.choice("aeiou")
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1:]


def _typo_last(text: str, rng: random.Random) -> str:
    head, _, last = text.rpartition(" ")
    return f"{head} {typo(last, rng)}".strip()


def _nonsense(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def _sample_articles(seed: int, n: int, rng: random.Random, count: int) -> list[Article]:
    return [article(seed, rng.randrange(n)) for _ in range(count)]


@dataclass(frozen=True, slots=True)
class _Scene:
    """One article's main event and the people it names (the event's participants first)."""

    event: int
    people: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Pool:
    """What the sampled articles contain: the people, events, scenes and quotes queries are drawn from."""

    world: World
    people: list[int]  # person ids
    events: list[int]  # event ids
    quotes: list[tuple[str, int]]  # (text, speaker id); partial quotes left out
    scenes: list[_Scene]

    def person(self, rng: random.Random) -> Person:
        return self.world.people[rng.choice(self.people)]

    def event(self, rng: random.Random) -> Event:
        return self.world.events[rng.choice(self.events)]

    def scene(self, rng: random.Random) -> tuple[Event, list[Person]]:
        """An article's event and two of its people with different surnames (one when it names one)."""
        s = rng.choice(self.scenes)
        people = [self.world.people[p] for p in s.people]
        first = people[0]
        others = [p for p in people[1:] if p.surname != first.surname]
        return self.world.events[s.event], [first, rng.choice(others)] if others else [first]


def _person_query(pool: _Pool, rng: random.Random) -> Query:
    """/who and /quote: full name, surname, "Mr Surname", "Title Surname", an X handle, a typo, or someone
    unknown."""
    r = rng.random()
    p = pool.person(rng)
    if r < 0.28:
        return {"kind": "hit", "shape": "full name", "q": p.name}
    if r < 0.43:
        return {"kind": "hit", "shape": "surname", "q": p.surname}
    if r < 0.53:
        return {"kind": "hit", "shape": "Mr Surname", "q": p.short}
    if r < 0.58:
        return {"kind": "hit", "shape": "Title Surname", "q": f"{p.title} {p.surname}"}
    if r < 0.60:  # an alias from posts on X (a full name for someone without one)
        return {"kind": "hit", "shape": "@handle", "q": p.handle} if p.handle else {
            "kind": "hit", "shape": "full name", "q": p.name}
    if r < 0.85:
        return {"kind": "typo", "shape": "typo", "q": _typo_last(rng.choice((p.name, p.surname)), rng)}
    return {"kind": "miss", "shape": "unknown", "q": f"{rng.choice(lx.GIVEN_NAMES)} {_nonsense(rng)}"}


def _when_people_query(pool: _Pool, rng: random.Random, r: float) -> Query:
    """/when naming people of one article with its event, as users type it (r in [0, 1) picks the shape)."""
    e, people = pool.scene(rng)
    a, b = people[0], people[-1]
    surnames = f"{a.surname} {b.surname}" if b is not a else a.surname
    if r < 0.45:
        return {"kind": "hit", "shape": "Surname Surname event", "q": f"{surnames} {e.kind}"}
    if r < 0.65:
        return {"kind": "hit", "shape": "Surname Surname meeting", "q": f"{surnames} meeting"}
    if r < 0.85:
        return {"kind": "hit", "shape": "Firstname Surname event", "q": f"{a.given} {a.surname} {e.kind}"}
    return {"kind": "hit", "shape": "Mr Surname event", "q": f"{a.short} {e.kind}"}


def _when_query(pool: _Pool, rng: random.Random) -> Query:
    """/when: an event's phrase, its kind alone (broad), people with an event, a typo, or an event nobody held."""
    r = rng.random()
    if r < 0.25:
        return {"kind": "hit", "shape": "Place event", "q": pool.event(rng).phrase}
    if r < 0.33:
        return {"kind": "hit", "shape": "event word", "q": pool.event(rng).kind}  # broad: "/when election"
    if r < 0.68:
        return _when_people_query(pool, rng, (r - 0.33) / 0.35)
    if r < 0.73:
        return {"kind": "typo", "shape": "Place event, typo", "q": _typo_last(pool.event(rng).phrase, rng)}
    if r < 0.80:
        e, people = pool.scene(rng)
        names = " ".join(typo(p.surname, rng) if i == 0 else p.surname for i, p in enumerate(people))
        return {"kind": "typo", "shape": "Surname Surname event, typo", "q": f"{names} {e.kind}"}
    if r < 0.88:
        e = pool.event(rng)
        return {"kind": "miss", "shape": "unknown person event", "q": f"{_nonsense(rng)} {_nonsense(rng)} {e.kind}"}
    return {"kind": "miss", "shape": "unknown event", "q": f"{_nonsense(rng)} festival"}


def _check_query(pool: _Pool, rng: random.Random) -> Query:
    """/check: a real quote (with or without its speaker), misattributed, one word changed, or made up."""
    text, speaker = rng.choice(pool.quotes)
    sp = pool.world.people[speaker]
    words = text.split()
    r = rng.random()
    if r < 0.35:
        return {"kind": "hit", "shape": "verbatim", "q": text, "speaker": None}
    if r < 0.50:
        return {"kind": "hit", "shape": "verbatim, speaker", "q": text, "speaker": sp.surname}
    if r < 0.60:
        other = pool.person(rng)
        return {"kind": "misattributed", "shape": "wrong speaker", "q": text, "speaker": other.name}
    if r < 0.80:
        i = rng.randrange(len(words))
        words[i] = rng.choice(("never", "always", "quickly", "secretly", "proudly"))
        return {"kind": "typo", "shape": "one word changed", "q": " ".join(words), "speaker": None}
    fake = f"{_nonsense(rng)} {rng.choice(lx.QUOTE_VERBS)} the {_nonsense(rng).lower()} tomorrow"
    return {"kind": "miss", "shape": "made up", "q": fake, "speaker": None}


def _name_prefix_query(pool: _Pool, rng: random.Random) -> Query:
    """Name autocomplete: nothing typed yet, the start of a name, a typo, or nonsense."""
    p = pool.person(rng)
    r = rng.random()
    if r < 0.05:
        return {"kind": "hit", "shape": "empty", "q": ""}
    if r < 0.80:
        name = rng.choice((p.name, p.surname))
        return {"kind": "hit", "shape": "prefix", "q": name[: rng.randint(1, min(len(name), 9))]}
    if r < 0.92:
        return {"kind": "typo", "shape": "typo", "q": typo(p.surname, rng)}
    return {"kind": "miss", "shape": "unknown", "q": _nonsense(rng)[:5]}


def _event_prefix_query(pool: _Pool, rng: random.Random) -> Query:
    """Event autocomplete: nothing typed yet, the start of an event phrase, or nonsense."""
    e = pool.event(rng)
    r = rng.random()
    if r < 0.05:
        return {"kind": "hit", "shape": "empty", "q": ""}
    if r < 0.90:
        return {"kind": "hit", "shape": "prefix", "q": e.phrase[: rng.randint(1, len(e.phrase))]}
    return {"kind": "miss", "shape": "unknown", "q": _nonsense(rng)[:4]}


# One draw per command in each round, in this order: the order fixes the random sequence, so the query mix
# stays the same for a given seed and QUERY_MIX_VERSION (benchmark figures stay comparable across versions).
_DRAWS: tuple[tuple[str, Callable[[_Pool, random.Random], Query]], ...] = (
    ("who", _person_query),
    ("quote", _person_query),
    ("when", _when_query),
    ("check", _check_query),
    ("complete_names", _name_prefix_query),
    ("complete_events", _event_prefix_query),
)


def build_queries(seed: int, n: int, per_command: int, warmup: int) -> dict[str, list[Query]]:
    """warmup + per_command queries for each command (the first `warmup` are run and not measured)."""
    rng = random.Random(f"factdesk-bench:{seed}:queries:{n}:v{QUERY_MIX_VERSION}")
    total = per_command + warmup
    arts = _sample_articles(seed, n, rng, max(50, total // 2))
    pool = _Pool(
        world=world(seed),
        people=sorted({p for a in arts for p in a.people}),
        events=sorted({e for a in arts for e in a.events}),
        quotes=sorted({(q, s) for a in arts for q, s, kind in a.quotes if kind != "partial"}),
        scenes=sorted({_Scene(a.events[0], tuple(a.people)) for a in arts}, key=lambda s: (s.event, s.people)),
    )
    out: dict[str, list[Query]] = {c: [] for c in COMMANDS}
    for _ in range(total):
        for command, draw in _DRAWS:
            out[command].append(draw(pool, rng))
    for qs in out.values():
        for q in qs:
            q.setdefault("speaker", None)
    return out
