"""Quotations with their speakers: direct, partial, and embedded social-media posts.

Rules, no model. Quotations are found by pairing quote marks (_marks: curly, straight, '' and ’’,
single; unbalanced marks never raise); each is then classified:

- direct: the quotation stands as its own clause — it opens the sentence or follows a cue frame
  ("X said:", "X said,", "X said that", "X called it") — or is a sentence of its own ("“We lost.”").
  Its speaker, first found wins: the frame before it (unless the quotation ends with a comma, which
  announces a cue after it); a cue after it (“…,” X said / “…,” said X / “…,” X, a ..., said /
  “…,” X (D-Ore.) said / “….” X said. — the last only when that sentence ends soon after the cue);
  any cue earlier in the sentence; a paragraph ending with a colon; a signature line ("- Sanders.");
  the previous sentence ending with its speaker ("... Musser says. “…”"); else it continues the previous
  attributed quotation of the same or previous paragraph.
- partial: a phrase quoted inside a sentence; the speaker is the name right before the marks ("with Mr
  Modi “committing to …”"), the cue right after it (“…,” Hoover said), the subject of the nearest
  communication verb before it, the speaker of the previous partial in the same sentence (coordinated
  phrases), else the subject of the sentence when the sentence has a communication verb or noun.
  Scare quotes of one or two words with no communication verb or noun are dropped, and so are titles
  (“Fox and Friends”).
- post: lines without quote marks signed by "— Name (@handle) Month D, YYYY" (on the next line or at the
  end of the same line): the paragraph before the signature plus earlier short lines that read like the
  same post (social marks or first person, no quote marks, 280 characters at most).

Quote.text is the words inside the marks, exactly text[start:end]; for a quotation running over several
paragraphs, start/end cover all of it and text joins the paragraphs' words with single spaces (the reopening
marks left out). Speaker mentions are local (the pronoun or "the minister" that attributes the quote),
resolved to an entity name by _resolver.Resolver.

Modules: _marks (pairing marks), _tokens (tokens, noun phrases), _resolver (mention -> entity), _subjects
and _cues (speaker searches), _sentences (per-sentence shared work), _posts, _direct, _partial, _find.
"""

from __future__ import annotations

from bot.extract.quotes._find import find_quotes
from bot.extract.quotes._tokens import PRONOUNS

__all__ = ["PRONOUNS", "find_quotes"]
