"""Legal abbreviations of Russian acts, added to spaCy's Russian exceptions.

Each abbreviation stays one token whose ``NORM`` is the full word; the
morphology component takes its lemma and part of speech from :data:`ABBREVIATIONS`.
"""

from __future__ import annotations

from spacy.lang.ru import RussianDefaults
from spacy.symbols import NORM, ORTH
from spacy.util import update_exc

from lexpert.nlp.ru.abbreviations import ABBREVIATIONS, SENTENCE_FINAL, YEAR

__all__ = ["ABBREVIATIONS", "SENTENCE_FINAL", "TOKENIZER_EXCEPTIONS", "YEAR"]


def _variants(orth: str) -> set[str]:
    return {orth, orth.capitalize()} if orth[0].isalpha() else {orth}


_exc: dict[str, list[dict[int, str]]] = {
    variant: [{ORTH: variant, NORM: norm}]
    for orth, (norm, _upos) in ABBREVIATIONS.items()
    for variant in _variants(orth)
}

TOKENIZER_EXCEPTIONS = update_exc(RussianDefaults.tokenizer_exceptions, _exc)
