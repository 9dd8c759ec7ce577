"""Russian language data and components for lexpert's spaCy pipelines."""

from __future__ import annotations

from spacy.lang.ru import Russian, RussianDefaults

from lexpert.nlp.ru.tokenizer_exceptions import TOKENIZER_EXCEPTIONS


class LegalRussianDefaults(RussianDefaults):
    """spaCy's Russian defaults plus the abbreviations of legal acts."""

    tokenizer_exceptions = TOKENIZER_EXCEPTIONS


class LegalRussian(Russian):
    """Blank Russian with legal tokenizer exceptions (no downloaded model)."""

    lang = "ru"
    Defaults = LegalRussianDefaults
