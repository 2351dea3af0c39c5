"""Amounts: numbers with their unit and what they count ("approximately 18,000 undocumented Indians").

Rules, no model:
- numbers in digits ("18,000", "4.8 million", "3m"), money ("$5 billion", "Rs 500 crore", "€3m", "5 million
  dollars"), percentages ("40 percent", "12%"), and number words ("a dozen", "two-thirds", "hundreds of",
  "three leaders");
- not amounts: years, dates and day numbers ("January 27", "27 Jan"), times ("9:30", "10 a.m."), ordinals,
  codes glued to letters or hyphens ("H1-B", "H-1B", "F-16", "COVID-19"), phone numbers, numbers inside
  URLs, handles and hashtags;
- `what`: the noun phrase that follows ("18,000 undocumented Indians", "40 percent of voters"), else the
  subject of the clause that the number completes ("the Indian-origin population in the US growing to 4.8
  million" -> "Indian-origin population in the US"), with a trailing "as of 2020" / "in 2020" kept.

`value` is the number as written with its scale word ("4.8 million"), without currency or percent sign;
`unit` is "USD", "INR", "EUR", "GBP"…, "%", "percentage points", "fraction", or the counted noun phrase.
"""

from __future__ import annotations

import re

from bot.extract.facts import Amount
from bot.extract.lexicon.amounts import (
    AMOUNT_ING_NOUNS,
    AMOUNT_NUMBER_WORDS,
    AMOUNT_QUALIFIERS,
    COMPARATIVES,
    FRACTIONS,
    LY_NOUNS,
    NOT_NOUN_PHRASE,
    NUMBERED_NOUNS,
    VERBS_AFTER_COUNT,
    VERBS_TO_NUMBER,
)
from bot.extract.lexicon.calendar import MONTHS
from bot.extract.lexicon.money import CURRENCY_SYMBOLS, CURRENCY_WORDS, SCALES
from bot.extract.lexicon.stopwords import AMOUNT_STOP_WORDS
from bot.extract.spans import SpanIndex

_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # also 5,00,000
_SCALE = r"(?:lakh crores?|thousand crores?|thousand|million|billion|trillion|crores?|lakhs?|mn|bn|tn|m|b|k)\b"
_CUR_PRE = r"(?:US\s?\$|A\$|C\$|HK\$|S\$|\$|€|£|¥|₹|Rs\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?)"
_DIGITS = re.compile(
    rf"(?<![\w@#/.,$€£¥₹+-])(?:(?P<cur>{_CUR_PRE})\s?)?(?P<num>{_NUM})"
    rf"(?:\s?(?P<scale>{_SCALE})|(?![\w+-]|[.,/]\d|:\d))"
)
_WORDNUM = re.compile(
    r"\b(?P<w>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:dozen|hundred|thousand|"
    r"million|billion)|(?:tens|hundreds) of (?:thousands|millions)|dozens|hundreds|thousands|millions|billions|"
    r"(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|half|thirds?|quarters?|fourths?|fifths?|"
    r"tenths?)|a (?:third|quarter|half)|half|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)  # matched against the text lowered ASCII-only (same offsets), much faster than re.I
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d[\d\s-]{7,}\d")
_TIME_AFTER = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?|o'clock|o’clock|GMT|UTC|IST|EST|EDT|PST|hrs)\b", re.I)
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|percentage points?\b|pc\b)", re.I)
_CUR_AFTER = re.compile(
    r"\s(?:(?:US|American|Canadian|Australian|Hong Kong|Singapore)\s)?(dollars?|euros?|pounds?(?: sterling)?|rupees?|"
    r"yuan|yen|rubles?|roubles?|pesos?|francs?|dirhams?|riyals?)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")
_YEAR_CTX = re.compile(r"(?:\b(?:in|of|since|by|from|until|till|to|year|years|fiscal|FY|as of|before|after|"
                       r"during|between|and|through|early|late|mid|summer|winter|spring|autumn|fall|class of)\s+$)",
                       re.I)


