"""/quote ORGANISATION or SOURCE: quotes whose speaker is no person — an organisation entity, or a speaker
name stored with the quote that no entity stands for ("the Kremlin", "an official statement") — found by
name, fuzzily, through indexes; an exact organisation is preferred to a person whose role names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.desk import Desk
from bot.extract.facts import Entity, Facts, Quote, Role
from tests.factories import make_source, span
from tests.tracing import statements_of

# Our own short articles (no third-party text).
RIVERSIDE = (
    "“Talks with the mayors remain possible,” the Kremlin said on Monday. "
    "Kremlin spokesman Oleg Varin added: “Nothing has been agreed yet.”"
)
LANDER = (
    "“Signal acquired, the lander is upright,” Selene Robotics posted on Friday. "
    "Flight director Ana Ruiz said the team was “cautiously thrilled”."
)
COUNCIL = "The council “approved the new tariff schedule”, an official statement said."
HARBOUR_1 = "“The quay reopens in May,” the Harbour Authority said."
HARBOUR_2 = "“Dredging will take six weeks,” Harbour Authority said in a notice."


def riverside() -> tuple[object, Facts]:
    text = RIVERSIDE
    varin = span(text, "Oleg Varin")
    role = span(text, "Kremlin spokesman")
    return make_source("riverside.txt", text, "2025-02-03"), Facts(
        "riverside.txt", "2025-02-03", [(0, 68), (69, len(text))],
        entities=[Entity("Oleg Varin", "person", ["Oleg Varin", "Kremlin spokesman Oleg Varin"],
                         [Role("Kremlin spokesman", None, *role)], [varin])],
        quotes=[Quote(*span(text, "Talks with the mayors remain possible"), "Talks with the mayors remain possible",
                      "direct", "Kremlin", "organisation", *span(text, "Kremlin"), "said"),
                Quote(*span(text, "Nothing has been agreed yet."), "Nothing has been agreed yet.", "direct",
                      "Oleg Varin", "person", *varin, "added")])


def lander() -> tuple[object, Facts]:
    text = LANDER
    ruiz = span(text, "Ana Ruiz")
    return make_source("lander.txt", text, "2025-03-07"), Facts(
        "lander.txt", "2025-03-07", [(0, 74), (75, len(text))],
        entities=[Entity("Ana Ruiz", "person", ["Ana Ruiz"], [], [ruiz])],
        quotes=[Quote(*span(text, "Signal acquired, the lander is upright"), "Signal acquired, the lander is upright",
                      "post", "Selene Robotics", "organisation", *span(text, "Selene Robotics"), "posted"),
                Quote(*span(text, "cautiously thrilled"), "cautiously thrilled", "partial", "Ana Ruiz", "person",
                      *ruiz, "said")])


def council() -> tuple[object, Facts]:
    text = COUNCIL
    return make_source("council.txt", text, "2025-01-10"), Facts(
        "council.txt", "2025-01-10", [(0, len(text))],
        quotes=[Quote(*span(text, "approved the new tariff schedule"), "approved the new tariff schedule", "partial",
                      "an official statement", None, *span(text, "an official statement"), "said")])


def harbour(name: str, text: str, words: str, entity: bool, published: str) -> tuple[object, Facts]:
    who = span(text, "Harbour Authority")
    entities = [Entity("Harbour Authority", "organisation", ["Harbour Authority"], [], [who])] if entity else []
    return make_source(name, text, published), Facts(
        name, published, [(0, len(text))], entities=entities,
        quotes=[Quote(*span(text, words), words, "direct", "Harbour Authority", "organisation", *who, "said")])


@pytest.fixture
async def desk(tmp_path: Path):
    d = await Desk.open(tmp_path / "t.db")
    for source, facts in (riverside(), lander(), council()):
        await d.store.replace_document(source, facts)
    yield d
    await d.close()


async def test_an_organisation_speaker_beats_the_person_whose_role_names_it(desk: Desk) -> None:
    answer = await desk.quote("Kremlin")
    assert answer.status == "found" and answer.speaker == "Kremlin"
    assert [q.text for q in answer.quotes] == ["Talks with the mayors remain possible"]
    cited = answer.quotes[0].citations[0]
    assert cited.document == "riverside.txt" and "Talks with the mayors" in cited.snippet


async def test_the_person_is_still_found_by_name(desk: Desk) -> None:
    answer = await desk.quote("Varin")
    assert answer.status == "found" and answer.speaker == "Oleg Varin"
    assert [q.text for q in answer.quotes] == ["Nothing has been agreed yet."]


@pytest.mark.parametrize("query", ["Selene Robotics", "selene robotics", "Selene Robotcs", "Selene"])
async def test_a_speaker_name_without_an_entity_is_found_fuzzily(desk: Desk, query: str) -> None:
    answer = await desk.quote(query)
    assert answer.status == "found", answer.message
    assert answer.speaker == "Selene Robotics"
    assert [(q.text, q.kind) for q in answer.quotes] == [("Signal acquired, the lander is upright", "post")]
    assert answer.quotes[0].citations[0].document == "lander.txt"


async def test_a_source_named_with_an_article_is_found_without_it(desk: Desk) -> None:
    answer = await desk.quote("official statement")
    assert answer.status == "found" and answer.speaker == "an official statement"
    assert [q.text for q in answer.quotes] == ["approved the new tariff schedule"]


async def test_an_organisation_entity_and_the_same_name_unlinked_are_one_speaker(tmp_path: Path) -> None:
    d = await Desk.open(tmp_path / "h.db")
    try:
        await d.store.replace_document(*harbour("h1.txt", HARBOUR_1, "The quay reopens in May", True, "2025-04-01"))
        await d.store.replace_document(*harbour("h2.txt", HARBOUR_2, "Dredging will take six weeks", False,
                                                "2025-04-09"))
        await d.store.writer.execute("UPDATE quotes SET speaker_entity_id = NULL WHERE document_id ="
                                     " (SELECT id FROM documents WHERE name = 'h2.txt')")  # linked at ingest: undo
        await d.store.writer.commit()
        answer = await d.quote("Harbour Authority")
        assert answer.status == "found" and answer.speaker == "Harbour Authority"
        assert [q.text for q in answer.quotes] == ["Dredging will take six weeks", "The quay reopens in May"]
        assert answer.total == 2 and answer.source_count == 2
    finally:
        await d.close()


async def test_the_same_words_linked_and_unlinked_are_one_quote_with_both_sources(tmp_path: Path) -> None:
    """A line the entity says in one source and its bare name says in another is one quote from two sources,
    and counted once in `total` (the batch's count agrees with the quotes listed)."""
    d = await Desk.open(tmp_path / "h.db")
    try:
        await d.store.replace_document(*harbour("h1.txt", HARBOUR_1, "The quay reopens in May", True, "2025-04-01"))
        await d.store.replace_document(*harbour("h3.txt", HARBOUR_1, "The quay reopens in May", False, "2025-04-05"))
        await d.store.replace_document(*harbour("h2.txt", HARBOUR_2, "Dredging will take six weeks", False,
                                                "2025-04-09"))
        await d.store.writer.execute("UPDATE quotes SET speaker_entity_id = NULL WHERE document_id IN"
                                     " (SELECT id FROM documents WHERE name IN ('h2.txt', 'h3.txt'))")
        await d.store.writer.commit()
        answer = await d.quote("Harbour Authority")
        assert [(q.text, q.sources) for q in answer.quotes] == [
            ("Dredging will take six weeks", 1), ("The quay reopens in May", 2)]
        assert [c.document for c in answer.quotes[1].citations] == ["h3.txt", "h1.txt"]  # newest first
        assert answer.total == 2 and answer.source_count == 3
    finally:
        await d.close()


async def test_unknown_speakers_are_still_not_found(desk: Desk) -> None:
    answer = await desk.quote("Ministry of Fisheries")
    assert answer.status == "not_found" and not answer.quotes


async def test_speaker_names_are_read_through_indexes_never_a_scan_of_quotes(desk: Desk) -> None:
    async def ask() -> None:
        assert (await desk.quote("Kremlin")).status == "found"
        assert (await desk.quote("Selene Robotcs")).status == "found"

    statements = await statements_of(desk.store, ask)
    reads = [s for s in statements if " quotes q" in s and s.lstrip().upper().startswith("SELECT")]
    assert any("quote_speakers_fts MATCH" in s for s in reads), "no read of the speaker-name index"
    assert any("speaker_name IN" in s for s in reads), "no read of quotes by speaker name"
    for sql in reads:
        plan = [row[3] for row in await desk.store._all("EXPLAIN QUERY PLAN " + sql)]
        assert not [step for step in plan if step.split()[:2] in (["SCAN", "q"], ["SCAN", "quotes"])], (sql, plan)
    plan = [row[3] for row in await desk.store._all(
        "EXPLAIN QUERY PLAN SELECT id FROM quotes q WHERE q.speaker_entity_id IS NULL AND q.speaker_name IN (?)",
        ("Kremlin",))]
    assert any("quotes_speaker_name" in step for step in plan), plan


async def test_the_speaker_index_holds_the_unlinked_quotes_and_follows_them(desk: Desk) -> None:
    async def indexed() -> list[str]:
        return sorted(r[0] for r in await desk.store._all("SELECT speaker_name FROM quote_speakers_fts"))

    assert await indexed() == ["Kremlin", "Selene Robotics", "an official statement"]  # linked ones are not
    assert await desk.remove("lander.txt")
    assert await indexed() == ["Kremlin", "an official statement"]
    await desk.store.writer.execute("DELETE FROM entities WHERE name = 'Oleg Varin'")  # his quote loses its link
    await desk.store.writer.commit()
    assert await indexed() == ["Kremlin", "Oleg Varin", "an official statement"]
    assert (await desk.quote("Varin")).quotes[0].text == "Nothing has been agreed yet."
    await desk.store.writer.execute(  # raises when the index and its rows disagree
        "INSERT INTO quote_speakers_fts(quote_speakers_fts, rank) VALUES ('integrity-check', 1)")
