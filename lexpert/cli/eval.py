"""``lexpert eval``: precision, recall and F1 of ``check`` against gold labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from lexpert.cli._app import app, stdout_is_terminal


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold labels: a .jsonl file or a folder of them (files*.txt lists the files read).")],
    texts: Annotated[Path, typer.Option("--texts", help="Folder the gold's file paths are relative to.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    show: Annotated[int, typer.Option("--show", help="How many false positives and misses to list (text format).")] = 200,
) -> None:
    """Score the rules against gold labels: P/R/F1 per factor and language, for high-confidence gold and for all."""
    from lexpert.errors import ConfigError
    from lexpert.evaluate import evaluate

    if fmt not in ("text", "json"):
        raise ConfigError(None, f"unknown format '{fmt}'", "Use --format text or --format json.")
    report = evaluate(gold, texts)
    if fmt == "json":
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_text(report, show)


def _print_text(report, show: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, width=None if stdout_is_terminal() else 160)
    for level, langs in report.scores.items():
        for lang, per in langs.items():
            table = Table(title=f"{lang} — gold: {'high only' if level == 'high' else 'high + medium'}", title_justify="left")
            for col in ("factor", "TP", "FP", "FN", "P", "R", "F1"):
                table.add_column(col, justify="left" if col == "factor" else "right")
            for factor, s in per.items():
                style = "bold" if factor == "micro" else None
                table.add_row(factor, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", style=style)
            console.print(table)
    console.print(f"\n[bold]False positives[/bold] ({len(report.false_positives)})")
    for p in report.false_positives[:show]:
        console.print(f"  {p.file}:{p.line} {p.factor} [{p.rule}] «{p.quote}»", soft_wrap=True)
    console.print(f"\n[bold]Misses[/bold] ({len(report.misses)})")
    for g in report.misses[:show]:
        console.print(f"  {g.file}:{g.line} {g.factor} ({g.confidence}) «{g.quote}»", soft_wrap=True)
    for error in report.errors:
        console.print(f"[red]error[/red] {error}")
