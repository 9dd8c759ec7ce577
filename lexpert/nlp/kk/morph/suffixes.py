"""Inflectional suffix tables and the ending tables generated from them.

Each suffix maps the final sound class of what precedes it (see
:func:`phonology.final_class`) to a template. Endings are generated forward, suffix by
suffix, for every (harmony, final class) of a stem, so analysis is one dictionary look-up
per split of the word.

>>> sorted(e for e in nominal_endings("back", "N") if e in ("дардың", "ның", "ына", "ындағы"))
['дардың', 'ның', 'ына', 'ындағы']
>>> nominal_endings("front", "K")["тері"]
[(('PL', 'тер'), ('POSS3', 'і'))]
>>> verbal_endings("front", "L")["мейді"]
[(('NEG', 'ме'), ('PRS', 'й'), ('P3', 'ді'))]
>>> (('PTCP_PAST', 'ған'), ('LOC', 'да')) in verbal_endings("back", "L")["ғанда"]
True
"""

from __future__ import annotations

from functools import cache

from .phonology import final_class, realise

Table = dict[str, str]

_ALL = "VGLNZK"


def _by_class(**templates: str) -> Table:
    """Expand ``V="..", GLNZ=".."`` keyword groups into a class → template table."""
    table: Table = {}
    for classes, template in templates.items():
        for cls in classes:
            table[cls] = template
    return table


PLURAL = _by_class(VG="лAр", LNZ="дAр", K="тAр")
POSSESSIVE: dict[str, Table] = {
    "POSS1SG": _by_class(V="м", GLNZK="Iм"),
    "POSS2SG": _by_class(V="ң", GLNZK="Iң"),
    "POSS1PL": _by_class(V="мIз", GLNZK="IмIз"),
    "POSS2PL": _by_class(V="ңIз", GLNZK="IңIз"),
    "POSS3": _by_class(V="сI", GLNZK="I"),
}
CASE: dict[str, Table] = {
    "GEN": _by_class(VN="нIң", GLZ="дIң", K="тIң"),
    "ACC": _by_class(V="нI", GLNZ="дI", K="тI"),
    "DAT": _by_class(VGLNZ="ҒA", K="ҚA"),
    "LOC": _by_class(VGLNZ="дA", K="тA"),
    "ABL": _by_class(VGLZ="дAн", N="нAн", K="тAн"),
    "INS": _by_class(VGLN="мен", Z="бен", K="пен"),
    "EQU": _by_class(VGLNZK="шA"),
    "ABE": _by_class(VGLNZK="сIз"),
}
CASE_AFTER_POSS3 = {
    "GEN": "нIң", "ACC": "н", "DAT": "нA", "LOC": "ндA", "ABL": "нAн",
    "INS": "мен", "EQU": "ншA", "ABE": "нсIз",
}
DATIVE_AFTER_POSS12SG = "A"
ATTRIBUTIVE = _by_class(VGLNZ="ҒI", K="ҚI")
PREDICATIVE: dict[str, Table] = {
    "PRED1SG": _by_class(VGL="мIн", NZ="бIн", K="пIн"),
    "PRED1PL": _by_class(VGL="мIз", NZ="бIз", K="пIз"),
    "PRED2SG": _by_class(VGLNZK="сIң"),
}

NEGATION = _by_class(VGL="мA", NZ="бA", K="пA")
PRESENT_PERSON = {"P3": "дI", "P1SG": "мIн", "P2SG": "сIң", "P1PL": "мIз", "P2PL": "сIз"}
PAST_PERSON = {"P3": "", "P1SG": "м", "P2SG": "ң", "P1PL": "Қ", "P2PL": "ңIз"}
FINITE: dict[str, Table] = {
    "PRS": _by_class(V="й", GLNZK="A"),
    "PAST": _by_class(VGLNZ="дI", K="тI"),
    "COND": _by_class(VGLNZK="сA"),
}
NONFINITE: dict[str, Table] = {
    "CONV_A": _by_class(V="й", GLNZK="A"),
    "CONV_P": _by_class(V="п", GLNZK="Iп"),
    "IMP3": _by_class(VGLNZK="сIн"),
    "IMP2PL": _by_class(V="ңIз", GLNZK="IңIз"),
    "IMP1SG": _by_class(V="йIн", GLNZK="AйIн"),
    "IMP1PL": _by_class(V="йIҚ", GLNZK="AйIҚ"),
}
NOMINALISING: dict[str, Table] = {
    "PTCP_PAST": _by_class(VGLNZ="ҒAн", K="ҚAн"),
    "PTCP_HAB": _by_class(V="йтIн", GLNZK="AтIн"),
    "PTCP_FUT": _by_class(V="р", GLNZK="Aр"),
    "PTCP_INT": _by_class(VGL="мAҚ", NZ="бAҚ", K="пAҚ"),
    "VN": _by_class(VGLNZK="у"),
}
NEGATED_FUTURE_PARTICIPLE = "с"
FACTIVE = "дIҚ"
"""-дық after a participle: the fact of the action (берілгендігі, болғандықтан)."""

