"""Token-per-line renderings of annotated Docs: CoNLL-U (columns 1–6) and TSV."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

_CHUNK_CHARS = 100_000


def _feats(token) -> str:
    return str(token.morph) or "_"


def to_conllu(docs: Iterable[Doc]) -> Iterator[str]:
    """CoNLL-U lines: ``# sent_id``/``# text``, one word per line, a blank line after each sentence.

    Columns 7–10 (head, relation, enhanced graph, misc) are ``_``; whitespace tokens are left out.
    """
    number = 0
    for doc in docs:
        for sentence in doc.sents:
            words = [token for token in sentence if not token.is_space]
            if not words:
                continue
            number += 1
            yield f"# sent_id = {number}"
            yield "# text = " + " ".join(sentence.text.split())
            for index, token in enumerate(words, 1):
                form = token.text
                yield f"{index}\t{form}\t{token.lemma_ or '_'}\t{token.pos_ or 'X'}\t_\t{_feats(token)}\t_\t_\t_\t_"
            yield ""


def to_tsv(docs: Iterable[Doc]) -> Iterator[str]:
    """One word per line: form, lemma, UPOS, features (tab separated)."""
    for doc in docs:
        for token in doc:
            if not token.is_space:
                yield f"{token.text}\t{token.lemma_}\t{token.pos_}\t{_feats(token)}"


def chunks(text: str, size: int = _CHUNK_CHARS) -> Iterator[str]:
    """``text`` cut at line ends into pieces of at most about ``size`` characters."""
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= size else text.rfind("\n", start, start + size) + 1
        if end <= start:
            end = start + size
        yield text[start:end]
        start = end


def annotate(text: str, lang: str, fmt: str = "conllu") -> Iterator[str]:
    """The lines of ``text`` annotated in ``lang``, in format ``fmt`` ("conllu" or "tsv")."""
    from lexpert.nlp.pipeline import make_docs

    docs = make_docs(chunks(text), lang, batch_size=8)
    return to_conllu(docs) if fmt == "conllu" else to_tsv(docs)
