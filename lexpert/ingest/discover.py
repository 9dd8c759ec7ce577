"""``find_drafts``: expand the paths a user gives into the draft files to check."""

from __future__ import annotations

import os
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path

from lexpert.ingest.formats import FORMATS, supported_list
from lexpert.ingest.messages import input_error

_LOCK_PREFIXES = ("~$", ".~lock.")


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    """A pattern with a ``/`` matches the path relative to the directory; one without, the name."""
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch(relative if "/" in pattern else name, pattern) for pattern in patterns)


def _drafts_in(directory: Path, include: Sequence[str], exclude: Sequence[str]) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or name.startswith(_LOCK_PREFIXES):
                continue
            if Path(name).suffix.lower() not in FORMATS:
                continue
            path = Path(root, name)
            relative = path.relative_to(directory).as_posix()
            if include and not _matches(relative, include):
                continue
            if exclude and _matches(relative, exclude):
                continue
            found.append(path)
    return sorted(found)


def find_drafts(
    paths: Sequence[str | Path], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> list[Path]:
    """The draft files named by ``paths``, in order and without duplicates.

    A directory is searched recursively for supported drafts (sorted; hidden
    directories and files and Word/LibreOffice lock files skipped) and filtered
    by the glob patterns ``include`` and ``exclude``.  A file named explicitly is
    always kept (its reader reports it if it cannot be read); ``"-"`` stands for
    standard input.  A missing path or a directory without drafts raises
    :class:`~lexpert.errors.InputError`.
    """
    result: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            candidates = [path]
        elif path.is_dir():
            candidates = _drafts_in(path, include, exclude)
            if not candidates:
                raise input_error(raw, "no_drafts", exts=supported_list())
        elif path.exists():
            candidates = [path]
        else:
            raise input_error(raw, "missing")
        for candidate in candidates:
            key = candidate.resolve() if str(candidate) != "-" else candidate
            if key not in seen:
                seen.add(key)
                result.append(candidate)
    return result
