"""Discord embeds for an Answer, always within Discord's limits, source and user text escaped.

The limits (title, description, fields, footer, 6000 in all) are Discord's, from bot/render/limits.py.
Anything that does not fit is cut with a visible "… N more", never silently.
"""

from __future__ import annotations

from functools import singledispatch

import discord

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
from bot.render.limits import DESCRIPTION, EMBED_TOTAL, FIELD_NAME, FIELD_VALUE, FIELDS, FOOTER, TITLE

BUDGET = EMBED_TOTAL - 200  # keep a margin under the total for the footer's "N more" note
PAGE_FIELDS = 8  # sections per page: a page should fit on a screen
PAGE_BUDGET = 4000

COLOUR_OK = discord.Colour.blurple()
COLOUR_MISS = discord.Colour.light_grey()
COLOUR_ERROR = discord.Colour.red()


def safe(text: str) -> str:
    """Source or user text shown literally: markdown escaped, mentions defused."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def code(text: str) -> str:
    """Text in a code span: shown literally by Discord, so it is not escaped — only backticks are removed."""
    return "`" + (text.replace("`", "'") or " ") + "`"


def clip(text: str, limit: int) -> str:
    """Cut to `limit` characters with "…", never leaving half a bold marker or a dangling escape."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rstrip()
    if cut.count("**") % 2:
        at = cut.rfind("**")
        cut = cut[:at] + cut[at + 2:]
    while cut.endswith("\\") and (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]
    return cut + "…"


@singledispatch
def render_embed(answer: object) -> discord.Embed:
    """One embed for an answer: each Answer class registers its renderer below; anything else is a bug."""
    raise TypeError(f"no embed renderer for {type(answer).__name__}")


@singledispatch
def render_pages(answer: object) -> list[discord.Embed]:
    """All pages of an answer (most answers have one); the front end adds Previous/Next buttons."""
    return [render_embed(answer)]


def web_url(url: str | None) -> str | None:
    """A source's URL fit for a link (http/https only; brackets escaped so a masked link stays whole)."""
    if not url or not url.startswith(("http://", "https://")) or len(url) > 2000:
        return None
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def _linked(embed: discord.Embed, citations: list[Citation]) -> discord.Embed:
    """The embed's title links to the first cited article that has a URL (a web page or a feed item)."""
    url = next((u for c in citations if (u := web_url(c.url))), None)
    if url and embed.title:
        embed.url = url
    return embed


@render_embed.register
def _who_embed(a: WhoAnswer) -> discord.Embed:
    return fit(_linked(_who(a), a.matches[0].citations if a.status != "not_found" and a.matches else []))


@render_embed.register
def _when_embed(a: WhenAnswer) -> discord.Embed:
    return fit(_linked(_when(a), a.dates[0].citations if a.status == "found" and a.dates else []))


@render_pages.register
def _when_paged(a: WhenAnswer) -> list[discord.Embed]:
    return _when_pages(a) if a.status == "found" and len(a.dates) > PAGE_FIELDS else [render_embed(a)]


@render_embed.register
def _quote_embed(a: QuoteAnswer) -> discord.Embed:
    return fit(_quote(a))


@render_pages.register
def _quote_paged(a: QuoteAnswer) -> list[discord.Embed]:
    return _quote_pages(a) if a.status == "found" and a.quotes else [render_embed(a)]


@render_embed.register
def _check_embed(a: CheckAnswer) -> discord.Embed:
    return fit(_linked(_check(a), a.citations or []))


@render_embed.register
def _help_embed(a: HelpAnswer) -> discord.Embed:
    return fit(_help(a))


@render_embed.register
def _sources_embed(a: SourcesAnswer) -> discord.Embed:
    return _sources_pages(a)[0]


@render_pages.register
def _sources_paged(a: SourcesAnswer) -> list[discord.Embed]:
    return _sources_pages(a)


