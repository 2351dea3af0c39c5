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
    # the evidence is the clause, its subject included
    assert text[conv[0].start:conv[0].end].startswith("Prime Minister Narendra Modi and US President Donald Trump "
                                                      "held their first conversation on Monday, January 27, 2025")
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


@pytest.mark.parametrize(
    "phrase", ["conversation", "first conversation", "phone call", "call", "spoke", "telephone talks"],
)
def test_conversation_group(phrase: str) -> None:
    assert event_keys(phrase) == {"conversation"}


def test_election_and_victory() -> None:
    assert event_keys("electoral victory") == {"election", "victory"}
    assert event_keys("election win") == {"election", "victory"}
    assert event_keys("won the election") == {"election", "victory"}
    assert event_keys("election") <= event_keys("electoral victory")


@pytest.mark.parametrize("phrase", ["meeting", "met", "meet", "meets", "the first meeting", "talks"])
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


# ------------------------------------------------------------------ derivations and news event words

@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("acquitted acquittal acquits", "acquittal"),
        ("merged merger merging merges", "merger"),
        ("departed departure departs", "departure"),
        ("landed landing lands", "landing"),
        ("convicted conviction convicts", "conviction"),
        ("sentenced sentencing sentence", "sentencing"),
        ("summoned summons summoning", "summons"),
        ("died death dies", "death"),
        ("born birth", "birth"),
        ("won wins winning victory medal", "victory"),
        ("met meeting meets talks", "meeting"),
        ("resigned resignation resigns", "resignation"),
        ("elected election elects", "election"),
        ("appointed appointment appoints", "appointment"),
        ("launched launch launches", "launch"),
        ("inaugurated inauguration inaugurates", "inauguration"),
        ("congratulated congratulates congratulations", "congratulation"),
        ("arrived arrival arrives", "arrival"),
        ("said told informed report reported", "statement"),
    ],
)
def test_derivations_share_a_key(words: str, key: str) -> None:
    assert {frozenset(event_keys(w)) for w in words.split()} == {frozenset({key})}


@pytest.mark.parametrize(
    ("phrase", "keys"),
    [
        ("the passing away of the painter", {"death", "painter"}),
        ("his passing", {"death"}),
        ("burglars broke in", {"burglar", "theft"}),
        ("the court grants bail", {"court", "grant", "bail"}),
        ("travelled", {"visit"}),
        ("took silver", {"victory", "silver"}),
        ("lifted off", {"launch"}),
        ("planned", {"plan"}),  # a word outside the lexicon keeps one stem for all its forms
        ("plans", {"plan"}),
    ],
)
def test_phrases_and_stems(phrase: str, keys: set[str]) -> None:
    assert event_keys(phrase) == keys


# ------------------------------------------------------------------ which clause a date belongs to

def test_verb_of_saying_links_only_next_to_its_date() -> None:
    assert links("The mayor said Thursday that the budget was balanced.") == {"said": {"2025-01-23"}}
    assert links("An aide told reporters on Monday.") == {"told": {"2025-01-27"}}
    # the date of the reported event is not the statement's
    assert "said" not in links("Officials said the bridge would reopen on Friday.")


def test_an_ed_word_after_its_subject_is_a_verb() -> None:
    found = links("The appeals court on Friday granted bail to the former mayor.")
    assert found["granted"] == {"2025-01-24"}
    assert found["bail"] == {"2025-01-24"}


def test_take_place_names_its_subject() -> None:
    found = links("The vote took place on March 2.")
    assert found["took place"] == {"2025-03-02"}
    assert any(ev.trigger == "vote" for ev in events("The vote took place on March 2."))


