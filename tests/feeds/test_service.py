"""Feeds end to end without Discord: add, poll (conditional, once per item, own text as a fallback), backoff,
state across a restart, remove, the command line. Everything is served from 127.0.0.1."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.desk import Desk
from bot.feeds import FeedProblem, describe_feeds, describe_poll
from bot.settings import Settings
from tests.feeds.samples import STORIES, atom, rss2
from tests.fetch.conftest import TEST_FETCH
from tests.fetch.site import LocalSite, ThreadedSite


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 2, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def open_desk(db: Path, clock: Clock, allow_private: bool = True) -> Desk:
    settings = Settings.load(db=db, corpus=db.parent / "corpus", env={})
    settings = dataclasses.replace(settings, fetch=dataclasses.replace(TEST_FETCH,
                                                                       allow_private_addresses=allow_private))
    desk = await Desk.open(db, settings)
    desk.feeds.clock = clock
    return desk


@pytest.fixture
async def desk(tmp_path: Path, clock: Clock) -> AsyncIterator[Desk]:
    d = await open_desk(tmp_path / "feeds.db", clock)
    try:
        yield d
    finally:
        await d.close()


def serve_stories(site: LocalSite, stories=STORIES) -> None:
    for s in stories:
        site.add_page(f"/news/{s.slug}", s.page(site.base))


async def test_add_poll_answer(desk: Desk, site: LocalSite) -> None:
    serve_stories(site)
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:2]))
    row = await desk.feeds.add(url, added_by="admin")
    assert row.title == "Example News — World" and row.interval_seconds == 30 * 60
    polls = await desk.feeds.poll_due()
    assert len(polls) == 1 and len(polls[0].added) == 2
    assert "Added “Okafor presents the budget” (Example News · 2025-02-04)" in describe_poll(polls)
    who = await desk.who("Adaeze Okafor")
    assert who.matches and who.matches[0].citations[0].url == f"{site.base}/news/okafor-budget"
    assert who.matches[0].citations[0].published == "2025-02-04"
    # not due again before its interval; when due, a 304 answers and nothing is read twice
    assert await desk.feeds.poll_due() == []
    desk.feeds.clock.advance(minutes=31)  # type: ignore[attr-defined]
    polls = await desk.feeds.poll_due()
    assert polls[0].not_modified and site.hits("/news/okafor-budget") == 1
    assert [h for p, h in site.requests if p == "/rss.xml"][-1].get("If-None-Match")


async def test_a_new_item_is_read_once(desk: Desk, site: LocalSite) -> None:
    serve_stories(site)
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:1]))
    await desk.feeds.add(url)
    await desk.feeds.poll_all()
    site.add_feed("/rss.xml", rss2(site.base, STORIES))  # two new items appear
    polls = await desk.feeds.poll_all()
    assert sorted(o.title or "" for o in polls[0].added) == ["Lindqvist on energy prices", "Okafor presents the budget"]
    assert site.hits("/news/wong-trade") == 1
    rows = await desk.feeds.list()
    assert rows[0].items_read == 3 and rows[0].last_error is None
    assert "3 items read" in describe_feeds(rows, desk.feeds.clock())


async def test_an_item_whose_page_fails_is_stored_from_its_own_text(desk: Desk, site: LocalSite) -> None:
    url = site.add_feed("/atom.xml", atom(site.base, STORIES[:1]), "application/atom+xml")  # no pages served
    await desk.feeds.add(url)
    poll = (await desk.feeds.poll_all())[0]
    outcome = poll.outcomes[0]
    assert outcome.status == "added" and outcome.from_feed_text and "feed's own text" in outcome.describe()
    assert outcome.published == "2025-02-03" and outcome.outlet == "Example Atom"
    assert (await desk.who("Penny Wong")).matches


async def test_a_failing_feed_backs_off_and_recovers(desk: Desk, site: LocalSite) -> None:
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:1]))
    await desk.feeds.add(url)
    site.failing["/rss.xml"] = 500
    clock = desk.feeds.clock
    nexts = []
    for _ in range(3):
        poll = (await desk.feeds.poll_all())[0]
        assert poll.error and "HTTP 500" in poll.error
        row = (await desk.feeds.list())[0]
        nexts.append(datetime.fromisoformat(row.next_fetch) - clock())  # type: ignore[operator]
    assert nexts == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=4)]
    assert row.errors == 3 and "HTTP 500" in (row.last_error or "")
    assert "last error: " in describe_feeds([row], clock())  # type: ignore[arg-type]
    del site.failing["/rss.xml"]
    serve_stories(site, STORIES[:1])
    await desk.feeds.poll_all()
    row = (await desk.feeds.list())[0]
    assert row.errors == 0 and row.last_error is None and row.items_read == 1


async def test_state_survives_a_restart(tmp_path: Path, site: LocalSite, clock: Clock) -> None:
    serve_stories(site)
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:2]))
    first = await open_desk(tmp_path / "f.db", clock)
    try:
        await first.feeds.add(url)
        await first.feeds.poll_all()
    finally:
        await first.close()
    site.add_feed("/rss.xml", rss2(site.base, STORIES))  # a new item, so no 304
    again = await open_desk(tmp_path / "f.db", clock)
    try:
        polls = await again.feeds.poll_all()
        assert [o.title for o in polls[0].added] == ["Lindqvist on energy prices"]
        assert site.hits("/news/wong-trade") == 1
    finally:
        await again.close()


async def test_add_refusals_say_why(desk: Desk, site: LocalSite, tmp_path: Path, clock: Clock) -> None:
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:1]))
    await desk.feeds.add(url)
    with pytest.raises(FeedProblem, match="already followed"):
        await desk.feeds.add(url.replace("http://", "https://") + "?utm_source=x")
    with pytest.raises(FeedProblem, match="not a feed"):
        await desk.feeds.add(site.add_page("/page.html", "<html><body><p>no feed here</p></body></html>"))
    with pytest.raises(FeedProblem, match="HTTP 404"):
        await desk.feeds.add(site.url("/nothing.xml"))
    with pytest.raises(FeedProblem, match="at most every 5 minutes"):
        await desk.feeds.add(site.url("/other.xml"), interval_minutes=1)
    strict = await open_desk(tmp_path / "strict.db", clock, allow_private=False)
    try:
        with pytest.raises(FeedProblem, match="does not read local or private network addresses"):
            await strict.feeds.add(url)
    finally:
        await strict.close()


async def test_a_site_address_finds_its_feed(desk: Desk, site: LocalSite) -> None:
    site.add_feed("/rss.xml", rss2(site.base, STORIES[:1]))
    home = site.add_page("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
                              "</head><body><p>Home</p></body></html>")
    row = await desk.feeds.add(home)
    assert row.url == site.url("/rss.xml")


async def test_remove_keeps_the_articles(desk: Desk, site: LocalSite) -> None:
    serve_stories(site, STORIES[:1])
    url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:1]))
    await desk.feeds.add(url)
    await desk.feeds.poll_all()
    removed = await desk.feeds.remove(url)
    assert removed.url == url and await desk.feeds.list() == []
    assert (await desk.who("Penny Wong")).matches
    with pytest.raises(FeedProblem, match="no feed"):
        await desk.feeds.remove(url)


def test_cli_feed_add_list_poll_remove(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_ALLOW_PRIVATE_ADDRESSES", "1")
    db = str(tmp_path / "cli.db")
    with ThreadedSite() as site:
        serve_stories(site, STORIES[:2])
        url = site.add_feed("/rss.xml", rss2(site.base, STORIES[:2]))
        assert main(["feed", "add", "--db", db, url]) == 0
        assert "Following “Example News — World”" in capsys.readouterr().out
        assert main(["feed", "poll", "--db", db]) == 0
        out = capsys.readouterr().out
        assert "2 new of 2 item(s)" in out and "Added “Wong unveils regional trade plan”" in out
        assert main(["feed", "list", "--db", db]) == 0
        assert "2 items read" in capsys.readouterr().out
        assert main(["feed", "remove", "--db", db, url]) == 0
        assert main(["feed", "remove", "--db", db, url]) == 1
        assert "no feed" in capsys.readouterr().err
    assert main(["ask", "--db", db, "/who", "Penny Wong"]) == 0
    assert "Foreign Minister" in capsys.readouterr().out
