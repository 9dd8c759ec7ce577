"""``lexpert check``: find corruption-risk factors in drafts and report them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lexpert.cli._app import app

if TYPE_CHECKING:
    from lexpert.batch import BatchResult


def validate_choice(option: str, value: str | None, allowed: tuple[str, ...]) -> None:
    """A usage error (exit 2) when ``value`` is given and not one of ``allowed``."""
    from lexpert.errors import ConfigError

    if value is not None and value not in allowed:
        raise ConfigError(None, f"{option}: '{value}' is not one of {', '.join(allowed)}", f"Example: {option} {allowed[0]}.")


def _ids(values: list[str] | None) -> tuple[str, ...] | None:
    """``--select a,b --select c`` → ``("a", "b", "c")``; ``None`` when not given (the config decides)."""
    if not values:
        return None
    return tuple(v.strip() for raw in values for v in raw.split(",") if v.strip())


@app.command("check")
def check_command(
    paths: Annotated[list[str], typer.Argument(help="Draft files or folders (.docx, .txt, .md, .html, .pdf, .odt); - reads standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, md, html, docx, docx-comments, sarif or github.")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the drafts: kk or ru (detected when omitted).")] = None,
    report_lang: Annotated[str | None, typer.Option("--report-lang", help="Language of the report: kk, ru or en (the draft's language when omitted).")] = None,
    rules_dirs: Annotated[list[Path] | None, typer.Option("--rules", help="Extra folder of YAML rules (repeatable).")] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rule or factor ids (comma-separated, repeatable; replaces the config's).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule or factor ids (comma-separated, repeatable; replaces the config's).")] = None,
    fail_on: Annotated[str | None, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe: error, warning (default), info or never.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings are reported (errors still exit 2).")] = False,
    include: Annotated[list[str] | None, typer.Option("--include", help="Glob of files to check inside folders, e.g. '*.docx' or 'laws/*' (repeatable).")] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", help="Glob of files to skip inside folders (repeatable).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Configuration file (default: the nearest lexpert.toml or pyproject.toml [tool.lexpert]).")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Report only findings not in this baseline file (see `lexpert baseline create`).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Report only findings in norms added or changed since this git revision, e.g. origin/main.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: the number of cores).")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: on a terminal when CI is unset).")] = None,
    summary: Annotated[bool | None, typer.Option("--summary/--no-summary", help="Batch summary: drafts ranked by risk index, counts per factor and language, failed files (default: for more than one draft).")] = None,
    pair: Annotated[bool, typer.Option("--pair", help="Also compare the Kazakh and Russian versions among the files (NAME.kk.* + NAME.ru.*, kk/NAME.* + ru/NAME.*), as `lexpert compare` does; discrepancies fail the check like findings.")] = False,
) -> None:
    """Check drafts for corruption-risk factors: each finding with its address, quote, factor, reason and a rewording.

    Exit code 0 clean, 1 findings at or above --fail-on (or, with --pair, discrepancies between language versions), 2 usage, configuration or input errors (a bad file does not stop the batch).
    """
    from lexpert.batch import CheckOptions, run
    from lexpert.report import FORMATS

    validate_choice("--format", fmt, FORMATS)
    options = CheckOptions(
        config=config, select=_ids(select), ignore=_ids(ignore), include=tuple(include or ()), exclude=tuple(exclude or ()),
        fail_on=fail_on, report_lang=report_lang, lang=lang, rules_dirs=tuple(rules_dirs or ()), baseline=baseline,
        since=since, jobs=jobs, exit_zero=exit_zero, progress=progress, pair=pair,
    )
    batch = run(paths, options)
    for notice in batch.notices:
        typer.echo(f"lexpert: {notice}", err=True)
    for _, error in batch.failed:
        typer.echo(f"lexpert: error: {error}", err=True)
    to_stdout = fmt == "text" or output is not None  # where the text after the report goes
    if output is not None:
        _write_report(fmt, batch, output)
    else:
        data = _report(fmt, batch, color=None)
        if isinstance(data, bytes):
            raise typer.BadParameter(f"--format {fmt} is binary; give --output FILE.docx")
        typer.echo(data, nl=not data.endswith("\n"))
    if batch.pairs and fmt not in ("text", "json"):
        typer.echo(batch.pairs_text(), err=not to_stdout, nl=False)
    if summary or (summary is None and len(batch.results) > 1):
        typer.echo("\n" + batch.summary_text(), err=not to_stdout, nl=False)
    raise typer.Exit(int(batch.exit_code))


def _report(fmt: str, batch: BatchResult, color: bool | None) -> str | bytes:
    """The report in ``fmt``; with ``--pair`` the text report ends with a section per language pair
    and the JSON document gains a top-level ``pairs`` list of ``lexpert.compare/1`` objects."""
    from lexpert.cli._app import stdout_is_terminal
    from lexpert.report import render

    data = render(fmt, batch.results, batch.sources, report_lang=batch.report_lang, color=color)
    if batch.pairs is None or isinstance(data, bytes):
        return data
    if fmt == "json":
        document = json.loads(data)
        document["pairs"] = batch.pairs_json()
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        return data + batch.pairs_text(color if color is not None else stdout_is_terminal())
    return data


def _write_report(fmt: str, batch: BatchResult, output: Path) -> None:
    """Write the report atomically to ``output``, never over an input draft."""
    from lexpert.errors import LexpertError
    from lexpert.fsutil import atomic_write

    inputs = {Path(r.path).resolve() for r in batch.results if r.path != "-"}
    if output.resolve() in inputs:
        raise LexpertError(str(output), "the report would overwrite an input draft", "Choose another --output path")
    try:
        atomic_write(output, _report(fmt, batch, color=False))
    except OSError as exc:
        raise LexpertError(str(output), f"cannot write the report ({exc.strerror or exc})", "Choose a writable --output path") from None
