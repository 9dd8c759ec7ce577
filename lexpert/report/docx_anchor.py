"""Find the runs of a .docx paragraph that hold a span of ``SourceText.text``, splitting runs at its ends.

The ingest contract: a .docx paragraph is one line of the text as read, made of
``Block.prefix`` (Word's automatic number) and the paragraph's run text with its
whitespace collapsed to single spaces and stripped.  ``Block.source_index`` is the
paragraph's position among all ``w:p`` of the body.  This module maps offsets in
that line back to characters of runs and makes the span start and end on run
boundaries, so a comment range covers exactly the flagged words.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Callable
from dataclasses import dataclass

from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R

from lexpert.ingest.model import Block, SourceText

# Run children that hold text and survive a split of the run (python-docx rewrites them).
TEXT_TAGS = {qn(t) for t in ("w:rPr", "w:t", "w:tab", "w:br", "w:cr", "w:noBreakHyphen", "w:ptab")}
DROPPABLE_TAGS = {qn("w:lastRenderedPageBreak"), qn("w:softHyphen")}
# Content the reader leaves out of the text: deleted or moved-away text, the fallback copy of drawings.
EXCLUDED_ANCESTORS = {qn("w:del"), qn("w:moveFrom"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


@dataclass
class CharMap:
    """The raw text of a paragraph's runs and, per character, its run and offset."""

    runs: list[CT_R]
    raw: str
    owner: list[tuple[int, int]]  # (run index, offset in run text) per raw character


def _hidden(r: CT_R) -> bool:
    vanish = r.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(qn("w:val"), "1") not in ("0", "false", "off")


def _read(r: CT_R, p) -> bool:
    """Whether the ingest reader reads this run as part of paragraph ``p``."""
    for ancestor in r.iterancestors():
        if ancestor is p:
            return not _hidden(r)
        if ancestor.tag == qn("w:p") or ancestor.tag in EXCLUDED_ANCESTORS:
            return False
    return False


def paragraph_runs(p) -> list[CT_R]:
    """The runs of ``p`` the text was read from (hyperlinks included; text boxes, deletions, hidden text not)."""
    return [r for r in p.iter(qn("w:r")) if _read(r, p)]


def char_map(p) -> CharMap:
    """Where each character of the paragraph's run text comes from."""
    runs = paragraph_runs(p)
    raw: list[str] = []
    owner: list[tuple[int, int]] = []
    for i, r in enumerate(runs):
        text = r.text
        raw.append(text)
        owner.extend((i, k) for k in range(len(text)))
    return CharMap(runs, "".join(raw), owner)


def collapse(raw: str) -> tuple[str, list[int]]:
    """``raw`` with whitespace collapsed and stripped as ingest does, and the raw index of each kept character."""
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(raw):
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            continue
        out.append(c)
        index.append(i)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


def _aligner(line: str, collapsed: str) -> Callable[[int], int]:
    """Map an offset in ``line`` (the text as read) to an offset in ``collapsed``."""
    if line == collapsed:
        return lambda k: k
    pairs: list[tuple[int, int]] = []
    for a, b, size in difflib.SequenceMatcher(None, line, collapsed, autojunk=False).get_matching_blocks():
        pairs.extend((a + d, b + d) for d in range(size))
    table = dict(pairs)

    def lookup(k: int) -> int:
        if k in table:
            return table[k]
        before = [b for a, b in pairs if a < k]
        return before[-1] + 1 if before else 0

    return lookup


def block_at(source: SourceText, offset: int) -> Block | None:
    """The block whose line holds ``offset`` (its end counts, for span ends)."""
    for block in source.blocks:
        if block.start <= offset <= block.end:
            return block
    return None


def locate(source: SourceText, paragraphs: list, offset: int, is_end: bool) -> tuple[object, int] | None:
    """The paragraph element and raw run-text offset of a text offset, or ``None`` if unmapped."""
    block = block_at(source, offset)
    if block is None or block.source_index is None or block.source_index >= len(paragraphs):
        return None
    p = paragraphs[block.source_index]
    cmap = char_map(p)
    collapsed, raw_index = collapse(cmap.raw)
    line = source.text[block.start + len(block.prefix):block.end]
    k = max(0, offset - block.start - len(block.prefix))
    c = min(_aligner(line, collapsed)(k), len(collapsed))
    if not raw_index:
        return p, 0
    if is_end:
        return p, raw_index[c - 1] + 1 if c > 0 else 0
    return p, raw_index[c] if c < len(raw_index) else len(cmap.raw)


def _splittable(r: CT_R) -> bool:
    return all(child.tag in TEXT_TAGS or child.tag in DROPPABLE_TAGS for child in r)


def split_at(p, raw_offset: int) -> None:
    """Make ``raw_offset`` a run boundary of paragraph ``p`` when the run there holds only text."""
    cmap = char_map(p)
    if raw_offset <= 0 or raw_offset >= len(cmap.raw):
        return
    run_index, k = cmap.owner[raw_offset]
    if k == 0:
        return
    r = cmap.runs[run_index]
    if not _splittable(r):
        return
    text = r.text
    tail = copy.deepcopy(r)
    r.text = text[:k]
    tail.text = text[k:]
    r.addnext(tail)


def runs_for(p, start: int, end: int, which: str) -> CT_R | None:
    """The first run that starts at or after ``start`` (``which="first"``) or the last one ending by ``end``."""
    cmap = char_map(p)
    if not cmap.runs:
        return None
    position = 0
    spans = []
    for r in cmap.runs:
        length = len(r.text)
        spans.append((position, position + length, r))
        position += length
    if which == "first":
        for a, b, r in spans:
            if b > start and b > a:
                return r
        return spans[-1][2]
    chosen = None
    for a, b, r in spans:
        if a < end and b > a:
            chosen = r
    return chosen if chosen is not None else spans[0][2]
