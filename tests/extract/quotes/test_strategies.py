"""Each attribution strategy by name: short sentences it attributes, and one it must not.

The sentences are made up for this project (MIT). An example says which quotation (words inside the marks)
the strategy attributes, and to which speaker mention; it must be the strategy that answers (the `rule` on
the Quote). A negative is a quotation the strategy itself finds no speaker for, called by name on the
quotation's context (trace_quotes), and says which strategy answers instead (None: the quotation is dropped).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.extract import DocumentMeta, extract
from bot.extract.facts import Quote
from bot.extract.quotes import find_quotes
from bot.extract.quotes._context import UNATTRIBUTED, Attribution, QuoteContext
from bot.extract.quotes._direct import DIRECT_STRATEGIES
from bot.extract.quotes._find import trace_quotes
from bot.extract.quotes._partial import PARTIAL_STRATEGIES
from bot.extract.text import split_sentences

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
POST_RULES = ("post_signature", "post_inline_signature", "post_after_frame")


@dataclass(frozen=True)
class Example:
    """`rule` attributes the quotation holding `words` in `text` to the mention `speaker`."""

    rule: str
    text: str
    words: str
    speaker: str | None  # None: the quotation is kept with no speaker (direct only)


@dataclass(frozen=True)
class Negative:
    """`rule` must not answer for the quotation holding `words`: `instead` does (None: the quote is dropped)."""

    rule: str
    text: str
    words: str
    instead: str | None


EXAMPLES = [
    # direct
    Example("continues_split_quote", "“We will win this,” she told reporters, “and we will win it soon.”",
            "and we will win", "she"),
    Example("continues_split_quote", "“It is over,” the coach said after the game, “but we will be back.”",
            "we will be back", "the coach"),
    Example("frame_before", "The mayor said: “The bridge will open in May.”", "bridge", "The mayor"),
    Example("frame_before", "Smith told reporters, “We are not leaving.”", "not leaving", "Smith"),
    # a comma inside the marks, but no reporting verb right after: the frame speaks
    Example("frame_before", "Smith said, “We are not leaving,” his aide Roe confirmed on Friday.", "not leaving",
            "Smith"),
    Example("cue_after_quote", "“The bridge will open in May,” the mayor said.", "bridge", "the mayor"),
    Example("cue_after_quote", "“Taxes will fall,” said Smith.", "Taxes", "Smith"),
    Example("cue_earlier_in_sentence", "Smith said on Monday, “We lost the vote today,” and walked out.",
            "lost the vote", "Smith"),
    Example("colon_paragraph_before", "The senator told the crowd:\n\n“We will not give up.”", "give up",
            "The senator"),
    Example("heading_before", "Read the full statement of Acme chair Jane Roe\n\n“We say farewell to a friend.”",
            "farewell", "Acme chair Jane Roe"),
    Example("heading_before", "Roe’s full statement\n\n“We say farewell to a friend.”", "farewell", "Roe’s"),
    Example("signature_line_after", "“Never give up.”\n- Winston Churchill.", "Never", "Winston Churchill"),
    Example("speaker_ends_previous_sentence", "The strike is over, Musser says. “We got what we wanted.”",
            "what we wanted", "Musser"),
    Example("continues_previous_quote", "“We won,” Smith said.\n\n“It was a long night.”", "long night", "Smith"),
    Example(UNATTRIBUTED, "“Nobody knows what happens next.”", "Nobody knows", None),
    # partial
    Example("name_before_marks", "The talks ended with Mr Modi “committing to a trusted partnership”.",
            "committing", "Mr Modi"),
    Example("cue_after_comma", "The plan was “a total disaster,” Hoover said on Friday.", "total disaster",
            "Hoover"),
    Example("cue_after_comma", "The deal is “a historic step for both nations”, according to the ministry.",
            "historic step", "the ministry"),
    Example("according_to_before", "According to the ministry, the deal is “a historic step for both nations”.",
            "historic step", "the ministry"),
    Example("subject_of_cue_before", "The minister called the deal “a historic step”.", "historic step",
            "The minister"),
    Example("participle_shares_previous_partial",
            "Smith praised the “bold vision” of the plan, calling it “a turning point”.", "turning point", "Smith"),
    Example("participle_sentence_subject", "Smith left the room, calling the vote “a disgrace for democracy”.",
            "disgrace", "Smith"),
    Example("cue_after_phrase", "The deal was “a historic step” said Hoover.", "historic step", "Hoover"),
    Example("cue_after_phrase", "The deal was “a historic step” Hoover said.", "historic step", "Hoover"),
    Example("coordinated_shares_previous_partial",
            "The talks ended with Mr Modi “committing to peace” and “working for prosperity” in the end.",
            "working for prosperity", "Mr Modi"),
    Example("sentence_subject", "Smith has a “bold vision for the city” in his statement.", "bold vision", "Smith"),
    # posts
    Example("post_signature", "Great day at the plant. #jobs\n— Jane Roe (@janeroe) March 3, 2024", "Great day",
            "Jane Roe"),
    Example("post_inline_signature", "Great day at the plant. #jobs — Jane Roe (@janeroe) March 3, 2024",
            "Great day", "Jane Roe"),
    Example("post_after_frame", "Mayor Jane Roe wrote on X:\n\nGreat day at the plant! #jobs\n\nMore news.",
            "Great day", "Mayor Jane Roe"),
    Example("post_after_frame", "Jane Roe posted on Instagram: So proud of this team tonight", "So proud",
            "Jane Roe"),
]

NEGATIVES = [
    # a sentence end between the halves: not a split quotation
    Negative("continues_split_quote", "“We will win this,” she told reporters. “And we will win it soon.”",
             "And we will", "speaker_ends_previous_sentence"),
    # a quotation ending with a comma announces a cue after it, which wins over the frame before
    Negative("frame_before", "The mayor said: “The bridge will open in May,” the builder added.", "bridge",
             "cue_after_quote"),
    # the quotation ended its sentence, and "Smith said he ..." reports something else
    Negative("cue_after_quote", "“Taxes will fall.” Smith said he would vote against the bill.", "Taxes",
             UNATTRIBUTED),
    Negative("cue_earlier_in_sentence", "On Monday, “We lost the vote today,” and then silence.", "lost the vote",
             None),
    Negative("colon_paragraph_before", "The senator told the crowd.\n\n“We will not give up.”", "give up",
             UNATTRIBUTED),
    # a sentence, not a heading: it ends with a full stop
    Negative("heading_before", "Roe read the full statement of the board.\n\n“We say farewell to a friend.”",
             "farewell", UNATTRIBUTED),
    Negative("signature_line_after", "“Never give up.”\nWinston Churchill was right about that.", "Never",
             UNATTRIBUTED),
    Negative("speaker_ends_previous_sentence", "The strike is over. “We got what we wanted.”", "what we wanted",
             UNATTRIBUTED),
    # a paragraph with no quotation between: the earlier quotation is not continued
    Negative("continues_previous_quote", "“We won,” Smith said.\n\nThe count went on.\n\n“It was a long night.”",
             "long night", UNATTRIBUTED),
    Negative(UNATTRIBUTED, "“We won,” Smith said.", "We won", "cue_after_quote"),
    # the name is the object of a cue verb, not after "with" or a comma
    Negative("name_before_marks", "The minister praised Modi “for his courage”.", "courage", "subject_of_cue_before"),
    Negative("cue_after_comma", "The plan was “a total disaster” Hoover said.", "total disaster", "cue_after_phrase"),
    # "the plan" is no speaker: nothing attributes the phrase
    Negative("according_to_before", "According to the plan, the deal is “a historic step for both nations”.",
             "historic step", None),
    Negative("subject_of_cue_before", "Smith left the room, calling the vote “a disgrace for democracy”.",
             "disgrace", "participle_sentence_subject"),
    Negative("participle_shares_previous_partial",
             "Smith left the room, calling the vote “a disgrace for democracy”.", "disgrace",
             "participle_sentence_subject"),
    # nothing before the participle to be its subject
    Negative("participle_sentence_subject", "Then, calling the vote “a disgrace for democracy”, they left.",
             "disgrace", "sentence_subject"),
    # "The deal" is the subject: Hoover said nothing, and the phrase has no speaker
    Negative("cue_after_phrase", "The deal was “a historic step” for Hoover.", "historic step", None),
    # the earlier partial quotation is in another sentence
    Negative("coordinated_shares_previous_partial",
             "The talks ended with Mr Modi “committing to peace”. Others were “working for prosperity” in the end.",
             "working for prosperity", "sentence_subject"),
    # two words, no cue in the sentence: scare quotes
    Negative("sentence_subject", "Smith wants a “bold vision” soon.", "bold vision", None),
    # a signature without a handle signs no post
    Negative("post_signature", "Great day at the plant.\n— Jane Roe, March 3, 2024", "Great day", None),
    # a frame that is no social post: the writer's own summary follows, nobody is quoted
    Negative("post_after_frame", "The minister said:\n\nThe budget is balanced and taxes will fall.", "budget",
             None),
    Negative("post_inline_signature", "Great day at the plant. #jobs\n— Jane Roe (@janeroe) March 3, 2024",
             "Great day", "post_signature"),
]

STRATEGIES = {s.__name__: s for s in (*DIRECT_STRATEGIES, *PARTIAL_STRATEGIES)}
RULES = [s.__name__ for s in DIRECT_STRATEGIES] + [UNATTRIBUTED] + [s.__name__ for s in PARTIAL_STRATEGIES] + [
    *POST_RULES
]


def quote_with(text: str, words: str) -> Quote | None:
    found = [q for q in find_quotes(text, split_sentences(text), []) if words in q.text]
    assert len(found) <= 1, [q.text for q in found]
    return found[0] if found else None


def strategy_on(rule: str, text: str, words: str) -> Attribution | None:
    """The strategy named `rule` called on the context of the quotation holding `words`, as it stood when
    that quotation was attributed."""
    strategy = STRATEGIES[rule]
    for ctx, _q in trace_quotes(text, split_sentences(text), []):
        if words in ctx.quoted:
            return strategy(ctx)
    raise AssertionError(f"no quotation holding {words!r}")


def mention(text: str, found: Quote | Attribution | None) -> str | None:
    if isinstance(found, Attribution):
        return text[found.start : found.end]
    return text[found.speaker_start : found.speaker_end] if found and found.speaker_start is not None else None


def test_strategy_order_is_the_precedence() -> None:
    """The order of the tuples is the precedence: first that answers wins. Changing it changes answers."""
    assert [s.__name__ for s in DIRECT_STRATEGIES] == [
        "continues_split_quote", "frame_before", "cue_after_quote", "cue_earlier_in_sentence",
        "colon_paragraph_before", "heading_before", "signature_line_after", "speaker_ends_previous_sentence",
        "continues_previous_quote",
    ]
    assert [s.__name__ for s in PARTIAL_STRATEGIES] == [
        "name_before_marks", "cue_after_comma", "according_to_before", "subject_of_cue_before",
        "participle_shares_previous_partial", "participle_sentence_subject", "cue_after_phrase",
        "coordinated_shares_previous_partial", "sentence_subject",
    ]


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_has_examples_and_a_negative(rule: str) -> None:
    assert any(e.rule == rule for e in EXAMPLES), f"{rule} has no example"
    assert any(n.rule == rule for n in NEGATIVES), f"{rule} has no negative"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.rule)
def test_example(example: Example) -> None:
    q = quote_with(example.text, example.words)
    assert q is not None, f"no quotation holding {example.words!r}"
    assert (q.rule, mention(example.text, q)) == (example.rule, example.speaker)
    if example.rule in STRATEGIES:
        assert mention(example.text, strategy_on(example.rule, example.text, example.words)) == example.speaker


@pytest.mark.parametrize("negative", NEGATIVES, ids=lambda n: n.rule)
def test_negative(negative: Negative) -> None:
    assert negative.instead != negative.rule
    if negative.rule in STRATEGIES:
        assert strategy_on(negative.rule, negative.text, negative.words) is None
    q = quote_with(negative.text, negative.words)
    assert (q.rule if q is not None else None) == negative.instead


def test_the_context_is_computed_once() -> None:
    """One QuoteContext per quotation: the strategies share its answers (the cue after it is looked for once)."""
    text = "The deal was “a historic step” said Hoover."
    ((ctx, q),) = list(trace_quotes(text, split_sentences(text), []))
    assert isinstance(ctx, QuoteContext) and q is not None and q.rule == "cue_after_phrase"
    assert "cue_after" in vars(ctx) and ctx.cue_after is vars(ctx)["cue_after"]


def test_every_seed_quote_names_its_rule() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        facts = extract(path.read_text(encoding="utf-8"), DocumentMeta(name=path.name))
        rules = {q.rule for q in facts.quotes}
        assert rules and rules <= set(RULES), (path.name, rules)
