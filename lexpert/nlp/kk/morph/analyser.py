"""Suffix analysis of one Kazakh word: every split into a stem and a generated ending.

A split is kept when the ending is one the stem's harmony and final sound allow, and
the stem is listed, derived from a listed stem (voice, denominal -ЛА, -ушы, -лық, -лы,
ordinals) or, when nothing known fits, plausible to the guesser. Readings are ranked:
listed forms, then listed stems, then derived stems, then guesses; fewer and more common
morphemes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .features import features
from .lexicon import load_lexicon
from .phonology import VOWELS, devoice, final_class, harmony, has_vowel
from .suffixes import Chain, max_ending_length, nominal_endings, verbal_endings
from .wordforms import derived_nominal_pos, verb_stem_voices

LISTED_FORM, LISTED_STEM, DERIVED_STEM = 100.0, 30.0, 20.0
_EXTRA_COST = {
    "PRED1SG": 4, "PRED1PL": 4, "PRED2SG": 4, "PTCP_FUT": 2.5, "PTCP_INT": 1.5,
    "IMP2PL": 3, "IMP1SG": 3, "IMP1PL": 3, "IMP3": 0.5, "POSS1SG": 2, "POSS2SG": 2.5,
    "POSS1PL": 1.5, "POSS2PL": 2.5, "EQU": 0.5, "ABE": 0.5, "CONV_A": 1, "P1SG": 3,
    "P2SG": 3, "P1PL": 3, "P2PL": 3, "COND": 0.5, "ATTR": 0.3,
}
_VERB_SHAPE = re.compile(
    r"(?:[лдт][ае]|[лдт][ае][нс]|[ыі][лн]|[аеоөұүәя]л|[дт][ыі]р|[ғгқк][ыі]з|[аеыіоұ]т)$"
)
_SURNAME = re.compile(r"..(?:ов|ев|ова|ева|баев|ұлы|қызы)$")
_VERBAL_EVIDENCE = frozenset({"VN", "NEG", "PTCP_HAB", "CONV_P", "PTCP_PAST"})
"""Guessed verbs need a verb-like stem unless the ending itself is unmistakably verbal."""
_ORDINAL = re.compile(r"(?:ншы|нші)$")
_LYQ = re.compile(r"[лдт][ыі][қк]$")
_CLOSED_POS = frozenset({"ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "PART", "SCONJ"})


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word form.

    ``feats`` is a UD feature string (``Case=Gen|Number=Plur``); ``morphemes`` is the
    segmentation (``("орган", "дар", "дың")``) and ``labels`` names each suffix.
    """

    lemma: str
    upos: str
    feats: str
    morphemes: tuple[str, ...]
    labels: tuple[str, ...]
    score: float
    source: str
    """``form`` (listed whole), ``lexicon``, ``derived`` or ``guess``."""

    @property
    def feats_dict(self) -> dict[str, str]:
        """The features as a dict."""
        return dict(pair.split("=", 1) for pair in self.feats.split("|")) if self.feats else {}


def _cost(chain: Chain) -> float:
    return sum((1 if surface else 0) + _EXTRA_COST.get(label, 0) for label, surface in chain)


def _reliability(stem: str, chain: Chain) -> float:
    """How much evidence a guessed ending gives that it really is an ending.

    A lone -ы/-і after л is more often the adjective suffix -лы (тегжейлі) than a
    possessive, and -ғы straight after a vowel is rare.
    """
    gain = sum(1.5 if len(s) > 1 else 0.4 if s else 0 for _, s in chain)
    gain -= sum(_EXTRA_COST.get(label, 0) for label, _ in chain)
    first = chain[0][0] if chain else ""
    if first == "POSS3" and stem.endswith("л"):
        gain -= 1
    if first == "ATTR" and stem[-1] in VOWELS:
        gain -= 1.5
    return gain


def _make(
    lemma: str, upos: str, stem: str, chain: Chain, score: float, source: str, voice: str = ""
) -> Analysis:
    labels = tuple(label for label, _ in chain)
    morphemes = (stem, *(s for _, s in chain if s))
    if upos == "VERB" and labels[:2] == ("VN", "PL"):
        # a plural verbal noun names things: зерттеулер → зерттеу NOUN
        lemma = lemma[:-1] + "ю" if lemma.endswith("й") else lemma + "у"
        upos, labels, voice = "NOUN", labels[1:], ""
    elif upos == "ADJ" and "PL" in labels:
        upos = "NOUN"  # a plural adjective names people or things: жұмыссыздар
    return Analysis(lemma, upos, features(upos, labels, voice), morphemes, labels, score, source)


