"""``lexpert.batch.run`` on real drafts: configuration, discovery, jobs, bad files, exit codes, summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from batch_drafts import KK, RU_CLEAN, RU_V1, opts, write, write_docx
from lexpert.batch import CheckOptions, run
from lexpert.batch.pool import progress_wanted
from lexpert.errors import ConfigError, ExitCode

ONE = opts()


def rules_of(batch) -> list[tuple[str, str, int]]:
    return [(Path(f.path).name, f.rule, f.line) for f in batch.findings]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A project: two Russian drafts, a Kazakh one, a .docx and an archive folder."""
    write(tmp_path / "drafts" / "ru" / "bees.txt", RU_V1)
    write(tmp_path / "drafts" / "ru" / "clean.md", RU_CLEAN)
    write(tmp_path / "drafts" / "kk" / "bees.txt", KK)
    write_docx(tmp_path / "drafts" / "ru" / "bees.docx", RU_V1)
    write(tmp_path / "drafts" / "archive" / "old.txt", RU_V1)
    return tmp_path


def test_batch_folder_checks_every_draft_in_stable_order(folder: Path) -> None:
    batch = run([folder / "drafts"], ONE)
    names = [Path(r.path).relative_to(folder / "drafts").as_posix() for r in batch.results]
    assert names == ["archive/old.txt", "kk/bees.txt", "ru/bees.docx", "ru/bees.txt", "ru/clean.md"]
    assert ("bees.txt", "vague-deadline", 19) in rules_of(batch)
    assert batch.exit_code == ExitCode.FINDINGS
    assert batch.failed == []


def test_batch_jobs_two_gives_identical_results(folder: Path) -> None:
    one = run([folder / "drafts"], ONE)
    two = run([folder / "drafts"], opts(jobs=2))
    assert two.summary.jobs == 2
    assert [r.to_dict() for r in one.results] == [r.to_dict() for r in two.results]
    assert one.summary.ranking == two.summary.ranking
    assert sorted(one.sources) == sorted(two.sources)


def test_batch_cli_include_exclude_globs(folder: Path) -> None:
    only_txt = run([folder / "drafts"], opts(include=("*.txt",), exclude=("archive/*",)))
    assert [Path(r.path).name for r in only_txt.results] == ["bees.txt", "bees.txt"]


def test_batch_config_found_walking_up_applies_globs_select_and_severity(folder: Path) -> None:
    write(
        folder / "lexpert.toml",
        'exclude = ["drafts/archive/**"]\ninclude = ["drafts/**/*.txt"]\nselect = ["vague-deadline", "open-documents"]\n'
        'fail-on = "error"\n[severity]\n"vague-deadline" = "error"\n"open-list-of-documents" = "info"\n',
    )
    batch = run([folder / "drafts" / "ru", folder / "drafts" / "kk", folder / "drafts" / "archive"], opts(select=None))
    assert batch.config.path == folder / "lexpert.toml"
    assert sorted({Path(r.path).parent.name for r in batch.results}) == ["kk", "ru"]
    assert {(f.rule, f.severity) for f in batch.findings} == {("vague-deadline", "error"), ("open-documents", "info")}
    assert batch.exit_code == ExitCode.FINDINGS  # vague-deadline raised to error, fail-on = error


def test_batch_cli_values_override_config(folder: Path) -> None:
    write(folder / "lexpert.toml", 'select = ["missing-deadline"]\nfail-on = "error"\n')
    batch = run([folder / "drafts" / "ru" / "bees.txt"], opts(select=("body-may",), fail_on="warning"))
    assert [f.rule for f in batch.findings] == ["body-may"]
    assert batch.fail_on == "warning" and batch.exit_code == ExitCode.FINDINGS


def test_batch_ignore_by_factor_id(folder: Path) -> None:
    batch = run([folder / "drafts" / "ru" / "bees.txt"], opts(ignore=("may-instead-of-must", "missing-deadline")))
    assert [f.rule for f in batch.findings] == ["open-documents"]


@pytest.mark.parametrize(
    "config, options, fragment",
    [
        ('colour = "red"\n', ONE, "unknown key 'colour'"),
        ('[severity]\n"no-such-rule" = "info"\n', ONE, "unknown rule or factor id 'no-such-rule'"),
        ("", opts(select=("no-such-factor",)), "unknown rule or factor id 'no-such-factor'"),
        ("", opts(fail_on="fatal"), "--fail-on is 'fatal'"),
        ("", opts(jobs=0), "--jobs is 0"),
    ],
)
def test_batch_bad_configuration_is_a_config_error(folder: Path, config: str, options: CheckOptions, fragment: str) -> None:
    write(folder / "lexpert.toml", config)
    with pytest.raises(ConfigError) as info:
        run([folder / "drafts"], options)
    assert fragment in info.value.message


