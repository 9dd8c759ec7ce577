"""Report renderers: one entry point, :func:`render`, for every output format.

Text formats come from jinja2 templates in ``templates/``; DOCX comes from
python-docx.  Every fixed string exists in kk, ru and en (``strings.yaml``);
a report is written in ``report_lang`` or, by default, in each draft's language.
"""

from __future__ import annotations

from pathlib import Path

from lexpert.errors import LexpertError
from lexpert.findings import DocumentResult
from lexpert.fsutil import atomic_write
from lexpert.ingest.model import SourceText
from lexpert.report.context import document_views
from lexpert.report.i18n import REPORT_LANGS

FORMATS = ("text", "json", "md", "html", "docx", "docx-comments", "sarif", "github")
BINARY_FORMATS = ("docx", "docx-comments")
EXTENSIONS = {
    "text": ".txt", "json": ".json", "md": ".md", "html": ".html",
    "docx": ".docx", "docx-comments": ".docx", "sarif": ".sarif", "github": ".txt",
}


def render(
    fmt: str,
    results: list[DocumentResult],
    sources: dict[str, SourceText],
    *,
    report_lang: str | None = None,
    color: bool | None = None,
) -> str | bytes:
    """The report in ``fmt`` (bytes for the DOCX kinds, text otherwise).

    ``sources`` maps ``DocumentResult.path`` to the text as read.  ``color``
    only matters for ``text`` (``None``: colour when stdout is a terminal).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if report_lang is not None and report_lang not in REPORT_LANGS:
        raise ValueError(f"unknown report language {report_lang!r}; choose one of {', '.join(REPORT_LANGS)}")
    if fmt == "docx-comments":
        from lexpert.report.docx_comments import render_comments

        return render_comments(results, sources, report_lang)
    views = document_views(results, sources, report_lang)
    if fmt == "text":
        from lexpert.report.text import render_text

        return render_text(views, report_lang, color)
    if fmt == "json":
        from lexpert.report.jsonfmt import render_json

        return render_json(views)
    if fmt == "md":
        from lexpert.report.markdown import render_markdown

        return render_markdown(views, report_lang)
    if fmt == "html":
        from lexpert.report.html import render_html

        return render_html(views, report_lang)
    if fmt == "docx":
        from lexpert.report.docx_conclusion import render_conclusion

        return render_conclusion(views, report_lang)
    if fmt == "sarif":
        from lexpert.report.sarif import render_sarif

        return render_sarif(views, report_lang)
    from lexpert.report.github import render_github

    return render_github(views, report_lang)


def render_to_path(
    fmt: str,
    results: list[DocumentResult],
    sources: dict[str, SourceText],
    output: Path,
    *,
    report_lang: str | None = None,
) -> list[Path]:
    """Render ``fmt`` (never coloured) and write it atomically to ``output``; return the paths written.

    Refuses to overwrite any input draft.
    """
    output = Path(output)
    inputs = {Path(r.path).resolve() for r in results if r.path != "-"}
    if output.resolve() in inputs:
        raise LexpertError(str(output), "the report would overwrite an input draft", "Choose another --output path")
    data = render(fmt, results, sources, report_lang=report_lang, color=False)
    try:
        return [atomic_write(output, data)]
    except OSError as exc:
        problem = f"cannot write the report ({exc.strerror or exc})"
        raise LexpertError(str(output), problem, "Choose a writable --output path") from None
