"""The query mix holds what users type: multi-word /when queries naming people of the corpus with an event,
aliases, typos and misses."""

from __future__ import annotations

from collections import Counter

from bot.bench import lexicon as lx
from bot.bench.generate import article
from bot.bench.queries import build_queries

SEED, N = 7, 40
PEOPLE_SHAPES = ("Surname Surname event", "Surname Surname meeting", "Firstname Surname event", "Mr Surname event")


def test_when_queries_name_people_of_one_article_with_its_event() -> None:
    texts = [article(SEED, i).text for i in range(N)]
    when = build_queries(SEED, N, per_command=200, warmup=0)["when"]
    shapes = Counter(q["shape"] for q in when)
    assert all(shapes[s] for s in PEOPLE_SHAPES), shapes
    assert sum(shapes[s] for s in PEOPLE_SHAPES) >= len(when) * 0.25  # the slowest kind is well represented
    kinds = [k for k, *_ in lx.EVENT_KINDS] + ["meeting"]
    for q in when:
        if q["shape"] not in PEOPLE_SHAPES:
            continue
        kind = next(k for k in kinds if q["q"].endswith(" " + k))
        names = q["q"].removesuffix(" " + kind).split()[1 if q["shape"].startswith("Mr") else 0:]
        assert names and len(q["q"].split()) >= 2, q
        event = "" if kind == "meeting" else kind
        # one article of the corpus names these people and holds this event
        assert any(all(n in t for n in names) and event in t for t in texts), q


def test_the_mix_has_aliases_typos_and_misses() -> None:
    mix = build_queries(SEED, N, per_command=200, warmup=0)
    for command in ("who", "quote", "when"):
        kinds = Counter(q["kind"] for q in mix[command])
        assert kinds["hit"] and kinds["typo"] and kinds["miss"], (command, kinds)
    who = Counter(q["shape"] for q in mix["who"])
    assert who["Mr Surname"] and who["Title Surname"] and who["surname"] and who["@handle"], who
    assert all(q["q"].startswith("@") for q in mix["who"] if q["shape"] == "@handle")
    when = Counter(q["shape"] for q in mix["when"])
    assert when["Surname Surname event, typo"] and when["unknown person event"], when
    check = Counter(q["kind"] for q in mix["check"])
    assert check["misattributed"] and check["typo"] and check["miss"], check
