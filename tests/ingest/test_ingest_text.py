"""Plain-text drafts and standard input: encodings, newlines and line numbers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lexpert.errors import InputError
from lexpert.ingest import read_source

KAZAKH = "1. Жергілікті атқарушы орган өтінішті он жұмыс күні ішінде қарайды.\nҚұжаттар тізбесі әкімдікте бекітіледі.\n"
RUSSIAN = "1. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней.\nИные документы.\n"


def test_crlf_line_numbers_match_grep(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes("Бірінші\r\n\r\nҮшінші\r\nТөртінші\r\n".encode())
    source = read_source(path)
    assert (source.text, source.encoding, source.format) == ("Бірінші\n\nҮшінші\nТөртінші\n", "utf-8", "txt")
    for word in ("Бірінші", "Үшінші", "Төртінші"):
        grep = subprocess.run(["grep", "-n", word, str(path)], capture_output=True, text=True, check=True).stdout
        assert grep.split(":")[0] == str(source.line_of(source.text.index(word)))


def test_lone_carriage_returns_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes("Бірінші\rЕкінші\r".encode())
    source = read_source(path)
    assert source.text == "Бірінші\nЕкінші\n"
    assert [source.line_of(b.start) for b in source.blocks] == [1, 2]


def test_blocks_are_the_non_empty_lines(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("# Қағидалар\n\n  \n1. Жалпы ережелер\n", encoding="utf-8")
    source = read_source(path)
    assert source.format == "md"
    assert [source.text[b.start : b.end] for b in source.blocks] == ["# Қағидалар", "1. Жалпы ережелер"]


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + RUSSIAN.encode())
    source = read_source(path)
    assert (source.text, source.encoding) == (RUSSIAN, "utf-8-sig")


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(KAZAKH.encode("utf-16"))
    assert read_source(path).text == KAZAKH


def test_windows_1251_russian(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    source = read_source(path)
    assert (source.text, source.encoding) == (RUSSIAN, "cp1251")


def test_kz1048_kazakh(tmp_path: Path) -> None:
    path = tmp_path / "kk.txt"
    path.write_bytes(KAZAKH.encode("kz1048"))
    source = read_source(path)
    assert (source.text, source.encoding) == (KAZAKH, "kz1048")


def test_kazakh_saved_as_windows_1251_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kk-cp1251.txt"
    path.write_bytes(KAZAKH.encode("cp1251", errors="replace"))
    with pytest.raises(InputError, match="UTF-8") as error:
        read_source(path)
    assert str(path) in error.value.message
    assert "?" in error.value.problem


@pytest.mark.parametrize(
    ("label", "garble"),
    [
        ("utf-8 read as cp1251", lambda text: text.encode().decode("cp1251", "replace").encode()),
        ("utf-8 read as latin-1", lambda text: text.encode().decode("latin-1").encode()),
        ("utf-8 read as cp866", lambda text: text.encode().decode("cp866").encode()),
        ("utf-8 read as koi8-r", lambda text: text.encode().decode("koi8-r").encode()),
        ("kazakh saved as cp866", lambda text: text.encode("cp866", "replace")),
    ],
)
def test_mojibake_is_refused(tmp_path: Path, label: str, garble) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(garble(KAZAKH + RUSSIAN))
    with pytest.raises(InputError, match="UTF-8") as error:
        read_source(path)
    assert error.value.path == str(path), label


def test_pseudographic_tables_are_not_mojibake(tmp_path: Path) -> None:
    table = "┌──────────┬─────────┐\n│Заявитель │ Срок    │\n╞══════════╪═════════╡\n│ Лицо     │ 5 дней  │\n└──────────┴─────────┘\n"
    path = tmp_path / "table.txt"
    path.write_text(RUSSIAN + table * 5, encoding="utf-8")
    assert read_source(path).text.endswith(table)


def test_text_file_is_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    path.chmod(0o444)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_source(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_standard_input(tmp_path: Path) -> None:
    code = "from lexpert.ingest import read_source; s = read_source('-'); print(s.path, s.format, s.encoding, repr(s.text))"
    done = subprocess.run(
        [sys.executable, "-c", code], input=KAZAKH.encode("kz1048"), capture_output=True, check=True, cwd=tmp_path
    )
    assert done.stdout.decode().strip() == f"- txt kz1048 {KAZAKH!r}"


def test_empty_standard_input_names_it(tmp_path: Path) -> None:
    code = (
        "from lexpert.ingest import read_source\n"
        "try:\n    read_source('-')\nexcept Exception as exc:\n    print(type(exc).__name__, exc)"
    )
    done = subprocess.run([sys.executable, "-c", code], input=b"", capture_output=True, check=True, cwd=tmp_path)
    assert done.stdout.decode().startswith("InputError -: ")
