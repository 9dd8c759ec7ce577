#!/usr/bin/env python3
"""Regenerate the README screenshots from a bundled sample draft.

    .venv/bin/python scripts/screenshots.py [--lang ru|kk] [--draft NAME] [--report-lang kk|ru|en]

Writes ``docs/img/html-report.png`` (the HTML report in headless Chromium) and
``docs/img/docx-conclusion.png`` (the first two pages of the DOCX conclusion,
converted by LibreOffice, rasterised by pdftoppm and laid side by side).  Needs the Debian packages
``chromium``, ``libreoffice-writer`` (or ``-nogui``) and ``poppler-utils``; nothing
is downloaded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lexpert.check import check_paths  # noqa: E402
from lexpert.report import render_to_path  # noqa: E402

IMG = ROOT / "docs" / "img"
WINDOW = "1400,1000"


def need(*names: str) -> str:
    """The first of ``names`` found on PATH, or exit with a message naming the package."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    sys.exit(f"screenshots: none of {', '.join(names)} is installed (apt-get install chromium libreoffice-writer poppler-utils)")


def browser_screenshot(html: Path, png: Path, window: str = WINDOW) -> None:
    """Screenshot a local HTML file with headless Chromium (no network, throw-away profile)."""
    chromium = need("chromium", "chromium-browser", "google-chrome")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
             f"--screenshot={png}", f"--window-size={window}", html.resolve().as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def office_pages(document: Path, png: Path, pages: int = 2, dpi: int = 75) -> None:
    """Convert a document to PDF with LibreOffice and put its first ``pages`` pages side by side in one PNG."""
    office = need("libreoffice", "soffice")
    pdftoppm = need("pdftoppm")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        subprocess.run(
            [office, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
             "--outdir", work, str(document)],
            check=True, capture_output=True, timeout=180,
        )
        subprocess.run([pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(folder / f"{document.stem}.pdf"), str(folder / "page")],
                       check=True, capture_output=True, timeout=120)
        images = sorted(folder.glob("page*.png"))
        width, height = round(29.7 / 2.54 * dpi), round(21.0 / 2.54 * dpi)
        tags = "".join(f'<img src="{image.as_uri()}" width="{width}" height="{height}">' for image in images)
        sheet = folder / "pages.html"
        sheet.write_text(
            "<!DOCTYPE html><body style='margin:0;padding:12px;background:#cfd4da;display:flex;gap:12px'>"
            f"<style>img{{box-shadow:0 1px 4px #0005;background:#fff}}</style>{tags}</body>",
            encoding="utf-8",
        )
        browser_screenshot(sheet, png, f"{len(images) * (width + 12) + 12},{height + 24}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("kk", "ru"), default="ru", help="which corpus the sample draft comes from")
    parser.add_argument("--draft", default="law_rural_tourism_support", help="file name (without suffix) in corpora/<lang>/")
    parser.add_argument("--report-lang", choices=("kk", "ru", "en"), default=None, help="report language (default: the draft's)")
    args = parser.parse_args()
    os.chdir(ROOT)  # the reports show the draft's path relative to the repository
    results, sources = check_paths([Path("corpora") / args.lang / f"{args.draft}.docx"])
    IMG.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        html = render_to_path("html", results, sources, Path(work) / "report.html", report_lang=args.report_lang)[0]
        browser_screenshot(html, IMG / "html-report.png")
        conclusion = render_to_path("docx", results, sources, Path(work) / "conclusion.docx", report_lang=args.report_lang)[0]
        office_pages(conclusion, IMG / "docx-conclusion.png")
    for name in ("html-report.png", "docx-conclusion.png"):
        print(IMG / name)


if __name__ == "__main__":
    main()
