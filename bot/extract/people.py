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
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from bot.extract.facts import Entity, Role
from bot.extract.people_lexicon import (
    ABBREVIATED_TITLES,
    HONORIFICS,
    INSTITUTIONAL_HANDLES,
    KNOWN_NON_PEOPLE,
    NAME_MODIFIER_OF,
    NATIONALITIES,
    OF_TITLE_WORDS,
    OFFICIAL_HEADS,
    ORG_SUFFIXES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    PLACES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    STOPWORDS,
    THING_FOLLOWERS,
    WEEKDAYS_MONTHS,
    countries,
    given_names,
)
from bot.extract.spans import LineIndex, SpanIndex

__all__ = ["find_entities"]


def _w(words: str) -> list[str]:
    return words.split()


# Tokens: acronyms with dots (U.S.), initials (S.), handles, words (with inner apostrophes/hyphens and an
# optional possessive), numbers, single punctuation marks.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s)|@\w+|[^\W\d_][\w\-]*(?:['’][^\W\d_]+)*|\d[\w,.\-]*|[^\w\s]"
)
_POSSESSIVE = ("'s", "’s")
_CONNECTORS = frozenset(_w("de van von der den bin ibn al el da di du del della dos das la le ter ten"))
_SUFFIXES = frozenset(_w("Jr Jr. Sr Sr. II III IV"))
_DOT_ABBREVIATIONS = frozenset(
    _w("Mr Mrs Ms Dr St Jr Sr Inc Corp Co Ltd Sen Gov Gen Lt Col Capt Adm Maj Sgt Prof Supt Insp Rev Hon Pres Rep")
)
_OPENERS = frozenset("“\"‘'(:—–-[")
_DETERMINERS = frozenset(_w(
    """the a an then new former current newly its his her their our longtime long-time veteran outgoing
    incoming acting interim late"""
))
# Titles strong enough on their own, capitalised right before a name, to make it a person.
_STRONG_TITLES = frozenset(
    _w("""president vice-president president-elect minister premier chancellor secretary senator congressman
    congresswoman representative governor mayor ambassador envoy spokesman spokeswoman spokesperson
    chairman chairwoman ceo judge justice king queen prince princess emperor sultan emir sheikh pope
    archbishop bishop cardinal rabbi imam reverend pastor professor colonel admiral lieutenant sergeant
    inspector detective commissioner analyst economist ayatollah""")
)
# Organisation/place words that are also common surnames: after a given name they are a surname ("Jim Press").
_SURNAME_LIKE_SUFFIXES = frozenset(
    _w("""Press Post Times Bank Banks Trust Union Fund Church Temple Court Board Guard Service Mission Front
    Alliance League Exchange Reserve Hall House Street Lane Hill Hills Park Bridge Beach Wood Field Fields
    Stone Port Bay Day Rivers Forest Coast Tower Palace Brigade Marshal Air Line Strait Mount""")
)
_DIRECTIONS = frozenset(_w("North South East West New Northern Southern Eastern Western Central"))
_TRAILING_TITLES = frozenset(
    _w("Chief President Minister Secretary CEO Chairman Director Officer Executive Spokesman Spokeswoman Head")
)
_HYPHEN_DESCRIPTORS = frozenset(
    _w("""type style like era led backed based owned esque ish run controlled linked affiliated aligned funded
    sponsored born educated""")
)
_GROUP_WORDS = frozenset(
    _w("""Republican Republicans Democrat Democrats Democratic Conservative Conservatives Liberal Liberals Labour
    Socialist Socialists Communist Communists Christian Christians Muslim Muslims Jewish Hindu Hindus
    Catholic Catholics Protestant Protestants Western Eastern Northern Southern""")
)
# Family names written first (Chinese, Vietnamese); Korean/Japanese ones too often double as given names.
_FAMILY_FIRST = frozenset(_w(
    """Xi Li Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Hu Guo Lin Luo Zheng Liang Song Tang Han Feng Deng
    Cao Peng Zeng Xiao Tian Dong Pan Yuan Jiang Cai Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Wen Mao
    Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly"""
))
_COPULAS = frozenset(_w("is was became becomes remains remained"))
_AFTER_AS_ROLE = frozenset(
    _w("and in at on to with during after before since until when while from by")
)
_HEADLINE_CAPS = frozenset(w.title() for w in _w("a an the and or but nor of in on at to for by with from as into"))
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_SEEN_LOWER = re.compile(r"\b[a-z][a-z'-]*\b")
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")
_WS = re.compile(r"\s+")
_ROLE_VOCAB = ROLE_HEADS | ROLE_MODIFIERS


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    sent: int
    possessive: bool = False
    initial: bool = False  # first word of a sentence, or after an opening quote/bracket/colon


@dataclass(slots=True)
class _Person:
    tokens: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    surname_alone: bool = False  # called by the surname with a title or honorific ("Mr Ford")
    # Sets mirroring `aliases` and `mentions` once they grow past _FEW, so that adding one stays O(1) however
    # often a person recurs (a list membership test made a 1 MB document quadratic).
    alias_set: set[str] | None = None
    mention_set: set[tuple[int, int]] | None = None

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def add_alias(self, alias: str) -> None:
        alias = _WS.sub(" ", alias).strip()
        if not alias:
            return
        if self.alias_set is None:
            if alias in self.aliases:
                return
            if len(self.aliases) >= _FEW:
                self.alias_set = set(self.aliases)
        elif alias in self.alias_set:
            return
        if self.alias_set is not None:
            self.alias_set.add(alias)
        self.aliases.append(alias)

    def add_mention(self, span: tuple[int, int]) -> None:
        if self.mention_set is None:
            if span in self.mentions:
                return
            if len(self.mentions) >= _FEW:
                self.mention_set = set(self.mentions)
        elif span in self.mention_set:
            return
        if self.mention_set is not None:
            self.mention_set.add(span)
        self.mentions.append(span)


