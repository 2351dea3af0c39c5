"""Role phrases: a title before a name, an apposition after it, a copula, or 'as' + role."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.facts import Role
from bot.extract.lexicon.countries import countries
from bot.extract.lexicon.names import NATIONALITIES
from bot.extract.lexicon.organisations import ORG_SUFFIXES
from bot.extract.lexicon.titles import (
    ABBREVIATED_TITLES,
    AFTER_ROLE_WORDS,
    HEAD_SUFFIXES,
    OF_TITLE_WORDS,
    OFFICIAL_HEADS,
    ORG_NOUNS,
    PORTFOLIO_HEADS,
    POST_HEAD_WORDS,
    ROLE_COPULAS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STRONG_TITLES,
    SUCCESSION_VERBS,
    TENURE_WORDS,
    TITLE_DETERMINERS,
)
from bot.extract.people._persons import Person, add_role
from bot.extract.people._tokens import Tok, is_cap, is_det

_ROLE_VOCAB = ROLE_HEADS | ROLE_MODIFIERS
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _norm_title(words: list[str], head: str) -> str:
    text = " ".join(words)
    expanded = ABBREVIATED_TITLES.get(text.rstrip("."))
    if expanded:
        return expanded
    if len(words) > 1 and words[-1].rstrip(".") in ABBREVIATED_TITLES:  # "Former Gov." -> "Former Governor"
        return _norm_title(words[:-1], words[0]) + " " + ABBREVIATED_TITLES[words[-1].rstrip(".")]
    if head.lower() in OFFICIAL_HEADS or words[0].lower() in ("chief", "vice") or any(w[:1].isupper() for w in words):
        return " ".join(
            w if w.isupper() and len(w) > 1 else (w.lower() if w.lower() in ("of", "for", "the", "and") else
                                                  "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
            for w in words
        )
    return text


@lru_cache(maxsize=8192)  # a pure function of the word, asked again and again of the same capitalised words
def is_role_word(w: str) -> bool:
    """A head or modifier of a title, an abbreviated title or an ordinal ("46th President")."""
    return w.lower() in _ROLE_VOCAB or w.rstrip(".") in ABBREVIATED_TITLES or bool(_ORDINAL.fullmatch(w)) \
        or _head_key(w) in ROLE_HEADS


def parse_role(words: list[Tok], text: str, rule: str, free_of: bool = True) -> tuple[Role, bool] | None:
    """Read [det] [tenure] [qualifier] [modifiers] HEAD [emeritus] [of/for X] from `words` (all of them); None
    if not a role. Words of tenure ("former", "acting") stay in the title: a former holder is not the holder.

    Returns the role, recording `rule` (the pattern that found the words), and whether its head is strong
    enough to make a following name a person.
    """
    n = len(words)
    k = 0
    tenure: list[Tok] = []
    while k < n and (_det_tok(words[k]) or words[k].text.lower() in TENURE_WORDS):
        if words[k].text.lower() in TENURE_WORDS:
            tenure.append(words[k])
        k += 1
    # The head: the last word before any of/for complement (or before "emeritus", "elect").
    stop = next((idx for idx in range(k, n) if words[idx].text.lower() in ("of", "for")), n)
    h = stop - 1
    post = 0
    while h > k and words[h].text.lower() in POST_HEAD_WORDS:
        h -= 1
        post += 1
    if h < k or not _is_head(words[h].text):
        return None
    t = h
    while t > k and is_role_word(words[t - 1].text) and words[t - 1].text not in countries() \
            and not words[t - 1].possessive:  # "the father's lawyer": the father is no title word
        t -= 1
    q_end = t  # adjectives between the qualifier and the title: "Real Madrid's veteran striker"
    while q_end > k and (is_det(words[q_end - 1].text) or words[q_end - 1].text.lower() in TENURE_WORDS):
        q_end -= 1
        if words[q_end].text.lower() in TENURE_WORDS:
            tenure.insert(0, words[q_end])
    qual_words = words[k:q_end]
    if not all(is_cap(w.text) or w.text in ("&", "-") for w in qual_words):
        return None
    complements = _of_complements(words, stop, text, free_of, words[h].text.lower())
    if complements is None:
        return None
    more_title, title_end, of_qualifier = complements
    title_words = [w.text for w in tenure] + [w.text for w in words[t:h + 1 + post]] + more_title
    qualifier = text[qual_words[0].start:qual_words[-1].end] if qual_words else None
    if of_qualifier is not None:
        qualifier = of_qualifier or qualifier
    if qualifier:
        qualifier = qualifier.removesuffix("'s").removesuffix("’s")
    head = words[h].text
    title = _norm_title(title_words, head)
    strong = _head_key(head) in STRONG_TITLES or head.rstrip(".") in ABBREVIATED_TITLES or len(title_words) > 1
    end = title_end if title_end is not None else words[h + post].end
    start = tenure[0].start if tenure else words[t].start
    return Role(title=title, qualifier=qualifier, start=start, end=end, rule=rule), strong


def _det_tok(t: Tok) -> bool:
    """A determiner, or one capitalised at the start of a sentence ("Veteran industrialist X"; not "New")."""
    return is_det(t.text) or (t.initial and t.text.lower() in TITLE_DETERMINERS and t.text != "New")


def _head_key(w: str) -> str:
    """The head as the lists spell it: lower case, without "-elect" ("minister-elect" -> "minister")."""
    low = w.lower()
    for suffix in HEAD_SUFFIXES:
        if low.endswith(suffix) and low not in ROLE_HEADS:
            return low.removesuffix(suffix)
    return low


def _is_head(w: str) -> bool:
    return _head_key(w) in ROLE_HEADS or w.rstrip(".") in ABBREVIATED_TITLES


def _of_complements(words: list[Tok], idx: int, text: str, free_of: bool,
                    head: str) -> tuple[list[str], int | None, str | None] | None:
    """The of/for groups from `idx` on: "of State" belongs to the title, "of India" is a qualifier, and
    after "of <organisation>" later groups belong to it ("Chamber of Commerce"). Returns the words added
    to the title, where the title then ends and the qualifier (None when unchanged); None if not a role."""
    n = len(words)
    title_words: list[str] = []
    title_end: int | None = None
    qualifier: str | None = None
    qual_start = -1  # set once a group is a qualifier: later groups extend it
    while idx < n and words[idx].text.lower() in ("of", "for"):
        nxt = idx + 1
        while nxt < n and words[nxt].text.lower() not in ("of", "for"):
            nxt += 1
        grp = words[idx + 1:nxt]
        core = [g for g in grp if g.text.lower() != "the"]
        kind = _of_group_kind(grp, core, qual_start >= 0, free_of, head)
        if kind is None:
            return None
        if kind == "unqualified":  # "chief executive of the company": a role, no qualifier to keep
            break
        if kind == "title":
            title_words += [words[idx].text] + [g.text for g in grp]
            title_end = grp[-1].end
        else:
            if kind == "qualifier":
                qual_start = core[0].start
            qualifier = text[qual_start:core[-1].end]
        idx = nxt
    return title_words, title_end, qualifier


def _of_group_kind(grp: list[Tok], core: list[Tok], in_qualifier: bool, free_of: bool, head: str) -> str | None:
    """What an of/for group adds: "more_qualifier", "title", "qualifier", "unqualified" (a role's, adding
    nothing), or None when it is not a role's."""
    if not core:
        return None
    joins = {id(g) for k, g in enumerate(grp) if g.text == "and" and 0 < k < len(grp) - 1
             and is_cap(grp[k - 1].text) and is_cap(grp[k + 1].text)}  # "of Commerce and Industry"
    capitalised = all(is_cap(g.text) or g.text.lower() in ("the", "&") or id(g) in joins for g in grp)
    if in_qualifier and capitalised:
        return "more_qualifier"
    named = [g for g in core if g.text != "&" and id(g) not in joins]
    joined = " ".join(g.text for g in core)
    if not in_qualifier and all(g.text.lower() in OF_TITLE_WORDS for g in named):
        return "title"
    if not in_qualifier and _head_key(head) in PORTFOLIO_HEADS and capitalised and _portfolio(named, joined):
        return "title"  # "Minister of Road Transport & Highways"
    if (free_of and capitalised) or joined in countries():
        return "qualifier"
    if free_of and core[-1].text in ORG_NOUNS and not capitalised:
        return "qualifier" if len(core) > 1 else "unqualified"  # "of the tax authority", "of the company"
    return None


