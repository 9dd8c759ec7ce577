"""The jinja2 environment over the templates shipped in ``lexpert/report/templates/``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import jinja2


def read_asset(name: str) -> str:
    """A static asset (CSS, JS) shipped beside the templates."""
    return resources.files("lexpert.report").joinpath("templates", name).read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def environment(autoescape: bool = False) -> jinja2.Environment:
    """An environment loading the packaged templates (HTML ones autoescaped)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("lexpert.report", "templates"),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
