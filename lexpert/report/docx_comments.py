"""An annotated copy of a .docx draft: one Word review comment on each flagged span.

The input file is read, never written; the copy keeps every paragraph and run
text and gains ``word/comments.xml`` plus a comment range and reference per finding.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from lexpert.errors import InputError
from lexpert.findings import DocumentResult
from lexpert.ingest.model import SourceText
from lexpert.report.context import FindingView, document_view
from lexpert.report.docx_anchor import locate, paragraph_runs, runs_for, split_at
from lexpert.report.i18n import t

AUTHOR = "lexpert"
INITIALS = "LX"


def _input(results: list[DocumentResult], sources: dict[str, SourceText]) -> tuple[DocumentResult, SourceText]:
    if len(results) != 1:
        raise InputError(
            None, f"--format docx-comments annotates one .docx draft, but {len(results)} were given",
            "Run it on a single .docx file, or choose --format docx for a conclusion on several drafts",
        )
    result = results[0]
    source = sources.get(result.path)
    if source is None or source.format != "docx":
        raise InputError(
            result.path, "--format docx-comments needs a .docx draft",
            "Save the draft as .docx, or choose --format docx or html",
        )
    if result.path == "-" or not Path(result.path).is_file():
        raise InputError(
            result.path, "the .docx file to annotate cannot be opened", "Pass the draft as a file path, not on standard input"
        )
    return result, source


def _fill(comment, view: FindingView, lang: str) -> None:
    f = view.finding
    head = comment.paragraphs[0]
    head.add_run(t("comment_factor", lang, name=view.factor_name)).bold = True
    head.add_run(f" ({t('severity', lang).lower()}: {view.severity})")
    if f.message:
        comment.add_paragraph(f.message)
    if f.explanation and f.explanation != f.message:
        p = comment.add_paragraph()
        p.add_run(f"{t('why', lang)}: ").bold = True
        p.add_run(f.explanation)
    if f.suggestion:
        p = comment.add_paragraph()
        p.add_run(f"{t('fix', lang)}: ").bold = True
        p.add_run(f.suggestion)
    refs = "; ".join(view.factor_refs)
    comment.add_paragraph(f"{refs} · {t('rule', lang)}: {f.rule}" if refs else f"{t('rule', lang)}: {f.rule}")


def _fallback_runs(paragraphs: list, quote: str) -> tuple | None:
    """First and last run of the first paragraph containing ``quote`` (else of the first paragraph with text)."""
    candidates = [p for p in paragraphs if quote and quote in "".join(r.text for r in paragraph_runs(p))]
    candidates += [p for p in paragraphs if any(r.text.strip() for r in paragraph_runs(p))]
    if not candidates:
        return None
    runs = paragraph_runs(candidates[0])
    return runs[0], runs[-1]


def render_comments(results: list[DocumentResult], sources: dict[str, SourceText], report_lang: str | None) -> bytes:
    """The annotated copy as DOCX bytes."""
    result, source = _input(results, sources)
    view = document_view(result, source, report_lang)
    document = docx.Document(result.path)
    paragraphs = list(document.element.body.iter(qn("w:p")))
    for v in view.findings:
        f = v.finding
        first = locate(source, paragraphs, f.start, is_end=False)
        last = locate(source, paragraphs, f.end, is_end=True)
        if first is None or last is None:
            pair = _fallback_runs(paragraphs, f.quote)
            if pair is None:
                continue
            first_r, last_r = pair
        else:
            (p1, a), (p2, b) = first, last
            if p1 is p2 and b <= a:
                b = a + 1
            split_at(p1, a)
            split_at(p2, b)
            first_r = runs_for(p1, a, b if p1 is p2 else 10**9, "first")
            last_r = runs_for(p2, a if p1 is p2 else 0, b, "last")
            if first_r is None or last_r is None:
                continue
        comment = document.add_comment(
            [Run(first_r, None), Run(last_r, None)], text="", author=AUTHOR, initials=INITIALS
        )
        _fill(comment, v, view.lang)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
