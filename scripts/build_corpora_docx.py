"""Build the .docx versions of the bundled sample drafts in ``corpora/``.

Each ``corpora/<lang>/NAME.txt`` becomes ``corpora/<lang>/NAME.docx``, laid out the way
drafters' documents are: ``#`` lines become Heading 1-3, ``**…**`` lines bold paragraphs,
``> *…*`` lines the right-aligned approval stamp, and points (``1.``) and subpoints
(``1)``) Word automatic numbering, so the visible numbers are not in the text runs.
A new numbering instance starts wherever the numbers in the text restart.

The output is deterministic: fixed core properties and fixed zip timestamps, so a
re-run gives byte-identical files. ``--check`` exits with 1 when a .docx is missing or
stale instead of writing it.

Usage: python scripts/build_corpora_docx.py [--check] [CORPORA_DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

DEFAULT_CORPORA = Path(__file__).resolve().parents[1] / "corpora"
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
LANG_TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}
LEVEL_FORMATS = ("%1.", "%2)")
FIRST_LINE_INDENT = "709"  # twips: 1.25 cm, the usual first-line indent of KZ acts

HEADING = re.compile(r"^(#{1,3}) (.+)$")
BOLD = re.compile(r"^\*\*(.+)\*\*$")
STAMP = re.compile(r"^> \*(.+)\*$")
POINT = re.compile(r"^(\d+)\. (.+)$")
SUBPOINT = re.compile(r"^\s+(\d+)\) (.+)$")


@dataclass(frozen=True)
class Block:
    """One paragraph of a draft: its kind, text without markup, and list position."""

    kind: str  # "heading", "bold", "stamp", "item", "text"
    text: str
    level: int = 0  # heading level (1-3) or list level (0 = point, 1 = subpoint)
    number: int = 0  # the number the text shows, for list items


def parse_line(line: str) -> Block:
    """Classify one non-blank line of a draft."""
    if m := HEADING.match(line):
        return Block("heading", m.group(2), level=len(m.group(1)))
    if m := BOLD.match(line):
        return Block("bold", m.group(1))
    if m := STAMP.match(line):
        return Block("stamp", m.group(1))
    if m := POINT.match(line):
        return Block("item", m.group(2), level=0, number=int(m.group(1)))
    if m := SUBPOINT.match(line):
        return Block("item", m.group(2), level=1, number=int(m.group(1)))
    return Block("text", line.strip())


def parse_text(text: str) -> list[Block]:
    """Parse a draft: one paragraph per non-blank line."""
    return [parse_line(line) for line in text.splitlines() if line.strip()]


class Numbering:
    """Allocates w:num instances so that Word draws the numbers the text shows."""

    def __init__(self, document: DocxDocument) -> None:
        self._numbering = document.part.numbering_part.element
        existing = self._numbering.xpath("w:abstractNum")
        ids = [int(a.get(qn("w:abstractNumId"))) for a in existing]
        self._abstract_id = max(ids, default=-1) + 1
        abstract = _abstract_num(self._abstract_id)
        if existing:
            existing[-1].addnext(abstract)
        else:
            self._numbering.insert(0, abstract)
        self._num_id = 0
        self._last: list[int | None] = [None, None]
        self._start0 = 1

    def num_id_for(self, level: int, number: int) -> int:
        """The numId to give an item at ``level`` showing ``number``."""
        if self._num_id == 0 or self._expected(level) != number:
            self._start_num(level, number)
        self._last[level] = number
        if level == 0:
            self._last[1] = None
        return self._num_id

    def _expected(self, level: int) -> int:
        last = self._last[level]
        if last is not None:
            return last + 1
        return self._start0 if level == 0 else 1

    def _start_num(self, level: int, number: int) -> None:
        starts = (number, 1) if level == 0 else (1, number)
        num = self._numbering.add_num(self._abstract_id)
        for ilvl, start in enumerate(starts):
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), str(ilvl))
            start_override = OxmlElement("w:startOverride")
            start_override.set(qn("w:val"), str(start))
            override.append(start_override)
            num.append(override)
        self._num_id = int(num.get(qn("w:numId")))
        self._last = [None, None]
        self._start0 = starts[0]


def _abstract_num(abstract_id: int) -> OxmlElement:
    """The two-level list of points ``%1.`` and subpoints ``%2)``."""
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "multilevel")
    abstract.append(multi)
    for ilvl, fmt in enumerate(LEVEL_FORMATS):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (
            ("w:start", "1"),
            ("w:numFmt", "decimal"),
            ("w:suff", "space"),
            ("w:lvlText", fmt),
            ("w:lvlJc", "left"),
        ):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), FIRST_LINE_INDENT)
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    return abstract


def _set_num_pr(paragraph, num_id: int, level: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _set_language(document: DocxDocument, lang: str) -> None:
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    rpr = style.element.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), LANG_TAGS[lang])
    rpr.append(tag)


def _set_core_properties(document: DocxDocument, title: str, lang: str) -> None:
    props = document.core_properties
    props.title = title
    props.author = "lexpert team"
    props.last_modified_by = "lexpert team"
    props.language = LANG_TAGS[lang]
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1


def build_document(blocks: list[Block], lang: str) -> DocxDocument:
    """Lay out parsed blocks as a Word document with automatic numbering."""
    document = Document()
    _set_language(document, lang)
    numbering = Numbering(document)
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    _set_core_properties(document, title, lang)
    for block in blocks:
        if block.kind == "heading":
            paragraph = document.add_heading(block.text, level=block.level)
            if block.level < 3:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif block.kind == "bold":
            document.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "stamp":
            paragraph = document.add_paragraph()
            paragraph.add_run(block.text).italic = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif block.kind == "item":
            paragraph = document.add_paragraph(block.text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _set_num_pr(paragraph, numbering.num_id_for(block.level, block.number), block.level)
        else:
            paragraph = document.add_paragraph(block.text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Pt(35.45)
    return document


def render(txt_path: Path) -> bytes:
    """The deterministic .docx bytes for one draft (its language is its folder name)."""
    lang = txt_path.parent.name
    document = build_document(parse_text(txt_path.read_text(encoding="utf-8")), lang)
    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps and order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def drafts(corpora: Path) -> list[Path]:
    """The .txt drafts of every language folder, sorted."""
    return sorted(p for lang in LANG_TAGS for p in (corpora / lang).glob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--check", action="store_true", help="fail if a .docx is stale")
    args = parser.parse_args(argv)
    sources = drafts(args.corpora)
    if not sources:
        print(f"{args.corpora}: no drafts found in kk/ or ru/", file=sys.stderr)
        return 2
    stale = []
    for txt in sources:
        target = txt.with_suffix(".docx")
        data = render(txt)
        if target.exists() and target.read_bytes() == data:
            continue
        if args.check:
            stale.append(target)
        else:
            _write_atomically(target, data)
            print(f"wrote {target}")
    for target in stale:
        print(f"stale: {target} (run scripts/build_corpora_docx.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
