"""Plain-language summaries of ingest reports, for admins in Discord and the console."""

from __future__ import annotations

from bot.ingest import IngestReport


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
