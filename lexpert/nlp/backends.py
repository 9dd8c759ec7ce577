"""Pipeline backends: a name → how to build the spaCy pipeline for a language.

The built-in ``lexpert`` backend uses blank spaCy languages and our own components;
an optional backend (stanza with user-supplied models, for instance) registers
itself with :func:`register_backend` and is then selectable by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.language import Language

from lexpert.errors import LexpertError

KAZAKH_HEADINGS = ["бап", "тарау", "бөлім", "параграф", "§"]
RUSSIAN_HEADINGS = ["статья", "глава", "раздел", "подраздел", "параграф", "§", "часть"]
KAZAKH_FINAL_ABBREVIATIONS = ["т.б.", "т.с.с.", "т. б.", "т. с. с."]


class Backend(Protocol):
    """Something that builds a pipeline whose tokens carry lemma, pos, morph and sentence starts."""

    name: str
    languages: frozenset[str]

    def build(self, lang: str) -> Language:
        """A new pipeline for ``lang`` (one of :attr:`languages`)."""
        ...


@dataclass(frozen=True)
class LexpertBackend:
    """Blank ``ru`` with pymorphy3 morphology, or our ``kk`` with our analyser."""

    name: str = "lexpert"
    languages: frozenset[str] = frozenset({"kk", "ru"})

    def build(self, lang: str) -> Language:
        if lang == "ru":
            return build_russian()
        return _build_kazakh()


def build_russian(tagger: str = "heuristic") -> Language:
    """The Russian pipeline; ``tagger`` is "heuristic" (default, fast) or "slovnet"."""
    from lexpert.nlp import sentences  # noqa: F401  (registers "legal_sentences")
    from lexpert.nlp.ru import LegalRussian, component  # noqa: F401  (registers "ru_morph")
    from lexpert.nlp.ru.tokenizer_exceptions import SENTENCE_FINAL

    nlp = LegalRussian()
    nlp.add_pipe(
        "legal_sentences",
        config={"heading_words": RUSSIAN_HEADINGS, "final_abbreviations": sorted(SENTENCE_FINAL)},
    )
    nlp.add_pipe("ru_morph", config={"tagger": tagger})
    return nlp


def _build_kazakh() -> Language:
    import spacy

    from lexpert.nlp import kk  # noqa: F401  (registers language "kk" and "kk_morph")
    from lexpert.nlp import sentences  # noqa: F401  (registers "legal_sentences")

    nlp = spacy.blank("kk")
    nlp.add_pipe(
        "legal_sentences",
        config={"heading_words": KAZAKH_HEADINGS, "final_abbreviations": KAZAKH_FINAL_ABBREVIATIONS},
    )
    nlp.add_pipe("kk_morph")
    return nlp


_BACKENDS: dict[str, Backend] = {}


def register_backend(backend: Backend) -> None:
    """Make ``backend`` selectable by its name."""
    _BACKENDS[backend.name] = backend


def get_backend(name: str) -> Backend:
    """The backend registered as ``name``."""
    try:
        return _BACKENDS[name]
    except KeyError:
        known = ", ".join(sorted(_BACKENDS))
        raise LexpertError(None, f"unknown NLP backend {name!r}", f"use one of: {known}") from None


register_backend(LexpertBackend())
