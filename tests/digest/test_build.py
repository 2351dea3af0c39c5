"""The digest's content from the seeds — new sources, people with roles, quotes, dates — every item cited;
and its rendering within Discord's limits however much arrived."""

from __future__ import annotations

from datetime import date

import discord

from bot.answer.models import Citation, QuoteItem
from bot.desk import Desk
from bot.digest.build import build_digest, coverage
from bot.digest.models import DigestAnswer, PersonItem, SourceItem
from bot.render.digest import MAX_MESSAGES, render_digest_messages, render_digest_text

SEED_A = "000_49acccabc25c2743.txt"
SEED_B = "003_9c9e8ef1097f156a.txt"


async def seed_digest(desk: Desk, today: date = date(2025, 1, 25)) -> DigestAnswer:
    cover = await coverage(desk.store, None, [])
    return await build_digest(desk.store, cover, today.isoformat(), today)


def all_citations(answer: DigestAnswer) -> list[Citation]:
    cites = [s.citation for s in answer.sources]
    for p in answer.people:
        cites += p.citations + [c for r in p.roles for c in r.citations]
    for q in answer.quotes:
        cites += q.citations
    for d in answer.dates:
        cites += d.citations
    return cites


async def test_new_sources_with_outlet_and_date(desk: Desk) -> None:
    answer = await seed_digest(desk)
    assert answer.status == "found" and answer.totals["sources"] == 2
    by_name = {s.document: s for s in answer.sources}
    assert set(by_name) == {SEED_A, SEED_B}
    assert by_name[SEED_B].published == "2025-01-28" and by_name[SEED_A].published is None
    assert answer.sources[0].document == SEED_B  # dated first, newest first
    assert by_name[SEED_B].citation.snippet.startswith("New Delhi: Prime Minister Narendra Modi")


async def test_people_most_mentioned_with_cited_roles(desk: Desk) -> None:
    answer = await seed_digest(desk)
    names = [p.name for p in answer.people]
    assert {"Narendra Modi", "Donald Trump", "S. Jaishankar"} <= set(names[:4])
    assert [p.mentions for p in answer.people] == sorted((p.mentions for p in answer.people), reverse=True)
    jaishankar = next(p for p in answer.people if p.name == "S. Jaishankar")
    roles = {r.title.casefold(): r for r in jaishankar.roles}
    assert "foreign minister" in roles and "external affairs minister" in roles
    assert roles["foreign minister"].citations[0].document == SEED_A
    assert "Foreign Minister" in roles["foreign minister"].citations[0].snippet
    assert jaishankar.documents == 2 and {c.document for c in jaishankar.citations} == {SEED_A, SEED_B}


async def test_notable_quotes_are_attributed_and_cited(desk: Desk) -> None:
    answer = await seed_digest(desk)
    texts = [q.text for q in answer.quotes]
    assert any("We firmly oppose illegal mobility" in t for t in texts)
    oppose = next(q for q in answer.quotes if "firmly oppose" in q.text)
    assert oppose.speaker == "S. Jaishankar" and oppose.kind == "direct"
    assert oppose.citations[0].document == SEED_A and "firmly oppose" in oppose.citations[0].snippet
    modi = [q for q in answer.quotes if q.speaker == "Narendra Modi"]
    assert modi and any(q.sources == 2 for q in modi)  # the same words in both seeds: one item, two citations


async def test_dates_recent_and_upcoming(desk: Desk) -> None:
    answer = await seed_digest(desk, today=date(2025, 1, 25))
    by_value = {d.value: d for d in answer.dates}
    assert by_value["2025-01-27"].upcoming and by_value["2025-01-27"].sources == 2
    assert not by_value["2025-01-20"].upcoming and "inauguration" in by_value["2025-01-20"].events
    assert by_value["2025-01-20"].human == "Monday 20 January 2025"
    assert answer.dates[0].upcoming  # upcoming first, then recent (latest first)
    recent = [d.value for d in answer.dates if not d.upcoming]
    assert recent == sorted(recent, reverse=True)
    later = await seed_digest(desk, today=date(2025, 2, 1))
    assert not any(d.upcoming for d in later.dates)


