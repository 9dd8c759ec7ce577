"""``check_source`` / ``check_paths`` and the ``lexpert check`` command on real files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import lexpert.cli.check  # noqa: F401  (registers the command)
from lexpert.check import check_paths, check_source
from lexpert.cli._app import app
from lexpert.errors import ConfigError
from lexpert.ingest import read_source
from lexpert.ingest.model import SourceText

RU_DRAFT = """\
Об утверждении Правил выдачи разрешений

1. Уполномоченный орган в области архитектуры рассматривает заявление в разумный срок.

2. Заявитель вправе обжаловать решение уполномоченного органа в суд.

3. К заявлению прилагаются копия паспорта и иные документы.

4. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования в установленном порядке.
"""

KK_DRAFT = """\
Рұқсаттар беру қағидаларын бекіту туралы

1. Сәулет саласындағы уәкілетті орган өтінішті ақылға қонымды мерзімде қарайды.

2. Өтініш беруші уәкілетті органның шешіміне сотқа шағым жасауға құқылы.

3. Өтінішке жеке куәліктің көшірмесі және өзге де құжаттар қоса беріледі.
"""


@pytest.fixture
def ru_file(tmp_path):
    path = tmp_path / "draft_ru.txt"
    path.write_text(RU_DRAFT, encoding="utf-8")
    return path


def _check(text: str, lang: str):
    return check_source(SourceText(path="draft.txt", format="txt", text=text), lang=lang)


@pytest.mark.parametrize(("text", "lang"), [(RU_DRAFT, "ru"), (KK_DRAFT, "kk")])
def test_findings_are_located_in_the_text_as_read(text, lang):
    result = _check(text, lang)
    factors = {(f.factor, f.line) for f in result.findings}
    assert ("missing-deadline", 3) in factors
    assert ("open-list-of-documents", 7) in factors
    assert not any(f.line == 5 for f in result.findings), "a citizen's right to appeal is not a factor"
    lines = text.split("\n")
    for f in result.findings:
        assert text[f.start:f.end] == f.quote
        assert f.quote in lines[f.line - 1]
        assert f.address["ru"] and f.address["kk"]
        assert f.explanation and f.suggestion and f.references and len(f.fingerprint) == 16


def test_closing_clause_is_not_checked():
    result = _check(RU_DRAFT, "ru")
    assert not any(f.line == 9 for f in result.findings)


def test_vague_deadline_gets_a_generated_rewording():
    finding = next(f for f in _check(RU_DRAFT, "ru").findings if f.rule == "vague-deadline")
    assert "→ «в течение [N] рабочих дней" in finding.suggestion


def test_report_language_and_language_detection():
    result = check_source(SourceText(path="d.txt", format="txt", text=KK_DRAFT), report_lang="en")
    assert result.lang == "kk"
    assert all(f.message.isascii() or "“" in f.message for f in result.findings)


def test_fingerprint_is_stable_across_runs_and_line_shifts():
    first = {f.fingerprint for f in _check(RU_DRAFT, "ru").findings}
    shifted = {f.fingerprint for f in _check("\n\n" + RU_DRAFT, "ru").findings}
    assert first == shifted


def test_select_and_ignore():
    only = check_source(SourceText(path="d.txt", format="txt", text=RU_DRAFT), lang="ru", select=("open-list-of-documents",))
    assert {f.factor for f in only.findings} == {"open-list-of-documents"}
    without = check_source(SourceText(path="d.txt", format="txt", text=RU_DRAFT), lang="ru", ignore=("vague-deadline",))
    assert "vague-deadline" not in {f.rule for f in without.findings}
    with pytest.raises(ConfigError):
        check_source(SourceText(path="d.txt", format="txt", text=RU_DRAFT), select=("nope",))


def test_batch_goes_on_past_a_bad_file(ru_file, tmp_path):
    missing = tmp_path / "missing.txt"
    results, sources = check_paths([missing, ru_file])
    assert results[0].errors and not results[0].findings
    assert results[1].findings and str(ru_file) in sources


runner = CliRunner()


def test_cli_json_schema_and_exit_code(ru_file):
    res = runner.invoke(app, ["check", str(ru_file), "--format", "json"])
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    assert data["schema"] == "lexpert.findings/1" and "summary" in data
    doc = data["documents"][0]
    assert doc["lang"] == "ru" and doc["errors"] == []
    keys = {"rule", "factor", "severity", "confidence", "line", "end_line", "start", "end", "address", "quote", "message", "explanation", "suggestion"}
    assert doc["findings"] and keys <= set(doc["findings"][0])


def test_cli_exit_codes(ru_file, tmp_path):
    assert runner.invoke(app, ["check", str(ru_file), "--exit-zero"]).exit_code == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("1. Уполномоченный орган в области связи в течение пяти рабочих дней выдаёт разрешение.\n", encoding="utf-8")
    assert runner.invoke(app, ["check", str(clean)]).exit_code == 0
    assert runner.invoke(app, ["check", str(ru_file), "--fail-on", "error"]).exit_code == 1
    text = runner.invoke(app, ["check", str(ru_file), "--format", "text"])
    assert text.exit_code == 1 and "в разумный срок" in text.stdout


def test_reading_a_real_file_keeps_offsets(ru_file):
    source = read_source(ru_file)
    result = check_source(source)
    assert all(source.text[f.start:f.end] == f.quote for f in result.findings)


def test_config_severity_override_and_suppression(ru_file, tmp_path):
    (tmp_path / "lexpert.toml").write_text(
        '[severity]\n"missing-deadline" = "info"\n\n'
        '[[suppress]]\nfile = "draft_ru.txt"\naddress = "*"\nrule = "open-list-of-documents"\nreason = "list closed by the annex"\n',
        encoding="utf-8",
    )
    res = runner.invoke(app, ["check", str(ru_file), "--format", "json", "--fail-on", "warning"])
    findings = json.loads(res.stdout)["documents"][0]["findings"]
    assert findings and all(f["factor"] != "open-list-of-documents" for f in findings)
    assert all(f["severity"] == "info" for f in findings if f["factor"] == "missing-deadline")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_quotes_never_start_or_end_with_whitespace(lang):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "corpora" / lang
    findings = [f for path in sorted(folder.glob("*.txt")) for f in check_source(read_source(path)).findings]
    assert findings
    for f in findings:
        assert f.quote == f.quote.strip(), f"{f.path}:{f.line} {f.rule} {f.quote!r}"
        assert read_source(f.path).text[f.start:f.end] == f.quote
