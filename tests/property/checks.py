"""What every answer and every rendered reply must satisfy, whatever the input."""

from __future__ import annotations

import json

import discord
from hypothesis import event

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
from bot.console import printable
from bot.render.embeds import render_embed, render_pages
from bot.render.text import render_text
from tests.discord_double.limits import check_embeds

STATUSES = {"found", "ambiguous", "not_found", "error"}
VERDICTS_WITH_SOURCE = {"verbatim", "close", "altered", "misattributed"}


def assert_citation(c: Citation) -> None:
    assert c.document and 0 <= c.start <= c.end and isinstance(c.snippet, str)
    assert all(0 <= a < b <= len(c.snippet) for a, b in c.highlights), (c.highlights, len(c.snippet))


def citations_of(answer: object) -> list[list[Citation]]:
    """The citations of each found item of an answer (one list per item), to check none is empty."""
    if isinstance(answer, WhoAnswer) and answer.status in ("found", "ambiguous"):
        assert answer.matches
        return [m.citations for m in answer.matches] + [r.citations for m in answer.matches for r in m.roles]
    if isinstance(answer, WhenAnswer) and answer.status == "found":
        assert answer.dates
        return [d.citations for d in answer.dates]
    if isinstance(answer, QuoteAnswer) and answer.status == "found":
        assert answer.quotes and answer.total >= len(answer.quotes)
        return [q.citations for q in answer.quotes]
    if isinstance(answer, CheckAnswer) and answer.verdict in VERDICTS_WITH_SOURCE:
        return [answer.citations]
    if isinstance(answer, SourceAnswer) and answer.status == "found":
        assert answer.document is not None
        return [[f.citation] if f.citation else [] for f in answer.facts]
    return []


def assert_answer(answer: object) -> None:
    """A known answer with a known status; every found item cited; JSON that can be printed."""
    assert isinstance(answer, WhoAnswer | WhenAnswer | QuoteAnswer | CheckAnswer | SourcesAnswer | SourceAnswer
                      | HelpAnswer | ErrorAnswer), type(answer)
    assert getattr(answer, "status", "found") in STATUSES
    for cited in citations_of(answer):
        assert cited, f"a found item without a citation in {type(answer).__name__}"
        for c in cited:
            assert_citation(c)
    json.dumps(answer.to_json())  # type: ignore[attr-defined]


def assert_embeds(embeds: list[discord.Embed]) -> None:
    """Within Discord's limits as the Discord double checks them (its own copy of the numbers), not empty,
    and sendable: text Discord can decode, no lone surrogate."""
    assert embeds
    for embed in embeds:
        payload = embed.to_dict()
        errors = check_embeds([payload])
        assert not errors, errors
        assert payload.get("title") or payload.get("description") or payload.get("fields"), payload
        json.dumps(payload, ensure_ascii=False).encode("utf-8")  # raises on a lone surrogate


def assert_rendered(answer: object) -> None:
    """The console text and every Discord page of the answer."""
    text = render_text(answer)
    assert isinstance(text, str) and text.strip()
    printable(text).encode("utf-8")
    assert_embeds([render_embed(answer)])
    assert_embeds(render_pages(answer))


def assert_reply(answer: object) -> None:
    outcome = answer.verdict if isinstance(answer, CheckAnswer) else getattr(answer, "status", "found")
    event(f"{type(answer).__name__}: {outcome}")  # --hypothesis-show-statistics: found answers are exercised
    assert_answer(answer)
    assert_rendered(answer)
