"""Command-line interface: ``lexpert`` and ``python -m lexpert``.

Each command lives in its own module and registers itself on the shared app;
the modules only parse options and forward to library functions.
"""

from __future__ import annotations

from lexpert.cli._app import app
from lexpert.cli import (  # noqa: F401  (each import registers its command)
    annotate,
    baseline,
    check,
    compare,
    diff,
    eval,
    init,
    parse,
    rules,
)


def main() -> None:
    """Entry point of the ``lexpert`` console script."""
    app()
