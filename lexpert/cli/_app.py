"""The shared Typer app, the root options and the one place where errors become exit codes."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

try:  # Typer >= 0.29 runs on its own vendored copy of click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older Typer on plain click
    from click.exceptions import ClickException

# Exceptions that carry their own exit code and message: let Typer handle them.
_PASS_THROUGH = (ClickException, typer.Exit, typer.Abort)

from lexpert import __version__
from lexpert.errors import ExitCode, LexpertError

HELP = """\
[bold]lexpert[/bold] — anti-corruption expertise of draft legal acts in Kazakh and Russian.

It reads a draft (.docx, .txt, .md, .html, .pdf, .odt or standard input), finds the norms that breed corruption — discretion without criteria, steps without deadlines, bodies nobody can identify, rules left to a later by-law, open lists, vague words — and writes a conclusion with the address of each norm, the factor, why it is a risk and how to reword it.

Start with:  [cyan]lexpert check draft.docx[/cyan]
"""


class _Group(TyperGroup):
    """Root command group: turns a :class:`LexpertError` into one line and exit code 2."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _PASS_THROUGH:
            raise
        except LexpertError as exc:
            if ctx.find_root().params.get("debug"):
                raise
            typer.echo(f"lexpert: error: {exc.message}", err=True)
            raise typer.Exit(ExitCode.ERROR) from None
        except KeyboardInterrupt:
            typer.echo("lexpert: interrupted", err=True)
            raise typer.Exit(ExitCode.ERROR) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if ctx.find_root().params.get("debug"):
                raise
            typer.echo(
                f"lexpert: internal error: {type(exc).__name__}: {exc}. "
                "Re-run with --debug to see the traceback and report it.",
                err=True,
            )
            raise typer.Exit(ExitCode.ERROR) from None


app = typer.Typer(
    name="lexpert",
    help=HELP,
    cls=_Group,
    rich_markup_mode="rich",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lexpert {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
) -> None:
    """Anti-corruption expertise of draft legal acts in Kazakh and Russian."""


def stdout_is_terminal() -> bool:
    """True when standard output is an interactive terminal."""
    return sys.stdout.isatty()
