"""Baseline files: the findings a team already knows, so that a check reports only new ones.

A finding is identified by its fingerprint (rule + structural address +
normalised quote, see :func:`lexpert.findings.fingerprint`), never by its line,
so edits elsewhere in the draft do not break the baseline.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from lexpert.errors import InputError
from lexpert.findings import DocumentResult, fingerprint
from lexpert.fsutil import atomic_write

SCHEMA = "lexpert.baseline/1"


def _key_path(path: str, root: Path) -> str:
    """The draft's path relative to the baseline's folder, in POSIX form."""
    if path == "-":
        return path
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def build(results: list[DocumentResult], root: Path) -> dict:
    """The baseline document for ``results`` (paths relative to ``root``)."""
    entries = []
    for result in results:
        for finding in result.findings:
            entries.append(
                {
                    "path": _key_path(result.path, root),
                    "rule": finding.rule,
                    "fingerprint": finding.fingerprint or fingerprint(finding.rule, finding.address, finding.quote),
                    "address": finding.address.get(result.lang) or finding.address.get("ru", ""),
                    "quote": finding.quote,
                }
            )
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return {"schema": SCHEMA, "findings": entries}


def write(results: list[DocumentResult], path: Path) -> Path:
    """Write the baseline for ``results`` to ``path`` atomically."""
    data = build(results, path.parent)
    return atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def load(path: Path) -> Counter[tuple[str, str]]:
    """Known findings as a multiset of ``(relative path, fingerprint)``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "baseline file not found", "Create it with `lexpert baseline create`.") from None
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a readable baseline ({exc})", "Re-create it with `lexpert baseline create`.") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise InputError(str(path), f"not a {SCHEMA} file", "Re-create it with `lexpert baseline create`.")
    return Counter((e["path"], e["fingerprint"]) for e in data["findings"] if isinstance(e, dict))


def filter_new(results: list[DocumentResult], known: Counter[tuple[str, str]], root: Path) -> int:
    """Drop findings present in the baseline from ``results`` in place; return how many were dropped.

    The baseline is a multiset: two identical findings in the draft need two entries.
    """
    remaining = Counter(known)
    dropped = 0
    for result in results:
        kept = []
        for finding in result.findings:
            key = (_key_path(result.path, root), finding.fingerprint or fingerprint(finding.rule, finding.address, finding.quote))
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        result.findings = kept
    return dropped
