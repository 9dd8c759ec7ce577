"""Choose one reading per token from its neighbours.

Only readings close to the best context-free score compete; small bonuses then decide:
an adjective before a nominal and an accusative before a verb (заңды тұлға / заңды
бұзу), a postposition after a nominal, a nominal before a postposition, a participle
before a noun, a finite verb at the end of a clause.

>>> from lexpert.nlp.kk.morph import analyse
>>> words = ["заңды", "тұлға", "заңды", "бұзды"]
>>> [(a.lemma, a.upos) for a in choose([analyse(w) for w in words], [False, False, False, True])]
[('заңды', 'ADJ'), ('тұлға', 'NOUN'), ('заң', 'NOUN'), ('бұз', 'VERB')]
"""

from __future__ import annotations

from collections.abc import Sequence

from .analyser import Analysis

MARGIN = 2.5
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM", "DET"})


def _context_bonus(
    reading: Analysis, prev: Analysis | None, nxt: Analysis | None, clause_end: bool
) -> float:
    feats = reading.feats
    bonus = 0.0
    next_nominal = nxt is not None and nxt.upos in {"NOUN", "PROPN", "ADJ", "NUM"}
    next_verb = nxt is not None and nxt.upos in {"VERB", "AUX"}
    if reading.upos == "ADJ" and "Case=" not in feats:
        bonus += 3 if next_nominal else -3 if next_verb or clause_end else 0
    if "Case=Acc" in feats:
        bonus += 3 if next_verb or clause_end else 0
    if reading.upos == "ADP":
        bonus += 3 if prev is not None and prev.upos in _NOMINAL | {"VERB"} else -3
    if nxt is not None and nxt.upos == "ADP" and (reading.upos in _NOMINAL or "VerbForm=Vnoun" in feats):
        bonus += 2
    if "VerbForm=Part" in feats and "Case=" not in feats and next_nominal:
        bonus += 2
    if "VerbForm=Fin" in feats:
        bonus += 3 if clause_end else -1
    return bonus


def _signature(reading: Analysis) -> tuple[bool, ...]:
    """The properties `_context_bonus` looks at."""
    feats = reading.feats
    return (
        reading.upos == "ADJ" and "Case=" not in feats,
        "Case=Acc" in feats,
        reading.upos == "ADP",
        reading.upos in _NOMINAL or "VerbForm=Vnoun" in feats,
        "VerbForm=Part" in feats and "Case=" not in feats,
        "VerbForm=Fin" in feats,
    )


def context_matters(options: Sequence[Analysis]) -> bool:
    """True if neighbours could change which of these readings `pick` returns."""
    best = options[0]
    rivals = [a for a in options[1:] if a.score >= best.score - MARGIN]
    return any(_signature(a) != _signature(best) for a in rivals)


def pick(
    options: Sequence[Analysis], prev: Analysis | None, nxt: Analysis | None, clause_end: bool
) -> Analysis:
    """The best of one token's readings given its neighbours' readings."""
    best = options[0]
    rivals = [a for a in options[1:] if a.score >= best.score - MARGIN]
    if not rivals:
        return best
    return max((best, *rivals), key=lambda a: a.score + _context_bonus(a, prev, nxt, clause_end))


def choose(readings: Sequence[Sequence[Analysis]], clause_end: Sequence[bool]) -> list[Analysis]:
    """Pick one reading per token; ``clause_end[i]`` marks a token before . ; : ! ? or the end."""
    chosen: list[Analysis] = []
    for i, options in enumerate(readings):
        prev = chosen[i - 1] if i else None
        nxt = readings[i + 1][0] if i + 1 < len(readings) else None
        chosen.append(pick(options, prev, nxt, clause_end[i]))
    return chosen
