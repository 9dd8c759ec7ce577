"""``read_source``: check a path, then hand it to the reader of its format."""

from __future__ import annotations

import sys
from pathlib import Path

from lexpert.ingest import limits
from lexpert.ingest.formats import CONTAINER_FORMATS, FORMATS, size_limit, supported_list
from lexpert.ingest.html_reader import read_html_bytes
from lexpert.ingest.messages import input_error
from lexpert.ingest.model import SourceText
from lexpert.ingest.text_reader import read_text_bytes

STDIN = "-"


def read_source(path: str | Path) -> SourceText:
    """Read a draft (``"-"`` for standard input) into :class:`SourceText`.

    Files are opened read-only and never modified.  Any problem with the input
    raises :class:`lexpert.errors.InputError` naming the file.
    """
    if str(path) == STDIN:
        return _read_stdin()
    file = Path(path)
    display = str(path)
    try:
        if not file.exists():
            raise input_error(display, "missing")
        if file.is_dir():
            raise input_error(display, "is_directory")
        fmt = FORMATS.get(file.suffix.lower())
        if fmt is None:
            raise input_error(display, "unsupported", ext=file.suffix or file.name, exts=supported_list())
        size = file.stat().st_size
        _check_size(display, size, fmt)
        if fmt in CONTAINER_FORMATS:
            return _read_container(fmt, file, display)
        data = file.read_bytes()
    except OSError as exc:
        raise input_error(display, "unreadable", reason=exc.strerror or type(exc).__name__) from None
    _check_size(display, len(data), fmt)
    if fmt == "html":
        return read_html_bytes(data, display)
    return read_text_bytes(data, display, fmt)


def _read_container(fmt: str, file: Path, display: str) -> SourceText:
    """Read a .docx, .odt or .pdf; each reader is imported on demand (python-docx, odfpy
    and pypdf take a while to import)."""
    if fmt == "docx":
        from lexpert.ingest.docx_reader import read_docx

        return read_docx(file, display)
    if fmt == "odt":
        from lexpert.ingest.odt_reader import read_odt

        return read_odt(file, display)
    from lexpert.ingest.pdf_reader import read_pdf

    return read_pdf(file, display)


def _check_size(display: str, size: int, fmt: str) -> None:
    limit = size_limit(fmt)
    if size == 0:
        raise input_error(display, "empty")
    if size > limit:
        raise input_error(
            display, "too_large", size=limits.megabytes(size), limit=limits.megabytes(limit), kind=f".{fmt}"
        )


def _read_stdin() -> SourceText:
    data = sys.stdin.buffer.read(limits.MAX_TEXT_BYTES + 1)
    _check_size(STDIN, len(data), "txt")
    return read_text_bytes(data, STDIN, "txt")
