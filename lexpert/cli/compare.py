"""``lexpert compare``: consistency of the Kazakh and Russian versions of one act."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from lexpert.cli._app import app, stdout_is_terminal
from lexpert.errors import ExitCode
from lexpert.i18n import ui_lang


class CompareFormat(str, Enum):
    """Output formats of ``lexpert compare``."""

    text = "text"
    json = "json"
    html = "html"
    docx = "docx"


class ReportLang(str, Enum):
    """Languages of the report."""

    kk = "kk"
    ru = "ru"
    en = "en"


def _report_lang(requested: ReportLang | None, start: Path) -> str:
    """--report-lang, else ``report-lang`` of the project configuration, else LEXPERT_LANG, else English."""
    if requested is not None:
        return requested.value
    from lexpert.config import load_config

    configured = load_config(start).report_lang
    if configured:
        return configured
    return ui_lang()


@app.command("compare")
def compare(
    kk_file: Annotated[str, typer.Argument(help="The Kazakh version (.docx, .txt, .md, .html, .pdf, .odt).")],
    ru_file: Annotated[str, typer.Argument(help="The Russian version of the same act.")],
    output_format: Annotated[
        CompareFormat,
        typer.Option("--format", "-f", help="text (terminal), json (lexpert.compare/1), html (side by side), docx (a table)."),
    ] = CompareFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file (atomically); required for docx.")
    ] = None,
    report_lang: Annotated[
        ReportLang | None, typer.Option("--report-lang", help="Language of the messages (default: configuration, LEXPERT_LANG, en).")
    ] = None,
    findings: Annotated[
        bool, typer.Option("--findings/--no-findings", help="Also report corruption-risk factors found in one version only.")
    ] = True,
) -> None:
    """Compare the Kazakh and Russian versions of a draft: units, numbers, deadlines, duties and rights, bodies, open lists.

    Қазақша және орысша нұсқаларды салыстыру: бірліктер, сандар, мерзімдер, міндеттер мен құқықтар, органдар, ашық тізбелер.
    Сравнить казахскую и русскую версии: единицы, числа, сроки, обязанности и права, органы, открытые перечни.

    Exit code 0 when the versions agree, 1 when discrepancies were found, 2 for errors.
    """
    from lexpert.compare import compare_paths
    from lexpert.compare.render import render_docx, render_html, render_json, render_text
    from lexpert.fsutil import atomic_write

    if output_format is CompareFormat.docx and output is None:
        raise typer.BadParameter("the docx format needs --output FILE.docx", param_hint="--format")
    lang = _report_lang(report_lang, Path(kk_file))
    result = compare_paths(kk_file, ru_file, findings=findings)
    if output_format is CompareFormat.docx:
        payload: str | bytes = render_docx(result, lang)
    elif output_format is CompareFormat.json:
        payload = render_json(result, lang)
    elif output_format is CompareFormat.html:
        payload = render_html(result, lang)
    else:
        payload = render_text(result, lang, color=output is None and stdout_is_terminal())
    if output is not None:
        atomic_write(output, payload)
    else:
        typer.echo(payload, nl=False)
    raise typer.Exit(ExitCode.FINDINGS if result.discrepancies else ExitCode.OK)
