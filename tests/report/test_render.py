"""The renderer entry points: formats, report language, atomic writes, bad draft in a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lexpert.errors import LexpertError
from lexpert.findings import DocumentResult
from lexpert.report import FORMATS, render, render_to_path


def test_formats_contract() -> None:
    assert FORMATS == ("text", "json", "md", "html", "docx", "docx-comments", "sarif", "github")


def test_unknown_format_and_language_are_refused(batch) -> None:
    results, sources = batch
    with pytest.raises(ValueError, match="format"):
        render("pdf", results, sources)
    with pytest.raises(ValueError, match="language"):
        render("md", results, sources, report_lang="de")


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "docx-comments"])
def test_every_format_survives_an_unreadable_draft(batch, fmt: str) -> None:
    results, sources = batch
    bad = DocumentResult(path="broken.docx", lang="", errors=["broken.docx: the file is not a .docx package"])
    out = render(fmt, [*results, bad], sources, color=False)
    assert out
    if fmt in ("json", "sarif"):
        text = json.dumps(json.loads(out), ensure_ascii=False)
        assert "not a .docx package" in text
    elif fmt in ("text", "md", "html"):
        assert "not a .docx package" in out


def test_render_to_path_writes_atomically(checked, tmp_path: Path) -> None:
    result, source = checked[("ru", "docx")]
    target = tmp_path / "out" / "report.docx"
    written = render_to_path("docx", [result], {source.path: source}, target)
    assert written == [target] and target.read_bytes()[:2] == b"PK"
    assert [p.name for p in target.parent.iterdir()] == ["report.docx"]


def test_render_to_path_never_overwrites_the_draft(checked) -> None:
    result, source = checked[("kk", "docx")]
    before = Path(result.path).read_bytes()
    with pytest.raises(LexpertError, match="overwrite"):
        render_to_path("docx-comments", [result], {source.path: source}, Path(result.path))
    assert Path(result.path).read_bytes() == before
