"""Word .docx drafts: every paragraph of the body in order, with the number Word draws.

Paragraphs are taken from ``body.iter(w:p)``, so table cells, content controls
and text boxes come in document order; ``source_index`` is the paragraph's
position in that sequence.  The paragraph text is the run text (``w:t``; ``w:tab``, ``w:br`` and ``w:cr`` as
whitespace) with whitespace collapsed to single spaces and stripped, so it maps
back onto the runs character by character apart from whitespace; deleted text
(tracked changes), hidden text, field codes and the fallback copy of drawings are
left out.  Word comments are kept with the paragraph where each starts
(:attr:`SourceText.comments`) for the suppression markers.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from lexpert.ingest.assemble import Paragraph, assemble, one_line
from lexpert.ingest.container import open_container
from lexpert.ingest.docx_numbering import Numbering, NumberingDefinitions
from lexpert.ingest.docx_package import COMMENTS, NUMBERING, STYLES, DocxPackage, PartCache, package_errors
from lexpert.ingest.docx_styles import VAL, StyleSheet, first_child, paragraph_properties, w
from lexpert.ingest.model import SourceText

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = frozenset(
    {w("p"), w("pPr"), w("rPr"), w("del"), w("moveFrom"), w("instrText"), w("delInstrText"), _MC_FALLBACK}
)
# Run content drawn as one character.
_CHARACTERS = {w("tab"): "\t", w("ptab"): "\t", w("br"): " ", w("cr"): " ", w("noBreakHyphen"): "-"}
_BODY, _P, _R, _T, _TC = w("body"), w("p"), w("r"), w("t"), w("tc")
_R_PR, _VANISH = w("rPr"), w("vanish")
_COMMENT, _COMMENT_START, _ID = w("comment"), w("commentRangeStart"), w("id")
_OFF = ("0", "false", "off")

_STYLESHEETS: PartCache[StyleSheet] = PartCache(StyleSheet)
_NUMBERINGS: PartCache[NumberingDefinitions] = PartCache(NumberingDefinitions)


def _collect(element: etree._Element, out: list[str]) -> None:
    """Append the visible characters under ``element``, without nested paragraphs."""
    for child in element:
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag == _R:
            if not _hidden(child):
                _collect(child, out)
        elif tag in _CHARACTERS:
            out.append(_CHARACTERS[tag])
        elif tag not in _SKIPPED and isinstance(tag, str):
            _collect(child, out)


def _paragraph_text(paragraph: etree._Element) -> str:
    """The visible characters of one ``w:p``, without nested paragraphs."""
    out: list[str] = []
    _collect(paragraph, out)
    return "".join(out)


def _hidden(run: etree._Element) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not print."""
    properties = first_child(run, _R_PR)
    vanish = None if properties is None else first_child(properties, _VANISH)
    return vanish is not None and vanish.get(VAL, "1") not in _OFF


def read_docx(path: Path, display: str) -> SourceText:
    """Read a .docx after the container checks; raise :class:`InputError` on bad input."""
    with open_container(path, display, ".docx") as archive, package_errors(display):
        package = DocxPackage(archive, display)
        root = package.xml(package.document)
        styles_part = package.related(STYLES)
        styles = _STYLESHEETS.get(package, styles_part) if styles_part else StyleSheet(None)
        numbering_part = package.related(NUMBERING)
        definitions = _NUMBERINGS.get(package, numbering_part) if numbering_part else NumberingDefinitions(None)
        comments_part = package.related(COMMENTS)
        comments = package.xml(comments_part) if comments_part else None
    body = root.find(_BODY)
    paragraphs = [] if body is None else _paragraphs(body, styles, Numbering(definitions, styles))
    source = assemble(display, "docx", paragraphs)
    if comments is not None and body is not None:
        source.comments = _anchored_comments(body, comments)
    return source


def _anchored_comments(body: etree._Element, comments: etree._Element) -> tuple[tuple[int, str], ...]:
    """``(source_index, text)`` of each Word comment, at the paragraph where its range starts."""
    texts = {c.get(_ID): "".join(c.itertext()).strip() for c in comments.iter(_COMMENT)}
    return tuple(
        (index, texts.get(start.get(_ID), ""))
        for index, paragraph in enumerate(body.iter(_P))
        for start in paragraph.iter(_COMMENT_START)
    )


def _paragraphs(body: etree._Element, styles: StyleSheet, numbering: Numbering) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for index, paragraph in enumerate(body.iter(_P)):
        in_table = False
        if paragraph.getparent() is not body:
            ancestors = {ancestor.tag for ancestor in paragraph.iterancestors(_TC, _MC_FALLBACK)}
            if _MC_FALLBACK in ancestors:
                continue
            in_table = _TC in ancestors
        text = one_line(_paragraph_text(paragraph))
        own_style, num_id, ilvl = paragraph_properties(paragraph)
        style_id = styles.paragraph_style(own_style)
        heading = styles.heading_level(style_id)
        listed = numbering.resolve(num_id, ilvl, style_id)
        label = numbering.next_label(*listed) if listed else None
        if in_table:
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
