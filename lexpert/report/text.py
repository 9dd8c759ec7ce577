"""Terminal report: rich colours on a TTY, plain text otherwise, from ``text.txt.j2``."""

from __future__ import annotations

import io
import shutil
import sys

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from lexpert.report.context import DocView, batch_lang
from lexpert.report.i18n import t
from lexpert.report.templates import environment

STYLES = {
    "path": "bold underline",
    "title": "bold",
    "address": "bold cyan",
    "factor": "bold",
    "quote": "bold black on yellow",
    "fix": "green",
    "label": "dim",
    "error": "bold red",
    "ok": "green",
    "sev_error": "bold red",
    "sev_warning": "yellow",
    "sev_info": "blue",
    "risk_high": "bold red",
    "risk_medium": "bold yellow",
    "risk_low": "green",
    "risk_none": "green",
}


class _Styled(str):
    """Rich markup that the escaping finaliser lets through."""


def _render(views: list[DocView], report_lang: str | None, color: bool) -> str:
    def st(value: object, style: str, open_mark: str = "", close_mark: str = "") -> str:
        text = str(value)
        return _Styled(f"[{STYLES[style]}]{escape(text)}[/]") if color else f"{open_mark}{text}{close_mark}"

    def finalize(value: object) -> object:
        if not color or isinstance(value, _Styled):
            return value
        return escape(str(value))

    env = environment(False).overlay(finalize=finalize if color else None)
    env.filters["st"] = st
    template = env.get_template("text.txt.j2")
    return template.render(
        docs=views,
        lang=batch_lang(views, report_lang),
        total=sum(len(v.findings) for v in views),
        t=t,
    )


def render_text(views: list[DocView], report_lang: str | None, color: bool | None) -> str:
    """The report for a terminal; ``color=None`` colours only when stdout is a TTY."""
    if color is None:
        color = sys.stdout.isatty()
    markup = _render(views, report_lang, color)
    if not color:
        return markup
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="256",
        width=shutil.get_terminal_size((100, 24)).columns,
        highlight=False,
        soft_wrap=True,
    )
    console.print(Text.from_markup(markup), end="")
    return buffer.getvalue()
