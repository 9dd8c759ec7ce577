"""Baselines and suppressions over findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lexpert import baseline, suppress
from lexpert.config import Suppression
from lexpert.errors import InputError
from lexpert.findings import DocumentResult, Finding, fingerprint
from lexpert.ingest.model import SourceText


def finding(path: str, line: int, rule: str = "may-instead-of-must", quote: str = "вправе отказать",
            address: str = "пункт 5") -> Finding:
    addr = {"ru": address, "kk": address}
    return Finding(
        rule=rule, factor=rule, severity="warning", confidence="high", path=path, line=line, end_line=line,
        start=0, end=1, address=addr, quote=quote, message="m", explanation="e", suggestion="s", lang="ru",
        fingerprint=fingerprint(rule, addr, quote),
    )


def test_fingerprint_ignores_line_case_and_spacing() -> None:
    a = finding("a.txt", 3, quote="Вправе  отказать")
    b = finding("a.txt", 30, quote="вправе отказать")
    assert a.fingerprint == b.fingerprint
    assert a.fingerprint != finding("a.txt", 3, address="пункт 6").fingerprint


def test_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    draft = tmp_path / "law.txt"
    draft.write_text("x", encoding="utf-8")
    old = [DocumentResult(str(draft), "ru", [finding(str(draft), 3)])]
    path = baseline.write(old, tmp_path / "lexpert-baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "lexpert.baseline/1" and data["findings"][0]["path"] == "law.txt"
    # The known finding moved to another line; a new one appeared.
    new = [DocumentResult(str(draft), "ru", [finding(str(draft), 9), finding(str(draft), 12, address="пункт 8")])]
    dropped = baseline.filter_new(new, baseline.load(path), tmp_path)
    assert dropped == 1
    assert [f.address["ru"] for f in new[0].findings] == ["пункт 8"]


def test_baseline_is_a_multiset(tmp_path: Path) -> None:
    draft = str(tmp_path / "law.txt")
    path = baseline.write([DocumentResult(draft, "ru", [finding(draft, 3)])], tmp_path / "b.json")
    twice = [DocumentResult(draft, "ru", [finding(draft, 3), finding(draft, 4)])]
    assert baseline.filter_new(twice, baseline.load(path), tmp_path) == 1
    assert len(twice[0].findings) == 1


@pytest.mark.parametrize("content", ["{not json", '{"schema": "other"}', ""])
def test_baseline_bad_file_is_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="b.json"):
        baseline.load(path)


def test_baseline_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        baseline.load(tmp_path / "none.json")


TEXT = (
    "5. Уполномоченный орган вправе отказать в выдаче разрешения.\n"
    "\n"
    "lexpert: ignore may-instead-of-must — отказ ограничен основаниями пункта 7\n"
    "6. Комиссия вправе отказать в приёме документов.\n"
    "7. Аким вправе продлить срок. <!-- lexpert: ignore all — срок продлевается один раз -->\n"
    "8. lexpert: ignore broad-discretion\n"
)


def test_inline_markers_apply_to_own_or_next_line() -> None:
    source = SourceText("d.md", "md", TEXT)
    markers, malformed = suppress.inline_markers(source)
    assert [(m.line, sorted(m.rules)) for m in markers] == [(4, ["may-instead-of-must"]), (5, ["all"])]
    assert markers[0].reason == "отказ ограничен основаниями пункта 7"
    assert len(malformed) == 1 and "d.md:6" in malformed[0]


def test_apply_suppresses_matching_and_reports_unused() -> None:
    source = SourceText("d.md", "md", TEXT)
    markers, _ = suppress.inline_markers(source)
    result = DocumentResult("d.md", "ru", [finding("d.md", 1), finding("d.md", 4), finding("d.md", 5, rule="missing-deadline")])
    report = suppress.apply(result, markers)
    assert [f.line for f in result.findings] == [1]
    assert len(report.suppressed) == 2 and report.unused == []


def test_config_suppression_by_file_address_and_rule(tmp_path: Path) -> None:
    draft = tmp_path / "drafts" / "law.txt"
    draft.parent.mkdir()
    draft.write_text("x", encoding="utf-8")
    entries = (
        Suppression("drafts/law.txt", "Пункт  5", "may-instead-of-must", "bounded"),
        Suppression("drafts/law.txt", "пункт 9", "may-instead-of-must", "stale"),
        Suppression("other.txt", "пункт 5", "may-instead-of-must", "other file"),
    )
    markers = suppress.config_markers(entries, draft, tmp_path, "lexpert.toml")
    assert len(markers) == 2
    result = DocumentResult(str(draft), "ru", [finding(str(draft), 1), finding(str(draft), 2, address="пункт 6")])
    report = suppress.apply(result, markers)
    assert [f.address["ru"] for f in result.findings] == ["пункт 6"]
    assert [m.origin for m in report.unused] == ["lexpert.toml: suppress #2"]
