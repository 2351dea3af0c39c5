"""Event words dated by the text around their sentence, when the text makes the date unambiguous.

`link_events` dates the event words of a sentence by the dates of that sentence. These strategies, tried in
the order of `STRATEGIES`, date a few more — each only event words left without a date of their own:

- `label_links`: a schedule line "1st Test: November 22-26, Perth" — the label before the colon names
  the event of the date after it;
- `dateline_links`: a dateline "MOSCOW, June 30. /TASS/." dates the statements of the story's first
  sentence ("..., Peskov told TASS"); not its other events, which the wire often reports a day late
  ("FLINT, Oct. 4 (UPI) — Clinton criticized ..." at a rally the day before);
- `previous_sentence_links`: a statement in a sentence led by a pronoun and without a date of its own
  continues the sentence before it, when that sentence gives one day and the paragraph no other ("X
  resigned on Monday. He said ...": the statement is Monday's; what it reports keeps no date).

Each returns new `Event`s (rule: the strategy's name); none replaces a link the sentence itself makes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.extract.facts import Event, Timex

_A_LETTER = re.compile(r"[A-Za-z]")

__all__ = ["BLOCK_WORDS", "STRATEGIES", "ContextInput", "clause_end", "clause_start", "context_events"]

Trigger = tuple[int, int, str]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# connectives that introduce another event than the one before them ("spoke ... since his inauguration")
BLOCK_WORDS = re.compile(
    r"\b(?:after|following|since|before|prior\s+to|ahead\s+of|until|till|amid|despite|because|than|unlike"
    r"|against|although|though|whereas|unless"
    r"|preceding|followed\s+by|in\s+the\s+wake\s+of|in\s+response\s+to)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]—–“”\"]|\s--?\s")


# what opens a clause, looking back from an event: a hard boundary, a relative or a subordinating word
_CLAUSE_OPENER = re.compile(
    r"[;:()\[\]—–“”\"]|''|``|\s-\s|,\s*(?:which|who|whom|whose|where|when|but|while|as|and)\b"
    r"|\b(?:after|following|since|before|because|although|though|until|while|when|whereas)\b",
    re.IGNORECASE,
)
_REACH_BACK = 150


def clause_start(text: str, pos: int, lo: int) -> int:
    """Extend evidence back to the start of the clause, its subject included ("Carter was shot four times
    on Aug. 11"), within the sentence starting at `lo`."""
    a = max(lo, pos - _REACH_BACK)
    last = None
    for m in _CLAUSE_OPENER.finditer(text, a, pos):
        if m.group(0)[0] == "," and m.group(0)[-1].isalpha() and "," in text[m.end():pos]:
            continue  # ", who was arrested on March 21, was granted": a relative clause closed before the event
        if m.group(0)[0].isalpha() and not text[m.end():pos].strip():
            continue  # "in jail since June 2": a preposition of the date, not a clause of its own
        last = m
    start = last.end() if last else a
    if not last and a > lo:  # cut at a word boundary
        space = text.find(" ", a, pos)
        start = space + 1 if space >= 0 else pos
    while start < pos and text[start] in " ,":
        start += 1
    return start


def clause_end(text: str, pos: int, limit: int) -> int:
    """Extend evidence to the end of the clause: 'the first meeting of the Quad foreign ministers'."""
    m = _CLAUSE_END.search(text, pos, min(limit, pos + 120))
    end = m.start() if m else min(limit, pos + 120)
    block = BLOCK_WORDS.search(text, pos, end)
    if block:  # "spoke to Trump for the first time | since his inauguration"
        end, m = block.start(), block
    end = pos + len(text[pos:end].rstrip()) if end > pos else end  # not text[:end]: a copy per event
    if not m and end < limit:  # cut at a word boundary
        end = text.rfind(" ", pos, end)
        end = end if end > pos else pos
    return max(pos, end)




@dataclass(slots=True)
class ContextInput:
    """What every strategy is given: the text, its sentences, its dated timexes, the triggers already
    dated by their own sentence, and the event words of any sentence."""

    text: str
    sentences: list[tuple[int, int]]
    dated: list[Timex]
    linked: set[tuple[int, int]]
    reported: set[int]  # the starts of the timexes that date a statement or a past verb of their sentence
    triggers_of: Callable[[tuple[int, int]], list[Trigger]]
    starts: list[int] = field(default_factory=list)  # of `dated`, sorted by start
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.dated = sorted(self.dated, key=lambda t: t.start)
        self.starts = [t.start for t in self.dated]
        self.sentence_starts = [a for a, _b in self.sentences]

    def timexes_in(self, lo: int, hi: int) -> list[Timex]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.dated) and self.dated[i].start < hi:
            out.append(self.dated[i])
            i += 1
        return out


def _event(ctx: ContextInput, s: int, e: int, t: Timex, score: float, rule: str,
           hi: int | None = None) -> Event:
    """The event of trigger text[s:e] dated by `t`; its evidence runs to the end of the trigger's clause, or
    to `hi`."""
    k = bisect.bisect_right(ctx.sentence_starts, s) - 1
    limit = ctx.sentences[k][1] if k >= 0 else len(ctx.text)
    lo, hi = min(s, t.start), max(hi if hi is not None else clause_end(ctx.text, e, limit), t.end)
    return Event(trigger=ctx.text[s:e], trigger_start=s, trigger_end=e, value=t.value, timex_start=t.start,
                 timex_end=t.end, start=lo, end=hi, score=score, rule=rule)


