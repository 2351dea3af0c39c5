"""Candidates: runs of capitalised tokens, read as [qualifier] [title] NAME, with the evidence for a person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.facts import Role
from bot.extract.lexicon.countries import countries
from bot.extract.lexicon.given_names import given_names
from bot.extract.lexicon.names import (
    GROUP_WORDS,
    HYPHEN_DESCRIPTORS,
    KNOWN_NON_PEOPLE,
    NAME_CONNECTORS,
    NAME_SUFFIXES,
    NATIONALITIES,
    SAID_AFTER_GIVEN_NAME,
    SAID_BEFORE_NAME,
    SPEECH_VERBS_AFTER_NAME,
    THING_FOLLOWERS,
)
from bot.extract.lexicon.organisations import ORG_SUFFIXES, SURNAME_LIKE_ORG_WORDS
from bot.extract.lexicon.places import DIRECTIONS, PLACE_PREFIXES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, PLACES
from bot.extract.lexicon.stopwords import FULL_MONTH_AND_WEEKDAY_NAMES, HEADLINE_CAPITALISED_WORDS
from bot.extract.lexicon.titles import (
    ABBREVIATED_TITLES,
    HONORIFICS,
    OF_TITLE_WORDS,
    ROLE_HEADS,
    STRONG_TITLES,
    TENURE_WORDS,
    TRAILING_TITLES,
)
from bot.extract.people._roles import is_role_word, parse_role, role_after, role_before, role_copular
from bot.extract.people._tokens import Tok, is_cap, is_stop

_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@dataclass(slots=True)
class Candidate:
    first: int  # token index range of the name core
    last: int
    prefix_first: int  # first token of [qualifier] [title] before the core inside the run
    title_first: int  # first title/honorific token inside the run (== first when none)
    evidence: bool
    roles: list[Role]
    rule: str = ""  # the evidence that makes it a person ("title_then_name", "given_name_first"...)


def capitalised_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised tokens (with name connectors), within one sentence."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        first = toks[i].text[:1]
        if not (first.isupper() and first.isalpha()):  # not is_cap, or not a word: most tokens
            i += 1
            continue
        j = i + 1
        if not toks[i].possessive:
            while j < n and toks[j].sent == toks[i].sent:
                w = toks[j].text
                if w[:1].isalpha() and is_cap(w):
                    j += 1
                    if toks[j - 1].possessive:
                        break
                    continue
                if (w in NAME_CONNECTORS and j + 1 < n and toks[j + 1].sent == toks[i].sent
                        and is_cap(toks[j + 1].text) and toks[j + 1].text[:1].isalpha()):
                    j += 1
                    continue
                break
        start = i
        for k in range(i + 1, j - 1):
            nxt = toks[k + 1].text
            if toks[k].text in ORG_SUFFIXES and not given_and_suffix([toks[k - 1].text, toks[k].text]) and (
                    nxt in given_names() or nxt.rstrip(".") in HONORIFICS or nxt.lower() in ROLE_HEADS
                    or nxt.rstrip(".") in ABBREVIATED_TITLES):
                out.append((start, k + 1))
                start = k + 1
        out.append((start, j))
        i = j
    return out


def _country_prefix(words: list[str], at: int) -> int:
    """How many words from `at` spell a multi-word country ("United States"), 0 if none."""
    cmap = countries()
    for k in (4, 3, 2):
        if at + k <= len(words) and " ".join(words[at:at + k]) in cmap:
            return k
    return 0


def _bad_core(words: list[str]) -> bool:
    """Words that cannot be a person's name: a country, an organisation or a place, a date, a role, a
    descriptor ("Texas-based"), an acronym..."""
    cmap = countries()
    joined = " ".join(words)
    if joined in cmap or len(words) > 5 or joined in KNOWN_NON_PEOPLE:
        return True
    last = words[-1]
    if (last in ORG_SUFFIXES or last in PLACE_SUFFIXES) and not given_and_suffix(words):
        return True
    if (words[0] in PLACE_PREFIXES or words[0] in DIRECTIONS) and len(words) > 1:
        return True
    if any(_bad_word(w, words) for w in words):
        return True
    if all(is_role_word(w) or w.lower() in OF_TITLE_WORDS for w in words) or last in TRAILING_TITLES:
        return True
    if any(w.rpartition("-")[2].lower() in HYPHEN_DESCRIPTORS for w in words if "-" in w):
        return True  # "Lindsey Graham-type", "Texas-based"
    if all(w in PLACES for w in words):
        return True
    if last in PLACES and words[0] not in given_names():
        return True
    return all(len(w) > 1 and w.isupper() for w in words)  # acronyms, "WEEKLY STANDARD"


def _bad_word(w: str, words: list[str]) -> bool:
    """A word that no name of a person holds: a month or weekday, a country, digits, a function word, a
    nationality (except as the surname after a given name: "Mark Cuban")."""
    if w.lower() in FULL_MONTH_AND_WEEKDAY_NAMES or w in countries() or (not w.isalpha()
                                                                          and any(c.isdigit() for c in w)):
        return True
    last = words[-1]
    if w in NATIONALITIES and not (w is last and len(words) > 1 and words[0] in given_names()
                                   and w not in GROUP_WORDS):
        return True  # "Indian", but "Mark Cuban"
    return is_stop(w) and w not in NAME_SUFFIXES


def _skip_descriptors(toks: list[Tok], first: int, last: int, seen_lower: set[str]) -> int:
    """Skip words before a given name that describe rather than name: "Government Affairs Phil Smith",
    "Floridians Jeb Bush", "Texas-based Matt Mackowiak"."""
    names = given_names()
    for p in range(first + 1, last):
        if toks[p].text in names:
            break
    else:
        return first + 1 if _ends_portfolio(toks, first, last) else first
    after_of = first > 0 and toks[first - 1].text in ("of", "for")  # "Secretary for Acquisition Darleen Druyun"
    for t in toks[first:p]:
        w = t.text
        descriptive = (after_of or (t.initial and p == first + 1) or w.lower() in seen_lower or w.endswith("s")
                       or "-" in w or is_role_word(w) or w in PLACES or w in NATIONALITIES or w in countries()
                       or w in ORG_SUFFIXES)
        if w in names or not descriptive:
            return first
    return p


def _ends_portfolio(toks: list[Tok], first: int, last: int) -> bool:
    """'Minister of Ports & Waterways Sarbananda Sonowal': after "of"/"&"/"and", a run of three words or more
    opens with the last word of a portfolio (a plural or a portfolio word), not with a given name."""
    w = toks[first].text
    return first > 0 and toks[first - 1].text in ("of", "for", "&", "and") and last - first >= 2 \
        and w not in given_names() and (w.lower() in OF_TITLE_WORDS or (w.endswith("s") and w[:-1].isalpha()))


def given_and_suffix(words: list[str]) -> bool:
    """'Jim Press', 'Tom Bank': a given name and a surname that is also an organisation word."""
    return len(words) == 2 and words[0] in given_names() and words[1] in SURNAME_LIKE_ORG_WORDS


def analyse_run(toks: list[Tok], i: int, j: int, text: str, seen_lower: set[str]) -> Candidate | None:
    """Read the run toks[i:j] as [qualifier] [title] NAME; None when its NAME part cannot be a person.

    The steps: find the title inside the run (or skip the words before the name), trim descriptors and
    trailing places, refuse cores that are not names, then gather the evidence and the roles.
    """
    words = [t.text for t in toks[i:j]]
    if words[-1] in ORG_SUFFIXES and not given_and_suffix(words):
        return None
    t_idx = _last_title(toks, i, words)
    if t_idx < 0:
        first = _skip_non_names(toks, i, j, words, seen_lower)
        if first >= j:
            return None
        prefix_first = title_first = first
    else:
        first, prefix_first, title_first = _title_bounds(toks, i, t_idx)
    last = j - 1
    first = _skip_descriptors(toks, first, last, seen_lower)
    last = _drop_trailing_places(toks, first, last)
    core = [t.text for t in toks[first:last + 1]]
    if _bad_core(core) or _names_a_thing(toks, last):
        return None
    cand = Candidate(first, last, prefix_first, title_first, False, [])
    ordinary = len(core) == 1 and core[0].lower() in seen_lower  # "Studies", "Progress": needs "Mr"/"Ms"
    if t_idx >= 0:
        rule, honorific = _title_in_run(toks, i, cand, core, text)
        ordinary = ordinary and not honorific
    else:
        rule = _title_before_run(toks, cand, core, text)
    after = _role_after_name(toks, cand, text)  # always: its role goes to the candidate
    rule = rule or after
    if not rule:
        rule = _name_evidence(toks, i, last, core, text, seen_lower)
    cand.rule = rule
    cand.evidence = bool(rule) and not ordinary
    return cand


def _last_title(toks: list[Tok], i: int, words: list[str]) -> int:
    """Index in `words` of the last title or honorific with a name after it, -1 when none."""
    t_idx = -1
    for k in range(len(words) - 1):
        w = words[k]
        lw = w.lower()
        if (w.rstrip(".") in HONORIFICS or w.rstrip(".") in ABBREVIATED_TITLES or lw in ROLE_HEADS
                or (lw[-1:] == "s" and lw[:-1] in STRONG_TITLES)) \
                and not toks[i + k].possessive and words[k + 1] not in NAME_SUFFIXES:
            t_idx = k
    return t_idx


def _skip_non_names(toks: list[Tok], i: int, j: int, words: list[str], seen_lower: set[str]) -> int:
    """Without a title: the first token of the run that may begin a name (after countries, nationalities,
    function words, role words and ordinary words capitalised at the start of a sentence)."""
    start = i
    while start < j:
        w = toks[start].text
        lw = w.lower()
        k = _country_prefix(words, start - i)
        if k and start + k < j:
            start += k
            continue
        if is_stop(w) or w in NATIONALITIES or w in countries() or (
                start + 1 < j and (is_role_word(w) or lw in OF_TITLE_WORDS)):
            start += 1
            continue
        if toks[start].initial and lw in seen_lower and not (
                w in given_names() and start + 1 < j and not is_stop(toks[start + 1].text)):
            start += 1
            continue
        break
    return start


def _title_bounds(toks: list[Tok], i: int, t_idx: int) -> tuple[int, int, int]:
    """(first, prefix_first, title_first) for a run with a title at i + t_idx: the name follows the title;
    the prefix starts after leading function words; the title takes the role words before it."""
    first = i + t_idx + 1
    prefix_first = i
    while prefix_first < first and is_stop(toks[prefix_first].text) and toks[prefix_first].text != "New" \
            and toks[prefix_first].text.lower() not in TENURE_WORDS:
        prefix_first += 1
    title_first = i + t_idx
    while title_first > prefix_first and (is_role_word(toks[title_first - 1].text)
                                          or toks[title_first - 1].text.lower() in TENURE_WORDS):
        title_first -= 1
    return first, prefix_first, title_first


def _drop_trailing_places(toks: list[Tok], first: int, last: int) -> int:
    """'Ted Cruz (South) Carolina': places after a name of two words or more are not part of it."""
    while last - first >= 2 and toks[last].text in PLACES:
        last -= 1
        if toks[last].text in DIRECTIONS and last - first >= 2:
            last -= 1
    return last


def _names_a_thing(toks: list[Tok], last: int) -> bool:
    """'Hang Seng index', 'Everett plant': a lower-case noun after the name says it names a thing."""
    return last + 1 < len(toks) and not toks[last].possessive and toks[last + 1].text in THING_FOLLOWERS


def _title_makes_person(strong: bool, core: list[str]) -> bool:
    """A title before a name is evidence when strong, or when the name has a given name or two words."""
    return strong or core[0] in given_names() or len(core) > 1


def _title_in_run(toks: list[Tok], i: int, cand: Candidate, core: list[str], text: str) -> tuple[str, bool]:
    """The title or honorific inside the run ("Mr Modi", "US President Donald Trump"): its role goes to
    `cand`; returns (the evidence rule, "" for none; whether an honorific was among the title words)."""
    title_words = toks[cand.title_first:cand.first]
    honorific = any(w.text.rstrip(".") in HONORIFICS for w in title_words)
    if all(w.text.rstrip(".") in HONORIFICS for w in title_words):
        return "honorific_then_name", honorific
    role_words = [w for w in title_words if w.text.rstrip(".") not in HONORIFICS]
    before = toks[i - 1] if i > 0 else None
    if role_words and before is not None and before.sent == toks[i].sent and _ORDINAL.fullmatch(before.text):
        role_words.insert(0, before)  # "the 46th President Joe Biden"
    rule = "title_before_name"
    got = parse_role(toks[cand.prefix_first:cand.title_first] + role_words, text, rule) if role_words else None
    if got is None and role_words:
        got = parse_role(role_words, text, rule)
    if not got:
        return "", honorific
    role, strong = got
    if role.qualifier is None and before is not None and before.possessive \
            and before.sent == toks[i].sent and (before.text in countries() or before.text.isupper()):
        role.qualifier = before.text  # "Pakistan's Prime Minister Shehbaz Sharif"
    cand.roles.append(role)
    return "title_then_name" if _title_makes_person(strong, core) else "", honorific


def _title_before_run(toks: list[Tok], cand: Candidate, core: list[str], text: str) -> str:
    """A role phrase right before the run ("external affairs minister S. Jaishankar"); its role goes to `cand`."""
    got = role_before(toks, cand.first, text)
    if not got:
        return ""
    role, strong = got
    cand.roles.append(role)
    return "role_phrase_then_name" if _title_makes_person(strong, core) else ""


def _role_after_name(toks: list[Tok], cand: Candidate, text: str) -> str:
    """An apposition (', the secretary of state,') or a copula ('is the secretary of state') after the name:
    its role goes to `cand`; an apposition is evidence, a copula when its title is strong (the rule, or "")."""
    got = role_after(toks, cand.last, text)
    if got:
        cand.roles.append(got[0])
        return "apposition_after_name"
    got = role_copular(toks, cand.last, text)
    if got:
        cand.roles.append(got[0])
        return "copular_role" if got[1] else ""
    return ""


def _name_evidence(toks: list[Tok], i: int, last: int, core: list[str], text: str, seen_lower: set[str]) -> str:
    """Evidence from the name itself (the rule, or ""): a given name or an initial first ("Marco Rubio",
    "S. Jaishankar"), an age after it (", 51,"), a given name alone that speaks ("Bob said"), a speech verb
    beside a full name."""
    g = core[0]
    if len(core) > 1 and g in given_names():
        return "given_name_first"
    if len(core) > 1 and len(g) == 2 and g.endswith("."):
        return "initial_first"
    if _AGE_AFTER.match(text, toks[last].end):
        return "age_after_name"
    if len(core) == 1 and g in given_names() and last + 1 < len(toks) \
            and toks[last + 1].text in SAID_AFTER_GIVEN_NAME \
            and not (i > 0 and toks[i - 1].text in PLACE_PREPOSITIONS):
        return "given_name_then_said"  # a person known by a given name only: "Bob said" (not "in Bergen said")
    if len(core) > 1:
        after = toks[last + 1].text.lower() if last + 1 < len(toks) else ""
        before = toks[i - 1].text.lower() if i > 0 else ""
        if (after in SPEECH_VERBS_AFTER_NAME or before in SAID_BEFORE_NAME) and not any(
                w.lower() in seen_lower for w in core[1:]):
            return "speech_verb_beside_name"
    return ""


def given_name_pairs(toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """'Hillary Clinton' inside 'Hillary Clinton Goes After Donald Trump': given name [initials] surname."""
    out: list[tuple[int, int]] = []
    names = given_names()
    k = i
    while k < j - 1:
        if toks[k].text in names and not toks[k].possessive:
            m = k + 1
            while m < j - 1 and ((len(toks[m].text) == 2 and toks[m].text.endswith("."))
                                 or toks[m].text.lower() in NAME_CONNECTORS):
                m += 1  # "Donald J. Trump", "Marine Le Pen"
            w = toks[m].text
            if not (is_stop(w) or w in HEADLINE_CAPITALISED_WORDS or w in ORG_SUFFIXES or w in PLACE_SUFFIXES
                    or w in NATIONALITIES or w in countries() or is_role_word(w) or w in names
                    or (w.isupper() and len(w) > 1) or w.lower() in FULL_MONTH_AND_WEEKDAY_NAMES
                    or _bad_core([t.text for t in toks[k:m + 1]])
                    or (m + 1 < len(toks) and toks[m + 1].text in THING_FOLLOWERS and not toks[m].possessive)):
                out.append((k, m + 1))
                k = m + 1
                continue
        k += 1
    return out

