"""A property over random libraries: whatever documents go where (and whatever is removed after), no answer —
/who, /when, /quote, /check, /sources, /source, autocomplete, the digest — ever cites or names a document
outside the asker's view (the base library, and the asker's server's own), and counts count only the view.

Each article's facts are extracted once; every example writes them into a fresh database under a name that
says its library ("wong@111.txt"), so a citation tells where it came from.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.desk import Desk
from bot.digest.runner import DigestRunner
from bot.extract.facts import Facts
from bot.ingest import SourceDocument, extract_facts, parse_document
from bot.store import BASE, Store
from tests.libraries.articles import ARTICLES
from tests.libraries.test_views import cited

A, B = 111, 222
LIBRARIES = (BASE, A, B)
ASKERS = {"a DM": BASE, "server A": A, "server B": B}
PEOPLE = ("Jaishankar", "S. Jaishankar", "Subrahmanyam Jaishankar", "Marco Rubio", "Nirmala Sitharaman",
          "Penny Wong", "Wong", "Adaeze Okafor", "Narendra Modi", "Donald Trump", "Agnieszka Kowalski", "Kremlin",
          "Nobody Atall")
EVENTS = ("met", "budget presented", "trade plan unveiled", "summit", "inauguration", "election", "praised budget")
QUOTES = (
    ("We firmly oppose illegal mobility while promoting legitimate opportunities", None),
    ("This budget puts the middle class first", "Nirmala Sitharaman"),
    ("Trade keeps our region stable and prosperous", "Jaishankar"),
    ("Nobody will pay more tax on bread", None),
    ("We are committed to a mutually beneficial and trusted partnership", "Modi"),
    ("The city chose hope over fear", "Penny Wong"),
    ("We will respond to any provocation with firmness", "Kremlin"),
)


@functools.cache
def _extracted(article: str) -> tuple[SourceDocument, Facts]:
    source = parse_document(Path(f"{article}.txt"), ARTICLES[article].encode())
    return source, extract_facts(source)


def stored_name(article: str, library: int) -> str:
    return f"{article}@{library}.txt"


def _copy(article: str, library: int) -> tuple[SourceDocument, Facts]:
    source, facts = _extracted(article)
    name = stored_name(article, library)
    return dataclasses.replace(source, path=source.path.with_name(name),
                               meta=dataclasses.replace(source.meta, name=name)), facts


documents = st.lists(st.tuples(st.sampled_from(sorted(ARTICLES)), st.sampled_from(LIBRARIES)),
                     min_size=1, max_size=7, unique=True)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=documents, removed=st.sets(st.integers(0, 6), max_size=2))
def test_no_answer_ever_cites_a_document_outside_the_askers_view(
    docs: list[tuple[str, int]], removed: set[int]
) -> None:
    asyncio.run(_check(docs, removed))


async def _check(docs: list[tuple[str, int]], removed: set[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = await Store.open(Path(folder) / "p.db")
        desk = Desk(store)
        try:
            for article, library in docs:
                await store.replace_document(*_copy(article, library), library)
            for i in sorted(removed):
                if i < len(docs):
                    article, library = docs[i]
                    assert await store.remove_document(stored_name(article, library), library)
            kept = [d for i, d in enumerate(docs) if i not in removed]
            for asker, library in ASKERS.items():
                allowed = {stored_name(a, lib) for a, lib in kept if lib in (BASE, library)}
                await _ask_everything(desk, store, asker, library, allowed)
        finally:
            await desk.close()


async def _ask_everything(desk: Desk, store: Store, asker: str, library: int, allowed: set[str]) -> None:
    def within(answer: object, what: str) -> None:
        outside = cited(answer) - allowed
        assert not outside, f"{what} asked in {asker} cites {outside} (may see {sorted(allowed)})"

    sources = await desk.sources(library=library)
    within(sources, "/sources")
    assert sources.total == len(allowed) and {s.name for s in sources.documents} == allowed
    for name in sorted({stored_name(a, lib) for a in ARTICLES for lib in LIBRARIES}):
        answer = await desk.source(name, library)
        within(answer, f"/source {name}")
        assert (answer.status == "found") == (name in allowed), (asker, name, answer.status)
    for person in PEOPLE:
        who = await desk.who(person, library)
        within(who, f"/who {person}")
        for match in who.matches:
            assert match.documents <= len(allowed) and len({c.document for c in match.citations}) <= match.documents
        within(await desk.quote(person, library), f"/quote {person}")
    for event in EVENTS:
        within(await desk.when(event, library), f"/when {event}")
    for words, speaker in QUOTES:
        within(await desk.check(words, speaker, library), f"/check {words}")
    shown = set(await desk.complete_documents("", library=library)) | set(await desk.complete_documents(
        ".txt", library=library))
    assert shown <= allowed, (asker, shown - allowed)
    names = set(await desk.complete_names("", library=library))
    for prefix in ("J", "Wo", "Ok", "Sit", "Kow", "Mod", "Rub"):
        names |= set(await desk.complete_names(prefix, library=library))
    known = {n for n in names if any(n.split()[-1] in ARTICLES[a] for a, _ in _articles(allowed))}
    assert names == known, (asker, names - known)

    async def nowhere(channel: int, message: object) -> int:
        raise AssertionError("a preview never posts")

    digest = await DigestRunner(store, None, lambda a: [a], nowhere, library=library).preview()
    within(digest, "the digest")


def _articles(allowed: set[str]) -> list[tuple[str, str]]:
    return [(name.split("@")[0], name) for name in allowed]
