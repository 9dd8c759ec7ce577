"""``lexpert compare``: formats, output file, report language and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import jsonschema
import pytest
from typer.testing import CliRunner

import lexpert.cli.compare  # noqa: F401  (registers the command)
from lexpert.cli._app import app

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "lexpert" / "compare" / "data" / "compare.schema.json").read_text(
        encoding="utf-8"
    )
)


def run(*args: str):
    return CliRunner().invoke(app, ["compare", *args], env={"LEXPERT_LANG": ""})


def test_json_output_is_valid_and_exit_code_is_1(fixture_pair) -> None:
    kk, ru = fixture_pair("planted")
    result = run(str(kk), str(ru), "--format", "json", "--no-findings")
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, SCHEMA)
    assert payload["schema"] == "lexpert.compare/1"
    assert payload["kk_path"] == str(kk) and payload["ru_path"] == str(ru)
    assert len(payload["discrepancies"]) == 14
    missing = [d for d in payload["discrepancies"] if d["kind"] == "missing_unit"]
    assert {(d["kk"] is None, d["ru"] is None) for d in missing} == {(True, False), (False, True)}


def test_agreeing_versions_exit_0(fixture_pair) -> None:
    result = run(*map(str, fixture_pair("faithful")), "--no-findings")
    assert result.exit_code == 0, result.output
    assert "No discrepancies: the versions agree." in result.stdout


def test_text_report_in_russian(fixture_pair) -> None:
    result = run(*map(str, fixture_pair("planted")), "--report-lang", "ru", "--no-findings")
    assert result.exit_code == 1
    assert "Расходятся сроки: казахский текст — «15 жұмыс күні»; русский текст — «10 рабочих дней»" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: plain text


def test_html_written_atomically_to_output(fixture_pair, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    result = run(*map(str, fixture_pair("planted")), "-f", "html", "-o", str(target), "--report-lang", "kk",
                 "--no-findings")
    assert result.exit_code == 1
    assert result.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert page.count("<tr>") == 15  # header + 14 discrepancies
    assert "Мерзімдер сәйкес келмейді" in page
    assert "<mark>15 жұмыс күні</mark>" in page and "<mark>10 рабочих дней</mark>" in page
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_docx_table(fixture_pair, tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    result = run(*map(str, fixture_pair("planted")), "--format", "docx", "--output", str(target), "--no-findings")
    assert result.exit_code == 1
    (table,) = docx.Document(str(target)).tables
    assert len(table.rows) == 15
    assert table.rows[0].cells[2].text == "Kazakh version"
    assert "пункт 4 главы 2 Правил" in table.rows[5].cells[3].text


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("missing.kk.txt", "{ru}"), "missing.kk.txt: no such file"),
        (("{ru}", "{kk}"), "looks like the Russian version"),
        (("{ru}", "{ru}"), "both files look like ru texts"),
        (("{kk}", "{ru}", "--format", "docx"), "--output"),
    ],
)
def test_errors_exit_2(fixture_pair, args: tuple[str, ...], says: str) -> None:
    kk, ru = fixture_pair("faithful")
    result = run(*(a.format(kk=kk, ru=ru) for a in args))
    assert result.exit_code == 2
    assert says in result.output
    assert "Traceback" not in result.output


def test_schema_lists_every_kind() -> None:
    from lexpert.compare.model import KINDS

    kinds = SCHEMA["properties"]["discrepancies"]["items"]["properties"]["kind"]["enum"]
    assert sorted(kinds) == sorted(KINDS)


def test_colours_only_on_a_terminal(compare_fixture) -> None:
    from lexpert.compare.render import render_text

    result = compare_fixture("planted")
    assert "\x1b[" in render_text(result, "en", color=True)
    assert render_text(result, "en", color=True).count("\n") == render_text(result, "en").count("\n")


def test_error_in_the_user_language(fixture_pair) -> None:
    kk, ru = fixture_pair("faithful")
    result = CliRunner().invoke(app, ["compare", str(ru), str(kk)], env={"LEXPERT_LANG": "kk"})
    assert result.exit_code == 2
    assert "Алдымен қазақша файлды көрсетіңіз" in result.output
