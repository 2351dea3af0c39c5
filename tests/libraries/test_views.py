"""Libraries through the Desk: what one server adds answers in that server only; the base library everywhere.

Real extraction over the small articles in articles.py; server A = 111, server B = 222, a DM = the base library.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.desk import Desk
from bot.settings import Settings
from bot.store import BASE
from tests.libraries.articles import ARTICLES

A, B = 111, 222


def cited(answer: Any) -> set[str]:
    """Every document an answer names (citations, source items): the 'document' keys of its JSON."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "document" and isinstance(value, str):
                    found.add(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(answer.to_json())
    return found


def text(answer: Any) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "jaishankar.txt").write_text(ARTICLES["jaishankar"], encoding="utf-8")
    (corpus / "modi.txt").write_text(ARTICLES["modi"], encoding="utf-8")
    settings = Settings.load(db=tmp_path / "f.db", corpus=corpus, env={})
    desk = await Desk.open(settings.db_path, settings)
    await desk.ingest_paths([corpus])
    try:
        yield desk
    finally:
        await desk.close()


async def add(desk: Desk, library: int, name: str) -> None:
    saved, report = await desk.upload(f"{name}.txt", ARTICLES[name].encode(), library=library)
    assert report.added == [saved.name] or report.unchanged, report.summary()


async def test_a_person_known_only_from_server_a_does_not_exist_in_b_or_a_dm(desk: Desk) -> None:
    await add(desk, A, "wong")
    found = await desk.who("Penny Wong", A)
    assert found.status == "found" and cited(found) == {"wong.txt"}
    for library in (B, BASE):
        answer = await desk.who("Penny Wong", library)
        assert answer.status == "not_found" and not answer.matches and not cited(answer), text(answer)
        assert not any("Wong" in s for s in answer.suggestions)
        assert (await desk.quote("Wong", library)).status == "not_found"
        check = await desk.check("Trade keeps our region stable and prosperous", library=library)
        assert check.verdict == "not_found" and not cited(check) and "Wong" not in text(check)
        when = await desk.when("unveiled trade plan", library)
        assert "wong.txt" not in cited(when)
        assert "Penny Wong" not in await desk.complete_names("", library=library)
        assert await desk.complete_names("Pen", library=library) == []
        assert await desk.complete_names("Wong", library=library) == []
        assert "unveiled" not in await desk.complete_events("unv", library=library)
        assert "wong.txt" not in await desk.complete_documents("", library=library)
        assert (await desk.source("wong.txt", library)).status == "not_found"
        assert "wong.txt" not in cited(await desk.sources(library=library))
        assert (await desk.help(library)).documents == 2
    assert (await desk.help(A)).documents == 3
    assert "Penny Wong" in await desk.complete_names("Pen", library=A)


async def test_a_speaker_known_only_by_name_in_server_a_is_not_quoted_in_b(desk: Desk) -> None:
    await add(desk, A, "kremlin")  # quotes whose speaker no entity stands for ("the Kremlin")
    found = await desk.quote("Kremlin", A)
    assert found.status == "found" and cited(found) == {"kremlin.txt"}
    for library in (B, BASE):
        answer = await desk.quote("Kremlin", library)
        assert answer.status == "not_found" and not cited(answer) and not answer.quotes
        check = await desk.check("We will respond to any provocation with firmness", "Kremlin", library)
        assert check.verdict == "not_found" and not cited(check)


async def test_a_person_known_from_both_shows_each_server_only_its_own_facts(desk: Desk) -> None:
    await add(desk, A, "sitharaman")  # Subrahmanyam Jaishankar, the External Affairs Minister, in server A only
    in_a = (await desk.who("Jaishankar", A)).matches[0]
    in_b = (await desk.who("Jaishankar", B)).matches[0]
    in_dm = (await desk.who("Jaishankar", BASE)).matches[0]
    assert {r.title for r in in_a.roles} == {"Foreign Minister", "External Affairs Minister"}
    assert in_a.documents == 2 and "the External Affairs Minister" in in_a.aliases
    for seen in (in_b, in_dm):
        assert {r.title for r in seen.roles} == {"Foreign Minister"}
        assert seen.documents == 1 and seen.mentions < in_a.mentions
        assert all("External" not in a and "Subrahmanyam" not in a for a in seen.aliases), seen.aliases
        assert seen.name == "S. Jaishankar"
    assert cited(await desk.who("Jaishankar", B)) == {"jaishankar.txt"}
    assert await desk.complete_names("Subr", library=B) == []


