"""Discord embeds for an Answer, always within Discord's limits, source and user text escaped.

Limits: title 256, description 4096, 25 fields, field name 256, value 1024, footer 2048, 6000 in all.
Anything that does not fit is cut with a visible "… N more", never silently.
"""

from __future__ import annotations

import discord

from bot.answer.models import (
    Answer,
    CheckAnswer,
    Citation,
    ErrorAnswer,
    HelpAnswer,
    QuoteAnswer,
    WhenAnswer,
    WhoAnswer,
)
from bot.render.common import (
    KIND_LABEL,
    VERDICT_LABEL,
    check_summary,
    describe_diff,
    emphasise,
    source_label,
)

TITLE, DESCRIPTION, FIELDS, FIELD_NAME, FIELD_VALUE, FOOTER, TOTAL = 256, 4096, 25, 256, 1024, 2048, 6000
BUDGET = 5800  # keep a margin under TOTAL for the footer's "N more" note

COLOUR_OK = discord.Colour.blurple()
COLOUR_MISS = discord.Colour.light_grey()
COLOUR_ERROR = discord.Colour.red()


def safe(text: str) -> str:
    """Source or user text shown literally: markdown escaped, mentions defused."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_embed(answer: Answer) -> discord.Embed:
    if isinstance(answer, WhoAnswer):
        embed = _who(answer)
    elif isinstance(answer, WhenAnswer):
        embed = _when(answer)
    elif isinstance(answer, QuoteAnswer):
        embed = _quote(answer)
    elif isinstance(answer, CheckAnswer):
        embed = _check(answer)
    elif isinstance(answer, HelpAnswer):
        embed = _help(answer)
    elif isinstance(answer, ErrorAnswer):
        embed = discord.Embed(description=clip(safe(answer.message), DESCRIPTION), colour=COLOUR_ERROR)
    else:
        embed = discord.Embed(description="(nothing to show)")
    return fit(embed)


def _cite_line(n: int, c: Citation) -> str:
    return f"**[{n}]** {safe(source_label(c))}\n> {emphasise(c, safe)}"


def _miss(answer: WhoAnswer | WhenAnswer | QuoteAnswer) -> discord.Embed | None:
    if answer.status == "error":
        return discord.Embed(description=clip(safe(answer.message), DESCRIPTION), colour=COLOUR_ERROR)
    if answer.status == "not_found":
        return discord.Embed(description=clip(safe(answer.message), DESCRIPTION), colour=COLOUR_MISS)
    return None


def _who(a: WhoAnswer) -> discord.Embed:
    if (e := _miss(a)) is not None:
        return e
    m = a.matches[0]
    embed = discord.Embed(title=clip(safe(m.name), TITLE), colour=COLOUR_OK)
    lines = []
    if a.status == "ambiguous":
        others = ", ".join(safe(x.name) for x in a.matches[1:])
        lines.append(f"*“{safe(clip(a.query, 100))}” could also be: {others}. Ask again with a full name.*\n")
    if m.roles:
        lines.append("**Roles**")
        for r in m.roles:
            qual = f" ({safe(r.qualifier)})" if r.qualifier else ""
            where = "; ".join(safe(source_label(c)) for c in r.citations[:2])
            lines.append(f"• {safe(r.title)}{qual} — {where}")
    if m.aliases:
        lines.append("**Also called:** " + ", ".join(safe(x) for x in m.aliases))
    embed.description = clip("\n".join(lines), DESCRIPTION) or None
    for i, c in enumerate(m.citations, start=1):
        embed.add_field(name=clip(f"[{i}] {source_label(c)}", FIELD_NAME),
                        value=clip(f"> {emphasise(c, safe)}", FIELD_VALUE), inline=False)
    quotes = f" · {m.quotes} quotes (/quote)" if m.quotes else ""
    embed.set_footer(text=f"{m.documents} sources · {m.mentions} mentions{quotes}")
    return embed


def _when(a: WhenAnswer) -> discord.Embed:
    if (e := _miss(a)) is not None:
        return e
    embed = discord.Embed(title=clip(f"When: {a.query}", TITLE), colour=COLOUR_OK)
    best = a.dates[0]
    embed.description = clip(
        f"**{best.value}** — {best.human} ({best.sources} source{'s' if best.sources != 1 else ''} agree)",
        DESCRIPTION,
    )
    shown = 0
    for d in a.dates[:8]:
        body = [f"{d.sources} source{'s' if d.sources != 1 else ''} · written “{safe(d.text)}”"]
        body += [_cite_line(i, c) for i, c in enumerate(d.citations, start=1)]
        embed.add_field(name=clip(f"{d.value} — {d.human}", FIELD_NAME), value=_join_within(body, FIELD_VALUE),
                        inline=False)
        shown += 1
    if len(a.dates) > shown:
        embed.set_footer(text=f"… {len(a.dates) - shown} more dates with weaker evidence")
    return embed


def _quote(a: QuoteAnswer) -> discord.Embed:
    if (e := _miss(a)) is not None:
        return e
    if a.status == "ambiguous" or not a.quotes:
        return discord.Embed(description=clip(safe(a.message), DESCRIPTION), colour=COLOUR_MISS)
    embed = discord.Embed(title=clip(f"Quotes: {a.speaker}", TITLE), colour=COLOUR_OK)
    by_source: dict[str, list] = {}
    for q in a.quotes:
        by_source.setdefault(source_label(q.citations[0]), []).append(q)
    shown = 0
    for label, quotes in by_source.items():
        if len(embed.fields) >= FIELDS:
            break
        lines = []
        for q in quotes:
            also = f" — *quoted in {q.sources} sources*" if q.sources > 1 else ""
            lines.append(f"• “{safe(clip(q.text, 400))}” ({KIND_LABEL.get(q.kind, q.kind)}){also}")
        value, used = _join_count(lines, FIELD_VALUE)
        shown += used
        embed.add_field(name=clip(safe(label), FIELD_NAME), value=value, inline=False)
    total = len(a.quotes)
    embed.set_footer(text=f"{total} quote{'s' if total != 1 else ''} from {len(by_source)} sources"
                     + (f" · {total - shown} more not shown" if total > shown else ""))
    return embed


VERDICT_COLOUR = {
    "verbatim": discord.Colour.green(), "close": discord.Colour.teal(), "altered": discord.Colour.orange(),
    "misattributed": discord.Colour.red(), "not_found": COLOUR_MISS, "error": COLOUR_ERROR,
}


def _check(a: CheckAnswer) -> discord.Embed:
    if a.verdict == "error":
        return discord.Embed(description=clip(safe(a.message), DESCRIPTION), colour=COLOUR_ERROR)
    embed = discord.Embed(title=VERDICT_LABEL.get(a.verdict, a.verdict), colour=VERDICT_COLOUR.get(a.verdict))
    lines = [f"> {safe(clip(a.claim, 1000))}"]
    if summary := check_summary(a.verdict, a.speaker, a.source_speaker, a.said_by_speaker):
        lines.append(safe(summary))
    if a.verdict == "not_found":
        lines.append(safe(a.message))
    embed.description = clip("\n".join(lines), DESCRIPTION)
    if a.diff:
        diff = [f"• {safe(describe_diff(d.op, d.claim, d.source))}" for d in a.diff]
        embed.add_field(name="Differences", value=_join_within(diff, FIELD_VALUE), inline=False)
    for i, c in enumerate(a.citations or a.nearest, start=1):
        name = f"[{i}] {source_label(c)}" if a.citations else f"Nearest [{i}] {source_label(c)}"
        embed.add_field(name=clip(name, FIELD_NAME), value=clip(f"> {emphasise(c, safe)}", FIELD_VALUE),
                        inline=False)
    return embed


def _help(a: HelpAnswer) -> discord.Embed:
    embed = discord.Embed(title="Factdesk", colour=COLOUR_OK,
                          description=f"Answers from {a.documents} source documents, every answer cited.")
    for usage, what, example in a.commands:
        embed.add_field(name=usage, value=f"{what}\nExample: `{example}`", inline=False)
    return embed


def _join_within(lines: list[str], limit: int) -> str:
    return _join_count(lines, limit)[0]


def _join_count(lines: list[str], limit: int) -> tuple[str, int]:
    """Join as many lines as fit in `limit` characters, ending with "… N more" if any were left out.

    Returns the text and how many lines it shows.
    """
    if len("\n".join(lines)) <= limit:
        return "\n".join(lines), len(lines)
    out = list(lines)
    while out:
        note = f"… {len(lines) - len(out)} more"
        text = "\n".join([*out, note])
        if len(text) <= limit:
            return text, len(out)
        out.pop()
    note = f"\n… {len(lines) - 1} more" if len(lines) > 1 else ""
    return clip(lines[0], limit - len(note)) + note, 1


def fit(embed: discord.Embed) -> discord.Embed:
    """Enforce every limit on an embed, dropping trailing fields (counted in the footer) if the total is over."""
    if embed.title:
        embed.title = clip(embed.title, TITLE)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION)
    dropped = 0
    while len(embed.fields) > FIELDS or (len(embed) > BUDGET and embed.fields):
        embed.remove_field(len(embed.fields) - 1)
        dropped += 1
    if len(embed) > BUDGET and embed.description:
        embed.description = clip(embed.description, max(100, len(embed.description) - (len(embed) - BUDGET)))
    footer = embed.footer.text or ""
    if dropped:
        footer = (footer + " · " if footer else "") + f"{dropped} more section{'s' if dropped != 1 else ''} not shown"
    if footer:
        embed.set_footer(text=clip(footer, FOOTER))
    return embed
