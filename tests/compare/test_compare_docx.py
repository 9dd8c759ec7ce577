"""Both versions as .docx: the same discrepancies as from the .txt files."""

from __future__ import annotations

import re
from pathlib import Path

import docx

from lexpert.compare import compare_paths


def _to_docx(text_path: Path, target: Path) -> Path:
    """The draft as Word would hold it: headings as heading styles, one paragraph per line."""
    document = docx.Document()
    for line in text_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            document.add_heading(heading.group(2), level=len(heading.group(1)))
        else:
            document.add_paragraph(re.sub(r"^[>\s*]+|[*\s]+$", "", line))
    document.save(str(target))
    return target


def test_docx_pair_finds_the_same_discrepancies(fixture_pair, compare_fixture, tmp_path: Path) -> None:
    kk_txt, ru_txt = fixture_pair("planted")
    kk_docx = _to_docx(kk_txt, tmp_path / "planted.kk.docx")
    ru_docx = _to_docx(ru_txt, tmp_path / "planted.ru.docx")
    from_docx = compare_paths(kk_docx, ru_docx, findings=False)
    from_txt = compare_fixture("planted")
    assert [(d.kind, d.kk and d.kk.address, d.ru and d.ru.address) for d in from_docx.discrepancies] == [
        (d.kind, d.kk and d.kk.address, d.ru and d.ru.address) for d in from_txt.discrepancies
    ]
