"""Plain-language summaries of ingest reports, for admins in Discord and the console."""

from __future__ import annotations

from collections.abc import Callable

from bot.ingest import IngestReport
from bot.store import DocumentInfo


def ingest_summary(report: IngestReport, limit: int = 10) -> str:
    lines = [report.summary().capitalize() + "."]
    for name in (report.added + report.updated)[:limit]:
        counts = report.facts.get(name, {})
        found = ", ".join(f"{n} {what}" for what, n in counts.items() if n) or "no facts"
        lines.append(f"• {name}: {found}")
    for name, reason in report.failed[:limit]:
        lines.append(f"• skipped {name}: {reason}")
    shown = min(limit, len(report.added) + len(report.updated)) + min(limit, len(report.failed))
    hidden = len(report.added) + len(report.updated) + len(report.failed) - shown
    if hidden > 0:
        lines.append(f"… {hidden} more")
    return "\n".join(lines)


def describe_library(docs: list[DocumentInfo], total: int, feeds: int, page: int = 1, refusal: str | None = None,
                     per_page: int = 20, name: Callable[[str], str] = lambda n: f"“{n}”",
                     text: Callable[[str], str] = str) -> str:
    """What a server added (its own library), for its admins: one line per document, newest first. `name` shows a
    document's name, `text` its title and outlet (Discord: a code span, escaped markdown)."""
    if not total:
        lines = ["This server has added no documents: /ingest a file or a link, or /feed add a feed. What it adds "
                 "answers in this server only."]
    else:
        first = (page - 1) * per_page
        lines = [f"This server's library: {total} document(s) — seen in this server only "
                 f"(showing {first + 1}–{first + len(docs)})." if docs else
                 f"This server's library has {total} document(s); page {page} is past the end."]
        for d in docs:
            what = " · ".join(x for x in (d.title, d.outlet, d.published) if x)
            lines.append(f"• {name(d.name)}" + (f" — {text(what)}" if what else ""))
        if first + len(docs) < total:
            lines.append(f"… more with page:{page + 1}. Remove one with /library remove.")
    if feeds:
        lines.append(f"It follows {feeds} feed(s): /feed list.")
    if refusal:
        lines.append(refusal)
    return "\n".join(lines)
