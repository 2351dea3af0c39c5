"""TimeBank + AQUAINT (TBAQ-cleaned, TimeML): score the temporal tagger as TempEval-3 does.

For every .tml file under shared/bench/tbaq: the text of <TEXT> with its tags stripped (entities
unescaped, offsets mapped) is tagged with `find_timexes(text, sentences, published=DCT)`, where the DCT is
the TIMEX3 with functionInDocument="CREATION_TIME" (itself excluded from scoring). Measures:

- strict span P/R/F1 (exact offsets) and relaxed span P/R/F1 (any overlap, one-to-one);
- value accuracy over relaxed matches, and value F1 (a relaxed match with the gold value counts);
- type accuracy over relaxed matches; DATE-only value F1 (gold and system restricted to DATE);
- speed of the tagger alone (documents/s, words/s on one core; sentence splitting excluded).

Phrases dated relative to an event (anchor="anchored", e.g. "the day after the inauguration") have no
TimeML counterpart as a single TIMEX3 and are left out of the comparison; their inner dates are scored.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.evaluate.report import PRF_HEADERS, Score, SetMissing, Table
from bot.extract.facts import Timex
from bot.extract.text import split_sentences
from bot.extract.timex import find_timexes

__all__ = ["GoldDoc", "evaluate", "load_corpus", "parse_tml", "score_docs"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class GoldDoc:
    name: str
    dct: str | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def parse_tml(raw: str, name: str = "") -> GoldDoc:
    """Strip the TimeML tags of <TEXT>, keeping TIMEX3 spans as offsets into the stripped text."""
    dct = None
    m = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(0)))
        dct = (attrs.get("value") or "")[:10] or None
    a = raw.find("<TEXT>")
    b = raw.find("</TEXT>")
    body = raw[a + len("<TEXT>"):b] if a >= 0 and b > a else raw
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    pos = 0
    for tm in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tm.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tm.end()
        closing, tag = tm.group(1), tm.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tm.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            if attrs.get("functionInDocument") == "CREATION_TIME":
                continue
            timexes.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    tail = html.unescape(body[pos:])
    out.append(tail)
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    return GoldDoc(name=name, dct=dct, text=text, timexes=timexes)


def load_corpus(root: Path) -> list[GoldDoc]:
    files = sorted(root.rglob("*.tml"))
    return [parse_tml(f.read_text(encoding="utf-8"), f.stem) for f in files]


@dataclass(slots=True)
class Scores:
    strict: Score = field(default_factory=Score)
    relaxed: Score = field(default_factory=Score)
    value: Score = field(default_factory=Score)
    date_value: Score = field(default_factory=Score)
    matched: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # doc, kind, text, gold, sys


def _match(gold: list, system: list) -> list[tuple[object, object]]:
    """One-to-one overlap matching, exact spans first, then greatest overlap."""
    pairs: list[tuple[object, object]] = []
    used: set[int] = set()
    for g in sorted(gold, key=lambda g: g.start):
        best = None
        best_key = None
        for i, s in enumerate(system):
            if i in used or s.end <= g.start or g.end <= s.start:
                continue
            overlap = min(s.end, g.end) - max(s.start, g.start)
            key = (s.start == g.start and s.end == g.end, overlap)
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def score_docs(docs: list[GoldDoc], predictions: list[list[Timex]], keep_errors: bool = False) -> Scores:
    sc = Scores()
    for doc, pred in zip(docs, predictions, strict=True):
        system = [t for t in pred if t.anchor != "anchored"]
        gold = doc.timexes
        pairs = _match(gold, system)
        strict = sum(1 for g, s in pairs if g.start == s.start and g.end == s.end)
        sc.strict.tp += strict
        sc.strict.fp += len(system) - strict
        sc.strict.fn += len(gold) - strict
        sc.relaxed.tp += len(pairs)
        sc.relaxed.fp += len(system) - len(pairs)
        sc.relaxed.fn += len(gold) - len(pairs)
        good = sum(1 for g, s in pairs if g.value == s.value)
        sc.matched += len(pairs)
        sc.value_ok += good
        sc.type_ok += sum(1 for g, s in pairs if g.type == s.type)
        sc.value.tp += good
        sc.value.fp += len(system) - good
        sc.value.fn += len(gold) - good
        gd = [g for g in gold if g.type == "DATE"]
        sd = [s for s in system if s.type == "DATE"]
        dpairs = _match(gd, sd)
        dgood = sum(1 for g, s in dpairs if g.value == s.value)
        sc.date_value.tp += dgood
        sc.date_value.fp += len(sd) - dgood
        sc.date_value.fn += len(gd) - dgood
        if keep_errors:
            matched_sys = {id(s) for _g, s in pairs}
            matched_gold = {id(g) for g, _s in pairs}
            for g, s in pairs:
                if g.value != s.value:
                    sc.errors.append((doc.name, "value", f"{g.text!r}/{s.text!r}", f"{g.type}:{g.value}",
                                      f"{s.type}:{s.value} dct={doc.dct}"))
            for g in gold:
                if id(g) not in matched_gold:
                    ctx = doc.text[max(0, g.start - 40):g.end + 30].replace("\n", " ")
                    sc.errors.append((doc.name, "missed", g.text, f"{g.type}:{g.value}", ctx))
            for s in system:
                if id(s) not in matched_sys:
                    ctx = doc.text[max(0, s.start - 40):s.end + 30].replace("\n", " ")
                    sc.errors.append((doc.name, "spurious", s.text, f"{s.type}:{s.value}", ctx))
    return sc


def tag_corpus(docs: list[GoldDoc], runs: int = 1) -> tuple[list[list[Timex]], float]:
    """Tag every document; the time is the best of `runs` passes (other work on the machine only slows)."""
    sentences = [split_sentences(d.text) for d in docs]
    best = float("inf")
    preds: list[list[Timex]] = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        preds = [find_timexes(d.text, s, d.dct) for d, s in zip(docs, sentences, strict=True)]
        best = min(best, time.perf_counter() - t0)
    return preds, best


def evaluate(shared: Path) -> list[Table]:
    root = shared / "bench" / "tbaq"
    if not root.is_dir() or not any(root.rglob("*.tml")):
        raise SetMissing(f"TBAQ TimeML not found at {root}")
    docs = load_corpus(root)
    preds, elapsed = tag_corpus(docs, runs=3)
    sc = score_docs(docs, preds)
    words = sum(len(d.text.split()) for d in docs)
    table = Table(title=f"TBAQ temporal expressions ({len(docs)} documents, {sum(len(d.timexes) for d in docs)} "
                        "TIMEX3, DCT excluded)", headers=PRF_HEADERS)
    table.rows.append(sc.strict.row("strict span"))
    table.rows.append(sc.relaxed.row("relaxed span"))
    table.rows.append(sc.value.row("value (all types)"))
    table.rows.append(sc.date_value.row("value (DATE only)"))
    acc = 100 * sc.value_ok / sc.matched if sc.matched else 0.0
    tacc = 100 * sc.type_ok / sc.matched if sc.matched else 0.0
    table.notes.append(f"value accuracy over relaxed matches: {acc:.1f}%   type accuracy: {tacc:.1f}%")
    table.notes.append(f"speed (tagger alone, one core, best of 3): {len(docs) / elapsed:.0f} documents/s, "
                       f"{words / elapsed:.0f} words/s ({words / len(docs):.0f} words per document)")
    table.notes.append("targets: value F1 >= 80 (all types), DATE value F1 >= 87; HeidelTime 77.6 on TempEval-3")
    return [table]
