"""Citations link to their source: the embed's title links to the first cited article with a URL, and /when's
citation lines are masked links; files (no URL) and odd schemes give no link."""

from __future__ import annotations

from bot.answer.models import Citation, DateItem, PersonMatch, WhenAnswer, WhoAnswer
from bot.render.embeds import render_embed, web_url

URL = "https://example-news.com/world/meeting_(update)"


def cite(url: str | None) -> Citation:
    snippet = "Foreign Minister S. Jaishankar met Rubio."
    return Citation("doc", "Jaishankar meets Rubio", "2025-01-21", 0, len(snippet), snippet, [(17, 30)],
                    outlet="Example News", url=url)


def test_who_links_to_the_first_article_with_a_url() -> None:
    answer = WhoAnswer("jaishankar", "found", matches=[PersonMatch(
        "S. Jaishankar", "person", [], [], [cite(None), cite(URL)], 100.0, documents=2, mentions=2)])
    embed = render_embed(answer)
    assert embed.url == "https://example-news.com/world/meeting_%28update%29"
    assert "Jaishankar meets Rubio · Example News · 2025-01-21" in embed.fields[1].name


def test_a_file_source_gives_no_link() -> None:
    answer = WhoAnswer("jaishankar", "found", matches=[PersonMatch(
        "S. Jaishankar", "person", [], [], [cite(None)], 100.0, documents=1, mentions=1)])
    assert render_embed(answer).url is None
    assert web_url("javascript:alert(1)") is None and web_url("file:///etc/passwd") is None


def test_when_citations_are_masked_links() -> None:
    date = DateItem("2025-01-21", "Tuesday 21 January 2025", "Tuesday", ["met"], 1, [cite(URL)], 1.0)
    answer = WhenAnswer("meeting", "found", dates=[date])
    embed = render_embed(answer)
    assert embed.url == web_url(URL)
    assert f"({web_url(URL)})" in embed.fields[0].value
