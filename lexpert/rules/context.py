"""The pieces of a draft the rules read: norm segments with their unit, chapter and context flags."""

from __future__ import annotations

import re
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
    has_terms = bool(_TERMS_HEADING.search(source.text))
    closing = _CLOSING[lang]
    needs = needed_strings(closing) or ("",)
    text, key, folded = source.text, draft.key_text, draft.folded_text
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
