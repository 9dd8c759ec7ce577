"""Kazakh lexical attributes: ``like_num`` for digits, number words and ordinals.

>>> [like_num(w) for w in ("12", "1,5", "екі", "бесінші", "5-ші", "Жиырма", "бап")]
[True, True, True, True, True, True, False]
"""

from __future__ import annotations

import re

from spacy.attrs import LIKE_NUM

_NUM_WORDS = frozenset(
    """
нөл бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс
сексен тоқсан жүз мың миллион миллиард триллион жарты
""".split()
)
_ORDINAL = re.compile(r"^(?P<base>.+?)(?:ыншы|інші|ншы|нші)$")
_NUMERIC_ORDINAL = re.compile(r"^\d+-(?:ші|шы|інші|ыншы|нші|ншы)$")


def like_num(text: str) -> bool:
    """True for digits (1, 1,5, 1.000), Kazakh number words and ordinals."""
    text = text.lower()
    plain = text.replace(",", "").replace(".", "").replace(" ", "")
    if plain.isdigit() or _NUMERIC_ORDINAL.match(text):
        return True
    if text in _NUM_WORDS:
        return True
    ordinal = _ORDINAL.match(text)
    if ordinal:
        base = ordinal.group("base")
        return base in _NUM_WORDS or base + "ы" in _NUM_WORDS or base + "і" in _NUM_WORDS
    return False


LEX_ATTRS = {LIKE_NUM: like_num}
