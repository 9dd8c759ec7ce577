"""``lexpert init``: write a commented starter ``lexpert.toml``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lexpert.cli._app import app


@app.command("init")
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to write lexpert.toml in (default: the current one).")] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing lexpert.toml.")] = False,
) -> None:
    """Write a commented starter configuration, lexpert.toml, that every check below this folder uses.

    Бастапқы баптау файлын, lexpert.toml, түсіндірмелерімен жазу.
    Записать начальный файл настроек lexpert.toml с комментариями.
    """
    from lexpert.config import CONFIG_NAME, STARTER
    from lexpert.errors import ConfigError
    from lexpert.fsutil import atomic_write

    if not folder.is_dir():
        raise ConfigError(str(folder), "no such folder", "Create it first or give an existing folder.")
    target = folder / CONFIG_NAME
    if target.exists() and not force:
        raise ConfigError(str(target), "already exists", "Edit it, or pass --force to replace it with the starter file.")
    atomic_write(target, STARTER)
    typer.echo(f"lexpert: wrote {target}", err=True)