@render_embed.register
def _source_embed(a: SourceAnswer) -> discord.Embed:
    if a.status == "found":
        return _source_pages(a)[0]
    colour = COLOUR_ERROR if a.status == "error" else COLOUR_MISS
    return fit(discord.Embed(description=clip(safe(a.message), DESCRIPTION), colour=colour))


@render_pages.register
def _source_paged(a: SourceAnswer) -> list[discord.Embed]:
    return _source_pages(a) if a.status == "found" else [render_embed(a)]


@render_embed.register
def _error_embed(a: ErrorAnswer) -> discord.Embed:
    return fit(discord.Embed(description=clip(safe(a.message), DESCRIPTION), colour=COLOUR_ERROR))


def _cite_line(n: int, c: Citation) -> str:
    label = safe(source_label(c))
    if url := web_url(c.url):
        label = f"[{label}]({url})"
    return f"**[{n}]** {label}\n> {emphasise(c, safe)}"


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
        embed.add_field(name=clip(f"[{i}] {safe(source_label(c))}", FIELD_NAME),
                        value=clip(f"> {emphasise(c, safe)}", FIELD_VALUE), inline=False)
    quotes = f" · {plural(m.quotes, 'quote')} (/quote)" if m.quotes else ""
    embed.set_footer(text=f"{plural(m.documents, 'source')} · {plural(m.mentions, 'mention')}{quotes}")
    return embed


def _when(a: WhenAnswer) -> discord.Embed:
    if (e := _miss(a)) is not None:
        return e
    embed = discord.Embed(title=clip(f"When: {a.query}", TITLE), colour=COLOUR_OK)
    best = a.dates[0]
    embed.description = clip(
        f"**{best.value}** — {best.human} "
        f"({plural(best.sources, 'source')} {'agrees' if best.sources == 1 else 'agree'})",
        DESCRIPTION,
    )
    shown = 0
    for d in a.dates[:8]:
        body = [f"{plural(d.sources, 'source')} · written “{safe(d.text)}”"]
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
    return _quote_pages(a)[0]

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
        name = f"[{i}] {safe(source_label(c))}" if a.citations else f"Nearest [{i}] {safe(source_label(c))}"
        embed.add_field(name=clip(name, FIELD_NAME), value=clip(f"> {emphasise(c, safe)}", FIELD_VALUE),
                        inline=False)
    return embed


def _paged(title: str, description: str | None, blocks: list[tuple[str, str]], footer: str,
           colour: discord.Colour = COLOUR_OK) -> list[discord.Embed]:
    """Spread (name, value) sections over pages that each stay well within Discord's limits."""
    pages: list[list[tuple[str, str]]] = [[]]
    size = len(description or "")
    for name, value in blocks:
        name, value = clip(safe(name), FIELD_NAME), clip(value, FIELD_VALUE)
        if pages[-1] and (len(pages[-1]) >= PAGE_FIELDS or size + len(name) + len(value) > PAGE_BUDGET):
            pages.append([])
            size = 0
        pages[-1].append((name, value))
        size += len(name) + len(value)
    embeds = []
    for i, page in enumerate(pages, start=1):
        embed = discord.Embed(title=clip(title, TITLE), description=description if i == 1 else None, colour=colour)
        for name, value in page:
            embed.add_field(name=name, value=value or "—", inline=False)
        note = f"Page {i}/{len(pages)} · {footer}" if len(pages) > 1 else footer
        embed.set_footer(text=clip(note, FOOTER))
        embeds.append(fit(embed))
    return embeds


