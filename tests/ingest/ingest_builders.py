"""Writers of small .docx, .odt and .pdf files for the reader tests, byte by byte."""

from __future__ import annotations

import posixpath
import struct
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/{styles}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/{numbering}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="{styles}"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="{numbering}"/>
</Relationships>"""
_DEFAULT_STYLES = """<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>"""


def para(text: str, *, style: str | None = None, num: tuple[int, int] | None = None, ilvl: int | None = None) -> str:
    """A ``w:p`` with one run; ``num=(numId, ilvl)`` numbers it directly, ``ilvl`` alone sets the level."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    elif ilvl is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/></w:numPr>'
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run}</w:p>"


def table(*rows: tuple[str, ...]) -> str:
    """A ``w:tbl`` whose cells hold the given XML (e.g. from :func:`para`)."""
    body = "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{body}</w:tbl>"


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """A ``w:lvl`` of an abstract list."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def abstract(abstract_id: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def document_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )


def write_docx(
    path: Path,
    body: str,
    numbering: str = "",
    styles: str = "",
    *,
    prolog: str = "",
    document: str | None = None,
    styles_part: str = "word/styles.xml",
    numbering_part: str = "word/numbering.xml",
    raw: dict[str, bytes] | None = None,
) -> Path:
    """A .docx made of raw parts: ``body`` XML, ``numbering`` (abstractNum/num) and extra ``styles``.

    ``styles_part``/``numbering_part`` name those parts (under ``word/``); ``raw`` gives
    the bytes of a member instead of the ones built here.
    """
    names = {"styles": styles_part, "numbering": numbering_part}
    targets = {key: posixpath.relpath(name, "word") for key, name in names.items()}
    members = {
        "[Content_Types].xml": _CONTENT_TYPES.format(**names).encode(),
        "_rels/.rels": _ROOT_RELS.encode(),
        "word/_rels/document.xml.rels": _DOC_RELS.format(**targets).encode(),
        "word/document.xml": (document if document is not None else document_xml(body, prolog)).encode(),
        styles_part: f'<w:styles xmlns:w="{W_NS}">{_DEFAULT_STYLES}{styles}</w:styles>'.encode(),
        numbering_part: f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'.encode(),
        **(raw or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def set_declared_size(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size that the archive declares for ``member`` (a zip-bomb header)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_len]) == name:
            struct.pack_into("<I", data, central + 24, size)
            local = struct.unpack_from("<I", data, central + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def write_pdf(path: Path, lines: list[str] | None) -> Path:
    """A one-page PDF; with ``lines`` a Helvetica text layer, without them only a filled square."""
    if lines:
        ops = ["BT /F1 12 Tf 72 720 Td 14 TL"]
        ops += [f"({line.replace('(', '[').replace(')', ']')}) Tj T*" for line in lines]
        ops.append("ET")
        content = "\n".join(ops).encode("latin-1")
    else:
        content = b"0.5 g 72 72 200 200 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
