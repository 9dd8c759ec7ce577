"""Size limits that keep reading a draft bounded in time and memory.

A real draft act is well under a megabyte of text; the limits are generous for
real files and small enough that a hostile or mistaken input (a 50 MB log file,
a zip bomb renamed .docx) is rejected before it is parsed.
"""

from __future__ import annotations

MB = 1024 * 1024

#: Largest plain-text, Markdown or HTML file (and standard input) accepted.
MAX_TEXT_BYTES = 20 * MB
#: Largest .docx, .odt or .pdf file accepted (pictures make containers large).
MAX_CONTAINER_BYTES = 100 * MB
#: Largest total of the uncompressed sizes declared by a .docx/.odt archive.
MAX_UNPACKED_BYTES = 200 * MB
#: Largest total uncompressed size of the XML parts of a .docx/.odt (what gets parsed).
MAX_XML_BYTES = 64 * MB
#: Largest declared compression ratio of one archive member bigger than ``RATIO_MIN_BYTES``
#: (text XML compresses 5-100:1; a deflate bomb of repeated bytes reaches about 1000:1).
MAX_COMPRESSION_RATIO = 200
#: Members smaller than this are never treated as bombs, whatever their ratio.
RATIO_MIN_BYTES = 1 * MB
#: Largest number of members in an archive.
MAX_ARCHIVE_MEMBERS = 10_000
#: Largest number of PDF pages read.
MAX_PDF_PAGES = 2_000


def megabytes(size: int) -> str:
    """A byte count as a short MB figure for messages (``"20 MB"``)."""
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / MB:.1f} MB"
