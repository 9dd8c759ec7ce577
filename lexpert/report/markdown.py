"""Markdown report for pull-request comments and job summaries, from ``md.md.j2``."""

from __future__ import annotations

import re

from lexpert.report.context import DocView, batch_lang, today, version
from lexpert.report.i18n import t
from lexpert.report.templates import environment

_SPACES = re.compile(r"\s+")
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def md_escape(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, no markup, pipes escaped."""
    text = _SPACES.sub(" ", str(value))
    return _SPECIAL.sub(r"\\\1", text)


def render_markdown(views: list[DocView], report_lang: str | None) -> str:
    """The Markdown text."""
    env = environment(False).overlay()
    env.filters["md"] = md_escape
    return env.get_template("md.md.j2").render(
        docs=views, lang=batch_lang(views, report_lang), t=t, version=version(), date=today()
    )
