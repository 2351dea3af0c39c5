"""/when finds the event asked about: one case per error class fixed, on short articles written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.query_words import lemma, surface_forms, tokens
from bot.desk import Desk

ARTICLES = {
    "swearing.txt": (
        "date 2025-03-10\n"
        "Governor Anna Kowalski was sworn in on March 3, 2025, in Warsaw. "
        "Her deputy, Piotr Nowak, was sworn in on March 5, 2025.\n"
    ),
    "council.txt": (
        "date 2024-06-14\n"
        "The Harbour Council approved the new budget on Tuesday. The council will meet again on June 25. "
        "Mayor Lena Ortiz said the vote was close. She resigned on Thursday after ten years in office.\n"
    ),
    "court.txt": (
        "date 2023-11-20\n"
        "Tom Becker, who was arrested on May 3, was granted bail on June 9 and returned to prison on July 30 "
        "when he violated its terms. A jury acquitted Becker on November 17.\n"
    ),
    "cricket.txt": (
        "date 2024-11-01\n"
        "The touring side announced its schedule.\n\n"
        "1st Test: December 4-8, Hobart\n\n"
        "2nd Test: December 12-16, Darwin\n"
    ),
    "merger.txt": (
        "date 2022-05-02\n"
        "On April 12, Northwind chief executive Rosa Lind announced that the merger with Eastline would be "
        "completed on September 30. Shareholders will vote on July 1.\n"
    ),
    "statement.txt": (
        "date 2023-03-08\n"
        "Health Minister Carla Diaz told reporters on Monday that the new clinic would open on April 3. "
        "Finance Minister Ivo Petrov says a 12 May budget vote will decide its funding.\n"
    ),
    "medals.txt": (
        "date 2022-08-06\n"
        "Prime Minister Ravi Menon on Friday congratulated Asha Pillai on her gold medal. "
        "Pillai won the gold in the 400 metres on Thursday.\n"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("when")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
async def desk(corpus: Path, tmp_path: Path):
    d = await Desk.open(tmp_path / "when.db")
    await d.ingest_paths([corpus])
    yield d
    await d.close()


async def first(desk: Desk, query: str) -> str | None:
    answer = await desk.when(query)
    return answer.dates[0].value if answer.dates else None


async def test_a_name_in_the_query_must_be_mentioned(desk: Desk) -> None:
    """'/when Nowak sworn in' is not the day Kowalski was sworn in, though both sentences say 'sworn in'."""
    assert await first(desk, "Nowak sworn in") == "2025-03-05"
    assert await first(desk, "Kowalski sworn in") == "2025-03-03"


async def test_a_name_nobody_in_the_sources_has_is_not_answered_with_another_event(desk: Desk) -> None:
    assert (await desk.when("Dubois sworn in")).status == "not_found"


async def test_a_mistyped_name_is_still_found(desk: Desk) -> None:
    assert await first(desk, "Kowalsky sworn in") == "2025-03-03"


async def test_a_pronoun_refers_to_the_person_last_named(desk: Desk) -> None:
    """'She resigned on Thursday' dates Ortiz's resignation: the sentence never names her."""
    assert await first(desk, "Ortiz resignation") == "2024-06-13"


async def test_the_council_refers_to_the_organisation_named_before(desk: Desk) -> None:
    assert await first(desk, "Harbour Council meeting") == "2024-06-25"


async def test_several_dates_in_a_sentence_the_one_beside_the_words_asked(desk: Desk) -> None:
    assert await first(desk, "Becker granted bail") == "2023-06-09"
    assert await first(desk, "Becker returned to prison") == "2023-07-30"
    assert await first(desk, "Becker arrested") == "2023-05-03"


async def test_derived_words_meet_acquittal_and_acquitted(desk: Desk) -> None:
    assert await first(desk, "Becker acquittal") == "2023-11-17"


async def test_ordinals_meet_figures(desk: Desk) -> None:
    assert await first(desk, "first Test starts") == "2024-12-04"
    assert await first(desk, "second Test in Darwin") == "2024-12-12"


async def test_the_first_event_word_of_the_query_is_the_event(desk: Desk) -> None:
    """'Lind announces the merger' is the announcement (April 12), not the merger (September 30)."""
    assert await first(desk, "Lind announces the merger") == "2022-04-12"
    assert await first(desk, "Northwind Eastline merger completed") == "2022-09-30"


async def test_half_the_names_when_no_sentence_has_them_all(desk: Desk) -> None:
    assert await first(desk, "Menon congratulates Pillai and Okafor") == "2022-08-05"


async def test_a_statement_is_dated_by_the_date_beside_its_verb(desk: Desk) -> None:
    """'/when Diaz says …' asks for the day she said it (Monday), not the day the clinic opens."""
    assert await first(desk, "Diaz says the clinic will open") == "2023-03-06"
    assert await first(desk, "new clinic opens") == "2023-04-03"


async def test_a_name_then_on_asks_what_the_person_said(desk: Desk) -> None:
    assert await first(desk, "Diaz on the new clinic") == "2023-03-06"


async def test_a_statement_without_a_date_of_its_own_takes_the_articles_date(desk: Desk) -> None:
    """'a 12 May budget vote' names the vote, not the day Petrov spoke: the article's date is."""
    answer = await desk.when("Petrov says budget vote will decide funding")
    assert answer.dates[0].value == "2023-03-08" and answer.dates[0].citations
    assert "2023-05-12" in [d.value for d in answer.dates]


async def test_every_date_is_cited_with_offsets_into_its_document(desk: Desk, corpus: Path) -> None:
    answer = await desk.when("Becker granted bail")
    for item in answer.dates:
        assert item.citations
        for c in item.citations:
            text = (corpus / c.document).read_text(encoding="utf-8")
            assert c.start < c.end and text[c.start:c.end].strip()


async def test_an_unresolved_date_is_never_shown(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text("The festival opened on March 14 in Lyon.\n", encoding="utf-8")
    d = await Desk.open(tmp_path / "u.db")
    try:
        await d.ingest_paths([tmp_path / "undated.txt"])
        answer = await d.when("festival opened")
        assert all("X" not in item.value for item in answer.dates)
    finally:
        await d.close()


@pytest.mark.parametrize(("a", "b"), [
    ("resignation", "resigned"), ("acquittal", "acquitted"), ("merger", "merged"), ("departure", "departs"),
    ("election", "elected"), ("appointment", "appointed"), ("arrival", "arrives"), ("first", "1st"),
])
def test_derivations_share_a_lemma(a: str, b: str) -> None:
    assert lemma(a) == lemma(b)


def test_unrelated_words_keep_apart() -> None:
    assert lemma("election") != lemma("electricity")
    assert lemma("test") != lemma("testimony")


def test_full_text_looks_for_derived_forms_too() -> None:
    assert {"merger", "merge"} <= surface_forms("merger") | surface_forms("merge")
    assert "departure" in surface_forms("depart")


def test_stop_words_and_numbers_have_no_keys() -> None:
    assert [t.lemma for t in tokens("the vote on 22 July 2024")] == [lemma("vote"), lemma("July")]
