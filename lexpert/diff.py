"""Changed norms only: align two versions of a draft and keep the findings that matter.

Units are aligned first by identical text (so renumbering does not count as a
change), then by structural address with similar text (a changed norm), and the
rest are added or removed.  Findings are reported only in added or changed
norms; findings of the old version that the new one no longer has are resolved.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from lexpert.findings import DocumentResult, Finding, normalise
from lexpert.structure.model import NORM, Unit

SIMILAR = 0.5  # difflib ratio above which a unit at the same address counts as changed, not replaced


@dataclass
class UnitChange:
    """How one norm changed between the versions."""

    status: str  # added | changed | unchanged | removed
    old: Unit | None
    new: Unit | None


@dataclass
class DiffResult:
    """Findings in added or changed norms of the new version, and findings it resolved."""

    changes: list[UnitChange]
    new_findings: list[Finding] = field(default_factory=list)
    resolved: list[Finding] = field(default_factory=list)

    @property
    def changed_units(self) -> list[UnitChange]:
        """Units added or changed in the new version."""
        return [c for c in self.changes if c.status in ("added", "changed")]


def norm_units(root: Unit) -> list[Unit]:
    """The smallest norm units of a tree, in document order."""
    return [u for u in root.leaves() if u.role == NORM and u.kind != "document" and u.text.strip()]


def _body(unit: Unit) -> str:
    """Unit text without its leading number, so renumbered norms compare equal."""
    text = unit.text.strip()
    if unit.number and text.startswith(unit.number):
        text = text[len(unit.number):]
    return normalise(text.lstrip(".)- \t"))


def align(old_root: Unit, new_root: Unit) -> list[UnitChange]:
    """Align the norms of two versions; the result follows the new version's order, removed units last."""
    old_units = norm_units(old_root)
    new_units = norm_units(new_root)
    old_by_text: dict[str, list[int]] = {}
    for index, unit in enumerate(old_units):
        old_by_text.setdefault(_body(unit), []).append(index)
    taken: set[int] = set()
    pairing: dict[int, tuple[str, int]] = {}
    for index, unit in enumerate(new_units):
        candidates = [i for i in old_by_text.get(_body(unit), []) if i not in taken]
        if candidates:
            taken.add(candidates[0])
            pairing[index] = ("unchanged", candidates[0])
    old_by_address = {u.address.get("ru", ""): i for i, u in enumerate(old_units)}
    for index, unit in enumerate(new_units):
        if index in pairing:
            continue
        match = old_by_address.get(unit.address.get("ru", ""))
        if match is not None and match not in taken:
            ratio = difflib.SequenceMatcher(None, _body(old_units[match]), _body(unit), autojunk=False).ratio()
            if ratio >= SIMILAR:
                taken.add(match)
                pairing[index] = ("changed", match)
    changes = []
    for index, unit in enumerate(new_units):
        status, match = pairing.get(index, ("added", -1))
        changes.append(UnitChange(status, old_units[match] if match >= 0 else None, unit))
    changes.extend(UnitChange("removed", unit, None) for i, unit in enumerate(old_units) if i not in taken)
    return changes


def _inside(finding: Finding, unit: Unit) -> bool:
    return unit.start <= finding.start < max(unit.end, unit.start + 1)


def _identity(finding: Finding) -> tuple[str, str]:
    return finding.rule, normalise(finding.quote)


def diff(old: DocumentResult, old_root: Unit, new: DocumentResult, new_root: Unit) -> DiffResult:
    """Findings of ``new`` in added or changed norms, and findings of ``old`` that ``new`` resolved."""
    result = DiffResult(align(old_root, new_root))
    touched = [c.new for c in result.changed_units if c.new is not None]
    result.new_findings = [f for f in new.findings if any(_inside(f, u) for u in touched)]
    remaining = [_identity(f) for f in new.findings]
    for finding in old.findings:
        key = _identity(finding)
        if key in remaining:
            remaining.remove(key)
        else:
            result.resolved.append(finding)
    return result
