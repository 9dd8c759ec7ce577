"""Hostile containers: zip bombs, external entities, oversized files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from ingest_builders import W_NS, document_xml, para, set_declared_size, write_docx
from lxml import etree
from odf.opendocument import OpenDocumentText
from odf.text import P

from lexpert import suppress
from lexpert.errors import InputError
from lexpert.ingest import limits, read_source
from lexpert.ingest.docx_package import PARSER


def refused(path: Path, *fragments: str) -> InputError:
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.message.startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in caught.value.message
    return caught.value


def test_highly_compressed_member_is_a_zip_bomb(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bomb.docx", para("Мәтін"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(32 * limits.MB))
    refused(path, "zip bomb", "word/media/zeros.bin", f"{limits.MAX_COMPRESSION_RATIO}:1")


def test_declared_unpacked_size_over_the_limit(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "huge.docx", para("Мәтін"))
    set_declared_size(path, "word/document.xml", 3 * 1024 * limits.MB)
    refused(path, "3072 MB", "200 MB")


def test_member_larger_than_it_declares_is_damaged_not_inflated(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "liar.docx", para("Мәтін " * 1000))
    set_declared_size(path, "word/document.xml", 100)
    refused(path, "damaged")


def test_too_many_members(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "many.docx", para("Мәтін"))
    with zipfile.ZipFile(path, "a") as archive:
        for index in range(limits.MAX_ARCHIVE_MEMBERS):
            archive.writestr(f"customXml/item{index}.bin", b"")
    refused(path, f"{limits.MAX_ARCHIVE_MEMBERS}")


def _xxe_document(secret: Path) -> str:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    return document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>" + para("Мәтін"), prolog)


def test_external_entity_in_docx_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    path = write_docx(tmp_path / "xxe.docx", "", document=_xxe_document(secret))
    error = refused(path, "DOCTYPE", "word/document.xml")
    assert "TOP-SECRET-TOKEN" not in error.message


def test_reader_parser_does_not_resolve_entities(tmp_path: Path) -> None:
    """Defence in depth: even past our DOCTYPE check, the reader's parser would not read the file."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    element = etree.fromstring(_xxe_document(secret).encode(), PARSER)
    texts = "".join(t.text or "" for t in element.iter(f"{{{W_NS}}}t"))
    assert "TOP-SECRET-TOKEN" not in texts


def test_doctype_in_a_utf16_styles_part_is_found(tmp_path: Path) -> None:
    xml = f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><w:styles xmlns:w="{W_NS}"/>'
    path = write_docx(
        tmp_path / "xxe16.docx", para("Мәтін"), styles_part="word/styles16.xml",
        raw={"word/styles16.xml": xml.encode("utf-16")},
    )
    refused(path, "DOCTYPE", "word/styles16.xml")


def test_doctype_in_a_part_without_an_xml_name_is_found(tmp_path: Path) -> None:
    """The numbering part is found through the document's relationships, whatever its name."""
    xml = f'<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.org/x.dtd"><w:numbering xmlns:w="{W_NS}"/>'
    path = write_docx(
        tmp_path / "odd-name.docx", para("Мәтін"), numbering_part="word/lists.dat", raw={"word/lists.dat": xml.encode()}
    )
    refused(path, "DOCTYPE", "word/lists.dat")


@pytest.mark.parametrize("member", ["_rels/.rels", "[Content_Types].xml", "word/_rels/document.xml.rels"])
def test_doctype_in_the_package_parts_is_found(tmp_path: Path, member: str) -> None:
    path = write_docx(tmp_path / "pkg.docx", para("Мәтін"))
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member).replace(b"?>", b"?><!doctype x [<!ENTITY a 'b'>]>", 1)
    refused(write_docx(path, para("Мәтін"), raw={member: xml}), "DOCTYPE", member)


def test_members_the_reader_never_parses_are_not_inflated(tmp_path: Path) -> None:
    """A DOCTYPE, or even damaged data, in a part lexpert does not read does not stop the draft."""
    path = write_docx(tmp_path / "extra.docx", para("Мәтін"))
    with zipfile.ZipFile(path, "a") as archive:
        xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'
        archive.writestr("customXml/item1.xml", xml.encode("utf-16-le"))
    assert read_source(path).text == "Мәтін"


def _with_doctype(original: Path, target: Path, member: str) -> Path:
    """A copy of the archive ``original`` whose ``member`` declares an external entity."""
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == member:
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)
            copy.writestr(item, data)
    return target


def test_external_entity_in_odt_is_refused(tmp_path: Path) -> None:
    document = OpenDocumentText()
    document.text.addElement(P(text="Мәтін"))
    plain = tmp_path / "plain.odt"
    document.save(str(plain))
    path = _with_doctype(plain, tmp_path / "xxe.odt", "content.xml")
    refused(path, "DOCTYPE", "content.xml")


@pytest.mark.parametrize(
    ("name", "fragment"), [("big.txt", "20 MB"), ("big.html", "20 MB"), ("big.docx", "ZIP"), ("big.pdf", "damaged")]
)
def test_fifty_megabyte_files_are_handled_without_reading_them_whole(tmp_path: Path, name: str, fragment: str) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(50 * limits.MB)
    refused(path, fragment)


def test_container_over_the_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with path.open("wb") as handle:
        handle.truncate(limits.MAX_CONTAINER_BYTES + 1)
    refused(path, "100 MB")


def test_zip_level_encryption_is_reported_as_a_password(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "zipcrypto.docx", para("Мәтін"))
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(info.filename)] != info.filename.encode():
        central = data.find(b"PK\x01\x02", central + 4)
    for flags_at in (info.header_offset + 6, central + 8):  # general-purpose bit 0: encrypted
        data[flags_at] |= 1
    path.write_bytes(bytes(data))
    refused(path, "password")


def test_declared_xml_size_over_the_limit(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "long.docx", para("Мәтін"))
    set_declared_size(path, "word/document.xml", limits.MAX_XML_BYTES + limits.MB)
    refused(path, "65 MB", "64 MB")


def test_doctype_in_the_word_comments_read_for_suppressions_is_refused(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Уәкілетті орган өтінішті қарайды.")
    document.add_comment(paragraph.runs, text="lexpert: ignore all — тексерілді", author="Сарапшы")
    path = tmp_path / "commented.docx"
    document.save(str(path))
    source = read_source(path)
    markers, _ = suppress.inline_markers(source)
    assert [sorted(m.rules) for m in markers] == [["all"]]

    hostile = _with_doctype(path, tmp_path / "hostile-comments.docx", "word/comments.xml")
    with pytest.raises(InputError, match="DOCTYPE"):
        suppress.inline_markers(read_source(hostile))
