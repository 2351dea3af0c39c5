"""/when's fallback: when the strict match (every name in the sentence, bot/answer/when_rank.py) finds nothing
or only weak evidence, rank the sentences of the documents that best match the query by how much of it they
cover — never worse than ranking sentences by the words they share with the query, and better where news
writes around the words asked:

- a name or word may be in the sentence (full weight), referred to there ("she", "the regulator": less), or
  only in its document ("She died on Saturday" in an obituary of the fado singer: half);
- an acronym meets its expansion ("FDA" ~ "Food and Drug Administration"), a word its derivations and
  synonyms (bot/answer/query_words.py: "found guilty" ~ convicted, "touches down" ~ landed, downpour ~ rain);
- an event word of the query in the sentence counts most, and a date in its clause beats one elsewhere;
- the date a statement was made ("the company said on Monday") is not the date of the event it reports,
  unless the query asks about the statement;
- only full dates answer (a time was already reduced to its day; an unresolved XXXX-03-14 never answers):
  the strict match's coarser dates (a month, a year) follow them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.answer.query_words import Token, phrase_groups
from bot.answer.when_query import FUZZY, Name, Term, WhenQuery
from bot.answer.when_rank import (
    Evidence,
    Sentence,
    label,
    links,
    name_spans,
    own_date,
    proximity,
    referred,
    starts_period,
)
from bot.answer.when_said import statement_spans
from bot.store.when_reads import Mention, WhenRow
from bot.textnorm import fold

__all__ = ["acronyms", "fts_query", "loose_rank", "mentions_in"]

IN_SENTENCE, REFERRED, SYNONYM, IN_DOCUMENT = 1.0, 0.8, 0.7, 0.5  # how a part of the query is met
COVER_WEIGHT = 4.0  # the weighted share of the query met
EVENT_WEIGHT = 1.0  # the sentence has an event word of the query…
CLAUSE_WEIGHT = 1.0  # …and the date stands in its clause (falls with distance, across "after", "and")
LINK_WEIGHT = 0.5  # the extractor linked a query word of the sentence to this date
STATEMENT = 1.2  # the date of a statement, when the query does not ask about one
OTHER = 0.5  # a day of the sentence when the event word has a coarser date in its own clause, or "since 1972"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME_WEIGHT = 3.0  # a name's weight in the share, as a capitalised word's
_WORDS = re.compile(r"[a-z0-9]+")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w'’.-]*)+")
# "the regulator", "the company": an organisation of the query that its document names
_BODY_NOUNS = frozenset(
    """company firm group regulator watchdog authority agency committee panel ministry department council
    commission court government board bank party union league club team airline carrier operator""".split()
)


def fts_query(query: WhenQuery) -> str | None:
    """Sentences with any name or word of the query (the index ranks those with the rarest and most first)."""
    parts = [n.fts for n in query.names] + [t.fts for t in query.terms if t.surface]
    return " OR ".join(f"({p})" for p in parts) or None


def mentions_in(rows: list[WhenRow]) -> list[Mention]:
    """The mention rows of `WhenReads.when_documents`, in text order."""
    found = [Mention(r.document_id, r.end, r.start, r.text) for r in rows if r.kind == "m"]
    return sorted(found, key=lambda m: (m.document_id, m.start))


def acronyms(text: str) -> set[str]:
    """The initials of every run of capitalised words: 'the Food and Drug Administration' → fda, fd, da …"""
    out = set()
    for m in _CAPITALISED_RUN.finditer(text):
        initials = "".join(w[0] for w in m.group().split() if w[0].isupper()).lower()
        n = len(initials)
        out |= {initials[i:j] for i in range(n) for j in range(i + 2, min(n, i + 6) + 1)}
    return out


@dataclass(slots=True)
class _Document:
    words: set[str]  # every folded word of the document
    acronyms: set[str]
    entities: set[int]  # the entities it mentions (of those asked)
    _has: dict[str, bool] = field(default_factory=dict)

    def has(self, t: Term) -> bool:
        """Does the document have this word of the query: as written, as an acronym, or mistyped (a name)?"""
        if t.lemma not in self._has:
            self._has[t.lemma] = bool(t.surface) and (
                t.surface in self.words or t.lemma in self.words
                or (t.proper and (t.surface in self.acronyms or _mistyped(t.surface, self.words))))
        return self._has[t.lemma]


def _mistyped(word: str, words: set[str]) -> bool:
    return len(word) >= 4 and process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=FUZZY) is not None


def _documents(found: list[Sentence], mentions: list[Mention]) -> dict[int, _Document]:
    texts: dict[int, list[str]] = {}
    for s in found:
        texts.setdefault(s.document_id, []).append(s.text)
    docs = {}
    for doc, parts in texts.items():
        text = " ".join(parts)
        docs[doc] = _Document(set(_WORDS.findall(fold(text).replace("'", "").replace("’", ""))), acronyms(text),
                              {m.entity_id for m in mentions if m.document_id == doc})
    return docs


@dataclass(slots=True)
class _Match:
    met: float = 0.0  # weighted
    here: bool = False  # something of the query is in the sentence itself
    event: list[tuple[int, int]] | None = None  # spans of the query's event words in the sentence
    words: list[Token] | None = None  # tokens of the query's words in the sentence
    marks: list[tuple[int, int]] | None = None  # spans of the query's names in the sentence
    literal: bool = True
    missing: bool = False  # a name of the query is nowhere in the document: the evidence is someone else's


def _name(n: Name, s: Sentence, doc: _Document, mentions: list[Mention], m: _Match) -> None:
    spans = name_spans(n, s)
    if spans:
        m.met += NAME_WEIGHT * IN_SENTENCE
        m.marks = (m.marks or []) + spans
        m.here = True
    elif referred(n, s, mentions) or (n.kind != "person" and bool(n.entity_ids & doc.entities)
                                      and any(f"the {b}" in s.text.lower() for b in _BODY_NOUNS)):
        m.met += NAME_WEIGHT * REFERRED
        m.here = True
    elif n.entity_ids & doc.entities or any(all(w in doc.words for w in f) for f in n.forms):
        m.met += NAME_WEIGHT * IN_DOCUMENT
    else:
        m.missing = True


def _term(t: Term, s: Sentence, lemmas: dict[str, list[Token]], groups: dict[str, list[Token]],
          phrases: set[str], doc: _Document, m: _Match) -> None:
    found: list[Token] = []
    if t.lemma and t.lemma in lemmas:
        weight, found = IN_SENTENCE, lemmas[t.lemma]
    elif t.group and t.group in groups:
        weight, found = SYNONYM, groups[t.group]
    elif t.proper and 2 <= len(t.surface) <= 6 and t.surface.isalpha() and t.surface in acronyms(s.text):
        weight = IN_SENTENCE
    elif t.group and t.group in phrases:  # "sworn in", "news conference"
        weight = SYNONYM
    elif not t.event and doc.has(t):
        m.met += t.weight * IN_DOCUMENT
        m.literal = False
        return
    else:
        m.literal = False
        m.missing = m.missing or t.proper
        return
    m.met += t.weight * weight
    m.here = True
    m.literal = m.literal and weight == IN_SENTENCE
    m.words = (m.words or []) + found
    if t.event:
        m.event = (m.event or []) + [(x.start, x.end) for x in found]


def _words(s: Sentence) -> list[Token]:
    """The sentence's words that can meet the query: not those of a date ("two days before the vote" is
    no vote) nor an event word in a name ("the Independent Electoral Commission" holds no election)."""
    dates = [(t.start, t.end) for t in s.timexes]
    out = []
    for t in s.tokens:
        if any(a <= t.start < b for a, b in dates):
            continue
        if t.group and s.text[t.start - s.start].isupper() and _in_name(s, t):
            continue
        out.append(t)
    return out


def _in_name(s: Sentence, t: Token) -> bool:
    for m in _CAPITALISED_RUN.finditer(s.text):
        if m.start() + s.start <= t.start < m.end() + s.start:
            return m.start() > 0 or len(m.group().split()) > 2  # not only a sentence's first word
    return False


def _match(query: WhenQuery, s: Sentence, doc: _Document, mentions: list[Mention]) -> _Match:
    lemmas: dict[str, list[Token]] = {}
    groups: dict[str, list[Token]] = {}
    for t in _words(s):
        lemmas.setdefault(t.lemma, []).append(t)
        if t.group:
            groups.setdefault(t.group, []).append(t)
    m = _Match()
    for n in query.names:
        _name(n, s, doc, mentions, m)
    phrases = phrase_groups(s.text) if any(t.event for t in query.terms) else set()
    for t in query.terms:
        _term(t, s, lemmas, groups, phrases, doc, m)
    return m


def loose_rank(query: WhenQuery, found: list[Sentence], mentions: list[Mention]) -> list[Evidence]:
    """Every full date of a sentence meeting part of the query in itself, scored by how much of the query
    the sentence (or its document) meets, then by the date's place beside the event word."""
    total = NAME_WEIGHT * len(query.names) + sum(t.weight for t in query.terms)
    if not total:
        return []
    docs = _documents(found, mentions)
    out: list[Evidence] = []
    for s in found:
        if not any(_DAY.match(str(t.value)) for t in s.timexes + s.events):
            continue
        m = _match(query, s, docs[s.document_id], mentions)
        if m.here and not m.missing:
            out += _dated(query, s, m, m.met / total)
    return out


