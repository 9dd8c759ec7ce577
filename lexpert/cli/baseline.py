"""``lexpert baseline create|update``: record the findings a team already knows."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lexpert.cli._app import app

baseline_app = typer.Typer(
    name="baseline",
    help="Record known findings so that `lexpert check --baseline FILE` reports only new ones.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(baseline_app)

Paths = Annotated[list[str], typer.Argument(help="Draft files or folders (searched recursively).")]
Output = Annotated[Path, typer.Option("--output", "-o", help="The baseline file (JSON, lexpert.baseline/1).")]
ConfigFile = Annotated[Path | None, typer.Option("--config", help="Use this configuration file instead of the one found by walking up.")]
Jobs = Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: the number of cores).")]
DEFAULT_OUTPUT = Path("lexpert-baseline.json")


def _check(paths: list[str], config: Path | None, jobs: int | None):
    """The batch to record; a file that cannot be checked stops the command (exit 2), nothing is written."""
    from lexpert.batch import CheckOptions, run
    from lexpert.errors import InputError

    batch = run(paths, CheckOptions(config=config, jobs=jobs))
    if batch.failed:
        for _, error in batch.failed:
            typer.echo(f"lexpert: error: {error}", err=True)
        raise InputError(None, f"{len(batch.failed)} file(s) could not be checked", "Fix or exclude them; the baseline was not written.")
    return batch


@baseline_app.command("create")
def create(paths: Paths, output: Output = DEFAULT_OUTPUT, config: ConfigFile = None, jobs: Jobs = None) -> None:
    """Write every current finding of the drafts to a new baseline file (replacing it if it exists).

    Базалық файлды жасау: жобалардың қазіргі барлық ескертулерін жазу.
    Создать базовый файл: записать все текущие замечания проектов.
    """
    from lexpert import baseline

    batch = _check(paths, config, jobs)
    baseline.write(batch.results, output)
    typer.echo(f"lexpert: wrote {len(batch.findings)} finding(s) of {len(batch.results)} draft(s) to {output}", err=True)


@baseline_app.command("update")
def update(paths: Paths, output: Output = DEFAULT_OUTPUT, config: ConfigFile = None, jobs: Jobs = None) -> None:
    """Refresh a baseline for the drafts given: keep entries still found, drop fixed ones, add new ones.

    Entries of drafts not given stay as they are.

    Базалық файлды жаңарту: әлі бар жазбалар қалады, түзетілгендері алынады, жаңалары қосылады.
    Обновить базовый файл: оставить найденные записи, удалить исправленные, добавить новые.
    """
    from lexpert import baseline

    batch = _check(paths, config, jobs)
    kept, dropped, added = baseline.update(batch.results, output)
    typer.echo(f"lexpert: {output}: {kept} kept, {dropped} dropped (fixed), {added} added", err=True)
