"""Small helpers shared by the evaluation sets: precision/recall/F1 and plain-text tables."""

from __future__ import annotations

from dataclasses import dataclass, field


class SetMissing(Exception):
    """The data for an evaluation set is not on this machine; the message says where it was looked for."""


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, label: str) -> list[str]:
        return [label, f"{100 * self.precision:.1f}", f"{100 * self.recall:.1f}", f"{100 * self.f1:.1f}",
                str(self.tp), str(self.fp), str(self.fn)]


PRF_HEADERS = ["measure", "P", "R", "F1", "tp", "fp", "fn"]


@dataclass(slots=True)
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        widths = [len(h) for h in self.headers]
        for row in self.rows:
            for i, cell in enumerate(row):
                widths[i] = max(widths[i], len(cell))
        def line(cells: list[str]) -> str:
            return "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(cells))
        out = [self.title, line(self.headers), line(["-" * w for w in widths])]
        out += [line(r) for r in self.rows]
        out += [f"  {n}" for n in self.notes]
        return "\n".join(out)
