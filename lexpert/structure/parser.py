"""Build the unit tree of a legal act from its classified lines (one linear pass)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from lexpert.ingest.model import SourceText
from lexpert.structure import acts
from lexpert.structure.address import AddressContext, Step, address
from lexpert.structure.lines import Line, appendix_number, split_lines
from lexpert.structure.model import NORM, Unit
from lexpert.structure.vocab import ACTS, APPROVED, ActName

# Nesting rank: a new unit closes every open unit of the same or a deeper rank.
_RANK = {
    "document": 0.0,
    "appendix": 1.0,
    "section": 2.0,
    "chapter": 3.0,
    "subchapter": 4.0,
    "article": 5.0,
    "part": 6.0,
    "point": 7.0,
    "subpoint": 8.0,
    "paragraph": 10.0,
}
_NESTED_APPENDIX_RANK = 1.5  # «Приложение N 1 к Правилам» inside the appendix holding the Rules
_FLAT_RANK = 11.0  # title, preamble, note, signature, heading: leaves attached to a container
# An unnumbered lead-in («Заявитель представляет:») right under a chapter, section or appendix
# holds the sub-points that follow it, so it ranks between a point and a sub-point.
_LEAD_IN_RANK = 7.5
_LEAD_IN_PARENTS = frozenset({"document", "appendix", "section", "chapter", "subchapter"})
_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
_CONTAINER_MAX = _RANK["article"]
_MAX_TITLE_LINES = 8  # more unnumbered short lines than this are text, not a title block
_PREAMBLE_CUE = re.compile(
    r"^(?:В соответствии|В целях|Руководствуясь|На основании|Согласно|Настоящ\w+ (?:Федеральный )?закон)"
    r"|сәйкес|ПОСТАНОВЛЯ|ПРИКАЗЫВАЮ|РЕШИЛ|ПОСТАНОВИЛ|ҚАУЛЫ ЕТ|БҰЙЫРАМЫН|ШЕШІМ ҚАБЫЛДАДЫ|ШЕШТІ"
    r"|[Пп]остановляет|[Пп]риказываю|қаулы етеді|шешім қабылдады|бұйырамын|:$"
)


def _rank(kind: str, number: str | None) -> float:
    rank = _RANK.get(kind, _FLAT_RANK)
    if kind == "point":
        return rank + 0.1 * min((number or "").count("."), 9)
    if kind == "subpoint" and number and number.isalpha():
        return rank + 0.5
    return rank


_UPPER = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_LOWER = re.compile(r"[a-zа-яёәғқңөұүһі]")


def _is_uppercase(text: str) -> bool:
    """True when at least 80 % of the letters (and three or more) are capitals."""
    head = text[:300]
    upper = len(_UPPER.findall(head))
    return upper >= 3 and upper >= 4 * len(_LOWER.findall(head))


_STRUCTURAL_LINES = frozenset({"section", "chapter", "subchapter", "article", "point"})


def _follows(previous: str | None, number: str | None) -> bool:
    """True when sub-point ``number`` comes right after ``previous`` («3)» after «2)», «в)» after «б)»)."""
    if not previous or not number:
        return False
    if previous.isdigit() and number.isdigit():
        return int(number) == int(previous) + 1
    if previous in _LETTERS and number in _LETTERS:
        return _LETTERS.index(number) == _LETTERS.index(previous) + 1
    return False


def _is_subheading(line: Line) -> bool:
    """A short capitalised line without final punctuation that introduces a numbered unit."""
    content = line.content
    return (
        line.next_kind in _STRUCTURAL_LINES
        and len(content) <= 200
        and content[:1].isupper()
        and not content.endswith((".", ";", ":", ",", "-", "–"))
    )


class _Builder:
    """Stack-based tree builder; every processed line belongs to the top of the stack."""

    def __init__(self, source: SourceText, lang: str) -> None:
        self.source = source
        self.rf = lang == "ru" and acts.is_rf_tradition(source.text)
        self.root = Unit("document", None, 0, len(source.text), 1, source.line_count, "")
        self.stack: list[Unit] = [self.root]
        self.ranks: list[float] = [0.0]
        self.last_end = 0
        self.last_line: Line | None = None
        self.header = True  # the current container has seen no structural unit yet
        self.appendix_titles: dict[int, list[str]] = {}
        self.counted_parts: set[int] = set()  # ids of article parts counted, not numbered
        self.paragraph_counts: dict[int, int] = {}  # id(unit) -> its last абзац number
        self.lead_ins: set[int] = set()  # ids of абзацы that lead in a list of sub-points
        self.nested: set[int] = set()  # ids of appendices of an appendix («Приложение 1 к Правилам»)
        self.stamps: dict[int, str] = {}  # index of a stamp's first line -> the whole stamp
        self.last_structural = -1  # index of the last numbered line: no preamble after it
        self.title_lines = 0
        self.handlers: dict[str, Callable[[Line], None]] = {
            "note": self._on_note,
            "cue": self._on_cue,
            "signature": self._on_signature,
            "subpoint": self._on_subpoint,
            "text": self._on_text,
            **{kind: partial(self._structural, kind=kind) for kind in _STRUCTURAL_LINES},
        }

    # -- stack -------------------------------------------------------------
    @property
    def top(self) -> Unit:
        return self.stack[-1]

    def _pop(self) -> None:
        unit = self.stack.pop()
        self.ranks.pop()
        if unit.end < self.last_end:
            unit.end = self.last_end

    def _pop_to(self, max_rank: float) -> None:
        ranks = self.ranks
        while ranks[-1] > max_rank:
            self._pop()

    def _open(self, kind: str, number: str | None, line: Line, *, role: str = NORM,
              title: str | None = None, rank: float | None = None) -> Unit:
        unit = Unit(kind, number, line.content_start, line.content_end, line.index + 1, 0, "", title, role)
        if rank is None:
            rank = _rank(kind, number)
        self._pop_to(rank - 1e-9)
        self.stack[-1].children.append(unit)
        self.stack.append(unit)
        self.ranks.append(rank)
        return unit

    def _extend(self, line: Line) -> None:
        self.top.end = line.content_end

    def _in(self, kind: str) -> Unit | None:
        return next((unit for unit in reversed(self.stack) if unit.kind == kind), None)

    # -- lines -------------------------------------------------------------
    def feed(self, line: Line) -> None:
        kind = line.kind
        if kind in ("blank", "omitted"):
            return
        self.handlers[kind](line)
        if self.last_end < line.content_end:
            self.last_end = line.content_end
        self.last_line = line

    def _on_note(self, line: Line) -> None:
        self._pop_to(_CONTAINER_MAX)
        self._open("note", None, line, role="note")

    def _on_cue(self, line: Line) -> None:
        appendix = self._in("appendix")
        if appendix is None and all(child.kind in ("title", "note") for child in self.root.children):
            # An approval stamp above the act's own text («УТВЕРЖДЕН Решением…») is part of its title.
            self._title_line(line)
            return
        if appendix is not None and self.header and self.top.kind == "title":
            self._extend(line)
            if id(appendix) not in self.nested:
                self.appendix_titles[id(appendix)].append(line.content)
            return
        self._start_appendix(line)

    def _start_appendix(self, line: Line) -> None:
        stamp = self.stamps.get(line.index, line.content)
        if self._attaches_to_open_appendix(stamp):
            self._pop_to(_RANK["appendix"])
            appendix = self._open("appendix", None, line, rank=_NESTED_APPENDIX_RANK)
            self.nested.add(id(appendix))
            self.appendix_titles[id(appendix)] = []
        else:
            self._pop_to(0.0)
            appendix = self._open("appendix", None, line)
            self.appendix_titles[id(appendix)] = [line.content]
        appendix.number = appendix_number(stamp)
        self._open("title", None, line, role="title")
        self.header = True

    def _attaches_to_open_appendix(self, stamp: str) -> bool:
        """True when the stamp attaches the new appendix to the document of the open top-level
        appendix («Приложение N 1 к Правилам …» after the Rules), not to the act."""
        doc = acts.host_document(stamp)
        outer = self.stack[1] if len(self.stack) > 1 and self.stack[1].kind == "appendix" else None
        return doc is not None and outer is not None and acts.approved_document(self.appendix_titles[id(outer)]) == doc

    def _on_signature(self, line: Line) -> None:
        if self.top.kind == "signature":
            self._extend(line)
            return
        self._pop_to(_RANK["appendix"])
        self._open("signature", None, line, role="signature")

    def _structural(self, line: Line, kind: str) -> None:
        self.header = False
        if kind == "point" and self.rf and self._nearest_structural() == "article":
            kind = "part"
        self._open(kind, line.number, line, title=line.title)

    def _nearest_structural(self) -> str | None:
        for unit in reversed(self.stack):
            if unit.kind in ("article", "chapter", "subchapter", "section", "appendix", "document"):
                return unit.kind
        return None

    def _on_subpoint(self, line: Line) -> None:
        if self.top.kind == "note":
            self._resume_list(line)
        self._structural(line, "subpoint")

    def _resume_list(self, line: Line) -> None:
        """A footnote printed between two sub-points closed their point: the next sub-point
        («в)» after «б)») reopens it."""
        parent = self.stack[-2]
        siblings = [child for child in parent.children if child.kind not in ("note", "paragraph")]
        point = siblings[-1] if siblings else None
        if point is None or point.kind not in ("point", "part") or not point.children:
            return
        last = point.children[-1]
        if last.kind != "subpoint" or not _follows(last.number, line.number):
            return
        self._pop()
        self.stack.append(point)
        self.ranks.append(_rank(point.kind, point.number))

    def _on_text(self, line: Line) -> None:
        top = self.top
        if top.kind == "signature" and not self.header:
            if _is_uppercase(line.content) and acts.approved_document([line.content]):
                # Rules printed right after the signature without an approval stamp.
                self._start_appendix(line)
                return
            if len(line.content) <= 200:
                self._extend(line)
                return
        if top.kind == "note":
            previous = self.last_line
            if previous is not None and previous.index == line.index - 1 and previous.content.startswith("<"):
                self._extend(line)
                return
            self._pop()
        if self.header and self._header_text(line):
            return
        self._body_text(line)

    def _header_text(self, line: Line) -> bool:
        """Title or preamble lines before the first structural unit; False ends the header."""
        top = self.top
        appendix = self._in("appendix")
        if appendix is not None:
            if top.kind != "title":
                return False
            content = line.content
            if (line.is_heading or line.is_quote or _is_uppercase(content)
                    or (len(content) <= 160 and not content.endswith((".", ";", ":")))):
                self._extend(line)
                self.appendix_titles[id(appendix)].append(content)
                return True
            return False
        if top.kind == "preamble":
            if line.index > self.last_structural:
                return False  # nothing numbered follows: the act's text, not its preamble
            self._extend(line)
            return True
        content = line.content
        is_title = (line.is_heading or _is_uppercase(content)
                    or (len(content) <= 200 and not content.endswith((".", ";", ":", ","))))
        # A title block is one run of lines (or markdown headings) at the top.
        adjacent = top.kind != "title" or line.is_heading or (
            self.last_line is not None and self.last_line.index == line.index - 1
        )
        first_title = top.kind == "title" or not any(child.kind == "title" for child in self.root.children)
        if (is_title and adjacent and first_title and self.title_lines < _MAX_TITLE_LINES
                and not _PREAMBLE_CUE.search(content) and top.kind in ("title", "document", "note")):
            self.title_lines += 1
            self._title_line(line)
            return True
        if line.index > self.last_structural:
            return False
        self._pop_to(0.0)
        self._open("preamble", None, line, role="preamble")
        return True

    def _title_line(self, line: Line) -> None:
        if self.top.kind == "title":
            self._extend(line)
        else:
            self._pop_to(0.0)
            self._open("title", None, line, role="title")

    def _body_text(self, line: Line) -> None:
        """An unnumbered line after the header: a part of an article, a paragraph (абзац) or
        an unnumbered sub-heading right before a numbered unit."""
        self.header = False
        if self.top.kind in ("title", "preamble", "signature"):
            self._pop_to(_CONTAINER_MAX)
        if _is_subheading(line):
            self._pop_to(_CONTAINER_MAX)
            self._open("heading", None, line, role="heading")
            return
        if self.top.kind == "paragraph":
            self._pop()
        top = self.top
        previous = self.last_line.content if self.last_line is not None else ""
        if top.kind == "subpoint" and previous.endswith(".") and line.content[:1].isupper():
            self._pop_to(_RANK["subpoint"] - 1e-9)
            if id(self.top) in self.lead_ins:
                self._pop()
            top = self.top
        if top.kind == "part" and id(top) in self.counted_parts:
            continues = previous.endswith((":", ";", ",")) or line.content[:1].islower()
            if not continues:
                self._pop()
                top = self.top
        if top.kind == "article":
            parts = sum(1 for child in top.children if child.kind == "part")
            numbered = any(child.kind == "point" for child in top.children)
            if not numbered:
                part = self._open("part", str(parts + 1), line)
                self.counted_parts.add(id(part))
                return
        own = 1 if top.kind in ("point", "subpoint", "part") else 0
        count = self.paragraph_counts.get(id(top), own) + 1
        self.paragraph_counts[id(top)] = count
        if top.kind in _LEAD_IN_PARENTS and line.next_kind == "subpoint" and line.content.endswith(":"):
            self.lead_ins.add(id(self._open("paragraph", str(count), line, rank=_LEAD_IN_RANK)))
            return
        self._open("paragraph", str(count), line)

    def finish(self) -> Unit:
        while len(self.stack) > 1:
            self._pop()
        self.root.end = len(self.source.text)
        return self.root


def _finalise(root: Unit, source: SourceText, ctx: AddressContext,
              approved: dict[int, str | None], implicit_parts: set[int]) -> None:
    """Fill text, end lines and roles of every unit and give it its address, computed when read.

    ``approved`` maps each appendix (by id) to the document it holds; ``implicit_parts`` are the
    ids of parts that addresses skip."""
    text = source.text
    line_of = source.line_of
    closing_title = acts.CLOSING_TITLE.search
    closing_clause = acts.CLOSING.search
    pending: list[tuple[Unit, tuple[Step, ...], bool]] = [(root, (), False)]
    while pending:
        unit, chain, closing = pending.pop()
        start = unit.start
        if unit.end > start:
            unit.text = text[start:unit.end].rstrip()
            unit.end = start + len(unit.text)
        else:
            unit.text = ""
        unit.end_line = line_of(max(start, unit.end - 1))
        if unit.kind == "article" and unit.title and closing_title(unit.title):
            closing = True
        if closing and unit.role == NORM:
            unit.role = "closing"
        if chain:
            unit._locate = partial(address, chain, ctx)
        for child in reversed(unit.children):
            child_closing = closing
            if unit.kind == "document" and child.kind in ("point", "part", "article", "paragraph"):
                # the child's text before its first sub-unit, else all of it
                own = text[child.start:child.children[0].start] if child.children else ""
                child_closing = bool(closing_clause(own or text[child.start:child.end]))
            step = Step(child.kind, child.number, id(child) in implicit_parts, approved.get(id(child)))
            pending.append((child, (*chain, step), child_closing))


def parse_structure(source: SourceText, lang: str) -> Unit:
    """The structural tree of ``source`` (root ``kind="document"``), with kk and ru addresses.

    ``lang`` is the language of the document (``"kk"`` or ``"ru"``); both addresses are
    always produced and the patterns of both languages are always tried; ``lang`` only
    decides whether an article's numbered paragraphs are parts (Russian Federation
    «части») or points (Kazakhstan «пункты» / «тармақтар»).
    """
    builder = _Builder(source, lang)
    lines = split_lines(source.text)
    builder.last_structural = next(
        (line.index for line in reversed(lines) if line.kind in _STRUCTURAL_LINES or line.kind == "subpoint"), -1
    )
    builder.stamps = _stamps(lines)
    for line in lines:
        builder.feed(line)
    root = builder.finish()
    appendices = [unit for unit in root.children if unit.kind == "appendix"]
    _number_appendices(appendices)
    approved = {}
    for appendix in (unit for unit in root.walk() if unit.kind == "appendix"):
        approved[id(appendix)], appendix.title = _approval(builder.appendix_titles.get(id(appendix), []))
        _number_appendices([child for child in appendix.children if child.kind == "appendix"])
    ctx = AddressContext(act=_act_name(root, source.text) if appendices else None, rf_tradition=builder.rf)
    _finalise(root, source, ctx, approved, _implicit_parts(root, builder.counted_parts))
    return root


def _stamps(lines: list[Line]) -> dict[int, str]:
    """Each run of consecutive appendix cue lines, joined, by the index of its first line."""
    stamps: dict[int, str] = {}
    first = -1
    for line in lines:
        if line.kind == "cue" and first >= 0:
            stamps[first] += "\n" + line.content
        elif line.kind == "cue":
            first = line.index
            stamps[first] = line.content
        else:
            first = -1
    return stamps


def _number_appendices(appendices: list[Unit]) -> None:
    """Several appendices of one act (or one document) without numbers are numbered in order."""
    if len(appendices) > 1:
        for ordinal, appendix in enumerate(appendices, start=1):
            appendix.number = appendix.number or str(ordinal)


def _implicit_parts(root: Unit, counted: set[int]) -> set[int]:
    """Unnumbered parts that are the only part of their article."""
    implicit = set()
    for unit in root.walk():
        if unit.kind == "article":
            parts = [child for child in unit.children if child.kind == "part"]
            if len(parts) == 1 and id(parts[0]) in counted:
                implicit.add(id(parts[0]))
    return implicit


def _act_name(root: Unit, text: str) -> ActName | None:
    """The name of the act's own text: its operative formula, else the document its title
    names («ПОРЯДОК …», «… қағидалары»), else its self-references."""
    act = acts.operative_act(text)
    if act is not None:
        return ACTS[act]
    title = next((unit for unit in root.children if unit.kind == "title"), None)
    if title is not None:
        doc = acts.approved_document(text[title.start:title.end].splitlines())
        if doc is not None:
            return APPROVED[doc]
    act = acts.act_type(text)
    return ACTS[act] if act is not None else None


def _approval(titles: list[str]) -> tuple[str | None, str | None]:
    """What an appendix contains (an id in ``vocab.APPROVED``) and its name line, from its title
    lines: the first line naming an approved document, else no document and the last line."""
    for content in titles:
        doc = acts.approved_document([content])
        if doc is not None:
            return doc, content
    return None, titles[-1] if titles else None
