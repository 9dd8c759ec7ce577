"""Russian word-form analysis: pymorphy3 parses as UD readings, with lexicon overrides.

Lemma conventions (rules rely on them):

* lemmas are lower case, with ``ё`` written ``е``;
* a participle, full or short, is ``VERB`` with ``VerbForm=Part`` and the infinitive
  as lemma (``установленный``, ``определяемом``, ``обжалованы`` → ``установить``,
  ``определять``, ``обжаловать``), also where pymorphy3 offers a lexicalised
  adjective; only the adjectives in ``data/adjectives.txt`` (``следующий``,
  ``данный``…) stay adjectives (``ADJ``, or ``DET`` when pronominal);
* a comparative is ``ADV`` with ``Degree=Cmp`` and itself as lemma (``не позднее``,
  ``не чаще``, ``более``), as pymorphy3 already treats ``более``/``менее``;
* the possessive ``его``/``ее``/``их`` is ``DET`` with itself as lemma (``в его
  выдаче``); the personal pronoun is ``PRON`` ``он``/``она``/``они``
  (``рассматривает его``); being indeclinable, the possessive does not agree;
* ``который``/``какой``/``чей`` are ``PRON``, other pronominal adjectives
  (``иной``, ``свой``, ``такой``) ``DET``; ``один`` is ``NUM``; ``быть`` is ``AUX``;
* a gerund is ``VERB`` with ``VerbForm=Conv`` and the infinitive as lemma;
* the words of ``data/lexicon.tsv`` (маслихат, аким, ИИН…) take only the readings
  listed there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pymorphy3

from lexpert.nlp.ru import ud

_DATA = resources.files("lexpert.nlp.ru") / "data"


@dataclass(frozen=True, slots=True)
class Reading:
    """One analysis of a word form."""

    lemma: str
    upos: str
    feats: str
    case: str | None
    agreement: tuple[str | None, str | None, str | None] | None  # case, number, gender
    score: float


def _rows(name: str) -> list[list[str]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared pymorphy3 analyser (loaded once).

    The dictionary path is given, as pymorphy3 would find it, so that it does not scan
    every installed package's entry points (importlib.metadata) to find it.
    """
    import pymorphy3_dicts_ru

    path = os.environ.get(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE) or pymorphy3_dicts_ru.get_path()
    return pymorphy3.MorphAnalyzer(path, lang="ru")


@cache
def kept_adjectives() -> frozenset[str]:
    """Lexicalised participles that stay adjectives."""
    return frozenset(row[0] for row in _rows("adjectives.txt"))


@cache
def preposition_cases() -> dict[str, frozenset[str]]:
    """Preposition → the UD cases it governs."""
    return {row[0]: frozenset(row[1].split()) for row in _rows("prepositions.tsv")}


def prepare() -> None:
    """Load pymorphy3's dictionary and our word lists now rather than on the first word."""
    lexicon()
    kept_adjectives()
    preposition_cases()


def make_reading(lemma: str, upos: str, feats: dict[str, str], score: float, agrees: bool = True) -> Reading:
    """A :class:`Reading` with the agreement key derived from ``feats``."""
    case = feats.get("Case")
    agreement = (case, feats.get("Number"), feats.get("Gender")) if case and agrees else None
    return Reading(lemma.replace("ё", "е"), upos, ud.feats_string(feats), case, agreement, score)


@cache
def lexicon() -> dict[str, tuple[Reading, ...]]:
    """Lower-case form → readings, generated from ``data/lexicon.tsv``."""
    analyzer = morph_analyzer()
    forms: dict[str, list[Reading]] = {}
    for lemma, upos, static, model in _rows("lexicon.tsv"):
        base = dict(pair.split("=") for pair in static.split("|"))
        if model == "-":
            forms.setdefault(lemma, []).append(make_reading(lemma, upos, base, 1.0))
            continue
        lexeme = analyzer.parse(model)[0].lexeme
        stem = _common_prefix([p.word for p in lexeme])
        ending = model[len(stem):]
        our_stem = lemma[: len(lemma) - len(ending)] if ending else lemma
        for parse in lexeme:
            feats = {k: v for k, v in ud.features(parse, upos).items() if k in ("Case", "Number")}
            form = our_stem + parse.word[len(stem):]
            forms.setdefault(form, []).append(make_reading(lemma, upos, base | feats, 1.0))
    return {form: tuple(readings) for form, readings in forms.items()}


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def analyse(lower: str) -> tuple[Reading, ...]:
    """Readings of a lower-case word, best pymorphy3 score first."""
    known = lexicon().get(lower)
    if known is not None:
        return known
    parses = morph_analyzer().parse(lower)
    kept = kept_adjectives()
    has_participle = any(p.tag.POS in ("PRTF", "PRTS") for p in parses)
    keeps_adjective = any(p.tag.POS == "ADJF" and p.normal_form in kept for p in parses)
    merged: dict[tuple[str, str, str], Reading] = {}
    for parse in parses:
        pos = parse.tag.POS
        if keeps_adjective and pos in ("PRTF", "PRTS"):
            continue
        if has_participle and not keeps_adjective and pos in ("ADJF", "ADJS") and "Apro" not in parse.tag:
            continue
        upos = ud.upos(parse)
        lemma = parse.word if pos == "COMP" else parse.normal_form
        feats = ud.features(parse, upos)
        agrees = "Fixd" not in parse.tag
        reading = make_reading(lemma, upos, feats, parse.score, agrees)
        key = (reading.lemma, reading.upos, reading.feats)
        previous = merged.get(key)
        if previous is not None:
            reading = make_reading(lemma, upos, feats, parse.score + previous.score, agrees)
        merged[key] = reading
    return tuple(sorted(merged.values(), key=lambda r: -r.score))
