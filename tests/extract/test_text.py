"""Sentence splitting on news text: abbreviations, initials, quotes, paragraphs."""

from __future__ import annotations

import pytest

from bot.extract.text import clean_text, split_sentences


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