def _nominal_readings(
    word: str, lemma: str, upos: str, surface: str, chains: Sequence[Chain]
) -> list[Analysis]:
    """Readings of a listed nominal stem, with the lexicalisations inflection brings.

    -ғы on an adjective or adverb is a new adjective (төменгі); an ordinal in the
    ablative is an adverb (үшіншіден); a -лық adjective with a possessive is a noun
    (әкімшілігі).
    """
    out = []
    for chain in chains:
        labels = [label for label, _ in chain]
        if labels == ["ATTR"] and upos in ("ADJ", "ADV"):
            out.append(_make(word, "ADJ", word, (), DERIVED_STEM, "derived"))
        elif labels == ["ABL"] and upos == "NUM" and _ORDINAL.search(lemma):
            out.append(_make(word, "ADV", word, (), LISTED_STEM, "lexicon"))
        else:
            noun = upos == "ADJ" and _LYQ.search(lemma) and any(
                label.startswith("POSS") for label in labels
            )
            score = LISTED_STEM - _cost(chain)
            out.append(_make(lemma, "NOUN" if noun else upos, surface, chain, score, "lexicon"))
    return out


def _shapes(surface: str, ending: str) -> list[str]:
    """Underlying stems a surface stem may stand for before ``ending``."""
    if ending and ending[0] in VOWELS:
        underlying = devoice(surface)
        if underlying != surface:
            return [surface, underlying]
    return [surface]


def _listed_shapes(surface: str, ending: str) -> list[str]:
    """`_shapes` plus a dropped high vowel restored (кәсіпорн-ы → кәсіпорын, мүлк-і → мүлік).

    Only stems listed in the lexicon are looked up under the restored shapes.
    """
    shapes = _shapes(surface, ending)
    if ending and ending[0] in VOWELS and len(surface) > 3 and not has_vowel(surface[-2:]):
        for shape in list(shapes):
            for vowel in "ыі":
                restored = shape[:-1] + vowel + shape[-1]
                if restored in load_lexicon().lemmas:
                    shapes.append(restored)
    return shapes


def _splits(word: str):
    """Yield (surface stem, ending, nominal chains, verbal chains) for every split."""
    for i in range(max(1, len(word) - max_ending_length()), len(word) + 1):
        surface, ending = word[:i], word[i:]
        h, cls = harmony(surface), final_class(surface)
        nominal = nominal_endings(h, cls).get(ending, ())
        verbal = verbal_endings(h, cls).get(ending, ())
        if nominal or verbal:
            yield surface, ending, nominal, verbal


def _readings(
    lemma: str,
    upos: str,
    surface: str,
    chains: Sequence[Chain],
    base: float,
    source: str,
    voice: str = "",
) -> list[Analysis]:
    """One reading per chain, scored ``base`` minus the chain's cost."""
    return [_make(lemma, upos, surface, c, base - _cost(c), source, voice) for c in chains]


def _known_readings(word: str) -> list[Analysis]:
    lexicon = load_lexicon()
    out: list[Analysis] = []
    for surface, ending, nominal, verbal in _splits(word):
        for shape in _listed_shapes(surface, ending):
            for lemma, upos in lexicon.bound.get(shape, ()):
                if upos in _CLOSED_POS:
                    if not ending:
                        out.append(_make(lemma, upos, surface, (), LISTED_STEM, "lexicon"))
                    elif upos in ("ADP", "ADV") and (("ATTR", ending),) in nominal:
                        out.append(_make(word, "ADJ", word, (), DERIVED_STEM, "derived"))  # сайынғы
                elif upos == "VERB":
                    voice = next(iter(verb_stem_voices(lemma)), ("", 0))[0]
                    out += _readings(lemma, "VERB", surface, verbal, LISTED_STEM, "lexicon", voice)
                else:
                    out.extend(_nominal_readings(word, lemma, upos, surface, nominal))
            if verbal and shape not in lexicon.lemmas:
                for voice, steps in verb_stem_voices(shape):
                    base = DERIVED_STEM - steps
                    out += _readings(shape, "VERB", surface, verbal, base, "derived", voice)
            if nominal and shape not in lexicon.lemmas:
                for upos in derived_nominal_pos(shape, bare=not ending):
                    out += _readings(shape, upos, surface, nominal, DERIVED_STEM, "derived")
        if verbal and ending.startswith("у"):
            for vowel in "ыі":
                if "VERB" in lexicon.pos_of(surface + vowel):
                    out += _readings(surface + vowel, "VERB", surface, verbal, LISTED_STEM, "lexicon")
    return out


