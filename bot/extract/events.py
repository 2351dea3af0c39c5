"""Event -> date linking: which words in a sentence name the event that a date expression dates.

For every dated timex (DATE, TIME, and phrases anchored on another event) we look at the event words of
its sentence — event nouns from a lexicon ("inauguration", "conversation", "victory"), multi-word
expressions ("sworn in", "took office") and past-tense verbs ("spoke", "met", "signed") — and score each
pair by how directly the sentence ties them:

- adjacency ("X on DATE", "on DATE spoke") scores high; each intervening word lowers the score a little
  and each comma a little more;
- a connective between them that introduces a different event ("following", "after", "since", "before",
  "until", "ahead of"...) or another date between them breaks the link;
- a clause boundary (";", ":", brackets, dashes, ", which/who/where") breaks the link; ", when/while/as"
  keeps it with a low score;
- a date nested inside an anchored phrase ("the day after the inauguration on January 20") dates only
  the words inside that phrase; the anchored phrase dates the rest of the clause;
- a date written as an adjective ("announced a 4 July general election") dates only its noun phrase, and
  a date inside a relative clause ("Smith, who died on Monday, was remembered") only that clause — but
  "the attack, which took place on Oct. 3" dates the attack;
- a verb between an event word and the date after it takes the date for its own clause ("talks with the
  leaders invited to the parade set to take place on June 24"), unless coordinated or inside commas;
- a verb of saying is dated only by a date right next to it ("said Thursday", "told reporters on Monday").

Each trigger occurrence keeps its best link. Event words left without a date of their own may then be
dated by the text around them (`event_context`: schedule labels, datelines, a statement continuing the
sentence before). Modifiers that make an event specific are kept in the
trigger ("first conversation", "electoral victory").
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from bot.extract.event_context import BLOCK_WORDS as _BLOCK_WORDS
from bot.extract.event_context import ContextInput, clause_end, clause_start, context_events
from bot.extract.event_triggers import WORD as _WORD
from bot.extract.event_triggers import extend_modifier, find_triggers, is_past_form
from bot.extract.facts import Event, Timex
from bot.extract.lexicon.events import AUXILIARIES, NOT_NOUN_HEADS
from bot.extract.text import fold

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_WEEK = re.compile(r"\d{4}-W\d\d")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}$")
_LAST_WORD = re.compile(r"[\w’'-]+\s*$")

__all__ = ["find_triggers", "link_events"]

_HARD_BOUNDARY = re.compile(
    r"[;:()\[\]—–“”\"]|''|``|\s-\s|,\s*(?:which|who|whom|whose|where|but)\b"
    r"|\bthat\s+(?:it|he|she|they|we|i|the|a|an|this|these|its|his|her|their)\b",  # "stated on Thursday that it had"
    re.IGNORECASE,
)
_SOFT_BOUNDARY = re.compile(r",\s*(?:when|while|as|and)\b|\b(?:and|but)\s+(?:then\s+)?(?:he|she|they|it)\b",
                            re.IGNORECASE)
_COORDINATED_AFTER_DATE = re.compile(r"\s*,?\s*and\s+(?:then\s+|later\s+)?", re.IGNORECASE)
_DATED = re.compile(r"^(?:\d{4}|XXXX)")
_MAX_WORDS = 28
_MIN_SCORE = 0.05


def _sentence_of(starts: list[int], sentences: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i][0] <= pos <= sentences[i][1]:
        return sentences[i]
    return None


def _granularity_factor(value: str) -> float:
    if _ISO_DAY.match(value):
        return 1.0
    if _ISO_WEEK.match(value):
        return 0.9
    if _ISO_MONTH.match(value):
        return 0.85
    return 0.8 if value[:1].isdigit() else 0.5


# "the attack, which took place on Oct. 3": a relative clause that only dates the noun before it
_DATING_RELATIVE = re.compile(
    r",\s*(?:which|that)\s+(?:took\s+place|happened|occurred|was\s+held|were\s+held|began|started|ended)"
    r"\s+(?:on\s+|in\s+|at\s+)?", re.IGNORECASE)


def _link_score(text: str, a_end: int, b_start: int, timexes_between: bool) -> float | None:
    """Score the text between two spans (a before b); None when the link is broken."""
    gap = text[a_end:b_start]
    if not timexes_between and _DATING_RELATIVE.fullmatch(gap):
        return 0.7
    if timexes_between or _BLOCK_WORDS.search(gap) or _HARD_BOUNDARY.search(gap):
        return None
    words = len(_WORD.findall(gap))
    if words > _MAX_WORDS:
        return None
    score = 1.0 / (1.0 + 0.08 * words)
    score *= 0.75 ** gap.count(",")
    if _SOFT_BOUNDARY.search(gap):
        score *= 0.35
    return score


class _Spans:
    """Timex spans sorted by start, for the questions `link_events` asks about each (trigger, timex) pair.

    Asking them of every span of the sentence made a long sentence cubic (pairs x spans).
    """

    def __init__(self, spans: list[tuple[int, ...]]) -> None:
        self.spans = spans
        self.starts = [sp[0] for sp in spans]
        self.max_end = list(accumulate((sp[1] for sp in spans), max))  # over spans[:i + 1]
        self.min_end = list(accumulate((sp[1] for sp in reversed(spans)), min))[::-1]  # over spans[i:]

    def _containing(self, pos: int, lo: int = 0) -> list[int]:
        """Indexes (>= lo) of the spans with start <= pos < end... or end >= pos: callers check."""
        out = []
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= lo and self.max_end[i] >= pos:
            out.append(i)
            i -= 1
        return out

    def inside_other(self, s: int, t_start: int, t_end: int, sent_start: int) -> bool:
        """`any(a <= s < b and not (a <= t_start and t_end <= b))` over the spans starting in the sentence."""
        lo = bisect.bisect_left(self.starts, sent_start)
        for i in self._containing(s, lo):
            a, b = self.spans[i][0], self.spans[i][1]
            if a <= s < b and not (a <= t_start and t_end <= b):
                return True
        return False

    def any_within(self, lo: int, hi: int) -> bool:
        """`any(lo <= a and b <= hi)`: a span lying inside [lo, hi]."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.spans) and self.min_end[i] <= hi

    def first_containing(self, start: int, end: int, skip: int) -> tuple[int, ...] | None:
        """The span (a, b, k) with a <= start and end <= b and k != skip having the least k."""
        found = [self.spans[i] for i in self._containing(end) if self.spans[i][0] <= start
                 and end <= self.spans[i][1] and self.spans[i][2] != skip]
        return min(found, key=lambda sp: sp[2]) if found else None


