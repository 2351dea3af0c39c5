"""The digest as console text and as Discord messages (lists of embeds), the same content in both.

However much arrived, what is posted stays within Discord's limits: each embed within its own limits
(via render.embeds.fit), at most limits.EMBEDS embeds and limits.EMBED_TOTAL characters per message, at
most MAX_MESSAGES messages; whatever does not fit is cut with a visible "… N more", never silently.
"""

from __future__ import annotations

import discord

from bot.answer.models import Citation
from bot.digest.models import DigestAnswer, DigestDate, PersonItem, SourceItem
from bot.render.common import KIND_LABEL, emphasise, source_label
from bot.render.embeds import COLOUR_MISS, COLOUR_OK, clip, fit, safe
from bot.render.limits import DESCRIPTION, EMBED_TOTAL, EMBEDS, FIELD_NAME, FIELD_VALUE, TITLE

PACK_TOTAL = EMBED_TOTAL - 150  # room left for a "… N more" footer added after packing
MAX_MESSAGES = 3  # per digest: a channel is not a firehose
MAX_SOURCE_EMBEDS = 2  # about 25 sources; the rest are counted ("… N more")
OPENING = 140  # characters of a source's opening sentence shown


def quiet_line(answer: DigestAnswer) -> str:
    since = f" since {answer.since[:16].replace('T', ' ')} UTC" if answer.since else ""
    return f"Factdesk digest for {answer.period}: nothing new arrived{since}."


def _plural(n: int, word: str, words: str = "") -> str:
    return f"{n} {word if n == 1 else words or word + 's'}"


def _headline(answer: DigestAnswer) -> str:
    t = answer.totals
    return (f"Factdesk digest for {answer.period}: {_plural(t.get('sources', 0), 'new source')}, "
            f"{_plural(t.get('people', 0), 'person', 'people')} named, {_plural(t.get('quotes', 0), 'quote')}")


# console text -----------------------------------------------------------------------------------------------


def render_digest_text(answer: DigestAnswer, bold: tuple[str, str] = ("**", "**")) -> str:
    if answer.status == "quiet":
        return quiet_line(answer)
    lines = [_headline(answer)]

    def cite(n: int, c: Citation, indent: str = "      ") -> None:
        lines.append(f"{indent}[{n}] {source_label(c)}")
        lines.append(f"{indent}    {emphasise(c, lambda s: s, *bold)}")

    lines.append("\nNew sources:")
    for s in answer.sources:
        lines.append(f"  • {_source_head(s)}")
        lines.append(f"      {clip(s.citation.snippet, OPENING)}")
    if (more := answer.totals.get("sources", 0) - len(answer.sources)) > 0:
        lines.append(f"  … {more} more")
    if answer.people:
        lines.append("\nPeople most mentioned:")
        for p in answer.people:
            lines.append(f"  • {p.name} — {_person_counts(p)}")
            for r in p.roles:
                qual = f" ({r.qualifier})" if r.qualifier else ""
                lines.append(f"      {r.title}{qual} — " + "; ".join(source_label(c) for c in r.citations))
            for i, c in enumerate(p.citations, start=1):
                cite(i, c)
    if answer.quotes:
        lines.append("\nNotable quotes:")
        for q in answer.quotes:
            also = f", quoted in {q.sources} sources" if q.sources > 1 else ""
            lines.append(f"  • “{q.text}” — {q.speaker} ({KIND_LABEL.get(q.kind, q.kind)}{also})")
            for i, c in enumerate(q.citations, start=1):
                cite(i, c)
    for title, dates in (("Upcoming dates", [d for d in answer.dates if d.upcoming]),
                         ("Recent dates", [d for d in answer.dates if not d.upcoming])):
        if dates:
            lines.append(f"\n{title}:")
            for d in dates:
                lines.append(f"  • {_date_head(d)}")
                for i, c in enumerate(d.citations, start=1):
                    cite(i, c)
    return "\n".join(lines)


def _source_head(s: SourceItem) -> str:
    parts = [s.label] + ([s.outlet] if s.outlet else []) + [s.published or "undated"]
    return " · ".join(parts) + (f"  ({s.document})" if s.title else "")


def _person_counts(p: PersonItem) -> str:
    return f"{_plural(p.mentions, 'mention')} in {_plural(p.documents, 'new source')}"


def _date_head(d: DigestDate) -> str:
    events = f": {', '.join(d.events)}" if d.events else ""
    return f"{d.value} — {d.human}{events} (written “{d.text}”; {_plural(d.sources, 'source')})"


# Discord ------------------------------------------------------------------------------------------------


def render_digest_messages(answer: DigestAnswer) -> list[list[discord.Embed]]:
    """The digest as messages to post, each a list of embeds within Discord's per-message limits."""
    if answer.status == "quiet":
        return [[discord.Embed(description=safe(quiet_line(answer)), colour=COLOUR_MISS)]]
    embeds = _source_embeds(answer)
    for part in (_people_embed(answer), _quotes_embed(answer), _dates_embed(answer)):
        if part is not None:
            embeds.append(part)
    return pack([fit(e) for e in embeds])


def _lines_within(lines: list[str], limit: int) -> str:
    """Join as many whole lines as fit in `limit`, ending with "… N more" when some were left out."""
    if len(text := "\n".join(lines)) <= limit:
        return text
    out = list(lines)
    while out:
        if len(text := "\n".join([*out, f"… {len(lines) - len(out)} more"])) <= limit:
            return text
        out.pop()
    note = f"\n… {len(lines) - 1} more" if len(lines) > 1 else ""
    return clip(lines[0], limit - len(note)) + note


