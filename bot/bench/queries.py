"""The query mix: hits, typos and misses per command, drawn deterministically from the generated world.

Queries are drawn from articles that are in the corpus (indexes < n), so a "hit" names someone or something
the corpus really contains. Every query is a plain dict, written to JSON for the serving process.
"""

from __future__ import annotations

import random
from typing import Any

from bot.bench import lexicon as lx
from bot.bench.generate import Article, article, world

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


def build_queries(seed: int, n: int, per_command: int, warmup: int) -> dict[str, list[Query]]:
    """warmup + per_command queries for each command (the first `warmup` are run and not measured)."""
    rng = random.Random(f"factdesk-bench:{seed}:queries:{n}")
    w = world(seed)
    total = per_command + warmup
    arts = _sample_articles(seed, n, rng, max(50, total // 2))
    people = sorted({p for a in arts for p in a.people})
    events = sorted({e for a in arts for e in a.events})
    quotes = sorted({(q, s) for a in arts for q, s, kind in a.quotes if kind != "partial"})
    out: dict[str, list[Query]] = {c: [] for c in COMMANDS}

    def person_query(r: float) -> Query:
        p = w.people[rng.choice(people)]
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

    for _ in range(total):
        out["who"].append(person_query(rng.random()))
        out["quote"].append(person_query(rng.random()))

        e = w.events[rng.choice(events)]
        r = rng.random()
        if r < 0.60:
            out["when"].append({"kind": "hit", "q": e.phrase})
        elif r < 0.75:
            out["when"].append({"kind": "hit", "q": e.kind})  # broad: "/when election"
        elif r < 0.85:
            out["when"].append({"kind": "typo", "q": _typo_last(e.phrase, rng)})
        else:
            out["when"].append({"kind": "miss", "q": f"{_nonsense(rng)} festival"})

        text, speaker = rng.choice(quotes)
        sp = w.people[speaker]
        words = text.split()
        r = rng.random()
        if r < 0.35:
            out["check"].append({"kind": "hit", "q": text, "speaker": None})
        elif r < 0.50:
            out["check"].append({"kind": "hit", "q": text, "speaker": sp.surname})
        elif r < 0.60:
            other = w.people[rng.choice(people)]
            out["check"].append({"kind": "misattributed", "q": text, "speaker": other.name})
        elif r < 0.80:
            i = rng.randrange(len(words))
            words[i] = rng.choice(("never", "always", "quickly", "secretly", "proudly"))
            out["check"].append({"kind": "typo", "q": " ".join(words), "speaker": None})
        else:
            fake = f"{_nonsense(rng)} {rng.choice(lx.QUOTE_VERBS)} the {_nonsense(rng).lower()} tomorrow"
            out["check"].append({"kind": "miss", "q": fake, "speaker": None})

        p = w.people[rng.choice(people)]
        r = rng.random()
        if r < 0.05:
            out["complete_names"].append({"kind": "hit", "q": ""})
        elif r < 0.80:
            name = rng.choice((p.name, p.surname))
            out["complete_names"].append({"kind": "hit", "q": name[: rng.randint(1, min(len(name), 9))]})
        elif r < 0.92:
            out["complete_names"].append({"kind": "typo", "q": typo(p.surname, rng)})
        else:
            out["complete_names"].append({"kind": "miss", "q": _nonsense(rng)[:5]})

        e = w.events[rng.choice(events)]
        r = rng.random()
        if r < 0.05:
            out["complete_events"].append({"kind": "hit", "q": ""})
        elif r < 0.90:
            out["complete_events"].append({"kind": "hit", "q": e.phrase[: rng.randint(1, len(e.phrase))]})
        else:
            out["complete_events"].append({"kind": "miss", "q": _nonsense(rng)[:4]})
    for c in ("who", "quote", "when", "check", "complete_names", "complete_events"):
        for q in out[c]:
            q.setdefault("speaker", None)
    return out
