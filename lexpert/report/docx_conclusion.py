"""The expert conclusion as a DOCX document (python-docx), landscape A4, one part per draft.

Structure (methodology.md §1.5, §2.4): title block; summary with counts by factor
and severity and the overall risk; a table with one row per finding (structural
unit · text of the norm · factor with methodology reference · why · recommendation);
closing section with the method and the definitions of the factors found.
"""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from lexpert.findings import SEVERITIES
from lexpert.report.context import DocView, batch_lang, today, version
from lexpert.report.docx_util import add_run, keep_rows_whole, repeat_header, set_widths, shade
from lexpert.report.i18n import t
from lexpert.rules.factors import load_factors

FONT = "Times New Roman"
HEADER_FILL = "D9E2F3"
FINDING_WIDTHS = [Cm(1.0), Cm(3.6), Cm(7.0), Cm(4.6), Cm(5.4), Cm(5.1)]  # 26.7 cm of landscape A4
SEVERITY_COLORS = {"error": "B42318", "warning": "B54708", "info": "175CD3"}


def _setup(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.5)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(4)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.color.rgb = None
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)


def _header_row(table, labels: list[str]) -> None:
    for cell, label in zip(table.rows[0].cells, labels):
        cell.text = ""
        add_run(cell.paragraphs[0], label, bold=True, size=10)
        shade(cell, HEADER_FILL)
    repeat_header(table)


def _title_block(document, view: DocView) -> None:
    lang = view.lang
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(title, t("conclusion_title", lang).upper(), bold=True, size=14)
    facts = [
        (t("draft", lang), view.title),
        (t("file", lang), view.path),
        (t("language", lang), t(f"lang_{view.result.lang}", lang) if view.result.lang in ("kk", "ru") else view.result.lang),
        (t("words", lang), str(view.words)),
        (t("date", lang), today()),
        (t("tool_version", lang), version()),
    ]
    table = document.add_table(rows=len(facts), cols=2)
    table.style = document.styles["Table Grid"]
    for row, (label, value) in zip(table.rows, facts):
        add_run(row.cells[0].paragraphs[0], label, bold=True, size=10)
        add_run(row.cells[1].paragraphs[0], value, size=10)
    set_widths(table, [Cm(5), Cm(21.7)])
    note = document.add_paragraph()
    note.paragraph_format.space_before = Pt(6)
    add_run(note, t("disclaimer", lang), italic=True, size=10)


def _summary(document, view: DocView) -> None:
    lang = view.lang
    document.add_heading(f"1. {t('summary', lang)}", level=1)
    p = document.add_paragraph()
    add_run(p, f"{t('overall_risk', lang)}: ", bold=True)
    add_run(p, t(f"risk_{view.risk.level}", lang), bold=True, color=SEVERITY_COLORS["error"] if view.risk.level == "high" else None)
    add_run(p, f" · {t('risk_index', lang)}: {view.risk.index} · {t('findings_count', lang, n=len(view.findings))}")
    for error in view.result.errors:
        add_run(document.add_paragraph(), f"{t('read_errors', lang)}: {error}", bold=True, color=SEVERITY_COLORS["error"])
    if not view.findings:
        document.add_paragraph(t("no_findings", lang))
        return
    document.add_paragraph(t("found_intro", lang))
    table = document.add_table(rows=1, cols=2 + len(SEVERITIES))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _header_row(table, [t("col_factor", lang)] + [t(f"severity_{s}", lang) for s in SEVERITIES] + [t("total", lang)])
    for fc in view.factors:
        cells = table.add_row().cells
        add_run(cells[0].paragraphs[0], fc.name, size=10)
        for cell, sev in zip(cells[1:], SEVERITIES):
            add_run(cell.paragraphs[0], str(fc.by_severity[sev]), size=10)
        add_run(cells[-1].paragraphs[0], str(fc.count), bold=True, size=10)
    cells = table.add_row().cells
    add_run(cells[0].paragraphs[0], t("total", lang), bold=True, size=10)
    for cell, sev in zip(cells[1:], SEVERITIES):
        add_run(cell.paragraphs[0], str(view.by_severity[sev]), bold=True, size=10)
    add_run(cells[-1].paragraphs[0], str(len(view.findings)), bold=True, size=10)
    set_widths(table, [Cm(12)] + [Cm(3)] * len(SEVERITIES) + [Cm(3)])