_FEW = 16  # up to this many, a list is searched directly


# ---------------------------------------------------------------------------------------------- tokens


def _tokenise(text: str, sentences: list[tuple[int, int]]) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    bounds = sentences or [(0, len(text))]
    si = 0
    last_sent = len(bounds) - 1
    next_break = bounds[0][1] if last_sent > 0 else len(text) + 1
    sid = 0  # sentence id: the splitter's, except that breaks right after initials are ignored ("J.P. Nadda")
    prev_sid = -1
    prev_text = ""
    opener = _OPENERS
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        w = m.group()
        if s >= next_break:
            while si < last_sent and s >= bounds[si][1]:
                si += 1
                prev = toks[-1] if toks else None
                if not (prev is not None and _INITIALS.fullmatch(prev.text) and prev.text not in countries()
                        and not text[prev.end:s].strip() and "\n" not in text[prev.end:s] and w[:1].isupper()):
                    sid += 1
            next_break = bounds[si][1] if si < last_sent else len(text) + 1
        poss = False
        if len(w) > 2 and w.endswith(_POSSESSIVE):
            w = w[:-2]
            e -= 2
            poss = True
        initial = sid != prev_sid or prev_text in opener
        if w == "." and toks and not initial and toks[-1].end == s and toks[-1].text in _DOT_ABBREVIATIONS:
            toks[-1].end = e  # "Mr." "Jr."
            toks[-1].text += "."
            prev_text = "."
            continue
        append(_Tok(s, e, w, sid, poss, initial and (w[:1].isalpha() or w[:1] == "@")))
        prev_sid = sid
        prev_text = w
    return toks


def _is_det(w: str) -> bool:
    """'the', 'new', 'former'... before a title; capitalised only for articles ('The', not 'New' York)."""
    return w in _DETERMINERS or w in ("The", "A", "An")


def _is_stop(w: str) -> bool:
    """A function word or the like ("The", "us"), but not an acronym that spells one ("US", "IT")."""
    return w.lower() in STOPWORDS and not (len(w) > 1 and w.isupper())


def _is_cap(w: str) -> bool:
    return w[:1].isupper() or (len(w) == 2 and w[1] == "." and w[0].isupper())