_FEW_TRIGGERS = 2 * _MAX_WORDS  # up to this many event words in a sentence, all are tried
_RUN = re.compile(r"[A-Za-z'’-]*[A-Za-z][A-Za-z'’-]*")


class _WordReach:
    """How far from a timex an event word can be and still be linked: `_link_score` refuses a gap of more
    than _MAX_WORDS words. Every _WORD match lies in a run of [A-Za-z'’-] and every such run holding a
    letter gives at least one match, so a gap holding _MAX_WORDS + 1 whole runs is refused: only triggers
    inside that bound need scoring (the same links, without trying every trigger of a long sentence)."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        runs = [(m.start(), m.end()) for m in _RUN.finditer(text, lo, hi)]  # whole runs of [lo, hi) also count
        self.starts = [a for a, _b in runs]
        self.ends = [b for _a, b in runs]

    def before(self, pos: int) -> int:
        """A trigger ending at or before this is refused (its gap to `pos` holds too many runs)."""
        i = bisect.bisect_right(self.ends, pos)  # runs ending by pos
        return self.starts[i - _MAX_WORDS - 1] if i > _MAX_WORDS else -1

    def after(self, pos: int) -> int:
        """A trigger starting at or after this is refused."""
        j = bisect.bisect_left(self.starts, pos)  # first run starting at pos or later
        return self.ends[j + _MAX_WORDS] if j + _MAX_WORDS < len(self.ends) else 1 << 62


def link_events(text: str, sentences: list[tuple[int, int]], timexes: list[Timex]) -> list[Event]:
    """Events dated by the timexes of `text`; one Event per trigger occurrence (its best link)."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and _DATED.match(t.value)]
    if not dated:
        return []
    if not sentences:
        sentences = [(0, len(text))]
    starts = [s for s, _e in sentences]
    spans = _Spans(sorted((t.start, t.end) for t in timexes))
    anchored = _Spans(sorted((t.start, t.end, k) for k, t in enumerate(dated) if t.anchor == "anchored"))
    best: dict[tuple[int, int], Event] = {}
    triggers = _SentenceTriggers(text)
    for k, t in enumerate(dated):
        sent = _sentence_of(starts, sentences, t.start)
        if sent is None:
            continue
        # a date inside an anchored phrase dates only the words of that phrase; a date inside a noun phrase
        # ("announced a 4 July general election") only that noun phrase
        outer = anchored.first_containing(t.start, t.end, skip=k) if anchored.spans else None
        lo, hi = (outer[0], outer[1]) if outer else (attributive_np(text, t) or relative_clause(text, t, sent)
                                                      or sent)
        everything = triggers.all(sent)
        for s, e, kind in triggers.near(sent, t):
            if not (lo <= s and e <= hi):
                continue
            ev = _link(text, t, (s, e, kind), sent, spans, outer is not None, everything)
            if ev is None:
                continue
            key = (s, e)
            if key not in best or best[key].score < ev.score:
                best[key] = ev
    events = [ev for ev in best.values() if ev.score >= _MIN_SCORE]
    kept = {key: ev for key, ev in best.items() if ev.score >= _MIN_SCORE}
    # the dates of something said or done (a past verb or a verb of saying next to them)
    reported = {ev.timex_start for ev in kept.values() if ev.score >= 0.5 and (
        "speech" in ev.rule or ("verb" in ev.rule and is_past_form(ev.trigger.lower())))
        and not text.startswith(("'s", "’s"), ev.timex_end)}
    ctx = ContextInput(text, sentences, [t for t in dated if t.anchor != "anchored"], set(kept), reported,
                       triggers.all)
    events += context_events(ctx)
    events.sort(key=lambda ev: (ev.trigger_start, -ev.score))
    return _drop_covered(events)


