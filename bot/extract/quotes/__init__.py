"""Quotations with their speakers: direct, partial, and embedded social-media posts.

Rules, no model. Quotations are found by pairing quote marks (_marks: curly, straight, '' and ’’,
single; unbalanced marks never raise); each is then classified:

- direct: the quotation stands as its own clause — it opens the sentence or follows a cue frame
  ("X said:", "X said,", "X said that", "X called it") — or is a sentence of its own ("“We lost.”").
  Its speaker: the first of _direct.DIRECT_STRATEGIES that answers — the second half of a quotation split
  by its cue; the frame before it (unless the quotation ends with a comma, which announces a cue after
  it); a cue after it (“…,” X said / “…,” said X / “…,” X, a ..., said / “…,” X (D-Ore.) said / “….” X
  said. — the last only when that sentence ends soon after the cue); any cue earlier in the sentence; a
  paragraph ending with a colon; a heading naming whose statement follows ("Read the full statement of
  X"); a signature line ("- Sanders."); the previous sentence ending with its
  speaker ("... Musser says. “…”"); else it continues the previous attributed quotation of the same or
  previous paragraph; else it has no speaker (rule "unattributed").
- partial: a phrase quoted inside a sentence; its speaker, the first of _partial.PARTIAL_STRATEGIES that
  answers: the name right before the marks ("with Mr Modi “committing to …”"), the cue right after it
  (“…,” Hoover said), the subject of the nearest communication verb before it, the speaker of the previous
  partial in the same sentence (coordinated phrases), else the subject of the sentence when the sentence
  has a communication verb or noun. A partial quotation with no speaker is dropped (scare quotes of one or
  two words with no communication verb or noun), and so are titles (“Fox and Friends”).
- post: lines without quote marks signed by "— Name (@handle) Month D, YYYY" (on the next line or at the
  end of the same line): the paragraph before the signature plus earlier short lines that read like the
  same post (social marks or first person, no quote marks, 280 characters at most).

Quote.text is the words inside the marks, exactly text[start:end]. A quotation running over several
paragraphs (each opens a mark, only the last closes) is attributed as one and given as one Quote per
paragraph, each with its speaker (the reopening marks left out).

Speaker mentions are local (the pronoun or "the minister" that attributes the quote), resolved to an
entity name by _resolver.Resolver: a pronoun to the salient one (_salience: whom the sentence
before reports, or its subject; never a name inside a quotation, never the listener), else the nearest
fitting entity; a title ("the Kremlin spokesman", "the defense chief") to the person holding it (_roles); a
body ("the ministry", "the company", "the panel") or "it" to the organisation named before (an organisation
entity, the organisation of a role, or an affiliation: "Acme chief executive Jane Roe"). Every Quote's
`rule` names the strategy that found its speaker ("cue_after_quote", "sentence_subject", "post_signature"...),
so a wrong answer can be traced.

To add a strategy: write `def my_strategy(ctx: QuoteContext) -> Attribution | None` in _direct or
_partial (everything about the quotation is on the context, computed once: see _context), put it in
DIRECT_STRATEGIES or PARTIAL_STRATEGIES where it should take precedence, and give it examples and a
negative in tests/extract/quotes/test_strategies.py (a test fails for a strategy without them).

Modules: _marks (pairing marks), _tokens (tokens, noun phrases), _resolver (mention -> entity), _roles
(titles and bodies), _salience (whom a pronoun names), _subjects and _cues (speaker searches), _sentences
(per-sentence shared work), _context (QuoteContext, Attribution), _direct and _partial (the strategies),
_posts, _find (find_quotes: the order of the stages).
Word lists: bot/extract/lexicon/speech.py (cue verbs and nouns) and speakers.py (pronouns, titles, roles).
"""

from __future__ import annotations

from bot.extract.lexicon.speakers import PRONOUNS
from bot.extract.quotes._find import find_quotes

__all__ = ["PRONOUNS", "find_quotes"]
