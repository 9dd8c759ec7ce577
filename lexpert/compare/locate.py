"""Where a discrepancy is: the structural address, the line and a quote of each version."""

from __future__ import annotations

import re

from lexpert.compare.model import Side
from lexpert.compare.units import CompUnit
from lexpert.ingest.model import SourceText

_QUOTE_MAX = 240
_SENTENCE_END = re.compile(r"[.;:!?](?=\s)|\n\s*\n")


class Versions:
    """The two versions being compared: their sources and compared units."""

    def __init__(self, kk_source: SourceText, ru_source: SourceText,
                 kk_units: list[CompUnit], ru_units: list[CompUnit]) -> None:
        self.sources = {"kk": kk_source, "ru": ru_source}
        self.units = {"kk": kk_units, "ru": ru_units}

    def side(self, unit: CompUnit, span: tuple[int, int] | None = None) -> Side:
        """Address, line and quote of ``span`` (offsets in the unit text) or of the whole unit."""
        start = span[0] if span else _first_char(unit.text)
        line = self.sources[unit.lang].line_of(unit.unit.start + start)
        return Side(address(unit), line, quote(unit.text, span))


def address(unit: CompUnit) -> str:
    """The unit's structural address in its own language (kind and number when the parser gave none)."""
    own = unit.unit.address.get(unit.lang, "")
    if own:
        return own
    return " ".join(part for part in (unit.kind, unit.unit.number or "") if part)


def _first_char(text: str) -> int:
    match = re.search(r"\S", text)
    return match.start() if match else 0


def quote(text: str, span: tuple[int, int] | None) -> str:
    """The sentence around ``span`` (or the start of ``text``), whitespace collapsed, at most 240 chars."""
    if span is None:
        start = _first_char(text)
        return squeeze(text[start:start + _QUOTE_MAX * 2])[:_QUOTE_MAX]
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, span[0]):
        begin = match.end()
    end_match = _SENTENCE_END.search(text, span[1])
    end = end_match.end() if end_match else len(text)
    sentence = squeeze(text[begin:end])
    if len(sentence) <= _QUOTE_MAX:
        return sentence
    cut = max(0, len(squeeze(text[begin:span[0]])) - _QUOTE_MAX // 3)  # keep the span in view
    piece = sentence[cut:cut + _QUOTE_MAX]
    return ("…" if cut else "") + piece + ("…" if cut + _QUOTE_MAX < len(sentence) else "")


def squeeze(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def surface(unit: CompUnit, span: tuple[int, int]) -> str:
    """The text of ``span`` in the unit, whitespace collapsed."""
    return squeeze(unit.text[span[0]:span[1]])
