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


def document_name(path: Path | str, roots: Iterable[Path | None] = (), cwd: str | None = None) -> str:
    """The key of the file at `path`: relative to the first of `roots` that holds it, else its name. (String
    operations on normalised absolute paths, once per folder: a start-up names every corpus file, and pathlib
    is slow; `cwd`, the working folder, when the caller names many.)"""
    return name_in(os.fspath(path), tuple(os.fspath(r) for r in roots if r is not None), cwd or os.getcwd())


def name_in(path: str, roots: tuple[str, ...], cwd: str) -> str:
    """document_name for a path string and the roots as strings (what a start-up calls for every file)."""
    folder, name = os.path.split(path)
    prefix = _folder_key(folder, roots, cwd)
    return name if prefix is None else prefix + name


@lru_cache(maxsize=4096)
def _folder_key(folder: str, roots: tuple[str, ...], cwd: str) -> str | None:
    """What goes before a file's name in the key of every file in `folder` ("" at the top of a root, "a/b/"
    below it), or None when no root holds the folder: whether a root holds a file depends on its folder only."""
    absolute = _absolute(folder, cwd)
    for root in roots:
        inside = _inside(root, cwd)
        if absolute + os.sep == inside or absolute == inside:  # the root itself ("/" ends with its separator)
            return ""
        if absolute.startswith(inside):
            return absolute[len(inside):].replace(os.sep, "/") + "/"
    return None


@lru_cache(maxsize=64)
def _inside(root: str, cwd: str) -> str:
    """The absolute prefix of every path inside `root` (the same few roots, for every file of a corpus)."""
    top = _absolute(root, cwd)
    return top if top.endswith(os.sep) else top + os.sep


@lru_cache(maxsize=4096)
def _absolute(folder: str, cwd: str) -> str:
    """abspath of a folder (relative to `cwd`), once per folder: every corpus file is named at each start."""
    return os.path.normpath(os.path.join(cwd, folder))
