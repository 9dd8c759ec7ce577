"""``lexpert check --pair``: the batch also compares the Kazakh and Russian versions it finds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from batch_drafts import opts
from lexpert.batch import run
from lexpert.cli import app
from lexpert.errors import ExitCode

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
STEM = "maslikhat_social_assistance"  # a faithful translation: the versions agree
# A rule that does not fire on the sample draft, so that only the comparison decides the exit code.
QUIET = ("--select", "if-necessary")
KK_DEADLINE = "екі жұмыс күні ішінде өтініш берушіге"


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """The sample pair as ``NAME.kk.txt`` + ``NAME.ru.txt``, the Kazakh one with a changed deadline."""
    kk = (CORPORA / "kk" / f"{STEM}.txt").read_text(encoding="utf-8")
    assert KK_DEADLINE in kk
    (tmp_path / "social.kk.txt").write_text(kk.replace(KK_DEADLINE, "бес жұмыс күні ішінде өтініш берушіге"), encoding="utf-8")
    shutil.copy(CORPORA / "ru" / f"{STEM}.txt", tmp_path / "social.ru.txt")
    return tmp_path


def test_faithful_corpora_pair_in_sibling_folders_has_no_discrepancies(tmp_path: Path) -> None:
    for lang in ("kk", "ru"):
        (tmp_path / lang).mkdir()
        for ext in ("txt", "docx"):
            shutil.copy(CORPORA / lang / f"{STEM}.{ext}", tmp_path / lang / f"{STEM}.{ext}")
    batch = run([tmp_path], opts(pair=True, select=("if-necessary",)))
    assert len(batch.results) == 4  # every draft is still checked
    # One pair per act: the version in the same format on both sides (here the .docx files).
    assert [(Path(p.kk_path).relative_to(tmp_path).as_posix(), Path(p.ru_path).relative_to(tmp_path).as_posix())
            for p in batch.pairs] == [(f"kk/{STEM}.docx", f"ru/{STEM}.docx")]
    assert batch.pairs[0].aligned > 50
    assert batch.discrepancies == 0 and batch.summary.pairs == 1
    assert batch.exit_code == ExitCode.OK


def test_without_pair_nothing_is_compared(planted: Path) -> None:
    batch = run([planted], opts(select=("if-necessary",)))
    assert batch.pairs is None and batch.exit_code == ExitCode.OK
    result = CliRunner().invoke(app, ["check", str(planted), "-f", "json", *QUIET])
    assert result.exit_code == 0 and "pairs" not in json.loads(result.stdout)


def test_planted_discrepancy_in_json_text_and_exit_code(planted: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--pair", str(planted), "-f", "json", "--report-lang", "en", *QUIET])
    assert result.exit_code == ExitCode.FINDINGS, result.output
    document = json.loads(result.stdout)
    assert document["schema"] == "lexpert.findings/1"
    assert [Path(d["path"]).name for d in document["documents"]] == ["social.kk.txt", "social.ru.txt"]
    assert document["summary"]["findings"] == 0
    (pair,) = document["pairs"]
    assert pair["schema"] == "lexpert.compare/1"
    assert Path(pair["kk_path"]).name == "social.kk.txt" and Path(pair["ru_path"]).name == "social.ru.txt"
    (item,) = pair["discrepancies"]
    assert item["kind"] == "deadline"
    assert item["kk"]["address"] == "Қағидалардың 3-тарауының 18-тармағы"
    assert item["ru"]["address"] == "пункт 18 главы 3 Правил"
    assert item["message"].startswith("Deadlines differ")

    text = runner.invoke(app, ["check", "--pair", str(planted), "--report-lang", "ru", *QUIET])
    assert text.exit_code == ExitCode.FINDINGS
    assert "Расходятся сроки" in text.stdout and "«бес жұмыс күні»" in text.stdout
    assert "Сверено языковых пар: 1; расхождений между версиями: 1" in text.stdout

    quiet = runner.invoke(app, ["check", "--pair", str(planted), "--exit-zero", *QUIET])
    assert quiet.exit_code == 0


def test_pair_report_written_to_a_file(planted: Path) -> None:
    out = planted / "report.json"
    result = CliRunner().invoke(app, ["check", "--pair", str(planted), "-f", "json", "-o", str(out), *QUIET])
    assert result.exit_code == ExitCode.FINDINGS
    assert len(json.loads(out.read_text(encoding="utf-8"))["pairs"][0]["discrepancies"]) == 1


def test_pair_in_one_language_fails_the_batch_but_every_draft_is_checked(planted: Path) -> None:
    shutil.copy(planted / "social.ru.txt", planted / "copy.kk.txt")
    shutil.copy(planted / "social.ru.txt", planted / "copy.ru.txt")
    batch = run([planted], opts(pair=True, select=("if-necessary",)))
    assert len(batch.results) == 4 and len(batch.pairs) == 1
    (failure,) = batch.failed
    assert failure[0].endswith("copy.kk.txt") or failure[0].endswith("copy.ru.txt")
    assert batch.exit_code == ExitCode.ERROR


def test_pair_without_counterparts_says_so(planted: Path) -> None:
    batch = run([planted / "social.kk.txt"], opts(pair=True, select=("if-necessary",)))
    assert batch.pairs == [] and batch.exit_code == ExitCode.OK
    assert any("no Kazakh/Russian pairs" in notice for notice in batch.notices)
