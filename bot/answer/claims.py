"""Find the quotes to check in a chat message: the text inside quotation marks, else the whole message."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|‘([^’]{8,})’|«([^»]{3,})»|„([^“”]{3,})[“”]")
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@everyone|@here")
MAX_CLAIMS = 5  # one verdict each; a message quoting more is checked on its first five


def claims_in_message(text: str) -> list[str]:
    text = _MENTION.sub(" ", text or "")
    quoted = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    claims = [q.strip() for q in quoted if len(q.split()) >= 2] or ([text.strip()] if text.strip() else [])
    return claims[:MAX_CLAIMS]
