"""The reports as people open them: HTML in headless Chromium, both DOCX kinds in LibreOffice.

Skipped when the Debian packages ``chromium`` or ``libreoffice`` are not installed.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import lxml.html
import pypdf
import pytest

from lexpert.report import render_to_path
from lexpert.report.context import factor_name
from lexpert.report.i18n import t

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
PDF_WITH_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def _png_size_and_colours(png: Path) -> tuple[int, int, int]:
    """Width, height and number of distinct byte values of the image data (a blank page has very few)."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")
def test_html_renders_in_chromium(checked, tmp_path: Path) -> None:
    result, source = checked[("kk", "docx")]
    html = render_to_path("html", [result], {source.path: source}, tmp_path / "report.html")[0]
    png = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         f"--screenshot={png}", "--window-size=1400,1000", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    width, height, colours = _png_size_and_colours(png)
    assert (width, height) == (1400, 1000) and colours > 100


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-writer)")
def test_libreoffice_shows_comments_and_conclusion(checked, tmp_path: Path) -> None:
    result, source = checked[("ru", "docx")]
    sources = {source.path: source}
    annotated = render_to_path("docx-comments", [result], sources, tmp_path / "annotated.docx")[0]
    conclusion = render_to_path("docx", [result], sources, tmp_path / "conclusion.docx")[0]
    subprocess.run(
        [OFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", PDF_WITH_COMMENTS, "--outdir", str(tmp_path), str(annotated), str(conclusion)],
        check=True, capture_output=True, timeout=180,
    )
    notes = [
        annot.get_object().get("/Contents", "")
        for page in pypdf.PdfReader(tmp_path / "annotated.pdf").pages
        for annot in page.get("/Annots") or []
        if annot.get_object().get("/Subtype") == "/Text"
    ]
    assert len(notes) == len(result.findings)
    for f in result.findings:
        assert any(factor_name(f.factor, "ru") in note and f.suggestion[:40] in note for note in notes)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(tmp_path / "conclusion.pdf").pages)
    assert t("conclusion_title", "ru").upper() in text
    assert t("disclaimer", "ru")[:60] in text


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")
def test_filters_hide_cards_and_highlights_in_chromium(checked, tmp_path: Path) -> None:
    result, source = checked[("ru", "docx")]
    factor = result.findings[0].factor
    html = render_to_path("html", [result], {source.path: source}, tmp_path / "report.html")[0].read_text(encoding="utf-8")
    untick = (
        "<script>var box = document.querySelector(\"input[name=factor][value='%s']\");"
        "box.checked = false; box.form.dispatchEvent(new Event('change'));</script></body>" % factor
    )
    page = tmp_path / "filtered.html"
    page.write_text(html.replace("</body>", untick), encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", page.as_uri()],
        check=True, capture_output=True, timeout=120, text=True,
    ).stdout
    tree = lxml.html.fromstring(dom)
    cards = tree.xpath("//li[contains(concat(' ', @class, ' '), ' card ')]")
    hidden = {card.get("data-n") for card in cards if "hidden" in card.get("class").split()}
    assert hidden == {card.get("data-n") for card in cards if card.get("data-factor") == factor} != set()
    for mark in tree.xpath("//mark[contains(concat(' ', @class, ' '), ' hl ')]"):
        assert ("off" in mark.get("class").split()) == (set(mark.get("data-f").split()) <= hidden)
