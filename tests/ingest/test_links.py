"""Links become documents: through the Desk, the console and the command line, each answer saying what was
added (title, outlet, date, counts) or exactly why not. Pages come from a local site on 127.0.0.1."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.console import Console
from bot.desk import Desk
from bot.ingest.links import document_key
from bot.settings import Settings
from tests.fetch.conftest import TEST_FETCH
from tests.fetch.site import LocalSite, ThreadedSite
from tests.ingest.test_html import news_page


async def open_desk(tmp_path: Path, allow_private: bool = True) -> Desk:
    settings = Settings.load(db=tmp_path / "links.db", corpus=tmp_path / "corpus", env={})
    fetch = dataclasses.replace(TEST_FETCH, allow_private_addresses=allow_private)
    return await Desk.open(settings.db_path, dataclasses.replace(settings, fetch=fetch))


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    d = await open_desk(tmp_path)
    try:
        yield d
    finally:
        await d.close()


async def test_a_link_is_added_answerable_and_cited_with_its_url(desk: Desk, site: LocalSite) -> None:
    canonical = site.url("/world/meeting")
    url = site.add_page("/world/meeting", news_page(canonical=canonical))
    outcome = await desk.ingest_url(url + "?utm_source=discord")
    assert outcome.status == "added", outcome.reason
    text = outcome.describe()
    assert text.startswith("Added “Jaishankar meets Rubio in Washington” (Example News · 2025-01-21): ")
    assert "people" in text and "quote" in text and "date" in text
    answer = await desk.who("Jaishankar")
    citation = answer.matches[0].citations[0]
    assert citation.url == canonical and citation.published == "2025-01-21" and citation.outlet == "Example News"
    assert citation.title == "Jaishankar meets Rubio in Washington"


async def test_the_same_article_through_another_spelling_is_one_document(desk: Desk, site: LocalSite) -> None:
    canonical = site.url("/world/meeting")
    site.add_page("/world/meeting", news_page(canonical=canonical))
    first = await desk.ingest_url(site.url("/world/meeting"))
    again = await desk.ingest_url(site.url("/world/meeting/?utm_medium=social#top"))
    assert first.name == again.name == f"127.0.0.1:{site.port}/world/meeting"
    assert again.status == "unchanged" and again.describe().startswith("Already in Factdesk, unchanged")
    assert await desk.store.document_count() == 1
    site.add_page("/world/meeting", news_page(canonical=canonical, date="2025-01-22"))
    assert (await desk.ingest_url(site.url("/world/meeting"))).status == "updated"
    assert await desk.store.document_count() == 1


@pytest.mark.parametrize(("path", "why"), [
    ("/missing.html", "answered HTTP 404"),
    ("/data.json", "application/json, not a web page"),
    ("/loop-a", "redirects in a loop"),
])
async def test_a_link_that_cannot_be_read_says_exactly_why(desk: Desk, site: LocalSite, path: str, why: str) -> None:
    outcome = await desk.ingest_url(site.url(path))
    assert outcome.status == "failed" and why in outcome.describe()
    assert outcome.describe().startswith(f"Not added: {site.url(path)} — ")
    assert await desk.store.document_count() == 0


async def test_a_page_with_no_article(desk: Desk, site: LocalSite) -> None:
    url = site.add_page("/login", "<html><head><title>Log in</title></head><body><form></form></body></html>")
    assert "no article text" in (await desk.ingest_url(url)).describe()


async def test_a_private_address_is_refused_by_default(tmp_path: Path, site: LocalSite) -> None:
    url = site.add_page("/world/meeting", news_page())
    strict = await open_desk(tmp_path, allow_private=False)
    try:
        outcome = await strict.ingest_url(url)
    finally:
        await strict.close()
    assert outcome.status == "failed"
    why = "127.0.0.1 is a loopback address; Factdesk does not read local or private network addresses"
    assert why in (outcome.reason or "")
    assert site.hits("/world/meeting") == 0


def test_canonical_links_count_only_on_the_same_site() -> None:
    assert document_key("https://a.com/x", "https://www.a.com/x?p=1", "https://a.com/story") == "a.com/story"
    assert document_key("https://a.com/x", "https://a.com/x", "https://b.com/story") == "a.com/x"
    assert document_key("https://a.com/x", "https://a.com/y", None) == "a.com/y"


async def test_console_ingest_url(tmp_path: Path, desk: Desk, site: LocalSite) -> None:
    url = site.add_page("/world/meeting", news_page())
    console = Console(desk, desk.settings, asyncio.Lock(), out=io.StringIO())  # type: ignore[arg-type]
    answer = await console.answer(f"/ingest {url} {site.url('/missing.html')}")
    lines = answer.splitlines()
    assert lines[0].startswith("Added “Jaishankar meets Rubio in Washington”")
    assert lines[1].startswith("Not added:") and "HTTP 404" in lines[1]
    assert "Jaishankar" in await console.answer("/who Jaishankar")


def test_cli_ingest_urls(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_ALLOW_PRIVATE_ADDRESSES", "1")
    db = tmp_path / "cli.db"
    with ThreadedSite() as site:
        url = site.add_page("/world/meeting", news_page())
        code = main(["ingest", "--db", str(db), url, site.url("/error")])
        out = capsys.readouterr()
        assert code == 1  # one of the two failed
        assert out.out.startswith("Added “Jaishankar meets Rubio in Washington” (Example News · 2025-01-21)")
        assert "HTTP 500" in out.err
        assert main(["ingest", "--db", str(db), url]) == 0
        assert "Already in Factdesk" in capsys.readouterr().out
    assert main(["ask", "--db", str(db), "--json", "/who", "Jaishankar"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["matches"][0]["citations"][0]["url"] == "https://www.example-news.com/world/meeting"


def test_cli_ingest_refuses_a_private_address_by_default(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTDESK_ALLOW_PRIVATE_ADDRESSES", raising=False)
    code = main(["ingest", "--db", str(tmp_path / "x.db"), "http://127.0.0.1:9/article"])
    assert code == 1 and "does not read local or private network addresses" in capsys.readouterr().err