def _portfolio(named: list[Tok], joined: str) -> bool:
    """Capitalised words after a minister's "of" that name the portfolio: not a country, a nationality or an
    organisation ("Minister of Finance of India": "India" is the qualifier)."""
    return bool(named) and joined not in countries() and not any(
        g.text in NATIONALITIES or g.text in countries() or g.text in ORG_SUFFIXES for g in named)


def _joins_portfolio(toks: list[Tok], i: int, first: int) -> bool:
    """An "and" inside a portfolio before the name at token `first`: "Minister of Commerce and Industry X" (not
    "the secretary of State and Sanders": there the name follows the "and")."""
    return toks[i].text == "and" and 1 < i < first - 1 and is_cap(toks[i - 1].text) and is_cap(toks[i + 1].text) \
        and toks[i - 2].text == "of" and toks[i - 2].sent == toks[i].sent == toks[first].sent


def role_before(toks: list[Tok], first: int, text: str) -> tuple[Role, bool] | None:
    """A role phrase that ends right before token `first` (optionally followed by a comma)."""
    i = first - 1
    sent = toks[first].sent
    if i >= 0 and toks[i].text == "," and toks[i].sent == sent:
        i -= 1
    words: list[Tok] = []
    while i >= 0 and toks[i].sent == sent and len(words) < 10:
        w = toks[i].text
        if not (w[:1].isalpha() or w == "&" or _ORDINAL.fullmatch(w)):
            break
        if not (is_cap(w) or is_role_word(w) or w.lower() in OF_TITLE_WORDS
                or w.lower() in ("of", "for", "&") or is_det(w) or _joins_portfolio(toks, i, first)):
            break
        words.append(toks[i])
        if toks[i].possessive and words[:-1]:
            # the possessor is the qualifier, with the capitalised words of its name ("Team India's")
            while i > 0 and toks[i - 1].sent == sent and is_cap(toks[i - 1].text) and len(words) < 10 \
                    and toks[i - 1].text[:1].isalpha() and not toks[i - 1].possessive:
                i -= 1
                words.append(toks[i])
            break
        i -= 1
    words.reverse()
    # Try the longest phrase first, then shorter ones (drop words from the left).
    for s in range(len(words)):
        got = parse_role(words[s:], text, "role_phrase_before_name", free_of=False)
        if got:
            return got
    return None


