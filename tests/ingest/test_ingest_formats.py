"""HTML, PDF and ODT drafts."""

from __future__ import annotations

from pathlib import Path

from ingest_builders import write_pdf
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableRow
from odf.text import H, LineBreak, List, ListItem, P

from lexpert.ingest import read_source


def test_html_blocks_entities_and_hidden_content(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html><head><title>Сайт</title><style>p {color: red}</style>
    <script>document.write("x")</script></head><body>
    <h1>Об утверждении &laquo;Правил&raquo;</h1>
    <p>1. Уполномоченный   орган<br>рассматривает &amp; решает.</p>
    <ul><li>справка;</li><li>иные документы.</li></ul>
    <table><tr><td>Срок</td><td>5&nbsp;дней</td></tr></table>
    <div>Подпись</div><p>&xxe; &#1178;</p></body></html>"""
    path = tmp_path / "act.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert source.format == "html"
    assert source.text.split("\n") == [
        "Об утверждении «Правил»",
        "1. Уполномоченный орган",
        "рассматривает & решает.",
        "справка;",
        "иные документы.",
        "Срок",
        "5 дней",
        "Подпись",
        "&xxe; Қ",
    ]
    assert [(b.kind, b.level) for b in source.blocks][:4] == [
        ("heading", 1), ("paragraph", None), ("paragraph", None), ("list-item", None),
    ]  # fmt: skip
    assert source.blocks[5].kind == "table-cell"


def test_html_in_windows_1251_with_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "act.htm"
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Статья 1</p></body></html>'
    path.write_bytes(html.encode("cp1251"))
    source = read_source(path)
    assert (source.text, source.encoding) == ("Статья 1", "cp1251")


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "act.pdf", ["Article 1. The body decides within ten days.", "Article 2. Final provisions."])
    source = read_source(path)
    assert source.format == "pdf"
    assert source.text == "Article 1. The body decides within ten days.\nArticle 2. Final provisions."
    assert len(source.blocks) == 2


def test_odt_paragraphs_headings_lists_and_tables(tmp_path: Path) -> None:
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="1-тарау. Жалпы ережелер"))
    paragraph = P(text="1. Осы Қағидалар")
    paragraph.addElement(LineBreak())
    paragraph.addText("тәртібін айқындайды.")
    document.text.addElement(paragraph)
    items = List()
    for text in ("анықтама;", "өтініш."):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    document.text.addElement(items)
    grid = Table()
    row = TableRow()
    for text in ("Мерзімі", "5 күн"):
        cell = TableCell()
        cell.addElement(P(text=text))
        row.addElement(cell)
    grid.addElement(row)
    document.text.addElement(grid)
    path = tmp_path / "rules.odt"
    document.save(str(path))

    source = read_source(path)
    assert source.format == "odt"
    assert source.text.split("\n") == [
        "1-тарау. Жалпы ережелер",
        "1. Осы Қағидалар тәртібін айқындайды.",
        "анықтама;",
        "өтініш.",
        "Мерзімі",
        "5 күн",
    ]
    assert [(b.kind, b.level) for b in source.blocks] == [
        ("heading", 1), ("paragraph", None), ("list-item", 1), ("list-item", 1), ("table-cell", None), ("table-cell", None),
    ]  # fmt: skip