async def test_every_item_is_cited(desk: Desk) -> None:
    answer = await seed_digest(desk)
    assert answer.people and answer.quotes and answer.dates
    for p in answer.people:
        assert p.citations and all(r.citations for r in p.roles)
    assert all(q.citations for q in answer.quotes) and all(d.citations for d in answer.dates)
    for c in all_citations(answer):
        assert c.document in (SEED_A, SEED_B) and c.snippet
    assert answer.to_json()["sources"][0]["citation"]["document"] == SEED_B


async def test_text_and_embeds_show_the_same_sections(desk: Desk) -> None:
    answer = await seed_digest(desk)
    text = render_digest_text(answer)
    for heading in ("New sources:", "People most mentioned:", "Notable quotes:", "Upcoming dates:", "Recent dates:"):
        assert heading in text
    assert "S. Jaishankar" in text and "Foreign Minister" in text and "[1] 000_49acccabc25c2743.txt" in text
    messages = render_digest_messages(answer)
    assert 1 <= len(messages) <= 2
    titles = [e.title for m in messages for e in m]
    assert titles[0].startswith("Factdesk digest for 2025-01-25: 2 new sources")
    assert titles[1:] == ["People most mentioned", "Notable quotes", "Dates mentioned"]


async def test_quiet_day_is_one_line(desk: Desk) -> None:
    cover = await coverage(desk.store, None, [])
    quiet = await coverage(desk.store, cover.watermark, cover.edge)
    assert quiet.documents == [] and quiet.watermark == cover.watermark
    answer = await build_digest(desk.store, quiet, "2025-01-30", date(2025, 1, 30))
    assert answer.status == "quiet"
    assert render_digest_text(answer).count("\n") == 0 and "nothing new arrived" in render_digest_text(answer)
    (embeds,) = render_digest_messages(answer)
    assert len(embeds) == 1


def _citation(i: int, length: int = 300) -> Citation:
    snippet = ("@everyone **bold** " + "word " * length)[:length]
    return Citation(f"doc{i:04}.txt", f"Title {i} " + "x" * 200, "2025-01-28", 0, 10, snippet, [(0, 10)],
                    outlet="Outlet *", url=f"https://news.example/{i}")


def test_a_huge_day_stays_within_discord_limits() -> None:
    answer = DigestAnswer(period="2025-01-29", since=None, until="2025-01-29T08:00:00+00:00")
    answer.sources = [SourceItem(f"doc{i:04}.txt", f"Title {i} " + "x" * 200, "Outlet", "2025-01-28",
                                 f"https://news.example/{i}", _citation(i)) for i in range(200)]
    answer.people = [PersonItem(f"Person {i} " + "y" * 300, 100 - i, 5, [], [_citation(i, 900)]) for i in range(8)]
    answer.quotes = [QuoteItem("z" * 2000, "direct", "Someone", [_citation(i, 900), _citation(i + 1, 900)])
                     for i in range(5)]
    answer.totals = {"sources": 5000, "people": 900, "quotes": 400, "dates": 0}
    messages = render_digest_messages(answer)
    assert 1 <= len(messages) <= MAX_MESSAGES
    shown = ""
    for embeds in messages:
        assert 1 <= len(embeds) <= 10
        assert sum(len(e) for e in embeds) <= 6000
        for e in embeds:
            assert len(e.title or "") <= 256 and len(e.description or "") <= 4096 and len(e.fields) <= 25
            assert all(len(f.name or "") <= 256 and len(f.value or "") <= 1024 for f in e.fields)
            shown += f"{e.title}\n{e.description}\n{e.footer.text}\n" + "\n".join(str(f.value) for f in e.fields)
    assert "more new sources" in shown and "more people" in shown and "more quotes" in shown
    assert "@everyone" not in shown  # mentions defused in embeds too


def test_embeds_escape_markdown_from_sources() -> None:
    answer = DigestAnswer(period="2025-01-29", since=None, until=None)
    answer.sources = [SourceItem("a.txt", "**Not bold** <@123>", None, None, None, _citation(1, 50))]
    answer.totals = {"sources": 1}
    (embeds,) = render_digest_messages(answer)
    assert isinstance(embeds[0], discord.Embed)
    assert "\\*\\*Not bold\\*\\*" in (embeds[0].description or "")