def _findings_table(document, view: DocView) -> None:
    lang = view.lang
    document.add_heading(f"2. {t('findings', lang)}", level=1)
    table = document.add_table(rows=1, cols=6)
    table.style = document.styles["Table Grid"]
    catalogue = load_factors()
    _header_row(table, [t(k, lang) for k in ("col_no", "col_address", "col_text", "col_factor", "col_why", "col_fix")])
    for v in view.findings:
        f = v.finding
        cells = table.add_row().cells
        add_run(cells[0].paragraphs[0], str(v.n), size=9)
        add_run(cells[1].paragraphs[0], v.address, bold=True, size=9)
        add_run(cells[1].add_paragraph(), t("line", lang, n=f.line), size=8, color="5B6672")
        text = cells[2].paragraphs[0]
        add_run(text, v.before, size=9)
        add_run(text, v.quote, bold=True, size=9, highlight=WD_COLOR_INDEX.YELLOW)
        add_run(text, v.after, size=9)
        add_run(cells[3].paragraphs[0], v.factor_name, bold=True, size=9)
        sev = cells[3].add_paragraph()
        add_run(sev, f"{t('severity', lang)}: {v.severity}", size=8, color=SEVERITY_COLORS.get(f.severity))
        add_run(sev, f" · {t('col_confidence', lang)}: {v.confidence}", size=8)
        factor = catalogue.get(f.factor)
        if factor is not None and factor.decree96:
            add_run(cells[3].add_paragraph(), t("decree96_short", lang, item=factor.decree96), italic=True, size=8)
        add_run(cells[3].add_paragraph(), f"{t('rule', lang)}: {f.rule}", size=8, color="5B6672")
        add_run(cells[4].paragraphs[0], f.explanation or f.message, size=9)
        if f.explanation and f.message and f.message != f.explanation:
            add_run(cells[4].add_paragraph(), f.message, italic=True, size=8)
        add_run(cells[5].paragraphs[0], f.suggestion, size=9)
    set_widths(table, FINDING_WIDTHS)
    keep_rows_whole(table)


def _closing(document, view: DocView, number: int) -> None:
    lang = view.lang
    document.add_heading(f"{number}. {t('method', lang)}", level=1)
    document.add_paragraph(t("method_text", lang))
    p = document.add_paragraph()
    add_run(p, f"{t('legal_basis', lang)}: ", bold=True)
    add_run(p, f"{t('decree96_ref', lang, item='3–4')}; {t('kz_basis', lang)}.")
    p = document.add_paragraph()
    add_run(p, f"{t('risk_index', lang)}: ", bold=True)
    add_run(p, t("risk_index_doc", lang))
    if not view.factors:
        return
    document.add_heading(f"{number + 1}. {t('factors_used', lang)}", level=1)
    catalogue = load_factors()
    for fc in view.factors:
        p = document.add_paragraph()
        add_run(p, fc.name, bold=True)
        factor = catalogue.get(fc.id)
        if factor is not None:
            add_run(p, f" — {factor.definition[lang]}")
            refs = next(v.factor_refs for v in view.findings if v.finding.factor == fc.id)
            if refs:
                add_run(p, f" ({'; '.join(refs)})", italic=True, size=9)


def render_conclusion(views: list[DocView], report_lang: str | None) -> bytes:
    """The conclusion(s) as DOCX bytes; each draft starts on a new page."""
    document = docx.Document()
    _setup(document)
    document.core_properties.title = t("conclusion_title", batch_lang(views, report_lang))
    document.core_properties.author = "lexpert"
    for i, view in enumerate(views):
        if i:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _title_block(document, view)
        _summary(document, view)
        if view.findings:
            _findings_table(document, view)
        _closing(document, view, 3 if view.findings else 2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
