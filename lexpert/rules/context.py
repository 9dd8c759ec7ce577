"""The pieces of a draft the rules read: norm segments with their unit, chapter and context flags."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


_TERMS_WORDS = ("понятия", "термины", "определения", "ұғымдар", "терминдер", "анықтамалар")
_TERMS_HEADING = re.compile("|".join(_TERMS_WORDS), re.IGNORECASE)
_TERMS_FOLDED = tuple(fold(word) for word in _TERMS_WORDS)


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
    _chapter_texts: dict[int, tuple[str, str]] | None = field(default=None, repr=False)  # id(chapter) -> its norm text, folded
    _holding: dict[frozenset[str], list[Segment]] = field(default_factory=dict, repr=False)  # needs -> segments
    _holding_each: dict[str, set[int]] = field(default_factory=dict, repr=False)  # need -> segment indices
    _by_start: tuple[list[int], list[int], list[int], bool] | None = field(default=None, repr=False)  # by start: starts, ends, indices, disjoint
    _norm_text_matches: dict[re.Pattern[str], bool] = field(default_factory=dict, repr=False)  # pattern -> matches norm_text

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

    def norm_text_matches(self, pattern: re.Pattern[str]) -> bool:
        """True when ``pattern`` matches somewhere in :attr:`norm_text` (searched once per draft)."""
        known = self._norm_text_matches.get(pattern)
        if known is None:
            known = self._norm_text_matches[pattern] = _matches(pattern, self.norm_text, self.norm_folded)
        return known

    @cached_property
    def norm_folded(self) -> str:
        """``norm_text`` caseless (:func:`lexpert.nlp.pipeline.fold`), same length."""
        return "\n".join(s.folded for s in self.segments if not s.closing)

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

    def chapter_matches(self, segment: Segment, pattern: re.Pattern[str]) -> bool:
        """True when ``pattern`` matches the norm text of the segment's chapter (or of the whole act)."""
        return _matches(pattern, *self._chapter(segment))

    def _chapter(self, segment: Segment) -> tuple[str, str]:
        """The norm text of the segment's chapter (or of the whole act) and its folded copy."""
        if segment.chapter is None:
            return self.norm_text, self.norm_folded
        if self._chapter_texts is None:
            joined: dict[int, list[Segment]] = {}
            for s in self.segments:
                if s.chapter is not None and not s.closing:
                    joined.setdefault(id(s.chapter), []).append(s)
            self._chapter_texts = {
                chapter: ("\n".join(s.key for s in segs), "\n".join(s.folded for s in segs)) for chapter, segs in joined.items()
            }
        return self._chapter_texts.get(id(segment.chapter), ("", ""))


def build_draft(source: SourceText, lang: str, root: Unit) -> Draft:
    """Cut the tree into norm segments and flag closing clauses and definitions."""
    draft = Draft(source=source, lang=lang, root=root)
    text, key, folded = source.text, draft.key_text, draft.folded_text
    _collect(root, None, False, draft.segments, draft.parents, (text, key, folded))
    closing = _ClosingFinder(lang, text, key, folded)
    has_terms = _has_terms_heading(text, folded)
    for seg in draft.segments:
        seg.closing = closing.holds(seg)
        seg.definition = has_terms and _may_define(seg.key) and bool(_DEFINITION.match(seg.key))
    return draft


def _matches(pattern: re.Pattern[str], text: str, folded: str) -> bool:
    """:func:`lexpert.rules.model.matches` (imported late: the model module imports this one)."""
    from lexpert.rules.model import matches as search

    return search(pattern, text, folded)


def _has_terms_heading(text: str, folded: str) -> bool:
    """``_TERMS_HEADING.search(text)``, tried only where ``folded`` holds one of its words.

    Every match starts with one of the words, and the folded text holds that word there.
    """
    for word in _TERMS_FOLDED:
        at = folded.find(word)
        while at != -1:
            if _TERMS_HEADING.match(text, at):
                return True
            at = folded.find(word, at + 1)
    return False


def _may_define(key: str) -> bool:
    """False when ``key`` has none of the dashes a definition (:data:`_DEFINITION`) needs."""
    return "-" in key or "–" in key or "—" in key


class _ClosingFinder:
    """Whether a segment belongs to a closing clause (``_CLOSING``), each unit searched once.

    The pattern runs only on a unit whose folded text holds a string it needs: the folded
    text is scanned once per needed string and each unit looks its range up.
    """

    def __init__(self, lang: str, text: str, key: str, folded: str) -> None:
        from lexpert.rules.model import needed_strings

        self.pattern = _CLOSING[lang]
        self.needs = needed_strings(self.pattern)
        self.text, self.key, self.folded = text, key, folded
        found = []
        for need in self.needs or ():
            at = folded.find(need)
            while at != -1:
                found.append((at, at + len(need)))
                at = folded.find(need, at + 1)
        found.sort()
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]
        self.known: dict[int, bool] = {}  # id(unit) -> closing

    def holds(self, seg: Segment) -> bool:
        """True when the pattern matches the segment's own text, or its whole unit's for points and smaller."""
        unit = seg.unit
        if unit.kind not in _SMALL_UNITS:
            return self._in_range(seg.start, seg.end)
        known = self.known.get(id(unit))
        if known is None:
            if self.text[unit.start:unit.end] == unit.text:
                known = self._in_range(unit.start, unit.end)
            else:
                whole = to_cyrillic(unit.text)
                known = _matches(self.pattern, whole, fold(whole))
            self.known[id(unit)] = known
        return known

    def _in_range(self, start: int, end: int) -> bool:
        return self._need_within(start, end) and _matches(self.pattern, self.key[start:end], self.folded[start:end])

    def _need_within(self, start: int, end: int) -> bool:
        if self.needs is None:
            return True
        i = bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            if self.ends[i] <= end:
                return True
            i += 1
        return False


def _collect(
    unit: Unit, chapter: Unit | None, skipped: bool, out: list[Segment], parents: dict[int, Unit], texts: tuple[str, str, str]
) -> None:
    skipped = skipped or unit.role in NON_NORM_ROLES
    kind = unit.kind
    if kind in _CONTAINERS and kind != "article":
        chapter = unit
    elif kind == "article" and chapter is None:
        chapter = unit
    children = unit.children
    heading_only = kind in _CONTAINERS and kind != "article" and children
    if not skipped and kind != "document" and not heading_only:
        pos = unit.start
        for child in children:
            if child.start > pos:
                _add(out, texts, pos, child.start, unit, chapter)
            pos = max(pos, child.end)
        if pos < unit.end:
            _add(out, texts, pos, unit.end, unit, chapter)
    elif kind == "document" and not children:
        for start, end in _lines(texts[0], unit.start, unit.end):
            _add(out, texts, start, end, unit, chapter)
    for child in children:
        parents[id(child)] = unit
        _collect(child, chapter, skipped, out, parents, texts)


def _add(out: list[Segment], texts: tuple[str, str, str], start: int, end: int, unit: Unit, chapter: Unit | None) -> None:
    """A segment for ``texts[0][start:end]`` (the text as read, its key and its folded key), stripped."""
    text, key, folded = texts
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or _NOTE.match(stripped):
        return
    start += len(piece) - len(piece.lstrip())
    end = start + len(stripped)
    out.append(Segment(start, end, stripped, key[start:end], folded[start:end], unit, chapter))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        spans.append((pos, start + m.start()))
        pos = start + m.end()
    spans.append((pos, end))
    return spans