# A date written between a determiner and a noun modifies that noun: "a 4 July general election", "the
# April 1, 2017, deadline", "the 2016 shooting". Not after a preposition, where the phrase is the setting of
# the clause's event ("won gold at the 2016 Olympics").
_DET_BEFORE = re.compile(r"(?:^|[^\w’'-])(?P<det>a|an|the|this|its|his|her|their|our)\s+$", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:at|in|on|during|since|by|from|of|for|to|until|before|after|through|throughout"
                          r"|with|amid|over|under)\s+$", re.IGNORECASE)
_CALENDAR_START = re.compile(r"(?:the\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")
_NP_AFTER = re.compile(r",?\s+(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)")


def attributive_np(text: str, t: Timex, after_preposition: bool = False) -> tuple[int, int] | None:
    """The noun phrase a date modifies when it is written as an adjective ("a 4 July general election"):
    (start, end) of determiner to head noun; None for a date that is a clause's own adjunct — or, with
    `after_preposition`, also the noun phrase of "in a 2016 shooting"."""
    if not _CALENDAR_START.match(t.text):
        return None
    if t.text[:4].lower() == "the ":
        det_start = t.start
    else:
        m = _DET_BEFORE.search(text, max(0, t.start - 8), t.start)
        if m is None:
            return None
        det_start = m.start("det")
    if not after_preposition and _PREP_BEFORE.search(text, max(0, det_start - 12), det_start):
        return None
    after = _NP_AFTER.match(text, t.end)
    if after is None:
        return None
    words = after["np"].split()
    keep = 0
    for w in words:
        if w.lower() in NOT_NOUN_HEADS or w.endswith("ly"):
            break
        keep += 1
    if keep == 0:
        return None
    end = after.start("np") + len(" ".join(words[:keep]))
    return (det_start, end)


