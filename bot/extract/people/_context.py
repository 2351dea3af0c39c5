"""People the text treats as people: a name with no evidence of its own (no title, no known given name, no
apposition) becomes a person when what is said around it is said of people.

The cues, each a named function over one mention, tried in the order of `CUES`:

- `object_of_human_verb`: the name (or the list it is in) is the object of a verb done to people
  ("congratulated Sudhir", "Lauding Priyanka,");
- `subject_of_human_verb`: it is the subject of a verb people do ("Sisodia and Atishi rejoiced");
- `subject_of_speech_verb`: it is the subject of a speech verb, past a time phrase ("Faleolo on Friday said");
  organisations speak too, so this counts only for a name of two words or a known given name;
- `followed_by_who`: a relative "who" follows it ("Tendai Mavuso, who took five wickets,");
- `pronoun_back`: a he/him/his/she/her refers back to it: an object or possessive pronoun to the nearest
  name before it that is not in a prepositional phrase ("congratulated Sudhir at the Games and lauded him"),
  a subject pronoun to the clause's subject, a sentence-opening "He" to the previous sentence's subject
  ("Neymar scored twice as Santos won. He ..."); an "it"/"its" so referring is evidence against;
- `listed_with_a_person`: it is listed with a known person ("Manish Sisodia and Atishi");
- `weak_title`: a role word before it that alone is not enough ("the fast bowler Rabada").

A name is decided once for the document, from the cues of all its mentions (`_enough`). The first four
cues and `weak_title` are strong; pronouns and lists are read by position only. A name of two words or more, or a known
given name alone, needs one strong cue or two cues; any other single word two cues besides speech, one of
them strong, and no "it" referring back to it. Never a person: a name of which a word is written in lower
case elsewhere (an ordinary word), a name after "the" ("the Rust Belt"), a single word only ever at the
start of a sentence (capitals say nothing there); headlines give no cues.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from bot.extract.lexicon.calendar import WEEKDAY_NAMES
from bot.extract.lexicon.given_names import given_names
from bot.extract.lexicon.names import (
    BEFORE_HUMAN_VERB,
    HUMAN_OBJECT_VERBS,
    HUMAN_SUBJECT_VERBS,
    SPEECH_VERBS_AFTER_NAME,
)
from bot.extract.lexicon.speakers import PREPOSITIONS
from bot.extract.lexicon.titles import TITLE_DETERMINERS
from bot.extract.people._antecedents import Context, Key, Mention, before_article, resolve_pronouns
from bot.extract.people._merge import Pending, accept, link_run_tokens
from bot.extract.people._persons import NameIndex, People, name_key
from bot.extract.people._tokens import Tok, is_stop

_LIST_WORDS = frozenset({",", "and"})
_TIME_WORDS = frozenset(WEEKDAY_NAMES)
_BEFORE_SPEECH = frozenset("yesterday today later".split())
_MAX_LIST = 8  # names in one list looked at
_MAX_SKIP = 6  # words looked past between a name and its verb

Cue = Callable[[Context, Mention], bool]


def accept_in_context(pending: list[Pending], runs: list[tuple[int, int]], toks: list[Tok], text: str,
                      seen_lower: set[str], people: People, taken: set[tuple[int, int]]) -> None:
    """Accept the undecided names of `pending` that the context shows to be people, then link their other
    mentions (a surname alone) as link_pending does."""
    mentions = _undecided(pending, toks, seen_lower, taken)
    if not mentions:
        return
    ctx = _context(mentions, runs, toks, text, taken)
    resolve_pronouns(ctx)
    accepted: set[Key] = set()
    for key in sorted(mentions, key=len, reverse=True):  # a full name first: its surname alone is the same person
        if key in accepted:
            continue
        ms = mentions[key]
        alone = (key[-1],)
        if len(key) > 1 and alone in mentions and alone not in accepted:
            ms = ms + mentions[alone]  # "Kagiso Rabada took five wickets. Rabada said ..."
        cues = [name for name, cue in CUES if any(cue(ctx, m) for m in ms)]
        if not _enough(key, cues, ms, ctx):
            continue
        for m in ms:
            m.cand.rule = "in_context:" + "+".join(cues)
            accept(people, toks, m.cand, text, taken)
        accepted |= {key, alone}
    if accepted:
        index = NameIndex(people)
        for i, j, _ in pending:
            link_run_tokens(index, toks, i, j, text, taken, seen_lower)


def _undecided(pending: list[Pending], toks: list[Tok], seen_lower: set[str],
               taken: set[tuple[int, int]]) -> dict[Key, list[Mention]]:
    """The candidates still without a person, by name, none of whose words is an ordinary word."""
    taken_starts = {s for s, _ in taken}
    out: dict[Key, list[Mention]] = {}
    for _, _, cand in pending:
        if cand is None or cand.evidence:
            continue
        if cand.last > cand.first and toks[cand.first].initial and toks[cand.first].text.lower() in HUMAN_OBJECT_VERBS:
            cand.first += 1  # "Lauding Priyanka, ...": the verb opening the sentence is no part of the name
            cand.prefix_first = cand.title_first = cand.first
        core = toks[cand.first:cand.last + 1]
        if not all(_may_name(t, seen_lower, taken_starts) for t in core):
            continue
        key = tuple(name_key(t.text) for t in core)
        out.setdefault(key, []).append(Mention(cand.first, cand.last, cand))
    return out


def _may_name(t: Tok, seen_lower: set[str], taken_starts: set[int]) -> bool:
    """A word an undecided name may hold: not in a person's mention, not an ordinary or a function word."""
    low = t.text.lower()
    return t.start not in taken_starts and low not in seen_lower and not is_stop(t.text)


