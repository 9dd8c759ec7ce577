"""The one entry point to lexpert's NLP: cached pipelines and batched Docs.

spaCy is imported when a pipeline is first built, not with this module, so that a
command that needs no annotation starts without it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from lexpert.errors import LexpertError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LANGUAGES = ("kk", "ru")
DEFAULT_BACKEND = "lexpert"
# Whitespace-separated chunks whose tokenization spaCy's tokenizer remembers (its default,
# 10,000, is exceeded by a few acts; past it every chunk is split again).  About 100 bytes each.
TOKENIZER_CACHE = 200_000


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection inside: building a pipeline allocates a few hundred thousand
    long-lived objects (lexemes, tables, dictionaries) and no garbage, yet each of them
    would trigger collections that walk everything loaded so far."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def get_nlp(lang: str, backend: str = DEFAULT_BACKEND) -> Language:
    """The pipeline for ``lang`` ("kk" or "ru"), built once per process.

    Tokens carry ``lemma_`` (lower case), ``pos_`` (UD), ``morph`` (UD features)
    and sentence starts.  No downloaded model is used.
    """
    from lexpert.nlp.backends import get_backend

    if lang not in LANGUAGES:
        raise LexpertError(None, f"unsupported language {lang!r}", "use kk or ru")
    chosen = get_backend(backend)
    if lang not in chosen.languages:
        raise LexpertError(None, f"the {backend} backend has no {lang!r} pipeline", "choose another backend")
    with _collector_paused():
        nlp = chosen.build(lang)
    tokenizer = getattr(nlp, "tokenizer", None)
    if isinstance(getattr(tokenizer, "max_cache_size", None), int):
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE)
    return nlp


def make_docs(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator[Doc]:
    """Annotated Docs for ``texts``, in order, processed in batches."""
    return get_nlp(lang).pipe(texts, batch_size=batch_size)


def _fold_pairs() -> tuple[tuple[str, str], ...]:
    """Letters that case-insensitive regexes treat as equal (``re._casefix``) → one of them; ``ё`` → ``е``."""
    try:
        from re._casefix import _EXTRA_CASES as extra
    except ImportError:  # pragma: no cover - Python versions without the table
        extra = {}
    pairs = {"ё": "е"}
    for code, others in extra.items():
        same = (code, *others)
        for member in same:
            if member != min(same):
                pairs[chr(member)] = chr(min(same))
    return tuple(sorted(pairs.items()))


_FOLD = _fold_pairs()


def fold(text: str) -> str:
    """A caseless copy of ``text`` with the same length: lower case, ``ё`` as ``е``.

    Letters a case-insensitive regex takes as one (``ſ`` and ``s``, ``ᲀ`` and ``в``) are
    written alike, so a string found in a folded pattern is in the folded text whenever
    the pattern matches the text.  Used to skip norms that cannot match, never to match.
    """
    text = text.replace("\u0130", "i").lower()  # İ is the one letter whose lower case is longer
    for letter, same in _FOLD:
        text = text.replace(letter, same)
    return text


def lemma_anchor(lang: str, lemma: str) -> str | None:
    """A folded substring of every word form the pipeline lemmatises as ``lemma``, or None when unknown."""
    if lang != "ru":
        return None
    from lexpert.nlp.ru.anchors import lemma_anchor as russian

    return russian(lemma)


def make_doc(text: str, lang: str) -> Doc:
    """One annotated Doc."""
    return get_nlp(lang)(text)