@pytest.mark.parametrize(
    ("text", "far", "near"),
    [
        # the date attaches to the nearest verb before it, not to a farther one in another clause
        ("Judge Ortiz will hold talks with envoys invited to the summit set to take place in Lisbon on March 4.",
         "talks", "summit set to take place"),
        ("The court on Friday granted bail in a fraud case filed by prosecutors.", "filed", "granted"),
        ("In a statement released on Tuesday, the club said the coach had resigned.", "resigned", "statement"),
    ],
)
def test_a_verb_between_gives_the_date_to_its_own_clause(text: str, far: str, near: str) -> None:
    score = {ev.trigger: ev.score for ev in events(text)}
    assert score[far] < 0.5 * score[near]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On Monday the president met the envoy and signed the agreement.", "signed"),  # coordinated
        ("The panel, to be chaired by the minister, will meet on February 3.", "meet"),  # inside commas
        ("In a statement released on Tuesday, the club thanked fans.", "statement"),  # its participle
    ],
)
def test_a_verb_between_that_does_not_take_the_date(text: str, trigger: str) -> None:
    score = {ev.trigger: ev.score for ev in events(text)}
    assert score[trigger] >= 0.6


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The jury acquitted Ms Varga on Tuesday.", "acquitted", "2025-01-28"),
        ("Helios Bank completed its merger with Orla on Monday.", "merger", "2025-01-27"),
        ("The probe landed on the asteroid on Sunday.", "landed", "2025-01-26"),
        ("Her passing on Sunday shocked the town.", "passing", "2025-01-26"),
        ("The painter passed away on Sunday.", "passed away", "2025-01-26"),
        ("She won the bronze medal on Saturday.", "bronze medal", "2025-01-25"),
        ("The ambassador was summoned on Monday.", "summoned", "2025-01-27"),
        ("His sentencing is set for March 3.", "sentencing", "2025-03-03"),
        ("Ana Reis took silver in the 5,000m on Friday.", "took silver", "2025-01-24"),
        ("The rocket lifted off on Saturday.", "lifted off", "2025-01-25"),
    ],
)
def test_news_event_words(text: str, trigger: str, value: str) -> None:
    assert value in links(text).get(trigger, set())


# ------------------------------------------------------------------ a date that modifies a noun

@pytest.mark.parametrize(
    ("text", "dated", "not_dated"),
    [
        ("Ms Okafor announced a 9 May general election in a speech.", "general election", "announced"),
        ("The firm is geared up to meet the April 1, 2026, deadline.", "deadline", "meet"),
        ("Prosecutors reopened the 2019 robbery case.", "robbery", "reopened"),
    ],
)
def test_a_date_before_a_noun_dates_that_noun(text: str, dated: str, not_dated: str) -> None:
    found = links(text)
    assert dated in found
    assert not_dated not in found


def test_a_date_phrase_after_a_preposition_still_dates_the_clause() -> None:
    assert links("She won gold at the 2016 Olympics.") == {"won gold": {"2016"}, "Olympics": {"2016"}}


# ------------------------------------------------------------------ dates from the text around

def rules(text: str, published: str | None = PUB) -> dict[str, tuple[str, str]]:
    return {ev.trigger: (ev.value, ev.rule) for ev in events(text, published)}


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("1st Test: November 22-26, Perth\n2nd Test: December 6-10, Adelaide", "2nd Test", "2024-12-06"),
        ("Round 3: March 9, Melbourne", "Round 3", "2025-03-09"),
    ],
)
def test_label_links(text: str, trigger: str, value: str) -> None:
    assert rules(text)[trigger] == (value, "label_links")


@pytest.mark.parametrize(
    "text",
    [
        "Updated: March 9, 2025",  # page furniture, not an event
        "The minister said what many feared about the plan and the budget: March 9 is too late.",  # long line
        "Correction: March 9, 2025",
    ],
)
def test_label_links_refuse(text: str) -> None:
    assert all(rule != "label_links" for _v, rule in rules(text).values())


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("OSLO, March 3. /NTB/. Norway and Chile may sign a fisheries pact in Bergen on May 5-6, the "
         "foreign minister told NTB.", "told", "2025-03-03"),
        ("LAGOS, Jan 27 (Reuters) - Nigeria's central bank raised rates, the governor said.", "said", "2025-01-27"),
    ],
)
def test_dateline_links(text: str, trigger: str, value: str) -> None:
    assert rules(text)[trigger] == (value, "dateline_links")


def test_dateline_dates_no_other_event_of_the_lede() -> None:
    # the wire often reports the event a day late: only the statement is the dateline's
    found = rules("LAGOS, Jan 27 (Reuters) - Nigeria's central bank raised rates, the governor said.")
    assert "raised" not in found


def test_dateline_does_not_date_what_has_its_own_date_or_is_ahead() -> None:
    found = rules("OSLO, March 3. /NTB/. Norway and Chile will sign a pact in Bergen on May 5, the minister told NTB.")
    assert found["pact"][1] != "dateline_links"
    assert "sign" not in found or found["sign"][1] != "dateline_links"  # "will sign": not the dateline's day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister resigned on Monday. She said she was tired.", "2025-01-27"),
        ("The plant closed on Friday, leaving 300 jobless.\nIt said demand had fallen.", None),  # new paragraph
        ("The minister resigned on Monday. Her deputy left on Tuesday. She said she was tired.", None),  # two days
        ("The minister resigned on Monday. Officials said she was tired.", None),  # not a pronoun: another subject
        ("Unions will rally on March 1 to seek higher pay. He added that talks had failed.", None),  # a day ahead
    ],
)
def test_previous_sentence_links(text: str, value: str | None) -> None:
    found = {ev.value for ev in events(text) if ev.rule == "previous_sentence_links"}
    assert found == ({value} if value else set())


