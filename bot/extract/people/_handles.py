"""Social handles: a signature '— Name (@handle)', a handle containing a name, or an office (@POTUS)."""

from __future__ import annotations

from bot.extract.lexicon.countries import countries
from bot.extract.lexicon.titles import INSTITUTIONAL_HANDLES
from bot.extract.people._persons import Person, name_key
from bot.extract.people._tokens import Tok


def link_handles(people: list[Person], toks: list[Tok], text: str) -> None:
    """@handles: a signature '— Name (@handle)', a handle containing a person's name, or @POTUS-like offices."""
    if not people or "@" not in text:  # no token is a handle
        return
    by_end = {e: p for p in people for _, e in p.mentions}
    by_part: _HandleParts | None = None  # built at the first handle that needs it
    offices: dict[str, Person | None] = {}
    for k, t in enumerate(toks):
        if not t.text.startswith("@") or len(t.text) < 3:
            continue
        handle = t.text
        low = handle[1:].lower()
        person = None
        if k >= 2 and toks[k - 1].text == "(":
            person = by_end.get(toks[k - 2].end)
        if person is None:
            by_part = by_part or _HandleParts(people)
            person = _best_named(by_part, low)
        if person is None and low in INSTITUTIONAL_HANDLES:
            if low not in offices:  # roles do not change here: one look per office handle
                offices[low] = _office_holder(people, *INSTITUTIONAL_HANDLES[low])
            person = offices[low]
        if person is not None:
            person.add_alias(handle)
            person.add_mention((t.start, t.end))


def _best_named(by_part: _HandleParts, low: str) -> Person | None:
    """The person whose name the handle (lower case, without "@") contains, most name parts first."""
    person = None
    best = 0
    for p, parts in by_part.candidates(low):
        score = 1 + sum(1 for w in parts[:-1] if w in low)  # "@JoeBiden" over "Hunter Biden"
        if score > best:
            person, best = p, score
    return person


def _office_holder(people: list[Person], title: str, country: str) -> Person | None:
    """The one person holding `title` (for `country` when several hold it), None if not known."""
    holders = [p for p in people if any(r.title == title for r in p.roles)]
    qualified = [p for p in holders if any(r.title == title and r.qualifier and
                                           countries().get(r.qualifier) == country for r in p.roles)]
    if len(qualified) == 1:
        return qualified[0]
    if len(holders) == 1:
        return holders[0]
    return None


class _HandleParts:
    """People by the last part of their name as handles spell it ("jaishankar"), so that the people whose
    name a handle contains are found from the handle's substrings instead of trying every person for
    every handle (quadratic in a live blog quoting hundreds of posts)."""

    def __init__(self, people: list[Person]) -> None:
        self.by_last: dict[str, list[tuple[int, Person, list[str]]]] = {}
        for ordinal, p in enumerate(people):
            parts = [name_key(w).rstrip(".").replace("'", "").lower() for w in p.tokens if len(w.rstrip(".")) > 2]
            if parts:
                self.by_last.setdefault(parts[-1], []).append((ordinal, p, parts))
        self.lengths = sorted({len(k) for k in self.by_last})

    def candidates(self, low: str) -> list[tuple[Person, list[str]]]:
        """(person, parts) for every person whose last part is in `low`, in the people's order."""
        found: dict[int, tuple[Person, list[str]]] = {}
        for size in self.lengths:
            for i in range(len(low) - size + 1):
                for ordinal, p, parts in self.by_last.get(low[i:i + size], ()):
                    found[ordinal] = (p, parts)
        return [found[o] for o in sorted(found)]

