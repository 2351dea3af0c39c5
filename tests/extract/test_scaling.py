"""Long and hostile documents: structure only (no timing here; `python -m bot eval scaling` times them).

A document made of one article repeated N times must give N times the facts of the article, shifted by
each copy's offset: the indexes and bounded look-ups that keep extraction linear must not change what is
found. The indexing helpers are checked against the brute-force questions they replace.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import asdict

import pytest

from bot.evaluate.scaling import SEED, hostile_inputs, repeat_seed, seed_document
from bot.extract import DocumentMeta, extract
from bot.extract.events import _MAX_WORDS, _WORD, _Spans, _WordReach
from bot.extract.people._headlines import _Lines
from bot.extract.quotes._sentences import MAX_SENTENCE, SentenceWork, bounded_sentences, cue_candidate
from bot.extract.quotes._tokens import is_cue, tokens
from bot.extract.spans import LineIndex, SpanIndex
from bot.extract.timex._candidates import select as _select

COPIES = 50

_SHIFTED = {
    "quotes": ("start", "end", "speaker_start", "speaker_end"),
    "timexes": ("start", "end"),
    "events": ("trigger_start", "trigger_end", "timex_start", "timex_end", "start", "end"),
    "amounts": ("start", "end"),
}


def _shift(fact: object, by: int, fields: tuple[str, ...]) -> dict:
    d = asdict(fact)  # type: ignore[call-overload]
    for f in fields:
        if d[f] is not None:
            d[f] += by
    return d


@pytest.fixture(scope="module")
def seed_once_and_repeated():
    text, published = seed_document()
    return (text, extract(text, DocumentMeta(SEED, published)),
            extract(repeat_seed(COPIES), DocumentMeta(SEED, published)))


@pytest.mark.parametrize("kind", list(_SHIFTED))
def test_seed_repeated_gives_every_fact_once_per_copy(seed_once_and_repeated, kind: str) -> None:
    text, once, repeated = seed_once_and_repeated
    step = len(text) + 2  # copies are separated by a blank line
    fields = _SHIFTED[kind]
    expected = [_shift(f, k * step, fields) for k in range(COPIES) for f in getattr(once, kind)]
    assert [asdict(f) for f in getattr(repeated, kind)] == expected


def test_seed_repeated_keeps_its_quotes_people_and_sentences(seed_once_and_repeated) -> None:
    _text, once, repeated = seed_once_and_repeated
    assert once.quotes and len(repeated.quotes) == COPIES * len(once.quotes)
    assert len(repeated.sentences) == COPIES * len(once.sentences)
    mentions = {e.name: len(e.mentions) for e in once.entities}
    assert {e.name: len(e.mentions) for e in repeated.entities} == {n: COPIES * m for n, m in mentions.items()}
    assert sorted((p.name, p.aliases, [r.title for r in p.roles]) for p in repeated.people) == sorted(
        (p.name, p.aliases, [r.title for r in p.roles]) for p in once.people)


@pytest.mark.parametrize("name", list(hostile_inputs(50)))
def test_hostile_inputs_extract_without_errors(name: str) -> None:
    text = hostile_inputs(50)[name]
    facts = extract(text, DocumentMeta("hostile.txt", None))
    assert all(0 <= s < e <= len(text) for s, e in facts.sentences)
    assert all(0 <= q.start <= q.end <= len(text) for q in facts.quotes)
    assert all(0 <= t.start < t.end <= len(text) for t in facts.timexes)


def test_hostile_inputs_are_fixed() -> None:
    assert hostile_inputs(50) == hostile_inputs(50)  # same random seed each run
    assert len(hostile_inputs(1)["random unicode 200k chars"]) == 200_000


# ------------------------------------------------------------------------------------------- helpers


def _random_spans(rng: random.Random, n: int, size: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = rng.randrange(size)
        out.append((a, a + rng.randrange(0, 12)))
    return out


def test_span_index_answers_like_trying_every_span() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = _random_spans(rng, rng.randrange(0, 12), 60)
        index = SpanIndex(spans)
        for s in range(-2, 75):
            assert index.contains(s) == any(a <= s < b for a, b in spans)
            e = s + rng.randrange(0, 8)
            assert index.overlaps(s, e) == any(a < e and s < b for a, b in spans)


def test_line_index_finds_like_str_find() -> None:
    rng = random.Random(3)
    for _ in range(100):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 40)))
        lines = LineIndex(text)
        for pos in range(len(text) + 2):
            assert lines.break_before(pos) == text.rfind("\n", 0, pos)
            assert lines.break_after(pos) == text.find("\n", pos)


def test_people_lines_answer_like_slicing_the_line() -> None:
    rng = random.Random(5)
    for _ in range(100):
        text = "".join(rng.choice("ab .!?\t\n") for _ in range(rng.randrange(1, 40)))
        lines = _Lines(text)
        for pos in range(len(text) + 1):
            before = text.rfind("\n", 0, pos)
            after = text.find("\n", pos)
            assert lines.alone_before(pos) == (not text[before + 1:pos].strip())
            assert lines.alone_after(pos) == (not text[pos:after if after >= 0 else None].strip(" .!?"))


def test_timex_select_keeps_longest_non_overlapping_matches() -> None:
    def brute(cands):
        cands = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        chosen = []
        for c in cands:
            if not any(a < c[1] and c[0] < b for a, b, *_ in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda c: c[0])

    rng = random.Random(11)
    for _ in range(200):
        cands = [(s, s + rng.randrange(1, 9), rng.randrange(3), "rule", None)
                 for s in (rng.randrange(50) for _ in range(rng.randrange(0, 15)))]
        assert _select(list(cands)) == brute(cands)


def test_event_spans_answer_like_trying_every_span() -> None:
    rng = random.Random(13)
    for _ in range(200):
        spans = sorted(_random_spans(rng, rng.randrange(0, 10), 60))
        index = _Spans(spans)
        anchored = _Spans(sorted((a, b, k) for k, (a, b) in enumerate(spans)))
        for _ in range(20):
            s, lo = rng.randrange(70), rng.randrange(70)
            t0 = rng.randrange(70)
            t1 = t0 + rng.randrange(6)
            sent = rng.randrange(30)
            in_sentence = [sp for sp in spans if sp[0] >= sent]
            assert index.inside_other(s, t0, t1, sent) == any(
                a <= s < b and not (a <= t0 and t1 <= b) for a, b in in_sentence)
            hi = lo + rng.randrange(20)
            assert index.any_within(lo, hi) == any(lo <= a and b <= hi for a, b in spans)
            skip = rng.randrange(len(spans) + 1)
            first = next(((a, b, k) for k, (a, b) in enumerate(spans) if k != skip and a <= t0 and t1 <= b), None)
            assert anchored.first_containing(t0, t1, skip) == first


def test_event_word_reach_never_cuts_a_link_the_scorer_would_keep() -> None:
    rng = random.Random(17)
    for _ in range(100):
        text = "".join(rng.choice(["ab", "c", " ", "-", "'", "1", ",", ". ", "x-y"]) for _ in range(200))
        reach = _WordReach(text, 0, len(text))
        for _ in range(20):
            pos = rng.randrange(len(text) + 1)
            before, after = reach.before(pos), reach.after(pos)
            for e in range(0, pos + 1):  # a trigger ending at e: refused if e <= before
                if e <= before:
                    assert len(_WORD.findall(text[e:pos])) > _MAX_WORDS
            for s in range(pos, len(text) + 1):  # a trigger starting at s: refused if s >= after
                if s >= after:
                    assert len(_WORD.findall(text[pos:s])) > _MAX_WORDS


def test_bounded_sentences_cut_only_overlong_sentences() -> None:
    short = [(0, 10), (12, 900)]
    assert bounded_sentences(short) is short
    cut = bounded_sentences([(5, 5 + 2 * MAX_SENTENCE + 7), (9000, 9010)])
    assert cut == [(5, 5 + MAX_SENTENCE), (5 + MAX_SENTENCE, 5 + 2 * MAX_SENTENCE),
                   (5 + 2 * MAX_SENTENCE, 5 + 2 * MAX_SENTENCE + 7), (9000, 9010)]


_SENT_END = re.compile(r"[.!?…][\"”’')]*\s+")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|U\.S|[A-Z])\.)$")


def _pre_by_slicing(masked: str, s_lo: int, x: int) -> str:
    pre = masked[s_lo:x]
    for m in reversed(list(_SENT_END.finditer(pre))):
        if not _ABBREV.search(pre, 0, m.start() + 1):
            return pre[m.end():]
    return pre


def test_sentence_work_tokenises_and_cuts_prefixes_like_slicing() -> None:
    rng = random.Random(19)
    pieces = ["Mr.", "A.B.", "U.S.", "said", "according", "to", " ", " ", ".", ". ", "'", "''", "’", "“", "”",
              '"', "x", "Yy", "-", "&", "(", ")", "\n", "A.", "told", "Dr. "]
    for _ in range(60):
        masked = "".join(rng.choice(pieces) for _ in range(80))
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", masked)] or [(0, 0)]
        starts = sorted({0, *(rng.randrange(len(masked)) for _ in range(3))})
        work = SentenceWork(masked, starts, paras, [p[0] for p in paras], short=rng.choice([0, 5, 600]))
        for _ in range(30):
            s_lo = rng.choice(starts)
            k = bisect.bisect_right(starts, s_lo)
            x = rng.randrange(s_lo, (starts[k] if k < len(starts) else len(masked)) + 1)
            toks, cues = work.tokens_before(s_lo, x)
            expected = tokens(masked, s_lo, x)
            assert [(t.start, t.end, t.text) for t in toks] == [(t.start, t.end, t.text) for t in expected]
            cues = list(cues)
            assert cues == [i for i in range(len(expected) - 1, -1, -1) if cue_candidate(expected[i])]
            assert {i for i, t in enumerate(expected) if t.low == "according" or is_cue(t.text)} <= set(cues)
            assert work.pre(s_lo, x) == _pre_by_slicing(masked, s_lo, x)


def test_people_name_index_stays_equal_to_a_rebuild() -> None:
    from bot.extract.people._persons import NameIndex, People, Person, _index_keys

    def rebuild(people: People) -> dict[str, list[Person]]:
        index: dict[str, list[Person]] = {}
        for p in people:
            for key in _index_keys(p.tokens):
                index.setdefault(key, []).append(p)
        return index

    rng = random.Random(23)
    words = ["Modi", "Narendra", "Trump", "Donald", "Xi", "Jinping", "S.", "Jaishankar", "Jr."]
    people = People()
    index = NameIndex(people)
    for _ in range(300):
        if people and rng.random() < 0.4:
            people.rename(rng.choice(people), rng.sample(words, rng.randrange(1, 4)))
        else:
            people.add(Person(tokens=rng.sample(words, rng.randrange(1, 4))))
        if rng.random() < 0.5:
            index.sync()
            assert dict(index) == rebuild(people)
    index.sync()
    assert dict(index) == rebuild(people)
