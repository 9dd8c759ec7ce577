"""Kazakh for spaCy: the ``kk`` language class (spaCy ships none) and ``kk_morph``.

Importing this package registers both, so ``spacy.blank("kk")`` works and
``nlp.add_pipe("kk_morph")`` sets lemma, UPOS and UD features on every token.
"""

from __future__ import annotations

import spacy
from spacy.language import BaseDefaults, Language

from . import component  # noqa: F401  (registers the "kk_morph" factory)
from .lex_attrs import LEX_ATTRS
from .punctuation import TOKENIZER_INFIXES, TOKENIZER_SUFFIXES
from .stop_words import STOP_WORDS
from .tokenizer_exceptions import TOKENIZER_EXCEPTIONS


class KazakhDefaults(BaseDefaults):
    """Language data for Kazakh."""

    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    infixes = TOKENIZER_INFIXES
    suffixes = TOKENIZER_SUFFIXES
    lex_attr_getters = LEX_ATTRS
    stop_words = STOP_WORDS


@spacy.registry.languages("kk")
class Kazakh(Language):
    """Kazakh (kk)."""

    lang = "kk"
    Defaults = KazakhDefaults


__all__ = ["Kazakh", "KazakhDefaults"]