def test_batch_bad_file_is_listed_and_the_batch_goes_on(folder: Path) -> None:
    (folder / "drafts" / "ru" / "broken.docx").write_bytes(b"this is not a zip archive")
    batch = run([folder / "drafts" / "ru", folder / "missing-folder"], ONE)
    failed = dict(batch.failed)
    assert set(failed) == {str(folder / "drafts" / "ru" / "broken.docx"), str(folder / "missing-folder")}
    assert "broken.docx" in failed[str(folder / "drafts" / "ru" / "broken.docx")]
    assert {Path(r.path).name for r in batch.results if r.findings} == {"bees.docx", "bees.txt"}
    assert batch.exit_code == ExitCode.ERROR
    assert "broken.docx" in batch.summary_text()


@pytest.mark.parametrize(
    "options, code",
    [
        (opts(), ExitCode.FINDINGS),
        (opts(exit_zero=True), ExitCode.OK),
        (opts(fail_on="never"), ExitCode.OK),
        (opts(fail_on="error"), ExitCode.FINDINGS),  # open-documents is an error
        (opts(fail_on="error", ignore=("open-list-of-documents",)), ExitCode.OK),
    ],
)
def test_batch_exit_codes(folder: Path, options: CheckOptions, code: ExitCode) -> None:
    assert run([folder / "drafts" / "ru" / "bees.txt"], options).exit_code == code


def test_batch_clean_draft_exits_zero_and_exit_zero_keeps_errors(folder: Path) -> None:
    assert run([folder / "drafts" / "ru" / "clean.md"], ONE).exit_code == ExitCode.OK
    (folder / "bad.pdf").write_bytes(b"%PDF-broken")
    assert run([folder / "bad.pdf"], opts(exit_zero=True)).exit_code == ExitCode.ERROR


def test_batch_summary_ranks_by_risk_index_and_counts_factors_and_languages(folder: Path) -> None:
    batch = run([folder / "drafts"], opts(report_lang="en"))
    summary = batch.summary
    indexes = [d.index for d in summary.ranking]
    assert indexes == sorted(indexes, reverse=True)
    assert summary.ranking[-1].path.endswith("clean.md") and summary.ranking[-1].index == 0
    # 3 findings of a 74-word draft: (error 3 + 2 warnings x 2, confidences applied) per 1,000 words.
    bees = next(d for d in summary.ranking if d.path.endswith("ru/bees.txt"))
    assert bees.findings == 3 and bees.words < 1000 and bees.index > 0
    assert summary.by_lang["kk"] == {"drafts": 1, "words": 38, "findings": 2}
    assert summary.by_lang["ru"]["drafts"] == 4
    assert summary.by_factor["missing-deadline"] == 4
    text = batch.summary_text()
    assert "Drafts ranked by risk index" in text and "By language" in text and "missing-deadline" in text
    assert summary.to_dict()["by_lang"]["kk"]["findings"] == 2


def test_batch_summary_in_kazakh_and_russian(folder: Path) -> None:
    kk = run([folder / "drafts" / "kk"], opts(report_lang="kk")).summary_text()
    ru = run([folder / "drafts" / "kk"], opts(report_lang="ru")).summary_text()
    assert "Топтама бойынша жиынтық" in kk and "Сводка по пакету" in ru


def test_batch_config_globs_filter_files_named_explicitly(folder: Path) -> None:
    """pre-commit passes every changed file: the config's include keeps non-drafts out."""
    write(folder / "lexpert.toml", 'include = ["drafts/**/*.txt"]\n')
    readme = write(folder / "README.md", "# Project\n\nHow to contribute.\n")
    batch = run([readme, folder / "drafts" / "ru" / "bees.txt"], ONE)
    assert [Path(r.path).name for r in batch.results] == ["bees.txt"]
    only_readme = run([readme], ONE)
    assert only_readme.results == [] and only_readme.exit_code == ExitCode.OK
    assert any("nothing to check" in n for n in only_readme.notices)


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert progress_wanted(None, 10) is False  # pytest captures stderr: not a terminal
    assert progress_wanted(True, 10) is True and progress_wanted(False, 10) is False
    monkeypatch.setenv("CI", "true")
    assert progress_wanted(None, 10) is False


def test_batch_summary_language_follows_the_drafts(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEXPERT_LANG", "en")
    mixed = run([folder / "drafts" / "kk", folder / "drafts" / "ru"], ONE)
    assert mixed.summary_lang == "en"
    assert run([folder / "drafts" / "ru"], ONE).summary_lang == "ru"
    assert run([folder / "drafts" / "kk"], ONE).summary_lang == "kk"
