"""Event -> date linking and the event-word keys shared by the store and /when."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract.event_words import event_keys
from bot.extract.events import link_events
from bot.extract.facts import Event
from bot.extract.text import clean_text, split_sentences
from bot.extract.timex import find_timexes

PUB = "2025-01-28"


def events(text: str, published: str | None = PUB) -> list[Event]:
    sentences = split_sentences(text)
    return link_events(text, sentences, find_timexes(text, sentences, published))


def links(text: str, published: str | None = PUB) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ev in events(text, published):
        out.setdefault(ev.trigger, set()).add(ev.value)
    return out


def best(evs: list[Event], key: str) -> dict[str, float]:
    """value -> best score among events whose trigger has `key`."""
    out: dict[str, float] = {}
    for ev in evs:
        if key in event_keys(ev.trigger):
            out[ev.value] = max(out.get(ev.value, 0.0), ev.score)
    return out


def _seed(seeds_dir: Path, name: str) -> str:
    path = seeds_dir / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return clean_text(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------------ seeds

def test_seed_000_conversation_not_inauguration(seeds_dir: Path) -> None:
    text = _seed(seeds_dir, "000_49acccabc25c2743.txt")
    evs = events(text, None)
    conv = [e for e in evs if e.trigger == "first conversation"]
    assert conv and conv[0].value == "2025-01-27"
    assert text[conv[0].start:conv[0].end].startswith("first conversation on Monday, January 27, 2025")
    wrong = [e.score for e in evs if "inauguration" in event_keys(e.trigger) and e.value == "2025-01-27"]
    right = [e.score for e in evs if e.value == "2025-01-27" and "inauguration" not in event_keys(e.trigger)]
    assert not wrong or max(wrong) < min(right)


def test_seed_003_events(seeds_dir: Path) -> None:
    text = _seed(seeds_dir, "003_9c9e8ef1097f156a.txt")
    evs = events(text, PUB)
    found = {(e.trigger, e.value) for e in evs}
    assert ("spoke", "2025-01-27") in found
    assert ("inauguration", "2025-W04") in found
    assert ("electoral victory", "2024-11-07") in found
    assert ("inauguration", "2025-01-20") in found
    assert ("met", "2025-01-21") in found
    assert ("sworn in", "2025-01-20") in found
    # "spoke ... since his inauguration last week": the call is not dated by "last week"
    assert ("spoke", "2025-W04") not in found
    # "had spoken soon after Mr Trump's electoral victory on November 7": the call came after it
    assert ("spoken", "2024-11-07") not in found
    # the inauguration inside "The day after the inauguration on January 20" is not the 21st
    assert ("inauguration", "2025-01-21") not in found
    inaug = best(evs, "inauguration")
    assert inaug["2025-01-20"] >= inaug["2025-W04"]


def test_event_spans_cite_the_text(seeds_dir: Path) -> None:
    text = _seed(seeds_dir, "003_9c9e8ef1097f156a.txt")
    for ev in events(text, PUB):
        assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
        assert ev.start <= min(ev.trigger_start, ev.timex_start)
        assert ev.end >= max(ev.trigger_end, ev.timex_end)
        assert 0.0 < ev.score <= 1.0


# ------------------------------------------------------------------------------------------ linking

def test_adjacent_event_noun() -> None:
    assert links("Talks collapsed after the summit on March 3.") == {"summit": {"2025-03-03"}}


def test_connective_blocks_a_different_event() -> None:
    found = links("The minister resigned on Friday, following the scandal.")
    assert found == {"resigned": {"2025-01-24"}}
    found = links("Troops withdrew on Monday, two days ahead of the election.")
    assert "election" not in found


def test_one_date_dates_several_events() -> None:
    found = links("On Monday the president met the envoy and signed the agreement.")
    assert found["met"] == {"2025-01-27"}
    assert found["signed"] == {"2025-01-27"}


def test_other_date_in_between_breaks_link() -> None:
    found = links("The treaty signed in 1998 was renounced on Monday.")
    assert found["signed"] == {"1998"}
    assert found["renounced"] == {"2025-01-27"}


def test_relative_clause_does_not_inherit_date() -> None:
    found = links("He was sworn in on January 20, which drew large crowds.")
    assert found == {"sworn in": {"2025-01-20"}}


def test_adjective_is_not_an_event() -> None:
    assert links("Both share a committed partnership as of 2020.") == {}


def test_durations_and_refs_date_nothing() -> None:
    assert links("The strike lasted three weeks and is now over.") == {}


# ------------------------------------------------------------------------------------------ event keys

@pytest.mark.parametrize(
    "phrase",
    ["inauguration", "his inauguration", "inaugurated", "inaugural", "sworn in", "swearing-in",
     "was sworn in", "took office"],
)
def test_inauguration_group(phrase: str) -> None:
    assert event_keys(phrase) == {"inauguration"}


@pytest.mark.parametrize("phrase", ["conversation", "first conversation", "phone call", "call", "spoke", "talks"])
def test_conversation_group(phrase: str) -> None:
    assert event_keys(phrase) == {"conversation"}


def test_election_and_victory() -> None:
    assert event_keys("electoral victory") == {"election", "victory"}
    assert event_keys("election win") == {"election", "victory"}
    assert event_keys("won the election") == {"election", "victory"}
    assert event_keys("election") <= event_keys("electoral victory")


@pytest.mark.parametrize("phrase", ["meeting", "met", "meet", "meets", "the first meeting"])
def test_meeting_group(phrase: str) -> None:
    assert event_keys(phrase) == {"meeting"}


def test_stop_words_and_light_verbs_are_not_keys() -> None:
    assert event_keys("the and of when did") == set()
    assert event_keys("held their first conversation") == {"conversation"}
    assert event_keys("When was the Modi Trump call?") == {"modi", "trump", "conversation"}


def test_light_stemming() -> None:
    assert event_keys("signed") == event_keys("signing") == event_keys("signs")
    assert event_keys("resigned") == event_keys("resignation")
    assert event_keys("visits") == event_keys("visited") == {"visit"}


@pytest.mark.parametrize(
    ("text", "trigger", "rule"),
    [
        ("Trump's inauguration on January 20 drew crowds.", "inauguration", "noun_then_date"),
        ("Modi spoke to Trump on Monday.", "spoke", "verb_then_date"),
        ("On Monday, Modi spoke to Trump.", "spoke", "date_then_verb"),
        ("Trump was sworn in on January 20.", "sworn in", "phrase_then_date"),
    ],
)
def test_every_event_records_how_it_was_linked(text: str, trigger: str, rule: str) -> None:
    found = {ev.trigger: ev for ev in events(text)}
    assert found[trigger].rule == rule
