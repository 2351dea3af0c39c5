"""The query mix: hits, typos and misses per command, drawn deterministically from the generated world.

Queries are drawn from articles that are in the corpus (indexes < n), so a "hit" names someone or something
the corpus really contains. Every query is a plain dict, written to JSON for the serving process.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.bench import lexicon as lx
from bot.bench.generate import Article, Event, Person, World, article, world

COMMANDS = ("who", "when", "quote", "check", "complete_names", "complete_events")
Query = dict[str, Any]  # {"kind": "hit"|"typo"|"miss", "q": str, "speaker": str | None}
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
class _Pool:
    """What the sampled articles contain: the people, events and quotes queries are drawn from."""

    world: World
    people: list[int]  # person ids
    events: list[int]  # event ids
    quotes: list[tuple[str, int]]  # (text, speaker id); partial quotes left out

    def person(self, rng: random.Random) -> Person:
        return self.world.people[rng.choice(self.people)]

    def event(self, rng: random.Random) -> Event:
        return self.world.events[rng.choice(self.events)]


def _person_query(pool: _Pool, rng: random.Random) -> Query:
    """/who and /quote: full name, surname, "Mr Surname", "Title Surname", a typo, or someone unknown."""
    r = rng.random()
    p = pool.person(rng)
    if r < 0.30:
        return {"kind": "hit", "q": p.name}
    if r < 0.45:
        return {"kind": "hit", "q": p.surname}
    if r < 0.55:
        return {"kind": "hit", "q": p.short}
    if r < 0.60:
        return {"kind": "hit", "q": f"{p.title} {p.surname}"}
    if r < 0.85:
        return {"kind": "typo", "q": _typo_last(rng.choice((p.name, p.surname)), rng)}
    return {"kind": "miss", "q": f"{rng.choice(lx.GIVEN_NAMES)} {_nonsense(rng)}"}


def _when_query(pool: _Pool, rng: random.Random) -> Query:
    """/when: an event's phrase, its kind alone (broad), a typo, or an event nobody held."""
    e = pool.event(rng)
    r = rng.random()
    if r < 0.60:
        return {"kind": "hit", "q": e.phrase}
    if r < 0.75:
        return {"kind": "hit", "q": e.kind}  # broad: "/when election"
    if r < 0.85:
        return {"kind": "typo", "q": _typo_last(e.phrase, rng)}
    return {"kind": "miss", "q": f"{_nonsense(rng)} festival"}


def _check_query(pool: _Pool, rng: random.Random) -> Query:
    """/check: a real quote (with or without its speaker), misattributed, one word changed, or made up."""
    text, speaker = rng.choice(pool.quotes)
    sp = pool.world.people[speaker]
    words = text.split()
    r = rng.random()
    if r < 0.35:
        return {"kind": "hit", "q": text, "speaker": None}
    if r < 0.50:
        return {"kind": "hit", "q": text, "speaker": sp.surname}
    if r < 0.60:
        other = pool.person(rng)
        return {"kind": "misattributed", "q": text, "speaker": other.name}
    if r < 0.80:
        i = rng.randrange(len(words))
        words[i] = rng.choice(("never", "always", "quickly", "secretly", "proudly"))
        return {"kind": "typo", "q": " ".join(words), "speaker": None}
    fake = f"{_nonsense(rng)} {rng.choice(lx.QUOTE_VERBS)} the {_nonsense(rng).lower()} tomorrow"
    return {"kind": "miss", "q": fake, "speaker": None}


def _name_prefix_query(pool: _Pool, rng: random.Random) -> Query:
    """Name autocomplete: nothing typed yet, the start of a name, a typo, or nonsense."""
    p = pool.person(rng)
    r = rng.random()
    if r < 0.05:
        return {"kind": "hit", "q": ""}
    if r < 0.80:
        name = rng.choice((p.name, p.surname))
        return {"kind": "hit", "q": name[: rng.randint(1, min(len(name), 9))]}
    if r < 0.92:
        return {"kind": "typo", "q": typo(p.surname, rng)}
    return {"kind": "miss", "q": _nonsense(rng)[:5]}


def _event_prefix_query(pool: _Pool, rng: random.Random) -> Query:
    """Event autocomplete: nothing typed yet, the start of an event phrase, or nonsense."""
    e = pool.event(rng)
    r = rng.random()
    if r < 0.05:
        return {"kind": "hit", "q": ""}
    if r < 0.90:
        return {"kind": "hit", "q": e.phrase[: rng.randint(1, len(e.phrase))]}
    return {"kind": "miss", "q": _nonsense(rng)[:4]}


# One draw per command in each round, in this order: the order fixes the random sequence, so the query mix
# stays the same for a given seed (benchmark figures stay comparable across versions).
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
    rng = random.Random(f"factdesk-bench:{seed}:queries:{n}")
    total = per_command + warmup
    arts = _sample_articles(seed, n, rng, max(50, total // 2))
    pool = _Pool(
        world=world(seed),
        people=sorted({p for a in arts for p in a.people}),
        events=sorted({e for a in arts for e in a.events}),
        quotes=sorted({(q, s) for a in arts for q, s, kind in a.quotes if kind != "partial"}),
    )
    out: dict[str, list[Query]] = {c: [] for c in COMMANDS}
    for _ in range(total):
        for command, draw in _DRAWS:
            out[command].append(draw(pool, rng))
    for c in ("who", "quote", "when", "check", "complete_names", "complete_events"):
        for q in out[c]:
            q.setdefault("speaker", None)
    return out
