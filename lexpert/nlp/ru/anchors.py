"""Lemma anchors: a substring that every Russian word form with a given lemma contains.

The rule engine annotates a norm only when its text could hold a token pattern's
lemmas.  The anchor of a lemma is the longest string found in the lemma and in every
form the analyser can give that lemma: the forms of its pymorphy3 lexemes (participles
and gerunds included), the forms of ``data/lexicon.tsv`` and the abbreviations.  Words
outside the dictionary get lemmas that keep their own stem, so they hold it too.
Texts and anchors are compared in lower case with ``ё`` written ``е``.

The anchors of the lemmas in the built-in token patterns are kept in :data:`KNOWN`, so
that a check whose draft needs no annotation does not load pymorphy3's dictionary
(~0.1 s of every cold start) only to learn them; ``tests/nlp/ru/test_anchors.py``
recomputes each one and fails when the dictionary or the lexicon changes it.
"""

from __future__ import annotations

from functools import cache

from lexpert.nlp.pipeline import fold

#: lemma -> anchor, as :func:`computed_anchor` gives them (the lemmas of the built-in rules' patterns).
KNOWN = {"кратчайший": "кратчайший", "краткий": "крат", "разумный": "разум", "срок": "срок"}


def lemma_anchor(lemma: str) -> str:
    """The longest substring of ``lemma`` shared by every word form lemmatised as ``lemma``."""
    known = KNOWN.get(fold(lemma))
    return known if known is not None else computed_anchor(lemma)


@cache
def computed_anchor(lemma: str) -> str:
    """:func:`lemma_anchor` worked out from the dictionary, the lexicon and the abbreviations."""
    from lexpert.nlp.ru.abbreviations import ABBREVIATIONS, YEAR
    from lexpert.nlp.ru.analyser import lexicon, morph_analyzer

    lemma = fold(lemma)
    forms = {lemma}
    for parse in morph_analyzer().parse(lemma):
        if fold(parse.normal_form) == lemma:
            forms.update(fold(p.word) for p in parse.lexeme)
    forms.update(form for form, readings in lexicon().items() if any(r.lemma == lemma for r in readings))
    for orth, (norm, _upos) in ABBREVIATIONS.items():
        if fold(norm if " " not in norm else orth) == lemma:
            forms.add(fold(orth))
    if lemma in ("город", "год"):
        forms.add(YEAR)
    return _common_substring(lemma, forms)


def _common_substring(lemma: str, forms: set[str]) -> str:
    for size in range(len(lemma), 0, -1):
        for start in range(len(lemma) - size + 1):
            piece = lemma[start:start + size]
            if all(piece in form for form in forms):
                return piece
    return ""
