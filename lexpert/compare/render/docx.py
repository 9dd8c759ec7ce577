"""A DOCX report: a summary and one table row per discrepancy, the versions side by side."""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from lexpert.compare.messages import ui
from lexpert.compare.model import CompareResult, Side
from lexpert.report.docx_util import repeat_header, shade


def _fill(cell, side: Side | None, lang: str) -> None:
    paragraph = cell.paragraphs[0]
    if side is None:
        paragraph.add_run(ui("missing", lang)).italic = True
        return
    paragraph.add_run(side.address).bold = True
    paragraph.add_run(f" ({ui('line', lang)} {side.line})")
    cell.add_paragraph(f"«{side.quote}»")


def render_docx(result: CompareResult, lang: str) -> bytes:
    """The report as the bytes of a .docx file."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(ui("heading", lang), level=1)
    document.add_paragraph(f"kk: {result.kk_path}\nru: {result.ru_path}")
    summary = f"{ui('aligned', lang)}: {result.aligned} · {ui('found', lang)}: {len(result.discrepancies)}"
    document.add_paragraph(summary).runs[0].bold = True
    if not result.discrepancies:
        document.add_paragraph(ui("agree", lang))
    else:
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        headers = ("№", ui("discrepancy", lang), ui("kk_version", lang), ui("ru_version", lang))
        for cell, title in zip(table.rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
            shade(cell, "E7E6E6")
        repeat_header(table)
        for number, item in enumerate(result.discrepancies, 1):
            cells = table.add_row().cells
            cells[0].text = str(number)
            cells[1].paragraphs[0].add_run(item.message(lang))
            _fill(cells[2], item.kk, lang)
            _fill(cells[3], item.ru, lang)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