_ADJ_SHAPE = re.compile(r"(?:[лдт][ыі][қк]|[лдт][ыі]|с[ыі]з|[ғгқк][ыі])$")
_RELATIONAL_I = re.compile(r"[^аәеоөұүыіиуэюя]и$")
_ABSTRACT_NOUN_SHAPE = re.compile(r"(?:ш[ыі]|[лдт][ыі]|с[ыі]з)[лдт][ыі][қк]$")


def _guessed_shape_pos(stem: str, bare: bool) -> str:
    """PROPN for surnames; ADJ for bare -лық/-лы/-сыз/-ғы/-и words except abstract -дылық."""
    if _SURNAME.search(stem):
        return "PROPN"
    if bare and _ADJ_SHAPE.search(stem) and not _ABSTRACT_NOUN_SHAPE.search(stem):
        return "ADJ"
    if bare and _RELATIONAL_I.search(stem):
        return "ADJ"  # тарихи, заманауи
    return "NOUN"


def _guessed_shapes(surface: str, ending: str) -> list[str]:
    """Stems a guess may stand for, with loanword epenthesis undone (субъекті- → субъект)."""
    shapes = _shapes(surface, ending)
    if surface.endswith(("кті", "нгі")):
        shapes.append(surface[:-1])
    return shapes


def _guesses(word: str) -> list[Analysis]:
    out: list[Analysis] = []
    for surface, ending, nominal, verbal in _splits(word):
        for shape in _guessed_shapes(surface, ending):
            if not has_vowel(shape) or len(shape) < (2 if not ending else 3):
                continue
            upos = _guessed_shape_pos(shape, bare=not ending)
            restored = 0.1 if shape != surface else 0.0
            for c in nominal:
                out.append(_make(shape, upos, surface, c, _reliability(shape, c) + restored, "guess"))
            verb_like = _VERB_SHAPE.search(shape) and len(shape) > 3
            for c in verbal:
                if verb_like or (c[0][0] in _VERBAL_EVIDENCE and len(shape) > 2):
                    score = _reliability(shape, c) + 0.5 + restored
                    out.append(_make(shape, "VERB", surface, c, score, "guess"))
    return out


def _spelling_variants(word: str) -> list[str]:
    """Spell out ю (жою → жойу), я (қояды → қойады) and и (оқиды → оқыйды) for another try."""
    variants = []
    if "ю" in word[1:]:
        variants.append(word[0] + word[1:].replace("ю", "йу"))
    if "я" in word[1:]:
        variants.append(word[0] + word[1:].replace("я", "йа"))
    if "и" in word[1:]:
        variants.append(word[0] + word[1:].replace("и", "ый" if harmony(word) == "back" else "ій"))
    return variants


def _rank(readings: list[Analysis]) -> tuple[Analysis, ...]:
    best: dict[tuple[str, str, str], Analysis] = {}
    for reading in sorted(readings, key=lambda a: -a.score):
        best.setdefault((reading.lemma, reading.upos, reading.feats), reading)
    return tuple(best.values())


def _hyphenated(word: str) -> list[Analysis]:
    """Readings of a hyphenated word: ҚР-ның → қр (case ending), іс-шаралар → іс-шара."""
    head, _, tail = word.rpartition("-")
    if not head or not tail:
        return []
    for h in ("back", "front"):
        for cls in "VGLNZK":
            chains = nominal_endings(h, cls).get(tail)
            if chains:
                head_best = analyse_lower(head)[0]
                upos = head_best.upos if head_best.source != "guess" else "PROPN"
                return _readings(head_best.lemma, upos, head, chains, LISTED_STEM, head_best.source)
    return [
        Analysis(
            f"{head}-{r.lemma}", r.upos, r.feats, (f"{head}-{r.morphemes[0]}", *r.morphemes[1:]),
            r.labels, r.score, r.source,
        )
        for r in analyse_lower(tail)
    ]


def prepare() -> None:
    """Load the lexicon and generate the ending tables now rather than on the first word."""
    load_lexicon()
    max_ending_length()


@lru_cache(maxsize=262_144)
def analyse_lower(word: str) -> tuple[Analysis, ...]:
    """All readings of a lower-case word, best first (cached per form)."""
    lexicon = load_lexicon()
    readings = [
        Analysis(f.lemma, f.upos, f.feats, (word,), (), LISTED_FORM, "form")
        for f in lexicon.forms.get(word, ())
    ]
    if not readings and "-" in word.strip("-"):
        return _rank(_hyphenated(word))
    readings += _known_readings(word)
    if not readings:
        for variant in _spelling_variants(word):
            readings += _known_readings(variant)
    if not readings:
        readings = _guesses(word)
    if not readings:
        upos = "NOUN" if has_vowel(word) else "X"
        readings = [Analysis(word, upos, features(upos, (), ""), (word,), (), 0.0, "guess")]
    return _rank(readings)


