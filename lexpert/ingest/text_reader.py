"""Plain-text and Markdown drafts (and standard input): the text exactly as the file holds it."""

from __future__ import annotations

import re

from lexpert.ingest.encoding import decode_text
from lexpert.ingest.messages import input_error
from lexpert.ingest.model import Block, SourceText

_LINE = re.compile(r"[^\n]*")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, so line numbers match ``grep -n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_bytes(data: bytes, path: str, fmt: str) -> SourceText:
    """Decode ``data`` and make each non-empty line a block."""
    text, encoding = decode_text(data, path)
    text = normalise_newlines(text)
    if not text.strip():
        raise input_error(path, "empty")
    blocks = [Block(start=m.start(), end=m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    return SourceText(path=path, format=fmt, text=text, blocks=blocks, encoding=encoding)
