"""A document is its source, not its file name: the key a file is stored under.

A file's key is its path within the corpus folder (or within the folder it was found in), with `/`
separators: `a/report.txt` and `b/report.txt` are two documents, and a file at the top of the corpus keeps
its plain name (`report.txt`), as before. A file outside any such folder is keyed by its name. A web page's
key is its normalised URL (bot/fetch/urls.py `url_key`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def document_name(path: Path, roots: Iterable[Path | None] = ()) -> str:
    """The key of the file at `path`: relative to the first of `roots` that holds it, else its name."""
    absolute = Path(os.path.abspath(path))
    for root in roots:
        if root is None:
            continue
        top = Path(os.path.abspath(root))
        if absolute != top and absolute.is_relative_to(top):
            return absolute.relative_to(top).as_posix()
    return path.name
