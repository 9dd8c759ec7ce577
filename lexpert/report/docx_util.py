"""Small python-docx helpers shared by the DOCX renderers."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def shade(cell: _Cell, fill: str) -> None:
    """Background colour of a table cell (hex without ``#``)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_header(table: Table) -> None:
    """Repeat the first row of ``table`` at the top of every printed page."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def keep_rows_whole(table: Table) -> None:
    """Do not split any row of ``table`` across pages."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        cant_split = OxmlElement("w:cantSplit")
        cant_split.set(qn("w:val"), "true")
        tr_pr.append(cant_split)


def add_run(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False,
            size: float | None = None, color: str | None = None, highlight: int | None = None) -> Run:
    """Append a formatted run."""
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
    if highlight is not None:
        run.font.highlight_color = highlight
    return run


def set_widths(table: Table, widths: list[int]) -> None:
    """Fixed column widths (EMU) that Word and LibreOffice both honour."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
