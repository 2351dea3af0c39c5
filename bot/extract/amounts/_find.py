"""Amounts in digits and in words: find the numbers, refuse dates, codes and times, read their value and unit."""

from __future__ import annotations

import re

from bot.extract.amounts._time import DURATION, age, compound_amounts, duration
from bot.extract.amounts._what import extend_qualifier, finish, next_word, prev_word
from bot.extract.facts import Amount
from bot.extract.lexicon.amounts import (
    AMOUNT_NUMBER_WORDS,
    FRACTIONS,
    NUMBERED_NOUNS,
)
from bot.extract.lexicon.calendar import MONTHS
from bot.extract.lexicon.money import CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES
from bot.extract.lexicon.stopwords import AMOUNT_STOP_WORDS
from bot.extract.spans import SpanIndex
from bot.extract.text import ascii_lower, finditer_at

_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # also 5,00,000
_SCALE = r"(?:lakh crores?|thousand crores?|thousand|million|billion|trillion|crores?|lakhs?|mn|bn|tn|m|b|k)\b"
_CUR_PRE = r"(?:US\s?\$|A\$|C\$|HK\$|S\$|\$|€|£|¥|₹|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?)"
_DIGITS = re.compile(
    rf"(?<![\w@#/.,$€£¥₹+-])(?:(?P<cur>{_CUR_PRE})\s?)?(?P<num>{_NUM})"
    rf"(?:\s?(?P<scale>{_SCALE})|(?![\w+-]|[.,/]\d|:\d))"
)
_DIGITS_START = re.compile(r"[\d$€£¥₹ACEGHIRSU]")  # a digit, or the first character of a _CUR_PRE
_WORDNUM = re.compile(
    r"\b(?P<w>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:dozen|hundred|thousand|"
    r"million|billion)|(?:tens|hundreds) of (?:thousands|millions)|dozens|hundreds|thousands|millions|billions|"
    r"(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|half|thirds?|quarters?|fourths?|fifths?|"
    r"tenths?)|a (?:third|quarter|half)|half|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)  # matched against the text lowered ASCII-only (same offsets), much faster than re.I
_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d[\d\s-]{7,}\d")
_PHONE_START = re.compile(r"[(+\d]")
_TIME_AFTER = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?|o'clock|o’clock|GMT|UTC|IST|EST|EDT|PST|hrs)\b", re.I)
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|percentage points?\b|pc\b)", re.I)
_CUR_AFTER = re.compile(
    r"\s(?:(?:US|American|Canadian|Australian|Hong Kong|Singapore)\s)?(dollars?|euros?|pounds?(?: sterling)?|rupees?|"
    r"yuan|yen|rubles?|roubles?|pesos?|francs?|dirhams?|riyals?)\b",
    re.I,
)
_TIME_UNITS = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
                         r"century|nights?|mornings?|afternoons?|evenings?|-year-old|year-old)\b", re.I)
_AGE = re.compile(r"[A-Z][\w.'’-]+,\s$")


def find_amounts(text: str, sentences: list[tuple[int, int]]) -> list[Amount]:
    """Every amount in `text`, in order; offsets index into `text`."""
    # Spans looked up by position (SpanIndex), not by trying each: per number, that was quadratic.
    phones = SpanIndex((m.start(), m.end()) for m in finditer_at(_PHONE, _PHONE_START, text))
    lowered = ascii_lower(text)
    out = compound_amounts(lowered, text)  # "four-day visit", "17-year-old": before their numbers are read
    spans = [(a.start, a.end) for a in out]
    compounds = SpanIndex(spans)
    for m in finditer_at(_DIGITS, _DIGITS_START, text):
        if compounds.contains(m.start()):
            continue
        a = _digit_amount(text, m, phones)
        if a is not None:
            out.append(a)
            spans.append((a.start, a.end))
    taken = SpanIndex(spans)
    for m in _WORDNUM.finditer(lowered):
        if taken.contains(m.start()):
            continue
        a = _word_amount(text, m)
        if a is not None:
            out.append(a)
    out.sort(key=lambda a: a.start)
    return out



# ------------------------------------------------------------------------------------------ digits


def _digit_amount(text: str, m: re.Match[str], phones: SpanIndex) -> Amount | None:
    num_s, num_e = m.start("num"), m.end("num")
    raw = m.group("num")
    if phones.contains(num_s) or _code_or_time(text, m):
        return None
    cur = m.group("cur")
    scale = m.group("scale")
    end = m.end("scale") if scale else num_e
    value_num = float(raw.replace(",", ""))
    if _near_month(text, m, value_num, end):
        return None
    if not cur and not scale:
        timed = _time_or_age(text, m, value_num, end)
        if timed is not None:
            return timed or None
    # years: 2020, 1998 (no comma, four digits, no money or percent, no scale)
    pct = _PERCENT.match(text, end)
    cur_after = None if cur else _CUR_AFTER.match(text, end)
    is_year = (
        "," not in raw and "." not in raw and len(raw) == 4 and 1700 <= value_num <= 2100 and not cur
        and not pct and not scale and not cur_after
    )
    if is_year:
        return None
    if len(raw.replace(",", "").split(".")[0]) > 13:
        return None  # account or ID numbers
    # day numbers after a weekday/“the”: "on the 27th" is refused by the regex; "May 5" handled above
    number = value_num * SCALES.get(scale.lower(), 1.0) if scale else value_num
    start = m.start("cur") if cur else num_s
    unit: str | None = None
    value = text[num_s:end]
    rule = "digits"
    if cur:
        unit = _currency_code(cur)
        rule = "currency_symbol"
    elif pct:
        end = pct.end()
        unit = "percentage points" if "point" in pct.group().lower() else "%"
        rule = "percent"
    elif cur_after:
        end = cur_after.end()
        unit = CURRENCY_WORDS.get(cur_after.group(1).lower().rstrip("s"), cur_after.group(1).lower())
        rule = "currency_word"
    elif not scale and raw.isdigit() and prev_word(text, start).lower() in NUMBERED_NOUNS:
        return None  # Article 370, Section 144, No. 10, Flight 171
    start = extend_qualifier(text, start)
    return finish(text, start, end, value, number, unit, rule)


