"""CI commands through the CLI: ``lexpert init``, ``lexpert baseline create|update``, ``lexpert diff``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import lexpert.cli.baseline  # noqa: F401  (registers the command)
import lexpert.cli.diff  # noqa: F401
import lexpert.cli.init  # noqa: F401
from batch.batch_drafts import RU_CLEAN, RU_V1, RU_V2, RULES_TOML, opts, write
from lexpert.batch import run
from lexpert.cli import app
from lexpert.config import STARTER, load_config

runner = CliRunner()


def invoke(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder whose lexpert.toml pins the rules the test drafts were written for."""
    write(tmp_path / "lexpert.toml", RULES_TOML)
    return tmp_path


def test_init_writes_starter_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = invoke("init", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "lexpert.toml").read_text(encoding="utf-8") == STARTER
    assert load_config(tmp_path / "drafts" / "law.txt").path == tmp_path / "lexpert.toml"
    (tmp_path / "lexpert.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    refused = invoke("init", tmp_path)
    assert refused.exit_code == 2 and "already exists" in refused.output and "--force" in refused.output
    assert (tmp_path / "lexpert.toml").read_text(encoding="utf-8") == 'fail-on = "error"\n'
    assert invoke("init", tmp_path, "--force").exit_code == 0
    assert (tmp_path / "lexpert.toml").read_text(encoding="utf-8") == STARTER


def test_baseline_create_update_and_check(project: Path) -> None:
    draft = write(project / "drafts" / "bees.txt", RU_V1)
    base = project / "baseline.json"
    created = invoke("baseline", "create", project / "drafts", "--output", base, "--jobs", "1")
    assert created.exit_code == 0, created.output
    assert "3 finding(s)" in created.output
    assert run([draft], opts(baseline=base)).exit_code == 0
    write(draft, RU_V1.replace("в разумный срок", "в течение трёх рабочих дней").replace("принимается комиссией", "принимается комиссией при необходимости"))
    assert [f.rule for f in run([draft], opts(baseline=base)).findings] == ["if-necessary"]
    updated = invoke("baseline", "update", draft, "--output", base, "--jobs", "1")
    assert updated.exit_code == 0, updated.output
    assert "2 kept, 1 dropped (fixed), 1 added" in updated.output
    assert len(json.loads(base.read_text(encoding="utf-8"))["findings"]) == 3
    assert run([draft], opts(baseline=base)).exit_code == 0


def test_baseline_is_not_written_when_a_file_fails(project: Path) -> None:
    write(project / "drafts" / "bees.txt", RU_V1)
    (project / "drafts" / "broken.docx").write_bytes(b"not a zip")
    result = invoke("baseline", "create", project / "drafts", "--output", project / "b.json", "--jobs", "1")
    assert result.exit_code == 2 and "broken.docx" in result.output
    assert not (project / "b.json").exists()


def test_baseline_update_of_missing_file_is_an_error(project: Path) -> None:
    draft = write(project / "bees.txt", RU_V1)
    result = invoke("baseline", "update", draft, "--output", project / "none.json")
    assert result.exit_code == 2 and "baseline create" in result.output


def test_diff_text_lists_changed_norm_findings_and_resolved(project: Path) -> None:
    old, new = write(project / "v1.txt", RU_V1), write(project / "v2.txt", RU_V2)
    result = invoke("diff", old, new, "--report-lang", "en")
    assert result.exit_code == 1, result.output
    assert "exceptional-cases" in result.output and "пункт 2 статьи 3" in result.output
    assert "open-documents" not in result.output.split("Resolved")[0]  # only renumbered
    assert "Norms: 1 added, 2 changed, 0 removed, 4 unchanged" in result.output
    assert "Resolved by the new version (1)" in result.output and "«в разумный срок»" in result.output


def test_diff_json_and_exit_zero(project: Path) -> None:
    old, new = write(project / "v1.txt", RU_V1), write(project / "v2.txt", RU_V2)
    out = project / "diff.json"
    result = invoke("diff", old, new, "--format", "json", "--output", out, "--exit-zero")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "lexpert.diff/1" and data["norms"]["added"] == 1
    assert data["report"]["schema"] == "lexpert.findings/1"
    assert {f["address"]["ru"] for f in data["report"]["documents"][0]["findings"]} == {"пункт 2 статьи 3"}
    assert [f["rule"] for f in data["resolved"]] == ["vague-deadline"]


@pytest.mark.parametrize(
    "args, code",
    [
        (("--fail-on", "never"), 0),
        (("--fail-on", "error"), 0),  # the new findings are warnings
        (("--fail-on", "warning"), 1),
        (("--fail-on", "fatal"), 2),
    ],
)
def test_diff_exit_codes(project: Path, args: tuple[str, ...], code: int) -> None:
    old, new = write(project / "v1.txt", RU_V1), write(project / "v2.txt", RU_V2)
    assert invoke("diff", old, new, *args).exit_code == code


def test_diff_of_identical_clean_versions_exits_zero(project: Path) -> None:
    old, new = write(project / "v1.md", RU_CLEAN), write(project / "v2.txt", RU_CLEAN)
    result = invoke("diff", old, new)
    assert result.exit_code == 0, result.output


def test_diff_missing_file_exits_two(project: Path) -> None:
    result = invoke("diff", project / "none.txt", write(project / "v2.txt", RU_V2))
    assert result.exit_code == 2 and "none.txt" in result.output
