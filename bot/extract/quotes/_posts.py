"""Embedded social-media posts without quote marks: signed, or announced by a frame.

Signed "— Name (@handle) Month D, YYYY": the post is the paragraph before the signature (or the text before
an inline signature) plus earlier short lines that read like the same post (social marks or first person,
no quote marks, 280 characters at most).

Announced: "Reyes wrote on X:" ending a paragraph, then a paragraph with no quote marks (or the rest of the
paragraph after the colon): the post, its speaker the frame's (rule post_after_frame). Only social frames
("tweeted", "posted", "wrote on X", "in a post on Facebook"): "The minister said:" before unquoted text
introduces the writer's summary, not words quoted.
"""

from __future__ import annotations

import re

from bot.extract.facts import EntityKind, Quote
from bot.extract.quotes._cues import cue_before
from bot.extract.quotes._resolver import Resolver

_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^\n()—–]{1,80}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))"
)


_TAG = re.compile(r"\s*<[a-z][^<>\n]{0,300}>\s*")


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|my|we|We|our|Our|My)\b")


_SOCIAL = re.compile(r"@\w|#\w|https?://|pic\.twitter\.com")


def find_posts(text: str, paras: list[tuple[int, int]], resolver: Resolver) -> list[Quote]:
    """Every signed post, its speaker the signature's handle or name (rule: where the signature stands)."""
    out: list[Quote] = []
    for k, (lo, hi) in enumerate(paras):
        if "(@" not in text[lo:hi]:
            continue
        for m in _SIGNATURE.finditer(text, lo, hi):
            found = _post_span(text, paras, k, m)
            if found is None:
                continue
            s, e, rule = found
            name_s, name_e = m.start("name"), m.end("name")
            ent = resolver.by_alias(m.group("handle")) or resolver.overlapping(name_s, name_e) or (
                resolver.by_alias(m.group("name")))
            name = ent.name if ent else m.group("name").strip()
            kind: EntityKind | None = ent.kind if ent else "person"
            out.append(Quote(s, e, text[s:e], "post", name, kind, name_s, name_e, "posted", rule))
    return out


def _post_span(text: str, paras: list[tuple[int, int]], k: int, m: re.Match) -> tuple[int, int, str] | None:
    """(start, end, rule) of the post signed by `m` in paragraph k; None when there is no text to quote."""
    lo = paras[k][0]
    if m.start() > lo + 1:  # inline signature: the post is the paragraph text before the dash
        s, e = lo, m.start()
        rule = "post_inline_signature"
    elif k > 0:
        s, e = paras[k - 1]
        rule = "post_signature"
        j = k - 2
        # earlier lines of the same post: short, no quote marks, and social or first-person
        while j >= 0 and e - paras[j][0] <= 280 and _post_line(text, *paras[j]):
            s = paras[j][0]
            j -= 1
    else:
        return None
    while e > s and text[e - 1].isspace():
        e -= 1
    tag = _TAG.match(text, s, e)
    if tag:  # <tweet id=...> markup left by a scraper
        s = tag.end()
    if e - s < 3:
        return None
    return s, e, rule


def _post_line(text: str, lo: int, hi: int) -> bool:
    """A line that reads like part of a post: no quote marks, no signature, social marks or first person."""
    if _has_quote(text, lo, hi) or _SIGNATURE.search(text, lo, hi):
        return False
    return bool(_SOCIAL.search(text, lo, hi) or _FIRST_PERSON.search(text, lo, hi))


def _has_quote(text: str, lo: int, hi: int) -> bool:
    return any(c in text[lo:hi] for c in "“”\"")


# a frame announcing a post: "tweeted:", "posted on Instagram:", "wrote on X:", "said in a post on Facebook:"
_POST_FRAME = re.compile(
    r"\b(?:tweet(?:ed|s)?|post(?:ed|s)?|(?:wrote|writes|said|says|shared)\b[^.:\n]{0,40}?\b(?:on|in a post on|in a "
    r"tweet|in a post)\s+(?:X|Twitter|Facebook|Instagram|Threads|Telegram|LinkedIn|Truth Social|Weibo|social media)"
    r"|in a (?:post|tweet)\b[^.:\n]{0,40})[^.:\n]{0,40}:[ \t]*"
)
_MAX_POST = 600


def framed_posts(text: str, masked: str, paras: list[tuple[int, int]], resolver: Resolver) -> list[Quote]:
    """Posts announced by a social frame ending with a colon, with no quote marks of their own."""
    out: list[Quote] = []
    for k, (lo, hi) in enumerate(paras):
        if ":" not in text[lo:hi]:
            continue
        m = _frame_at_end(text, lo, hi)
        if m is None:
            continue
        if m.end() < hi:  # Reyes posted on Instagram: So proud of this team
            s, e = m.end(), hi
        elif k + 1 < len(paras):
            s, e = paras[k + 1]
        else:
            continue
        if e - s > _MAX_POST or e - s < 3 or _has_quote(text, s, e) or text[e - 1] == ":":
            continue
        found = cue_before(masked, max(lo, m.start() - 200), m.end(), frame=True)
        if found is None:
            continue
        (a, b), cue = found
        name, kind = resolver.resolve(a, b)
        out.append(Quote(s, e, text[s:e], "post", name, kind, a, b, cue or "posted", "post_after_frame"))
    return out


def _frame_at_end(text: str, lo: int, hi: int) -> re.Match | None:
    """The last social frame of the paragraph, when nothing but its post follows it."""
    found = None
    for m in _POST_FRAME.finditer(text, lo, hi):
        found = m
    if found is None or _has_quote(text, found.end(), hi):
        return None
    return found
