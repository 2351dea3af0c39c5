"""Pieces both renderers share: citation labels, emphasis of cited words, kind names."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer.models import Citation

KIND_LABEL = {
    "direct": "direct quote", "partial": "partial quote", "post": "social-media post", "indirect": "paraphrase",
}


def plural(n: int, word: str) -> str:
    """'1 source', '2 sources', '1 mention', '0 quotes'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def source_label(c: Citation) -> str:
    when = c.published or "undated"
    outlet = f" · {c.outlet}" if c.outlet else ""
    return f"{c.label}{outlet} · {when}"


def emphasise(c: Citation, escape: Callable[[str], str], on: str = "**", off: str = "**") -> str:
    """The snippet with highlighted spans wrapped in on/off; every other character passed through escape."""
    out: list[str] = []
    pos = 0
    for start, end in _merge(c.highlights):
        if start < pos:
            continue
        out.append(escape(c.snippet[pos:start]))
        inner = c.snippet[start:end]
        stripped = inner.strip()
        if stripped:
            lead = inner[: len(inner) - len(inner.lstrip())]
            trail = inner[len(inner.rstrip()):]
            out.append(f"{escape(lead)}{on}{escape(stripped)}{off}{escape(trail)}")
        else:
            out.append(escape(inner))
        pos = end
    out.append(escape(c.snippet[pos:]))
    return " ".join("".join(out).split())


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


VERDICT_LABEL = {
    "verbatim": "✅ Verbatim — these words are in the source",
    "close": "≈ Close — only small differences from the source",
    "altered": "⚠️ Altered — the source says something different",
    "misattributed": "❌ Misattributed — someone else said this",
    "not_found": "❔ Not found in the sources",
    "error": "Cannot check that",
}


def describe_diff(op: str, claim: str, source: str) -> str:
    if op == "replace":
        return f"source “{source}” → claim “{claim}”"
    if op == "delete":
        return f"not in the source: “{claim}”"
    return f"left out of the claim: “{source}”"


def check_summary(verdict: str, speaker: str | None, source_speaker: str | None, said: bool | None) -> str:
    """One sentence on who said it, consistent in both front ends."""
    if verdict in ("not_found", "error"):
        return ""
    who = source_speaker or "an unnamed speaker"
    if verdict == "altered":
        if speaker and said is False:
            return f"The original words are by {who}, not by {speaker}."
        return f"The original words are by {who}."
    if speaker and said is False:
        return f"Said by {who}, not by {speaker}."
    if speaker and said:
        return f"Yes, {who} said it."
    return f"Said by {who}."
