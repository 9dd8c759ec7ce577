"""``--since REV``: only findings in norms changed since a git revision, in real temporary repositories."""

from __future__ import annotations

from pathlib import Path

import pytest

from batch_drafts import KK, RU_V1, RU_V2, git, opts, write
from lexpert.batch import CheckOptions, run
from lexpert.errors import ExitCode, InputError


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two commits: the second edits bees.txt (renumbering, a fix, a new exception) and adds new.txt."""
    git(tmp_path, "init", "-q")
    write(tmp_path / "drafts" / "bees.txt", RU_V1)
    write(tmp_path / "drafts" / "kk.txt", KK)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first version")
    write(tmp_path / "drafts" / "bees.txt", RU_V2)
    write(tmp_path / "drafts" / "new.txt", RU_V1)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "second version")
    return tmp_path


def since(rev: str, jobs: int = 1) -> CheckOptions:
    return opts(since=rev, jobs=jobs)


def test_since_reports_changed_and_added_norms_only(repo: Path) -> None:
    batch = run([repo / "drafts"], since("HEAD~1"))
    by_file = {Path(r.path).name: sorted({(f.rule, f.address["ru"]) for f in r.findings}) for r in batch.results}
    # bees.txt: the renumbered but unchanged points 3 and 4 of article 2 are not reported again.
    assert {address for _, address in by_file["bees.txt"]} == {"пункт 2 статьи 3"}
    assert ("exceptional-cases", "пункт 2 статьи 3") in by_file["bees.txt"]
    assert by_file["kk.txt"] == []  # unchanged
    assert len(by_file["new.txt"]) == 3  # new since HEAD~1: every norm is added
    assert [(f.rule, f.path) for f in batch.resolved] == [("vague-deadline", f"{repo / 'drafts' / 'bees.txt'}@HEAD~1")]
    assert "Findings resolved since HEAD~1: 1" in batch.notices
    # Norm counts of the files that changed: bees.txt (1 added, 2 changed, 4 renumbered) and new.txt (6 added).
    assert batch.summary.changes == {"added": 7, "changed": 2, "removed": 0, "unchanged": 4}
    assert batch.exit_code == ExitCode.FINDINGS


def test_since_head_without_changes_is_clean_and_jobs_agree(repo: Path) -> None:
    one = run([repo / "drafts"], since("HEAD"))
    assert one.findings == [] and one.exit_code == ExitCode.OK
    two = run([repo / "drafts"], since("HEAD~1", jobs=2))
    assert [r.to_dict() for r in two.results] == [r.to_dict() for r in run([repo / "drafts"], since("HEAD~1")).results]


def test_since_uncommitted_edit_counts(repo: Path) -> None:
    draft = repo / "drafts" / "kk.txt"
    write(draft, KK.replace("он жұмыс күні ішінде", "ақылға қонымды мерзімде"))
    batch = run([draft], since("HEAD"))
    assert [(f.rule, f.address["kk"]) for f in batch.findings] == [("vague-deadline", "1-баптың 1-тармағы")]


def test_since_outside_a_git_repository_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    draft = write(tmp_path / "bees.txt", RU_V1)
    with pytest.raises(InputError, match="not inside a git repository"):
        run([draft], since("HEAD~1"))


def test_since_unknown_revision_is_an_input_error(repo: Path) -> None:
    with pytest.raises(InputError, match="unknown git revision 'v9.9'"):
        run([repo / "drafts"], since("v9.9"))