def find_amounts(text: str, sentences: list[tuple[int, int]]) -> list[Amount]:
    """Every amount in `text`, in order; offsets index into `text`."""
    # Spans looked up by position (SpanIndex), not by trying each: per number, that was quadratic.
    phones = SpanIndex((m.start(), m.end()) for m in _PHONE.finditer(text))
    out: list[Amount] = []
    spans: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        a = _digit_amount(text, m, phones)
        if a is not None:
            out.append(a)
            spans.append((a.start, a.end))
    taken = SpanIndex(spans)
    lowered = text.translate(_ASCII_LOWER)
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
    if _date_duration_or_age(text, m, value_num, end):
        return None
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
    elif not scale and raw.isdigit() and _prev_word(text, start).lower() in NUMBERED_NOUNS:
        return None  # Article 370, Section 144, No. 10, Flight 171
    start = _extend_qualifier(text, start)
    return _finish(text, start, end, value, number, unit, rule)


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


def _date_duration_or_age(text: str, m: re.Match[str], value_num: float, end: int) -> bool:
    """A day or year beside a month (January 27, 27 Jan), a duration ("15 years"), an age ("Gloria Garcia, 34,");
    durations belong to the time expressions."""
    raw = m.group("num")
    near_month = _next_word(text, end).lower().rstrip(".") in MONTHS or (
        _prev_word(text, m.start()).lower().rstrip(".") in MONTHS
    )
    if near_month and (value_num <= 31 or (1000 <= value_num <= 2100 and "," not in raw)):
        return True
    num_s = m.start("num")
    return bool(not m.group("cur") and not m.group("scale") and (_TIME_UNITS.match(text, end) or (
        _AGE.search(text, max(0, num_s - 40), num_s) and text[end : end + 1] in ",)"
    )))


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
    nxt_word = _next_word(text, m.end())
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
        number = _number_words(low, _prev_word(text, m.start()).lower(), nxt_word)
        unit, rule = None, "number_words" if " " in low else "number_word_before_plural"
    if number is None or _TIME_UNITS.match(text, m.end()):
        return None
    end = m.end()
    cur_after = _CUR_AFTER.match(text, end)
    if cur_after is not None and unit is None:
        end = cur_after.end()
        unit = CURRENCY_WORDS.get(cur_after.group(1).lower().rstrip("s"), cur_after.group(1).lower())
    start = _extend_qualifier(text, m.start())
    return _finish(text, start, end, w, number, unit, rule)


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


# ------------------------------------------------------------------------------------------ what


def _finish(text: str, start: int, end: int, value: str, number: float | None, unit: str | None,
            rule: str) -> Amount:
    what, what_end = _what_after(text, end, money=unit is not None and (unit.isupper() or unit == "%"))
    phrase_end = end
    if what:
        phrase_end = what_end
        if unit is None:
            unit = what
    else:
        what = _what_before(text, start)
    qual = _QUALIFIER_AFTER.match(text, phrase_end if what_end else end)
    if what and qual:
        what = f"{what}, {qual.group(1)}"
    return Amount(start, phrase_end, text[start:phrase_end], value, number, unit, what, rule)


_TIME_UNITS = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
                         r"century|nights?|mornings?|afternoons?|evenings?|-year-old|year-old)\b", re.I)
_AGE = re.compile(r"[A-Z][\w.'’-]+,\s$")
_QUALIFIER_AFTER = re.compile(r"\s+((?:as of|as at|in|by|since)\s+(?:(?:January|February|March|April|May|June|July|"
                              r"August|September|October|November|December)\s+)?(?:1[89]|20)\d\d)\b(?![-–/]\d)")


def _what_after(text: str, end: int, money: bool = False) -> tuple[str | None, int]:
    """The noun phrase right after the number: '18,000 undocumented Indians', '40 percent of voters',
    '$5 billion in aid'."""
    pos = end
    if money:
        lead = re.match(r"\s+(?:in|of|for|worth of|in new)\s+", text[pos : pos + 16])
        if lead:
            pos += lead.end()
    words: list[tuple[int, int, str]] = []
    last = pos
    for m in _WORD.finditer(text, pos, min(len(text), pos + 120)):
        tok = m.group()
        low = tok.lower()
        if "\n" in text[last : m.start()]:
            break
        last = m.end()
        if not words and low == "of":
            continue  # 40 percent of voters / hundreds of people
        if not words and low in ("the", "its", "their") and text[pos : m.start()].strip() in ("", "of"):
            continue  # 40 percent of the vote
        if _ends_what(tok, low, words):
            break
        words.append((m.start(), m.end(), tok))
        if len(words) >= 5:
            break
    while words and words[-1][2].lower().endswith("ed"):
        words.pop()  # "270 needed", "18,000 people arrested"
    if not words:
        return None, 0
    s, e = words[0][0], words[-1][1]
    e = _of_tail(text, e)
    return text[s:e].strip(" -"), e