def _quote_pages(a: QuoteAnswer) -> list[discord.Embed]:
    blocks: list[tuple[str, str]] = []
    by_source: dict[str, list] = {}
    for q in a.quotes:
        by_source.setdefault(source_label(q.citations[0]), []).append(q)
    for label, quotes in by_source.items():
        lines = []
        for q in quotes:
            also = f" — *quoted in {q.sources} sources*" if q.sources > 1 else ""
            lines.append(f"• “{safe(clip(q.text, 700))}” ({KIND_LABEL.get(q.kind, q.kind)}){also}")
        chunk: list[str] = []
        for line in lines:  # a source with many quotes continues in a second section, never silently cut
            if chunk and len("\n".join([*chunk, line])) > FIELD_VALUE:
                blocks.append((label if not blocks or blocks[-1][0] != label else f"{label} (cont.)",
                               "\n".join(chunk)))
                chunk = []
            chunk.append(line)
        if chunk:
            blocks.append((label if not blocks or not blocks[-1][0].startswith(label) else f"{label} (cont.)",
                           "\n".join(chunk)))
    total = len(a.quotes)
    left = a.total - a.offset - total  # the next batches: Discord's Next button loads them
    more = f" · {left} more" if left > 0 else ""
    cited = {c.document for q in a.quotes for c in q.citations}  # each quote's sources, not the one it is filed under
    sources = max(a.source_count, len(cited), *(q.sources for q in a.quotes))
    footer = f"{plural(total, 'quote')} from {plural(sources, 'source')}"
    return _paged(f"Quotes: {a.speaker}", None, blocks, footer + more)


def _when_pages(a: WhenAnswer) -> list[discord.Embed]:
    first = _when(a)
    blocks = []
    for d in a.dates:
        body = [f"{plural(d.sources, 'source')} · written “{safe(d.text)}”"]
        body += [_cite_line(i, c) for i, c in enumerate(d.citations, start=1)]
        blocks.append((f"{d.value} — {d.human}", _join_within(body, FIELD_VALUE)))
    return [_linked(p, a.dates[0].citations) for p in _paged(first.title or "When", first.description, blocks,
                                                             f"{len(a.dates)} dates")]


def _sources_pages(a: SourcesAnswer) -> list[discord.Embed]:
    if not a.documents:
        return [discord.Embed(description="No documents yet. Add .txt or .md files to the corpus folder.",
                              colour=COLOUR_MISS)]
    blocks = []
    for d in a.documents:
        outlet = f" · {safe(d.outlet)}" if d.outlet else ""
        link = f"\n{d.url}" if d.url else ""
        blocks.append((f"{d.title or d.name}",
                       f"{code(d.name)}{outlet} · {d.published or 'undated'}\n"
                       f"{d.people} people · {d.quotes} quotes · {d.dates} dates{link}"))
    shown = f"{len(a.documents)} of {a.total}" if a.total > len(a.documents) else str(a.total)
    return _paged("Sources", None, blocks, f"{shown} documents, newest first")


def _source_pages(a: SourceAnswer) -> list[discord.Embed]:
    d = a.document
    assert d is not None
    groups = {"person": "People", "quote": "Quotes", "date": "Dates", "amount": "Amounts"}
    blocks = []
    for kind, heading in groups.items():
        lines = [f"• {safe(clip(f.text, 300))}" + (f" — {_short_cite(f.citation)}" if f.citation else "")
                 for f in a.facts if f.kind == kind]
        chunk: list[str] = []
        for line in lines:
            if chunk and len("\n".join([*chunk, line])) > FIELD_VALUE:
                blocks.append((heading, "\n".join(chunk)))
                heading = f"{groups[kind]} (cont.)"
                chunk = []
            chunk.append(clip(line, FIELD_VALUE))
        if chunk:
            blocks.append((heading, "\n".join(chunk)))
    outlet = f" · {safe(d.outlet)}" if d.outlet else ""
    description = f"{code(d.name)}{outlet} · {d.published or 'undated'}"
    pages = _paged(d.title or d.name, description, blocks, f"{d.people} people · {d.quotes} quotes · {d.dates} dates")
    for page in pages:
        page.url = web_url(d.url)
    return pages


def _short_cite(c: Citation) -> str:
    return f"chars {c.start}–{c.end}"


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
