"""Command-line interface: ``lexpert`` and ``python -m lexpert``.

Each command lives in its own module and registers itself on the shared app;
the modules only parse options and forward to library functions.
"""

from __future__ import annotations

from lexpert.cli._app import app
from lexpert.cli import parse as _parse  # noqa: F401  (registers the command)


def main() -> None:
    """Entry point of the ``lexpert`` console script."""
    app()