@pytest.mark.parametrize(
    ("text", "trigger", "evidence"),
    [
        ("The victim was shot four times on Aug. 11 -- twice in the chest.", "shot",
         "The victim was shot four times on Aug. 11"),
        # a relative clause closed before the event: the evidence runs from the subject
        ("Ms Rao, who was arrested on March 21, was granted bail on May 10.", "granted",
         "Ms Rao, who was arrested on March 21, was granted bail on May 10"),
        # a preposition of the date opens no clause: the evidence keeps its subject
        ("Ms Rao has been in jail since June 2 when she surrendered.", "surrendered",
         "Ms Rao has been in jail since June 2 when she surrendered"),
        # a clause opened by a connective starts there
        ("Markets fell, and the bank raised rates on Friday.", "raised", "the bank raised rates on Friday"),
    ],
)
def test_event_evidence_is_the_clause_with_its_subject(text: str, trigger: str, evidence: str) -> None:
    ev = next(e for e in events(text) if e.trigger == trigger)
    assert text[ev.start:ev.end] == evidence


def test_dateline_after_a_title_line() -> None:
    text = "Chile and Norway to sign fisheries pact\nOSLO, March 3. /NTB/. The minister told NTB the pact was ready."
    assert rules(text)["told"] == ("2025-03-03", "dateline_links")


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("Smith, who died on Monday aged 84, was remembered as a pioneer.", "remembered"),
        ("Lopes, who finished fourth at the 2021 world championships, clocked a record.", "clocked"),
    ],
)
def test_a_date_in_a_relative_clause_dates_only_that_clause(text: str, outside: str) -> None:
    assert outside not in links(text)


def test_a_relative_clause_that_dates_its_noun() -> None:
    found = {ev.trigger: ev.value for ev in events(
        "On Thursday, police arrested two men over the attack, which took place on Oct. 3.")}
    assert found["attack"] == "2024-10-03"
    assert found["arrested"] == "2025-01-23"


def test_to_before_a_noun_is_no_infinitive() -> None:
    assert "prison" not in links("She will report to prison on Jan. 15.")
    assert links("Helix agreed on Tuesday to buy Norden.")["buy"] == {"2025-01-28"}


def test_a_date_before_and_closes_the_first_of_two_coordinated_verbs() -> None:
    text = "The mayor was fined on March 4, 2024 and resigned from the council on April 2, 2024."
    by_trigger = {(e.trigger, e.value): e.score for e in events(text)}
    assert by_trigger[("resigned", "2024-04-02")] > by_trigger.get(("resigned", "2024-03-04"), 0.0)
    assert ("fined", "2024-03-04") in by_trigger
    # with no date of its own, the second verb keeps only a weak link to the first clause's date
    lone = [e for e in events("The mayor was fined on March 4, 2024 and resigned.") if e.trigger == "resigned"]
    assert all(e.score < 0.5 for e in lone)


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Leaders may meet at the G20 Summit in Hamburg on July 7.", "Summit", "2025-07-07"),
        ("She won gold at the Commonwealth Games on Thursday.", "Games", "2025-01-23"),
        ("The Paris Agreement was signed on Dec. 12, 2015.", "Agreement", "2015-12-12"),
    ],
)
def test_the_head_of_a_named_event(text: str, trigger: str, value: str) -> None:
    ev = next(e for e in events(text) if e.trigger == trigger)
    assert ev.value == value and ev.score >= 0.5


def test_a_capitalised_event_word_inside_a_name_is_none() -> None:
    assert links("She has lived in Summit County since March 3.") == {}


@pytest.mark.parametrize("text", [
    "He was SWORN IN on Monday; The Passing of the queen; the incident Took Place in May; his passing.",
    "She Stepped Down after the Press Conference and later won the GOLD, then passed away.",
])
def test_phrase_triggers_are_the_same_in_the_folded_text(text: str) -> None:
    from bot.extract.event_triggers import find_triggers
    from bot.extract.text import fold

    assert find_triggers(text, 0, len(text), fold(text)) == find_triggers(text, 0, len(text))
    assert any(kind == "phrase" for _s, _e, kind in find_triggers(text, 0, len(text), fold(text)))
