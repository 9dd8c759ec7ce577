"""Markdown report for pull-request comments."""

from __future__ import annotations

import dataclasses
import re

import pytest

from lexpert.report import render
from lexpert.report.context import factor_name
from lexpert.report.i18n import t
from lexpert.report.markdown import md_escape


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("report_lang", ["kk", "ru", "en"])
def test_markdown_tables(checked, lang: str, report_lang: str) -> None:
    result, source = checked[(lang, "docx")]
    out = render("md", [result], {source.path: source}, report_lang=report_lang)
    assert out.startswith(f"## {t('report_title', report_lang)}")
    rows = [line for line in out.splitlines() if line.startswith("| ") and line.split("|")[1].strip().isdigit()]
    assert len(rows) == len(result.findings)
    for f in result.findings:
        assert f"**{md_escape(f.quote)}**" in out
        assert md_escape(factor_name(f.factor, report_lang)) in out
    assert t("disclaimer", report_lang) in out


def test_markdown_escapes_pipes_and_markup(checked) -> None:
    result, source = checked[("ru", "txt")]
    f = dataclasses.replace(result.findings[0], suggestion="Заменить | на *список* <b>")
    out = render("md", [dataclasses.replace(result, findings=[f])], {source.path: source})
    row = next(line for line in out.splitlines() if line.startswith("| 1 |"))
    assert "\\|" in row and "\\*список\\*" in row and "\\<b\\>" in row
    assert len(re.findall(r"(?<!\\)\|", row)) == 7  # six cells
