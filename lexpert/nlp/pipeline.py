"""The one entry point to lexpert's NLP: cached pipelines and batched Docs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from lexpert.errors import LexpertError
from lexpert.nlp.backends import get_backend

LANGUAGES = ("kk", "ru")
DEFAULT_BACKEND = "lexpert"


@cache
def get_nlp(lang: str, backend: str = DEFAULT_BACKEND) -> Language:
    """The pipeline for ``lang`` ("kk" or "ru"), built once per process.

    Tokens carry ``lemma_`` (lower case), ``pos_`` (UD), ``morph`` (UD features)
    and sentence starts.  No downloaded model is used.
    """
    if lang not in LANGUAGES:
        raise LexpertError(None, f"unsupported language {lang!r}", "use kk or ru")
    chosen = get_backend(backend)
    if lang not in chosen.languages:
        raise LexpertError(None, f"the {backend} backend has no {lang!r} pipeline", "choose another backend")
    return chosen.build(lang)


def make_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator[Doc]:
    """Annotated Docs for ``texts``, in order, processed in batches."""
    return get_nlp(lang).pipe(texts, batch_size=batch_size)


def make_doc(text: str, lang: str) -> Doc:
    """One annotated Doc."""
    return get_nlp(lang)(text)
