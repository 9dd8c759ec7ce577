"""Plain-text and Markdown drafts (and standard input): the text exactly as the file holds it."""

from __future__ import annotations

import re

from lexpert.ingest.encoding import decode_text
from lexpert.ingest.messages import input_error
from lexpert.ingest.model import Block, SourceText

# A line with something other than whitespace in it (``\S`` and ``str.strip`` agree on whitespace).
_TEXT_LINE = re.compile(r"^[^\S\n]*\S[^\n]*", re.MULTILINE)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, so line numbers match ``grep -n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_bytes(data: bytes, path: str, fmt: str) -> SourceText:
    """Decode ``data`` and make each non-empty line a block."""
    text, encoding = decode_text(data, path)
    text = normalise_newlines(text)
    if not text.strip():
        raise input_error(path, "empty")
    blocks = [Block(*match.span()) for match in _TEXT_LINE.finditer(text)]
    return SourceText(path=path, format=fmt, text=text, blocks=blocks, encoding=encoding)
