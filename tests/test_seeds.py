"""What Factdesk must answer about the bundled seeds, pinned here so it is checked without ../shared.

These are the project's own expectations (written from reading the two articles), asked through the
same Desk the console and Discord use.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio

from bot.desk import Desk
from bot.textnorm import normalize_quote

D000 = "000_49acccabc25c2743.txt"
D003 = "003_9c9e8ef1097f156a.txt"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def desk(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path):
    d = await Desk.open(tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = await d.ingest_paths([seeds_dir])
    assert sorted(report.added) == [D000, D003]
    yield d
    await d.close()


pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_who_jaishankar_has_both_roles_cited_from_both_seeds(desk: Desk) -> None:
    answer = await desk.who("Jaishankar")
    match = answer.matches[0]
    assert match.name == "S. Jaishankar"
    roles = {r.title.casefold(): r for r in match.roles}
    assert {"foreign minister", "external affairs minister"} <= roles.keys()
    assert roles["foreign minister"].citations[0].document == D000
    assert roles["external affairs minister"].citations[0].document == D003
    assert {c.document for c in match.citations} == {D000, D003}
    assert "Mr Jaishankar" in match.aliases


@pytest.mark.parametrize(("query", "name"), [
    ("Modi", "Narendra Modi"), ("PM Modi", "Narendra Modi"), ("@narendramodi", "Narendra Modi"),
    ("Trump", "Donald Trump"), ("Mr Trump", "Donald Trump"), ("@realDonaldTrump", "Donald Trump"),
    ("rubio", "Marco Rubio"), ("Biden", "Joe Biden"), ("jaishanker", "S. Jaishankar"),
])
async def test_aliases_resolve_to_the_full_name(desk: Desk, query: str, name: str) -> None:
    answer = await desk.who(query)
    assert answer.matches and answer.matches[0].name == name


async def test_rubio_is_us_secretary_of_state(desk: Desk) -> None:
    roles = (await desk.who("Marco Rubio")).matches[0].roles
    assert any(r.title == "Secretary of State" for r in roles)


@pytest.mark.parametrize("not_a_person", ["New Delhi", "Quad", "Monday", "State Department", "Washington"])
async def test_places_and_organisations_are_not_people(desk: Desk, not_a_person: str) -> None:
    answer = await desk.who(not_a_person)
    assert all(m.kind != "person" or m.name.casefold() != not_a_person.casefold() for m in answer.matches)


@pytest.mark.parametrize(("query", "date"), [
    ("inauguration", "2025-01-20"), ("sworn in", "2025-01-20"), ("first conversation", "2025-01-27"),
    ("electoral victory", "2024-11-07"), ("Jaishankar met Rubio", "2025-01-21"),
])
async def test_when(desk: Desk, query: str, date: str) -> None:
    answer = await desk.when(query)
    assert answer.dates and answer.dates[0].value == date, [d.value for d in answer.dates]
    assert answer.dates[0].citations


async def test_inauguration_is_not_dated_by_the_call(desk: Desk) -> None:
    """000: 'conversation on January 27, 2025, following President Trump's inauguration' dates the call only."""
    answer = await desk.when("inauguration")
    assert answer.dates[0].value == "2025-01-20"
    assert all(c.document == D003 for c in answer.dates[0].citations)


QUOTES = [
    ("Jaishankar", D000, "direct", "We firmly oppose illegal mobility while promoting legitimate opportunities "
                                   "for Indian talent globally"),
    ("Modi", D000, "partial", "historic second term"),
    ("Modi", D000, "partial", "dear friend"),
    ("Modi", D000, "post", "Delighted to speak with my dear friend President @realDonaldTrump @POTUS. "
                           "Congratulated him on his historic second term."),
    ("Modi", D003, "direct", "Delighted to speak with my dear friend President @realDonaldTrump @POTUS"),
    ("Modi", D003, "partial", "committing to a mutually beneficial and trusted partnership"),
    ("United States", D003, "partial", "address concerns related to irregular migration"),
]


@pytest.mark.parametrize(("speaker", "doc", "kind", "words"), QUOTES)
async def test_quotes_are_attributed(desk: Desk, speaker: str, doc: str, kind: str, words: str) -> None:
    answer = await desk.quote(speaker)
    want = normalize_quote(words)
    hits = [q for q in answer.quotes if want in normalize_quote(q.text)
            and any(c.document == doc for c in q.citations)]
    assert hits, [q.text for q in answer.quotes]
    assert hits[0].kind == kind


async def test_quote_modi_lists_quotes_from_both_seeds(desk: Desk) -> None:
    answer = await desk.quote("Modi")
    assert answer.speaker == "Narendra Modi"
    assert {c.document for q in answer.quotes for c in q.citations} == {D000, D003}


@pytest.mark.parametrize(("claim", "speaker", "verdict", "source"), [
    ("We firmly oppose illegal mobility while promoting legitimate opportunities for Indian talent globally",
     "Jaishankar", "verbatim", "S. Jaishankar"),
    ("we strongly oppose illegal immigration while promoting legitimate opportunities for Indian talent",
     "Jaishankar", "altered", "S. Jaishankar"),
    ("We firmly oppose illegal mobility while promoting legitimate opportunities for Indian talent globally",
     "Trump", "misattributed", "S. Jaishankar"),
    ("We will work together for the welfare of our people", "Modi", "verbatim", "Narendra Modi"),
    ("India will impose tariffs on American goods next month", "Modi", "not_found", None),
])
async def test_quote_checks(desk: Desk, claim: str, speaker: str, verdict: str, source: str | None) -> None:
    answer = await desk.check(claim, speaker)
    assert answer.verdict == verdict
    if source:
        assert answer.source_speaker == source and answer.citations


async def test_amounts(desk: Desk) -> None:
    from bot.ingest import extract_facts, read_document
    from tests.conftest import SEEDS_DIR

    source = read_document(SEEDS_DIR / D000)
    values = {a.value for a in extract_facts(source).amounts}
    assert {"18,000", "4.8 million"} <= values


async def test_when_cites_the_users_own_words_first(desk: Desk) -> None:
    first = (await desk.when("sworn in")).dates[0].citations[0]
    assert "sworn in" in first.snippet
