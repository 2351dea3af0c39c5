"""The `seeds` set: ../shared/gold/seeds.gold.json checked through the same answers users get.

Each gold item becomes a check run against a temporary database built from the project's seeds/:
people (found by name, each role, each alias, not_people never extracted as people), event dates (the
best /when date and its cited evidence), quotes (text and speaker through /quote) and amounts.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.answer.models import DateItem
from bot.desk import Desk
from bot.evaluate.news import find_quote
from bot.evaluate.report import SetMissing, Table
from bot.ingest import extract_facts, read_document
from bot.settings import PROJECT_ROOT
from bot.textnorm import normalize_name, normalize_quote


@dataclass(slots=True)
class Check:
    group: str  # people, roles, aliases, not_people, events, evidence, quotes, amounts
    item: str
    level: str  # core or stretch
    ok: bool
    detail: str = ""


def gold_path(shared: Path) -> Path:
    return shared / "gold" / "seeds.gold.json"


def evaluate(shared: Path, seeds: Path | None = None) -> list[Table]:
    checks = run_checks(shared, seeds)
    return [summary_table(checks), failures_table(checks)]


def run_checks(shared: Path, seeds: Path | None = None) -> list[Check]:
    path = gold_path(shared)
    if not path.is_file():
        raise SetMissing(f"{path} not found")
    gold = json.loads(path.read_text(encoding="utf-8"))
    return asyncio.run(_run(gold, seeds or PROJECT_ROOT / "seeds"))


async def _run(gold: dict, seeds: Path) -> list[Check]:
    with tempfile.TemporaryDirectory() as tmp:
        desk = await Desk.open(Path(tmp) / "seeds.db")
        try:
            await desk.ingest_paths([seeds])
            checks = await _people(desk, gold) + await _events(desk, gold) + await _quotes(desk, gold)
        finally:
            await desk.close()
    return checks + _not_people(gold, seeds) + _amounts(gold, seeds)


def _same(a: str, b: str) -> bool:
    return normalize_name(a) == normalize_name(b)


async def _people(desk: Desk, gold: dict) -> list[Check]:
    checks = []
    for person in gold.get("people", []):
        name, level = person["name"], person.get("level", "core")
        answer = await desk.who(name)
        match = answer.matches[0] if answer.matches else None
        found = match is not None and _same(match.name, name)
        checks.append(Check("people", name, level, found, f"got {match.name if match else answer.status}"))
        roles = [r.title for r in match.roles] if found and match else []
        for role in person.get("roles", []):
            ok = any(_same(role, r) for r in roles)
            checks.append(Check("roles", f"{name}: {role}", level, ok, f"roles {roles}"))
        aliases = [*match.aliases, match.name] if found and match else []
        for alias in person.get("aliases", []):
            listed = any(_same(alias, a) for a in aliases)
            resolved = await desk.who(alias)
            resolves = bool(resolved.matches) and _same(resolved.matches[0].name, name)
            checks.append(Check("aliases", f"{name}: {alias}", level, listed and resolves,
                                f"listed={listed} resolves={resolves}"))
    return checks


def _not_people(gold: dict, seeds: Path) -> list[Check]:
    people: set[str] = set()
    for doc in sorted(seeds.iterdir()):
        source = read_document(doc)
        for p in extract_facts(source).people:
            people.update(normalize_name(a) for a in [p.name, *p.aliases])
    return [Check("not_people", x, "core", normalize_name(x) not in people) for x in gold.get("not_people", [])]


async def _events(desk: Desk, gold: dict) -> list[Check]:
    checks = []
    for event in gold.get("events", []):
        level = event.get("level", "core")
        for i, query in enumerate([event["query"], *event.get("also", [])]):
            answer = await desk.when(query)
            top = answer.dates[0] if answer.dates else None
            group = "events" if i == 0 else "event_paraphrases"
            checks.append(Check(group, f"{query} → {event['date']}", level if i == 0 else "stretch",
                                top is not None and top.value == event["date"],
                                f"got {top.value if top else answer.status}"))
            if i == 0:
                checks += _evidence(event, top, level)
    return checks


def _evidence(event: dict, top: DateItem | None, level: str) -> list[Check]:
    """Every gold evidence passage is cited for the right date (the citation's snippet overlaps it)."""
    out = []
    for doc, words in event.get("evidence", []):
        cited = top is not None and top.value == event["date"] and any(
            c.document == doc and (normalize_quote(words) in normalize_quote(c.snippet)
                                   or normalize_quote(c.snippet.strip("…")) in normalize_quote(words))
            for c in top.citations
        )
        out.append(Check("evidence", f"{event['query']}: {doc[:3]} “{words[:40]}…”", level, cited))
    return out


async def _quotes(desk: Desk, gold: dict) -> list[Check]:
    checks = []
    for q in gold.get("quotes", []):
        want = normalize_quote(q["text"])
        answer, hit = await find_quote(desk, q["speaker"], lambda item, want=want, doc=q["doc"]: (
            normalize_quote(item.text) == want and any(c.document == doc for c in item.citations)))
        ok = hit is not None and _same(answer.speaker or "", q["speaker"])
        detail = f"speaker={answer.speaker} kind={hit.kind if hit else None}"
        checks.append(Check("quotes", f"{q['speaker']}: “{q['text'][:40]}…”", q.get("level", "core"), ok, detail))
        checks.append(Check("quote_kinds", f"{q['kind']}: “{q['text'][:40]}…”", "stretch",
                            ok and hit is not None and hit.kind == q["kind"], detail))
    return checks


def _amounts(gold: dict, seeds: Path) -> list[Check]:
    checks = []
    for a in gold.get("amounts", []):
        source = read_document(seeds / a["doc"])
        facts = extract_facts(source)
        at = source.text.find(a["evidence"])
        ok = any(x.value == a["value"] and x.start < at + len(a["evidence"]) and x.end > at for x in facts.amounts)
        checks.append(Check("amounts", f"{a['value']} ({a['what']})", a.get("level", "core"), ok))
    return checks


def summary_table(checks: list[Check]) -> Table:
    table = Table("seeds — gold checks through the answers (core must all pass)",
                  ["group", "core ok", "core", "stretch ok", "stretch"])
    groups = list(dict.fromkeys(c.group for c in checks))
    for g in groups:
        core = [c for c in checks if c.group == g and c.level == "core"]
        stretch = [c for c in checks if c.group == g and c.level != "core"]
        table.rows.append([g, str(sum(c.ok for c in core)), str(len(core)),
                           str(sum(c.ok for c in stretch)), str(len(stretch))])
    core = [c for c in checks if c.level == "core"]
    table.rows.append(["all", str(sum(c.ok for c in core)), str(len(core)),
                       str(sum(c.ok for c in checks if c.level != "core")),
                       str(sum(1 for c in checks if c.level != "core"))])
    return table


def failures_table(checks: list[Check]) -> Table:
    table = Table("seeds — items not answered", ["level", "group", "item", "detail"])
    for c in checks:
        if not c.ok:
            table.rows.append([c.level, c.group, c.item, c.detail])
    if not table.rows:
        table.notes.append("none")
    return table
