"""Map morpheme labels to Universal Dependencies features.

>>> features("NOUN", ("PL", "GEN"), "")
'Case=Gen|Number=Plur'
>>> features("VERB", ("NEG", "PRS", "P3"), "Pass")
'Mood=Ind|Person=3|Polarity=Neg|Tense=Pres|VerbForm=Fin|Voice=Pass'
>>> features("NOUN", ("POSS3",), "")
'Case=Nom|Number=Sing|Person[psor]=3'
"""

from __future__ import annotations

from functools import lru_cache

_CASES = {"GEN": "Gen", "ACC": "Acc", "DAT": "Dat", "LOC": "Loc", "ABL": "Abl",
          "INS": "Ins", "EQU": "Equ", "ABE": "Abe"}
_PERSON = {"1SG": ("1", "Sing"), "2SG": ("2", "Sing"), "1PL": ("1", "Plur"),
           "2PL": ("2", "Plur"), "3": ("3", "")}
_FIXED: dict[str, dict[str, str]] = {
    "PL": {"Number": "Plur"},
    "NEG": {"Polarity": "Neg"},
    "PRS": {"Mood": "Ind", "Tense": "Pres", "VerbForm": "Fin"},
    "PAST": {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"},
    "COND": {"Mood": "Cnd", "VerbForm": "Fin"},
    "CONV_A": {"VerbForm": "Conv"},
    "CONV_P": {"VerbForm": "Conv", "Aspect": "Perf"},
    "PTCP_PAST": {"VerbForm": "Part", "Tense": "Past"},
    "PTCP_HAB": {"VerbForm": "Part", "Aspect": "Hab"},
    "PTCP_FUT": {"VerbForm": "Part", "Tense": "Fut"},
    "PTCP_INT": {"VerbForm": "Part", "Aspect": "Prosp"},
    "VN": {"VerbForm": "Vnoun"},
}
_CASE_BEARING = frozenset({"NOUN", "PROPN", "PRON"})


def _label_feats(label: str) -> dict[str, str]:
    if label in _FIXED:
        return _FIXED[label]
    if label in _CASES:
        return {"Case": _CASES[label]}
    prefixes = (("POSS", None), ("PRED", None), ("IMP", {"Mood": "Imp", "VerbForm": "Fin"}), ("P", None))
    for prefix, extra in prefixes:
        if label.startswith(prefix) and label[len(prefix):] in _PERSON:
            person, number = _PERSON[label[len(prefix):]]
            if prefix == "POSS":
                feats = {"Person[psor]": person}
                if number:
                    feats["Number[psor]"] = number
                return feats
            feats = dict(extra or {})
            feats["Person"] = person
            if number:
                feats["Number"] = number
            return feats
    return {}


@lru_cache(maxsize=65_536)
def features(upos: str, labels: tuple[str, ...], voice: str) -> str:
    """The UD feature string of a reading."""
    feats: dict[str, str] = {}
    for label in labels:
        feats.update(_label_feats(label))
    if voice:
        feats["Voice"] = voice
    if upos in _CASE_BEARING or (upos == "ADJ" and "Case" in feats):
        feats.setdefault("Case", "Nom")
        feats.setdefault("Number", "Sing")
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))