def _ends_what(tok: str, low: str, words: list[tuple[int, int, str]]) -> bool:
    """A word that ends the counted noun phrase: punctuation, a function word, a number, a comparative, an
    adverb, a verb, or a capitalised word after a capitalised one (a name, not what is counted)."""
    if not tok[0].isalnum() and tok not in ("-",):
        return True
    if low in AMOUNT_STOP_WORDS or low == "of" or tok[0].isdigit() or low in COMPARATIVES or (
        low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS
    ):
        return True
    if (low.endswith("ing") and low not in AMOUNT_ING_NOUNS) or low in VERBS_TO_NUMBER or low in VERBS_AFTER_COUNT:
        return True
    # "2 Timothy", "8 Dascha Polanco": a name, not what the number counts
    return tok[0].isupper() and not (low.endswith("s") or low.endswith("an") or low.endswith("ese")) and (
        not words or words[-1][2][0].isupper()
    )


def _of_tail(text: str, e: int) -> int:
    """Keep "of" + a noun phrase after the head: "people of Indian origin"; returns the new end."""
    of = re.match(r" of ((?:[\w'’-]+ ?){1,2})", text[e : e + 60])
    if of and of.group(1).split()[0].lower() not in AMOUNT_STOP_WORDS:
        tail = []
        for w in of.group(1).split():
            if w.lower() in AMOUNT_STOP_WORDS or w.lower() in VERBS_AFTER_COUNT or w.lower() in VERBS_TO_NUMBER:
                break
            tail.append(w)
        if tail:
            e = e + 4 + len(" ".join(tail))
    return e


def _what_before(text: str, start: int) -> str | None:
    """The subject the number completes: 'the population growing to 4.8 million' -> 'population'."""
    lo = max(0, start - 200)
    window = text[lo:start]
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _WORD.finditer(window)]
    i = len(toks) - 1
    # skip "to", "at", "by", "of", "about" and the verb: "growing to", "stood at", "reached", "was"
    while i >= 0 and toks[i][2].lower() in ("to", "at", "by", "of", "around", "nearly", "about", "roughly", "some",
                                             "than", "more", "over", "under", "almost", "approximately"):
        i -= 1
    if i < 0 or toks[i][2].lower() not in VERBS_TO_NUMBER:
        return None
    i -= 1
    while i >= 0 and toks[i][2].lower() in ("has", "have", "had", "is", "was", "are", "were", "will", "would",
                                             "be", "been", "now", "already", "also", "reportedly"):
        i -= 1
    end_i = i
    while i >= 0:
        tok = toks[i][2]
        low = tok.lower()
        if low == "with" and i > 0 and toks[i - 1][2][0].isalnum():
            i -= 1  # "India's trade with the US stood at": inside the noun phrase
            continue
        if not tok[0].isalnum() or low in ("with", "while", "and", "but", "as", "that", "which", "who", "after",
                                            "since", "when", "because", "where", "although", "though"):
            break
        if low in NOT_NOUN_PHRASE:
            return None
        i -= 1
    words = toks[i + 1 : end_i + 1]
    while words and words[0][2].lower() in ("the", "a", "an", "its", "their", "his", "her", "this", "that"):
        words = words[1:]
    if not words or len(words) > 8:
        return None
    return text[words[0][0] : words[-1][1]]


def _extend_qualifier(text: str, start: int) -> int:
    """Take 'approximately', 'about', 'more than', 'nearly' before the number into the phrase."""
    head = text[max(0, start - 30) : start]
    for q in AMOUNT_QUALIFIERS:
        if head.lower().endswith(q + " "):
            return start - len(q) - 1
    return start


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w.'’]+)\W*$", text[max(0, pos - 20) : pos])
    return m.group(1) if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W*([\w'’]+)", text[pos : pos + 20])
    return m.group(1) if m else ""