def _source_line(s: SourceItem) -> str:
    title = safe(clip(s.label, 120))
    head = f"[{title}]({s.url})" if s.url and s.url.startswith(("http://", "https://")) else f"**{title}**"
    meta = " · ".join(safe(x) for x in ([s.outlet] if s.outlet else []) + [s.published or "undated"])
    name = f" · `{s.document}`" if s.title else ""
    return f"• {head} — {meta}{name}\n> {safe(clip(s.citation.snippet, OPENING))}"


def _source_embeds(answer: DigestAnswer) -> list[discord.Embed]:
    """Sources fill up to MAX_SOURCE_EMBEDS descriptions, whole lines only; the rest is counted, not dropped."""
    lines = [_source_line(s) for s in answer.sources]
    total = max(answer.totals.get("sources", len(lines)), len(lines))
    room = DESCRIPTION - 100  # kept for the "… N more" line
    embeds: list[discord.Embed] = []
    shown = 0
    while shown < len(lines) and len(embeds) < MAX_SOURCE_EMBEDS:
        chunk: list[str] = []
        while shown < len(lines) and len("\n".join([*chunk, lines[shown]])) <= room:
            chunk.append(lines[shown])
            shown += 1
        if not chunk:  # cannot happen with clipped lines; never loop forever
            break
        title = clip(_headline(answer), TITLE) if not embeds else "New sources (continued)"
        embeds.append(discord.Embed(title=title, colour=COLOUR_OK, description="\n".join(chunk)))
    if total > shown and embeds:
        note = f"\n… {total - shown} more new sources (`python -m bot digest` lists them all)"
        embeds[-1].description = (embeds[-1].description or "") + note
    return embeds


def _cite_value(prefix: str, citations: list[Citation]) -> str:
    body = [prefix] if prefix else []
    body += [f"**[{i}]** {safe(source_label(c))}\n> {emphasise(c, safe)}" for i, c in enumerate(citations, 1)]
    return _lines_within(body, FIELD_VALUE)


def _people_embed(answer: DigestAnswer) -> discord.Embed | None:
    if not answer.people:
        return None
    embed = discord.Embed(title="People most mentioned", colour=COLOUR_OK)
    for p in answer.people:
        roles = [f"{safe(r.title)}{f' ({safe(r.qualifier)})' if r.qualifier else ''} — "
                 + "; ".join(safe(source_label(c)) for c in r.citations) for r in p.roles]
        prefix = "\n".join(["*" + _person_counts(p) + "*", *(f"• {r}" for r in roles)])
        embed.add_field(name=clip(safe(p.name), FIELD_NAME), value=_cite_value(clip(prefix, 600), p.citations[:1]),
                        inline=False)
    if (more := answer.totals.get("people", 0) - len(answer.people)) > 0:
        embed.set_footer(text=f"… {more} more people named")
    return embed


def _quotes_embed(answer: DigestAnswer) -> discord.Embed | None:
    if not answer.quotes:
        return None
    embed = discord.Embed(title="Notable quotes", colour=COLOUR_OK)
    for q in answer.quotes:
        also = f", quoted in {q.sources} sources" if q.sources > 1 else ""
        name = clip(f"{q.speaker} ({KIND_LABEL.get(q.kind, q.kind)}{also})", FIELD_NAME)
        embed.add_field(name=safe(name), value=_cite_value(f"“{safe(clip(q.text, 300))}”", q.citations[:2]),
                        inline=False)
    if (more := answer.totals.get("quotes", 0) - len(answer.quotes)) > 0:
        embed.set_footer(text=f"… {more} more quotes (/quote a name for all of theirs)")
    return embed


def _dates_embed(answer: DigestAnswer) -> discord.Embed | None:
    if not answer.dates:
        return None
    embed = discord.Embed(title="Dates mentioned", colour=COLOUR_OK)
    for d in answer.dates:
        when = "Upcoming" if d.upcoming else "Recent"
        events = f": {', '.join(d.events)}" if d.events else ""
        embed.add_field(name=clip(safe(f"{when} · {d.value} — {d.human}{events}"), FIELD_NAME),
                        value=_cite_value(f"written “{safe(clip(d.text, 100))}”", d.citations[:2]), inline=False)
    if (more := answer.totals.get("dates", 0) - len(answer.dates)) > 0:
        embed.set_footer(text=f"… {more} more dates (/when an event for its date)")
    return embed


def pack(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Put embeds into as few messages as the per-message limits allow; beyond MAX_MESSAGES, say what was cut."""
    messages: list[list[discord.Embed]] = []
    size = 0
    for embed in embeds:
        if not messages or len(messages[-1]) >= EMBEDS or size + len(embed) > PACK_TOTAL:
            messages.append([])
            size = 0
        messages[-1].append(embed)
        size += len(embed)
    if len(messages) > MAX_MESSAGES:
        dropped = sum(len(m) for m in messages[MAX_MESSAGES:])
        messages = messages[:MAX_MESSAGES]
        last = messages[-1][-1]
        note = f"… {dropped} more digest section{'s' if dropped != 1 else ''} not shown (/digest preview)"
        footer = last.footer.text
        last.set_footer(text=clip(f"{footer} · {note}" if footer else note, 120))
    return messages