def _context(mentions: dict[Key, list[Mention]], runs: list[tuple[int, int]], toks: list[Tok], text: str,
             taken: set[tuple[int, int]]) -> Context:
    run_of_last: dict[int, int] = {}
    run_of_first: dict[int, int] = {}
    for i, j in runs:
        while i < j and is_stop(toks[i].text):
            i += 1  # "The", "But": not part of a name
        if i < j:
            run_of_last[j - 1] = i
            run_of_first[i] = j - 1
    starts = [t.start for t in toks]
    person_first = {k for k in (bisect.bisect_left(starts, s) for s, _ in taken) if k < len(toks)}
    key_at = {k: key for key, ms in mentions.items() for m in ms for k in range(m.first, m.last + 1)}
    for ms in mentions.values():
        for m in ms:
            run_of_first.setdefault(m.first, m.last)
            run_of_last.setdefault(m.last, m.first)
    return Context(toks, text, run_of_last, run_of_first, person_first, key_at, starts)


def _enough(key: Key, cues: list[str], ms: list[Mention], ctx: Context) -> bool:
    """A name of two words or a known given name: one strong cue or two cues; another single word: two cues
    other than speech, one of them strong, and no "it" referring to it. A single word must also be written
    somewhere other than at the start of a sentence, where capitals say nothing ("Soon, ...")."""
    strong = [c for c in cues if c in _STRONG]
    if len(key) == 1 and all(ctx.toks[m.first].initial for m in ms):
        return False
    if any(_after_the(ctx, m.first) for m in ms):
        return False  # "the Ku Klux Klan", "the Rust Belt", "the former Miss Universe": a thing or a title
    if len(key) > 1 or key[0] in given_names():
        return bool(strong) or len(cues) >= 2
    unspoken = [c for c in cues if c != "subject_of_speech_verb"]
    return len(unspoken) >= 2 and any(c in _STRONG for c in unspoken) and key not in ctx.against


def _after_the(ctx: Context, first: int) -> bool:
    """Is the name led by "the", maybe past a word of tenure or the like ("the former Miss Universe")?"""
    toks = ctx.toks
    q = first - 1
    while q >= 0 and first - q <= 3 and toks[q].sent == toks[first].sent:
        if toks[q].text in ("the", "The"):
            return True
        if toks[q].text not in TITLE_DETERMINERS:
            return False
        q -= 1
    return False


# ------------------------------------------------------------------------------------------ lists


def _list_bounds(ctx: Context, m: Mention) -> tuple[int, int, bool]:
    """The first and last token of the list of names the mention is in ("Sisodia and Atishi", "A, B and C"),
    and whether a known person is in it. Commas make a list only with an "and" ("in Novi, Michigan, Trump
    said" is a place and its state, then a subject)."""
    if m.bounds is None:
        m.bounds = _find_list(ctx, m)
    return m.bounds


def _find_list(ctx: Context, m: Mention) -> tuple[int, int, bool]:
    toks = ctx.toks
    sent = toks[m.first].sent
    first, last, with_person, joined = m.first, m.last, m.first in ctx.person_first, False
    for _ in range(_MAX_LIST):  # leftwards: ", " or " and " after another name
        k = first - 1
        if k > 1 and toks[k].text == "and" and toks[k - 1].text == ",":
            k -= 1
        if k > 0 and toks[k].text in _LIST_WORDS and toks[k].sent == sent and k - 1 in ctx.run_of_last:
            joined = joined or toks[k].text == "and" or toks[k + 1].text == "and"
            first = ctx.run_of_last[k - 1]
            with_person = with_person or first in ctx.person_first
            continue
        break
    for _ in range(_MAX_LIST):  # rightwards
        k = last + 1
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text == "and":
            k += 1
        if k + 1 < len(toks) and toks[k].text in _LIST_WORDS and toks[k].sent == sent and k + 1 in ctx.run_of_first:
            joined = joined or toks[k].text == "and"
            with_person = with_person or k + 1 in ctx.person_first
            last = ctx.run_of_first[k + 1]
            continue
        break
    if not joined:
        return m.first, m.last, False
    return first, last, with_person


