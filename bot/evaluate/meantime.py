"""MEANTIME English (Wikinews, CC BY 4.0): named entity mentions against `find_entities`.

The corpus ships tokens only, so each article is rebuilt as text (title line, date line, then the body
with sentences joined by a space; tokens detokenised so that "Apple 's" reads "Apple's"), keeping every
token's character span. Nothing is copied into the project: the XML is read from ../shared at run time.

What is scored (the corpus marks whole noun phrases, "JSA Research defence analysist Paul Nesbit", as
one mention, while `find_entities` gives the name itself as the mention and the title as a role):

- named person mentions: every mention that refers to a PER entity and whose tokens contain the entity's
  name (as written in the entity's TAG_DESCRIPTOR, "Paul Nesbit"), reduced to that name ("Paul Nesbit",
  "Senator McCain" -> "McCain"). Nominal mentions ("the White House Press Secretary") and pronouns are
  not named mentions. Nested duplicates collapse to one span.
- exact = same start and end; overlap = the spans share a character (one-to-one matching).
- locations / organisations: named (NAM, PRE.NAM) mentions of LOC / ORG entities against the country /
  organisation entities found; `find_entities` tags countries only (not cities or regions), so location
  recall is bounded by how many locations are countries.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from bot.evaluate.report import PRF_HEADERS, Score, SetMissing, Table
from bot.extract.people import find_entities
from bot.extract.text import split_sentences

NAMED_TYPES = {"NAM", "APP", "CONJ", "PRE.NAM", None}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "”", "...", "'S"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "#"}
_ELIDED = re.compile(r"^[A-Z]'$")  # "O' Leary" is tokenised from "O'Leary"
_PARENS = re.compile(r"\([^)]*\)")
_TOKEN_TEXT = {"``": "“", "''": "”", "-LRB-": "(", "-RRB-": ")"}


@dataclass(slots=True)
class Article:
    name: str
    text: str
    persons: set[tuple[int, int]] = field(default_factory=set)
    locations: set[tuple[int, int]] = field(default_factory=set)
    organisations: set[tuple[int, int]] = field(default_factory=set)
    scored_end: int = 0  # the corpus annotates the title, date and first sentences only: score up to here


def corpus_dir(shared: Path) -> Path:
    return shared / "bench" / "meantime" / "intra-doc_annotation"


def load(shared: Path) -> list[Article]:
    root = corpus_dir(shared)
    files = sorted(root.glob("*/*.xml")) if root.is_dir() else []
    if not files:
        raise SetMissing(f"MEANTIME English not found at {root}")
    return [_load_file(f) for f in files]


def _load_file(path: Path) -> Article:
    doc = ET.parse(path).getroot()
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    words: dict[str, str] = {}
    pos = 0
    sentence_end: dict[int, int] = {}
    sentence_of: dict[str, int] = {}
    prev_sentence: str | None = None
    prev_tok = ""
    for tok in doc.iter("token"):
        raw = tok.text or ""
        word = _TOKEN_TEXT.get(raw, raw)
        sentence = tok.get("sentence")
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n" if prev_sentence in ("0", "1") else " "
        elif word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER or _ELIDED.match(prev_tok):
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        spans[tok.get("t_id", "")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id", "")] = int(sentence or 0)
        words[tok.get("t_id", "")] = word
        parts.append(word)
        pos += len(word)
        sentence_end[int(sentence or 0)] = pos
        prev_sentence, prev_tok = sentence, word
    art = Article(name=path.stem, text="".join(parts))

    markables = doc.find("Markables")
    relations = doc.find("Relations")
    if markables is None or relations is None:
        return art
    mentions: dict[str, tuple[str | None, list[str]]] = {}
    entities: dict[str, tuple[str, str]] = {}
    last = 0
    for el in markables:
        if el.tag == "ENTITY_MENTION":
            anchors = [a.get("t_id", "") for a in el.findall("token_anchor")]
            if anchors:
                mentions[el.get("m_id", "")] = (el.get("syntactic_type"), anchors)
                last = max(last, *(sentence_of[a] for a in anchors))
        elif el.tag == "ENTITY":
            entities[el.get("m_id", "")] = (el.get("ent_type", ""), el.get("TAG_DESCRIPTOR", ""))
    art.scored_end = sentence_end[last]
    for rel in relations:
        if rel.tag != "REFERS_TO":
            continue
        target = rel.find("target")
        if target is None or target.get("m_id") not in entities:
            continue
        ent_type, descriptor = entities[target.get("m_id", "")]
        for src in rel.findall("source"):
            m = mentions.get(src.get("m_id", ""))
            if m is None or m[0] not in NAMED_TYPES:
                continue
            syn, anchors = m
            if ent_type == "PER":
                core = _name_core(anchors, words, descriptor)
                if core:
                    art.persons.add((spans[core[0]][0], spans[core[-1]][1]))
            elif ent_type in ("LOC", "ORG") and syn in ("NAM", "PRE.NAM"):
                span = (spans[anchors[0]][0], spans[anchors[-1]][1])
                (art.locations if ent_type == "LOC" else art.organisations).add(span)
    return art


def _name_core(anchors: list[str], words: dict[str, str], descriptor: str) -> list[str]:
    """The longest run of the mention's tokens that are capitalised words of the entity's name."""
    name = _PARENS.sub(" ", descriptor)
    best: list[str] = []
    run: list[str] = []
    for t in anchors:
        w = words[t]
        if w[:1].isupper() and w in name:
            run.append(t)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return best


def _match(gold: set[tuple[int, int]], pred: set[tuple[int, int]]) -> tuple[Score, Score]:
    exact = Score(tp=len(gold & pred))
    exact.fp = len(pred) - exact.tp
    exact.fn = len(gold) - exact.tp
    loose = Score()
    free = sorted(gold)
    for p in sorted(pred):
        hit = next((g for g in free if g[0] < p[1] and p[0] < g[1]), None)
        if hit is None:
            loose.fp += 1
        else:
            loose.tp += 1
            free.remove(hit)
    loose.fn = len(free)
    return exact, loose


def predict(text: str) -> dict[str, set[tuple[int, int]]]:
    out: dict[str, set[tuple[int, int]]] = {"person": set(), "country": set(), "organisation": set()}
    for ent in find_entities(text, split_sentences(text)):
        if ent.kind in out:
            out[ent.kind].update(m for m in ent.mentions if text[m[0]:m[1]][:1] != "@")
    return out


@dataclass(slots=True)
class Scores:
    person_exact: Score = field(default_factory=Score)
    person_overlap: Score = field(default_factory=Score)
    location_overlap: Score = field(default_factory=Score)
    organisation_overlap: Score = field(default_factory=Score)


def _add(total: Score, part: Score) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


def score(articles: list[Article]) -> Scores:
    out = Scores()
    for art in articles:
        pred = {k: {m for m in v if m[1] <= art.scored_end} for k, v in predict(art.text).items()}
        exact, loose = _match(art.persons, pred["person"])
        _add(out.person_exact, exact)
        _add(out.person_overlap, loose)
        _add(out.location_overlap, _match(art.locations, pred["country"])[1])
        _add(out.organisation_overlap, _match(art.organisations, pred["organisation"])[1])
    return out


def evaluate(shared: Path) -> list[Table]:
    articles = load(shared)
    got = score(articles)
    scores = Table(
        title=f"MEANTIME English: entity mentions ({len(articles)} articles)",
        headers=PRF_HEADERS,
        rows=[got.person_exact.row("person, exact span"), got.person_overlap.row("person, overlap"),
              got.location_overlap.row("location (countries), overlap"),
              got.organisation_overlap.row("organisation, overlap")],
        notes=["the corpus annotates each article's title, date and first four sentences: only those are scored",
               "person gold = the name inside each named PER mention; titles are roles, not part of it",
               "find_entities tags countries only, not cities/regions: location recall is bounded",
               "organisations: names ending in an organisation word (Inc, Department, Airlines...) or spelled "
               "out before their acronym (MEANTIME tags the EU as a location, conferences and products not as ORG)"],
    )
    texts = [a.text for a in articles]
    sentences = [split_sentences(t) for t in texts]
    rounds = 5
    t0 = time.perf_counter()
    for _ in range(rounds):
        for text, sents in zip(texts, sentences, strict=True):
            find_entities(text, sents)
    elapsed = time.perf_counter() - t0
    n = rounds * len(texts)
    chars = rounds * sum(len(t) for t in texts)
    speed = Table(
        title="MEANTIME English: find_entities speed (one core, sentences split beforehand)",
        headers=["measure", "value"],
        rows=[["articles/s", f"{n / elapsed:.0f}"], ["ms/article", f"{1000 * elapsed / n:.2f}"],
              ["chars/article", f"{chars / n:.0f}"]],
    )
    return [scores, speed]