def role_after(toks: list[Tok], last: int, text: str) -> tuple[Role, bool] | None:
    """An apposition ', [the] ROLE [of X],' right after token `last`."""
    i = last + 1
    n = len(toks)
    if i >= n or toks[i].text != "," or toks[i].sent != toks[last].sent:
        return None
    i += 1
    words: list[Tok] = []
    while i < n and toks[i].sent == toks[last].sent and len(words) < 10:
        w = toks[i].text
        if not w[:1].isalpha() and w != "&":
            break
        if w.lower() == "and" and words:
            break
        words.append(toks[i])
        i += 1
    if not words or (i < n and toks[i].sent == toks[last].sent and toks[i].text not in ",.;:)—–"):
        return None
    return parse_role(words, text, "apposition_after_name")


def role_copular(toks: list[Tok], last: int, text: str) -> tuple[Role, bool] | None:
    """'Rubio is the secretary of state', 'Barra, who became chief executive in 2014': a role stated with a
    copula right after the name (only offices, so that 'is a leader in ...' is not taken)."""
    n = len(toks)
    i = last + 1
    sent = toks[last].sent
    if i < n and toks[i].text == "," and i + 1 < n and toks[i + 1].text == "who":
        i += 2
    if i >= n or toks[i].sent != sent or toks[i].text not in ROLE_COPULAS:
        return None
    i += 1
    if i < n and toks[i].text in ("now", "also", "currently", "still"):
        i += 1
    words: list[Tok] = []
    while i < n and toks[i].sent == sent and len(words) < 8 and toks[i].text[:1].isalpha():
        words.append(toks[i])
        i += 1
    for end in range(len(words), 0, -1):
        got = parse_role(words[:end], text, "copular_after_name")
        if got:
            nxt = words[end].text.lower() if end < len(words) else ""
            title_words = got[0].title.split(" of ")[0].lower().split()
            office = title_words[-1] in OFFICIAL_HEADS or title_words[-1] in STRONG_TITLES or len(title_words) > 1
            if (nxt and nxt not in AFTER_ROLE_WORDS) or not office:
                return None
            return got
    return None


