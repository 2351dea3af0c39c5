"""People, countries and organisations, with every mention, the surface forms seen and stated roles.

Pure Python, no model. One regex pass splits the text into tokens; runs of capitalised tokens are the
candidates. A run is read right to left as [qualifier] [title] NAME ("US President Donald Trump",
"Apple CEO Steve Jobs", "Mr Modi"); the NAME part becomes a person when there is evidence for it:

- a title or honorific right before it, capitalised or not ("external affairs minister S. Jaishankar"),
- a known given name first ("Marco Rubio", people_given_names.py), or an initial ("S. Jaishankar"),
- an apposition stating a role (", the secretary of state,"), an age (", 51,"), a speech verb after a
  multi-word name ("Jusman Syafii Djamal said"), a known surname ("Jeb Bush" beside "George W. Bush");

and then every other mention of the same person in the document is linked to it: a surname alone
("Modi", "Modi's", "WALLACE:"), the name with an honorific ("Mr Jaishankar"), mentions at the start of a
sentence or in a headline. Without such evidence a capitalised word is nobody: sentence-initial words,
headline case, days, months, countries, nationalities, organisations ("State Department", "General
Motors"), places and things ("Hang Seng index") are not people. Social handles join the person they
sign for ("— Narendra Modi (@narendramodi)"), whose name they contain (@realDonaldTrump) or whose office
they name (@POTUS -> the US President of the document).

Countries are found by name (people_countries.py, canonical "United States" for "US"/"U.S."/"America"),
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
- `_handles`, `_countries`, `_orgs`: social handles, countries, organisations.
"""

from __future__ import annotations

from bot.extract.people._find import find_entities

__all__ = ["find_entities"]
