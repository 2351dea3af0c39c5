"""The `news` set (issue 10): ../shared/gold/news-dev, real articles from many outlets, in ONE database.

Every article is ingested through the path users get (`Desk.ingest_paths`) into one temporary database,
then each gold item is asked through the answers users get: `/who <surname>` (people, roles, aliases),
`/when <query>` (first and any date), `/quote <surname or organisation>` (quote found, its speaker).
The fact level scores `extract` itself (people, roles, quotes, speakers, event timexes, amounts), and a
naive /when baseline (news_baseline) shows what ranking sentences by query words alone would answer.
The matching rules are in news_match. Article text stays in ../shared: nothing is copied.

The same code path scores any folder of `NN_slug.txt` + `NN_slug.gold.json` pairs (`evaluate_folder`): the
`news-written` set (bot.evaluate.news_written) runs it over tests/data/news-written, articles the team wrote.
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.answer.models import QuoteAnswer, QuoteItem
from bot.desk import Desk
from bot.evaluate.news_baseline import NaiveWhen
from bot.evaluate.news_match import alias_equal, names, quote_match, role_match, same_person, words
from bot.evaluate.report import SetMissing, Table
from bot.extract import Facts
from bot.ingest import extract_facts, read_document

TARGETS: dict[str, float] = {"when@1": 85.0, "quotes": 85.0, "roles": 85.0, "people": 95.0, "speaker": 90.0}
ANSWER_MEASURES = ["people", "roles", "aliases", "when@1", "when@any", "naive@1", "quotes", "speaker"]
FACT_MEASURES = ["f.people", "f.roles", "f.quotes", "f.speaker", "f.ev-timex", "f.amounts"]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(slots=True)
class Article:
    name: str
    path: Path
    gold: dict
    facts: Facts | None = None
    text: str = ""


@dataclass(slots=True)
class Tally:
    """ok/n per measure for one article, plus tp/fp/fn for the fact-level P/R/F1 and each miss."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, measure: str, ok: bool, item: str = "", detail: str = "") -> None:
        c = self.counts.setdefault(measure, [0, 0])
        c[0] += int(ok)
        c[1] += 1
        if not ok and item:
            self.misses.append((measure, item, detail))

    def prf(self, measure: str, tp: int, fp: int, fn: int) -> None:
        c = self.counts.setdefault(measure, [0, 0, 0])
        c[0] += tp
        c[1] += fp
        c[2] += fn


def gold_dir(shared: Path) -> Path:
    return shared / "gold" / "news-dev"


def load_articles(shared: Path) -> list[Article]:
    return load_folder(gold_dir(shared))


def load_folder(folder: Path) -> list[Article]:
    """Every `NN_slug.gold.json` in `folder` with its `NN_slug.txt`, in name order."""
    golds = sorted(folder.glob("*.gold.json")) if folder.is_dir() else []
    if not golds:
        raise SetMissing(f"{folder} has no *.gold.json")
    out = []
    for g in golds:
        txt = g.with_name(g.name.removesuffix(".gold.json") + ".txt")
        out.append(Article(txt.name, txt, json.loads(g.read_text(encoding="utf-8"))))
    return out


def evaluate(shared: Path) -> list[Table]:
    return evaluate_folder(gold_dir(shared), "news-dev")


def evaluate_folder(folder: Path, label: str) -> list[Table]:
    """Score the articles of one gold folder in one database; `label` names the set in the table titles."""
    articles = load_folder(folder)
    tallies = asyncio.run(run(articles))
    return [answers_table(articles, tallies, label), totals_table(tallies, label),
            facts_table(articles, tallies, label), misses_table(articles, tallies, label)]


async def run(articles: list[Article]) -> dict[str, Tally]:
    """Score every article; the key is the article's file name."""
    for a in articles:
        source = read_document(a.path)
        a.text, a.facts = source.text, extract_facts(source)
    naive = NaiveWhen([a.facts for a in articles if a.facts], [a.text for a in articles])
    tallies = {a.name: Tally() for a in articles}
    with tempfile.TemporaryDirectory() as tmp:
        desk = await Desk.open(Path(tmp) / "news.db")
        try:
            await desk.ingest_paths([a.path for a in articles])
            for a in articles:
                t = tallies[a.name]
                await _people(desk, a, t)
                await _events(desk, a, t, naive)
                await _quotes(desk, a, t)
        finally:
            await desk.close()
    for a in articles:
        _fact_level(a, tallies[a.name])
    return tallies


def surname(name: str) -> str:
    w = name.split()
    return w[-1] if w else name


def _speaker_query(gold: dict, speaker: str) -> str:
    """People are asked by surname; organisations and sources by their name."""
    people = {p["name"] for p in gold.get("people", [])}
    return surname(speaker) if speaker in people else speaker


