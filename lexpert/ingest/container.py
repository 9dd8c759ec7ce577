"""Safety checks on a ZIP-based document (.docx, .odt) before any parser sees it.

The checks use only what the archive declares in its central directory, so a
zip bomb is refused without being inflated: the number of members, the total
uncompressed size and each large member's compression ratio.  Python's
``zipfile`` never returns more bytes than a member declares, so the declared
sizes bound the memory of every later read.  Every XML part (by name or by its
first bytes) is then scanned for a DOCTYPE declaration, which office documents never contain and which is
the only way to smuggle in an external entity (``file://``, ``http://``).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lexpert.ingest import limits
from lexpert.ingest.messages import input_error

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_XML_SUFFIXES = (".xml", ".rels")
_DOCTYPE_ASCII = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DOCTYPE_UTF16 = ("<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_CHUNK = 1024 * 1024
_HEAD = 64
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError)


def check_container(path: Path, display: str, fmt: str) -> None:
    """Raise :class:`InputError` unless ``path`` is a sound, bounded, DOCTYPE-free ZIP."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise input_error(display, "ole", fmt=fmt)
    if not head.startswith(_ZIP_MAGICS):
        raise input_error(display, "not_zip", fmt=fmt)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(members, display)
            for info in members:
                _check_no_doctype(archive, info, display)
    except RuntimeError:  # zipfile: "File is encrypted, password required"
        raise input_error(display, "encrypted") from None
    except _ZIP_ERRORS as exc:
        raise input_error(display, "corrupt", reason=str(exc) or type(exc).__name__) from None


def _check_sizes(members: list[zipfile.ZipInfo], display: str) -> None:
    if len(members) > limits.MAX_ARCHIVE_MEMBERS:
        raise input_error(display, "too_many_members", count=len(members), limit=limits.MAX_ARCHIVE_MEMBERS)
    total = sum(info.file_size for info in members)
    if total > limits.MAX_UNPACKED_BYTES:
        raise input_error(
            display,
            "unpacked_too_large",
            size=limits.megabytes(total),
            limit=limits.megabytes(limits.MAX_UNPACKED_BYTES),
        )
    xml = sum(info.file_size for info in members if info.filename.lower().endswith(_XML_SUFFIXES))
    if xml > limits.MAX_XML_BYTES:
        raise input_error(
            display, "xml_too_large", size=limits.megabytes(xml), limit=limits.megabytes(limits.MAX_XML_BYTES)
        )
    for info in members:
        if info.file_size < limits.RATIO_MIN_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.MAX_COMPRESSION_RATIO:
            raise input_error(
                display, "zip_bomb", member=info.filename, ratio=int(ratio), limit=limits.MAX_COMPRESSION_RATIO
            )


def _looks_like_xml(name: str, head: bytes) -> bool:
    """An XML part by name, or any member whose bytes start like XML (a part may have any name)."""
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    return name.lower().endswith(_XML_SUFFIXES) or stripped.startswith(b"<")


def _check_no_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo, display: str) -> None:
    """Stream an XML member (bounded by its declared size) looking for ``<!DOCTYPE``."""
    tail = b""
    with archive.open(info) as member:
        chunk = member.read(_HEAD)
        if not _looks_like_xml(info.filename, chunk):
            return
        while chunk:
            window = tail + chunk
            if _DOCTYPE_ASCII.search(window) or any(marker in window for marker in _DOCTYPE_UTF16):
                raise input_error(display, "doctype", member=info.filename)
            tail = window[-32:]
            chunk = member.read(_CHUNK)
