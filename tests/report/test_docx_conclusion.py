"""DOCX conclusion: title block, summary, one table row per finding, method and definitions."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT

from lexpert.report import render
from lexpert.report.context import factor_name
from lexpert.report.i18n import t
from lexpert.rules.factors import load_factors


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("report_lang", ["kk", "ru", "en"])
def test_conclusion_has_every_part(checked, lang: str, report_lang: str) -> None:
    result, source = checked[(lang, "docx")]
    document = _open(render("docx", [result], {source.path: source}, report_lang=report_lang))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    text = "\n".join(p.text for p in document.paragraphs)
    assert t("conclusion_title", report_lang).upper() in text
    assert t("disclaimer", report_lang) in text
    assert t("method_text", report_lang) in text
    facts, summary, findings = document.tables
    assert result.title in facts.cell(0, 1).text
    assert len(summary.rows) == len({f.factor for f in result.findings}) + 2
    header = [c.text for c in findings.rows[0].cells]
    assert header == [t(k, report_lang) for k in ("col_no", "col_address", "col_text", "col_factor", "col_why", "col_fix")]
    rows = findings.rows[1:]
    assert len(rows) == len(result.findings)
    for row, f in zip(rows, sorted(result.findings, key=lambda f: f.start)):
        cells = [c.text for c in row.cells]
        assert (f.address.get(report_lang) or f.address[lang]) in cells[1]
        assert f.quote in cells[2]
        assert factor_name(f.factor, report_lang) in cells[3]
        assert cells[4].startswith(f.explanation) and cells[5] == f.suggestion
    for fid in {f.factor for f in result.findings}:
        assert load_factors()[fid].definition[report_lang] in text


def test_conclusion_for_several_drafts_and_none_found(batch) -> None:
    results, sources = batch
    clean = type(results[0])(path=results[0].path, lang="ru", title="Проект без замечаний")
    document = _open(render("docx", [*results, clean], sources))
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.count(t("conclusion_title", "ru").upper()) + text.count(t("conclusion_title", "kk").upper()) == len(results) + 1
    assert t("no_findings", "ru") in text
