"""A deterministic synthetic news corpus: `python -m bot bench generate N DIR --seed S`.

The world (people with titles and aliases, dated events) is a pure function of the seed; article i is a
pure function of (seed, i). So the same seed gives byte-identical files, and the first 1,000 articles of a
10,000-article corpus are the 1,000-article corpus. Each article carries a header (usually the fenced
`---` form, sometimes the bare `date YYYY-MM-DD` marker, a few none), a dateline lede naming an event with a
date relative to the publication date ("on Tuesday", "last week", "yesterday", "on March 3"), quotes in the
usual news shapes (“…,” Name said / said Name / Name said: “…” / partial quotes / posts on X), amounts
and background paragraphs, 300–1,200 words long.
"""

from __future__ import annotations

import bisect
import itertools
import json
import os
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from bot.bench import lexicon as lx

GENERATOR_VERSION = 1  # bump when the output changes: cached corpora are keyed by it
PEOPLE = 3000
EVENTS = 1500
FIRST_DAY = date(2018, 1, 1)
DAYS = 8 * 365
MANIFEST = "corpus.json"


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    given: str
    surname: str
    initial: str | None  # a middle initial: "Amara K. Okafor"
    title: str
    qualifier: str | None  # "Kenyan", "Northwind Energy"
    handle: str | None  # "@amaraokafor"
    honorific: str  # "Mr", "Ms", "Dr"
    signature: tuple[str, ...]  # quotes this person repeats (quoted in several sources)

    @property
    def name(self) -> str:
        return f"{self.given} {self.initial}. {self.surname}" if self.initial else f"{self.given} {self.surname}"

    @property
    def short(self) -> str:
        return f"{self.honorific} {self.surname}"


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    kind: str  # "summit"
    lede: str  # "{who} met regional leaders at {event} {when}"
    background: str  # "{who} attended {event} {when}"
    place: str  # "Nairobi", "Kenyan", "Northwind"
    day: date
    participants: tuple[int, ...]

    @property
    def phrase(self) -> str:
        """How articles (and /when queries) name it: 'Nairobi summit', 'Kenyan election'."""
        return f"{self.place} {self.kind}"


@dataclass(slots=True)
class Article:
    index: int
    name: str
    text: str
    published: str | None
    words: int
    people: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    quotes: list[tuple[str, int, str]] = field(default_factory=list)  # (text, speaker id, kind)


@dataclass(frozen=True, slots=True)
class World:
    seed: int
    people: tuple[Person, ...]
    events: tuple[Event, ...]
    person_cum: tuple[float, ...]  # cumulative Zipf weights: popular people appear far more often
    event_cum: tuple[float, ...]

    def pick_person(self, rng: random.Random) -> Person:
        return self.people[bisect.bisect(self.person_cum, rng.random() * self.person_cum[-1])]

    def pick_event(self, rng: random.Random) -> Event:
        return self.events[bisect.bisect(self.event_cum, rng.random() * self.event_cum[-1])]


def _zipf(n: int, s: float) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (r + 1) ** s for r in range(n)))


def _quote(rng: random.Random, place: str) -> str:
    topic, things = rng.choice(lx.TOPICS)
    thing = rng.choice(things).replace("-", " ")
    opener = rng.choice(lx.QUOTE_OPENERS).format(place=place)
    tail = rng.choice(lx.QUOTE_TAILS)
    text = f"{opener} {rng.choice(lx.QUOTE_VERBS)} {thing}" + (f" {tail}" if tail else "")
    if rng.random() < 0.3:
        text += f". The {topic} question will not wait"
    return text


@cache
def world(seed: int) -> World:
    rng = random.Random(f"factdesk-bench:{seed}:world")
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < PEOPLE:
        given, surname = rng.choice(lx.GIVEN_NAMES), rng.choice(lx.SURNAMES)
        initial = rng.choice("ABCDEFGHJKLMNPRST") if rng.random() < 0.12 else None
        full = f"{given} {surname}"
        if full in seen:
            continue
        seen.add(full)
        title, kind = rng.choice(lx.TITLES)
        qualifier = None
        if kind == "country":
            qualifier = rng.choice(lx.COUNTRIES)[1]
        elif kind == "org":
            qualifier = rng.choice(lx.ORGANISATIONS)[0]
        handle = f"@{given}{surname}".lower().replace("'", "") if rng.random() < 0.2 else None
        honorific = "Dr" if title == "Professor" else "Ms" if given in lx.FEMALE else "Mr"
        place = rng.choice(lx.COUNTRIES)[2]
        signature = tuple(_quote(rng, place) for _ in range(3))
        people.append(Person(len(people), given, surname, initial, title, qualifier, handle, honorific, signature))
    person_cum = _zipf(PEOPLE, 1.0)
    events: list[Event] = []
    for i in range(EVENTS):
        kind, lede, background, applies = rng.choice(lx.EVENT_KINDS)
        country = rng.choice(lx.COUNTRIES)
        place = {"city": rng.choice(country[2:]), "country": country[1], "org": rng.choice(lx.ORGANISATIONS)[1]}[
            applies
        ]
        if place.startswith("the "):  # "the council merger" reads badly: use the organisation's full name
            place = place.removeprefix("the ").title()
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        participants = tuple(
            people[bisect.bisect(person_cum, rng.random() * person_cum[-1])].id for _ in range(rng.randint(1, 3))
        )
        events.append(Event(i, kind, lede, background, place, day, participants))
    return World(seed, tuple(people), tuple(events), person_cum, _zipf(EVENTS, 0.8))


