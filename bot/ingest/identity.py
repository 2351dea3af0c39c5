"""A document is its source, not its file name: the key a file is stored under.

A file's key is its path within the corpus folder (or within the folder it was found in), with `/`
separators: `a/report.txt` and `b/report.txt` are two documents, and a file at the top of the corpus keeps
its plain name (`report.txt`), as before. A file outside any such folder is keyed by its name. A web page's
key is its normalised URL (bot/fetch/urls.py `url_key`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path


def document_name(path: Path, roots: Iterable[Path | None] = ()) -> str:
    """The key of the file at `path`: relative to the first of `roots` that holds it, else its name.
    (String operations on normalised absolute paths: a start-up names every corpus file, pathlib is slow.)"""
    cwd = os.getcwd()
    folder, name = os.path.split(os.fspath(path))
    absolute = os.path.join(_absolute(folder, cwd), name)
    for root in roots:
        if root is None:
            continue
        inside = _inside(os.fspath(root), cwd)
        if absolute.startswith(inside) and len(absolute) > len(inside):
            return absolute[len(inside):].replace(os.sep, "/")
    return path.name


@lru_cache(maxsize=64)
def _inside(root: str, cwd: str) -> str:
    """The absolute prefix of every path inside `root` (the same few roots, for every file of a corpus)."""
    top = _absolute(root, cwd)
    return top if top.endswith(os.sep) else top + os.sep


@lru_cache(maxsize=4096)
def _absolute(folder: str, cwd: str) -> str:
    """abspath of a folder (relative to `cwd`), once per folder: every corpus file is named at each start."""
    return os.path.normpath(os.path.join(cwd, folder))