Morph = tuple[str, str]
"""A morpheme: its label (``PL``, ``GEN``, ``PTCP_PAST`` …) and its surface."""
Chain = tuple[Morph, ...]
Endings = dict[str, list[Chain]]


_VOICING = {"қ": "ғ", "к": "г", "п": "б"}
_VOWELS = frozenset("аәеоөұүыіу")
"""Vowels that voice a preceding suffix-final қ/к/п."""


def _join(chain: Chain, label: str, surface: str) -> Chain:
    """Append a morpheme, voicing a suffix-final қ/к/п before a vowel (-дық + ы → -дығы)."""
    if chain and surface and surface[0] in _VOWELS:
        last_label, last = chain[-1]
        if last and last[-1] in _VOICING:
            chain = chain[:-1] + ((last_label, last[:-1] + _VOICING[last[-1]]),)
    return chain + ((label, surface),)


def _add(endings: Endings, chain: Chain) -> None:
    chains = endings.setdefault("".join(surface for _, surface in chain), [])
    if chain not in chains:
        chains.append(chain)


def _extend_nominal(endings: Endings, h: str, chain: Chain, cls: str) -> None:
    """Add every nominal continuation (PL → POSS → CASE → -ғы, predicative) of ``chain``."""
    _add(endings, chain)
    plural = _join(chain, "PL", realise(PLURAL[cls], h))
    _add(endings, plural)
    for base, base_cls in ((chain, cls), (plural, "G")):
        options: list[tuple[Chain, str, str | None]] = [(base, base_cls, None)]
        for label, table in POSSESSIVE.items():
            possessed = _join(base, label, realise(table[base_cls], h))
            _add(endings, possessed)
            options.append((possessed, final_class(possessed[-1][1]), label))
        for form, form_cls, poss in options:
            for case, table in CASE.items():
                if poss == "POSS3":
                    suffix = CASE_AFTER_POSS3[case]
                elif case == "ABE" and poss is None:
                    continue
                elif case == "DAT" and poss in ("POSS1SG", "POSS2SG"):
                    suffix = DATIVE_AFTER_POSS12SG
                else:
                    suffix = table[form_cls]
                cased = _join(form, case, realise(suffix, h))
                _add(endings, cased)
                if case == "LOC":
                    _add(endings, cased + (("ATTR", realise("ҒI", h)),))
            if poss is None:
                _add(endings, _join(form, "ATTR", realise(ATTRIBUTIVE[form_cls], h)))
                for label, table in PREDICATIVE.items():
                    _add(endings, _join(form, label, realise(table[form_cls], h)))


@cache
def nominal_endings(h: str, cls: str) -> Endings:
    """All nominal endings (with their morpheme chains) after a stem of this class."""
    endings: Endings = {}
    _extend_nominal(endings, h, (), cls)
    return endings


def _extend_verbal(endings: Endings, h: str, form: Chain, cls: str) -> None:
    """Add ``form`` followed by every nominal ending of a ``cls`` stem (as `_extend_nominal` would)."""
    label, last = form[-1]
    voiced = form
    if last and last[-1] in _VOICING:
        voiced = form[:-1] + ((label, last[:-1] + _VOICING[last[-1]]),)
    plain_text, voiced_text = "".join(s for _, s in form), "".join(s for _, s in voiced)
    for ending, chains in nominal_endings(h, cls).items():
        for chain in chains:
            if chain and chain[0][1][:1] in _VOWELS:
                text, chain = voiced_text + ending, voiced + chain
            else:
                text, chain = plain_text + ending, form + chain
            found = endings.setdefault(text, [])
            if chain not in found:
                found.append(chain)


@cache
def verbal_endings(h: str, cls: str) -> Endings:
    """All verbal endings after a verb stem of this class, nominal continuations included."""
    endings: Endings = {}
    for negated in (False, True):
        base: Chain = ()
        c = cls
        if negated:
            base, c = (("NEG", realise(NEGATION[cls], h)),), "V"
        for label, table in FINITE.items():
            tam = base + ((label, realise(table[c], h)),)
            persons = PRESENT_PERSON if label == "PRS" else PAST_PERSON
            for person, suffix in persons.items():
                _add(endings, tam + ((person, realise(suffix, h)),))
        for label, table in NONFINITE.items():
            _add(endings, base + ((label, realise(table[c], h)),))
        for label, table in NOMINALISING.items():
            if negated and label == "PTCP_INT":
                continue
            suffix = NEGATED_FUTURE_PARTICIPLE if negated and label == "PTCP_FUT" else table[c]
            form = base + ((label, realise(suffix, h)),)
            _extend_verbal(endings, h, form, final_class(form[-1][1]))
            if label in ("PTCP_PAST", "PTCP_HAB"):
                fact = form + (("FACT", realise(FACTIVE, h)),)
                _extend_verbal(endings, h, fact, "K")
    return endings


@cache
def max_ending_length() -> int:
    """Length of the longest generated ending."""
    return max(
        len(e)
        for h in ("back", "front")
        for cls in _ALL
        for table in (nominal_endings(h, cls), verbal_endings(h, cls))
        for e in table
    )
