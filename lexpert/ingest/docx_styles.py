"""Paragraph styles of a .docx: the ``basedOn`` chain, heading levels and inherited numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAX_CHAIN = 32
_HEADING = re.compile(r"heading\s*(\d)")


@cache
def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag."""
    return f"{{{W}}}{tag}"


VAL = w("val")
P_PR = w("pPr")
P_STYLE = w("pStyle")
NUM_PR = w("numPr")
NUM_ID = w("numId")
ILVL = w("ilvl")


def child_val(element: etree._Element | None, *path: str) -> str | None:
    """``w:val`` of the descendant at ``path`` (tags without prefix), or ``None``."""
    for tag in path:
        if element is None:
            return None
        element = element.find(w(tag))
    return None if element is None else element.get(VAL)


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child ``tag`` (a Clark name) of ``element``, like ``element.find(tag)``.

    Property elements (``w:pPr``, ``w:rPr``) come first and hold few children, so
    a plain loop is shorter than ``find``'s path machinery.
    """
    for child in element:
        if child.tag == tag:
            return child
    return None


def direct_val(element: etree._Element | None, tag: str) -> str | None:
    """``w:val`` of the first child ``tag`` (a Clark name) of ``element``, or ``None``."""
    if element is None:
        return None
    child = first_child(element, tag)
    return None if child is None else child.get(VAL)


def paragraph_properties(paragraph: etree._Element) -> tuple[str | None, str | None, str | None]:
    """``(pStyle, numId, ilvl)`` values of a ``w:p``'s own ``w:pPr``, in one pass over it."""
    properties = first_child(paragraph, P_PR)
    if properties is None:
        return None, None, None
    style = num_pr = None
    seen_style = False
    for child in properties:
        tag = child.tag
        if tag == P_STYLE and not seen_style:
            seen_style, style = True, child.get(VAL)
        elif tag == NUM_PR and num_pr is None:
            num_pr = child
    return style, direct_val(num_pr, NUM_ID), direct_val(num_pr, ILVL)


class _Style(NamedTuple):
    """What lexpert reads of one paragraph style."""

    name: str | None
    based_on: str | None
    num_id: str | None
    ilvl: str | None


def _read_style(style: etree._Element) -> _Style:
    properties = style.find(P_PR)
    num_pr = None if properties is None else properties.find(NUM_PR)
    return _Style(
        name=child_val(style, "name"),
        based_on=child_val(style, "basedOn"),
        num_id=direct_val(num_pr, NUM_ID),
        ilvl=direct_val(num_pr, ILVL),
    )


class StyleSheet:
    """Lookup of paragraph styles by id, following ``w:basedOn``.

    It keeps plain values, not the XML, so one sheet may serve every draft made
    from the same template.
    """

    def __init__(self, styles: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._headings: dict[str | None, int | None] = {}
        self._numbering: dict[str | None, tuple[str, str | None, str] | None] = {}
        self.default_paragraph: str | None = None
        if styles is None:
            return
        style_id_attr, type_attr, default_attr = w("styleId"), w("type"), w("default")
        for style in styles.iter(w("style")):
            style_id = style.get(style_id_attr)
            if style_id is None or style.get(type_attr, "paragraph") != "paragraph":
                continue
            self._styles[style_id] = _read_style(style)
            if style.get(default_attr) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def paragraph_style(self, own_style: str | None) -> str | None:
        """The style id of a paragraph: its own ``w:pStyle`` value or the default paragraph style."""
        return own_style or self.default_paragraph

    def chain(self, style_id: str | None) -> Iterator[tuple[str, _Style]]:
        """The style and its ancestors through ``w:basedOn`` (cycles and depth bounded)."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return
            yield style_id, style
            style_id = style.based_on

    def heading_level(self, style_id: str | None) -> int | None:
        """1–9 for a style named (or based on) "heading N", 0 for "Title", else ``None``."""
        if style_id not in self._headings:
            self._headings[style_id] = self._heading_level(style_id)
        return self._headings[style_id]

    def _heading_level(self, style_id: str | None) -> int | None:
        for _, style in self.chain(style_id):
            name = (style.name or "").strip().lower()
            if name == "title":
                return 0
            match = _HEADING.fullmatch(name)
            if match:
                return int(match.group(1))
        return None

    def numbering(self, style_id: str | None) -> tuple[str, str | None, str] | None:
        """``(numId, ilvl or None, style id that holds the numId)`` inherited through the chain.

        The nearest style that names a ``w:numId`` gives the list and the nearest
        style that names a ``w:ilvl`` gives the level, so a "sub-clause" style based
        on a numbered "clause" style can set only the level.
        """
        if style_id not in self._numbering:
            self._numbering[style_id] = self._inherited_numbering(style_id)
        return self._numbering[style_id]

    def _inherited_numbering(self, style_id: str | None) -> tuple[str, str | None, str] | None:
        ilvl: str | None = None
        for sid, style in self.chain(style_id):
            if ilvl is None:
                ilvl = style.ilvl
            if style.num_id is not None:
                return style.num_id, ilvl, sid
        return None
