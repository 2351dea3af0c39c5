"""Sentence splitting on news text: abbreviations, initials, quotes, paragraphs."""

from __future__ import annotations

import re
import string
import sys

import pytest

from bot.extract.text import ascii_lower, clean_text, finditer_at, fold, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister S. Jaishankar spoke. He left.", ["Foreign Minister S. Jaishankar spoke.", "He left."]),
    ("BJP chief J.P. Nadda spoke. Then he left.", ["BJP chief J.P. Nadda spoke.", "Then he left."]),
    ("Mr. Trump met Dr. Rubio in Washington, D.C. on Monday.", ["Mr. Trump met Dr. Rubio in Washington, D.C. on "
                                                                "Monday."]),
    ("Sen. Tom Carper (D-Del.) said no. Others agreed.", ["Sen. Tom Carper (D-Del.) said no.", "Others agreed."]),
    ("“It is over,” he said. “We won.” Then silence.", ["“It is over,” he said.", "“We won.”", "Then silence."]),
    ("First paragraph without a stop\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."]),
    ("Prices rose 4.8 percent. The U.S. economy grew.", ["Prices rose 4.8 percent.", "The U.S. economy grew."]),
    ("See No. 10 Downing Street. Fine.", ["See No. 10 Downing Street.", "Fine."]),
])
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_index_the_text_and_skip_blank_lines() -> None:
    text = "  One.  \n\n\n Two?  "
    assert sentences(text) == ["One.", "Two?"]
    assert split_sentences("") == [] and split_sentences(" \n ") == []


def test_clean_text_normalises_newlines_and_drops_controls() -> None:
    assert clean_text("a\r\nb\rc\x00d\u200be") == "a\nb\ncde"  # zero-width and control characters go


_ASCII_ONLY = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.mark.parametrize("text", [
    "The U.S. Federal Reserve", "“Quoted” — café 5 € ÉCOLE", "İstanbul and İzmir", "ΑΘΗΝΑ and Athens",
    "a 5 K (Kelvin sign) ſ", "", "plain ascii",
])
def test_ascii_lower_lowers_only_ascii_letters(text: str) -> None:
    assert ascii_lower(text) == text.translate(_ASCII_ONLY)


def test_finditer_at_finds_what_finditer_finds() -> None:
    digits, starts = re.compile(r"(?<!\w)\d+(?:,\d{3})*|\$\d+"), re.compile(r"[\d$]")
    text = "In 2024 it cost $5, then 1,200 and 12a3 at 4,5678 x$9"
    assert [m.span() for m in finditer_at(digits, starts, text)] == [m.span() for m in digits.finditer(text)]


@pytest.mark.parametrize("raw", [
    "Plain text.\nTwo lines\tand a tab.", "Curly “quotes” — and é, soft\u00adhyphen",
    "zero\u200bwidth, bell\x07, form\x0cfeed, DEL\x7f, private \ue000 use, unassigned \U000e0fff, RTL \u200f mark",
    "Cafe\u0301 composed\r\nCRLF\rCR",
])
def test_clean_text_drops_what_the_character_rule_drops(raw: str) -> None:
    import unicodedata

    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u00ad")
    assert clean_text(raw) == kept


def test_fold_refuses_texts_where_lower_case_moves_characters() -> None:
    """`fold` refuses every text in which a lower-cased character would not match what a case-insensitive
    pattern matches: a character whose lower case is longer ("İ"), or that matches a letter it does not
    lower to ("ſ" matches s), or a space or digit that lower-casing would change."""
    chars = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    unsafe = {c for c in chars if len(c.lower()) != 1}
    for c in re.findall(r"(?i)[a-z]", chars):
        if any(re.fullmatch(f"(?i){x}", c) and c.lower() != x for x in string.ascii_lowercase):
            unsafe.add(c)
    unsafe |= {c for c in re.findall(r"[\s\d]", chars) if not re.fullmatch(r"[\s\d]", c.lower())}
    assert unsafe and all(fold(f"in {c} 2024") is None for c in unsafe)
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in chars)  # word characters stay word characters
    assert [m.start() for m in re.finditer(r"\w", chars)] == [m.start() for m in re.finditer(r"\w", low)]
    assert fold("Last WEEK, in 2024 – ’98") == "last week, in 2024 – ’98"