def roles_after_as(people: list[Person], toks: list[Tok], text: str) -> None:
    """'X attended ... as Prime Minister Modi's special envoy': the role belongs to the sentence's subject;
    'the board named Y as chairman': to the person named right before "as"."""
    if not people:
        return
    subjects = _Subjects(people, toks)
    for k, t in enumerate(toks):
        if t.text != "as" or k + 1 >= len(toks):
            continue
        got = _role_after_as(toks, k, text)
        if not got:
            continue
        named = subjects.ending_at(k - 1)
        if named is not None and not subjects.succeeded(named[0]):
            got[0].rule = "as_role_of_named"
            add_role(named[1], got[0])
            continue
        first = subjects.of(k)
        if first is not None and first[0] < k:  # the first (leftmost) non-possessive person is the subject
            add_role(first[1], got[0])


def _role_after_as(toks: list[Tok], k: int, text: str) -> tuple[Role, bool] | None:
    """The role phrase after the "as" at token k, followed by nothing or a preposition."""
    # skip a possessor run ("Prime Minister Modi's") and determiners
    n = len(toks)
    m = k + 1
    words: list[Tok] = []
    while m < n and toks[m].sent == toks[k].sent and len(words) < 8:
        w = toks[m]
        if not w.text[:1].isalpha():
            break
        words.append(w)
        m += 1
        if w.possessive:
            words = []
    # the longest prefix of the words that is a role phrase
    for end in range(len(words), 0, -1):
        got = parse_role(words[:end], text, "as_role_of_subject")
        if got:
            nxt = words[end].text.lower() if end < len(words) else ""
            return None if nxt and nxt not in AFTER_ROLE_WORDS else got
    return None


class _Subjects:
    """The subject of a sentence: its first (leftmost) token that is a non-possessive person mention, found
    once per sentence that needs it (scanning back from every "as" to the sentence start was quadratic in
    the sentence length)."""

    def __init__(self, people: list[Person], toks: list[Tok]) -> None:
        self.toks = toks
        self.owner: dict[int, Person] = {}
        self.by_end: dict[int, tuple[int, Person]] = {}  # end offset -> (index of the first token, person)
        starts: dict[int, int] = {}
        for p in people:
            for s, _ in p.mentions:
                self.owner[s] = p
                starts[s] = -1
        for i, t in enumerate(toks):
            if t.start in starts:
                starts[t.start] = i
        for p in people:
            for s, e in p.mentions:
                self.by_end[e] = (starts[s], p)
        self.found: dict[int, tuple[int, Person] | None] = {}

    def ending_at(self, k: int) -> tuple[int, Person] | None:
        """(start offset, person) of the mention ending with token k (not a possessive: "Modi's" owns)."""
        if k < 0 or self.toks[k].possessive:
            return None
        return self.by_end.get(self.toks[k].end)

    def succeeded(self, k: int) -> bool:
        """Is the mention starting at token k the object of a verb of succession ("succeeded the campaign
        manager Mr. Taylor as chairman": the role is the subject's)? Looks a few words back in the sentence."""
        toks = self.toks
        for q in range(k - 1, max(-1, k - 7), -1):
            if toks[q].sent != toks[k].sent:
                break
            if toks[q].text.lower() in SUCCESSION_VERBS:
                return True
        return False

    def of(self, k: int) -> tuple[int, Person] | None:
        """(token index, person) of the subject of token k's sentence, None when it has none."""
        toks = self.toks
        sent = toks[k].sent
        if sent not in self.found:
            q = k
            while q > 0 and toks[q - 1].sent == sent:
                q -= 1
            self.found[sent] = None
            while q < len(toks) and toks[q].sent == sent:
                p = self.owner.get(toks[q].start)
                if p is not None and not toks[q].possessive:
                    self.found[sent] = (q, p)
                    break
                q += 1
        return self.found[sent]
