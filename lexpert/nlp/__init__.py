"""lexpert's NLP layer: spaCy pipelines for Kazakh and Russian legal text.

``get_nlp``/``make_docs``/``make_doc`` give Docs whose tokens carry lemma, UD part
of speech, UD features and sentence starts; ``parse_sentence`` adds a Russian
dependency parse to the sentences a rule asks for.
"""

from __future__ import annotations

from lexpert.nlp.backends import Backend, get_backend, register_backend
from lexpert.nlp.pipeline import LANGUAGES, get_nlp, make_doc, make_docs
from lexpert.nlp.syntax import parse_sentence, parse_sentences, repair_heads

__all__ = [
    "LANGUAGES",
    "Backend",
    "get_backend",
    "get_nlp",
    "make_doc",
    "make_docs",
    "parse_sentence",
    "parse_sentences",
    "register_backend",
    "repair_heads",
]