def _dated(query: WhenQuery, s: Sentence, m: _Match, share: float) -> list[Evidence]:
    words = m.words or []
    linked = links(query, s, words)
    dates = {(t.start, t.end): (str(t.value), t.text) for t in s.timexes}
    for (a, b), e in linked.items():  # a date the extractor found through an anchor ("the day after …")
        dates.setdefault((a, b), (str(e.value), s.text[a - s.start:b - s.start]))
    said = statement_spans(s.text, s.start, list(dates))
    own = own_date(s, m.event, dates) if m.event else None
    days = {span: d for span, d in dates.items() if _DAY.match(d[0])}
    spans = [(w.start, w.end) for w in words]
    base = COVER_WEIGHT * share + (EVENT_WEIGHT if m.event else 0.0)
    out = []
    for span, (value, text) in days.items():
        if own is not None and own != span:
            relevance = -OTHER  # the event word has a date of its own in its clause ("a summit later this month")
        elif m.event:
            relevance = CLAUSE_WEIGHT * proximity(s, span, m.event)
        else:
            relevance = 0.5 * CLAUSE_WEIGHT * proximity(s, span, spans + (m.marks or []))
        relevance += LINK_WEIGHT if span in linked else 0.0
        if span in said:  # the day something was said: asked for, or not the event's
            relevance += CLAUSE_WEIGHT if query.reporting else -STATEMENT
        elif starts_period(s, span):
            relevance -= OTHER
        marks = sorted(set(spans + (m.marks or []) + [span]))
        out.append(Evidence(s.document_id, min(a for a, _ in marks), max(b for _, b in marks), marks, value,
                            label(s, words) or query.text, base + relevance, span, text, m.literal,
                            share=share, event=bool(m.event), doubtful=span in said or relevance < 0))
    return out
