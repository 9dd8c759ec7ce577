"""The pieces of a draft the rules read: norm segments with their unit, chapter and context flags."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from lexpert.ingest.model import SourceText
from lexpert.nlp.pipeline import fold
from lexpert.structure.model import NON_NORM_ROLES, Unit

_CONTAINERS = ("chapter", "section", "appendix", "article")
_CLOSING = {
    "ru": re.compile(
        r"вводится в действие|вступает в силу|вводятся в действие|контроль за исполнением|"
        r"государственн\w+ регистраци\w+|официальн\w+ опубликовани\w+|размещени\w+ на интернет-ресурсе|"
        r"признать утратившим|утратившими силу|настоящ\w+ (?:постановлени|решени|приказ)\w* распространяется",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"қолданысқа енгізіледі|күшіне енеді|орындалуын бақылау|бақылау\s+\S+\s+жүктелсін|мемлекеттік тіркеу|"
        r"ресми жариялан|интернет-ресурсында орналастыр|күші жойылды деп танылсын",
        re.IGNORECASE,
    ),
}
_SMALL_UNITS = ("point", "subpoint", "part", "paragraph")
_NOTE = re.compile(r"^\s*[*_>\s]*(?:сноска|примечание|ескерту|изпи)\b", re.IGNORECASE)
_DEFINITION = re.compile(r"^\s*(?:\d+(?:-\d+)?\)\s*)?[^–—:\n]{2,160}?\s[–—-]\s")
# Latin letters typed for their Cyrillic look-alikes (common in Kazakh texts: «iшкi»);
# the mapping keeps offsets, so rules match on the normalised copy and quote the original.
HOMOGLYPHS = str.maketrans("iIaeopcxyAEOPCXHKMTB", "іІаеорсхуАЕОРСХНКМТВ")
_HOMOGLYPH_PAIRS = tuple((chr(a), chr(b)) for a, b in HOMOGLYPHS.items())


def to_cyrillic(text: str) -> str:
    """``text`` with :data:`HOMOGLYPHS` applied (``str.replace`` is far faster than ``translate``)."""
    for latin, cyrillic in _HOMOGLYPH_PAIRS:
        text = text.replace(latin, cyrillic)
    return text


_TERMS_HEADING = re.compile(r"понятия|термины|определения|ұғымдар|терминдер|анықтамалар", re.IGNORECASE)


@dataclass
class Segment:
    """A norm's own text (without its sub-units), with the unit it belongs to.

    ``key`` is the text with Latin look-alikes replaced by Cyrillic letters (same
    length); ``folded`` is ``key`` caseless (:func:`lexpert.nlp.pipeline.fold`), where
    the engine looks for the strings a rule cannot match without.
    """

    start: int
    end: int
    text: str
    key: str
    folded: str
    unit: Unit
    chapter: Unit | None
    closing: bool = False
    definition: bool = False


@dataclass
class Draft:
    """A draft ready for the rules: its text, language, tree and norm segments."""

    source: SourceText
    lang: str
    root: Unit
    segments: list[Segment] = field(default_factory=list)
    parents: dict[int, Unit] = field(default_factory=dict)  # id(unit) -> its parent
    _docs: dict[int, object] = field(default_factory=dict, repr=False)  # id(segment) -> its Doc
    _chapter_texts: dict[int, str] | None = field(default=None, repr=False)  # id(chapter) -> its norm text
    _holding: dict[frozenset[str], list[Segment]] = field(default_factory=dict, repr=False)  # needs -> segments
    _holding_each: dict[str, set[int]] = field(default_factory=dict, repr=False)  # need -> segment indices
    _by_start: tuple[list[int], list[int], list[int], bool] | None = field(default=None, repr=False)  # by start: starts, ends, indices, disjoint

    def lead_text(self, segment: Segment) -> str:
        """The lead-in of the list a sub-unit belongs to («К заявлению прилагаются:»), or ''.

        That is the parent unit's own text before its first child, for sub-points and
        paragraphs only: a point's context is not its chapter heading.
        """
        if segment.unit.kind not in ("subpoint", "paragraph"):
            return ""
        parent = self.parents.get(id(segment.unit))
        if parent is None or not parent.children:
            return ""
        return self.key_text[parent.start:parent.children[0].start][-400:]

    @property
    def text(self) -> str:
        """The text as read."""
        return self.source.text

    @cached_property
    def key_text(self) -> str:
        """The text as read with Latin look-alikes replaced (same length, same offsets)."""
        return to_cyrillic(self.source.text)

    @cached_property
    def folded_text(self) -> str:
        """``key_text`` caseless: a norm can hold a string only when this does."""
        return fold(self.key_text)

    @cached_property
    def norm_text(self) -> str:
        """All norm segments joined: what document-level conditions search."""
        return "\n".join(s.key for s in self.segments if not s.closing)

    @cached_property
    def positions(self) -> dict[int, int]:
        """id(segment) -> its index in ``segments``."""
        return {id(seg): i for i, seg in enumerate(self.segments)}

    def segments_with(self, needs: frozenset[str] | None) -> list[Segment]:
        """The segments (in ``segments`` order) whose ``folded`` holds one of ``needs``; all for None.

        Found with ``str.find`` over ``folded_text`` (a segment's ``folded`` is its slice),
        so the result is the segments where ``any(n in seg.folded for n in needs)``.
        """
        if needs is None:
            return self.segments
        known = self._holding.get(needs)
        if known is None:
            found: set[int] = set()
            for need in needs:
                found |= self.holding_one(need)
            known = self._holding[needs] = [self.segments[i] for i in sorted(found)]
        return known

    def holding_one(self, need: str) -> set[int]:
        """Indices of the segments whose ``folded`` holds ``need``."""
        known = self._holding_each.get(need)
        if known is not None:
            return known
        if self._by_start is None:
            ordered = sorted(range(len(self.segments)), key=lambda i: self.segments[i].start)
            spans = [(self.segments[i].start, self.segments[i].end) for i in ordered]
            disjoint = all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
            self._by_start = ([a for a, _ in spans], [b for _, b in spans], ordered, disjoint)
        starts, ends, ordered, disjoint = self._by_start
        found: set[int] = set()
        if not disjoint:
            found = {i for i, seg in enumerate(self.segments) if need in seg.folded}
        text, size, count, pos = self.folded_text, len(need), len(starts), 0
        while disjoint and (at := text.find(need, pos)) != -1:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + size <= ends[i]:  # inside segment i: the next one may hold it too
                found.add(ordered[i])
                pos = ends[i]
            elif i >= 0 and at < ends[i]:  # runs past the segment's end
                pos = at + 1
            elif i + 1 < count:  # between segments
                pos = max(at + 1, starts[i + 1])
            else:
                break
        self._holding_each[need] = found
        return found

    def docs_of(self, segments: list[Segment]) -> list:
        """spaCy Docs of ``segments`` (lemma, POS, morphology), each made once, the missing ones in one batch."""
        from lexpert.nlp import make_docs

        missing = [s for s in segments if id(s) not in self._docs]
        for seg, doc in zip(missing, make_docs([s.text for s in missing], self.lang), strict=True):
            self._docs[id(seg)] = doc
        return [self._docs[id(s)] for s in segments]

    def chapter_text(self, segment: Segment) -> str:
        """Norm text of the chapter (or the whole act) a segment belongs to."""
        if segment.chapter is None:
            return self.norm_text
        if self._chapter_texts is None:
            joined: dict[int, list[str]] = {}
            for s in self.segments:
                if s.chapter is not None and not s.closing:
                    joined.setdefault(id(s.chapter), []).append(s.key)
            self._chapter_texts = {chapter: "\n".join(keys) for chapter, keys in joined.items()}
        return self._chapter_texts.get(id(segment.chapter), "")


def build_draft(source: SourceText, lang: str, root: Unit) -> Draft:
    """Cut the tree into norm segments and flag closing clauses and definitions."""
    from lexpert.rules.model import needed_strings

    draft = Draft(source=source, lang=lang, root=root)
    text, key, folded = source.text, draft.key_text, draft.folded_text
    # the heading's letters are Cyrillic, which ``key_text`` keeps, so ``folded`` holds them too
    has_terms = any(n in folded for n in needed_strings(_TERMS_HEADING) or ("",)) and bool(_TERMS_HEADING.search(text))
    closing = _CLOSING[lang]
    needs = needed_strings(closing) or ("",)
    _collect(root, None, False, draft.segments, text, key, folded)
    for unit in root.walk():
        for child in unit.children:
            draft.parents[id(child)] = unit
    for seg in draft.segments:
        unit = seg.unit
        if unit.kind not in _SMALL_UNITS:
            whole, whole_folded = seg.key, seg.folded
        elif text[unit.start:unit.end] == unit.text:
            whole, whole_folded = key[unit.start:unit.end], folded[unit.start:unit.end]
        else:
            whole = to_cyrillic(unit.text)
            whole_folded = fold(whole)
        seg.closing = any(n in whole_folded for n in needs) and bool(closing.search(whole))
        seg.definition = has_terms and bool(_DEFINITION.match(seg.key))
    return draft


def _collect(unit: Unit, chapter: Unit | None, skipped: bool, out: list[Segment], *texts: str) -> None:
    skipped = skipped or unit.role in NON_NORM_ROLES
    if unit.kind in _CONTAINERS and unit.kind != "article":
        chapter = unit
    elif unit.kind == "article" and chapter is None:
        chapter = unit
    pos = unit.start
    pieces: list[tuple[int, int]] = []
    for child in unit.children:
        if child.start > pos:
            pieces.append((pos, child.start))
        pos = max(pos, child.end)
    if pos < unit.end:
        pieces.append((pos, unit.end))
    heading_only = unit.kind in _CONTAINERS and unit.kind != "article" and unit.children
    if not skipped and unit.kind != "document" and not heading_only:
        for start, end in pieces:
            _add(out, texts, start, end, unit, chapter)
    elif unit.kind == "document" and not unit.children:
        for start, end in _lines(texts[0], unit.start, unit.end):
            _add(out, texts, start, end, unit, chapter)
    for child in unit.children:
        _collect(child, chapter, skipped, out, *texts)


def _add(out: list[Segment], texts: tuple[str, ...], start: int, end: int, unit: Unit, chapter: Unit | None) -> None:
    """A segment for ``texts[0][start:end]`` (the text as read, its key and its folded key), stripped."""
    text, key, folded = texts
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or _NOTE.match(stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    start += lead
    end = start + len(stripped)
    out.append(Segment(start, end, text[start:end], key[start:end], folded[start:end], unit, chapter))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        spans.append((pos, start + m.start()))
        pos = start + m.end()
    spans.append((pos, end))
    return spans
