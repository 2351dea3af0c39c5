"""Find quoted stretches of text: pair curly, straight and single quote marks paragraph by paragraph.

Never raises on unbalanced marks. A quotation left open at the end of a paragraph continues into the next
paragraph when that paragraph opens with a quote mark (the news convention for multi-paragraph quotes);
otherwise an opening mark at the start of a paragraph runs to the paragraph end, and any other unclosed
mark is dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate

_PARAGRAPH = re.compile(r"[^\n]+")
# a mark, or two of '’‘` typed for one double mark; written as one class first so that the scan jumps from
# mark to mark (as the alternation ''|’’|‘‘|``|[…] it tried every character)
_MARK = re.compile(r"[“”\"‘’'«»„`](?:(?<=')'|(?<=’)’|(?<=‘)‘|(?<=`)`)?")
_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"
_BEFORE_OPEN = set(" \t\n([{—–-/:;,")  # characters after which a straight mark opens a quote
_ALNUM = re.compile(r"\w")


@dataclass(slots=True)
class Region:
    """One quotation: the words between the marks (start, end) and the marks themselves."""

    start: int  # first character after the opening mark
    end: int  # the closing mark (or paragraph end when unclosed)
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when the quote ran to the paragraph end
    para_start: int
    para_end: int
    single: bool = False
    # for quotations over several paragraphs: (start, end) of the words in each paragraph
    pieces: list[tuple[int, int]] = field(default_factory=list)

    @property
    def multi(self) -> bool:
        return len(self.pieces) > 1


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _classify(text: str, i: int, ch: str, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close', 'either' or 'none' (apostrophe) for the mark at i."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    if ch in _OPEN_DOUBLE or ch == "‘":
        if ch == "“" and not prev.isspace() and (nxt.isspace() or i + width >= hi):
            return "close"  # “Apparently not,“ he said: a closing mark typed the wrong way round
        return "open"
    if ch in _CLOSE_DOUBLE:
        if ch == "”" and (prev.isspace() or i == lo) and _ALNUM.match(nxt):
            return "open"
        return "close"
    if ch == '"':
        if prev in _BEFORE_OPEN or prev in "“‘'":
            return "open" if not nxt.isspace() else "either"
        if nxt.isspace() or nxt in ".,;:!?)]}—–-'’" or i + width >= hi:
            return "close"
        return "either"
    # ’ or ' : an apostrophe unless it sits at a word edge
    if _ALNUM.match(prev) and _ALNUM.match(nxt):
        return "none"  # don't, Xi’s
    if ch == "'" and (prev in _BEFORE_OPEN or i == lo) and _ALNUM.match(nxt):
        return "open"
    if not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-\"”" or i + 1 >= hi):
        return "close"
    return "none"


def _closes_double(text: str, i: int, lo: int) -> bool:
    """A single closing mark right after clause punctuation (“…,’ / “….’) while a double quotation is open
    and no single one: the double quotation's close, typed with the wrong key."""
    return i - 1 > lo and text[i - 1] in ",.!?…"


def _scan_paragraph(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int, int, bool]], tuple[int, int] | None]:
    """Closed quotations in one paragraph as (open mark, first word, close mark, single), and a trailing
    unclosed double opening mark as (mark, first word)."""
    found: list[tuple[int, int, int, bool]] = []
    dbl: tuple[int, int, str] | None = None
    sgl: tuple[int, int] | None = None
    for m in _MARK.finditer(text, lo, hi):
        i = m.start()
        ch = m.group()
        width = m.end() - i
        if ch == "''":
            ch = '"'  # two apostrophes typed for a double quote mark (New York Times style)
        elif ch in ("``", "‘‘"):
            ch = "“"
        elif ch == "’’":
            ch = "”"
        elif ch == "`":
            ch = "‘"  # `God save the Queen,' inside ``…'': a single opening mark typed as a backtick
        kind = _classify(text, i, ch, lo, hi, width)
        if kind == "none":
            continue
        if ch in "‘’'":
            if dbl is not None and sgl is None and kind == "close" and _closes_double(text, i, lo):
                # “We will not back down,’ Hale said: a double quotation closed with a single mark
                found.append((dbl[0], dbl[1], i, False))
                dbl = None
                continue
            if kind == "open" and sgl is None:
                sgl = (i, i + width)
            elif kind in ("close", "either") and sgl is not None:
                if i - sgl[1] > 0:
                    found.append((sgl[0], sgl[1], i, True))
                sgl = None
            continue
        if dbl is None:
            if kind in ("open", "either"):
                dbl = (i, i + width, ch)
                sgl = None
            continue
        if kind == "open" and not (ch == '"' and dbl[2] == "“"):
            # two openers in a row: the first was never closed (a straight mark after a curly opener is
            # most often a close typed with the other key, so it closes)
            dbl = (i, i + width, ch)
            continue
        if i - dbl[1] > 0:
            found.append((dbl[0], dbl[1], i, False))
        dbl = None
        sgl = None
    return found, (dbl[0], dbl[1]) if dbl else None


def find_regions(text: str, paras: list[tuple[int, int]] | None = None) -> list[Region]:
    """Every quotation in the text, in order. Single-quoted stretches nested in a double quotation are dropped."""
    paras = paras if paras is not None else paragraphs(text)
    regions: list[Region] = []
    pending: Region | None = None  # a quotation that ran off the end of the previous paragraph
    for lo, hi in paras:
        found, trailing = _scan_paragraph(text, lo, hi)
        if pending is not None:
            reopens = text[lo] in "“\"«`" or text.startswith("''", lo)
            if reopens and found and found[0][0] == lo:
                # the reopened quotation closes in this paragraph: join it to the pending one
                _, w, c, _ = found.pop(0)
                pending.pieces.append((w, c))
                pending.end = c
                pending.close_mark = c
                pending.para_end = hi
                regions.append(pending)
                pending = None
            elif reopens and trailing is not None and trailing[0] == lo and not found:
                pending.pieces.append((trailing[1], hi))
                pending.end = hi
                pending.para_end = hi
                continue
            else:
                regions.append(pending)
                pending = None
        for o, w, c, single in found:
            regions.append(Region(w, c, o, c, lo, hi, single, [(w, c)]))
        if trailing is not None and hi - trailing[1] > 2:
            o, w = trailing
            if o == lo or (text[o - 1] in " :,—–" and hi - w > 20):
                pending = Region(w, hi, o, None, lo, hi, False, [(w, hi)])
    if pending is not None:
        regions.append(pending)
    # drop single-quoted stretches inside a double quotation (a quote within a quote); the doubles are
    # indexed by opening mark (trying every double for every single was quadratic)
    doubles = sorted((q.open_mark, q.end) for q in regions if not q.single)
    opens = [o for o, _ in doubles]
    max_end = list(accumulate((e for _, e in doubles), max))  # over doubles[:i + 1]
    out: list[Region] = []
    for r in regions:
        if r.single:
            i = bisect.bisect_left(opens, r.open_mark)  # doubles opening before r
            if i and max_end[i - 1] >= r.end:
                continue
        out.append(r)
    out.sort(key=lambda r: r.open_mark)
    return out
