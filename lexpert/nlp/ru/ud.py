"""Conversion of pymorphy3 (OpenCorpora) tags into UD parts of speech and features."""

from __future__ import annotations

from pymorphy3.analyzer import Parse

_POS = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADV", "VERB": "VERB", "INFN": "VERB",
    "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
    "PRED": "ADV", "PREP": "ADP", "CONJ": "SCONJ", "PRCL": "PART", "INTJ": "INTJ",
}
COORDINATORS = frozenset({"и", "или", "а", "но", "либо", "да", "однако", "зато"})
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})

_FEATURES = {
    "nomn": ("Case", "Nom"), "gent": ("Case", "Gen"), "gen2": ("Case", "Gen"), "datv": ("Case", "Dat"),
    "accs": ("Case", "Acc"), "acc2": ("Case", "Acc"), "ablt": ("Case", "Ins"), "loct": ("Case", "Loc"),
    "loc2": ("Case", "Loc"), "voct": ("Case", "Voc"),
    "sing": ("Number", "Sing"), "plur": ("Number", "Plur"),
    "masc": ("Gender", "Masc"), "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"),
    "anim": ("Animacy", "Anim"), "inan": ("Animacy", "Inan"),
    "perf": ("Aspect", "Perf"), "impf": ("Aspect", "Imp"),
    "past": ("Tense", "Past"), "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"),
    "indc": ("Mood", "Ind"), "impr": ("Mood", "Imp"),
    "1per": ("Person", "1"), "2per": ("Person", "2"), "3per": ("Person", "3"),
    "actv": ("Voice", "Act"), "pssv": ("Voice", "Pass"),
    "Supr": ("Degree", "Sup"), "Abbr": ("Abbr", "Yes"),
}
_VERB_FORM = {"VERB": "Fin", "INFN": "Inf", "PRTF": "Part", "PRTS": "Part", "GRND": "Conv"}


def upos(parse: Parse) -> str:
    """The UD part of speech of a pymorphy3 parse."""
    tag = parse.tag
    pos = tag.POS
    if pos is None:
        return "X"
    if pos == "NOUN" and _PROPER & tag.grammemes:
        return "PROPN"
    if parse.normal_form == "один":
        return "NUM"
    if pos == "ADJF" and "Apro" in tag:
        return "PRON" if parse.normal_form in ("который", "какой", "чей") else "DET"
    if pos == "CONJ" and parse.normal_form in COORDINATORS:
        return "CCONJ"
    if pos in ("VERB", "INFN") and parse.normal_form == "быть":
        return "AUX"
    return _POS[pos]


def features(parse: Parse, pos: str) -> dict[str, str]:
    """UD features of a pymorphy3 parse whose part of speech is ``pos``."""
    tag = parse.tag
    feats: dict[str, str] = {}
    for grammeme in tag.grammemes:
        pair = _FEATURES.get(grammeme)
        if pair is not None:
            feats[pair[0]] = pair[1]
    opencorpora_pos = tag.POS
    if pos not in ("NOUN", "PROPN", "PRON") and feats.get("Case") != "Acc":
        feats.pop("Animacy", None)
    if opencorpora_pos in _VERB_FORM:
        feats["VerbForm"] = _VERB_FORM[opencorpora_pos]
    if opencorpora_pos in ("ADJS", "PRTS"):
        feats["Variant"] = "Short"
    if opencorpora_pos == "COMP":
        feats["Degree"] = "Cmp"
    elif pos == "ADJ" and "Degree" not in feats:
        feats["Degree"] = "Pos"
    if feats.get("Number") == "Plur" and pos != "PRON":
        feats.pop("Gender", None)
    return feats


def feats_string(feats: dict[str, str]) -> str:
    """``Case=Nom|Number=Sing`` in UD order (sorted by feature name)."""
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats))
