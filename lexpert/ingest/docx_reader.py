"""Word .docx drafts: every paragraph of the body in order, with the number Word draws.

Paragraphs are taken from ``body.iter(w:p)``, so table cells, content controls
and text boxes come in document order; ``source_index`` is the paragraph's
position in that sequence.  The paragraph text is the run text (``w:t``; ``w:tab``, ``w:br`` and ``w:cr`` as
whitespace) with whitespace collapsed to single spaces and stripped, so it maps
back onto the runs character by character apart from whitespace; deleted text
(tracked changes), hidden text, field codes and the fallback copy of drawings are
left out.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from lexpert.ingest.assemble import Paragraph, assemble, one_line
from lexpert.ingest.container import check_container
from lexpert.ingest.docx_numbering import Numbering
from lexpert.ingest.docx_styles import StyleSheet, w
from lexpert.ingest.messages import input_error
from lexpert.ingest.model import SourceText

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = frozenset(
    {w("p"), w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delInstrText"), _MC_FALLBACK}
)
_BREAKS = frozenset({w("br"), w("cr")})
_TABS = frozenset({w("tab"), w("ptab")})
_REL_STYLES = "/styles"
_REL_NUMBERING = "/numbering"


def _paragraph_text(paragraph: etree._Element) -> str:
    """The visible characters of one ``w:p``, without nested paragraphs."""
    out: list[str] = []

    def walk(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED or not isinstance(tag, str):
                continue
            if tag == w("r") and _hidden(child):
                continue
            if tag == w("t"):
                out.append(child.text or "")
            elif tag in _TABS:
                out.append("\t")
            elif tag in _BREAKS:
                out.append(" ")
            elif tag == w("noBreakHyphen"):
                out.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(out)


def _hidden(run: etree._Element) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not print."""
    vanish = run.find(f"{w('rPr')}/{w('vanish')}")
    return vanish is not None and vanish.get(w("val"), "1") not in ("0", "false", "off")


def _related_element(document: docx.document.Document, reltype_suffix: str) -> etree._Element | None:
    for rel in document.part.rels.values():
        if rel.reltype.endswith(reltype_suffix) and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _is_fallback(paragraph: etree._Element) -> bool:
    return any(ancestor.tag == _MC_FALLBACK for ancestor in paragraph.iterancestors())


def _in_table(paragraph: etree._Element) -> bool:
    return any(ancestor.tag == w("tc") for ancestor in paragraph.iterancestors())


def read_docx(path: Path, display: str) -> SourceText:
    """Read a .docx after the container checks; raise :class:`InputError` on bad input."""
    check_container(path, display, ".docx")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        if "content type" in str(exc) or isinstance(exc, KeyError):
            raise input_error(display, "wrong_package", fmt=".docx") from None
        raise input_error(display, "corrupt", reason=str(exc)) from None
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error) as exc:
        raise input_error(display, "corrupt", reason=str(exc)) from None
    styles = StyleSheet(_related_element(document, _REL_STYLES))
    numbering = Numbering(_related_element(document, _REL_NUMBERING), styles)
    return assemble(display, "docx", _paragraphs(document.element.body, styles, numbering))


def _paragraphs(body: etree._Element, styles: StyleSheet, numbering: Numbering) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for index, paragraph in enumerate(body.iter(w("p"))):
        if _is_fallback(paragraph):
            continue
        text = one_line(_paragraph_text(paragraph))
        heading = styles.heading_level(styles.paragraph_style(paragraph))
        listed = numbering.resolve(paragraph)
        label = numbering.next_label(*listed) if listed else None
        if _in_table(paragraph):
            kind, level = "table-cell", None
        elif heading is not None:
            kind, level = "heading", heading
        elif listed:
            kind, level = "list-item", listed[1] + 1
        else:
            kind, level = "paragraph", None
        paragraphs.append(
            Paragraph(
                text=text,
                kind=kind,
                level=level,
                number=label.text if label and label.text and not label.bullet else None,
                prefix=f"{label.text} " if label and label.text else "",
                source_index=index,
            )
        )
    return paragraphs