# relative dates ------------------------------------------------------------------------------------------


def _day(d: date) -> str:
    return f"{lx.MONTHS[d.month - 1]} {d.day}"


def relative_date(event_day: date, published: date, rng: random.Random) -> str:
    """How a news article dates an event, relative to its publication date."""
    delta = (published - event_day).days
    weekday = lx.WEEKDAYS[event_day.weekday()]
    if delta == 0:
        return rng.choice(("today", f"on {weekday}"))
    if delta == 1:
        return rng.choice(("yesterday", f"on {weekday}"))
    if delta < 7:
        return rng.choice((f"on {weekday}", f"on {weekday}, {_day(event_day)}", f"last {weekday}"))
    if delta < 14:
        return rng.choice(("last week", f"on {_day(event_day)}"))
    if event_day.year != published.year:
        return rng.choice((f"on {_day(event_day)} last year", f"on {_day(event_day)}, {event_day.year}"))
    return rng.choice((f"on {_day(event_day)}", f"on {weekday}, {_day(event_day)}, {event_day.year}"))


# articles ------------------------------------------------------------------------------------------------


def _slot(rng: random.Random, template: str, country: tuple[str, str, str, str], published: date) -> str:
    topic, things = rng.choice(lx.TOPICS)
    cur = rng.choice(lx.CURRENCIES)
    if rng.random() < 0.6:
        money = f"{cur}{rng.randint(2, 95) / 10:.1f} billion"
    else:
        money = f"{cur}{rng.randint(12, 900)} million"
    return template.format(
        topic=topic, thing=rng.choice(things).replace("-", " "), city=rng.choice(country[2:]), country=country[0],
        org=rng.choice(lx.ORGANISATIONS)[0], money=money, count=f"{rng.randint(2, 400) * 250:,}",
        pct=f"{rng.randint(5, 149) / 10:.1f} per cent", people_noun=rng.choice(lx.PEOPLE_NOUNS),
        month=lx.MONTHS[published.month - 2],
    )


def _introduce(p: Person) -> str:
    """First mention with the title: 'Kenyan Finance Minister Amara Okafor' / 'Amara Okafor, chief executive of X,'."""
    if p.qualifier and p.qualifier in {c[1] for c in lx.COUNTRIES}:
        return f"{p.qualifier} {p.title} {p.name}"
    if p.qualifier:
        return f"{p.name}, the {p.title} of {p.qualifier},"
    return f"{p.title} {p.name}"


def _later(p: Person, rng: random.Random) -> str:
    """A later mention: surname with honorific, bare surname, or the full name."""
    return rng.choice((p.short, p.short, p.surname, p.name))


