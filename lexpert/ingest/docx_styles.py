"""Paragraph styles of a .docx: the ``basedOn`` chain, heading levels and inherited numbering."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAX_CHAIN = 32
_HEADING = re.compile(r"heading\s*(\d)")


@cache
def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag."""
    return f"{{{W}}}{tag}"


def child_val(element: etree._Element | None, *path: str) -> str | None:
    """``w:val`` of the descendant at ``path`` (tags without prefix), or ``None``."""
    for tag in path:
        if element is None:
            return None
        element = element.find(w(tag))
    return None if element is None else element.get(w("val"))


class StyleSheet:
    """Lookup of paragraph styles by id, following ``w:basedOn``."""

    def __init__(self, styles: etree._Element | None) -> None:
        self._styles: dict[str, etree._Element] = {}
        self._headings: dict[str | None, int | None] = {}
        self._numbering: dict[str | None, tuple[str, str | None, str] | None] = {}
        self.default_paragraph: str | None = None
        if styles is None:
            return
        for style in styles.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id is None or style.get(w("type"), "paragraph") != "paragraph":
                continue
            self._styles[style_id] = style
            if style.get(w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def paragraph_style(self, paragraph: etree._Element) -> str | None:
        """The style id of a ``w:p`` (its ``w:pStyle`` or the default paragraph style)."""
        return child_val(paragraph, "pPr", "pStyle") or self.default_paragraph

    def chain(self, style_id: str | None) -> Iterator[tuple[str, etree._Element]]:
        """The style and its ancestors through ``w:basedOn`` (cycles and depth bounded)."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return
            yield style_id, style
            style_id = child_val(style, "basedOn")

    def heading_level(self, style_id: str | None) -> int | None:
        """1–9 for a style named (or based on) "heading N", 0 for "Title", else ``None``."""
        if style_id not in self._headings:
            self._headings[style_id] = self._heading_level(style_id)
        return self._headings[style_id]

    def _heading_level(self, style_id: str | None) -> int | None:
        for _, style in self.chain(style_id):
            name = (child_val(style, "name") or "").strip().lower()
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
                ilvl = child_val(style, "pPr", "numPr", "ilvl")
            num_id = child_val(style, "pPr", "numPr", "numId")
            if num_id is not None:
                return num_id, ilvl, sid
        return None
