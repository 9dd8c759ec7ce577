"""lexpert's NLP layer: spaCy pipelines for Kazakh and Russian legal text.

``get_nlp``/``make_docs``/``make_doc`` give Docs whose tokens carry lemma, UD part
of speech, UD features and sentence starts; ``parse_sentence`` adds a Russian
dependency parse to the sentences a rule asks for.

The names are resolved on first use (PEP 562), so importing this package does not
import spaCy: a command that annotates nothing starts without it.  When spaCy is
imported, its command-line package (``spacy.cli``: typer, weasel, requests, httpx —
a third of spaCy's import time, never used by lexpert) is replaced by a stand-in
that loads the real one on first attribute access (:mod:`lexpert.nlp._spacy_cli`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from lexpert.nlp._spacy_cli import defer_spacy_cli

defer_spacy_cli()

if TYPE_CHECKING:
    from lexpert.nlp.backends import Backend, get_backend, register_backend
    from lexpert.nlp.pipeline import LANGUAGES, get_nlp, make_doc, make_docs
    from lexpert.nlp.syntax import parse_sentence, parse_sentences, repair_heads

_HOMES = {
    "Backend": "lexpert.nlp.backends",
    "get_backend": "lexpert.nlp.backends",
    "register_backend": "lexpert.nlp.backends",
    "LANGUAGES": "lexpert.nlp.pipeline",
    "get_nlp": "lexpert.nlp.pipeline",
    "make_doc": "lexpert.nlp.pipeline",
    "make_docs": "lexpert.nlp.pipeline",
    "parse_sentence": "lexpert.nlp.syntax",
    "parse_sentences": "lexpert.nlp.syntax",
    "repair_heads": "lexpert.nlp.syntax",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
