"""Number words in Kazakh and Russian: «пятнадцати» -> 15, «он бес» -> 15, «үшінші» -> 3,
«жиырмасыншы», «двадцатого» -> 20th."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lexpert.compare.lexicon import LangLexicon, load_lexicon
from lexpert.nlp.ru.analyser import morph_analyzer

_SCALES = (1000, 1_000_000, 1_000_000_000)


@dataclass(frozen=True)
class NumberWord:
    """The value of one number word and whether it is an ordinal."""

    value: int
    ordinal: bool
    ambiguous: bool = False
    final: bool = False  # inflected: a Kazakh compound numeral ends with this word


@cache
def _ru_parses(word: str) -> tuple[tuple[str, str], ...]:
    return tuple((p.normal_form, str(p.tag)) for p in morph_analyzer().parse(word))


def number_word(word: str, lang: str) -> NumberWord | None:
    """The number a word stands for in ``lang``, or ``None``."""
    return _number_word(word.lower().replace("ё", "е") if lang == "ru" else word.lower(), lang)


@cache
def _number_word(word: str, lang: str) -> NumberWord | None:
    lex = load_lexicon().of(lang)
    return _ru_number(word, lex) if lang == "ru" else _kk_number(word, lex)


@cache
def _kk_stems() -> tuple[tuple[str, int, bool], ...]:
    """Kazakh number stems (stem, value, only before an ordinal suffix), longest first (жетпіс before жеті)."""
    lex = load_lexicon().kk
    stems = [(stem, value, False) for stem, value in lex.cardinal.items()]
    stems += [(stem, value, True) for stem, value in lex.ordinal_stems.items()]
    return tuple(sorted(stems, key=lambda item: -len(item[0])))


def _ru_number(word: str, lex: LangLexicon) -> NumberWord | None:
    for lemma, tag in _ru_parses(word):
        lemma = lemma.replace("ё", "е")
        if lemma in lex.cardinal and ("NUMR" in tag or lemma in ("один", "тысяча", "миллион", "миллиард")):
            return NumberWord(lex.cardinal[lemma], ordinal=False)
        if lemma in lex.ordinal and "Anum" in tag:
            return NumberWord(lex.ordinal[lemma], ordinal=True)
    return None


def _kk_number(word: str, lex: LangLexicon) -> NumberWord | None:
    if word in lex.not_numbers:
        return None
    if word in lex.ordinal:
        return NumberWord(lex.ordinal[word], ordinal=True)
    for stem, value, ordinal_only in _kk_stems():
        if not word.startswith(stem):
            continue
        rest = word[len(stem):]
        if rest and rest not in lex.suffixes:
            continue
        ordinal = rest.startswith(lex.ordinal_suffixes)
        if ordinal_only and not ordinal:
            continue
        # «тоқсан» is also a quarter, «тоқсаныншы» only the 90th.
        ambiguous = stem in lex.ambiguous and not ordinal
        return NumberWord(value, ordinal=ordinal, ambiguous=ambiguous, final=bool(rest))
    return None


def compose(values: list[int]) -> int:
    """The value of consecutive number words: [70, 5, 1000] -> 75000, [10, 5] -> 15."""
    total = current = 0
    for value in values:
        if value in _SCALES:
            total += max(current, 1) * value
            current = 0
        elif value == 100 and 0 < current < 10:
            current *= 100
        else:
            current += value
    return total + current
