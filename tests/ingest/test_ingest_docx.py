"""Reading .docx drafts: order, blocks, tables, headings and the text of runs."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
from ingest_builders import abstract, level, num, para, table, write_docx

from lexpert.ingest import read_source


def test_python_docx_document_in_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Об утверждении Правил", level=0)
    document.add_heading("Глава 1. Общие положения", level=1)
    document.add_paragraph("1. Настоящие Правила определяют порядок.")
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).text = "Наименование"
    grid.cell(0, 1).text = "Срок"
    grid.cell(1, 0).text = "Выдача справки"
    grid.cell(1, 1).text = "5 рабочих дней"
    document.add_paragraph("2. Уполномоченный орган рассматривает заявление.")
    path = tmp_path / "rules.docx"
    document.save(str(path))

    source = read_source(path)
    assert source.format == "docx"
    assert source.text.split("\n") == [
        "Об утверждении Правил",
        "Глава 1. Общие положения",
        "1. Настоящие Правила определяют порядок.",
        "Наименование",
        "Срок",
        "Выдача справки",
        "5 рабочих дней",
        "2. Уполномоченный орган рассматривает заявление.",
    ]
    kinds = [(b.kind, b.level) for b in source.blocks]
    assert kinds[:3] == [("heading", 0), ("heading", 1), ("paragraph", None)]
    assert {b.kind for b in source.blocks[3:7]} == {"table-cell"}
    for line_number, block in enumerate(source.blocks, start=1):
        assert source.line_of(block.start) == line_number


def test_source_index_counts_every_paragraph_of_the_body(tmp_path: Path) -> None:
    body = (
        para("Бірінші")
        + para("")
        + table((para("а") + para("б"), para("в")))
        + para("Соңғы")
    )
    source = read_source(write_docx(tmp_path / "d.docx", body))
    assert [(source.text[b.start : b.end], b.source_index) for b in source.blocks] == [
        ("Бірінші", 0),
        ("а", 2),
        ("б", 3),
        ("в", 4),
        ("Соңғы", 5),
    ]
    anchored = docx.Document(str(tmp_path / "d.docx")).element.body.findall(".//" + docx.oxml.ns.qn("w:p"))
    assert "".join(t.text for t in anchored[5].iter(docx.oxml.ns.qn("w:t"))) == "Соңғы"


def test_whitespace_breaks_deletions_hidden_text_and_field_codes(tmp_path: Path) -> None:
    paragraph = (
        "<w:p>"
        '<w:r><w:tab/><w:t xml:space="preserve">  в течение</w:t><w:br/><w:t xml:space="preserve">десяти  дней</w:t>'
        "<w:tab/><w:t>со дня</w:t></w:r>"
        "<w:del><w:r><w:delText>удалено</w:delText></w:r></w:del>"
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>скрыто</w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> видно</w:t></w:r>'
        '<w:ins><w:r><w:t xml:space="preserve"> подачи</w:t></w:r></w:ins>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> (3)</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "</w:p>"
    )
    source = read_source(write_docx(tmp_path / "d.docx", paragraph + para("следующий")))
    assert source.text == "в течение десяти дней со дня видно подачи (3)\nследующий"
    assert source.line_count == 2


def test_docx_is_opened_read_only(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "d.docx", para("Мәтін"))
    os.utime(path, (1_600_000_000, 1_600_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_source(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_parts_are_found_through_the_package_relationships(tmp_path: Path) -> None:
    """The document part need not be word/document.xml, nor its styles word/styles.xml."""
    path = write_docx(tmp_path / "standard.docx", para("Жалпы ережелер", style="Heading1") + para("Мәтін"))
    moved = tmp_path / "moved.docx"
    renames = {
        "word/document.xml": "main/draft.xml",
        "word/_rels/document.xml.rels": "main/_rels/draft.xml.rels",
        "word/styles.xml": "shared/styles-1.xml",
    }
    references = [  # content types, package and document relationships
        (b"/word/document.xml", b"/main/draft.xml"),
        (b'"word/document.xml"', b'"main/draft.xml"'),
        (b"/word/styles.xml", b"/shared/styles-1.xml"),
        (b'"styles.xml"', b'"../shared/styles-1.xml"'),
        (b'"numbering.xml"', b'"../word/numbering.xml"'),
    ]
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(moved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            for old, new in references:
                data = data.replace(old, new)
            target.writestr(renames.get(item.filename, item.filename), data)
    assert "word/document.xml" not in zipfile.ZipFile(moved).namelist()
    source = read_source(moved)
    assert source.text == "Жалпы ережелер\nМәтін"
    assert [(b.kind, b.level) for b in source.blocks] == [("heading", 1), ("paragraph", None)]


def test_drafts_sharing_a_template_are_numbered_independently(tmp_path: Path) -> None:
    """Styles and numbering parsed once per template: each draft still counts from its own start."""
    numbering = abstract(1, level(0, "decimal", "%1.")) + num(1, 1)
    first = write_docx(tmp_path / "a.docx", para("бір", num=(1, 0)) + para("екі", num=(1, 0)), numbering)
    second = write_docx(tmp_path / "b.docx", para("үш", num=(1, 0)), numbering)
    roman = abstract(1, level(0, "upperRoman", "%1)")) + num(1, 1)
    other = write_docx(tmp_path / "c.docx", para("төрт", num=(1, 0)), roman)
    texts = [read_source(path).text for path in (first, second, first, other)]
    assert texts == ["1. бір\n2. екі", "1. үш", "1. бір\n2. екі", "I) төрт"]
