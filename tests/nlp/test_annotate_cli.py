"""``lexpert annotate``: CoNLL-U and TSV output for files and standard input, in both languages."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from typer.testing import CliRunner

import lexpert.cli.annotate  # noqa: F401  (registers the command)
import lexpert.nlp.kk  # noqa: F401  (registers "kk" and "kk_morph")
from lexpert.cli._app import app

needs_kazakh = pytest.mark.skipif(
    "kk_morph" not in spacy.registry.factories.get_all(), reason="lexpert.nlp.kk does not register 'kk_morph' yet"
)

RU = "Статья 5. Права акимата\n1. Аким вправе по своему усмотрению отказать в выдаче разрешения.\n"


def run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(app, ["annotate", *args], input=stdin)


def test_annotate_stdin_conllu_ru():
    result = run(["-", "--lang", "ru"], RU)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == ["# sent_id = 1", "# text = Статья 5. Права акимата"]
    assert "# sent_id = 2" in lines
    assert lines.count("") == 2  # a blank line closes each sentence
    row = next(line.split("\t") for line in lines if "\tусмотрению\t" in line)
    assert row == ["7", "усмотрению", "усмотрение", "NOUN", "_", "Animacy=Inan|Case=Dat|Gender=Neut|Number=Sing", "_", "_", "_", "_"]


def test_annotate_file_tsv_detects_russian(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(RU, encoding="utf-8")
    result = run([str(draft), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert all(len(row) == 4 for row in rows)
    assert ["акимата", "акимат", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"] in rows
    assert ["отказать", "отказать", "VERB", "Aspect=Perf|VerbForm=Inf"] in rows


def test_annotate_bad_options_and_missing_file(tmp_path):
    bad_format = run(["-", "--format", "xml"], RU)
    assert bad_format.exit_code == 2
    assert "unknown format 'xml'" in bad_format.output
    assert run(["-", "--lang", "en"], RU).exit_code == 2
    missing = run([str(tmp_path / "absent.txt")])
    assert missing.exit_code == 2
    assert "absent.txt" in missing.output


@needs_kazakh
def test_annotate_stdin_kazakh_detected():
    result = run(["-"], "5-бап. Әкімдіктің құзыреті\n1. Әкімдік жергілікті бюджетті әзірлейді.\n")
    assert result.exit_code == 0, result.output
    assert "# text = 1. Әкімдік жергілікті бюджетті әзірлейді." in result.output
    rows = [line.split("\t") for line in result.output.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == 10 and row[2] == row[2].lower() for row in rows)


@pytest.mark.parametrize("module", ["lexpert.cli", "lexpert.cli.annotate"])
def test_cli_import_does_not_load_nlp_libraries(module):
    code = f"import sys, {module}; print(sorted(m for m in ('spacy', 'pymorphy3', 'slovnet', 'navec') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
