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
from lexpert.findings import DocumentResult, Finding, fingerprint
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


def _fingerprint_of(finding: Finding) -> str:
    """The finding's fingerprint, computed when the finding was built without one."""
    return finding.fingerprint or fingerprint(finding.rule, finding.address, finding.quote)


def build(results: list[DocumentResult], root: Path) -> dict:
    """The baseline document for ``results`` (paths relative to ``root``)."""
    entries = []
    for result in results:
        where = _key_path(result.path, root)
        for finding in result.findings:
            entries.append(
                {
                    "path": where,
                    "rule": finding.rule,
                    "fingerprint": _fingerprint_of(finding),
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
    return Counter((e["path"], e["fingerprint"]) for e in _read(path)["findings"] if isinstance(e, dict))


def _read(path: Path) -> dict:
    """The baseline file's JSON, checked to be a baseline; InputError otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "baseline file not found", "Create it with `lexpert baseline create`.") from None
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a readable baseline ({exc})", "Re-create it with `lexpert baseline create`.") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise InputError(str(path), f"not a {SCHEMA} file", "Re-create it with `lexpert baseline create`.")
    return data


def known_for(results: list[DocumentResult], known: Counter[tuple[str, str]], root: Path) -> int:
    """How many baseline entries belong to the drafts of ``results``."""
    paths = {_key_path(r.path, root) for r in results}
    return sum(n for (path, _), n in known.items() if path in paths)


def filter_new(results: list[DocumentResult], known: Counter[tuple[str, str]], root: Path) -> int:
    """Drop findings present in the baseline from ``results`` in place; return how many were dropped.

    The baseline is a multiset: two identical findings in the draft need two entries.
    """
    remaining = Counter(known)
    dropped = 0
    for result in results:
        where = _key_path(result.path, root)
        kept = []
        for finding in result.findings:
            key = (where, _fingerprint_of(finding))
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        result.findings = kept
    return dropped


def update(results: list[DocumentResult], path: Path) -> tuple[int, int, int]:
    """Refresh the entries of the drafts in ``results``; entries of other drafts stay.

    Returns ``(kept, dropped, added)``: entries still found, entries whose
    finding is gone (fixed), and new findings.
    """
    data = _read(path)  # the same errors as a check with --baseline
    root = path.parent
    checked = {_key_path(r.path, root) for r in results}
    old = [e for e in data["findings"] if isinstance(e, dict) and e.get("path") in checked]
    others = [e for e in data["findings"] if isinstance(e, dict) and e.get("path") not in checked]
    new = build(results, root)["findings"]
    old_keys = Counter((e["path"], e["fingerprint"]) for e in old)
    new_keys = Counter((e["path"], e["fingerprint"]) for e in new)
    kept = sum((old_keys & new_keys).values())
    entries = sorted(others + new, key=lambda e: (e.get("path", ""), e.get("rule", ""), e.get("fingerprint", "")))
    atomic_write(path, json.dumps({"schema": SCHEMA, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return kept, sum(old_keys.values()) - kept, sum(new_keys.values()) - kept
