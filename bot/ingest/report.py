"""What an ingest did, file by file: the runner and its pipeline fill it, the CLI, console and bot print it."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.extract.facts import Facts


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)  # same bytes, extracted again by a newer extractor
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    facts: dict[str, dict[str, int]] = field(default_factory=dict)  # file → counts of what was found

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.reextracted)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated", f"{len(self.unchanged)} unchanged"]
        if self.reextracted:
            parts.append(f"{len(self.reextracted)} extracted again (new extractor)")
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.failed:
            parts.append(f"{len(self.failed)} skipped")
        return ", ".join(parts)


def counts(facts: Facts) -> dict[str, int]:
    return {"people": len(facts.people), "dates": len(facts.timexes), "events": len(facts.events),
            "quotes": len(facts.quotes), "amounts": len(facts.amounts)}