# ------------------------------------------------------------------------------------------ cues


def object_of_human_verb(ctx: Context, m: Mention) -> bool:
    """'congratulated Sudhir', 'Lauding Priyanka,', 'thanked Kowalski and Mbeki' (not 'interviewed Boston
    Marathon bomber X': a noun after the name makes it a modifier)."""
    toks = ctx.toks
    first, last, _ = _list_bounds(ctx, m)
    k = first - 1
    if k < 0 or toks[k].sent != toks[first].sent or toks[k].text.lower() not in HUMAN_OBJECT_VERBS:
        return False
    nxt = toks[last + 1].text if last + 1 < len(toks) and toks[last + 1].sent == toks[last].sent else ""
    return not (nxt[:1].islower() and not is_stop(nxt) and not nxt.endswith("ly"))


def _verb_after(ctx: Context, m: Mention, skip: frozenset[str]) -> str:
    """The word after the list the mention is in, past the words of `skip` and a time phrase ("on Friday");
    "" if none."""
    toks = ctx.toks
    if toks[m.last].possessive:
        return ""
    first, last, _ = _list_bounds(ctx, m)
    prev = before_article(ctx, first)
    if prev is not None and toks[prev].text.lower() in PREPOSITIONS:
        return ""  # "in Cedar Rapids ... said": not a subject
    k = last + 1
    sent = toks[last].sent
    while k < len(toks) and toks[k].sent == sent and k - last <= _MAX_SKIP:
        w = toks[k].text.lower()
        if w in skip:
            k += 1
        elif w == "on" and k + 1 < len(toks) and toks[k + 1].text.lower() in _TIME_WORDS:
            k += 2
        else:
            return w
    return ""


def subject_of_human_verb(ctx: Context, m: Mention) -> bool:
    """'Atishi rejoiced', 'Sisodia and Atishi also rejoiced'."""
    return _verb_after(ctx, m, BEFORE_HUMAN_VERB) in HUMAN_SUBJECT_VERBS


def subject_of_speech_verb(ctx: Context, m: Mention) -> bool:
    """'Tavita Faleolo on Friday said' (not 'Valley Federal also added $18 million')."""
    return _verb_after(ctx, m, _BEFORE_SPEECH) in SPEECH_VERBS_AFTER_NAME


def followed_by_who(ctx: Context, m: Mention) -> bool:
    """'Tendai Mavuso, who took five wickets, ...': "who" is said of people ("which" of things); not after a
    preposition ("a lawyer in Orlando who ...": the lawyer)."""
    toks = ctx.toks
    prev = before_article(ctx, m.first)
    if prev is not None and toks[prev].text.lower() in PREPOSITIONS:
        return False
    k = m.last + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    return not toks[m.last].possessive and k < len(toks) and toks[k].text == "who" \
        and toks[k].sent == toks[m.last].sent


def pronoun_back(ctx: Context, m: Mention) -> bool:
    """A he/him/his/she/her refers back to this name (resolved once per document, `_antecedents.resolve_pronouns`)."""
    return ctx.key_at.get(m.first) in ctx.pronoun_for


def listed_with_a_person(ctx: Context, m: Mention) -> bool:
    """'Manish Sisodia and Atishi', 'Kejriwal, Sisodia and Atishi'."""
    return _list_bounds(ctx, m)[2]


def weak_title(ctx: Context, m: Mention) -> bool:
    """'the fast bowler Rabada': a role stated before the name, too weak alone."""
    return bool(m.cand.roles)


# Cues that alone make a name of two words (or a known given name) a person's; pronouns and lists are
# resolved by position only, so they need a second cue.
_STRONG = frozenset({"object_of_human_verb", "subject_of_human_verb", "subject_of_speech_verb", "followed_by_who",
                     "weak_title"})

CUES: tuple[tuple[str, Cue], ...] = (
    ("object_of_human_verb", object_of_human_verb),
    ("subject_of_human_verb", subject_of_human_verb),
    ("subject_of_speech_verb", subject_of_speech_verb),
    ("followed_by_who", followed_by_who),
    ("pronoun_back", pronoun_back),
    ("listed_with_a_person", listed_with_a_person),
    ("weak_title", weak_title),
)
