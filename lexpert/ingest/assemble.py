"""Join the paragraphs read from a structured format into one :class:`SourceText`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from lexpert.ingest.messages import input_error
from lexpert.ingest.model import Block, SourceText


class Paragraph(NamedTuple):
    """One paragraph as read (a single line), before it is placed in the joined text."""

    text: str
    kind: str = "paragraph"
    level: int | None = None
    number: str | None = None
    prefix: str = ""
    source_index: int | None = None


def one_line(text: str) -> str:
    """The paragraph with every run of whitespace (line breaks, tabs too) as one space, stripped."""
    return " ".join(text.split())


def assemble(path: str, fmt: str, paragraphs: Iterable[Paragraph], encoding: str | None = None) -> SourceText:
    """One line per non-empty paragraph; raise ``no_text`` when there is none."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for para in paragraphs:
        if not para.text.strip():
            continue
        line = para.prefix + para.text
        blocks.append(
            Block(
                start=offset,
                end=offset + len(line),
                kind=para.kind,
                level=para.level,
                number=para.number,
                prefix=para.prefix,
                source_index=para.source_index,
            )
        )
        parts.append(line)
        offset += len(line) + 1
    if not parts:
        raise input_error(path, "no_text")
    return SourceText(path=path, format=fmt, text="\n".join(parts), blocks=blocks, encoding=encoding)
