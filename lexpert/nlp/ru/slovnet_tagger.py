"""slovnet's neural morphology tag, used to pick among pymorphy3 readings."""

from __future__ import annotations

from lexpert.nlp.ru.analyser import Reading
from lexpert.nlp.ru.slovnet_models import morph_tagger

# UPOS pairs that name the same word class in slovnet and in our pymorphy3 mapping.
_COMPATIBLE = {
    ("ADJ", "DET"), ("DET", "ADJ"), ("DET", "PRON"), ("PRON", "DET"), ("NOUN", "PROPN"),
    ("PROPN", "NOUN"), ("ADJ", "VERB"), ("VERB", "AUX"), ("AUX", "VERB"), ("ADV", "ADJ"),
}


def tag_sentences(sentences: list[list[str]]) -> list[list[tuple[str, dict[str, str]]]]:
    """(UPOS, features) of every word of every sentence."""
    tagged = []
    for markup in morph_tagger().map(sentences):
        tagged.append([(token.pos, dict(token.feats)) for token in markup.tokens])
    return tagged


def best_match(readings: tuple[Reading, ...], tag: tuple[str, dict[str, str]]) -> int:
    """Index of the reading closest to slovnet's tag (pymorphy3 score breaks ties)."""
    upos, feats = tag
    best, best_score = 0, float("-inf")
    for index, reading in enumerate(readings):
        value = reading.score
        if reading.upos == upos:
            value += 2.0
        elif (reading.upos, upos) in _COMPATIBLE:
            value += 1.5
        if reading.case is not None and reading.case == feats.get("Case"):
            value += 1.0
        if reading.agreement is not None and reading.agreement[1] == feats.get("Number"):
            value += 0.5
        if value > best_score:
            best, best_score = index, value
    return best
