"""HTML drafts: the visible text, one block per paragraph, list item, heading or cell.

Parsed with the standard library's :class:`html.parser.HTMLParser`: it decodes
HTML character references only, never fetches or resolves anything, and is
tolerant of the broken markup that web pages are made of.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from lexpert.ingest.assemble import Paragraph, assemble, one_line
from lexpert.ingest.encoding import check_garbling, decode_text
from lexpert.ingest.model import SourceText
from lexpert.ingest.text_reader import normalise_newlines

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul br".split()
)
_HIDDEN_TAGS = frozenset("head script style noscript template svg math iframe object".split())
_VOID_TAGS = frozenset("br hr img input meta link area base col embed param source track wbr".split())
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self._buffer: list[str] = []
        self._hidden = 0
        self._context: list[str] = []

    def _flush(self) -> None:
        text = one_line("".join(self._buffer))
        self._buffer = []
        if not text:
            return
        kind, level = "paragraph", None
        for tag in reversed(self._context):
            if tag in ("td", "th"):
                kind = "table-cell"
                break
            if tag == "li":
                kind = "list-item"
                break
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                kind, level = "heading", int(tag[1])
                break
        self.paragraphs.append(Paragraph(text, kind=kind, level=level))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS and not self._hidden:
            self._flush()
        if tag not in _VOID_TAGS and tag not in _HIDDEN_TAGS:
            self._context.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(self._hidden - 1, 0)
            return
        if tag in _BLOCK_TAGS and not self._hidden:
            self._flush()
        if tag in self._context:
            while self._context.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _decode_html(data: bytes, path: str) -> tuple[str, str]:
    """Honour a ``<meta charset>`` naming a known non-UTF-8 code page; else decode as text."""
    match = _META_CHARSET.search(data[:4096])
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            name = codecs.lookup(match.group(1).decode("ascii")).name
        except LookupError:
            name = ""
        if name and name not in ("utf-8", "utf-16"):
            text = data.decode(name, errors="replace")
            check_garbling(text, path)
            return text, name
    return decode_text(data, path)


def read_html_bytes(data: bytes, path: str) -> SourceText:
    """Read an HTML page's visible text as blocks."""
    text, encoding = _decode_html(data, path)
    parser = _BlockParser()
    parser.feed(normalise_newlines(text))
    parser.close()
    return assemble(path, "html", parser.paragraphs, encoding=encoding)
