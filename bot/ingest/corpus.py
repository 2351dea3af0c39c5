"""Which files of a corpus folder are articles — and which are refused because they lead out of it.

A symbolic link whose real path is outside the corpus folder (`seeds/x.txt -> /etc/shadow`, a linked
folder elsewhere) is never read: it is refused with a log line. Links that stay inside the folder are
followed unless the setting ingest.allow_symlinks_inside is false. Hidden files and folders are skipped.
One walk serves the ingest (discover) and the watcher (bot/watch.py), so both see the same files.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

Refuse = Callable[[Path, str], None]  # (path, reason): called once per refused entry of a walk

OUTSIDE = "is a symbolic link to somewhere outside the corpus folder; refused"
LINKS_OFF = "is a symbolic link (ingest.allow_symlinks_inside is false); refused"


def link_refusal(path: Path, root: Path, links_inside: bool = True) -> str | None:
    """Why `path` (lexically inside `root`) must not be read, or None. Only links can lead out of a folder."""
    if not _through_link(path, root):
        return None
    if not links_inside:
        return LINKS_OFF
    real = Path(os.path.realpath(path))
    return None if real.is_relative_to(os.path.realpath(root)) else OUTSIDE


def _through_link(path: Path, root: Path) -> bool:
    """Whether `path` or a folder between `root` and it is a symbolic link (`root` itself may be one)."""
    current = Path(os.path.abspath(path))
    top = Path(os.path.abspath(root))
    while current != top and current.is_relative_to(top):
        if current.is_symlink():
            return True
        current = current.parent
    return False


def walk(root: Path, extensions: tuple[str, ...], links_inside: bool = True,
         refuse: Refuse | None = None) -> Iterator[tuple[Path, os.stat_result]]:
    """Every article file under `root` with its stat, in no particular order. Raises OSError only when `root`
    itself cannot be listed; an unreadable subfolder is logged and skipped."""
    for path, st in walk_names(root, extensions, links_inside, refuse):
        yield Path(path), st


def walk_names(root: Path, extensions: tuple[str, ...], links_inside: bool = True,
               refuse: Refuse | None = None) -> Iterator[tuple[str, os.stat_result]]:
    """walk() with each path as a string (`str(Path(path))`): a start-up looks at every file of the corpus and
    makes a Path only for those that changed."""
    top = os.path.realpath(root)
    seen = {top}  # real folders walked: a link back to a parent must not loop
    start = os.fspath(root)
    stack = [start]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as exc:
            if current == start:
                raise
            log.warning("ingest: cannot list %s (%s); skipped", current, exc.strerror or exc)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                found = _visit(entry, top, extensions, links_inside, seen, refuse)
            except OSError:
                continue  # vanished between listing and stat
            if isinstance(found, str):
                stack.append(found)
            elif found is not None:
                yield entry.path, found


def _visit(entry: os.DirEntry[str], top: str, extensions: tuple[str, ...], links_inside: bool, seen: set[str],
           refuse: Refuse | None) -> str | os.stat_result | None:
    """A folder to walk (its path), an article's stat, or None (not an article, or refused)."""
    if entry.is_file(follow_symlinks=False):  # most entries (d_type: no system call), tested first
        return entry.stat() if _is_article(entry.name, extensions) else None
    if entry.is_symlink():
        real = os.path.realpath(entry.path)
        reason = None if links_inside else LINKS_OFF
        if reason is None and not Path(real).is_relative_to(top):
            reason = OUTSIDE
        if reason is not None:
            if entry.is_dir() or _is_article(entry.name, extensions):
                (refuse or _log_refusal)(Path(entry.path), reason)
            return None
        if entry.is_dir():
            if real in seen:
                return None
            seen.add(real)
            return entry.path
    elif entry.is_dir(follow_symlinks=False):
        seen.add(os.path.realpath(entry.path))
        return entry.path
    if entry.is_file() and _is_article(entry.name, extensions):
        return entry.stat()
    return None


def _is_article(name: str, extensions: tuple[str, ...]) -> bool:
    return os.path.splitext(name)[1].lower() in extensions


def _parts(path: str) -> str:
    """Path order (component by component) as a string key: the separator made the lowest character, so
    "a/b" < "a-b" < "a/b/c" as Path orders them, at a fraction of the cost of comparing Paths or lists."""
    return path.replace(os.sep, "\0")


def _log_refusal(path: Path, reason: str) -> None:
    log.warning("ingest: %s %s", path, reason)


def discover(
    paths: list[Path], extensions: tuple[str, ...] = (".txt", ".md"), *, corpus: Path | None = None,
    links_inside: bool = True, refused: list[tuple[Path, str]] | None = None,
) -> list[Path]:
    """Expand folders into their article files (sorted); files are kept as given, unless they lie in `corpus`
    and lead out of it. Each refusal is logged and, when `refused` is given, added to it."""
    return [Path(path) for path, _ in scan(paths, extensions, corpus=corpus, links_inside=links_inside,
                                           refused=refused)]


Stamp = tuple[int, int]  # (size, mtime_ns): what tells an unchanged file without reading it


def scan(
    paths: list[Path], extensions: tuple[str, ...] = (".txt", ".md"), *, corpus: Path | None = None,
    links_inside: bool = True, refused: list[tuple[Path, str]] | None = None,
) -> list[tuple[str, Stamp | None]]:
    """discover() as strings, each file found in a folder with the walk's stamp (None for a file given as
    such): what a start-up needs to recognise unchanged files without a second stat or a Path for each."""

    def refuse(path: Path, reason: str) -> None:
        _log_refusal(path, reason)
        if refused is not None:
            refused.append((path, reason))

    found: list[tuple[str, Stamp | None]] = []
    for path in paths:
        if path.is_dir():
            walked = [(p, (st.st_size, st.st_mtime_ns)) for p, st in walk_names(path, extensions, links_inside, refuse)]
            found.extend(sorted(walked, key=lambda f: _parts(f[0])))
        elif corpus is not None and Path(os.path.abspath(path)).is_relative_to(os.path.abspath(corpus)) and (
            reason := link_refusal(path, corpus, links_inside)
        ):
            refuse(path, reason)
        else:
            found.append((str(path), None))
    return found