async def _people(desk: Desk, a: Article, t: Tally) -> None:
    for person in a.gold.get("people", []):
        name = person["name"]
        answer = await desk.who(surname(name))
        top = answer.matches[0] if answer.matches else None
        forms = [top.name, *top.aliases] if top else []
        found = top is not None and any(words(surname(name))[-1:] == [w] for f in forms for w in words(f))
        t.add("people", found, name, f"/who {surname(name)} → {top.name if top else answer.status}")
        roles = [r.title for r in top.roles] + [f"{r.qualifier} {r.title}" for r in top.roles if r.qualifier] \
            if top else []
        for role in person.get("roles", []):
            t.add("roles", any(role_match(role, r) for r in roles), f"{name}: {role}", f"has {roles[:6]}")
        for alias in person.get("aliases", []):
            t.add("aliases", any(alias_equal(alias, f) for f in forms), f"{name}: {alias}", f"has {forms[:8]}")


def _day(value: str) -> str:
    return value[:10] if _DAY.match(value) else ""


async def _events(desk: Desk, a: Article, t: Tally, naive: NaiveWhen) -> None:
    for event in a.gold.get("events", []):
        query, day = event["query"], event["date"]
        answer = await desk.when(query)
        days = [_day(d.value) for d in answer.dates]
        got = ", ".join(d.value for d in answer.dates[:3]) or answer.status
        t.add("when@1", bool(days) and days[0] == day, f"{query} → {day}", f"got {got}")
        t.add("when@any", day in days, f"{query} → {day}", f"got {got}")
        base = naive.when(query)
        t.add("naive@1", base == day, f"{query} → {day}", f"naive {base}")


async def find_quote(desk: Desk, query: str, wanted: Callable[[QuoteItem], bool]
                     ) -> tuple[QuoteAnswer, QuoteItem | None]:
    """/quote `query`, batch after batch (as Discord's Next button loads them) until a quote is `wanted`: the
    first answer, and the quote found or None."""
    first = answer = await desk.quote(query)
    seen = 0
    while answer.status == "found":
        if (hit := next((item for item in answer.quotes if wanted(item)), None)) is not None:
            return first, hit
        seen = answer.offset + len(answer.quotes)
        if seen >= answer.total:
            break
        answer = await desk.quote(query, offset=seen)
    return first, None


async def _quotes(desk: Desk, a: Article, t: Tally) -> None:
    for q in a.gold.get("quotes", []):
        query = _speaker_query(a.gold, q["speaker"])
        answer, hit = await find_quote(desk, query, lambda item, text=q["text"]: quote_match(text, item.text))
        item = f"{q['speaker']}: “{q['text'][:50]}”"
        t.add("quotes", hit is not None, item, f"/quote {query} → {answer.status} {answer.speaker}, "
              f"{len(answer.quotes)} quotes")
        if hit is not None:
            t.add("speaker", names(hit.speaker, q["speaker"]), item, f"speaker {hit.speaker}")


def _fact_level(a: Article, t: Tally) -> None:
    assert a.facts is not None
    _fact_people(a, a.facts, t)
    _fact_quotes(a, a.facts, t)
    for event in a.gold.get("events", []):
        at = a.text.find(event["evidence"])
        end = at + len(event["evidence"])
        values = [x.value for x in a.facts.timexes if at >= 0 and x.start < end and x.end > at]
        t.add("f.ev-timex", event["date"] in {_day(v) for v in values}, f"{event['query']} → {event['date']}",
              f"timexes {values}")
    for amount in a.gold.get("amounts", []):
        at = a.text.find(amount["evidence"])
        end = at + len(amount["evidence"])
        want = words(amount["value"])
        got = [x.text for x in a.facts.amounts if at >= 0 and x.start < end and x.end > at]
        ok = any(_contains_words(words(x), want) for x in got)
        t.add("f.amounts", ok, f"{amount['value']} ({amount['what']})", f"amounts {got}")