_RELATIVE_REACH = 200
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whom|whose|where)\b", re.IGNORECASE)


def relative_clause(text: str, t: Timex, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The relative clause a date lies in ("Smith, who died on Monday aged 84, was remembered"): from its
    relative word to the comma that closes it; None when the date is not inside one."""
    lo = max(sent[0], t.start - 120)
    opener = None
    for m in _RELATIVE_OPEN.finditer(text, lo, t.start):
        opener = m
    if opener is None or "," in text[opener.end():t.start]:
        return None
    limit = min(sent[1], t.end + _RELATIVE_REACH)  # bounded: a long sentence without a comma stays linear
    close = text.find(",", t.end, limit)
    start = opener.start() + 1
    if _DATING_RELATIVE.fullmatch(text, opener.start(), t.start):
        # "the attack, which took place on Oct. 3": the clause dates the noun before it too
        word = _LAST_WORD.search(text[max(sent[0], opener.start() - 40):opener.start()])
        start = opener.start() - len(word.group(0)) if word else start
    return (start, close if close >= 0 else limit)


class _SentenceTriggers:
    """The event words of each sentence, found once per sentence, and those near enough a timex to link."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = fold(text)
        self.cache: dict[tuple[int, int], tuple] = {}

    def all(self, sent: tuple[int, int]) -> list[tuple[int, int, str]]:
        """Every trigger of `sent`, sorted."""
        self.near(sent, None)
        return self.cache[sent][0]

    def near(self, sent: tuple[int, int], t: Timex | None) -> list[tuple[int, int, str]]:
        """The triggers of `sent` that `_link_score` may accept for `t`: all of them in a sentence with few."""
        if sent not in self.cache:
            found = find_triggers(self.text, sent[0], sent[1], self.low)
            # in a sentence with many event words, only those near enough for _link_score to accept are tried
            # (see _WordReach): trying them all for every date was quadratic in the sentence length
            reach = _WordReach(self.text, sent[0], sent[1]) if len(found) > _FEW_TRIGGERS else None
            self.cache[sent] = (found, [s for s, _e, _k in found],
                                max((e - s for s, e, _k in found), default=0), reach)
        triggers, trigger_starts, longest, reach = self.cache[sent]
        if reach is not None and t is not None:
            first = bisect.bisect_right(trigger_starts, reach.before(t.start) - longest)
            last = bisect.bisect_left(trigger_starts, reach.after(t.end))
            triggers = triggers[first:last]
        return triggers


def _link(text: str, t: Timex, trigger: tuple[int, int, str], sent: tuple[int, int], spans: _Spans,
          within_anchor: bool, others: list[tuple[int, int, str]]) -> Event | None:
    """The Event linking a trigger to the timex `t` in sentence `sent`, None when the sentence breaks the link.

    Its rule says the trigger's kind and side: "noun_then_date" ("inauguration on January 20"),
    "date_then_verb" ("on Monday spoke"), with "_in_anchored_phrase" when `t` lies inside an anchored phrase
    and so dates only the words of that phrase. `others` are the sentence's triggers: a verb between this
    trigger and the date is the date's own verb, and this one belongs to another clause.
    """
    s, e, kind = trigger
    if spans.inside_other(s, t.start, t.end, sent[0]):
        return None  # words inside another date phrase belong to that phrase
    if t.start <= s < t.end:
        return None  # the event words inside an anchored phrase are its anchor, not dated by it
    gap = (e, t.start) if e <= t.start else (t.end, s)
    if kind == "speech" and not _SPEECH_GAP.fullmatch(text, *gap):
        return None  # "said" dates only what is right next to it: "said Thursday", "told reporters on Monday"
    score = _link_score(text, gap[0], gap[1], spans.any_within(*gap))
    rule = f"{kind}_then_date" if e <= t.start else f"date_then_{kind}"
    if within_anchor:
        rule += "_in_anchored_phrase"
    if score is None:
        return None
    score *= _granularity_factor(t.value) * _KIND_FACTOR.get(kind, 1.0)
    trigger_first = e <= t.start
    if (kind == "verb" or (trigger_first and kind != "phrase")) and _verb_between(text, others, gap, trigger_first):
        score *= _OTHER_CLAUSE
    if kind == "verb" and not trigger_first and _COORDINATED_AFTER_DATE.fullmatch(text, *gap):
        score *= _OTHER_CLAUSE  # "granted bail on June 9 and returned ...": the date closes the first clause
    ts = extend_modifier(text, s, sent[0]) if kind == "noun" else s
    return Event(trigger=text[ts:e], trigger_start=ts, trigger_end=e, value=t.value,
                 timex_start=t.start, timex_end=t.end, start=clause_start(text, min(ts, t.start), sent[0]),
                 end=clause_end(text, max(e, t.end), sent[1]),
                 score=round(min(1.0, score), 3), rule=rule)


_KIND_FACTOR = {"verb": 0.95, "speech": 0.9}
# between a verb of saying and its date: at most two words and a preposition ("told reporters on")
_SPEECH_GAP = re.compile(r"\s+(?:[A-Za-z][\w.’'-]*\s+){0,2}?(?:on\s+|at\s+|in\s+)?|\s*,?\s*", re.IGNORECASE)
_OTHER_CLAUSE = 0.4  # a verb between the event word and the date is the date's own
_COORDINATED = re.compile(r"\b(?:and|or)\b|,\s*$")


def _verb_between(text: str, others: list[tuple[int, int, str]], gap: tuple[int, int], trigger_first: bool) -> bool:
    """Does a verb between the trigger and the date make the date that verb's ("talks with leaders invited to
    the parade set to take place on June 24": not the talks' date; "on Friday granted bail in the case
    lodged by the CBI": not the lodging's)? Not a verb coordinated with the trigger ("on Monday met the
    envoy and signed the deal"), a participle right after it ("a statement released on Monday"), or one
    inside commas ("the meeting, to be chaired by X, will be held on May 3")."""
    i = bisect.bisect_left(others, (gap[0], -1, ""))
    while i < len(others) and others[i][0] < gap[1]:
        s2, e2, k2 = others[i]
        i += 1
        if e2 > gap[1] or k2 not in ("verb", "speech"):
            continue
        near, far = ((gap[0], s2), (e2, gap[1])) if trigger_first else ((e2, gap[1]), (gap[0], s2))
        if trigger_first and all(w.lower() in AUXILIARIES for w in text[near[0]:near[1]].split()):
            continue  # a participle or the predicate of the trigger ("the Agreement was signed on ...")
        if _COORDINATED.search(text, *near):
            continue
        if "," in text[near[0]:near[1]] and "," in text[far[0]:far[1]]:
            continue  # inside commas
        return True
    return False


def _drop_covered(events: list[Event]) -> list[Event]:
    """A modifier that is an event word itself ("electoral" in "electoral victory") is not a second event:
    drop triggers lying inside a longer trigger (neighbours in start order, at most a few words apart)."""
    covered = set()
    for i, o in enumerate(events):
        j = i + 1
        while j < len(events) and events[j].trigger_start < o.trigger_end:
            ev = events[j]
            shorter = (ev.trigger_end - ev.trigger_start) < (o.trigger_end - o.trigger_start)
            if ev.trigger_end <= o.trigger_end and shorter:
                covered.add(j)
            j += 1
        j = i - 1
        while j >= 0 and events[j].trigger_start == o.trigger_start:
            ev = events[j]
            if ev.trigger_end < o.trigger_end:
                covered.add(j)
            j -= 1
    return [ev for i, ev in enumerate(events) if i not in covered]
