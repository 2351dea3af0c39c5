"""Every timex rule against its own examples and negatives (as Duckling's Corpus.hs and negativeCorpus).

A rule must give each example's value for its text (the rule named in `Timex.rule`), and nothing at all
in each of its negatives — the refusals its normaliser makes. A rule without an example fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract.facts import Timex
from bot.extract.text import split_sentences
from bot.extract.timex import find_timexes
from bot.extract.timex._rule import EXAMPLE_DATE, Rule
from bot.extract.timex.rules import RULES


def tag(text: str, published: str | None) -> list[Timex]:
    return find_timexes(text, split_sentences(text), published)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_examples_and_negatives(rule: Rule) -> None:
    assert rule.examples, f"rule {rule.name!r} has no example"
    failures = []
    for ex in rule.cases():
        found = [(t.text, t.value, t.rule) for t in tag(ex.text, ex.published)]
        if not any(value == ex.value and name == rule.name for _text, value, name in found):
            failures.append(f"example {ex.text!r} (published {ex.published}): want {ex.value}, got {found}")
    for text in rule.negatives:
        found = [(t.text, t.value) for t in tag(text, EXAMPLE_DATE) if t.rule == rule.name]
        if found:
            failures.append(f"negative {text!r}: got {found}")
    assert not failures, "\n".join(failures)


def test_rules_have_unique_names_and_triggers() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.triggers for r in RULES)


def test_every_timex_names_its_rule() -> None:
    text = ("The day after the inauguration on January 20, Jaishankar met Rubio. Fighting began on March 3, 2024. "
            "The next day, rebels fled.")
    found = tag(text, EXAMPLE_DATE)
    known = {r.name for r in RULES} | {"anchored"}
    assert found and all(t.rule in known for t in found)
    assert {t.rule for t in found} >= {"anchored", "anaphor", "mdy"}


def _all_texts() -> list[str]:
    """Every example and negative of every rule, and the seed articles: texts the `needs` are checked on."""
    texts = [ex.text for r in RULES for ex in r.cases()] + [t for r in RULES for t in r.negatives]
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    return texts + [p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir()) if p.suffix in (".txt", ".md")]


@pytest.mark.parametrize("rule", [r for r in RULES if r.needs is not None], ids=lambda r: r.name)
def test_needs_are_inside_every_match(rule: Rule) -> None:
    """A rule's `needs` only skip windows where it cannot match: every match of its pattern contains them."""
    assert rule.needs is not None
    missed = []
    for text in _all_texts():
        low = text.lower()
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and rule.needs.search(low, m.start(), m.end()) is None:
                missed.append(m.group())
    assert not missed, f"{rule.name}: matches without its needs: {missed[:5]}"
