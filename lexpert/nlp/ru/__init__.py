"""Russian language data and components for lexpert's spaCy pipelines.

``LegalRussian`` is spaCy's blank Russian with the abbreviations of legal acts as
tokenizer exceptions (no downloaded model).  It is defined on first use (PEP 562):
the analyser and the lemma anchors of this package work without importing spaCy.
"""

from __future__ import annotations

from typing import Any


def _define() -> dict[str, type]:
    from spacy.lang.ru import Russian, RussianDefaults

    from lexpert.nlp.ru.lex_attrs import LEX_ATTRS
    from lexpert.nlp.ru.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    class LegalRussianDefaults(RussianDefaults):
        """spaCy's Russian defaults plus the abbreviations of legal acts (and a faster ``like_num``)."""

        tokenizer_exceptions = TOKENIZER_EXCEPTIONS
        lex_attr_getters = {**RussianDefaults.lex_attr_getters, **LEX_ATTRS}

    class LegalRussian(Russian):
        """Blank Russian with legal tokenizer exceptions (no downloaded model)."""

        lang = "ru"
        Defaults = LegalRussianDefaults

    for cls in (LegalRussianDefaults, LegalRussian):
        cls.__module__, cls.__qualname__ = __name__, cls.__name__
    return {"LegalRussianDefaults": LegalRussianDefaults, "LegalRussian": LegalRussian}


def __getattr__(name: str) -> Any:
    if name not in ("LegalRussian", "LegalRussianDefaults"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    defined = _define()
    globals().update(defined)
    return defined[name]