def _runs(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised tokens (with name connectors), within one sentence."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i].text) or not toks[i].text[:1].isalpha():
            i += 1
            continue
        j = i + 1
        if not toks[i].possessive:
            while j < n and toks[j].sent == toks[i].sent:
                w = toks[j].text
                if w[:1].isalpha() and _is_cap(w):
                    j += 1
                    if toks[j - 1].possessive:
                        break
                    continue
                if (w in _CONNECTORS and j + 1 < n and toks[j + 1].sent == toks[i].sent
                        and _is_cap(toks[j + 1].text) and toks[j + 1].text[:1].isalpha()):
                    j += 1
                    continue
                break
        start = i
        for k in range(i + 1, j - 1):
            nxt = toks[k + 1].text
            if toks[k].text in ORG_SUFFIXES and not _given_and_suffix([toks[k - 1].text, toks[k].text]) and (
                    nxt in given_names() or nxt.rstrip(".") in HONORIFICS or nxt.lower() in ROLE_HEADS
                    or nxt.rstrip(".") in ABBREVIATED_TITLES):
                out.append((start, k + 1))
                start = k + 1
        out.append((start, j))
        i = j
    return out


# ---------------------------------------------------------------------------------------------- roles


def _norm_title(words: list[str], head: str) -> str:
    text = " ".join(words)
    expanded = ABBREVIATED_TITLES.get(text.rstrip("."))
    if expanded:
        return expanded
    if head.lower() in OFFICIAL_HEADS or words[0].lower() in ("chief", "vice") or any(w[:1].isupper() for w in words):
        return " ".join(
            w if w.isupper() and len(w) > 1 else (w.lower() if w.lower() in ("of", "for", "the", "and") else
                                                  "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
            for w in words
        )
    return text


def _is_role_word(w: str) -> bool:
    return w.lower() in _ROLE_VOCAB or w.rstrip(".") in ABBREVIATED_TITLES


def _parse_role(words: list[_Tok], text: str, free_of: bool = True) -> tuple[Role, bool] | None:
    """Read [det] [qualifier] [modifiers] HEAD [of/for X] from `words` (all of them); None if not a role.

    Returns the role and whether its head is strong enough to make a following name a person.
    """
    k = 0
    n = len(words)
    while k < n and _is_det(words[k].text):
        k += 1
    # The head: the last role head before any of/for complement.
    stop = n
    for idx in range(k, n):
        if words[idx].text.lower() in ("of", "for"):
            stop = idx
            break
    h = -1
    for idx in range(stop - 1, k - 1, -1):
        w = words[idx].text
        if w.lower() in ROLE_HEADS or w.rstrip(".") in ABBREVIATED_TITLES:
            h = idx
            break
    if h < 0 or h != stop - 1:
        return None
    t = h
    while t > k and _is_role_word(words[t - 1].text) and words[t - 1].text not in countries():
        t -= 1
    qual_words = words[k:t]
    for w in qual_words:
        if not (_is_cap(w.text) or w.text in ("&", "-")):
            return None
    if t > k and not qual_words:
        return None
    title_words = [w.text for w in words[t:h + 1]]
    qualifier = text[qual_words[0].start:qual_words[-1].end] if qual_words else None
    title_end = words[h].end
    idx = stop
    in_qualifier = False  # after "of <organisation>", later of-groups belong to it ("Chamber of Commerce")
    qual_start = 0
    while idx < n and words[idx].text.lower() in ("of", "for"):
        nxt = idx + 1
        grp: list[_Tok] = []
        while nxt < n and words[nxt].text.lower() not in ("of", "for"):
            grp.append(words[nxt])
            nxt += 1
        core = [g for g in grp if g.text.lower() != "the"]
        if not core:
            return None
        if in_qualifier and all(_is_cap(g.text) or g.text.lower() in ("the", "&") for g in grp):
            qualifier = text[qual_start:core[-1].end]
        elif not in_qualifier and all(g.text.lower() in OF_TITLE_WORDS for g in core):
            title_words += [words[idx].text] + [g.text for g in grp]
            title_end = grp[-1].end
        elif (free_of and all(_is_cap(g.text) or g.text.lower() in ("the", "&") for g in grp)) or (
                " ".join(g.text for g in core) in countries()):
            qual_start = core[0].start
            qualifier = text[qual_start:core[-1].end]
            in_qualifier = True
        else:
            return None
        idx = nxt
    if qualifier:
        qualifier = qualifier.removesuffix("'s").removesuffix("’s")
    head = words[h].text
    title = _norm_title(title_words, head)
    strong = head.lower() in _STRONG_TITLES or head.rstrip(".") in ABBREVIATED_TITLES or len(title_words) > 1
    return Role(title=title, qualifier=qualifier, start=words[t].start, end=title_end), strong


def _role_before(toks: list[_Tok], first: int, text: str) -> tuple[Role, bool] | None:
    """A role phrase that ends right before token `first` (optionally followed by a comma)."""
    i = first - 1
    sent = toks[first].sent
    if i >= 0 and toks[i].text == "," and toks[i].sent == sent:
        i -= 1
    words: list[_Tok] = []
    while i >= 0 and toks[i].sent == sent and len(words) < 10:
        w = toks[i].text
        if not w[:1].isalpha():
            break
        if not (_is_cap(w) or w.lower() in _ROLE_VOCAB or w.lower() in OF_TITLE_WORDS
                or w.lower() in ("of", "for", "&") or _is_det(w)):
            break
        words.append(toks[i])
        if toks[i].possessive and words[:-1]:
            break
        i -= 1
    words.reverse()
    # Try the longest phrase first, then shorter ones (drop words from the left).
    for s in range(len(words)):
        got = _parse_role(words[s:], text, free_of=False)
        if got:
            return got
    return None


def _role_after(toks: list[_Tok], last: int, text: str) -> tuple[Role, bool] | None:
    """An apposition ', [the] ROLE [of X],' right after token `last`."""
    i = last + 1
    n = len(toks)
    if i >= n or toks[i].text != "," or toks[i].sent != toks[last].sent:
        return None
    i += 1
    words: list[_Tok] = []
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
    return _parse_role(words, text)


def _role_copular(toks: list[_Tok], last: int, text: str) -> tuple[Role, bool] | None:
    """'Rubio is the secretary of state', 'Barra, who became chief executive in 2014': a role stated with a
    copula right after the name (only offices, so that 'is a leader in ...' is not taken)."""
    n = len(toks)
    i = last + 1
    sent = toks[last].sent
    if i < n and toks[i].text == "," and i + 1 < n and toks[i + 1].text == "who":
        i += 2
    if i >= n or toks[i].sent != sent or toks[i].text not in _COPULAS:
        return None
    i += 1
    if i < n and toks[i].text in ("now", "also", "currently", "still"):
        i += 1
    words: list[_Tok] = []
    while i < n and toks[i].sent == sent and len(words) < 8 and toks[i].text[:1].isalpha():
        words.append(toks[i])
        i += 1
    for end in range(len(words), 0, -1):
        got = _parse_role(words[:end], text)
        if got:
            nxt = words[end].text.lower() if end < len(words) else ""
            title_words = got[0].title.split(" of ")[0].lower().split()
            office = title_words[-1] in OFFICIAL_HEADS or title_words[-1] in _STRONG_TITLES or len(title_words) > 1
            if (nxt and nxt not in _AFTER_AS_ROLE) or not office:
                return None
            return got
    return None


# ---------------------------------------------------------------------------------------------- runs


@dataclass(slots=True)
class _Cand:
    first: int  # token index range of the name core
    last: int
    prefix_first: int  # first token of [qualifier] [title] before the core inside the run
    title_first: int  # first title/honorific token inside the run (== first when none)
    evidence: bool
    roles: list[Role]


_HEADLINE_LOWER = frozenset(
    _w("a an the and or but nor of in on at to for by with from as into vs via per up off out over")
)


class _Lines:
    """Per line of the text, where its text starts and ends, computed once per line: asking for every
    sentence of a long line by slicing the line from its start made one-line documents quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = LineIndex(text)
        self._first: dict[int, int] = {}
        self._last: dict[int, int] = {}

    def alone_before(self, pos: int) -> bool:
        """`not text[line start:pos].strip()`: nothing but whitespace before `pos` on its line."""
        ls = self.index.break_before(pos) + 1
        first = self._first.get(ls)
        if first is None:
            le = self.index.break_after(ls)
            line = self.text[ls:le if le >= 0 else None]
            first = self._first[ls] = ls + len(line) - len(line.lstrip())
        return first >= pos

    def alone_after(self, pos: int) -> bool:
        """`not text[pos:line end].strip(" .!?")`: nothing but spaces and end punctuation after `pos`."""
        le = self.index.break_after(pos)
        last = self._last.get(le)
        if last is None:
            ls = self.index.break_before(pos) + 1
            line = self.text[ls:le if le >= 0 else None]
            last = self._last[le] = ls + len(line.rstrip(" .!?"))
        return last <= pos


_NEAR = 1_000  # a line break this near is looked for directly; farther ones through _Lines


def _headline(toks: list[_Tok], lo: int, hi: int, text: str, lines: list[_Lines]) -> bool:
    """A line of its own in Title Case: no lower-case word except short function words."""
    start, end = toks[lo].start, toks[hi - 1].end
    before = text.rfind("\n", max(0, start - _NEAR), start)
    if before >= 0 or start <= _NEAR:
        if text[before + 1:start].strip():
            return False
    else:
        lines[:] = lines or [_Lines(text)]
        if not lines[0].alone_before(start):
            return False
    after = text.find("\n", end, end + _NEAR)
    if after >= 0 or end + _NEAR >= len(text):
        if text[end:after if after >= 0 else None].strip(" .!?"):
            return False
    else:
        lines[:] = lines or [_Lines(text)]
        if not lines[0].alone_after(end):
            return False
    caps = 0
    for t in toks[lo:hi]:
        w = t.text
        if not w[:1].isalpha():
            continue
        if w[:1].isupper():
            caps += 1
        elif w not in _HEADLINE_LOWER:
            return False
    return caps >= 4


def _country_prefix(words: list[str], at: int) -> int:
    """How many words from `at` spell a multi-word country ("United States"), 0 if none."""
    cmap = countries()
    for k in (4, 3, 2):
        if at + k <= len(words) and " ".join(words[at:at + k]) in cmap:
            return k
    return 0


def _bad_core(words: list[str]) -> bool:
    cmap = countries()
    joined = " ".join(words)
    if joined in cmap or len(words) > 5 or joined in KNOWN_NON_PEOPLE:
        return True
    last = words[-1]
    if (last in ORG_SUFFIXES or last in PLACE_SUFFIXES) and not _given_and_suffix(words):
        return True
    if (words[0] in PLACE_PREFIXES or words[0] in _DIRECTIONS) and len(words) > 1:
        return True
    for w in words:
        lw = w.lower()
        if lw in WEEKDAYS_MONTHS or w in cmap or any(c.isdigit() for c in w):
            return True
        if w in NATIONALITIES and not (w is last and len(words) > 1 and words[0] in given_names()
                                       and w not in _GROUP_WORDS):
            return True  # "Indian", but "Mark Cuban"
        if _is_stop(w) and w not in _SUFFIXES:
            return True
    if all(_is_role_word(w) or w.lower() in OF_TITLE_WORDS for w in words) or last in _TRAILING_TITLES:
        return True
    if any(w.rpartition("-")[2].lower() in _HYPHEN_DESCRIPTORS for w in words if "-" in w):
        return True  # "Lindsey Graham-type", "Texas-based"
    if all(w in PLACES for w in words):
        return True
    if last in PLACES and words[0] not in given_names():
        return True
    return all(len(w) > 1 and w.isupper() for w in words)  # acronyms, "WEEKLY STANDARD"


def _skip_descriptors(toks: list[_Tok], first: int, last: int, seen_lower: set[str]) -> int:
    """Skip words before a given name that describe rather than name: "Government Affairs Phil Smith",
    "Floridians Jeb Bush", "Texas-based Matt Mackowiak"."""
    names = given_names()
    for p in range(first + 1, last):
        if toks[p].text in names:
            break
    else:
        return first
    after_of = first > 0 and toks[first - 1].text in ("of", "for")  # "Secretary for Acquisition Darleen Druyun"
    for t in toks[first:p]:
        w = t.text
        descriptive = (after_of or (t.initial and p == first + 1) or w.lower() in seen_lower or w.endswith("s")
                       or "-" in w or _is_role_word(w) or w in PLACES or w in NATIONALITIES or w in countries()
                       or w in ORG_SUFFIXES)
        if w in names or not descriptive:
            return first
    return p


def _given_and_suffix(words: list[str]) -> bool:
    """'Jim Press', 'Tom Bank': a given name and a surname that is also an organisation word."""
    return len(words) == 2 and words[0] in given_names() and words[1] in _SURNAME_LIKE_SUFFIXES


def _analyse_run(toks: list[_Tok], i: int, j: int, text: str, seen_lower: set[str]) -> _Cand | None:
    words = [t.text for t in toks[i:j]]
    if words[-1] in ORG_SUFFIXES and not _given_and_suffix(words):
        return None
    # Last title/honorific token with a name after it.
    t_idx = -1
    for k in range(len(words) - 1):
        w = words[k]
        lw = w.lower()
        if (w.rstrip(".") in HONORIFICS or w.rstrip(".") in ABBREVIATED_TITLES or lw in ROLE_HEADS
                or (lw[-1:] == "s" and lw[:-1] in _STRONG_TITLES)) \
                and not toks[i + k].possessive and words[k + 1] not in _SUFFIXES:
            t_idx = k
    start = i
    if t_idx < 0:
        while start < j:
            w = toks[start].text
            lw = w.lower()
            k = _country_prefix(words, start - i)
            if k and start + k < j:
                start += k
                continue
            if _is_stop(w) or w in NATIONALITIES or w in countries() or (
                    start + 1 < j and (_is_role_word(w) or lw in OF_TITLE_WORDS)):
                start += 1
                continue
            if toks[start].initial and lw in seen_lower and not (
                    w in given_names() and start + 1 < j and not _is_stop(toks[start + 1].text)):
                start += 1
                continue
            break
        if start >= j:
            return None
        first = start
        prefix_first = first
        title_first = first
    else:
        first = i + t_idx + 1
        prefix_first = i
        while prefix_first < first and _is_stop(toks[prefix_first].text) and toks[prefix_first].text != "New":
            prefix_first += 1
        title_first = i + t_idx
        while title_first > prefix_first and _is_role_word(toks[title_first - 1].text):
            title_first -= 1
    last = j - 1
    first = _skip_descriptors(toks, first, last, seen_lower)
    while last - first >= 2 and toks[last].text in PLACES:
        last -= 1  # "Ted Cruz (South) Carolina"
        if toks[last].text in _DIRECTIONS and last - first >= 2:
            last -= 1
    core = [t.text for t in toks[first:last + 1]]
    if _bad_core(core):
        return None
    if last + 1 < len(toks) and not toks[last].possessive and toks[last + 1].text in THING_FOLLOWERS:
        return None
    roles: list[Role] = []
    evidence = False
    ordinary = len(core) == 1 and core[0].lower() in seen_lower  # "Studies", "Progress": needs "Mr"/"Ms"
    if t_idx >= 0:
        title_words = toks[title_first:first]
        honorific_only = all(w.text.rstrip(".") in HONORIFICS for w in title_words)
        if any(w.text.rstrip(".") in HONORIFICS for w in title_words):
            ordinary = False
        if honorific_only:
            evidence = True
        else:
            role_words = [w for w in title_words if w.text.rstrip(".") not in HONORIFICS]
            got = _parse_role(toks[prefix_first:title_first] + role_words, text) if role_words else None
            if got is None and role_words:
                got = _parse_role(role_words, text)
            if got:
                role, strong = got
                before = toks[i - 1] if i > 0 else None
                if role.qualifier is None and before is not None and before.possessive \
                        and before.sent == toks[i].sent and (before.text in countries() or before.text.isupper()):
                    role.qualifier = before.text  # "Pakistan's Prime Minister Shehbaz Sharif"
                roles.append(role)
                evidence = strong or core[0] in given_names() or len(core) > 1
    else:
        got = _role_before(toks, first, text)
        if got:
            role, strong = got
            roles.append(role)
            evidence = strong or core[0] in given_names() or len(core) > 1
    got = _role_after(toks, last, text)
    if got:
        roles.append(got[0])
        evidence = True
    else:
        got = _role_copular(toks, last, text)
        if got:
            roles.append(got[0])
            evidence = evidence or got[1]
    if not evidence:
        g = core[0]
        named = len(core) > 1 and (g in given_names() or (len(g) == 2 and g.endswith(".")))
        if named or _AGE_AFTER.match(text, toks[last].end):
            evidence = True
        elif len(core) == 1 and g in given_names() and last + 1 < len(toks) \
                and toks[last + 1].text in ("said", "says", "told", "asked", "recalled"):
            evidence = True  # a person known by a given name only: "Bob said"
        elif len(core) > 1:
            after = toks[last + 1].text.lower() if last + 1 < len(toks) else ""
            before = toks[i - 1].text.lower() if i > 0 else ""
            evidence = (after in SPEECH_VERBS or before in ("said", "says", "told")) and not any(
                w.lower() in seen_lower for w in core[1:])
    return _Cand(first, last, prefix_first, title_first, evidence and not ordinary, roles)


# ---------------------------------------------------------------------------------------------- linking


def _key(w: str) -> str:
    return w.replace("’", "'")


def _compatible(a: list[str], b: list[str]) -> bool:
    """Same person? "Modi" ~ "Narendra Modi"; "S. Jaishankar" ~ "Subrahmanyam Jaishankar"; "Xi" ~ "Xi Jinping"."""
    if len(a) > 1 and len(b) > 1 and (a[-1] in _SUFFIXES) != (b[-1] in _SUFFIXES):
        return False  # "Donald Trump Jr." is not "Donald Trump"
    a = [_key(w) for w in a if w not in _SUFFIXES]
    b = [_key(w) for w in b if w not in _SUFFIXES]
    if not a or not b:
        return False
    if _family_first(a) or _family_first(b):
        return _last_key(a) == _last_key(b) if len(a) == 1 or len(b) == 1 else a == b
    if a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    fa, fb = a[0].rstrip("."), b[0].rstrip(".")
    return fa == fb or (len(a[0]) == 2 and fb.startswith(fa)) or (len(b[0]) == 2 and fa.startswith(fb))


def _family_first(words: list[str]) -> bool:
    """Chinese and Vietnamese names put the family name first: "Xi Jinping" is Mr Xi."""
    return len(words) > 1 and words[0] in _FAMILY_FIRST and not words[1].endswith(".")


def _last_key(tokens: list[str]) -> str:
    """The family name, by which the person is referred to alone: "Trump", "Jaishankar", "Xi"."""
    words = [w for w in tokens if w not in _SUFFIXES] or tokens
    return _key(words[0] if _family_first(words) else words[-1])


class _People(list[_Person]):
    """The people found so far, indexed by surname (linking is by surname, so this is all a lookup needs)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_last: dict[str, list[_Person]] = {}
        self.changed: list[_Person] = []  # every person added or renamed, in order (for _NameIndex.sync)
        self.ordinal: dict[int, int] = {}  # id(person) -> position in the list

    def add(self, p: _Person) -> None:
        self.ordinal[id(p)] = len(self)
        self.append(p)
        self.by_last.setdefault(_last_key(p.tokens), []).append(p)
        self.changed.append(p)

    def rename(self, p: _Person, tokens: list[str]) -> None:
        p.tokens = tokens
        self.changed.append(p)


def _find_person(people: _People, core: list[str]) -> _Person | None:
    for p in reversed(people.by_last.get(_last_key(core), ())):
        if _compatible(p.tokens, core):
            return p
    return None


def _surface(text: str, s: int, e: int) -> str:
    return _WS.sub(" ", text[s:e]).strip()


def _add_role(p: _Person, role: Role) -> None:
    for k, r in enumerate(p.roles):
        if r.title.lower() == role.title.lower():
            if r.qualifier is None and role.qualifier is not None:
                p.roles[k] = role
            return
    p.roles.append(role)


def _given_name_pairs(toks: list[_Tok], i: int, j: int) -> list[tuple[int, int]]:
    """'Hillary Clinton' inside 'Hillary Clinton Goes After Donald Trump': given name [initials] surname."""
    out: list[tuple[int, int]] = []
    names = given_names()
    k = i
    while k < j - 1:
        if toks[k].text in names and not toks[k].possessive:
            m = k + 1
            while m < j - 1 and ((len(toks[m].text) == 2 and toks[m].text.endswith("."))
                                 or toks[m].text.lower() in _CONNECTORS):
                m += 1  # "Donald J. Trump", "Marine Le Pen"
            w = toks[m].text
            if not (_is_stop(w) or w in _HEADLINE_CAPS or w in ORG_SUFFIXES or w in PLACE_SUFFIXES
                    or w in NATIONALITIES or w in countries() or _is_role_word(w) or w in names
                    or (w.isupper() and len(w) > 1) or w.lower() in WEEKDAYS_MONTHS
                    or _bad_core([t.text for t in toks[k:m + 1]])
                    or (m + 1 < len(toks) and toks[m + 1].text in THING_FOLLOWERS and not toks[m].possessive)):
                out.append((k, m + 1))
                k = m + 1
                continue
        k += 1
    return out


def _by_surname(p: _Person) -> bool:
    """May a surname alone stand for p? Not for "William Clay Ford Jr." unless the text says "Mr Ford": a
    generational suffix means a namesake (a parent, the family firm "Ford") is likely in the same story."""
    return p.tokens[-1] not in _SUFFIXES or p.surname_alone


def _index_keys(tokens: list[str]) -> list[str]:
    """Surname (as written and in capitals) and '^'+first word of full names."""
    last = _last_key(tokens)
    keys = [last]
    if last.upper() != last:
        keys.append(last.upper())
    if len(tokens) > 1:
        keys.append("^" + _key(tokens[0]))
    return keys


class _NameIndex(dict[str, list[_Person]]):
    """`_index_keys` of every person -> people, oldest first; kept up to date person by person.

    Rebuilding it from all the people whenever one was added or renamed made documents naming many people
    quadratic; `sync` re-files only the people changed since the last call, at their place in the list.
    """

    def __init__(self, people: _People) -> None:
        super().__init__()
        self._people = people
        self._ordinals: dict[str, list[int]] = {}  # parallel to each list: the people's positions
        self._keys: dict[int, list[str]] = {}  # id(person) -> the keys it is filed under
        self._synced = 0
        self.sync()

    def sync(self) -> None:
        changed = self._people.changed
        if self._synced == len(changed):
            return
        for p in changed[self._synced:]:
            ordinal = self._people.ordinal[id(p)]
            for key in self._keys.pop(id(p), ()):
                ords = self._ordinals[key]
                i = bisect.bisect_left(ords, ordinal)
                del ords[i]
                del self[key][i]
                if not ords:
                    del self[key], self._ordinals[key]
            keys = self._keys[id(p)] = _index_keys(p.tokens)
            for key in keys:
                ords = self._ordinals.setdefault(key, [])
                i = bisect.bisect_left(ords, ordinal)
                ords.insert(i, ordinal)
                self.setdefault(key, []).insert(i, p)
        self._synced = len(changed)


def _link_run_tokens(index: dict[str, list[_Person]], toks: list[_Tok], i: int, j: int, text: str,
                     taken: set[tuple[int, int]]) -> None:
    """Find known people's names inside a run that was not itself accepted (headline, sentence start)."""
    k = i
    while k < j:
        w = _key(toks[k].text)
        found: tuple[_Person, int] | None = None
        for p in reversed(index.get("^" + w, ())):
            n = len(p.tokens)
            if k + n <= j and _compatible(p.tokens, [t.text for t in toks[k:k + n]]):
                found = (p, n)
                break
        if found is None and index.get(w):
            p = index[w][-1]
            if _by_surname(p):
                found = (p, 1)
        if found is None:
            k += 1
            continue
        p, n = found
        nxt = k + n
        if (nxt < j and toks[nxt].text in ORG_SUFFIXES) or (
                nxt < len(toks) and toks[nxt].text.lower() in NAME_MODIFIER_OF and not toks[nxt - 1].possessive):
            k = nxt
            continue
        span = (toks[k].start, toks[nxt - 1].end)
        if span not in taken:
            p.add_mention(span)
            surface = _surface(text, *span)
            if not surface.isupper():  # "TRUMP" in a capitals headline is a mention, not a new alias
                p.add_alias(surface)
            taken.add(span)
        k = nxt


# ---------------------------------------------------------------------------------------------- main


def find_entities(text: str, sentences: list[tuple[int, int]]) -> list[Entity]:
    """People (with roles), countries and easily recognised organisations found in `text`."""
    toks = _tokenise(text, sentences)
    seen_lower = set(_SEEN_LOWER.findall(text))
    runs = _runs(toks)

    sent_ranges: dict[int, list[int]] = {}
    for idx, t in enumerate(toks):
        r = sent_ranges.setdefault(t.sent, [idx, idx + 1])
        r[1] = idx + 1
    lines: list[_Lines] = []  # built when a line is too long to slice (see _headline)
    headline = {s for s, (lo, hi) in sent_ranges.items() if _headline(toks, lo, hi, text, lines)}

    cap_counts = Counter(_key(t.text) for t in toks if t.text[:1].isupper())
    people = _People()
    taken: set[tuple[int, int]] = set()
    pending: list[tuple[int, int, _Cand | None]] = []
    orgs: dict[str, Entity] = {}

    for i, j in runs:
        if toks[i].sent in headline:
            pending.append((i, j, None))
            continue
        words = [t.text for t in toks[i:j]]
        if words[-1] in ORG_SUFFIXES and (len(words) > 1 or not toks[i].initial) \
                and not _given_and_suffix(words):
            _add_org(orgs, toks, i, j, text)
            continue
        cand = _analyse_run(toks, i, j, text, seen_lower)
        if cand is None:
            pending.append((i, j, None))
            continue
        if not cand.evidence:
            pending.append((i, j, cand))
            continue
        _accept(people, toks, cand, text, taken)

    index = _NameIndex(people)
    for i, j, cand in pending:
        if cand is not None:
            core = [t.text for t in toks[cand.first:cand.last + 1]]
            known = _find_person(people, core)
            if known is not None and ((len(core) == 1 and _key(core[0]) == _last_key(known.tokens)
                                       and _by_surname(known))
                                      or (len(core) > 1 and _compatible(known.tokens, core))):
                nxt = cand.last + 1
                if nxt < len(toks) and toks[nxt].text.lower() in NAME_MODIFIER_OF \
                        and not toks[cand.last].possessive:
                    continue
                _accept(people, toks, cand, text, taken)
                continue
            if known is None and len(core) > 1 and _last_key(core) in people.by_last \
                    and (core[0] in given_names() or (len(core[0]) == 2 and core[0].endswith("."))
                         or (not toks[cand.first].initial and core[0].lower() not in seen_lower)) \
                    and not any(_is_stop(w) or w.isupper() for w in core):
                _accept(people, toks, cand, text, taken)  # a relative: "Jeb Bush" beside "George W. Bush"
                continue
        for a, b in _given_name_pairs(toks, i, j):
            if cap_counts[_key(toks[b - 1].text)] > 1:  # the surname recurs: not "Carson Defends"
                _accept(people, toks, _Cand(a, b - 1, a, a, True, []), text, taken)
        index.sync()
        _link_run_tokens(index, toks, i, j, text, taken)

    _roles_from_as(people, toks, text)
    _handles(people, toks, text)

    out: list[Entity] = []
    for p in people:
        p.mentions.sort()
        words = [w for w in p.tokens if w not in _SUFFIXES]
        if _family_first(words):
            p.add_alias(words[0])  # "Xi"
        elif len(words) > 1 and len(words[-1]) > 2:
            at = len(words) - 1
            while at > 1 and words[at - 1] in _CONNECTORS:
                at -= 1
            p.add_alias(" ".join(words[at:]))  # what users type: "Rubio", "de Blasio"
        out.append(Entity(name=p.name, kind="person", aliases=p.aliases, roles=p.roles, mentions=p.mentions))
    _acronym_orgs(orgs, toks, text, taken)
    blocked = taken | {m for o in orgs.values() for m in o.mentions}
    out += _countries(text, toks, blocked)
    out += orgs.values()
    return out


def _accept(people: _People, toks: list[_Tok], cand: _Cand, text: str,
            taken: set[tuple[int, int]]) -> None:
    core = [t.text for t in toks[cand.first:cand.last + 1]]
    p = _find_person(people, core)
    if p is None:
        p = _Person(tokens=core)
        people.add(p)
    elif len(core) > len(p.tokens) or (len(core) == len(p.tokens) and len(" ".join(core)) > len(p.name)):
        people.rename(p, core)
    span = (toks[cand.first].start, toks[cand.last].end)
    p.add_mention(span)
    taken.add(span)
    if len(core) == 1 and cand.title_first < cand.first:
        p.surname_alone = True
    p.add_alias(_surface(text, *span))
    if cand.title_first < cand.first:
        p.add_alias(_surface(text, toks[cand.title_first].start, span[1]))
    if cand.prefix_first < cand.title_first:
        p.add_alias(_surface(text, toks[cand.prefix_first].start, span[1]))
    for r in cand.roles:
        _add_role(p, r)


def _roles_from_as(people: list[_Person], toks: list[_Tok], text: str) -> None:
    """'X attended ... as Prime Minister Modi's special envoy': the role belongs to the sentence's subject."""
    if not people:
        return
    owner: dict[int, _Person] = {}
    for p in people:
        for s, _ in p.mentions:
            owner[s] = p
    # The subject of a sentence: its first (leftmost) token that is a non-possessive person mention, found
    # once per sentence that needs it (scanning back from every "as" to the sentence start was quadratic in
    # the sentence length).
    subjects: dict[int, tuple[int, _Person] | None] = {}

    def subject_of(k: int) -> tuple[int, _Person] | None:
        sent = toks[k].sent
        if sent not in subjects:
            q = k
            while q > 0 and toks[q - 1].sent == sent:
                q -= 1
            subjects[sent] = None
            while q < len(toks) and toks[q].sent == sent:
                p = owner.get(toks[q].start)
                if p is not None and not toks[q].possessive:
                    subjects[sent] = (q, p)
                    break
                q += 1
        return subjects[sent]

    n = len(toks)
    for k, t in enumerate(toks):
        if t.text != "as" or k + 1 >= n:
            continue
        # skip a possessor run ("Prime Minister Modi's") and determiners
        m = k + 1
        words: list[_Tok] = []
        while m < n and toks[m].sent == t.sent and len(words) < 8:
            w = toks[m]
            if not w.text[:1].isalpha():
                break
            words.append(w)
            m += 1
            if w.possessive:
                words = []
        if not words:
            continue
        # the longest prefix of the words that is a role phrase, followed by nothing or a preposition
        got = None
        for end in range(len(words), 0, -1):
            got = _parse_role(words[:end], text)
            if got:
                nxt = words[end].text.lower() if end < len(words) else ""
                if nxt and nxt not in _AFTER_AS_ROLE:
                    got = None
                break
        if not got:
            continue
        first = subject_of(k)
        if first is not None and first[0] < k:  # the first (leftmost) non-possessive person is the subject
            _add_role(first[1], got[0])


def _handles(people: list[_Person], toks: list[_Tok], text: str) -> None:
    """@handles: a signature '— Name (@handle)', a handle containing a person's name, or @POTUS-like offices."""
    if not people:
        return
    by_end = {e: p for p in people for _, e in p.mentions}
    by_part: _HandleParts | None = None  # built at the first handle that needs it
    offices: dict[str, _Person | None] = {}
    for k, t in enumerate(toks):
        if not t.text.startswith("@") or len(t.text) < 3:
            continue
        handle = t.text
        low = handle[1:].lower()
        person = None
        if k >= 2 and toks[k - 1].text == "(":
            person = by_end.get(toks[k - 2].end)
        if person is None:
            best = 0
            by_part = by_part or _HandleParts(people)
            for p, parts in by_part.candidates(low):
                score = 1 + sum(1 for w in parts[:-1] if w in low)  # "@JoeBiden" over "Hunter Biden"
                if score > best:
                    person, best = p, score
        if person is None and low in INSTITUTIONAL_HANDLES:
            if low not in offices:  # roles do not change here: one look per office handle
                offices[low] = _office_holder(people, *INSTITUTIONAL_HANDLES[low])
            person = offices[low]
        if person is not None:
            person.add_alias(handle)
            person.add_mention((t.start, t.end))


def _office_holder(people: list[_Person], title: str, country: str) -> _Person | None:
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

    def __init__(self, people: list[_Person]) -> None:
        self.by_last: dict[str, list[tuple[int, _Person, list[str]]]] = {}
        for ordinal, p in enumerate(people):
            parts = [_key(w).rstrip(".").replace("'", "").lower() for w in p.tokens if len(w.rstrip(".")) > 2]
            if parts:
                self.by_last.setdefault(parts[-1], []).append((ordinal, p, parts))
        self.lengths = sorted({len(k) for k in self.by_last})

    def candidates(self, low: str) -> list[tuple[_Person, list[str]]]:
        """(person, parts) for every person whose last part is in `low`, in the people's order."""
        found: dict[int, tuple[_Person, list[str]]] = {}
        for size in self.lengths:
            for i in range(len(low) - size + 1):
                for ordinal, p, parts in self.by_last.get(low[i:i + size], ()):
                    found[ordinal] = (p, parts)
        return [found[o] for o in sorted(found)]


def _countries(text: str, toks: list[_Tok], taken: set[tuple[int, int]]) -> list[Entity]:
    found: dict[str, Entity] = {}
    cmap = countries()
    index = _country_index()
    blocked = SpanIndex(taken)
    n = len(toks)
    k = 0
    while k < n:
        options = index.get(toks[k].text)
        if not options:
            k += 1
            continue
        for words in options:
            m = len(words)
            if k + m <= n and all(toks[k + x].text == words[x] for x in range(1, m)):
                break
        else:
            k += 1
            continue
        s, e = toks[k].start, toks[k + m - 1].end
        k += m
        if text[e:e + 1] == "$" or text[max(0, s - 8):s].endswith(("Air ", "Bank of ")):
            continue
        if blocked.overlaps(s, e):
            continue
        surface = text[s:e]
        name = cmap.get(surface) or cmap.get(" ".join(words), surface)
        ent = found.get(name)
        if ent is None:
            ent = found[name] = Entity(name=name, kind="country", aliases=[name] if name in text else [])
        if surface not in ent.aliases:
            ent.aliases.append(surface)
        ent.mentions.append((s, e))
    return list(found.values())


@cache
def _country_index() -> dict[str, list[tuple[str, ...]]]:
    """First token of each country name -> the names' token sequences, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in countries():
        words = tuple(w.removesuffix("'s").removesuffix("’s") for w in _TOKEN.findall(name))
        index.setdefault(words[0], []).append(words)
    for options in index.values():
        options.sort(key=len, reverse=True)
    return index


def _add_org(orgs: dict[str, Entity], toks: list[_Tok], i: int, j: int, text: str) -> None:
    while i < j - 1 and (_is_stop(toks[i].text) or toks[i].text in countries()):
        i += 1
    name = _surface(text, toks[i].start, toks[j - 1].end)
    ent = orgs.get(name)
    if ent is None:
        ent = orgs[name] = Entity(name=name, kind="organisation", aliases=[name])
    ent.mentions.append((toks[i].start, toks[j - 1].end))


_ACRONYM_SKIP = frozenset(_w("of and the for & on in de"))


def _acronym_orgs(orgs: dict[str, Entity], toks: list[_Tok], text: str, taken: set[tuple[int, int]]) -> None:
    """'United States Air Force (USAF)': the capitalised words whose initials spell the acronym in brackets
    are an organisation, the acronym its alias, and the acronym's later uses its mentions."""
    n = len(toks)
    found: list[tuple[str, Entity, tuple[int, int]]] = []
    blocked = SpanIndex(taken)
    for k in range(1, n - 2):
        if toks[k].text != "(" or toks[k + 2].text != ")":
            continue
        acr = toks[k + 1].text
        if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()):
            continue
        letters: list[str] = []
        first = -1
        m = k - 1
        while m >= 0 and toks[m].sent == toks[k].sent and len(letters) < len(acr):
            w = toks[m].text
            if w.lower() in _ACRONYM_SKIP and letters:
                m -= 1
                continue
            if not (w[:1].isalpha() and w[:1].isupper()):
                break
            letters.append(w[0])
            first = m
            m -= 1
        if first < 0 or "".join(reversed(letters)) != acr:
            continue
        span = (toks[first].start, toks[k - 1].end)
        name = _surface(text, *span)
        if name in countries() or blocked.overlaps(*span):
            continue
        ent = orgs.get(name)
        if ent is None:
            ent = orgs[name] = Entity(name=name, kind="organisation", aliases=[name], mentions=[span])
        if acr not in ent.aliases:
            ent.aliases.append(acr)
        found.append((acr, ent, (toks[k + 1].start, toks[k + 1].end)))
    if not found:
        return
    by_acr = {acr: ent for acr, ent, _ in found}
    seen = {id(ent): set(ent.mentions) for ent in by_acr.values()}
    for t in toks:
        ent = by_acr.get(t.text)
        if ent is not None and (t.start, t.end) not in seen[id(ent)]:
            seen[id(ent)].add((t.start, t.end))
            ent.mentions.append((t.start, t.end))
    for ent in by_acr.values():
        ent.mentions.sort()
