"""``lexpert diff OLD NEW``: findings in the norms a new version added or changed, and those it resolved."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from lexpert.cli._app import app, stdout_is_terminal

DIFF_SCHEMA = "lexpert.diff/1"


class DiffFormat(str, Enum):
    """Output formats of ``lexpert diff``."""

    text = "text"
    json = "json"


def diff_json(batch, old: str, new: str) -> str:
    """The ``lexpert.diff/1`` document: norm counts, the findings report of the new version, resolved findings."""
    from lexpert.report import render

    report = json.loads(render("json", batch.results, batch.sources, report_lang=batch.report_lang))
    data = {
        "schema": DIFF_SCHEMA,
        "old": old,
        "new": new,
        "norms": batch.summary.changes or {},
        "report": report,
        "resolved": [f.to_dict() for f in batch.resolved],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def diff_text(batch, color: bool) -> str:
    """The text report of the new findings, the norm counts and the resolved findings."""
    from lexpert.batch.messages import tr
    from lexpert.report import render

    lang = batch.summary_lang
    parts = [str(render("text", batch.results, batch.sources, report_lang=batch.report_lang, color=color)).rstrip("\n")]
    if batch.summary.changes:
        parts.append(tr("changed_norms", lang, **batch.summary.changes))
    if batch.resolved:
        parts.append(f"{tr('resolved_title', lang)} ({len(batch.resolved)})")
        for f in batch.resolved:
            address = f.address.get(lang) or f.address.get(f.lang) or f.address.get("ru", "")
            parts.append(f"  {f.path}:{f.line}  {address}  [{f.rule}]  «{f.quote}»")
    return "\n".join(parts) + "\n"


@app.command("diff")
def diff(
    old: Annotated[str, typer.Argument(help="The earlier version (.docx, .txt, .md, .html, .pdf, .odt).")],
    new: Annotated[str, typer.Argument(help="The new version, in any supported format.")],
    output_format: Annotated[DiffFormat, typer.Option("--format", "-f", help="text, or json (lexpert.diff/1).")] = DiffFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file (atomically).")] = None,
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", help="Exit 1 for findings at or above: error, warning (default), info or never.")
    ] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings (2 still reports errors).")] = False,
    report_lang: Annotated[str | None, typer.Option("--report-lang", help="Report language: kk, ru or en (default: the draft's).")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the drafts, kk or ru (default: detected).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Use this configuration file instead of the one found by walking up.")] = None,
) -> None:
    """Check only what changed: findings in norms the new version added or changed, and findings it resolved.

    Norms are aligned by structure and text, so renumbering alone is not a change.
    Exit code 0 clean, 1 findings at or above --fail-on, 2 errors.

    Тек өзгергенді тексеру: жаңа редакция қосқан немесе өзгерткен нормалардағы ескертулер және жойылғандары.
    Проверить только изменения: замечания в добавленных или изменённых нормах и устранённые замечания.
    """
    from lexpert.batch import CheckOptions, run_diff
    from lexpert.fsutil import atomic_write

    options = CheckOptions(config=config, fail_on=fail_on, exit_zero=exit_zero, report_lang=report_lang, lang=lang, jobs=1)
    batch = run_diff(old, new, options)
    for notice in batch.notices:
        typer.echo(f"lexpert: {notice}", err=True)
    for _, error in batch.failed:
        typer.echo(f"lexpert: error: {error}", err=True)
    if not batch.failed:
        color = output is None and stdout_is_terminal()
        text = diff_json(batch, old, new) if output_format is DiffFormat.json else diff_text(batch, color)
        if output is None:
            typer.echo(text, nl=False)
        else:
            atomic_write(output, text)
    raise typer.Exit(int(batch.exit_code))
