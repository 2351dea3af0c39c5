"""What every normaliser is given: the text, its reference date, its sentences, and small look-arounds.

`Ctx` is built once per document; the helpers read a word or two around a match without slicing the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from bot.extract.lexicon.calendar import MONTHS
from bot.extract.timex._calendar import pick_year
from bot.extract.timex._tense import tense_near

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_LEADING_DIGITS = re.compile(r"\d+")
_WORD_OR_SIGN = re.compile(r"[\w’'$£€#]+")
_NEXT_WORD = re.compile(r"\s*([\w’'%]+)")

# (type, value, relative?) or with an overridden span: (type, value, relative?, start, end)
Norm = tuple


@dataclass(slots=True)
class Ctx:
    text: str
    ref: date | None
    sent_starts: list[int]
    sentences: list[tuple[int, int]]
    # Per-document and per-sentence answers computed once: asked for every match, they made long documents
    # (or long sentences) quadratic.
    quarter_words: int | None = None  # len(_QUARTER_WORD.findall(text))
    sentence_cache: dict | None = None  # (kind, lo, hi) -> the answer for that sentence

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i][0] <= pos < self.sentences[i][1] + 1:
            return self.sentences[i]
        return (max(0, pos - 200), min(len(self.text), pos + 200))

    def tense(self, start: int, end: int) -> int:
        lo, hi = self.sentence(start)
        return tense_near(self.text, lo, hi, start, end)


_NOT_OPENING = re.compile(r"[^ \t\n\"'“‘`(—–-]")
_NON_SPACE = re.compile(r"\S")


def sentence_initial(ctx: Ctx, pos: int) -> bool:
    """`text[lo:pos].strip(" \t\n\"'“‘`(—–-") == ""`, without slicing the sentence up to `pos`."""
    lo, _hi = ctx.sentence(pos)
    return _NOT_OPENING.search(ctx.text, lo, pos) is None


def only_word_before(text: str, lo: int, pos: int, word: str) -> bool:
    """`text[lo:pos].strip() == word`, looking only at the start of the stretch (no slice up to `pos`)."""
    first = _NON_SPACE.search(text, lo, pos)
    if first is None:
        return word == ""
    f = first.start()
    after = f + len(word)
    return after <= pos and text[f:after] == word and _NON_SPACE.search(text, after, pos) is None


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def month_number(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def day_number(s: str) -> int:
    return int(_LEADING_DIGITS.match(s)[0])


def ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def words_before(text: str, pos: int, n: int = 1) -> list[str]:
    return _WORD_OR_SIGN.findall(text[max(0, pos - 40):pos])[-n:]


def word_after(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos:pos + 30])
    return m[1] if m else ""


def resolve_md(ctx: Ctx, m: re.Match, month: int, day: int | None) -> tuple[str, bool] | None:
    """A month (and day) with an optional year or 'last/next/this year' suffix."""
    y = m.groupdict().get("y")
    yrel = m.groupdict().get("yrel")
    if y:
        year = int(y)
        rel = False
    elif yrel:
        if ctx.ref is None:
            return (f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), True)
        year = ctx.ref.year + {"last": -1, "next": 1}.get(yrel.lower(), 0)
        rel = True
    else:
        if ctx.ref is None:
            return (f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), True)
        year = pick_year(ctx.ref, month, day, ctx.tense(m.start(), m.end()))
        rel = True
    if day is None:
        return (f"{year:04d}-{month:02d}", rel)
    v = ymd(year, month, day)
    return (v, rel) if v else None

