"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per finding.

GitHub keeps at most 10 annotations of each level per step; the most severe
findings are annotated first and a log line counts the rest.
"""

from __future__ import annotations

from lexpert.report.context import DocView, batch_lang
from lexpert.report.i18n import t

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
PER_LEVEL = 10


def escape_data(text: str) -> str:
    """Escape a command's message (``%``, CR, LF), as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(views: list[DocView], report_lang: str | None) -> str:
    """The workflow commands, errors first, then warnings, then notices."""
    lines: list[str] = []
    shown = {level: 0 for level in COMMANDS}
    skipped = 0
    entries = [(view, v) for view in views for v in view.findings]
    order = list(COMMANDS)
    entries.sort(key=lambda e: order.index(e[1].finding.severity) if e[1].finding.severity in order else len(order))
    for view, v in entries:
        f = v.finding
        level = f.severity if f.severity in COMMANDS else "warning"
        if shown[level] >= PER_LEVEL:
            skipped += 1
            continue
        shown[level] += 1
        props = [("file", view.path), ("line", str(f.line)), ("endLine", str(max(f.end_line, f.line)))]
        if f.line == f.end_line and view.source is not None and view.source.text[f.start:f.end] == f.quote:
            col = f.start - (view.source.text.rfind("\n", 0, f.start) + 1) + 1
            props += [("col", str(col)), ("endColumn", str(col + len(f.quote) - 1))]
        props.append(("title", f"{v.factor_name} [{f.rule}]"))
        message = f"{v.address}: «{f.quote}»\n{f.message}"
        if f.suggestion:
            message += f"\n{t('fix', view.lang)}: {f.suggestion}"
        head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
        lines.append(f"::{COMMANDS[level]} {head}::{escape_data(message)}")
    if skipped:
        lines.append(t("not_annotated", batch_lang(views, report_lang), n=skipped))
    return "".join(line + "\n" for line in lines)
