"""The tense around an expression, to date what is written without a year or a week: "on Monday spoke" is
the Monday before publication, "will meet on Monday" the one after (see `tense_near`)."""

from __future__ import annotations

import re

# a marker after the expression is counted at twice its distance: the verb that dates an adjunct mostly
# comes before it ("will double its flights by August in the search for markets untouched by ...")
AFTER_WEIGHT = 2
COMMA_COST = 20  # a comma between a marker and the expression counts as this many characters more

_IRREGULAR_PAST = (
    "said|spoke|spoken|met|told|went|gone|came|took|taken|gave|given|made|saw|seen|began|begun|won|lost|"
    "held|left|sent|brought|thought|found|fell|fallen|rose|risen|paid|sold|bought|led|ran|became|got|wrote|"
    "written|struck|fought|flew|flown|knew|known|kept|meant|stood|swore|sworn|drove|broke|broken|chose|"
    "chosen|spent|built|felt|heard|was|were|had|did|ago|yesterday|earlier|last|previously|former|formerly|"
    "quit|threw|thrown|caught|taught|sought|won|wore|woke|shot|hit|cut|put|set|sat|hung|slid|withdrew|"
    "overtook|undertook|forgot|shook|stole|drew|grew|blew|arose"
)
# an -ed word after a determiner is an adjective ("the reduced dividend"), not a past-tense verb
_PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST}|(?<!\bthe )(?<!\bThe )(?<!\ban )(?<!\bits )(?<!\btheir )"
                   rf"(?<!\ba )[a-z]{{2,}}(?<!e)ed)\b")
_FUTURE = re.compile(
    # "was expected to", "would": the future seen from a past report, still ahead in most news
    r"\b(?:(?:was|were)\s+(?:expected|scheduled|due|set|slated|planning|going|likely)\s+to|would|"
    r"payable|effective|will|wo|shall|'ll|’ll|going\s+to|plans?\s+to|planning\s+to|planned\s+for|"
    r"(?<!had\sbeen\s)(?:scheduled|expected)|expects?\s+to|is\s+due|are\s+due|to\s+be\s+held|upcoming|coming|next(?!\s+to\b)|intends?\s+to|hopes?\s+to|"
    r"aims?\s+to|set\s+to|tomorrow|later\s+this|ahead|(?<!had\sbeen\s)planned|plans|planning|as\s+soon\s+as|"
    r"is\s+to|are\s+to|to\s+resume|to\s+begin|to\s+start|until"
    # a schedule in the present tense: "the trial begins Tuesday", "Modi arrives in Paris on Monday"
    r"|(?<!\bthe\s)(?:begins|starts|opens|arrives|departs|travels|heads|returns|resumes|kicks\s+off|takes\s+place)"
    r")\b|'ll\b|’ll\b"
)


def tense_near(text: str, lo: int, hi: int, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown: the tense marker nearest to text[start:end] within text[lo:hi];
    -2 / +2 when that marker governs the expression directly ("ended Jan. 31", "will meet on Friday")."""
    a = max(lo, start - 90)
    b = min(hi, end + 70)
    best: tuple[int, int, int, int] | None = None
    for pat, sign in ((_FUTURE, 1), (_PAST, -1)):
        for m in pat.finditer(text, a, b):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if dist < 0:
                continue
            gap = (m.end(), start) if m.end() <= start else (end, m.start())
            if _QUOTE.search(text, *gap):
                continue  # a quotation mark between: the marker belongs to another clause ("...,'' he said")
            dist += 0 if sign > 0 else 1  # future markers win ties ("said he will ...")
            if "," in text[gap[0]:gap[1]]:
                dist += COMMA_COST  # another clause ("who was arrested on March 21, was granted")
            if m.start() >= end:
                dist *= AFTER_WEIGHT
            if best is None or dist < best[0]:
                best = (dist, sign, m.start(), m.end())
    if _SINCE.search(text, max(lo, start - 40), start):
        return -2  # "since March": a time already past
    if best is None:
        return 0
    _dist, sign, m_start, m_end = best
    if sign < 0:
        aux = _AUX.search(text, max(lo, m_start - 40), m_start)
        if aux:  # a participle: the auxiliary carries the tense ("will be paid", "is heard", "has set")
            if aux["fut"]:
                sign = 1
            elif aux["pres"]:
                return 0 if aux["pres"].lower() in ("is", "are", "be", "being") else -1
            elif m_end <= start and _PASSIVE_REACH.fullmatch(text, m_end, start):
                return -2  # "was arrested by the police on March 21": a past passive governs its adjuncts
    if m_end <= start and (_GOVERNS if sign < 0 else _GOVERNS_AUX).fullmatch(text, m_end, start):
        return 2 * sign
    return sign


# a quotation mark between a marker and the expression: they belong to different clauses
_QUOTE = re.compile(r"''|``|[\"“”]")
_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?$", re.IGNORECASE)
# the auxiliary right before a participle (an adverb may come between): future, present, or neither
_AUX = re.compile(
    r"\b(?:(?P<fut>(?:will|would|shall|should|must|to|'ll|’ll)\s+(?:not\s+)?(?:be|have\s+been))"
    r"|(?P<pres>is|are|be|being|has|have)|(?P<past>was|were))\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# between a past passive and its date: a short phrase without a comma ("arrested by the ED in the case on")
_PASSIVE_REACH = re.compile(r"\s+(?:[\w'’.-]+\s+){0,6}?(?:on|in|at)\s+")
# between a verb and the date it governs: nothing but a space and perhaps a preposition
_GOVERNS = re.compile(r"\s+(?:on\s+|in\s+|at\s+)?")
# a future auxiliary governs through its verb: "will meet on Feb. 20", "will pay Dec. 14"
_GOVERNS_AUX = re.compile(r"\s+(?:[a-z]+\s+)?(?:on\s+|in\s+|at\s+)?")
