"""Terminal report: plain when not a TTY, rich colours on request, grouped by structural unit."""

from __future__ import annotations

import re

import pytest

from lexpert.report import render
from lexpert.report.context import factor_name
from lexpert.report.i18n import t

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("report_lang", [None, "kk", "ru", "en"])
def test_plain_text_names_units_quotes_and_factors(checked, lang: str, report_lang: str | None) -> None:
    result, source = checked[(lang, "txt")]
    out = render("text", [result], {source.path: source}, report_lang=report_lang, color=False)
    shown = report_lang or lang
    assert not ANSI.search(out)
    assert t("findings_count", shown, n=len(result.findings)) in out
    for f in result.findings:
        assert f">>{f.quote}<<" in out
        assert factor_name(f.factor, shown) in out
        assert (f.address.get(shown) or f.address[lang]) in out
        assert f"[{f.rule}]" in out


def test_colour_text_highlights_the_quote_without_leaking_markup(checked) -> None:
    result, source = checked[("ru", "txt")]
    out = render("text", [result], {source.path: source}, color=True)
    assert ANSI.search(out)
    plain = ANSI.sub("", out)
    assert "[/]" not in plain and "[bold" not in plain
    for f in result.findings:
        assert f.quote in plain and f"[{f.rule}]" in plain


def test_text_for_a_draft_without_findings(checked) -> None:
    result, source = checked[("kk", "txt")]
    empty = type(result)(path=result.path, lang="kk", findings=[], title=result.title)
    out = render("text", [empty], {source.path: source}, color=False)
    assert t("no_findings", "kk") in out
