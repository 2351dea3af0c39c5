"""Embeds stay within Discord's limits whatever the answer, and source/user text never pings or breaks markdown."""

from __future__ import annotations

import discord
import pytest

from bot.answer.models import (
    Citation,
    DateItem,
    ErrorAnswer,
    PersonMatch,
    QuoteAnswer,
    QuoteItem,
    RoleItem,
    WhenAnswer,
    WhoAnswer,
)
from bot.render.embeds import render_embed
from bot.render.text import render_text


def cite(doc: str = "a.txt", snippet: str = "Foreign Minister S. Jaishankar met Rubio.", hl=((17, 30),)) -> Citation:
    return Citation(doc, None, "2025-01-28", 0, len(snippet), snippet, list(hl))


def check_limits(embed: discord.Embed) -> None:
    assert len(embed) <= 6000
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    for f in embed.fields:
        assert len(f.name) <= 256 and len(f.value) <= 1024 and f.value
    assert len(embed.footer.text or "") <= 2048


def test_who_embed_shows_name_roles_aliases_and_citations() -> None:
    answer = WhoAnswer("jaishankar", "found", matches=[PersonMatch(
        "S. Jaishankar", "person", ["Jaishankar", "Mr Jaishankar"],
        [RoleItem("Foreign Minister", None, [cite()]), RoleItem("Secretary of State", "US", [cite("b.txt")])],
        [cite(), cite("b.txt")], 100.0, documents=2, mentions=5)])
    embed = render_embed(answer)
    check_limits(embed)
    assert embed.title == "S. Jaishankar"
    assert "Foreign Minister" in embed.description and "Secretary of State (US)" in embed.description
    assert "Mr Jaishankar" in embed.description
    assert "**S. Jaishankar**" in embed.fields[0].value and "a.txt" in embed.fields[0].name
    assert "S. Jaishankar" in render_text(answer) and "[2] b.txt" in render_text(answer)


def test_huge_quote_answer_is_cut_visibly_within_limits() -> None:
    quotes = [QuoteItem(("word " * 300) + str(i), "direct", "Narendra Modi", [cite(f"doc{i % 40}.txt")])
              for i in range(500)]
    embed = render_embed(QuoteAnswer("modi", "found", "Narendra Modi", quotes, total=500))
    check_limits(embed)
    assert "Page 1/" in (embed.footer.text or "") and "500 quotes" in embed.footer.text


def test_many_dates_with_long_snippets_stay_within_limits() -> None:
    long = cite(snippet="x" * 5000, hl=((10, 4000),))
    dates = [DateItem(f"2025-01-{d:02d}", "a day", "January", ["e"], 3, [long] * 3, 1.0) for d in range(1, 30)]
    embed = render_embed(WhenAnswer("e", "found", dates))
    check_limits(embed)


@pytest.mark.parametrize("nasty", ["@everyone", "<@123456>", "**bold** _it_ `code` ||spoiler||", "x" * 10_000,
                                   "Z̷̢̛a̸l̶g̵o̴" * 300, "?!.,"])
def test_echoed_text_is_escaped_and_bounded(nasty: str) -> None:
    embed = render_embed(WhoAnswer(nasty, "not_found", message=f"Nobody called “{nasty}” appears."))
    check_limits(embed)
    assert "@everyone" not in (embed.description or "").replace("@\u200beveryone", "")
    if "**bold**" in nasty:
        assert "\\*\\*bold\\*\\*" in embed.description
    check_limits(render_embed(ErrorAnswer(nasty)))


def test_source_markdown_in_snippets_is_escaped_but_highlight_kept() -> None:
    c = Citation("a.txt", None, None, 0, 30, "A *starred* claim by @everyone", [(21, 30)])
    embed = render_embed(WhoAnswer("x", "found", matches=[PersonMatch("X", "person", [], [], [c], 100.0)]))
    value = embed.fields[0].value
    assert "\\*starred\\*" in value and "**@\u200beveryone**" in value


def test_check_embed_shows_verdict_diff_and_stays_within_limits() -> None:
    from bot.answer.models import CheckAnswer, DiffOp

    answer = CheckAnswer("we strongly oppose", "Jaishankar", "altered", "S. Jaishankar", 0.8,
                         [DiffOp("replace", "strongly", "firmly")] * 400, [cite()] * 30)
    embed = render_embed(answer)
    check_limits(embed)
    assert "Altered" in embed.title and "firmly" in embed.fields[0].value and "more" in embed.fields[0].value
    assert "The original words are by S. Jaishankar" in render_text(answer)


def test_long_answers_are_paginated_without_losing_anything() -> None:
    from bot.render.embeds import render_pages

    quotes = [QuoteItem(f"quote number {i} " + "word " * 60, "direct", "Narendra Modi", [cite(f"doc{i % 40}.txt")])
              for i in range(300)]
    pages = render_pages(QuoteAnswer("modi", "found", "Narendra Modi", quotes, total=300))
    assert len(pages) > 1
    text = "\n".join(f.value for p in pages for f in p.fields)
    for i in range(300):
        assert f"quote number {i} " in text
    for n, page in enumerate(pages, start=1):
        check_limits(page)
        assert f"Page {n}/{len(pages)}" in page.footer.text