def _code_or_time(text: str, m: re.Match[str]) -> bool:
    """Digits in a code or identifier (H1-B, F-16, #1, @user2, URLs), metres ("5 m"), a time (9:30, 10 a.m.)."""
    num_s, num_e = m.start("num"), m.end("num")
    before = text[max(0, num_s - 12) : num_s]
    if (before and before[-1] in "@#/") or (before[-1:] == "-" and before[-2:-1].isalpha()):
        return True
    scale = m.group("scale")
    if scale and scale.lower() in ("m", "b", "k") and not m.group("cur") and m.start("scale") > num_e:
        return True  # "5 m" with a space and no currency: metres, not millions
    return bool(_TIME_AFTER.match(text, num_e) or text[num_e : num_e + 1] == ":" or before.endswith(":"))


def _near_month(text: str, m: re.Match[str], value_num: float, end: int) -> bool:
    """A day or year beside a month: January 27, 27 Jan, Jan. 2025."""
    near_month = next_word(text, end).lower().rstrip(".") in MONTHS or (
        prev_word(text, m.start()).lower().rstrip(".") in MONTHS
    )
    return near_month and (value_num <= 31 or (1000 <= value_num <= 2100 and "," not in m.group("num")))


def _time_or_age(text: str, m: re.Match[str], value_num: float, end: int) -> Amount | bool | None:
    """A duration ("48 hours") or an age ("Gloria Garcia, 34,", "aged 81") as an Amount; False for a point in
    time ("15 years ago", "two mornings") or a number after a name that is no age; None for neither."""
    num_s = m.start("num")
    unit = DURATION.match(text, end)
    if unit is not None:
        return duration(text, num_s, unit, m.group("num"), value_num) or False
    if _TIME_UNITS.match(text, end):
        return False
    found = age(text, num_s, end, m.group("num"), value_num)
    if found is not None:
        return found
    if _AGE.search(text, max(0, num_s - 40), num_s) and text[end : end + 1] in ",)":
        return False  # "Boeing, 747,": after a name, but no age
    return None


def _currency_code(cur: str) -> str:
    c = cur.replace(" ", "").replace(".", "").upper()
    if c.startswith("US$") or c == "USD" or c == "$":
        return "USD"
    if c in ("RS", "INR", "₹"):
        return "INR"
    return CURRENCY_SYMBOLS.get(c, "USD" if "$" in c else c)


# ------------------------------------------------------------------------------------------ words


def _word_amount(text: str, m: re.Match[str]) -> Amount | None:
    w = text[m.start("w") : m.end("w")]
    low = w.lower()
    unit_of_time = DURATION.match(text, m.end())
    if unit_of_time is not None and low in AMOUNT_NUMBER_WORDS:
        return duration(text, m.start(), unit_of_time, w, AMOUNT_NUMBER_WORDS[low])  # "almost two hours"
    nxt_word = next_word(text, m.end())
    if low in FRACTIONS or low.startswith(("a third", "a quarter", "a half")) or "-" in low or low == "half":
        if low == "half" and nxt_word.lower() != "of":
            return None
        number = FRACTIONS.get(low)
        unit, rule = "fraction", "fraction_words"
    elif " of " in low:
        head, _, tail = low.partition(" of ")
        number = (10.0 if head == "tens" else 100.0) * SCALES.get(tail.rstrip("s"), 1e3)
        unit, rule = None, "tens_of_thousands"
    elif low in ("dozens", "hundreds", "thousands", "millions", "billions"):
        number = AMOUNT_NUMBER_WORDS.get(low) if nxt_word.lower() == "of" else None
        unit, rule = None, "plural_number_of"
    else:
        number = _number_words(low, prev_word(text, m.start()).lower(), nxt_word)
        unit, rule = None, "number_words" if " " in low else "number_word_before_plural"
    if number is None or _TIME_UNITS.match(text, m.end()):
        return None
    end = m.end()
    cur_after = _CUR_AFTER.match(text, end)
    if cur_after is not None and unit is None:
        end = cur_after.end()
        unit = CURRENCY_WORDS.get(cur_after.group(1).lower().rstrip("s"), cur_after.group(1).lower())
    start = extend_qualifier(text, m.start())
    return finish(text, start, end, w, number, unit, rule)


def _number_words(low: str, prev: str, nxt_word: str) -> float | None:
    """The value of "a few hundred", "two million", or of a bare number word when a plural noun follows it
    ("three leaders"); None when it counts nothing."""
    parts = low.split()
    if len(parts) >= 2:
        number = 1.0
        for p in parts:
            number *= AMOUNT_NUMBER_WORDS.get(p, 1.0) if p != "a" else 1.0
        return number
    nxt = nxt_word.lower()
    if prev in ("the", "these", "those", "their", "its", "his", "her", "our", "my", "your", "all") or (
        not nxt.endswith("s") or nxt in AMOUNT_STOP_WORDS or nxt_word[:1].isupper()
    ):
        return None
    return AMOUNT_NUMBER_WORDS.get(low)
