"""The ``kk_morph`` pipeline component: lemma, UPOS and UD features for Kazakh tokens.

Analyses are cached per surface form (spaCy orth id) with their lemma, POS and morph
hashes precomputed; attributes are written in one ``Doc.from_array`` call. Only tokens
with competing readings go through context disambiguation.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .morph.analyser import Analysis, analyse_lower, prepare
from .morph.disambiguation import context_matters, pick

_CLAUSE_END = frozenset(".;:!?")
_ATTRS = [LEMMA, POS, MORPH]
_MAX_CONTEXTS = 500_000


def _non_word_pos(text: str) -> str:
    """UPOS of a token without letters: SPACE, NUM, SYM (№, %, +) or PUNCT."""
    if text.isspace():
        return "SPACE"
    if any(ch.isdigit() for ch in text):
        return "NUM"
    if all(ch in "%‰§" or unicodedata.category(ch).startswith("S") for ch in text):
        return "SYM"
    return "PUNCT"


@dataclass(frozen=True, slots=True)
class _Entry:
    """Cached result for one surface form."""

    values: tuple[int, int, int]
    readings: tuple[Analysis, ...]
    ambiguous: bool
    capitalised_guess: bool
    ends_clause: bool


class KazakhMorph:
    """Sets ``lemma_`` (lower case), ``pos_`` and ``morph`` on every token.

    The analyser's data is loaded when the component is made, so that processes forked
    from one that built the pipeline share it.
    """

    def __init__(self, vocab: Vocab) -> None:
        prepare()
        self.vocab = vocab
        self._row_of: dict[int, int] = {}
        self._entries: list[_Entry] = []
        self._rows: list[tuple[int, int, int]] = []
        self._table = numpy.zeros((0, 3), dtype="uint64")
        self._needs_context: list[bool] = []
        self._values: dict[tuple[str, str, str], tuple[int, int, int]] = {}
        self._in_context: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    def _encode(self, lemma: str, upos: str, feats: str) -> tuple[int, int, int]:
        key = (lemma, upos, feats)
        values = self._values.get(key)
        if values is None:
            morph = self.vocab.morphology.add(feats) if feats else 0
            values = (self.vocab.strings.add(lemma), POS_IDS[upos], morph)
            self._values[key] = values
        return values

    def _entry(self, orth: int) -> _Entry:
        text = self.vocab.strings[orth]
        ends_clause = text in _CLAUSE_END or "\n" in text
        if not any(ch.isalpha() for ch in text):
            return _Entry(self._encode(text.lower(), _non_word_pos(text), ""), (), False, False, ends_clause)
        lower = text.lower()
        if not any("\u0400" <= ch <= "\u04ff" for ch in text):
            upos = "PROPN" if text[0].isupper() else "X"
            return _Entry(self._encode(lower, upos, ""), (), False, False, ends_clause)
        readings = analyse_lower(lower)
        best = readings[0]
        if len(text) > 1 and text.isupper() and best.source == "guess":
            return _Entry(self._encode(lower, "PROPN", ""), (), False, False, ends_clause)
        ambiguous = len(readings) > 1 and context_matters(readings)
        capitalised_guess = text[0].isupper() and best.source == "guess"
        values = self._encode(best.lemma, best.upos, best.feats)
        return _Entry(values, readings, ambiguous, capitalised_guess, ends_clause)

    def _row(self, orth: int) -> int:
        row = self._row_of.get(orth)
        if row is None:
            entry = self._entry(orth)
            row = self._row_of[orth] = len(self._entries)
            self._entries.append(entry)
            self._rows.append(entry.values)
        return row

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orths = doc.to_array([ORTH]).ravel().tolist()
        rows = list(map(self._row_of.get, orths))
        if None in rows:
            rows = [self._row(o) for o in orths]
        if len(self._entries) != len(self._table):
            self._table = numpy.asarray(self._rows, dtype="uint64")
            self._needs_context = [e.ambiguous or e.capitalised_guess for e in self._entries]
        values = self._table.take(rows, axis=0)
        needs = self._needs_context
        positions = [i for i, row in enumerate(rows) if needs[row]]
        if positions:
            values[positions] = [self._in_context_values(doc, rows, i) for i in positions]
        doc.from_array(_ATTRS, values)
        return doc

    def _in_context_values(self, doc: Doc, rows: list[int], i: int) -> tuple[int, int, int]:
        prev_row = rows[i - 1] if i else -1
        next_row = rows[i + 1] if i + 1 < len(rows) else -1
        if self._entries[rows[i]].capitalised_guess:
            prev_row = -1 if i == 0 or "\n" in doc[i - 1].whitespace_ else prev_row
        key = (prev_row, rows[i], next_row)
        values = self._in_context.get(key)
        if values is None:
            if len(self._in_context) > _MAX_CONTEXTS:
                self._in_context.clear()
            values = self._in_context[key] = self._choose(prev_row, rows[i], next_row)
        return values

    def _choose(self, prev_row: int, row: int, next_row: int) -> tuple[int, int, int]:
        entry = self._entries[row]
        prev_entry = self._entries[prev_row] if prev_row >= 0 else None
        next_entry = self._entries[next_row] if next_row >= 0 else None
        if entry.capitalised_guess:
            if prev_entry is None or prev_entry.ends_clause:
                return entry.values
            best = entry.readings[0]
            return self._encode(best.lemma, "PROPN", best.feats)
        prev = prev_entry.readings[0] if prev_entry and prev_entry.readings else None
        nxt = next_entry.readings[0] if next_entry and next_entry.readings else None
        clause_end = next_entry is None or next_entry.ends_clause
        best = pick(entry.readings, prev, nxt, clause_end)
        return self._encode(best.lemma, best.upos, best.feats)


@Language.factory("kk_morph", assigns=["token.lemma", "token.pos", "token.morph"])
def make_kk_morph(nlp: Language, name: str) -> KazakhMorph:
    """Create the Kazakh morphology component."""
    return KazakhMorph(nlp.vocab)