def _contains_words(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _fact_people(a: Article, facts: Facts, t: Tally) -> None:
    system = list(facts.people)
    matched = 0
    for person in a.gold.get("people", []):
        gold_forms = [person["name"], *person.get("aliases", [])]
        hit = next((p for p in system if same_person([p.name, *p.aliases], gold_forms)), None)
        hit = hit or next((p for p in system if names(p.name, person["name"])), None)
        if hit is None:
            for role in person.get("roles", []):
                t.add("f.roles", False, f"{person['name']}: {role}", "person not extracted")
            t.misses.append(("f.people", person["name"], "not extracted"))
            continue
        matched += 1
        system.remove(hit)
        roles = [r.title for r in hit.roles] + [f"{r.qualifier} {r.title}" for r in hit.roles if r.qualifier]
        for role in person.get("roles", []):
            t.add("f.roles", any(role_match(role, r) for r in roles), f"{person['name']}: {role}",
                  f"has {roles[:6]}")
    for p in system:
        t.misses.append(("f.people", p.name, "not in gold (false positive)"))
    t.prf("f.people", matched, len(system), len(a.gold.get("people", [])) - matched)


def _fact_quotes(a: Article, facts: Facts, t: Tally) -> None:
    system = list(facts.quotes)
    matched = 0
    for q in a.gold.get("quotes", []):
        hit = next((s for s in system if quote_match(q["text"], s.text)), None)
        item = f"{q['speaker']}: “{q['text'][:50]}”"
        if hit is None:
            t.misses.append(("f.quotes", item, "not extracted"))
            continue
        matched += 1
        system.remove(hit)
        t.add("f.speaker", names(hit.speaker or "", q["speaker"]), item, f"speaker {hit.speaker}")
    for s in system:
        t.misses.append(("f.quotes", f"{s.speaker}: “{s.text[:50]}”", "not in gold (false positive)"))
    t.prf("f.quotes", matched, len(system), len(a.gold.get("quotes", [])) - matched)


# tables -------------------------------------------------------------------------------------------------


def _ratio(c: list[int] | None) -> str:
    return f"{c[0]}/{c[1]}" if c else "-"


def _pct(ok: int, n: int) -> str:
    return f"{100 * ok / n:.1f}" if n else "-"


def _sum(tallies: dict[str, Tally], measure: str) -> list[int]:
    out = [0, 0, 0]
    for t in tallies.values():
        for i, v in enumerate(t.counts.get(measure, [])):
            out[i] += v
    return out


def _prf(c: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _short(name: str) -> str:
    return name.removesuffix(".txt")[:28]


def answers_table(articles: list[Article], tallies: dict[str, Tally], label: str = "news-dev") -> Table:
    table = Table(f"{label} — answers per article (one database of all {len(articles)}; ok/n)",
                  ["article", *ANSWER_MEASURES])
    for a in articles:
        table.rows.append([_short(a.name), *(_ratio(tallies[a.name].counts.get(m)) for m in ANSWER_MEASURES)])
    totals = [_sum(tallies, m) for m in ANSWER_MEASURES]
    table.rows.append(["total", *(f"{c[0]}/{c[1]}" for c in totals)])
    table.rows.append(["%", *(_pct(c[0], c[1]) for c in totals)])
    table.rows.append(["target %", *(f"≥{TARGETS[m]:.0f}" if m in TARGETS else "" for m in ANSWER_MEASURES)])
    table.notes.append("naive@1: rank sentences by query words, first full date in the best sentence (baseline)")
    return table


def totals_table(tallies: dict[str, Tally], label: str = "news-dev") -> Table:
    table = Table(f"{label} — totals against the targets", ["measure", "ok", "n", "%", "target", "met"])
    for m in [*ANSWER_MEASURES, "f.speaker"]:
        ok, n, _ = _sum(tallies, m)
        target = TARGETS.get(m.removeprefix("f."))
        met = "" if target is None else ("yes" if n and 100 * ok / n >= target else "no")
        table.rows.append([m, str(ok), str(n), _pct(ok, n), f"≥{target:.0f}" if target else "", met])
    return table


def facts_table(articles: list[Article], tallies: dict[str, Tally], label: str = "news-dev") -> Table:
    headers = ["article", "people P/R/F1", "roles", "quotes P/R/F1", "speaker", "ev-timex", "amounts"]
    table = Table(f"{label} — fact level (extract --json against the gold)", headers)

    def prf_cell(c: list[int]) -> str:
        p, r, f = _prf(c)
        return f"{100 * p:.0f}/{100 * r:.0f}/{100 * f:.0f}"

    for a in articles:
        c = tallies[a.name].counts
        table.rows.append([_short(a.name), prf_cell(c.get("f.people", [0, 0, 0])), _ratio(c.get("f.roles")),
                           prf_cell(c.get("f.quotes", [0, 0, 0])), _ratio(c.get("f.speaker")),
                           _ratio(c.get("f.ev-timex")), _ratio(c.get("f.amounts"))])
    row = ["total", prf_cell(_sum(tallies, "f.people"))]
    for m in ["f.roles", "f.quotes", "f.speaker", "f.ev-timex", "f.amounts"]:
        c = _sum(tallies, m)
        row.append(prf_cell(c) if m == "f.quotes" else f"{c[0]}/{c[1]} {_pct(c[0], c[1])}%")
    table.rows.append(row)
    table.notes.append("speaker: of the extracted quotes matching a gold quote, those whose speaker names "
                       "the gold speaker (target ≥90%)")
    return table


def misses_table(articles: list[Article], tallies: dict[str, Tally], label: str = "news-dev") -> Table:
    table = Table(f"{label} — items missed (article, measure, item: detail)", ["article", "misses"])
    for a in articles:
        misses = tallies[a.name].misses
        table.rows.append([_short(a.name), str(len(misses))])
        table.notes += [f"{a.name[:2]} {m:<10} {item[:70]}: {detail[:100]}" for m, item, detail in misses]
    return table
