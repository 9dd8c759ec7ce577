"""Every kind of bad input is one InputError that names the file and says what to do."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest
from ingest_builders import para, write_docx, write_pdf
from odf.opendocument import OpenDocumentText
from odf.text import P

from lexpert.errors import InputError
from lexpert.ingest import find_drafts, read_source
from lexpert.i18n import UI_LANGS as LANGUAGES
from lexpert.ingest.messages import MESSAGES


def refused(path: Path | str, *fragments: str) -> InputError:
    """Read ``path`` expecting an InputError naming it whose message holds ``fragments``."""
    with pytest.raises(InputError) as caught:
        read_source(path)
    error = caught.value
    assert error.path == str(path)
    assert error.message.startswith(f"{path}: ")
    assert error.hint, "every message says what the user can do"
    for fragment in fragments:
        assert fragment in error.message
    return error


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "нет.docx", "no such file")


def test_directory_given_as_a_file(tmp_path: Path) -> None:
    refused(tmp_path, "directory")


@pytest.mark.parametrize("name", ["empty.txt", "empty.docx", "empty.pdf", "empty.html", "empty.odt"])
def test_zero_byte_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.touch()
    refused(path, "empty")


def test_whitespace_only_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n  \n")
    refused(path, "empty")


def test_unsupported_extension_lists_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "draft.rtf"
    path.write_text("{\\rtf1 text}")
    refused(path, "'.rtf'", ".docx", ".odt", ".pdf", ".txt")


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    refused(path, "binary")


def test_binary_file_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "photo.docx"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)))
    refused(path, "not a real .docx", "ZIP")


@pytest.mark.parametrize("name", ["secret.docx", "old-word.docx"])
def test_encrypted_or_old_binary_word_document(tmp_path: Path, name: str) -> None:
    # Word saves a password-protected .docx, and a .doc, as an OLE compound file.
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"\xff" * 512)
    refused(path, "password", ".doc")


def test_corrupt_zip(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "cut.docx", para("Мәтін"))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, "damaged")


def test_corrupt_member_data(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "crc.docx", para("Мәтін " * 200))
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    body = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[body + 10 : body + 20] = b"\x00" * 10
    path.write_bytes(bytes(data))
    refused(path, "damaged")


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "table.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    refused(path, "not a .docx document")


def test_docx_without_body_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.add_table(rows=1, cols=2)
    document.save(str(path))
    refused(path, "no text")


def test_odt_without_text_and_encrypted_odt(tmp_path: Path) -> None:
    document = OpenDocumentText()
    document.text.addElement(P(text=""))
    blank = tmp_path / "blank.odt"
    document.save(str(blank))
    refused(blank, "no text")

    # LibreOffice encrypts content.xml and describes the cipher in the manifest.
    locked = tmp_path / "locked.odt"
    encrypted_entry = (
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>'
        b"</manifest:file-entry>"
    )
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(locked, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "META-INF/manifest.xml":
                plain_entry = b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                assert plain_entry in data
                data = data.replace(plain_entry, encrypted_entry)
            elif item.filename == "content.xml":
                data = bytes(range(256)) * 4
            target.writestr(item, data)
    refused(locked, "password")


def test_pdf_without_text_layer_suggests_ocr(tmp_path: Path) -> None:
    refused(write_pdf(tmp_path / "scan.pdf", None), "no text layer", "OCR", ".docx")


def test_file_named_pdf_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("просто текст")
    refused(path, "damaged")


def test_fifty_megabyte_text_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and is never read
    refused(path, "50 MB", "20 MB")


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read a file without read permission")
    path = tmp_path / "locked.txt"
    path.write_text("мәтін")
    path.chmod(0)
    refused(path, "cannot be read")


def test_directory_without_drafts(tmp_path: Path) -> None:
    (tmp_path / "notes.rtf").write_text("x")
    (tmp_path / "~$draft.docx").write_bytes(b"lock")
    with pytest.raises(InputError) as caught:
        find_drafts([tmp_path])
    assert caught.value.message.startswith(f"{tmp_path}: ")
    assert ".docx" in caught.value.message


def test_missing_path_in_find_drafts(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as caught:
        find_drafts([tmp_path / "absent"])
    assert str(tmp_path / "absent") in caught.value.message


@pytest.mark.parametrize(
    ("lang", "fragment"),
    [("en", "the file is empty"), ("ru", "файл пуст"), ("kk", "файл бос"), ("de", "the file is empty")],
)
def test_message_language_follows_lexpert_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, fragment: str
) -> None:
    monkeypatch.setenv("LEXPERT_LANG", lang)
    path = tmp_path / "empty.txt"
    path.touch()
    refused(path, fragment)


def test_every_message_exists_in_every_language_with_the_same_fields() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, translations in MESSAGES.items():
        assert set(translations) == set(LANGUAGES), key
        problems = {lang: fields(problem) | fields(hint) for lang, (problem, hint) in translations.items()}
        assert len({frozenset(f) for f in problems.values()}) == 1, key
        for problem, hint in translations.values():
            assert not problem.endswith("."), key
            assert hint.endswith("."), key
