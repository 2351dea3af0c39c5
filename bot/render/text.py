"""Console text for an Answer: what `make run` shows and `ask` prints."""

from __future__ import annotations

from functools import singledispatch

from bot.answer.models import (
    CheckAnswer,
    Citation,
    ErrorAnswer,
    HelpAnswer,
    QuoteAnswer,
    SourceAnswer,
    SourcesAnswer,
    WhenAnswer,
    WhoAnswer,
)
from bot.render.common import (
    KIND_LABEL,
    VERDICT_LABEL,
    check_summary,
    describe_diff,
    emphasise,
    plural,
    source_label,
)

Bold = tuple[str, str]  # what wraps cited words: "**" markers, or terminal escapes in the console
BOLD: Bold = ("**", "**")


@singledispatch
def render_text(answer: object, bold: Bold = BOLD) -> str:
    """Console text for an answer: each Answer class registers its renderer below; anything else is a bug."""
    raise TypeError(f"no console renderer for {type(answer).__name__}")


def _cite(n: int, c: Citation, bold: Bold, indent: str = "  ") -> str:
    snippet = emphasise(c, lambda s: s, *bold)
    return f"{indent}[{n}] {source_label(c)}\n{indent}    {snippet}"


def _not_answered(answer: WhoAnswer | WhenAnswer | QuoteAnswer) -> str | None:
    if answer.status in ("not_found", "error"):
        return answer.message
    return None


@render_text.register
def _who(a: WhoAnswer, bold: Bold = BOLD) -> str:
    if (msg := _not_answered(a)) is not None:
        return msg
    lines = []
    if a.status == "ambiguous":
        lines.append(f"“{a.query}” could be {len(a.matches)} people — ask again with one of these names:")
        for m in a.matches:
            roles = ", ".join(r.title for r in m.roles[:2])
            lines.append(f"  • {m.name}" + (f" ({roles})" if roles else ""))
        lines.append("")
    for m in a.matches[:1]:
        facts = f"{plural(m.documents, 'source')}, {plural(m.mentions, 'mention')}"
        if m.quotes:
            facts += f", {plural(m.quotes, 'quote')}"
        lines.append(f"{m.name}  ({facts})")
        n = 0
        if m.roles:
            lines.append("Roles:")
            for r in m.roles:
                qual = f" ({r.qualifier})" if r.qualifier else ""
                where = "; ".join(source_label(c) for c in r.citations[:2])
                lines.append(f"  • {r.title}{qual} — {where}")
        if m.aliases:
            lines.append("Also called: " + ", ".join(m.aliases))
        if m.citations:
            lines.append("Sources:")
            for c in m.citations:
                n += 1
                lines.append(_cite(n, c, bold))
    return "\n".join(lines)


@render_text.register
def _when(a: WhenAnswer, bold: Bold = BOLD) -> str:
    if (msg := _not_answered(a)) is not None:
        return msg
    lines = [f"When: {a.query}"]
    for i, d in enumerate(a.dates[:5], start=1):
        agree = f"{plural(d.sources, 'source')}"
        lines.append(f"{i}. {d.value} — {d.human}  ({agree}; written “{d.text}”)")
        for j, c in enumerate(d.citations, start=1):
            lines.append(_cite(j, c, bold, indent="     "))
    if len(a.dates) > 5:
        lines.append(f"… {len(a.dates) - 5} more dates with weaker evidence")
    return "\n".join(lines)


@render_text.register
def _quote(a: QuoteAnswer, bold: Bold = BOLD) -> str:
    if (msg := _not_answered(a)) is not None:
        return msg
    if a.status == "ambiguous":
        return a.message
    if not a.quotes:
        return a.message
    lines = [f"Quotes: {a.speaker} — {len(a.quotes)} quote{'s' if len(a.quotes) != 1 else ''}"]
    by_source: dict[str, list] = {}
    for q in a.quotes:
        by_source.setdefault(source_label(q.citations[0]), []).append(q)
    for label, quotes in by_source.items():
        lines.append(f"\n{label}")
        for q in quotes:
            also = f" — quoted in {q.sources} sources" if q.sources > 1 else ""
            lines.append(f"  • “{q.text}” ({KIND_LABEL.get(q.kind, q.kind)}){also}")
            lines.append(f"      {emphasise(q.citations[0], lambda s: s, *bold)}")
    if (left := a.total - a.offset - len(a.quotes)) > 0:  # the next batches (Discord's Next button loads them)
        lines.append(f"\n… {left} more quote{'s' if left != 1 else ''} (older)")
    return "\n".join(lines)


@render_text.register
def _check(a: CheckAnswer, bold: Bold = BOLD) -> str:
    if a.verdict == "error":
        return a.message
    lines = [VERDICT_LABEL.get(a.verdict, a.verdict)]
    if summary := check_summary(a.verdict, a.speaker, a.source_speaker, a.said_by_speaker):
        lines.append(summary)
    if a.diff:
        lines.append("Differences:")
        lines += [f"  • {describe_diff(d.op, d.claim, d.source)}" for d in a.diff]
    for i, c in enumerate(a.citations, start=1):
        lines.append(_cite(i, c, bold))
    if a.verdict == "not_found":
        lines.append(a.message)
        if a.nearest:
            lines.append("Nearest quotes:")
            lines += [_cite(i, c, bold) for i, c in enumerate(a.nearest, start=1)]
    return "\n".join(lines)


@render_text.register
def _sources(a: SourcesAnswer, bold: Bold = BOLD) -> str:
    if not a.documents:
        return "No documents yet. Add .txt or .md files to the corpus folder."
    lines = [f"Sources — {plural(a.total, 'document')}, newest first"]
    for d in a.documents:
        outlet = f" · {d.outlet}" if d.outlet else ""
        title = f" — {d.title}" if d.title else ""
        lines.append(f"  • {d.name}{title}{outlet} · {d.published or 'undated'}: "
                     f"{d.people} people, {d.quotes} quotes, {d.dates} dates")
    if a.total > len(a.documents) + a.offset:
        lines.append(f"  … {a.total - len(a.documents) - a.offset} more")
    return "\n".join(lines)


@render_text.register
def _source(a: SourceAnswer, bold: Bold = BOLD) -> str:
    if a.status != "found" or a.document is None:
        return a.message
    d = a.document
    outlet = f" · {d.outlet}" if d.outlet else ""
    lines = [f"{d.title or d.name}  ({d.name}{outlet} · {d.published or 'undated'})"]
    for kind, heading in (("person", "People"), ("quote", "Quotes"), ("date", "Dates"), ("amount", "Amounts")):
        facts = [f for f in a.facts if f.kind == kind]
        if facts:
            lines.append(f"{heading}:")
            lines += [f"  • {f.text}" for f in facts]
    return "\n".join(lines)


@render_text.register
def _help(a: HelpAnswer, bold: Bold = BOLD) -> str:
    lines = [f"Factdesk answers from {a.documents} source document{'s' if a.documents != 1 else ''}. Commands:"]
    width = max(len(u) for u, _, _ in a.commands)
    for usage, what, example in a.commands:
        lines.append(f"  {usage.ljust(width)}  {what}  e.g. {example}")
    lines.append("Every answer cites the document, its date and the sentence it comes from.")
    return "\n".join(lines)


@render_text.register
def _error(a: ErrorAnswer, bold: Bold = BOLD) -> str:
    return a.message
