"""``compare_sources``: align the Kazakh and Russian versions of one act and list what differs."""

from __future__ import annotations

from pathlib import Path

from lexpert.compare.align import Pair, align
from lexpert.compare.diff import compare_groups, missing
from lexpert.compare.findings import FindingIndex, finding_differences
from lexpert.compare.locate import Versions
from lexpert.compare.messages import language_error
from lexpert.compare.model import CompareResult
from lexpert.compare.units import CompUnit, flatten
from lexpert.ingest import read_source
from lexpert.ingest.messages import language as message_language
from lexpert.ingest.model import SourceText
from lexpert.lang import detect_language
from lexpert.structure import parse_structure


def compare_paths(kk_path: str | Path, ru_path: str | Path, *, findings: bool = True) -> CompareResult:
    """Read both files and compare them (``InputError`` when one cannot be read)."""
    return compare_sources(read_source(kk_path), read_source(ru_path), findings=findings)


def compare_sources(kk: SourceText, ru: SourceText, *, findings: bool = True) -> CompareResult:
    """Compare the Kazakh version ``kk`` with the Russian version ``ru`` of the same act.

    With ``findings`` the rule engine runs on both versions and a corruption-risk
    factor found in one version only is a discrepancy too.
    """
    _check_languages(kk, ru)
    kk_units = flatten(parse_structure(kk, "kk"), kk, "kk")
    ru_units = flatten(parse_structure(ru, "ru"), ru, "ru")
    versions = Versions(kk, ru, kk_units, ru_units)
    indexes = _finding_indexes(kk, ru, kk_units, ru_units) if findings else None
    pairs = align(kk_units, ru_units)
    result = CompareResult(kk.path, ru.path)
    matched = [(i, j) for i, j in pairs if i is not None and j is not None]
    result.aligned = len(matched)
    covered = (_ancestors(kk_units, [i for i, _ in matched]), _ancestors(ru_units, [j for _, j in matched]))
    unmatched = ({i for i, j in pairs if j is None}, {j for i, j in pairs if i is None})
    for run in _runs(pairs, kk_units, ru_units):
        kk_run = [i for i, _ in run if i is not None]
        ru_run = [j for _, j in run if j is not None]
        if kk_run and ru_run:
            result.discrepancies.extend(compare_groups(versions, [kk_units[i] for i in kk_run],
                                                       [ru_units[j] for j in ru_run]))
            if indexes:
                result.discrepancies.extend(finding_differences(versions, *indexes, kk_run, ru_run))
            continue
        side = 0 if kk_run else 1
        units = kk_units if kk_run else ru_units
        for index in kk_run or ru_run:
            if _reportable(units, index, unmatched[side], covered[side]):
                result.discrepancies.append(missing(versions, units[index]))
    return result


def _finding_indexes(kk: SourceText, ru: SourceText, kk_units: list[CompUnit],
                     ru_units: list[CompUnit]) -> tuple[FindingIndex, FindingIndex]:
    """Run the rules on both versions (imported here: ``lexpert check --pair`` imports this package)."""
    from lexpert.check import check_source

    return FindingIndex(kk_units, check_source(kk, lang="kk")), FindingIndex(ru_units, check_source(ru, lang="ru"))


def _runs(pairs: list[Pair], kk: list[CompUnit], ru: list[CompUnit]) -> list[list[Pair]]:
    """Pairs of loose units form one run until a pair of numbered units; every other pair is a
    run of its own.  A pair without text (an appendix whose text is all in its children) does
    not break a run: the approval block before it may sit in the signature in one version."""
    runs: list[list[Pair]] = []
    open_run: list[Pair] | None = None
    for i, j in pairs:
        present = [units[k] for units, k in ((kk, i), (ru, j)) if k is not None]
        if all(unit.empty for unit in present):
            runs.append([(i, j)])
        elif all(unit.loose for unit in present):
            if open_run is None:
                open_run = []
                runs.append(open_run)
            open_run.append((i, j))
        else:
            runs.append([(i, j)])
            open_run = None
    return runs


def _ancestors(units: list[CompUnit], indexes: list[int]) -> set[int]:
    """Every unit that encloses one of ``indexes``."""
    out: set[int] = set()
    for index in indexes:
        parent = units[index].parent
        while parent is not None and parent not in out:
            out.add(parent)
            parent = units[parent].parent
    return out


def _reportable(units: list[CompUnit], index: int, unmatched: set[int], has_content: set[int]) -> bool:
    """A missing unit is reported once (not under a missing parent), unless it is a signature or
    a heading whose content is aligned (the other version just has no such heading)."""
    unit = units[index]
    if unit.kind == "signature" or (unit.parent is not None and unit.parent in unmatched):
        return False
    return index not in has_content


def _check_languages(kk: SourceText, ru: SourceText) -> None:
    """``InputError`` when the files are swapped or both in one language."""
    kk_lang, ru_lang = detect_language(kk.text), detect_language(ru.text)
    if (kk_lang, ru_lang) == ("ru", "kk"):
        raise language_error(kk.path, "swapped", message_language())
    if kk_lang == ru_lang:
        raise language_error(ru.path if kk_lang == "kk" else kk.path, "same_language", message_language(), lang=kk_lang)
