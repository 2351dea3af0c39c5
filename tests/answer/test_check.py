"""/check verdicts over hand-built quotes: verbatim, close, altered, misattributed, not found."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.desk import Desk
from bot.extract.facts import Entity, Facts, Quote
from tests.factories import ARTICLE, make_facts, make_source, span

POST = ("Delighted to speak with my dear friend. We will work together for the welfare of our people and "
        "towards global peace.")


@pytest.fixture
async def desk(tmp_path: Path):
    d = await Desk.open(tmp_path / "t.db")
    text = ARTICLE.replace("We firmly oppose illegal mobility",
                           "We firmly oppose illegal mobility while promoting legitimate opportunities for "
                           "Indian talent globally")
    facts = make_facts("a.txt", text)
    q = span(text, "We firmly oppose illegal mobility while promoting legitimate opportunities for Indian talent "
                   "globally")
    facts.quotes[0].start, facts.quotes[0].end, facts.quotes[0].text = q[0], q[1], text[q[0]:q[1]]
    await d.store.replace_document(make_source("a.txt", text), facts)
    post_text = POST + "\n— Narendra Modi (@narendramodi) January 27, 2025"
    m = span(post_text, "Narendra Modi")
    await d.store.replace_document(make_source("b.txt", post_text), Facts(
        "b.txt", None, [(0, len(POST)), (len(POST) + 1, len(post_text))],
        entities=[Entity("Narendra Modi", "person", ["Modi", "@narendramodi"], [], [m])],
        quotes=[Quote(0, len(POST), POST, "post", "Narendra Modi", "person", *m)]))
    yield d
    await d.close()


async def test_verbatim_also_as_part_of_a_longer_quote_ignoring_typography(desk: Desk) -> None:
    claims = ["We firmly oppose illegal mobility while promoting legitimate opportunities for Indian talent globally",
              "“we firmly oppose ILLEGAL mobility…”", "  work together for the welfare of our people. "]
    for claim in claims:
        answer = await desk.check(claim)
        assert answer.verdict == "verbatim", (claim, answer.diff)
        assert answer.citations


async def test_verbatim_with_the_right_speaker(desk: Desk) -> None:
    answer = await desk.check("We will work together for the welfare of our people", "Modi")
    assert answer.verdict == "verbatim" and answer.source_speaker == "Narendra Modi" and answer.said_by_speaker


async def test_close_for_articles_tense_and_typos(desk: Desk) -> None:
    answer = await desk.check("We firmly opposed the illegal mobility while promoting legitimate opportunities")
    assert answer.verdict == "close", answer.diff
    assert answer.diff


async def test_altered_when_meaning_words_change(desk: Desk) -> None:
    answer = await desk.check(
        "we strongly oppose illegal immigration while promoting legitimate opportunities for Indian talent",
        "Jaishankar")
    assert answer.verdict == "altered"
    pairs = {(d.source, d.claim) for d in answer.diff if d.op == "replace"}
    assert ("firmly", "strongly") in pairs and ("mobility", "immigration") in pairs
    assert answer.source_speaker == "S. Jaishankar"


async def test_misattributed_names_the_real_speaker(desk: Desk) -> None:
    answer = await desk.check("We firmly oppose illegal mobility", "Modi")
    assert answer.verdict == "misattributed" and answer.source_speaker == "S. Jaishankar"
    assert answer.said_by_speaker is False


async def test_not_found_offers_nearest_only_if_close(desk: Desk) -> None:
    answer = await desk.check("India will impose tariffs on American goods next month", "Modi")
    assert answer.verdict == "not_found" and answer.citations == []
    assert (await desk.check("")).verdict == "error"
    assert (await desk.check("?!…")).verdict == "error"


async def test_console_syntax_and_json(desk: Desk) -> None:
    answer = await desk.ask("/check We firmly oppose illegal mobility speaker:Modi")
    data = answer.to_json()
    assert data["command"] == "check" and data["verdict"] == "misattributed" and data["speaker"] == "Modi"
    assert {"claim", "source_speaker", "score", "diff", "citations"} <= data.keys()


@pytest.mark.parametrize("nasty", ["x" * 10_000, "Z̷̢̛a̸l̶g̵o̴ " * 200, "@everyone", "\x00\x01", "the the the"])
async def test_odd_claims_never_crash(desk: Desk, nasty: str) -> None:
    answer = await desk.check(nasty)
    assert answer.verdict in ("not_found", "error", "verbatim", "close", "altered")