async def test_the_same_article_in_two_servers_is_one_document_each_and_removal_is_per_server(desk: Desk) -> None:
    await add(desk, A, "okafor")
    await add(desk, B, "okafor")
    for library in (A, B):
        answer = await desk.who("Adaeze Okafor", library)
        assert answer.status == "found" and answer.matches[0].documents == 1
    assert await desk.remove("okafor.txt", A)
    assert (await desk.who("Adaeze Okafor", A)).status == "not_found"
    kept = await desk.who("Adaeze Okafor", B)
    assert kept.status == "found" and cited(kept) == {"okafor.txt"}
    assert not await desk.remove("okafor.txt", A)  # gone from A; B's copy is B's to remove
    assert not await desk.remove("jaishankar.txt", A)  # a server cannot remove the base library's
    assert (await desk.who("Jaishankar", A)).status == "found"
    assert not (desk.settings.libraries.folder_of(A) / "okafor.txt").exists()  # type: ignore[union-attr]
    assert (desk.settings.libraries.folder_of(B) / "okafor.txt").exists()  # type: ignore[union-attr]


async def test_reload_of_a_server_library_reads_its_own_folder(desk: Desk) -> None:
    await add(desk, A, "wong")
    (desk.settings.libraries.folder_of(A) / "wong.txt").unlink()  # type: ignore[union-attr]
    report = await desk.reload(A)
    assert report.removed == ["wong.txt"] and (await desk.who("Penny Wong", A)).status == "not_found"
    assert (await desk.reload(B)).summary().startswith("0 added")  # no folder yet: nothing to do


async def test_what_one_server_adds_never_changes_how_the_base_library_links_names(desk: Desk) -> None:
    """Server A knows a second Trump; a base article saying just "Trump" still links to the base's Donald
    Trump, as it would without A (linking looks only at people its own view can see)."""
    melania = "---\ntitle: Melania Trump visits\npublished: 2025-02-09\n---\nMelania Trump visited Paris.\n"
    await desk.upload("melania.txt", melania.encode(), library=A)
    base_again = ("---\ntitle: Trump speaks\npublished: 2025-02-10\n---\n"
                  "President Trump spoke to reporters on Monday. “We will win,” Trump said.\n")
    (desk.settings.corpus_dir / "trump.txt").write_text(base_again, encoding="utf-8")  # type: ignore[union-attr]
    await desk.reload()
    donald = (await desk.who("Donald Trump", BASE)).matches[0]
    assert donald.documents == 2, donald


async def test_a_server_may_be_refused_uploads_and_feeds(tmp_path: Path, desk: Desk) -> None:
    from dataclasses import replace

    from bot.feeds import FeedProblem
    from bot.libraries import LibrarySettings, ServerRules

    assert desk.settings is not None
    rules = LibrarySettings(folder=desk.settings.libraries.folder, servers={A: ServerRules(uploads=False)})
    desk.settings = replace(desk.settings, libraries=rules)
    desk.feeds.libraries = rules
    from bot.ingest import IngestError

    with pytest.raises(IngestError, match="turned off"):
        await desk.upload("wong.txt", ARTICLES["wong"].encode(), library=A)
    outcome = await desk.ingest_url("https://example.org/a", library=A)
    assert outcome.status == "failed" and "turned off" in (outcome.reason or "")
    await add(desk, B, "wong")  # B may
    desk.feeds.libraries = LibrarySettings(feeds=False)
    with pytest.raises(FeedProblem, match="turned off"):
        await desk.feeds.add("https://example.org/rss", library=B)