def article(seed: int, index: int) -> Article:
    w = world(seed)
    rng = random.Random(f"factdesk-bench:{seed}:article:{index}")
    event = w.pick_event(rng)
    published = event.day + timedelta(days=rng.choice((0, 1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 30, 200)))
    country = rng.choice(lx.COUNTRIES)
    cast = [w.people[i] for i in event.participants]
    for _ in range(rng.randint(1, 4)):
        p = w.pick_person(rng)
        if p not in cast:
            cast.append(p)
    target = rng.randint(300, 1200)
    art = Article(index, "", "", published.isoformat(), 0, [p.id for p in cast], [event.id])
    paras: list[str] = []
    lead = cast[0]
    city = rng.choice(country[2:])
    when = relative_date(event.day, published, rng)
    lede = event.lede.format(who=_introduce(lead).rstrip(","), event=f"the {event.phrase}", when=when)
    paras.append(f"{city.upper()}: {lede}, {rng.choice(lx.LEDE_TAILS)}.")
    introduced = {lead.id}

    def mention(p: Person, end: bool = False) -> str:
        """The person as named mid-sentence (end: the name closes the sentence, so no trailing comma)."""
        if p.id in introduced:
            return _later(p, rng)
        introduced.add(p.id)
        return _introduce(p).rstrip(",") if end else _introduce(p)

    def add_quote(p: Person) -> None:
        text = rng.choice(p.signature) if rng.random() < 0.4 else _quote(rng, rng.choice(country[2:]))
        shape = rng.randrange(5)
        who = mention(p, end=shape in (0, 1))
        if shape == 0:
            paras.append(f"“{text},” {who} said.")
        elif shape == 1:
            paras.append(f"“{text},” said {who}.")
        elif shape == 2:
            paras.append(f"{who} {rng.choice(lx.CUES)}: “{text}.”")
        elif shape == 3 and p.handle:
            paras.append(f"“{text},” {p.name} ({p.handle}) wrote on X.")
            art.quotes.append((text, p.id, "post"))
            return
        else:
            partial = rng.choice(lx.PARTIAL_QUOTES)
            paras.append(f"{who} described the {event.kind} as “{partial}” and said more work was needed.")
            if who.endswith(","):
                paras[-1] = paras[-1].replace(", described", " described", 1)
            art.quotes.append((partial, p.id, "partial"))
            return
        art.quotes.append((text, p.id, "direct"))

    add_quote(lead)
    for p in cast[1:]:
        role = f"{mention(p)} {rng.choice(('welcomed', 'criticised', 'questioned', 'defended'))} the outcome"
        paras.append(f"{role}, {rng.choice(('speaking to reporters in', 'in a statement from', 'at a briefing in'))} "
                     f"{rng.choice(country[2:])}.")
        if rng.random() < 0.7:
            add_quote(p)
    other = w.pick_event(rng)
    if other.id != event.id:
        art.events.append(other.id)
        then = f"on {_day(other.day)}, {other.day.year}"
        line = other.background.format(who=mention(w.people[other.participants[0]]), event=f"the {other.phrase}",
                                       when=then)
        paras.append(line[0].upper() + line[1:] + ".")
    words = sum(len(p.split()) for p in paras)
    while words < target:
        roll = rng.random()
        if roll < 0.15:
            para = _slot(rng, rng.choice(lx.AMOUNT_TEMPLATES), country, published)
        elif roll < 0.27:
            p = rng.choice(cast)
            add_quote(p)
            words += len(paras[-1].split())
            continue
        else:
            para = " ".join(_slot(rng, t, country, published)
                            for t in rng.sample(lx.ANALYSTS_SAY, rng.randint(2, 5)))
        paras.append(para)
        words += len(para.split())
    body = "\n\n".join(paras) + "\n"
    style = rng.random()
    title = f"{lead.surname}: {event.phrase}, {rng.choice(lx.HEADLINE_TAILS)}"
    slug = event.phrase.lower().replace(" ", "-").replace("'", "")
    art.name = f"{index:06d}-{slug}.txt"
    if style < 0.85:
        outlet = rng.choice(lx.OUTLETS)
        header = (f"---\ntitle: {title}\noutlet: {outlet}\nurl: https://news.example/{index}/{slug}\n"
                  f"published: {published.isoformat()}\n---\n")
        art.text = header + body
    elif style < 0.95:
        art.text = f"date {published.isoformat()} " + body
    else:
        art.published = None
        art.text = body
    art.words = words
    return art


# writing a corpus ----------------------------------------------------------------------------------------


def corpus_is_complete(folder: Path, n: int, seed: int) -> bool:
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return False
    return manifest.get("n") == n and manifest.get("seed") == seed and manifest.get("version") == GENERATOR_VERSION


def generate(n: int, folder: Path, seed: int) -> dict[str, int]:
    """Write n articles into folder (replacing it); return the manifest (n, seed, version, words, bytes)."""
    tmp = folder.with_name(folder.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    words = size = 0
    for i in range(n):
        art = article(seed, i)
        data = art.text.encode("utf-8")
        (tmp / art.name).write_bytes(data)
        words += art.words
        size += len(data)
    manifest = {"n": n, "seed": seed, "version": GENERATOR_VERSION, "words": words, "bytes": size}
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(tmp, folder)
    return manifest


def cached_corpus(root: Path, n: int, seed: int) -> tuple[Path, dict[str, int], bool]:
    """The corpus for (n, seed) under root, generated on first use: (folder, manifest, was it cached)."""
    folder = root / f"corpus-n{n}-s{seed}-v{GENERATOR_VERSION}"
    if corpus_is_complete(folder, n, seed):
        return folder, json.loads((folder / MANIFEST).read_text()), True
    return folder, generate(n, folder, seed), False
