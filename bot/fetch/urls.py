"""URLs as users paste them, and one key per article however its URL is spelled.

`url_key` is a document's identity for a web page: the same article reached with `http` or `https`, with or
without `www.`, with tracking parameters (utm_*, fbclid…), a fragment, a default port or a trailing slash is
one document.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that identify a campaign or a click, never the article. Sources: the utm_ convention
# (Google Analytics), Facebook (fbclid), Google Ads (gclid, dclid, gbraid, wbraid), Microsoft (msclkid),
# Mailchimp (mc_cid, mc_eid), HubSpot (_hsenc, _hsmi), Instagram (igshid), Yandex (yclid), Twitter/X (s, t on
# x.com are not removed: they can mean something elsewhere), and the common "ref"/"source" link labels.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "__hs", "_hs")
TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "ocid",
    "cmpid", "cmp", "ito", "ref", "ref_src", "ref_url", "referrer", "src", "source", "share", "smid", "sr_share",
    "at_medium", "at_campaign", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "_ga", "_gl",
    "spm", "rss", "feed", "from",
})
_URL = re.compile(r"https?://[^\s<>\"'`|\\^{}\[\]]+", re.IGNORECASE)
_TRAILING = ".,;:!?)»”’'\""


class BadURL(ValueError):
    """Not a web address the bot can read; the message says why."""


def check_url(url: str) -> str:
    """`url` stripped and checked: http(s), a host, no user:password. Raises BadURL with the reason."""
    url = url.strip().strip("<>")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadURL(f"“{url[:100]}” is not a valid web address ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise BadURL(f"“{url[:100]}” is not a web address (only http:// and https:// links can be read)")
    if not parts.hostname:
        raise BadURL(f"“{url[:100]}” has no host name")
    if parts.username or parts.password:
        raise BadURL("links with a user name or password in them are not read")
    if port == 0:
        raise BadURL(f"“{url[:100]}” has no usable port")
    return url


def find_links(text: str, limit: int = 10) -> list[str]:
    """The http(s) links in a message, in order, without duplicates or trailing punctuation."""
    found: list[str] = []
    for match in _URL.finditer(text or ""):
        url = match.group(0).rstrip(_TRAILING)
        if url.count("(") < url.count(")"):  # "(see https://x/y)" — the bracket is the message's
            url = url.rstrip(")")
        if url not in found:
            found.append(url)
        if len(found) == limit:
            break
    return found


def normalise(url: str) -> str:
    """A canonical spelling: https, lower-case host without 'www.', no default port, no fragment, no tracking
    parameters, the others sorted, no trailing slash (except the root), percent-escapes made uniform."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" if port in (None, 80, 443) else f"[{host}]:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~%") or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    return urlunsplit(("https", netloc, path, urlencode(sorted(query)), ""))


def url_key(url: str) -> str:
    """The document key of a web page: its normalised URL without the scheme ('example.com/news/story')."""
    return normalise(url).removeprefix("https://")


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING or lowered.startswith(TRACKING_PREFIXES)
