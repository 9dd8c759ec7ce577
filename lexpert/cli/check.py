"""``lexpert check``: find corruption-risk factors in drafts and report them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from lexpert.cli._app import app


def _ids(values: list[str] | None) -> tuple[str, ...]:
    """``--select a,b --select c`` → ``("a", "b", "c")``."""
    return tuple(v.strip() for raw in values or () for v in raw.split(",") if v.strip())


@app.command("check")
def check_command(
    paths: Annotated[list[str], typer.Argument(help="Draft files or folders (.docx, .txt, .md, .html, .pdf, .odt); - reads standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, md, html, docx, docx-comments, sarif or github.")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the drafts: kk or ru (detected when omitted).")] = None,
    report_lang: Annotated[str | None, typer.Option("--report-lang", help="Language of the report: kk, ru or en (the draft's language when omitted).")] = None,
    rules_dirs: Annotated[list[Path] | None, typer.Option("--rules", help="Extra folder of YAML rules (repeatable).")] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rule or factor ids (comma-separated, repeatable).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule or factor ids (comma-separated, repeatable).")] = None,
    fail_on: Annotated[str | None, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe: error, warning, info or never.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are reported (input errors still exit 2).")] = False,
    include: Annotated[list[str] | None, typer.Option("--include", help="Glob of files to check inside folders (repeatable).")] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", help="Glob of files to skip inside folders (repeatable).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Configuration file (default: nearest lexpert.toml or pyproject.toml).")] = None,
) -> None:
    """Check drafts for corruption-risk factors: each finding with its address, quote, factor, reason and a rewording."""
    from lexpert.check import check_paths
    from lexpert.cli.check_options import apply_config_to_findings, exit_code, validate_choice
    from lexpert.config import FAIL_ON, load_config
    from lexpert.ingest import find_drafts
    from lexpert.report import FORMATS, render, render_to_path
    from lexpert.rules.loader import load_rules

    validate_choice("--format", fmt, FORMATS)
    validate_choice("--lang", lang, ("kk", "ru"))
    validate_choice("--report-lang", report_lang, ("kk", "ru", "en"))
    validate_choice("--fail-on", fail_on, FAIL_ON)
    first = Path(paths[0]) if paths and paths[0] != "-" else None
    cfg = load_config(first, config)
    drafts = find_drafts(paths, tuple(include or cfg.include), tuple(exclude or cfg.exclude))
    rules = load_rules(tuple(rules_dirs or ()) + tuple(cfg.rules_dirs))
    results, sources = check_paths(
        drafts,
        lang=lang,
        rules=rules,
        select=_ids(select) or cfg.select,
        ignore=_ids(ignore) + cfg.ignore,
        report_lang=report_lang or cfg.report_lang,
    )
    apply_config_to_findings(results, cfg)
    if output is not None:
        render_to_path(fmt, results, sources, output, report_lang=report_lang or cfg.report_lang)
    else:
        data = render(fmt, results, sources, report_lang=report_lang or cfg.report_lang)
        if isinstance(data, bytes):
            raise typer.BadParameter(f"--format {fmt} is binary; give --output FILE.docx")
        typer.echo(data, nl=not data.endswith("\n"))
    code = exit_code(results, fail_on or cfg.fail_on, exit_zero)
    if code:
        sys.exit(int(code))  # SystemExit passes the app's error handler untouched
