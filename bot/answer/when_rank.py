"""Rank /when evidence: how much of the query a sentence mentions, then relevance, then date precision.

Each candidate sentence is scored by
1. the names of the query it mentions — by name or alias, or by a pronoun or bare title ("he", "the
   president") when that person is the last one mentioned before the sentence; a sentence missing a name
   is not evidence (another person's inauguration does not date this one's);
2. how much of the query's other words it covers (event words count more; a synonym less than the word);
3. relevance: the date the extractor linked to a query word in this sentence, else the date nearest the
   words matched (less when a connective like "after" or "before" stands between them);
4. precision: a day before a month before a year.
Agreement across sources is added when dates are grouped (bot/answer/when.py). Unresolved values
(XXXX-03-14) and references like PRESENT_REF are never a date.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.answer.dates import precision
from bot.answer.query_words import Token, phrase_groups, tokens
from bot.answer.when_query import Name, Term, WhenQuery, words_with_spans
from bot.answer.when_said import PUBLISHED, statement_date, statement_spans
from bot.store.when_reads import Mention, WhenRow
from bot.textnorm import fold

__all__ = ["Evidence", "Sentence", "label", "links", "name_spans", "own_date", "proximity", "rank", "referred",
           "sentences", "starts_period", "unresolved"]

NAME_WEIGHT = 10.0
COVER_WEIGHT = 4.0
PRECISION_WEIGHT = 0.25
MIN_SHARE = 0.35  # evidence mentions at least this share of the query (names and words, weighted)
NAME_SHARE = 1.5  # a name's weight in that share, as an event word's
SYNONYM = 0.7  # a query word met only through its synonym counts this much
NAME_NEAR = 0.1  # a date beside the person named is more likely the date of what that person did
SAID, SAID_PUBLISHED = 1.3, 1.2  # a statement's own date, or its article's: above any event's date
HEAD = 0.15  # a date linked to the query's first event word ("Putin announces the parade date": announces)
_DATED = re.compile(r"^\d{4}(?:-(?:\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))*(?:-\d{2}|-WE)?(?:T[\w:]+)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NO_EVENT = 1.0  # evidence without the query's event word (it has one), below evidence with it
DOUBT = 0.5  # a statement's date for a query about no statement, or another event's date in the sentence
DOUBT_MARGIN = 1.0  # evidence this far below the best is not examined for doubt…
DOUBT_SENTENCES = 12  # …nor the sentences after this many
OWN = 0.5  # a date this near the event word (proximity) is its own
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)  # "since 1972": where a period starts, no event's date
_TIME_OF_DAY = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})T.*$")
_BLOCK = re.compile(r"\b(?:after|following|since|before|prior\s+to|ahead\s+of|until|till)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)
_PRONOUNS = frozenset("he she his her him hers".split())


@dataclass(slots=True)
class Sentence:
    id: int
    document_id: int
    start: int
    end: int
    text: str
    published: str | None
    timexes: list[WhenRow] = field(default_factory=list)
    events: list[WhenRow] = field(default_factory=list)
    _words: list[tuple[str, int, int]] | None = None
    _tokens: list[Token] | None = None
    _names: dict[Name, list[tuple[int, int]]] = field(default_factory=dict)  # name_spans, once per name

    @property
    def words(self) -> list[tuple[str, int, int]]:
        """Normalised words with spans (for names), computed when first needed."""
        if self._words is None:
            self._words = words_with_spans(self.text, self.start)
        return self._words

    @property
    def tokens(self) -> list[Token]:
        """Words with their lemma and event key (for the query's other words), computed when first needed."""
        if self._tokens is None:
            self._tokens = tokens(self.text, self.start)
        return self._tokens


@dataclass(slots=True)
class Evidence:
    document_id: int
    start: int
    end: int
    marks: list[tuple[int, int]]
    value: str
    trigger: str
    score: float
    timex: tuple[int, int]
    timex_text: str
    literal: bool = False  # the user's own words, not a synonym of them
    named: float = 0.0  # the share of the query's names the sentence mentions
    share: float = 1.0  # the weighted share of the query (names and words) the sentence mentions
    event: bool = True  # the sentence has an event word of the query (or the query has none)
    doubtful: bool = False  # the date of a statement ("the company said on Monday", for a query about no
    # statement) or of another event (the event word has a date of its own in its clause)


def sentences(rows: list[WhenRow], undated: bool = False) -> list[Sentence]:
    """The candidate sentences with their dates and events; `undated` keeps those without a date too."""
    by_id: dict[int, Sentence] = {}
    for r in rows:
        if r.kind == "s":
            by_id[r.sentence_id] = Sentence(r.sentence_id, r.document_id, r.start, r.end, r.text, r.value)
    for r in rows:
        s = by_id.get(r.sentence_id)
        if s is not None and r.kind in ("t", "e") and r.value and _DATED.match(r.value):
            if "T" in r.value:
                r = r._replace(value=_TIME_OF_DAY.sub("", r.value))  # a time is shown as its day
            (s.timexes if r.kind == "t" else s.events).append(r)
    return [s for s in by_id.values() if undated or s.timexes or s.events]


def name_spans(name: Name, s: Sentence) -> list[tuple[int, int]]:
    """Spans of the sentence naming `name` (by the query's words or any alias), found once per sentence: each
    word of the sentence is looked up among the forms starting with it (a surname shared by fifty people has
    hundreds of forms, a sentence a few dozen words)."""
    found = s._names.get(name)
    if found is not None:
        return found
    words = [w for w, _, _ in s.words]
    by_first = _forms_by_first(name)
    spans = []
    for i, w in enumerate(words):
        for form in by_first.get(w, ()):
            n = len(form)
            if tuple(words[i:i + n]) == form:
                spans.append((s.words[i][1], s.words[i + n - 1][2]))
    s._names[name] = spans
    return spans


@lru_cache(maxsize=256)
def _forms_by_first(name: Name) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for form in name.forms | {name.words}:
        if form:
            out.setdefault(form[0], []).append(form)
    return out


def unresolved(query: WhenQuery, found: list[Sentence]) -> set[int]:
    """Documents whose candidate sentences miss a name of the query: a pronoun or a bare title ("he",
    "the president", "the council") may refer to it there."""
    return {s.document_id for s in found for n in query.names if not name_spans(n, s)}


def referred(name: Name, s: Sentence, mentions: list[Mention]) -> bool:
    """A person: a pronoun or one of their titles in the sentence, and they were the last person mentioned.
    An organisation: 'the <its head word>' ("the council") in a document that names it."""
    words = [w for w, _, _ in s.words]
    if name.kind != "person":
        heads = {f[-1] for f in name.forms if len(f) > 1}
        said = any(a == "the" and b in heads for a, b in itertools.pairwise(words))
        return said and any(m.document_id == s.document_id and m.entity_id in name.entity_ids for m in mentions)
    if not (set(words) & _PRONOUNS or set(words) & name.titles):
        return False
    before = [m for m in mentions if m.document_id == s.document_id and m.kind == "person" and m.start < s.start]
    return bool(before) and before[-1].entity_id in name.entity_ids


def rank(query: WhenQuery, found: list[Sentence], mentions: list[Mention]) -> list[Evidence]:
    """Every dated candidate sentence as evidence, scored. Sentences missing a name are left out — unless
    no sentence has every name of a query naming several, then those having half of them count."""
    out: list[Evidence] = []
    dated: dict[int, tuple[Sentence, list[tuple[int, int]], list[Evidence]]] = {}
    total = sum(t.weight for t in query.terms)
    for s in found:
        marks: list[tuple[int, int]] = []
        named = 0
        for n in query.names:
            spans = name_spans(n, s)
            marks += spans
            named += bool(spans) or referred(n, s, mentions)
        if 2 * named < len(query.names):
            continue
        covered, matched, literal, event = _coverage(query, s)
        whole = (named * NAME_SHARE + covered) / (len(query.names) * NAME_SHARE + total) if total else 1.0
        if total and (not covered or whole < MIN_SHARE):
            continue  # "Modi met Biden" is not dated by "Jaishankar met Rubio"
        share = named / len(query.names) if query.names else 0.0
        base = NAME_WEIGHT * share + COVER_WEIGHT * (covered / total if total else 1.0)
        found_here = _dated(query, s, base, matched, marks, literal)
        dated[s.id] = (s, event or [], list(found_here))
        if query.reporting:
            found_here += _said(s, base, marks, literal)
        for e in found_here:
            e.named, e.share, e.event = share, whole, event is None or bool(event)
            e.score -= 0.0 if e.event else NO_EVENT
            out.append(e)
    _doubt(query, out, dated)
    if not query.names or any(e.named == 1.0 for e in out):
        return [e for e in out if e.named == 1.0 or not query.names]
    return [e for e in out if len(query.names) >= 2 and e.named >= 0.5]


def _said(s: Sentence, base: float, marks: list[tuple[int, int]], literal: bool) -> list[Evidence]:
    """The day of the named speaker's statement: a date beside the reporting verb, else the publication date."""
    dates = [((t.start, t.end), str(t.value), t.text) for t in s.timexes]
    found = statement_date(s.text, s.start, marks, dates)
    if found is None:
        return []
    verb, span, value, written = found
    if span is None:
        if not s.published:
            return []
        span, value, written, relevance = verb, s.published, PUBLISHED, SAID_PUBLISHED
    else:
        relevance = SAID
    spans = sorted({verb, span, *marks})
    score = base + relevance + PRECISION_WEIGHT * precision(value) / 4
    return [Evidence(s.document_id, spans[0][0], max(b for _, b in spans), spans, value,
                     s.text[verb[0] - s.start:verb[1] - s.start], score, span, written, literal)]


def _coverage(query: WhenQuery, s: Sentence) -> tuple[float, list[Token], bool, list[tuple[int, int]] | None]:
    """Weighted share of the query's words the sentence has, the tokens matched, all of them literal?, and
    the spans of the query's event words in it (None when the query has none)."""
    lemmas: dict[str, list[Token]] = {}
    groups: dict[str, list[Token]] = {}
    for t in s.tokens:
        lemmas.setdefault(t.lemma, []).append(t)
        if t.group:
            groups.setdefault(t.group, []).append(t)
    phrases = phrase_groups(s.text) if any(not t.lemma for t in query.terms) else set()
    covered, matched, literal = 0.0, [], True
    event: list[tuple[int, int]] | None = [] if any(t.event for t in query.terms) else None
    for term in query.terms:
        if term.lemma and term.lemma in lemmas:
            covered += term.weight
            found = lemmas[term.lemma]
        elif term.group and (term.group in groups or term.group in phrases):
            covered += term.weight * SYNONYM
            found = groups.get(term.group, [])
            literal = False
        else:
            literal = False
            continue
        matched += found
        if term.event and event is not None:
            event += [(t.start, t.end) for t in found] or [(s.start, s.start)]
    literal = literal or (bool(query.literal) and fold(query.literal) in fold(s.text))
    return covered, matched, literal, event


def _doubt(query: WhenQuery, out: list[Evidence],
           dated: dict[int, tuple[Sentence, list[tuple[int, int]], list[Evidence]]]) -> None:
    """Lower the doubtful dates among the best evidence (only there: it is the slow part of ranking)."""
    top = max((e.score for e in out), default=0.0)
    best = sorted(dated.values(), key=lambda d: -max((e.score for e in d[2]), default=0.0))[:DOUBT_SENTENCES]
    for s, event, evidence in best:
        if not any(e.score >= top - DOUBT_MARGIN for e in evidence):
            break
        doubtful = doubtful_dates(query, s, event, {e.timex: (e.value, e.timex_text) for e in evidence})
        for e in evidence:
            if e.timex in doubtful:
                e.doubtful, e.score = True, e.score - DOUBT


def doubtful_dates(query: WhenQuery, s: Sentence, event: list[tuple[int, int]],
                   dates: dict[tuple[int, int], tuple[str, str]]) -> set[tuple[int, int]]:
    """The dates of the sentence that are not the event's: a statement's (unless one is asked), those beside
    another date of the event word's own clause, and where a period starts ("since 1972")."""
    doubtful = set() if query.reporting else statement_spans(s.text, s.start, list(dates))
    if (own := own_date(s, [x for x in event if x[0] < x[1]], dates)) is not None:
        doubtful |= set(dates) - {own}
    return doubtful | {span for span in dates if starts_period(s, span)}


def starts_period(s: Sentence, span: tuple[int, int]) -> bool:
    """'since 1972': where a period starts, not the date of an event."""
    return bool(_SINCE.search(s.text[:span[0] - s.start]))


def _dated(query: WhenQuery, s: Sentence, base: float, matched: list[Token], marks: list[tuple[int, int]],
           literal: bool) -> list[Evidence]:
    """One piece of evidence per date in the sentence: the date the extractor linked to a query word
    scores highest, then the date nearest the words matched."""
    linked = links(query, s, matched)
    dates = {(t.start, t.end): (str(t.value), t.text) for t in s.timexes}
    for (a, b), e in linked.items():  # a date the extractor found through an anchor ("the day after …")
        dates.setdefault((a, b), (str(e.value), s.text[a - s.start:b - s.start]))
    words = [(m.start, m.end) for m in matched]
    out = []
    for span, (value, text) in dates.items():
        link = linked.get(span)
        near = proximity(s, span, words)
        if link is not None:
            relevance, cited = 0.4 + 0.5 * (link.score or 0.0) + 0.1 * near, [(link.start, link.end)]
            relevance += HEAD if query.head and _names_term(link.text, query.head) else 0.0
        else:
            relevance, cited = 0.45 * near, words
        relevance += NAME_NEAR * proximity(s, span, marks) if marks else 0.0
        score = base + relevance + PRECISION_WEIGHT * precision(value) / 4
        spans = cited + marks + [span]
        trigger = link.text if link is not None else label(s, matched) or query.text
        out.append(Evidence(s.document_id, min(a for a, _ in spans), max(b for _, b in spans),
                            sorted(set(spans)), value, trigger, score, span, text, literal))
    return out


def links(query: WhenQuery, s: Sentence, matched: list[Token]) -> dict[tuple[int, int], WhenRow]:
    """Timex span → the extractor's best link from a query word in this sentence to it."""
    words = {(m.start, m.end) for m in matched}
    keys = {t.group for t in query.terms if t.group} | query.keys
    linked: dict[tuple[int, int], WhenRow] = {}
    for e in s.events:
        hit = any(e.start <= a and b <= e.end for a, b in words) or bool(phrase_groups(e.text) & keys)
        span = (e.aux_start or 0, e.aux_end or 0)
        if hit and (span not in linked or (e.score or 0.0) > (linked[span].score or 0.0)):
            linked[span] = e
    return linked


def _names_term(trigger: str, term: Term) -> bool:
    return any(t.lemma == term.lemma or (term.group and t.group == term.group) for t in tokens(trigger)) or (
        bool(term.group) and term.group in phrase_groups(trigger))


def proximity(s: Sentence, timex: tuple[int, int], spans: list[tuple[int, int]]) -> float:
    """1 beside one of `spans`, falling with distance; less across a connective ('after', 'before') or
    'and' (the words on its other side belong to another clause)."""
    if not spans:
        return 0.2

    def gap(span: tuple[int, int]) -> tuple[int, int]:
        return (span[1], timex[0]) if span[1] <= timex[0] else (timex[1], max(timex[1], span[0]))

    a, b = min((gap(x) for x in spans), key=lambda ab: ab[1] - ab[0])
    between = s.text[a - s.start:b - s.start]
    near = 1.0 / (1.0 + len(between.split()) / 4)
    if _BLOCK.search(between):
        near *= 0.5
    if _AND.search(between):  # "granted bail on June 9 and returned to prison on July 30"
        near *= 0.7
    return near


def own_date(s: Sentence, event: list[tuple[int, int]], dates: dict[tuple[int, int], tuple[str, str]]
             ) -> tuple[int, int] | None:
    """The date in the clause of the event word when it is not a day: the days of the sentence are then other
    events' ("failed on Tuesday to agree, leaving the questions to a summit later this month")."""
    if not event:
        return None
    near = {span: proximity(s, span, event) for span in dates}
    best = max(near, key=lambda span: near[span], default=None)
    if best is None or _DAY.match(dates[best][0]) or near[best] < OWN:
        return None
    return best


def label(s: Sentence, matched: list[Token]) -> str:
    seen: list[str] = []
    for t in sorted(matched):
        word = s.text[t.start - s.start:t.end - s.start]
        if word not in seen:
            seen.append(word)
    return " ".join(seen)