# ------------------------------------------------------------------------------------- schedule labels

_LABEL = re.compile(r"\s*(?P<label>[^\s:][^:\n]{0,38}?)\s*:\s*$")
_NOT_LABELS = frozenset("date dated updated published posted time when filed last updated first published "
                        "source photo correction editor's note".split())
_LABEL_MAX_WORDS = 10


def label_links(ctx: ContextInput) -> list[Event]:
    """'1st Test: November 22-26, Perth': a short line whose date follows a label and a colon."""
    out = []
    for lo, hi in ctx.sentences:
        if len(ctx.text[lo:hi].split()) > _LABEL_MAX_WORDS:
            continue
        for t in ctx.timexes_in(lo, hi):
            m = _LABEL.fullmatch(ctx.text, lo, t.start)
            if m is None or m["label"].lower() in _NOT_LABELS or not _A_LETTER.search(m["label"]):
                continue
            s, e = m.start("label"), m.end("label")
            if (s, e) not in ctx.linked:
                out.append(_event(ctx, s, e, t, 0.8, "label_links", hi))
            break
    return out


# ------------------------------------------------------------------------------------------- datelines

# "MOSCOW, June 30. /TASS/.", "NEW DELHI, Oct 7 (Reuters) -", "WASHINGTON, D.C., May 3 —"
_PLACE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{0,30})?,\s*$")
_AFTER_DATE = re.compile(r"[.,]?\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,20}/|[A-Z][A-Za-z]+(?=\s*[-–—:]))?\s*[.:\-–—]*\s*")
_DATELINE_SENTENCES = 3  # a title line may come first


def dateline_links(ctx: ContextInput) -> list[Event]:
    """The dateline's date dates the statements of the first sentence after it."""
    for first in ctx.sentences[:_DATELINE_SENTENCES]:
        for t in ctx.timexes_in(first[0], first[0] + 80):
            if _DAY.match(t.value) and _PLACE.fullmatch(ctx.text, first[0], t.start):
                return _lede_links(ctx, t)
    return []


def _lede_links(ctx: ContextInput, t: Timex) -> list[Event]:
    """The statements of the first sentence after the dateline `t`."""
    after = _AFTER_DATE.match(ctx.text, t.end)
    lede_start = after.end() if after else t.end
    k = bisect.bisect_right(ctx.sentence_starts, lede_start) - 1
    lede = ctx.sentences[k] if k >= 0 and lede_start < ctx.sentences[k][1] else None
    if lede is None and k + 1 < len(ctx.sentences):
        lede = ctx.sentences[k + 1]
    if lede is None:
        return []
    return [_event(ctx, s, e, t, 0.6, "dateline_links") for s, e, kind in ctx.triggers_of(lede)
            if kind == "speech" and s >= lede_start and (s, e) not in ctx.linked
            and not _FUTURE_BEFORE.search(ctx.text, max(lede[0], s - 25), s)]


# ----------------------------------------------------------------------------------- previous sentence

_PRONOUN_START = re.compile(r"\s*[\"“]?(?:He|She|They|It|We)\b")
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|could|may|might|had|to|'ll|’ll)\s+(?:\w+\s+)?$", re.IGNORECASE)


def previous_sentence_links(ctx: ContextInput) -> list[Event]:
    """'X resigned on Monday. He said ...': the verb of saying of a pronoun-led sentence without a date of
    its own takes the one day of the sentence before, when its paragraph so far names no other day."""
    out = []
    para_days: set[str] = set()  # the days named in the paragraph so far
    prev_day: Timex | None = None  # the last day named by the sentence before
    for i, (lo, hi) in enumerate(ctx.sentences):
        if i == 0 or "\n" in ctx.text[ctx.sentences[i - 1][1]:lo]:
            para_days, prev_day = set(), None
        own = ctx.timexes_in(lo, hi)
        if not own and prev_day is not None and len(para_days) == 1 and _PRONOUN_START.match(ctx.text, lo):
            out += [_event(ctx, s, e, prev_day, 0.5, "previous_sentence_links")
                    for s, e, kind in ctx.triggers_of((lo, hi))
                    if kind == "speech" and (s, e) not in ctx.linked
                    and not _FUTURE_BEFORE.search(ctx.text, max(lo, s - 25), s)]
        days = [t for t in own if _DAY.match(t.value)]
        para_days.update(t.value[:10] for t in days)
        # the day must be that of something said or done, not of an event ahead ("will rally on Nov. 1")
        prev_day = days[-1] if days and days[-1].start in ctx.reported else None
    return out


STRATEGIES: tuple[Callable[[ContextInput], list[Event]], ...] = (label_links, dateline_links,
                                                                   previous_sentence_links)


def context_events(ctx: ContextInput) -> list[Event]:
    """The events every strategy adds, each trigger dated once (the first strategy that dates it wins)."""
    out: list[Event] = []
    for strategy in STRATEGIES:
        for ev in strategy(ctx):
            key = (ev.trigger_start, ev.trigger_end)
            if key not in ctx.linked:
                ctx.linked.add(key)
                out.append(ev)
    return out
