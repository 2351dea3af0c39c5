"""What a pronoun refers back to, for the context cues of `_context`: an object or possessive pronoun
(him, his, her) to the nearest name before it that is not inside a prepositional phrase, a subject pronoun
(he, she) to its clause's subject, a sentence-opening "He" to the previous sentence's subject; "it" and "its"
likewise, as evidence against a person. Also the context every cue reads (`Context`) and the undecided
mentions (`Mention`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extract.lexicon.names import PERSON_PRONOUNS, PERSON_SUBJECT_PRONOUNS, THING_PRONOUNS
from bot.extract.lexicon.speakers import PREPOSITIONS
from bot.extract.people._candidates import Candidate
from bot.extract.people._tokens import Tok

_ARTICLES = frozenset("the a an".split())
_OPENING_LINKS = frozenset("and but then so yet".split())  # "But he ...": still the sentence's first word
_CLAUSE_LINKS = frozenset(", and but while as when after because".split())  # what may precede a subject
_QUOTE_MARKS = frozenset("“”\"‘’'")
_WORD_CHAR = re.compile(r"\w")
_PRONOUN_FORMS = frozenset(f for w in PERSON_PRONOUNS | THING_PRONOUNS for f in (w, w.capitalize(), w.upper()))
_MAX_BACK = 40  # tokens looked back from a pronoun

Key = tuple[str, ...]


@dataclass(slots=True)
class Mention:
    first: int
    last: int
    cand: Candidate
    bounds: tuple[int, int, bool] | None = None  # _list_bounds, once computed


@dataclass(slots=True)
class Context:
    """What every cue reads: the tokens, the name runs (people, candidates, any other capitalised name) by
    their first and last token, and which token belongs to which undecided name."""

    toks: list[Tok]
    text: str
    run_of_last: dict[int, int]  # last token of a name run -> its first token
    run_of_first: dict[int, int]  # first token -> last token
    person_first: set[int]  # first tokens of known people's mentions
    key_at: dict[int, Key]  # token of an undecided name -> that name's key
    starts: list[int]  # start offset of every token
    against: set[Key] = field(default_factory=set)  # names an "it" refers back to
    pronoun_for: dict[Key, int] = field(default_factory=dict)  # names a he/she refers back to (count)
    sent_first: dict[int, int] = field(default_factory=dict)  # sentence id -> its first token, once asked

    def first_of(self, sent: int, k: int) -> int:
        """The first token of sentence `sent`, which holds token k (found once per sentence)."""
        got = self.sent_first.get(sent)
        if got is None:
            got = k
            while got > 0 and self.toks[got - 1].sent == sent:
                got -= 1
            self.sent_first[sent] = got
        return got


def resolve_pronouns(ctx: Context) -> None:
    """For every personal or thing pronoun, the name it refers back to (see the module); the undecided names
    so referred to are counted in `ctx.pronoun_for` (he/she) or `ctx.against` (it)."""
    toks = ctx.toks
    for k, t in enumerate(toks):  # one set look-up per token: 6 times cheaper than a case-insensitive scan
        if t.text not in _PRONOUN_FORMS or not _whole_word(ctx.text, t):
            continue
        w = t.text.lower()
        first = _antecedent(ctx, k, w)
        key = ctx.key_at.get(first) if first is not None else None
        if key is None:
            continue
        if w in THING_PRONOUNS:
            ctx.against.add(key)
        else:
            ctx.pronoun_for[key] = ctx.pronoun_for.get(key, 0) + 1


def _whole_word(text: str, t: Tok) -> bool:
    """The token's text is in the text at its start, between word boundaries (as `\\b<pronoun>\\b` finds it)."""
    start, end = t.start, t.start + len(t.text)
    return (text.startswith(t.text, start) and not (start > 0 and _WORD_CHAR.match(text, start - 1))
            and not _WORD_CHAR.match(text, end))


def _antecedent(ctx: Context, k: int, w: str) -> int | None:
    """The first token of the name pronoun k refers back to, None when unclear."""
    toks = ctx.toks
    start = ctx.first_of(toks[k].sent, k)
    if k - start <= 2 and all(toks[q].text.lower() in _OPENING_LINKS for q in range(start, k)):
        return _subject(ctx, start - 1) if start > 0 else None  # "He ...", "But he ...": the last subject
    if w in PERSON_SUBJECT_PRONOUNS:
        return _subject(ctx, k, before=k)
    return _nearest_argument(ctx, k)


def _subject(ctx: Context, k: int, before: int | None = None) -> int | None:
    """The first name of token k's sentence (before token `before`) not inside a prepositional phrase and not
    after a verb: its subject."""
    toks = ctx.toks
    sent = toks[k].sent
    start = q = ctx.first_of(sent, k)
    end = before if before is not None else len(toks)
    while q < end and toks[q].sent == sent and q - start < _MAX_BACK:
        if toks[q].text in _QUOTE_MARKS:
            return None
        if q in ctx.run_of_first:
            prev = before_article(ctx, q)
            if prev is None or toks[prev].text.lower() in _CLAUSE_LINKS:
                return q
            if toks[prev].text.lower() not in PREPOSITIONS:
                return None  # "Lauding Sudhir, he ...": the first name is an object
            q = ctx.run_of_first[q]
        q += 1
    return None


def _nearest_argument(ctx: Context, k: int) -> int | None:
    """The nearest name before token k in its sentence that is not inside a prepositional phrase."""
    toks = ctx.toks
    sent = toks[k].sent
    q = k - 1
    while q >= 0 and toks[q].sent == sent and k - q < _MAX_BACK:
        if toks[q].text in _QUOTE_MARKS:
            return None
        if q in ctx.run_of_last:
            first = ctx.run_of_last[q]
            prev = before_article(ctx, first)
            if prev is None or toks[prev].text.lower() not in PREPOSITIONS:
                return first
            q = first
        q -= 1
    return None


def before_article(ctx: Context, first: int) -> int | None:
    """The token before a name and its article ("at the Games" -> "at"), None at the sentence start."""
    toks = ctx.toks
    q = first - 1
    while q >= 0 and toks[q].sent == toks[first].sent and toks[q].text.lower() in _ARTICLES:
        q -= 1
    return q if q >= 0 and toks[q].sent == toks[first].sent else None
