"""Sentence boundaries for legal text: numbering, headings and abbreviations aware.

spaCy's sentencizer splits on every ``.`` token, so a numbered line ``1.`` or a
heading ``Статья 5.`` becomes a sentence of its own, and it ignores line breaks.
This component instead:

* starts a sentence at a line that begins with a capital letter, a quote, a dash,
  a heading word or a numbering marker (``1.``, ``1.1.``, ``2)``, ``а)``);
  a line that begins in lower case continues the sentence (hard-wrapped text);
* inside a line, ends a sentence at ``.``/``!``/``?``/``…`` followed by a capital
  letter or an opening quote, except after a numbering label (``1.``, ``Статья 5.``,
  ``5-бап.``) or an initial (``А. Иванов``);
* lets an abbreviation from ``final_abbreviations`` (``т.д.``, ``т.б.``) end a
  sentence before a capital letter; other abbreviations (``ч.``, ``ст.``) never do,
  as the tokenizer keeps them whole.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_OPENERS = frozenset({"«", '"', "“", "„", "(", "["})
_DASHES = frozenset({"-", "–", "—", "•"})
_CLOSERS = frozenset({")", "."})

# token classes
_SPACE, _NEWLINE, _TERM, _FINAL_ABBR, _NUM, _LETTER, _HEADING, _UPPER, _OPEN, _DASH, _MARKER, _OTHER = range(12)
_NOT_START = numpy.iinfo("uint64").max  # SENT_START -1 as spaCy stores it
_LABEL_CLASSES = frozenset({_NUM, _HEADING, _DASH, _LETTER, _MARKER})


def _is_numeral(text: str) -> bool:
    """``5``, ``1.1``, ``XII`` — the body of a numbering label."""
    if text.replace(".", "").isdigit():
        return True
    return len(text) <= 6 and set(text) <= set("IVXLC")


class LegalSentencizer:
    """Set ``Token.is_sent_start`` for every token of a legal text."""

    def __init__(self, heading_words: Iterable[str], final_abbreviations: Iterable[str]) -> None:
        self.heading_words = frozenset(word.lower() for word in heading_words)
        self.final_abbreviations = frozenset(final_abbreviations)
        self._classes: dict[int, int] = {}

    def _classify(self, text: str) -> int:
        if text.isspace():
            return _NEWLINE if "\n" in text else _SPACE
        if text in _TERMINALS:
            return _TERM
        if text in self.final_abbreviations or text.lower() in self.final_abbreviations:
            return _FINAL_ABBR
        if text in _OPENERS:
            return _OPEN
        if text in _DASHES:
            return _DASH
        if _is_numeral(text):
            return _NUM
        if len(text) > 1 and text[-1] in _CLOSERS and (_is_numeral(text[:-1]) or (len(text) == 2 and text[0].isalpha())):
            return _MARKER  # "1)" or "а)" kept as one token
        number, _, word = text.partition("-")
        if text.lower() in self.heading_words or (number.isdigit() and word.lower() in self.heading_words):
            return _HEADING
        if len(text) == 1 and text.isalpha():
            return _LETTER
        return _UPPER if text[0].isupper() else _OTHER

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        classes = self._classes
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH).tolist()
        kinds = [classes.get(orth) for orth in orths]
        if None in kinds:
            for i, orth in enumerate(orths):
                if kinds[i] is None:
                    kinds[i] = classes[orth] = self._classify(strings[orth])
        starts = numpy.full(len(kinds), _NOT_START, dtype="uint64")
        for i in _boundaries(kinds, doc):
            starts[i] = 1
        doc.from_array([SENT_START], starts.reshape(-1, 1))
        return doc


def _opens_line(kinds: list[int], i: int, doc: Doc) -> bool:
    """Whether the line starting at token ``i`` starts a new sentence."""
    kind = kinds[i]
    if kind in (_UPPER, _OPEN, _DASH, _HEADING, _MARKER):
        return True
    if kind in (_NUM, _LETTER):
        return _is_marker(kinds, i, doc) or doc[i].text.isupper()
    return False


def _is_marker(kinds: list[int], i: int, doc: Doc) -> bool:
    """Whether token ``i`` is a numbering marker: a number or a letter before ``.`` or ``)``."""
    if kinds[i] not in (_NUM, _LETTER):
        return False
    nxt = _next_word(kinds, i)
    return nxt is not None and doc[nxt].text in _CLOSERS


def _starts_inside_line(kinds: list[int], i: int, doc: Doc) -> bool:
    """Whether token ``i``, after a sentence terminal on the same line, starts a sentence."""
    kind = kinds[i]
    if kind in (_UPPER, _OPEN, _HEADING, _MARKER):
        return True
    return _is_marker(kinds, i, doc) or (kind == _LETTER and doc[i].text.isupper())


def _next_word(kinds: list[int], i: int) -> int | None:
    for j in range(i + 1, len(kinds)):
        if kinds[j] not in (_SPACE, _NEWLINE):
            return j
    return None


def _boundaries(kinds: list[int], doc: Doc) -> list[int]:
    """Indices of the tokens that start a sentence."""
    found: list[int] = []
    pending = False  # a terminal was seen on this line; the next capital starts a sentence
    newline = True
    label_only = True  # the line so far holds only a numbering label
    previous_kind = _SPACE
    for i, kind in enumerate(kinds):
        if kind == _SPACE:
            continue
        if kind == _NEWLINE:
            newline, pending, label_only = True, False, True
            continue
        if newline:
            if not found or _opens_line(kinds, i, doc):
                found.append(i)
            newline = False
        elif pending and _starts_inside_line(kinds, i, doc):
            found.append(i)
            label_only = True
        pending = False
        if kind == _TERM:
            initial = previous_kind == _LETTER and doc[i - 1].text.isupper()
            pending = not (label_only or initial)
        elif kind == _FINAL_ABBR:
            pending = True
        if kind not in _LABEL_CLASSES and not (kind == _TERM and label_only):
            label_only = False
        previous_kind = kind
    return found


@Language.factory(
    "legal_sentences",
    assigns=["token.is_sent_start"],
    default_config={"heading_words": [], "final_abbreviations": []},
)
def make_legal_sentencizer(
    nlp: Language, name: str, heading_words: list[str], final_abbreviations: list[str]
) -> LegalSentencizer:
    """Factory of :class:`LegalSentencizer`."""
    return LegalSentencizer(heading_words, final_abbreviations)
