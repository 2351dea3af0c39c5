"""Sentence splitting and text clean-up shared by every extractor.

Written by hand because the general-purpose splitters measured here (pysbd) are an order of magnitude
too slow for the 100 articles/s target, and news text needs only a few rules: paragraphs always end a
sentence; '.', '!' or '?' (optionally followed by closing quotes/brackets) then whitespace and an
upper-case letter or opening quote end one, unless the word before the dot is an abbreviation or an
initial ("Mr.", "S.", "U.S.").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import islice

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st gen lt col sgt capt cmdr adm maj rep sen gov pres rev hon supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun inc ltd
    corp co bros vs etc approx est dept univ ave blvd mt ft u.s u.k u.n e.g i.e a.m p.m
    ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mont neb nev okla ore pa
    tenn tex vt va wis wyo""".split()
)

NUMBER_ABBREVIATIONS = frozenset("no nos vol fig art p pp".split())  # abbreviations only before a number

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9@#])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[—–-]\s)|\n")
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def clean_text(raw: str) -> str:
    """Normalise to NFC and drop control characters (keeping newlines and tabs) without moving offsets much.

    Offsets in facts refer to the cleaned text, which is what the store keeps as the document text.
    """
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most texts have nothing to drop: the characters are looked at one by one only when one must go
    # (checking each non-ASCII character once costs a tenth of that loop).
    if _ASCII_CONTROL.search(text) is None and all(map(_kept, set(_NON_ASCII.findall(text)))):
        return text
    return "".join(ch for ch in text if _kept(ch))


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # category Cc, but tab and newline
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _kept(ch: str) -> bool:
    """Not a control, format, surrogate, private-use or unassigned character (category C), but tab, newline
    and the soft hyphen."""
    return ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u00ad"


def split_sentences(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences, trimmed of surrounding whitespace; with `limit`, only the
    first `limit` (the rest of the text is not even split: a sentence budget bounds memory)."""
    return list(islice(iter_sentences(text), limit))


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentence spans of `text` in order, found lazily."""
    pos = 0
    for para in _PARAGRAPH.finditer(text + "\n"):
        yield from _split_block(text, pos, para.start())
        pos = para.end()
    if pos < len(text):
        yield from _split_block(text, pos, len(text))


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    block = text[start:end]
    cut = 0
    for m in _BOUNDARY.finditer(block):
        stop = m.end()
        dot = m.start()
        if block[dot] == "." and _is_abbreviation(block[max(0, dot - 11):dot + 1], block[stop:stop + 4]):
            continue
        if span := _trimmed(text, start + cut, start + stop):
            yield span
        cut = stop
    if span := _trimmed(text, start + cut, end):
        yield span


def _is_abbreviation(prefix: str, following: str) -> bool:
    """Is the dot ending `prefix` (the text up to it: its last 12 characters are read) an abbreviation's?"""
    m = _WORD_BEFORE_DOT.search(prefix[-12:])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in NUMBER_ABBREVIATIONS:  # "No. 5" but "said no. Others"
        return following.strip()[:1].isdigit()
    if len(word) == 1 and word.isupper():  # an initial: "S. Jaishankar"
        return True
    if _INITIALS.fullmatch(word):  # dotted initials: "J.P. Nadda", "D.C."
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """`text` with A-Z lowered and every other character kept (same offsets), for case-sensitive patterns that
    are much faster than re.I. str.lower() gives the same unless it changes a non-ASCII character ("É", "İ"):
    it is checked on those only, and is ~10 times faster than translate on text with any non-ASCII character."""
    low = text.lower()
    # (ASCII stays ASCII: the same non-ASCII characters in the same order are the same ones in place)
    if len(low) == len(text) and _NON_ASCII.findall(low) == _NON_ASCII.findall(text):
        return low
    return text.translate(_ASCII_LOWER)


def finditer_at(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that never matches empty and whose every match starts with a
    character that `starts` (one character) finds: only those places are tried, not every character."""
    pos = 0
    for at in starts.finditer(text):
        s = at.start()
        if s >= pos and (m := pattern.match(text, s)) is not None:
            yield m
            pos = m.end()


def fold(text: str) -> str | None:
    """`text` lower-cased, character for character, for case-sensitive scans in place of re.I ones (a third
    to a tenth of their cost): each character keeps its place, and letters, digits, spaces and word boundaries
    stay what they were. None when that would be unsafe (then scan `text` case-insensitively): for a text with
    a character that a case-insensitive pattern matches to an ASCII letter but whose str.lower() is another
    character (ı, ſ) or two (İ)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:  # İ ı ſ
        return None
    low = text.lower()
    return low if len(low) == len(text) else None
