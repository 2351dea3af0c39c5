"""The written news set (tests/data/news-written): every gold string points into its article, dates are real
and their weekdays right, the annotation rules of news-dev hold, and `eval news-written` scores every item.

These checks mirror ../shared/gold/news-dev/verify_gold.py but are written here, so they run without ../shared.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bot.evaluate import SETS
from bot.evaluate.news_written import WRITTEN_DIR

KINDS = {"direct", "partial", "post"}
OPEN_MARKS = "“‘\"'"
CLOSE_MARKS = "”’\"'"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
# "Friday (March 14)", "Thursday (July 17)": a weekday with its date in brackets, year from the date line
_WEEKDAY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r") \((" + "|".join(MONTHS) + r") (\d{1,2})\)")
_DATE_LINE = re.compile(r"\Adate (\d{4}-\d{2}-\d{2})\n")

GOLDS = sorted(WRITTEN_DIR.glob("*.gold.json"))


def _pair(gold_path: Path) -> tuple[str, dict]:
    txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    return txt.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))


def test_the_set_has_twelve_articles_each_with_its_gold() -> None:
    texts = sorted(WRITTEN_DIR.glob("*.txt"))
    assert len(GOLDS) == 12
    assert [t.name.removesuffix(".txt") for t in texts] == [g.name.removesuffix(".gold.json") for g in GOLDS]
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", t.name) for t in texts)
    assert (WRITTEN_DIR / "README.md").is_file()


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name[:2])
def test_gold_fields_and_date_line(gold_path: Path) -> None:
    text, gold = _pair(gold_path)
    assert set(gold) == {"source", "published", "people", "events", "quotes", "amounts"}
    assert gold["source"] == "Factdesk written set, MIT"
    m = _DATE_LINE.match(text)
    assert m, "the first line must be `date YYYY-MM-DD`"
    assert gold["published"] == m.group(1)
    dt.date.fromisoformat(gold["published"])
    words = len(text.split("\n", 1)[1].split())
    assert 250 <= words <= 700, f"{words} words"
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert not any(line != line.rstrip() for line in text.splitlines()), "trailing whitespace"


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name[:2])
def test_every_gold_string_is_an_exact_substring(gold_path: Path) -> None:
    text, gold = _pair(gold_path)
    for e in gold["events"]:
        assert e["evidence"] in text, e
    for q in gold["quotes"]:
        assert q["text"] in text, q
    for a in gold["amounts"]:
        assert a["evidence"] in text, a
        assert a["value"] in a["evidence"], a
    for p in gold["people"]:
        for form in [p["name"], *p["aliases"]]:
            assert form in text, f"name/alias not word for word in the text: {form!r}"


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name[:2])
def test_events_are_real_days_with_the_right_weekday(gold_path: Path) -> None:
    text, gold = _pair(gold_path)
    published = dt.date.fromisoformat(gold["published"])
    for e in gold["events"]:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]), e
        day = dt.date.fromisoformat(e["date"])
        named = set(_WEEKDAY.findall(e["evidence"]))
        assert len(named) <= 1, e
        if named:
            assert WEEKDAYS[day.weekday()] in named, f"{e['date']} is a {WEEKDAYS[day.weekday()]}: {e}"
        # a relative weekday is resolved to within a week of the date line
        if named and not re.search(r"\d", e["evidence"]):
            assert abs((day - published).days) <= 7, e
        query_words = e["query"].split()
        assert 2 <= len(query_words) <= 6, e["query"]
        assert e["query"].lower() not in text.lower(), f"query copied from the text: {e['query']!r}"
    for weekday, month, day_of_month in _WEEKDAY_DATE.findall(text):
        day = dt.date(published.year, MONTHS.index(month) + 1, int(day_of_month))
        assert WEEKDAYS[day.weekday()] == weekday, f"{weekday} ({month} {day_of_month}) is a {day:%A}"


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name[:2])
def test_quotes_follow_the_annotation_rules(gold_path: Path) -> None:
    text, gold = _pair(gold_path)
    names = {p["name"] for p in gold["people"]}
    for q in gold["quotes"]:
        assert q["kind"] in KINDS, q
        quote = q["text"]
        assert quote == quote.strip() and quote[0] not in OPEN_MARKS and quote[-1] not in CLOSE_MARKS + ",", q
        # the speaker is a person of the gold, or an organisation named as the article names it
        assert q["speaker"] in names or q["speaker"] in text, q
        # it sits directly inside quote marks: an opening mark before it; after it a closing mark, a comma or
        # full stop then a closing mark, or the end of a paragraph whose quote goes on in the next one
        at = text.find(quote)
        after = text[at + len(quote): at + len(quote) + 2]
        assert text[at - 1] in OPEN_MARKS, q
        assert after[:1] in CLOSE_MARKS or (after[:1] in ",." and after[1:] in CLOSE_MARKS) or after[:1] == "\n", q
        if q["kind"] == "partial":
            assert not quote.endswith("."), f"a fragment drops its full stop: {q}"


def test_news_written_is_a_default_eval_set() -> None:
    assert SETS["news-written"] == "bot.evaluate.news_written"


def test_the_written_set_scores_every_gold_item(tmp_path: Path) -> None:
    """Runs through the news-dev code path with no ../shared at all (an empty `shared`)."""
    from bot.evaluate import run_set

    tables = run_set("news-written", tmp_path / "no-shared")
    assert tables[0].title.startswith("news-written — answers per article (one database of all 12")
    rows = {r[0]: r for r in tables[1].rows}
    golds = [json.loads(g.read_text(encoding="utf-8")) for g in GOLDS]
    people = sum(len(g["people"]) for g in golds)
    roles = sum(len(p["roles"]) for g in golds for p in g["people"])
    events = sum(len(g["events"]) for g in golds)
    quotes = sum(len(g["quotes"]) for g in golds)
    assert [int(rows[m][2]) for m in ("people", "roles", "when@1", "quotes")] == [people, roles, events, quotes]
