"""The units that are compared: a structural tree flattened in document order.

A point keeps its unnumbered paragraphs (translations split paragraphs differently);
its subpoints are units of their own.  A unit whose text before its first subunit ends
with «:» is a lead-in: its subunits are its items, and what is said of the whole list
(«имеют право:» in Russian, «…құқығы бар.» after the last item in Kazakh) is compared
over the lead-in and its items together.  Amendment notes are not compared (a later
redaction of one version adds them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lexpert.compare.anchors import Features, extract
from lexpert.ingest.model import SourceText
from lexpert.structure.model import Unit

SKIPPED_KINDS = ("document", "note")
SKIPPED_ROLES = ("note",)
# Units whose boundaries differ between translations (a preamble in one paragraph or two,
# an approval block read as signature in one version): compared as runs, not one by one.
LOOSE_KINDS = ("title", "preamble", "paragraph", "signature")
NUMBERED_KINDS = ("section", "chapter", "article", "part", "point", "subpoint")
# Kinds whose unnumbered paragraphs are read as part of them.
CONTAINERS = ("article", "part", "point", "subpoint")
# A heading line inside a unit's text («### 2 тарау. …» that the parser left in a paragraph).
_HEADING_LINE = re.compile(
    r"^[ \t#>*]*(?:\d+(?:-\d+)?[-\s]*(?:тарау|бап|бөлім)\w*|(?:глава|статья|раздел)\s+\d+(?:-\d+)?)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
# The label that opens a unit: «5.», «3)», «12-3)», «### 1-тарау.», «Глава 2.», «Статья 7.»
_LABEL = re.compile(
    r"^[\s#>*]*(?:\d+(?:-\d+)*[.)]|\d+(?:-\d+)?[-\s]*(?:тарау|бап|бөлім)\w*\.?"
    r"|(?:глава|статья|раздел|тарау|бап|бөлім)\s+\d+(?:-\d+)?\.?)",
    re.IGNORECASE,
)


@dataclass
class CompUnit:
    """One unit of one version, with its own text (children blanked) and anchors."""

    unit: Unit
    key: tuple | None  # structural key, equal for corresponding units of both versions
    text: str  # text of the unit with its compared children blanked; offsets from unit.start
    features: Features
    parent: int | None  # index of the enclosing compared unit
    lang: str
    size: int = 0  # non-space characters of the own text
    # The nearest enclosing lead-in («…имеют право:») and, of a lead-in, every unit under it.
    lead_in: CompUnit | None = field(default=None, repr=False, compare=False)
    items: list[CompUnit] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.size = len(self.text) - self.text.count(" ") - self.text.count("\n")

    @property
    def kind(self) -> str:
        """The unit kind."""
        return self.unit.kind

    @property
    def empty(self) -> bool:
        """True when all the unit's text is in its children (an appendix, a bare heading)."""
        return not re.search(r"\w", self.text)

    @property
    def loose(self) -> bool:
        """True for unnumbered material whose segmentation may differ between the versions."""
        return self.key is None or self.kind in LOOSE_KINDS


def flatten(root: Unit, source: SourceText, lang: str) -> list[CompUnit]:
    """Compared units of a tree in document order."""
    out: list[CompUnit] = []
    _visit(root, source, lang, out, parent=None, path=(), appendix=[0])
    lead_ins = {index for index, unit in enumerate(out) if _is_lead_in(unit)}
    for unit in out:
        parent = unit.parent
        while parent is not None:
            if parent in lead_ins:
                unit.lead_in = unit.lead_in or out[parent]
                out[parent].items.append(unit)
            parent = out[parent].parent
    return out


def _is_lead_in(unit: CompUnit) -> bool:
    """True when the unit's own text before its first compared subunit ends with «:»."""
    first = next((child for child in unit.unit.children if _compared(child, unit.unit)), None)
    return first is not None and unit.text[:first.start - unit.unit.start].rstrip().endswith(":")


def _compared(unit: Unit, parent: Unit | None) -> bool:
    if unit.kind in SKIPPED_KINDS or unit.role in SKIPPED_ROLES:
        return False
    return not (unit.kind == "paragraph" and parent is not None and parent.kind in CONTAINERS)


def _visit(unit: Unit, source: SourceText, lang: str, out: list[CompUnit],
           parent: int | None, path: tuple, appendix: list[int]) -> None:
    """Append the compared units under ``unit``; ``appendix`` counts the appendices seen so far."""
    if unit.kind == "appendix":
        appendix[0] += 1
        path = (("appendix", appendix[0]),)
    index = parent
    if unit.kind != "document" and _compared(unit, None if parent is None else out[parent].unit):
        text = _own_text(unit, source)
        out.append(CompUnit(unit, _key(unit, path, appendix[0]), text, extract(text, lang), parent, lang))
        index = len(out) - 1
    if unit.kind in NUMBERED_KINDS and unit.number and unit.kind not in ("section", "chapter"):
        path = (*path, (unit.kind, _norm_number(unit.number)))
    for child in unit.children:
        _visit(child, source, lang, out, index, path, appendix)


def _key(unit: Unit, path: tuple, appendix: int) -> tuple | None:
    if unit.kind == "appendix":
        return (("appendix", appendix),)
    if unit.kind in ("title", "preamble"):
        return (("appendix", appendix), unit.kind)
    if unit.kind in NUMBERED_KINDS and unit.number:
        base = path if path and path[0][0] == "appendix" else (("appendix", appendix), *path)
        return (*base, (unit.kind, _norm_number(unit.number)))
    return None


def _norm_number(number: str) -> str:
    return number.strip().rstrip(".)").lower()


def _own_text(unit: Unit, source: SourceText) -> str:
    """The unit's text with the spans of compared children and of its label blanked."""
    text = source.text[unit.start:unit.end]
    for child in unit.children:
        if _compared(child, unit) or child.kind in SKIPPED_KINDS or child.role in SKIPPED_ROLES:
            a, b = child.start - unit.start, child.end - unit.start
            text = text[:a] + _spaces(text[a:b]) + text[b:]
    label = _LABEL.match(text)
    if label and unit.kind in NUMBERED_KINDS:
        text = _spaces(label.group()) + text[label.end():]
    if unit.kind not in ("chapter", "section", "article"):
        text = _HEADING_LINE.sub(lambda m: _spaces(m.group()), text)
    return text


def _spaces(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)
