"""/check as users paste claims: too short, with the attribution, with an ellipsis in the middle, with an
empty speaker: — and words that several people said."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.check import MIN_WORDS
from bot.answer.check_claim import parse_claim
from bot.desk import Desk
from bot.extract.facts import Entity, Facts, Quote
from bot.render.embeds import render_embed
from bot.render.text import render_text
from tests.factories import ARTICLE, make_facts, make_source, span

TOGETHER = "We will work together for the welfare of our people"


def said_by(name: str, person: str, aliases: list[str], words: str) -> tuple[object, Facts]:
    text = f"“{words},” {person} said on Monday."
    q, m = span(text, words), span(text, person)
    return make_source(name, text), Facts(
        name, "2025-01-28", [(0, len(text))], entities=[Entity(person, "person", aliases, [], [m])],
        quotes=[Quote(*q, words, "direct", person, "person", *m, "said")])


@pytest.fixture
async def desk(tmp_path: Path):
    d = await Desk.open(tmp_path / "t.db")
    await d.store.replace_document(make_source("a.txt", ARTICLE), make_facts("a.txt"))
    await d.store.replace_document(*said_by("b.txt", "Narendra Modi", ["Modi"], TOGETHER + " and towards peace"))
    await d.store.replace_document(*said_by("c.txt", "Donald Trump", ["Trump"], TOGETHER))
    yield d
    await d.close()


@pytest.mark.parametrize("claim", ["the", "We will", "“oppose”", "the the"])
async def test_too_short_claims_are_refused_with_the_words_needed(desk: Desk, claim: str) -> None:
    answer = await desk.check(claim)
    assert answer.verdict == "error" and f"{MIN_WORDS} words" in answer.message, answer
    assert (await desk.ask(f"/check {claim}")).verdict == "error"


@pytest.mark.parametrize(("claim", "speaker", "said"), [
    ("“We firmly oppose illegal mobility,” he said.", None, None),
    ('"We firmly oppose illegal mobility," Jaishankar said.', "Jaishankar", True),
    ("“We firmly oppose illegal mobility,” said Foreign Minister S. Jaishankar on Tuesday.", "S. Jaishankar", True),
    ("Jaishankar told reporters: “We firmly oppose illegal mobility.”", "Jaishankar", True),
    ("We firmly oppose illegal mobility, he said.", None, None),
])
async def test_the_attribution_of_a_pasted_sentence_is_not_part_of_the_quote(
    desk: Desk, claim: str, speaker: str | None, said: bool | None
) -> None:
    answer = await desk.check(claim)
    assert answer.verdict == "verbatim", (answer.diff, answer.checked)
    assert answer.source_speaker == "S. Jaishankar" and answer.citations
    assert answer.speaker == speaker and answer.said_by_speaker is said
    assert answer.checked == "We firmly oppose illegal mobility"


async def test_a_name_in_the_attribution_is_checked_as_the_speaker(desk: Desk) -> None:
    answer = await desk.check("“We firmly oppose illegal mobility,” Trump said.")
    assert answer.verdict == "misattributed" and answer.speaker == "Trump"
    assert answer.source_speaker == "S. Jaishankar"


@pytest.mark.parametrize("claim", ["We will … together for the welfare", "We will ... together for the welfare",
                                   "“We will […] together for the welfare of our people”",
                                   "We firmly … illegal mobility"])
async def test_an_ellipsis_in_the_middle_matches_the_parts_in_order(desk: Desk, claim: str) -> None:
    answer = await desk.check(claim)
    assert answer.verdict == "verbatim", answer.diff


async def test_an_ellipsis_does_not_hide_changed_words(desk: Desk) -> None:
    answer = await desk.check("We will … together against the welfare of our people")
    assert answer.verdict == "altered"
    assert any(d.claim == "against" for d in answer.diff)
    assert (await desk.check("illegal mobility … we firmly oppose")).verdict != "verbatim"


@pytest.mark.parametrize("line", ["/check We firmly oppose illegal mobility speaker:",
                                  "/check We firmly oppose illegal mobility speaker:   ",
                                  "/check quote:We firmly oppose illegal mobility speaker:"])
async def test_an_empty_speaker_is_not_part_of_the_quote(desk: Desk, line: str) -> None:
    answer = await desk.ask(line)
    assert answer.verdict == "verbatim" and answer.speaker is None, (answer.diff, answer.claim)
    assert "speaker" not in answer.checked


async def test_every_speaker_of_the_same_words_is_named(desk: Desk) -> None:
    answer = await desk.check(TOGETHER)
    assert answer.verdict == "verbatim"
    assert set(answer.source_speakers) == {"Narendra Modi", "Donald Trump"}
    assert {c.document for c in answer.citations} == {"b.txt", "c.txt"}
    for reply in (render_text(answer), render_embed(answer).to_dict().__repr__()):
        assert "Narendra Modi" in reply and "Donald Trump" in reply
    named = await desk.check(TOGETHER, "Trump")
    assert named.verdict == "verbatim" and named.said_by_speaker and named.source_speakers[0] == "Donald Trump"
    other = await desk.check(TOGETHER, "Jaishankar")
    assert other.verdict == "misattributed" and set(other.source_speakers) == {"Narendra Modi", "Donald Trump"}


@pytest.mark.parametrize(("claim", "checked", "named", "gaps"), [
    ("We firmly oppose illegal mobility", "We firmly oppose illegal mobility", None, set()),
    ("“We will win,” Mr Modi told reporters on Monday.", "We will win", "Mr Modi", set()),
    ("‘We don’t agree,’ she said", "‘We don’t agree", None, set()),
    ("Modi said: we will win", "we will win", "Modi", set()),
    ("“We will,” he said, “work together.”", "We will … work together", None, {2}),
    ("We will … work together [...] for peace", "We will … work together [...] for peace", None, {2, 4}),
    # not attributions: scare quotes, a clause without a speech verb, a long stretch of context
    ('We "firmly" oppose illegal mobility', 'We "firmly" oppose illegal mobility', None, set()),
    ("We will work, and we will win", "We will work, and we will win", None, set()),
    ("“We will win” is what the minister, who had flown in from Delhi late that night, said to us all",
     "“We will win” is what the minister, who had flown in from Delhi late that night, said to us all", None, set()),
    ("quote:We will win speaker:", "We will win", None, set()),
])
def test_parse_claim(claim: str, checked: str, named: str | None, gaps: set[int]) -> None:
    parsed = parse_claim(claim)
    assert (parsed.checked, parsed.named, set(parsed.gaps)) == (checked, named, gaps)
