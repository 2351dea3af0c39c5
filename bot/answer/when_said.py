"""When something was said: "/when Peskov says a meeting is possible" asks for the day of the statement.

A statement is dated by a date right beside its reporting verb ("told reporters on Monday", "said
Thursday", "in a statement released on Monday"); a statement with no date of its own was made when the
article reports it, so it takes the article's publication date (a news page reports the day's statements:
"MOSCOW, June 30. /TASS/. … Peskov told TASS"). The verb must be the named person's (beside their name).
"""

from __future__ import annotations

import re

__all__ = ["PUBLISHED", "REPORTING", "is_reporting", "statement_date", "statement_spans"]

# Query words that ask for the day of a statement rather than of the event it talks about.
REPORTING = frozenset(
    """say says said saying tell tells told report reports reported statement statements comment comments
    commented remark remarks remarked add adds added note notes noted inform informs informed message
    post posted tweet tweeted write writes wrote claim claims claimed warn warns warned announce announces
    announced announcing announcement declare declares declared finding findings""".split()
)
# Words of a sentence that report a statement.
_CUES = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|informed|reported|reports|wrote|writes"
    r"|posted|tweeted|announced|announces|statement|remarked|commented|warned|warns|claimed|claims)\b",
    re.IGNORECASE,
)
PUBLISHED = "the article's date"  # how a publication date is shown where a date's own words would be
NEAR_NAME = 6  # words between a name and its reporting verb, at most
AFTER, BEFORE = 4, 2  # words from the verb to its date: "told reporters on Monday", "on Monday said"


def cues(text: str, base: int) -> list[tuple[int, int]]:
    return [(base + m.start(), base + m.end()) for m in _CUES.finditer(text)]


def _words_between(text: str, base: int, a: int, b: int) -> int:
    return len(text[max(0, a - base):max(0, b - base)].split())


def statement_date(
    text: str, base: int, names: list[tuple[int, int]], timexes: list[tuple[tuple[int, int], str, str]],
) -> tuple[tuple[int, int], tuple[int, int] | None, str, str] | None:
    """(verb span, date span or None, value, words) of the named speaker's statement in this sentence;
    None when no reporting verb stands beside a name. A value of '' means: no date of its own."""
    for verb in cues(text, base):
        if names and not any(_words_between(text, base, min(n[1], verb[0]), max(n[1], verb[0])) <= NEAR_NAME
                             for n in names):
            continue
        after = [t for t in timexes if t[0][0] >= verb[1]]  # "said on Monday" before "On Monday, X said"
        for span, value, written in after + [t for t in timexes if t not in after]:
            if _beside(text, base, verb, span, names) and not _modifies_a_noun(text, base, span):
                return verb, span, value, written
        return verb, None, "", ""
    return None


def statement_spans(text: str, base: int, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The dates among `spans` that date a statement made ("the company said on Monday", "announced on
    Thursday", "told reporters Friday") or the report itself (a dateline: "GENEVA, March 4 (Reuters) -"),
    not a statement to come ("will announce its results on May 22") nor what was said ("said the companies
    had until 25 September")."""
    out = {span for span in spans if _dateline(text, base, span)}
    for verb in cues(text, base):
        if _FUTURE.search(text[max(0, verb[0] - base - 12):verb[0] - base]):
            continue
        for span in spans:
            if span[0] >= verb[1] and not _STATEMENT_GAP.match(text[verb[1] - base:span[0] - base]):
                continue  # "said the companies had until …": the date is in what was said
            if _beside(text, base, verb, span, []) and not _modifies_a_noun(text, base, span):
                out.add(span)
    return out


def _dateline(text: str, base: int, span: tuple[int, int]) -> bool:
    return bool(_DATELINE_BEFORE.match(text[:span[0] - base]) and _DATELINE_AFTER.match(text[span[1] - base:]))


_FUTURE = re.compile(r"\b(?:will|would|to|could|may|might|shall|should)\s+$", re.IGNORECASE)
# between a reporting verb and its date: "said on Monday", "told reporters on Friday", "told TASS late Monday"
_STATEMENT_GAP = re.compile(
    r"^\s*(?:(?:reporters|journalists|the\s+press|lawmakers|parliament|[A-Z][\w.-]*)\s+)?"
    r"(?:(?:late|early)\s+)?(?:(?:on|at|in)\s+)?(?:(?:late|early)\s+)?$"
)
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'’-]+,\s*$")  # "GENEVA, "
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:[-—–]|/)")  # " (Reuters) -"


def _beside(text: str, base: int, verb: tuple[int, int], span: tuple[int, int],
            names: list[tuple[int, int]]) -> bool:
    """'told reporters on Monday', 'said Thursday'; 'on Monday said', 'On May 26, Putin announced'."""
    if span[0] >= verb[1]:
        between = text[verb[1] - base:span[0] - base]
        return "," not in between and len(between.split()) <= AFTER
    if span[1] > verb[0]:
        return False
    between = text[span[1] - base:verb[0] - base]
    if len(text[:span[0] - base].split()) <= 1 and between.lstrip().startswith(","):
        return True  # a date opening the sentence dates its main clause: "On May 26, Putin announced"
    for a, b in sorted(names, reverse=True):  # the speaker's name between date and verb does not count
        if span[1] <= a and b <= verb[0]:
            between = between[:a - span[1]] + " " + between[b - span[1]:]
    return "," not in between and len(between.split()) <= BEFORE


def _modifies_a_noun(text: str, base: int, span: tuple[int, int]) -> bool:
    """'a 4 July general election', 'the April 1 deadline': the date names the thing, not the statement."""
    before = text[:span[0] - base].split()[-1:]
    after = text[span[1] - base:]
    return before in (["a"], ["an"], ["the"], ["A"], ["The"]) and bool(re.match(r"[,]?\s*[A-Za-z]", after))


def is_reporting(words: list[str]) -> bool:
    return any(w in REPORTING for w in words)
