"""Amounts: the seed amounts, money, percentages, number words, and what is not an amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import DocumentMeta, extract
from bot.extract.amounts import find_amounts
from bot.extract.facts import Amount
from bot.extract.text import split_sentences


def amounts(text: str) -> list[Amount]:
    return find_amounts(text, split_sentences(text))


def one(text: str) -> Amount:
    found = amounts(text)
    assert len(found) == 1, [a.text for a in found]
    a = found[0]
    assert text[a.start : a.end] == a.text
    return a


def test_seed_amounts(seeds_dir: Path) -> None:
    path = seeds_dir / "000_49acccabc25c2743.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    text = path.read_text(encoding="utf-8")
    found = {a.value: a for a in extract(text, DocumentMeta(name=path.name)).amounts}
    a = found["18,000"]
    assert a.text == "approximately 18,000 undocumented Indians" and a.number == 18000
    assert a.what == "undocumented Indians"
    b = found["4.8 million"]
    assert b.number == 4.8e6 and b.what is not None and b.what.startswith("Indian-origin population in the US")
    assert "as of 2020" in b.what
    assert "2020" not in found and "27" not in found and "2025" not in found


def test_seed_amounts_match_gold(seeds_dir: Path, seeds_gold: dict) -> None:
    for g in seeds_gold["amounts"]:
        text = (seeds_dir / g["doc"]).read_text(encoding="utf-8")
        values = {a.value for a in amounts(text)}
        assert g["value"] in values


@pytest.mark.parametrize(
    ("text", "value", "number", "unit"),
    [
        ("The government pledged $5 billion in aid.", "5 billion", 5e9, "USD"),
        ("It set aside Rs 500 crore for roads.", "500 crore", 5e9, "INR"),
        ("The club paid €3m for him.", "3m", 3e6, "EUR"),
        ("Turnout rose to 62.5% this year.", "62.5", 62.5, "%"),
        ("He won 40 percent of the vote.", "40", 40, "%"),
        ("A lead of 4.5 percentage points.", "4.5", 4.5, "percentage points"),
        ("They paid 5 million dollars.", "5 million", 5e6, "USD"),
        ("It cost US$ 20 and more.", "20", 20, "USD"),
        ("A dozen protesters gathered.", "A dozen", 12, "protesters"),
        ("Two-thirds of voters agree.", "Two-thirds", 2 / 3, "fraction"),
        ("Hundreds of people gathered.", "Hundreds", 200, "people"),
        ("Tens of thousands of people marched.", "Tens of thousands", 1e4, "people"),
        ("He met three officials.", "three", 3, "officials"),
        ("A poll of 1,000 likely voters.", "1,000", 1000, "likely voters"),
        ("The budget is Rs 1.5 lakh crore.", "1.5 lakh crore", 1.5e12, "INR"),
        ("About 5,00,000 farmers protested.", "5,00,000", 5e5, "farmers"),
        ("It raised $1.5bn.", "1.5bn", 1.5e9, "USD"),
        ("A 12.5 per cent rise.", "12.5", 12.5, "%"),
    ],
)
def test_amount_values(text: str, value: str, number: float, unit: str) -> None:
    a = one(text)
    assert a.value == value
    assert a.number == pytest.approx(number)
    assert a.unit == unit


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("the return of approximately 18,000 undocumented Indians.", "undocumented Indians"),
        ("With the Indian-origin population in the US growing to 4.8 million, ties grew.",
         "Indian-origin population in the US"),
        ("He won 40 percent of the vote.", "vote"),
        ("The government pledged $5 billion in aid.", "aid"),
        ("Some 1,200 people were arrested.", "people"),
        ("4.8 million people of Indian origin live there.", "people of Indian origin"),
        ("India's trade with the US stood at $190 billion in 2023.", "India's trade with the US, in 2023"),
        ("Over 7.25 lakh Indians live illegally in the US.", "Indians"),
        ("GDP grew 6.5% in 2024-25.", "GDP"),
    ],
)
def test_amount_what(text: str, what: str) -> None:
    assert one(text).what == what


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 the law changed.",
        "They spoke on January 27, 2025.",
        "They spoke on 27 January.",
        "They met Jan. 27 in Delhi.",
        "The meeting was at 9:30 a.m. and at 10 am and 10pm.",
        "It was his first term and the second call.",
        "The H1-B and H-1B visas, the F-16 jet, COVID-19, 4G and the G20.",
        "Call 555-123-4567 or +91 98765 43210 now.",
        "He visited the 20th floor.",
        "Follow @user2024 and #Vote2016 at http://x.com/2016/09/12.",
        "He left 15 years ago and came back two days before the vote.",  # points in time: time expressions
        "A one-time payment, a two-way race and a 50-50 split.",  # compounds that count nothing
        "The firm, Boeing, 747, and others.",  # a number after a name that is no age
        "UPDATE: 5/12 — the site closed.",
        "See page 12 and No. 10.",
        "The 2+2 dialogue, Article 370, Section 144 and Flight 171.",
        "A 50-50 split, a 3-1 vote and the 1990s.",
        "The meeting is at 10.30 am on 27.01.2025.",
        "The two leaders met; the three of them spoke.",
        "",
    ],
)
def test_not_amounts(text: str) -> None:
    assert amounts(text) == []


def test_odd_input_never_crashes() -> None:
    for text in ["$", "$ ", "€.5", "1,2,3,,4", "a few thousand", "0.", "99999999999999999999", "5 m", "½ of"]:
        for a in amounts(text):
            assert 0 <= a.start <= a.end <= len(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The deal is worth $5 billion.", "currency_symbol"),
        ("The deal is worth 5 million dollars.", "currency_word"),
        ("Support fell to 40 percent in May.", "percent"),
        ("About 18,000 undocumented Indians were found.", "digits"),
        ("Two-thirds of voters agreed.", "fraction_words"),
        ("Tens of thousands of people marched.", "tens_of_thousands"),
        ("Hundreds of people marched.", "plural_number_of"),
        ("A few hundred people marched.", "number_words"),
        ("He met three leaders.", "number_word_before_plural"),
        ("The talks lasted 48 hours.", "duration"),
        ("She arrived for a four-day visit.", "duration_compound"),
        ("They lost the five-match series.", "count_compound"),
        ("The 17-year-old student was hurt.", "age_year_old"),
        ("Gloria Garcia, 34, a nurse, voted.", "age_after_name"),
        ("The founder died aged 81 on Monday.", "age_aged"),
    ],
)
def test_every_amount_records_its_rule(text: str, rule: str) -> None:
    assert one(text).rule == rule


# Ages, durations and counts in compounds (bot/extract/amounts/_time.py): (text, value, number, unit, what)
TIMED = [
    ("The 17-year-old Tomas Reyes was shot twice.", "17", 17, "years", "age of Tomas Reyes"),
    ("A 70-year-old man was arrested.", "70", 70, "years", "age of man"),
    ("The six-month-old baby was unharmed.", "six", 6, "months", "age of baby"),
    ("Gloria Garcia, 34, a nurse, voted.", "34", 34, "years", "age of Gloria Garcia"),
    ("Karl Mertens, aged 81, died on Monday.", "81", 81, "years", "age of Karl Mertens"),
    ("The panel deliberated almost two hours before returning its verdict.", "two", 2, "hours", "hours"),
    ("The council must settle it within two months.", "two", 2, "months", "months"),
    ("The talks lasted 48 hours.", "48", 48, "hours", "hours"),
    ("The president began a four-day visit to Lisbon.", "four", 4, "days", "visit"),
    ("India lead the five-match series.", "five", 5, "matches", "series"),
    ("A 10-member panel will decide.", "10", 10, "members", "panel"),
]


@pytest.mark.parametrize(("text", "value", "number", "unit", "what"), TIMED)
def test_ages_durations_and_counts(text: str, value: str, number: float, unit: str, what: str) -> None:
    a = one(text)
    assert (a.value, a.number, a.unit, a.what) == (value, pytest.approx(number), unit, what)


def test_a_duration_keeps_its_qualifier() -> None:
    assert one("The panel deliberated almost two hours before returning.").text == "almost two hours"


@pytest.mark.parametrize("text", [
    "US$5 and US $6, A$7, C$8, HK$9, S$10, $11, €12, £13, ¥14, ₹15, Rs.16, Rs 17, INR 18, USD19, EUR 20, GBP 21",
    "Call (555) 123-4567 or +44 20 7946 0958; 555.123.4567; 2,400,000 people; 5,00,000 rupees; 3.5bn; 12 m",
    "SUSD 5, xUS$5, 5.5.5, 1/2, 3:30, v2 and 7% of 1,000",
])
def test_numbers_and_phones_are_looked_for_only_where_they_can_start(text: str) -> None:
    """find_amounts tries _DIGITS and _PHONE only at the characters their matches can start with."""
    from bot.extract.amounts._find import _DIGITS, _DIGITS_START, _PHONE, _PHONE_START
    from bot.extract.text import finditer_at

    for pattern, starts in ((_DIGITS, _DIGITS_START), (_PHONE, _PHONE_START)):
        assert [m.span() for m in finditer_at(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]
        assert all(starts.match(text, m.start()) for m in pattern.finditer(text))
