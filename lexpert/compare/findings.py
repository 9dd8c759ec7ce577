"""Corruption-risk factors found in one version and not in the aligned unit of the other."""

from __future__ import annotations

import bisect

from lexpert.compare.diff import Group, texts_agree
from lexpert.compare.lexicon import load_lexicon
from lexpert.compare.locate import Versions, address, quote
from lexpert.compare.model import Discrepancy, Side
from lexpert.compare.units import CompUnit
from lexpert.findings import DocumentResult, Finding


# Only confident findings are compared: a tentative one in one version is rule noise more often
# than a difference of the texts.
_CONFIDENCE = ("high",)


class FindingIndex:
    """The confident findings of one version, grouped by the compared unit they fall in."""

    def __init__(self, units: list[CompUnit], result: DocumentResult) -> None:
        self.by_unit: dict[int, dict[str, Finding]] = {}
        starts = [u.unit.line for u in units]
        for finding in result.findings:
            if finding.confidence not in _CONFIDENCE:
                continue
            index = self._unit_of(units, starts, finding.line)
            if index is not None:
                self.by_unit.setdefault(index, {}).setdefault(finding.factor, finding)

    @staticmethod
    def _unit_of(units: list[CompUnit], starts: list[int], line: int) -> int | None:
        """The innermost (last in document order) unit whose lines contain ``line``."""
        for index in range(bisect.bisect_right(starts, line) - 1, -1, -1):
            unit = units[index].unit
            if unit.line <= line <= unit.end_line:
                return index
        return None

    def factors(self, indexes: list[int]) -> dict[str, tuple[int, Finding]]:
        """Factor -> (unit index, first finding) in the units ``indexes``."""
        found: dict[str, tuple[int, Finding]] = {}
        for index in indexes:
            for factor, finding in self.by_unit.get(index, {}).items():
                found.setdefault(factor, (index, finding))
        return found


def finding_differences(versions: Versions, kk_index: FindingIndex, ru_index: FindingIndex,
                        kk_units: list[int], ru_units: list[int]) -> list[Discrepancy]:
    """Factors found in the Kazakh units or in the Russian units they correspond to, not in both."""
    kk_group = Group([versions.units["kk"][i] for i in kk_units])
    ru_group = Group([versions.units["ru"][j] for j in ru_units])
    kk_f, ru_f = kk_index.factors(kk_units), ru_index.factors(ru_units)
    out = []
    for factor in sorted(kk_f.keys() ^ ru_f.keys()):
        if texts_agree(load_lexicon().factor_features.get(factor, ""), kk_group, ru_group):
            continue
        if factor in kk_f:
            index, finding = kk_f[factor]
            out.append(Discrepancy("finding", _side(versions.units["kk"][index], finding),
                                   versions.side(ru_group.units[0]), (finding.quote,), (), detail=factor))
        else:
            index, finding = ru_f[factor]
            out.append(Discrepancy("finding", versions.side(kk_group.units[0]),
                                   _side(versions.units["ru"][index], finding), (), (finding.quote,), detail=factor))
    return out


def _side(unit: CompUnit, finding: Finding) -> Side:
    return Side(address(unit), finding.line, quote(finding.quote, None))
