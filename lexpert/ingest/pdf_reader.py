"""PDF drafts: the text layer, page by page, one block per non-empty line."""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from lexpert.ingest import limits
from lexpert.ingest.assemble import Paragraph, assemble, one_line
from lexpert.ingest.messages import input_error
from lexpert.ingest.model import SourceText

_HEADER_WINDOW = 1024


def read_pdf(path: Path, display: str) -> SourceText:
    """Read the text layer; a scan without one is an :class:`InputError` suggesting OCR."""
    with path.open("rb") as handle:
        if b"%PDF-" not in handle.read(_HEADER_WINDOW):
            raise input_error(display, "corrupt", reason="no %PDF header")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise input_error(display, "encrypted")
        count = len(reader.pages)
        if count > limits.MAX_PDF_PAGES:
            raise input_error(display, "too_many_pages", count=count, limit=limits.MAX_PDF_PAGES)
        paragraphs = [
            Paragraph(one_line(line))
            for page in reader.pages
            for line in (page.extract_text() or "").splitlines()
        ]
    except (FileNotDecryptedError, DependencyError):
        raise input_error(display, "encrypted") from None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise input_error(display, "corrupt", reason=str(exc) or type(exc).__name__) from None
    if not any(p.text for p in paragraphs):
        raise input_error(display, "pdf_no_text")
    return assemble(display, "pdf", paragraphs)
