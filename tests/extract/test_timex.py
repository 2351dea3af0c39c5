"""Temporal tagging and TimeML normalisation: seeds, then one short case per rule and per error class."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract.facts import Timex
from bot.extract.text import clean_text, split_sentences
from bot.extract.timex import find_timexes

PUB = "2025-01-28"  # a Tuesday


def tag(text: str, published: str | None = PUB) -> list[Timex]:
    return find_timexes(text, split_sentences(text), published)


def values(text: str, published: str | None = PUB) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def one(text: str, published: str | None = PUB) -> Timex:
    found = [t for t in tag(text, published) if t.anchor != "anchored"]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------------------ seeds

def _seed(seeds_dir: Path, name: str) -> str:
    path = seeds_dir / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    return clean_text(path.read_text(encoding="utf-8"))


def test_seed_000_undated_uses_dates_in_text(seeds_dir: Path) -> None:
    text = _seed(seeds_dir, "000_49acccabc25c2743.txt")
    found = {(t.text, t.value, t.anchor) for t in tag(text, None)}
    assert ("Monday, January 27, 2025", "2025-01-27", "explicit") in found
    assert ("January 27, 2025", "2025-01-27", "explicit") in found
    assert ("2020", "2020", "explicit") in found  # "as of 2020"
    texts = {t.text for t in tag(text, None)}
    assert not any("H1" in t or "18,000" in t or "4.8" in t for t in texts)


def test_seed_003_relative_to_publication(seeds_dir: Path) -> None:
    text = _seed(seeds_dir, "003_9c9e8ef1097f156a.txt")
    found = tag(text, PUB)
    by_text = {}
    for t in found:
        by_text.setdefault(t.text, set()).add((t.value, t.anchor))
    assert ("2025-01-27", "published") in by_text["Monday"]
    assert ("2025-W04", "published") in by_text["last week"]
    assert ("2024-11-07", "published") in by_text["November 7 last year"]
    assert ("2025-01-20", "published") in by_text["January 20"]
    assert ("2025-01-21", "anchored") in by_text["The day after the inauguration on January 20"]
    assert by_text["the next few months"] == {("PXM", "explicit")}


# ------------------------------------------------------------------------------------------ explicit

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened on Monday, January 27, 2025, in Delhi.", "2025-01-27"),
        ("It happened on 27 January 2025.", "2025-01-27"),
        ("Filed 2025-01-27 in court.", "2025-01-27"),
        ("Signed on 1/27/2025 by both.", "2025-01-27"),
        ("The deal closed in March 2019.", "2019-03"),
        ("It was founded in 1998.", "1998"),
        ("Prices rose in the 1990s.", "199"),
        ("It was built in the 19th century.", "18"),
        ("Profit rose in the third quarter of 2024.", "2024-Q3"),
    ],
)
def test_explicit_dates(text: str, value: str) -> None:
    t = one(text)
    assert (t.value, t.anchor, t.type) == (value, "explicit", "DATE")


# ------------------------------------------------------------------------------------------ relative

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Stocks fell on Jan. 27 in Tokyo.", "2025-01-27"),
        ("The inauguration was on January 20.", "2025-01-20"),
        ("He won the vote on November 7.", "2024-11-07"),  # past tense, ten months ahead: last year
        ("The summit will open on March 3.", "2025-03-03"),
        ("He spoke yesterday.", "2025-01-27"),
        ("He speaks today.", "2025-01-28"),
        ("He arrives tomorrow.", "2025-01-29"),
        ("Talks collapsed last week.", "2025-W04"),
        ("Talks resume next month.", "2025-02"),
        ("Sales doubled this year.", "2025"),
        ("She left two years ago.", "2023"),
        ("She left three weeks ago.", "2025-W02"),  # the granularity of the unit
        ("His victory on November 7 last year stunned pollsters.", "2024-11-07"),
        ("He resigned last March.", "2024-03"),
        ("The vote is in May.", "2025-05"),
        ("Floods hit the city last spring.", "2024-SP"),
        ("Officials met over Christmas.", "2024-12-25"),
    ],
)
def test_relative_dates(text: str, value: str) -> None:
    t = one(text)
    assert t.value == value
    assert t.anchor == "published"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Modi on Monday spoke to Trump.", "2025-01-27"),  # past tense: the Monday just before
        ("Modi will meet Trump on Monday.", "2025-02-03"),  # future: the coming Monday
        ("The minister said on Tuesday that talks failed.", "2025-01-28"),  # same weekday = that day
        ("Troops left last Tuesday.", "2025-01-21"),
        ("The vote is next Friday.", "2025-01-31"),
        ("Rebels attacked the town on Friday.", "2025-01-24"),
    ],
)
def test_weekdays_follow_tense(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value", "typ"),
    [
        ("Prices are now higher.", "PRESENT_REF", "DATE"),
        ("He is currently abroad.", "PRESENT_REF", "DATE"),
        ("He recently moved.", "PAST_REF", "DATE"),
        ("It lasted a week.", "P1W", "DURATION"),
        ("He served three years in jail.", "P3Y", "DURATION"),
        ("It could happen in the next few months.", "PXM", "DURATION"),
        ("The talks lasted 2 1/2 hours.", "PT2H30M", "DURATION"),
        ("Elections are held every year.", "P1Y", "SET"),
        ("The paper is printed weekly.", "P1W", "SET"),
        ("They meet twice a month.", "P1M", "SET"),
    ],
)
def test_refs_durations_sets(text: str, value: str, typ: str) -> None:
    t = one(text)
    assert (t.value, t.type) == (value, typ)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Polls close at 5 p.m. local time.", "2025-01-28T17:00"),
        ("The blast came at 10:35 a.m. on Monday.", "2025-01-27T10:35"),
        ("He spoke this morning.", "2025-01-28TMO"),
        ("Shots rang out last night.", "2025-01-27TNI"),
        ("The vote ends at midnight Friday.", "2025-01-31T24:00"),
    ],
)
def test_times(text: str, value: str) -> None:
    t = one(text)
    assert (t.value, t.type) == (value, "TIME")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The launch is set for 18:00 UTC Monday.", "2025-01-27T18:00Z"),  # UTC keeps its Z
        ("Shares ended the day 3% lower.", "2025-01-28"),
        ("Prices may stay high in the near term.", "FUTURE_REF"),
        ("Profit fell from the year-ago third quarter.", "2024-Q3"),
        ("Demand grew over the summer.", "2024-SU"),
        ("The deal should close by year-end.", "2025"),
        ("Cars of the 70s were boxy.", "197"),
        ("They met the previous Friday.", "2025-01-24"),
        ("Fighting resumed in late-November.", "2024-11"),
        ("Talks open the week of March 6.", "2025-W10"),
        ("Profit rose in the first half of 2024.", "2024-H1"),
        ("Sales fell in the second half of last year.", "2024-H2"),
    ],
)
def test_more_rules(text: str, value: str) -> None:
    assert one(text).value == value


def test_year_earlier_takes_the_quarter_of_the_sentence() -> None:
    found = values("Loss widened in the fourth quarter against a profit a year earlier.")
    assert found == {"the fourth quarter": "2024-Q4", "a year earlier": "2023-Q4"}


# ------------------------------------------------------------------------------------------ anchors

def test_undated_document_infers_from_latest_full_date() -> None:
    text = "The accord was signed on March 3, 2024. Two rebels were freed on Friday. More talks are next week."
    found = {t.text: (t.value, t.anchor) for t in tag(text, None)}
    assert found["March 3, 2024"] == ("2024-03-03", "explicit")
    assert found["Friday"] == ("2024-03-01", "inferred")
    assert found["next week"] == ("2024-W10", "inferred")  # March 3, 2024 is a Sunday (W09)


def test_undated_document_without_dates_keeps_placeholders() -> None:
    found = {t.text: (t.value, t.anchor) for t in tag("He left yesterday and returns in June.", None)}
    assert found["yesterday"] == ("XXXX-XX-XX", "unresolved")
    assert found["June"] == ("XXXX-06", "unresolved")


def test_day_after_event_with_its_date() -> None:
    text = "The day after the inauguration on January 20, Jaishankar met Rubio."
    found = {(t.text, t.value, t.anchor) for t in tag(text)}
    assert ("The day after the inauguration on January 20", "2025-01-21", "anchored") in found
    assert ("January 20", "2025-01-20", "published") in found


def test_days_before_event_dated_elsewhere() -> None:
    text = "The election was held on November 5, 2024. Two days before the election, the governor resigned."
    anchored = [t for t in tag(text) if t.anchor == "anchored"]
    assert [(t.text, t.value) for t in anchored] == [("Two days before the election", "2024-11-03")]


def test_week_after_a_date() -> None:
    text = "A week after March 3, 2024, the rebels returned."
    anchored = [t for t in tag(text) if t.anchor == "anchored"]
    assert [t.value for t in anchored] == ["2024-03-10"]


def test_anaphoric_day_resolves_to_previous_date() -> None:
    text = "Fighting began on March 3, 2024. The next day, rebels fled. Later that year, they returned."
    found = {t.text: (t.value, t.anchor) for t in tag(text)}
    assert found["The next day"] == ("2024-03-04", "inferred")
    assert found["Later that year"] == ("2024", "inferred")


def test_anaphor_without_antecedent_is_dropped() -> None:
    assert tag("The next day, rebels fled.", None) == []


# ------------------------------------------------------------------------------------- false positives

@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "Protesters march on the capital.",
        "They may march again.",
        "Sun Microsystems shares rose.",
        "Changes to the H1-B visa system and H-1B visas.",
        "About 18,000 undocumented Indians may return.",
        "The firm paid $2000 in fines.",
        "Some 2000 people attended.",
        "The population grew to 4.8 million.",
        "A 44-year-old man was arrested.",
        "The bill costs $5 a day.",
        "She won a second term.",
        "A quarter of the voters stayed home.",
        "He told USA Today about it.",
        "Theresa May spoke.",
        "The fall of the Berlin Wall changed Europe.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert tag(text) == []


def test_possessive_timexes() -> None:
    found = values("Last month's vote and Friday's ruling shocked everyone.")
    assert found == {"Last month": "2024-12", "Friday": "2025-01-24"}


def test_spans_index_the_text() -> None:
    text = "On Monday, January 27, 2025, they met; a week later they spoke again yesterday."
    for t in tag(text):
        assert text[t.start:t.end] == t.text


# --------------------------------------------------------------- direction of dates written without a year

@pytest.mark.parametrize(
    ("text", "published", "expr", "value"),
    [
        # a past-tense verb governing a month-day: never next year ("ended Jan. 31" written in October) ...
        ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "1989-10-31",
         "Jan. 31", "1989-01-31"),
        # ... and, just after the publication date, last year's
        ("In the year-ago period, the second quarter ended Oct. 31, it had a loss.", "1989-10-27",
         "Oct. 31", "1988-10-31"),
        # a participle takes the tense of its auxiliary: "will be paid" is future, not past
        ("The increased dividend will be paid Dec. 14 to holders.", "1989-10-26", "Dec. 14", "1989-12-14"),
        # "since March" is past whatever verb follows
        ("The carrier has been on patrol since March and was scheduled to return.", "1990-08-13",
         "March", "1990-03"),
        # a future verb governing the date: next year's, but for the days between writing and publication
        ("The board will meet on Feb. 20.", "2025-03-01", "Feb. 20", "2026-02-20"),
        ("The board will meet on Feb. 27.", "2025-03-01", "Feb. 27", "2025-02-27"),
        # without a tense, the nearest occurrence within six months either way
        ("The futures price for February is $22 a barrel.", "1989-10-30", "February", "1990-02"),
    ],
)
def test_month_day_direction(text: str, published: str, expr: str, value: str) -> None:
    assert values(text, published)[expr] == value


@pytest.mark.parametrize(
    ("text", "published", "expr", "value"),
    [
        # future in the past ("would be traveling") points forward from a Wednesday
        ("Officials announced that the father would be traveling to the United States Thursday.", "2000-04-05",
         "Thursday", "2000-04-06"),
        ("Protesters were planning a demonstration on Saturday.", "2000-01-07", "Saturday", "2000-01-08"),
        # "next to" is a place, not the future
        ("Hundreds were killed in the blasts next to the embassies on Friday.", "1998-08-08", "Friday",
         "1998-08-07"),
        # a reporting verb outside the quotation does not date what is said inside it
        ("``The father leaves Thursday,'' Castro said.", "2000-04-05", "Thursday", "2000-04-06"),
        # "had been scheduled": a plan already overtaken, in the past
        ("The offer previously had been scheduled to expire at midnight Friday.", "1989-10-30",
         "midnight Friday", "1989-10-27T24:00"),
        # a possessive day names something that exists: the plan ("would appeal") does not date it
        ("Relatives said they would appeal Wednesday's ruling by the immigration service.", "2000-01-07",
         "Wednesday", "2000-01-05"),
    ],
)
def test_weekday_direction(text: str, published: str, expr: str, value: str) -> None:
    assert values(text, published)[expr] == value


def test_clock_time_weekday_reads_the_tense_where_it_stands() -> None:
    text = "Yesterday the family refused to sign. The INS extended its deadline until 9 a.m. EST Tuesday."
    assert values(text, "2000-04-03")["9 a.m. EST Tuesday"] == "2000-04-04T09:00"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The rules could be effective as early as next year's first quarter.", "next year's first quarter",
         "1990-Q1"),
        ("Sales in last year's fourth quarter were higher.", "last year's fourth quarter", "1988-Q4"),
        ("Net income rose from last year's quarter.", "last year's quarter", "1988-Q3"),
        ("Earnings were $3 million in the quarter a year ago.", "the quarter a year ago", "1988-Q3"),
        ("Profit rose from $5 million in the 1988 quarter.", "the 1988 quarter", "1988-Q3"),
    ],
)
def test_year_shifted_quarters(text: str, expr: str, value: str) -> None:
    assert values(text, "1989-10-31")[expr] == value


@pytest.mark.parametrize(
    ("published", "value"),
    [("1989-10-26", "198"), ("2025-01-28", "202"), ("1965-05-01", "192"), (None, "192")],
)
def test_apostrophe_decade_century(published: str | None, value: str) -> None:
    # the decade under way is this century's: "the '80s" written in 1989 is the 1980s, not the 2080s
    decade = "'80s" if published == "1989-10-26" else "'20s"
    assert values(f"Prices rose in the {decade}.", published)[f"the {decade}"] == value


# ------------------------------------------------------------------ dates as news writes them (issue 10)

def test_undated_document_takes_its_year_from_a_weekday() -> None:
    text = "Friday (March 14) was cold. On Thursday it had rained."
    found = {t.text: (t.value, t.anchor) for t in tag(text, None)}
    assert found["Friday (March 14)"] == ("2025-03-14", "inferred")  # March 14 is a Friday in 2025
    assert found["Thursday"] == ("2025-03-13", "inferred")


def test_undated_document_weekday_year_near_the_years_it_writes() -> None:
    found = values("The ruling came Thursday (Feb. 7), a decade after the 2009 crash.", None)
    assert found["Thursday (Feb. 7)"] == "2008-02-07"  # Feb. 7 is a Thursday in 2008 and 2013: 2008 is nearer


def test_a_weekday_and_its_date_are_one_timex() -> None:
    assert values("The judge will rule Tuesday (Feb. 11).") == {"Tuesday (Feb. 11)": "2025-02-11"}


def test_placeholders_stay_unresolved() -> None:
    t = one("The vote is on March 14.", None)
    assert (t.value, t.anchor) == ("XXXX-03-14", "unresolved")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The parade will take place on June 24. The list will be published on the eve of the parade.",
         "the eve of the parade", "2025-06-23"),
        ("On the day of the vote, polls opened early. The vote was held on May 3.", "the day of the vote",
         "2024-05-03"),
        ("Prices rose on the eve of the summit on March 3.", "the eve of the summit on March 3", "2025-03-02"),
    ],
)
def test_days_named_from_an_event(text: str, phrase: str, value: str) -> None:
    found = {t.text: (t.value, t.anchor) for t in tag(text)}
    assert found[phrase] == (value, "anchored")


def test_a_time_zone_makes_four_digits_a_clock_time() -> None:
    assert values("The launch is at 1800 GMT.") == {"1800 GMT": "2025-01-28T18:00Z"}


@pytest.mark.parametrize(
    ("text", "published", "expr", "value"),
    [
        # the shooting is dated 2016 by the text: "shot on Aug. 11" is that shooting, not last August's
        ("A jury convicted him on Thursday in a 2016 shooting. The victim was shot on Aug. 11. Two days before "
         "the shooting, thieves broke in.", "2019-02-07", "Aug. 11", "2016-08-11"),
        ("A jury convicted him on Thursday in a 2016 shooting. The victim was shot on Aug. 11. Two days before "
         "the shooting, thieves broke in.", "2019-02-07", "Two days before the shooting", "2016-08-09"),
        # an event ahead keeps its year, whatever year the text recalls for its kind
        ("Voters recall the 2020 election. The election on Nov. 5 will be close.", "2024-02-01", "Nov. 5",
         "2024-11-05"),
        # a year written after the event's noun may be another event of its kind; and it comes later
        ("The blasts on Aug. 7 killed 20 people. A medic who helped after a blast in 1995 joined the team.",
         "1998-09-30", "Aug. 7", "1998-08-07"),
        # two years for the same event: no telling which
        ("The 2016 election was close, and so was the 2012 election. The election on Nov. 8 was won narrowly.",
         "2019-02-07", "Nov. 8", "2018-11-08"),
    ],
)
def test_a_month_day_takes_the_year_of_its_event(text: str, published: str, expr: str, value: str) -> None:
    assert values(text, published)[expr] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trial begins Monday.", "2025-02-03"),  # a schedule in the present tense is ahead
        ("The prime minister arrives in Paris on Monday.", "2025-02-03"),
        ("The trial began Monday.", "2025-01-27"),
        ("The judge will sentence him Monday.", "2025-02-03"),  # future: the next Monday, not the last
    ],
)
def test_present_schedule_looks_ahead(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a past passive governs the date of its clause, whatever the main clause after the comma says
        ("Ms Rao, who was arrested by the police on March 21, was granted bail.", "2025-12-10", "2025-03-21"),
        ("The suspect was arrested in Ohio on March 2.", "2025-12-10", "2025-03-02"),
    ],
)
def test_past_passive_dates_the_past(text: str, published: str, value: str) -> None:
    assert one(text, published).value == value


def test_effective_looks_ahead() -> None:
    found = values("The minister on Monday announced her resignation, effective Friday.")
    assert found["Friday"] == "2025-01-31"
