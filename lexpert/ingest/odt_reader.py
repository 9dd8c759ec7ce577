"""OpenDocument .odt drafts: paragraphs, headings, list items and table cells in order."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.sax import SAXException

from defusedxml import DefusedXmlException
from odf import teletype
from odf.element import Element
from odf.namespaces import TABLENS, TEXTNS
from odf.opendocument import load

from lexpert.ingest.assemble import Paragraph, assemble, one_line
from lexpert.ingest.container import check_container
from lexpert.ingest.messages import input_error
from lexpert.ingest.model import SourceText

_TEXT_MIME = b"application/vnd.oasis.opendocument.text"
_PARAGRAPH = (TEXTNS, "p")
_HEADING = (TEXTNS, "h")
_LIST_ITEM = (TEXTNS, "list-item")
_CELL = (TABLENS, "table-cell")
# Deleted text of tracked changes and declarations that hold no body text.
_SKIPPED = frozenset({(TEXTNS, "tracked-changes"), (TEXTNS, "sequence-decls"), (TEXTNS, "variable-decls")})


def _check_package(path: Path, display: str) -> None:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
        if not mimetype.startswith(_TEXT_MIME) or "content.xml" not in names:
            raise input_error(display, "wrong_package", fmt=".odt")
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    if b"encryption-data" in manifest:
        raise input_error(display, "encrypted")


def _walk(node: Element, context: tuple[str, ...], out: list[Paragraph]) -> None:
    for child in node.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None or qname in _SKIPPED:
            continue
        if qname in (_PARAGRAPH, _HEADING):
            text = one_line(teletype.extractText(child))
            if qname == _HEADING:
                level = child.getAttrNS(TEXTNS, "outline-level")
                out.append(Paragraph(text, kind="heading", level=int(level) if level and level.isdigit() else 1))
            elif "cell" in context:
                out.append(Paragraph(text, kind="table-cell"))
            elif "item" in context:
                out.append(Paragraph(text, kind="list-item", level=context.count("item")))
            else:
                out.append(Paragraph(text))
            continue
        marker = "cell" if qname == _CELL else "item" if qname == _LIST_ITEM else ""
        _walk(child, (*context, marker) if marker else context, out)


def read_odt(path: Path, display: str) -> SourceText:
    """Read an .odt after the container checks; raise :class:`InputError` on bad input."""
    check_container(path, display, ".odt")
    try:
        _check_package(path, display)
        document = load(str(path))
    except (SAXException, DefusedXmlException, KeyError, ValueError, zipfile.BadZipFile, zlib.error) as exc:
        raise input_error(display, "corrupt", reason=str(exc) or type(exc).__name__) from None
    paragraphs: list[Paragraph] = []
    _walk(document.text, (), paragraphs)
    return assemble(display, "odt", paragraphs)
