"""Safety checks on a ZIP-based document (.docx, .odt) before any parser sees it.

The checks use only what the archive declares in its central directory, so a
zip bomb is refused without being inflated: the number of members, the total
uncompressed size and each large member's compression ratio.  Python's
``zipfile`` never returns more bytes than a member declares, so the declared
sizes bound the memory of every later read.

An XML part that holds a DOCTYPE declaration is refused before it is parsed:
office documents never contain one, and it is the only way to smuggle in an
external entity (``file://``, ``http://``).  The .docx reader checks each part it
parses (:func:`check_no_doctype`); for .odt, whose parts odfpy parses, every XML
member (by name or by its first bytes) is scanned (:func:`check_container`).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lexpert.ingest import limits
from lexpert.ingest.messages import input_error

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_XML_SUFFIXES = (".xml", ".rels")
_MARKUP = b"<!"
_DOCTYPE = b"DOCTYPE"
_DOCTYPE_UTF16 = ("<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_CHUNK = 1024 * 1024
_HEAD = 64
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError)


@contextmanager
def zip_errors(display: str) -> Iterator[None]:
    """Turn what ``zipfile`` raises on a damaged or encrypted archive into :class:`InputError`."""
    try:
        yield
    except RuntimeError:  # zipfile: "File is encrypted, password required"
        raise input_error(display, "encrypted") from None
    except _ZIP_ERRORS as exc:
        raise input_error(display, "corrupt", reason=str(exc) or type(exc).__name__) from None


def open_container(path: Path, display: str, fmt: str) -> zipfile.ZipFile:
    """Open ``path`` as a ZIP after the magic-number and central-directory checks; the caller closes it."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise input_error(display, "ole", fmt=fmt)
    if not head.startswith(_ZIP_MAGICS):
        raise input_error(display, "not_zip", fmt=fmt)
    with zip_errors(display):
        archive = zipfile.ZipFile(path)
    try:
        _check_sizes(archive.infolist(), display)
    except BaseException:
        archive.close()
        raise
    return archive


def check_container(path: Path, display: str, fmt: str) -> None:
    """Raise :class:`InputError` unless ``path`` is a sound, bounded ZIP with no DOCTYPE in any XML member."""
    with open_container(path, display, fmt) as archive, zip_errors(display):
        for info in archive.infolist():
            _scan_member(archive, info, display)


def has_doctype(data: bytes) -> bool:
    """True when ``data`` holds ``<!DOCTYPE`` (any case in ASCII, or as UTF-16)."""
    pos = data.find(_MARKUP)
    while pos != -1:
        if data[pos + 2 : pos + 9].upper() == _DOCTYPE:
            return True
        pos = data.find(_MARKUP, pos + 2)
    return any(marker in data for marker in _DOCTYPE_UTF16)


def check_no_doctype(data: bytes, member: str, display: str) -> None:
    """Refuse the XML part ``member`` before parsing it if it declares a DOCTYPE."""
    if has_doctype(data):
        raise input_error(display, "doctype", member=member)


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


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, display: str) -> None:
    """Stream an XML member (bounded by its declared size) looking for ``<!DOCTYPE``."""
    tail = b""
    with archive.open(info) as member:
        chunk = member.read(_HEAD)
        if not _looks_like_xml(info.filename, chunk):
            return
        while chunk:
            window = tail + chunk
            if has_doctype(window):
                raise input_error(display, "doctype", member=info.filename)
            tail = window[-32:]
            chunk = member.read(_CHUNK)
