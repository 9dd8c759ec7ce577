"""Lazy Russian dependency syntax: slovnet run on the sentences a rule asks for.

slovnet is loaded on first use and fed spaCy's tokens (not razdel's), so the
parse lines up with the Doc.  slovnet picks each head by argmax, which can give
cycles or several roots; :func:`repair_heads` turns that into a tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from lexpert.errors import LexpertError

ROOT = "ROOT"
UNKNOWN = "dep"


def repair_heads(heads: list[int]) -> list[int]:
    """A valid tree from CoNLL-style heads (1-based, 0 = root).

    Self-loops and out-of-range heads, extra roots and every cycle are attached
    to the root; the first root is kept, or the first cycle member becomes it.
    """
    size = len(heads)
    fixed = [head if 0 <= head <= size and head != i + 1 else -1 for i, head in enumerate(heads)]
    root = next((i + 1 for i, head in enumerate(fixed) if head == 0), 0)
    for i, head in enumerate(fixed):
        if head == -1 or (head == 0 and i + 1 != root):
            if root:
                fixed[i] = root
            else:
                root, fixed[i] = i + 1, 0
    for start in range(1, size + 1):
        path: list[int] = []
        node = start
        while node and node not in path:
            path.append(node)
            node = fixed[node - 1]
        if node:  # came back to a node of the path: a cycle
            member = min(path[path.index(node):])
            if root:
                fixed[member - 1] = root
            else:
                root, fixed[member - 1] = member, 0
    return fixed


def parse_sentences(sentences: Iterable[Span | Doc]) -> list[Doc]:
    """One parsed Doc per sentence (heads and UD relations, plus the token attributes)."""
    from lexpert.nlp.ru.slovnet_models import syntax_parser

    spans = [sentence[:] if isinstance(sentence, Doc) else sentence for sentence in sentences]
    for span in spans:
        if span.doc.lang_ != "ru":
            raise LexpertError(None, f"no dependency parser for language {span.doc.lang_!r}", "syntax is Russian only")
    words = [[t.i for t in span if not t.is_space] for span in spans]
    texts = [[span.doc[i].text for i in ids] for span, ids in zip(spans, words) if ids]
    markups = iter(syntax_parser().map(texts) if texts else [])
    return [_to_doc(span, ids, next(markups).tokens if ids else []) for span, ids in zip(spans, words)]


def parse_sentence(sentence: Span | Doc) -> Doc:
    """The parsed Doc of one sentence (a Span, or a Doc taken as one sentence)."""
    return parse_sentences([sentence])[0]


def _to_doc(span: Span, word_ids: list[int], parsed: list[Any]) -> Doc:
    """A Doc of the span's tokens with slovnet's (repaired) tree; whitespace hangs on the word before it."""
    raw_heads = [int(token.head_id) for token in parsed]
    heads = repair_heads(raw_heads)
    relations = {}
    for position, (token, head) in enumerate(zip(parsed, heads)):
        if head == 0:
            relations[position] = ROOT
        elif token.rel == "root" or head != raw_heads[position]:
            relations[position] = UNKNOWN
        else:
            relations[position] = token.rel
    offset = span.start
    word_position = {doc_index - offset: position for position, doc_index in enumerate(word_ids)}
    tokens = list(span)
    abs_heads, deps = [], []
    last_word = None
    for local, token in enumerate(tokens):
        position = word_position.get(local)
        if position is None:  # whitespace: attach to the word before it, or the first word
            if last_word is not None:
                anchor = last_word
            else:
                anchor = word_ids[0] - offset if word_ids else local
            abs_heads.append(anchor)
            deps.append(UNKNOWN if anchor != local else ROOT)
            continue
        head = heads[position]
        abs_heads.append(word_ids[head - 1] - offset if head else local)
        deps.append(relations[position])
        last_word = local
    spaces = [bool(t.whitespace_) for t in tokens]
    if spaces:
        spaces[-1] = False  # the sentence ends here
    return Doc(
        span.doc.vocab,
        words=[t.text for t in tokens],
        spaces=spaces,
        lemmas=[t.lemma_ for t in tokens],
        pos=[t.pos_ or "X" for t in tokens],
        morphs=[str(t.morph) for t in tokens],
        heads=abs_heads,
        deps=deps,
    )
