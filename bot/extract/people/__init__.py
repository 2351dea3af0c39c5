"""People, countries and organisations, with every mention, the surface forms seen and stated roles.

Pure Python, no model. One regex pass splits the text into tokens; runs of capitalised tokens are the
candidates. A run is read right to left as [qualifier] [title] NAME ("US President Donald Trump",
"Apple CEO Steve Jobs", "Mr Modi"); the NAME part becomes a person when there is evidence for it:

- a title or honorific right before it, capitalised or not ("external affairs minister S. Jaishankar"),
- a known given name first ("Marco Rubio", lexicon/given_names.py), or an initial ("S. Jaishankar"),
- an apposition stating a role (", the secretary of state,"), an age (", 51,"), a speech verb after a
  multi-word name ("Jusman Syafii Djamal said"), a known surname ("Jeb Bush" beside "George W. Bush");
- else the context: what is said around every mention of the name is said of people ("congratulated
  Sudhir", "Sisodia and Atishi rejoiced", a "him" referring back), see `_context`;

and then every other mention of the same person in the document is linked to it: a surname alone
("Modi", "Modi's", "WALLACE:"), the name with an honorific ("Mr Jaishankar"), mentions at the start of a
sentence or in a headline. Without such evidence a capitalised word is nobody: sentence-initial words,
headline case, days, months, countries, nationalities, organisations ("State Department", "General
Motors"), places and things ("Hang Seng index") are not people. Social handles join the person they
sign for ("— Narendra Modi (@narendramodi)"), whose name they contain (@realDonaldTrump) or whose office
they name (@POTUS -> the US President of the document).

Countries are found by name (lexicon/countries.py, canonical "United States" for "US"/"U.S."/"America"),
organisations when a capitalised name ends in an organisation word ("Department", "Inc", "Airlines") or
is spelled out before its acronym ("United States Air Force (USAF)").

Mentions are the name itself (without titles, without "'s"); the titles are roles (normalised, with the
country/organisation qualifier and the span where stated) and the full surface forms are aliases.

The package, in the order the stages run (`_find.find_entities`):

- `_tokens`: tokens and the word tests every step shares;
- `_headlines`: which sentences are headlines (their capitals say nothing);
- `_candidates`: runs of capitalised tokens read as [qualifier] [title] NAME, with the evidence;
- `_roles`: role phrases before, after (apposition, copula) and 'as' + role;
- `_persons` and `_merge`: the people found, and linking later mentions to them;
- `_context` (with `_antecedents`, what a pronoun refers back to): names without evidence of their own that
  the context shows to be people's;
- `_deeds`: roles from what people did when no title is given (a medal won: "silver medallist");
- `_title_refs`: title-only references bound to the holder of the office;
- `_handles`, `_countries`, `_orgs`: social handles, countries, organisations.

Every Entity records in `rule` the evidence that first made it ("title_then_name", "given_name_first",
"apposition_after_name", "relative_of_known", "in_context:<cues>", "country_list", "org_suffix"...), every
Role the pattern that stated it ("title_before_name", "role_phrase_before_name", "apposition_after_name",
"copular_after_name", "as_role_of_subject", "as_role_of_named", "title_only_reference", "medal_won");
tests/extract/test_people.py has one example per rule (tests/extract/people/test_people_in_context.py one
per context cue). A role keeps its words of tenure and ordinals ("Former Prime Minister", "46th President")
and the possessor or the "of" group as qualifier ("Team India's stand-in skipper"). Title-only references
("the Russian leader", "The PM", "Delhi CM") are aliases of the one person holding the office
(`_title_refs`); tests/extract/people/ has one case per error class.

How to add a rule:

- A title or role word: its head noun goes in `ROLE_HEADS` (and `STRONG_TITLES` if, capitalised before a
  name, it alone makes a person; `OFFICIAL_HEADS` if it is normalised to title case), a word that may
  precede the head in `ROLE_MODIFIERS`, a word after "of" that belongs to the title in `OF_TITLE_WORDS`, an
  honorific in `HONORIFICS`, an abbreviation in `ABBREVIATED_TITLES` (all in bot/extract/lexicon/titles.py).
- A word that is never a person: a function word in `NAME_STOP_WORDS` (lexicon/stopwords.py), the last word
  of an organisation in `ORG_SUFFIXES` (lexicon/organisations.py), a place in `PLACES` or its first/last word
  in `PLACE_PREFIXES`/`PLACE_SUFFIXES` (lexicon/places.py), a noun after a name that makes it a thing in
  `THING_FOLLOWERS`, a whole name in `KNOWN_NON_PEOPLE` (lexicon/names.py). Add a case to `NOT_PEOPLE` or a
  test in tests/extract/test_people.py.
- A new role pattern: a function in `_roles.py` that collects the words and calls `parse_role(words, text,
  "<rule_name>")`, called from `_candidates.analyse_run` (for evidence: return its rule name from one of the
  `_title_*`/`_role_after_name`/`_name_evidence` steps) or from `_find.find_entities` (a pass over all people,
  like `roles_after_as`). Add its example to `RULE_CASES` in tests/extract/test_people.py.
- New evidence that a run is a person: a branch returning a new rule name in `_name_evidence` (evidence from
  the name itself) or `_role_after_name` (from what follows); `RULE_CASES` again.

Then run tests/extract/test_golden.py: it must stay green unless the change is meant to change output, in
which case regenerate the golden files in a commit of their own.
"""

from __future__ import annotations

from bot.extract.people._find import find_entities

__all__ = ["find_entities"]
