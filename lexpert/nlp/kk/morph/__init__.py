"""Kazakh morphological analyser: suffixes, vowel harmony, a stem lexicon and a guesser.

>>> lemmatize("органдардың"), lemmatize("тармағының"), lemmatize("берілген")
('орган', 'тармақ', 'беріл')
>>> best = analyse("шешімдерін")[0]
>>> best.lemma, best.upos, best.feats
('шешім', 'NOUN', 'Case=Acc|Number=Plur|Person[psor]=3')
"""

from __future__ import annotations

from .analyser import Analysis, analyse_lower
from .disambiguation import choose

__all__ = ["Analysis", "analyse", "choose", "lemmatize"]


def analyse(word: str) -> list[Analysis]:
    """All readings of ``word``, best first; the word is lower-cased first."""
    return list(analyse_lower(word.lower()))


def lemmatize(word: str) -> str:
    """The lemma of the best reading of ``word`` (lower case)."""
    return analyse_lower(word.lower())[0].lemma
