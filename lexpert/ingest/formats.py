"""The draft formats lexpert reads, by file extension."""

from __future__ import annotations

from lexpert.ingest import limits

#: Extension → ``SourceText.format``.
FORMATS: dict[str, str] = {
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".md": "md",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(FORMATS)
CONTAINER_FORMATS = frozenset({"docx", "odt", "pdf"})


def supported_list() -> str:
    """The supported extensions for messages: ``.docx, .odt, ...``."""
    return ", ".join(SUPPORTED_EXTENSIONS)


def size_limit(fmt: str) -> int:
    """The largest file size accepted for a format."""
    return limits.MAX_CONTAINER_BYTES if fmt in CONTAINER_FORMATS else limits.MAX_TEXT_BYTES
