"""Changed norms only: aligning two versions of a draft (``lexpert.diff`` and ``lexpert.batch.run_diff``)."""

from __future__ import annotations

from pathlib import Path

from batch.batch_drafts import RU_V1, RU_V2, opts, write, write_docx
from lexpert import diff
from lexpert.batch import run_diff
from lexpert.errors import ExitCode
from lexpert.ingest import read_source
from lexpert.structure import parse_structure


def tree(path: Path):
    return parse_structure(read_source(path), "ru")


def test_align_renumbered_unchanged_changed_added(tmp_path: Path) -> None:
    changes = diff.align(tree(write(tmp_path / "v1.txt", RU_V1)), tree(write(tmp_path / "v2.txt", RU_V2)))
    status = {c.new.address["ru"]: c.status for c in changes if c.new is not None}
    assert status["пункт 1 статьи 2"] == "added"
    assert status["пункт 2 статьи 2"] == "unchanged"  # was point 1: renumbered only
    assert status["пункт 3 статьи 2"] == "unchanged"
    assert status["пункт 1 статьи 3"] == "changed"
    assert status["пункт 2 статьи 3"] == "changed"
    assert not [c for c in changes if c.status == "removed"]


def test_align_removed_norm(tmp_path: Path) -> None:
    shorter = RU_V1.replace("2. Решение о выдаче субсидии принимается комиссией в течение пяти рабочих дней.\n", "")
    changes = diff.align(tree(write(tmp_path / "v1.txt", RU_V1)), tree(write(tmp_path / "v2.txt", shorter)))
    assert [c.old.address["ru"] for c in changes if c.status == "removed"] == ["пункт 2 статьи 3"]


def test_run_diff_reports_changed_norms_and_resolved_findings(tmp_path: Path) -> None:
    old = write(tmp_path / "v1.txt", RU_V1)
    new = write(tmp_path / "v2.txt", RU_V2)
    batch = run_diff(old, new, opts())
    found = {(f.rule, f.address["ru"]) for f in batch.findings}
    assert ("exceptional-cases", "пункт 2 статьи 3") in found
    assert not {a for _, a in found} - {"пункт 2 статьи 3"}  # body-may and open-documents of article 2 only moved
    assert [(f.rule, f.path) for f in batch.resolved] == [("vague-deadline", str(old))]
    assert batch.summary.changes == {"added": 1, "changed": 2, "removed": 0, "unchanged": 4}
    assert batch.exit_code == ExitCode.FINDINGS


def test_run_diff_across_formats_docx_to_txt(tmp_path: Path) -> None:
    old = write_docx(tmp_path / "v1.docx", RU_V1)
    new = write(tmp_path / "v2.txt", RU_V1.replace("в разумный срок", "в течение трёх рабочих дней"))
    batch = run_diff(old, new, opts())
    assert batch.findings == []
    assert [f.rule for f in batch.resolved] == ["vague-deadline"]
    assert batch.exit_code == ExitCode.OK


def test_run_diff_unreadable_old_version_is_an_error(tmp_path: Path) -> None:
    new = write(tmp_path / "v2.txt", RU_V2)
    batch = run_diff(tmp_path / "missing.docx", new, opts())
    assert batch.exit_code == ExitCode.ERROR and "missing.docx" in batch.failed[0][1]
