"""Pick Kazakh/Russian pairs out of a list of files: ``NAME.kk.docx`` + ``NAME.ru.docx``,
or ``kk/NAME.txt`` + ``ru/NAME.txt`` in sibling folders."""

from __future__ import annotations

import re
from pathlib import Path

from lexpert.ingest import find_drafts

_SUFFIXED = re.compile(r"^(?P<name>.+)\.(?P<lang>kk|ru)\.[^.]+$", re.IGNORECASE)
_LANG_DIRS = ("kk", "ru")


def _pair_key(path: Path) -> tuple[tuple[str, str], str] | None:
    """((folder, name), lang) that identifies the act and the language of ``path``."""
    match = _SUFFIXED.match(path.name)
    if match:
        return (str(path.parent.resolve()), match.group("name")), match.group("lang").lower()
    folder = path.parent.name.lower()
    if folder in _LANG_DIRS:
        return (str(path.parent.parent.resolve()), path.stem), folder
    return None


def find_pairs(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(Kazakh file, Russian file) pairs among ``paths``.

    Folders are searched for drafts as ``lexpert check`` does (``find_drafts``).  Files
    without a counterpart are left out; when a name has several files in one language,
    the one with the same extension as its counterpart wins.
    """
    files = find_drafts(paths)
    groups: dict[tuple[str, str], dict[str, list[Path]]] = {}
    for path in files:
        found = _pair_key(path)
        if found:
            key, lang = found
            groups.setdefault(key, {}).setdefault(lang, []).append(path)
    pairs: list[tuple[Path, Path]] = []
    for key in sorted(groups):
        kk, ru = groups[key].get("kk", []), groups[key].get("ru", [])
        if not kk or not ru:
            continue
        same = [(a, b) for a in kk for b in ru if a.suffix.lower() == b.suffix.lower()]
        pairs.append(same[0] if same else (kk[0], ru[0]))
    return pairs
