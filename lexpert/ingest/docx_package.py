"""The parts of a .docx package that lexpert reads, found the way Word finds them.

A .docx is an OPC package: ``_rels/.rels`` names the main document part (the
officeDocument relationship), ``[Content_Types].xml`` gives each part's content
type, and the document part's own relationships name its styles, numbering and
comments parts.  Only the parts lexpert needs are inflated, and each is checked
for a DOCTYPE before it is parsed by a parser that resolves no entity and loads
no DTD or network resource.  Members lexpert never parses are never inflated.
"""

from __future__ import annotations

import hashlib
import posixpath
import struct
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from lxml import etree

from lexpert.ingest.container import check_no_doctype, zip_errors
from lexpert.ingest.messages import input_error

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OVERRIDE, _DEFAULT = f"{_CT}Override", f"{_CT}Default"
_CONTENT_TYPES = "[Content_Types].xml"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DOCUMENT_MAIN = _WML + "document.main+xml"
# A ZIP local file header: signature, versions, flags, method, time, date, CRC, sizes, name and extra lengths.
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_MAGIC = b"PK\x03\x04"

#: ``(relationship type suffix, content type)`` of the parts the document part refers to.
STYLES = ("/styles", _WML + "styles+xml")
NUMBERING = ("/numbering", _WML + "numbering+xml")
COMMENTS = ("/comments", _WML + "comments+xml")

# The settings of python-docx's parser (blank text between tags dropped), hardened.
PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=True
)

T = TypeVar("T")


@contextmanager
def package_errors(display: str) -> Iterator[None]:
    """Turn a damaged archive or part into the ``corrupt`` or ``encrypted`` :class:`InputError`."""
    with zip_errors(display):
        try:
            yield
        except etree.XMLSyntaxError as exc:
            raise input_error(display, "corrupt", reason=str(exc)) from None


class DocxPackage:
    """An open .docx archive whose main part is a WordprocessingML document.

    Raises :class:`InputError` (``wrong_package``) when the archive has no such
    part; damaged members and XML raise what :func:`package_errors` maps.
    """

    def __init__(self, archive: zipfile.ZipFile, display: str) -> None:
        self._archive = archive
        self._display = display
        self._overrides: dict[str, str] = {}
        self._defaults: dict[str, str] = {}
        if _CONTENT_TYPES not in archive.NameToInfo:
            raise input_error(display, "wrong_package", fmt=".docx")
        for entry in self.xml(_CONTENT_TYPES).iterchildren(_OVERRIDE, _DEFAULT):
            content_type = entry.get("ContentType", "")
            if entry.tag == _OVERRIDE:
                self._overrides[entry.get("PartName", "").lower()] = content_type
            else:
                self._defaults[entry.get("Extension", "").lower()] = content_type
        main = next((target for kind, target in self._relationships("/") if kind == _OFFICE_DOCUMENT), None)
        if main is None or main not in archive.NameToInfo or self._content_type(main) != _DOCUMENT_MAIN:
            raise input_error(display, "wrong_package", fmt=".docx")
        self.document = main
        self._document_rels: list[tuple[str, str]] | None = None

    def related(self, part: tuple[str, str]) -> str | None:
        """The member name of the document's first internal relationship of this kind (``STYLES`` …)
        whose target exists and has the expected content type, or ``None``."""
        if self._document_rels is None:
            self._document_rels = self._relationships(self.document)
        suffix, content_type = part
        for kind, target in self._document_rels:
            if kind.endswith(suffix):
                if target in self._archive.NameToInfo and self._content_type(target) == content_type:
                    return target
                return None
        return None

    def data(self, name: str) -> bytes:
        """The bytes of the member ``name``, not yet checked for a DOCTYPE."""
        return self._archive.read(name)

    def stored_digest(self, name: str) -> bytes:
        """A digest of the member ``name`` as stored (compressed), with its declared CRC, size,
        method and flags: members with equal digests hold equal bytes, and none is inflated."""
        info = self._archive.getinfo(name)
        file = self._archive.fp
        if file is None:
            raise ValueError("the archive is closed")
        file.seek(info.header_offset)
        header = file.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or not header.startswith(_LOCAL_MAGIC):
            raise zipfile.BadZipFile(f"bad local header of {name}")
        name_length, extra_length = _LOCAL_HEADER.unpack(header)[-2:]
        file.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
        digest = hashlib.sha256(repr((info.CRC, info.file_size, info.compress_type, info.flag_bits)).encode())
        digest.update(file.read(info.compress_size))
        return digest.digest()

    def parse(self, name: str, data: bytes) -> etree._Element:
        """The XML of part ``name`` (its bytes ``data``), refused if it declares a DOCTYPE."""
        check_no_doctype(data, name, self._display)
        return etree.fromstring(data, PARSER)

    def xml(self, name: str) -> etree._Element:
        """The parsed XML of the member ``name``."""
        return self.parse(name, self.data(name))

    def _content_type(self, name: str) -> str | None:
        lowered = "/" + name.lower()
        if lowered in self._overrides:
            return self._overrides[lowered]
        extension = posixpath.splitext(lowered)[1]
        return self._defaults.get(extension[1:] if extension.startswith(".") else extension)

    def _relationships(self, source: str) -> list[tuple[str, str]]:
        """``(type, target member name)`` of the internal relationships of ``source`` ("/" for the package)."""
        if source == "/":
            base, rels = "/", "_rels/.rels"
        else:
            folder, file = posixpath.split("/" + source)
            base, rels = folder, posixpath.join(folder, "_rels", file + ".rels")[1:]
        if rels not in self._archive.NameToInfo:
            return []
        found = []
        for rel in self.xml(rels).iterchildren(_RELATIONSHIP):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(base, rel.get("Target", "")))
            found.append((rel.get("Type", ""), target.lstrip("/")))
        return found


class PartCache(Generic[T]):
    """What ``build`` makes of a parsed part, kept for the last ``size`` distinct parts.

    The key is a digest of the part's stored bytes, so drafts made from one
    template inflate and parse their shared styles and numbering once per
    process.  A part is checked and parsed only on a miss: a hit has the same
    bytes as a part already checked.
    """

    def __init__(self, build: Callable[[etree._Element], T], size: int = 32) -> None:
        self._build = build
        self._size = size
        self._entries: OrderedDict[bytes, T] = OrderedDict()

    def get(self, package: DocxPackage, name: str) -> T:
        """The object built from the part ``name`` of ``package``."""
        key = package.stored_digest(name)
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        value = self._build(package.xml(name))
        self._entries[key] = value
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)
        return value
