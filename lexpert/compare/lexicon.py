"""The bilingual comparison lexicon (``data/lexicon.yaml``), loaded once and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).with_name("data") / "lexicon.yaml"


def _word(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern anchored on word boundaries."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class LangLexicon:
    """Everything the comparison knows about one language."""

    cardinal: dict[str, int]
    ordinal: dict[str, int]
    ordinal_stems: dict[str, int]  # Kazakh stems seen only before an ordinal suffix (қырқ-)
    ordinal_suffixes: tuple[str, ...]
    suffixes: frozenset[str]  # every ending a Kazakh number stem may take, ordinals included
    not_numbers: frozenset[str]
    ambiguous: frozenset[str]
    percent: re.Pattern[str]
    currency: re.Pattern[str]
    time_units: tuple[tuple[str, re.Pattern[str]], ...]
    unit_words: tuple[tuple[str, re.Pattern[str]], ...]  # «месячный», «айлық»: one unit, no number
    implicit_one: re.Pattern[str]  # «в течение месяца»: group «unit»
    implicit_not_after: frozenset[str]
    fractions: re.Pattern[str]  # groups «numerator» (optional) and «denominator»
    compound: re.Pattern[str] | None  # one-word deadlines: groups (prefix, unit stem)
    compound_values: dict[str, int]
    compound_units: dict[str, str]
    day_types: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    right: re.Pattern[str]
    duty: re.Pattern[str]
    open_list: re.Pattern[str]
    open_list_words: re.Pattern[str]  # «иные», «өзге»: a word that may mark an open list
    bodies: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True)
class Lexicon:
    """Both languages plus the Kazakh converb exception for «-а алады»."""

    kk: LangLexicon
    ru: LangLexicon
    kk_not_converb: re.Pattern[str]
    factor_features: dict[str, str]
    fraction_denominators: dict[str, int]  # Russian stems: трет -> 3

    def of(self, lang: str) -> LangLexicon:
        """The lexicon of ``lang`` (``kk`` or ``ru``)."""
        return self.kk if lang == "kk" else self.ru


def _compound(entry: dict) -> re.Pattern[str] | None:
    if not entry["prefixes"]:
        return None
    prefixes = "|".join(sorted(entry["prefixes"], key=len, reverse=True))
    units = "|".join(entry["units"])
    return re.compile(rf"(?<!\w)({prefixes})({units})\w*", re.IGNORECASE)


def _suffixes(numbers: dict) -> frozenset[str]:
    """Cardinal suffixes, plus each ordinal suffix alone and with each of its endings."""
    ordinals = numbers.get("ordinal_suffixes", ())
    endings = ("", *numbers.get("ordinal_endings", ()))
    return frozenset(numbers.get("suffixes", ())) | {o + e for o in ordinals for e in endings}


def _lang(data: dict, lang: str) -> LangLexicon:
    numbers = data["numbers"][lang]
    return LangLexicon(
        cardinal=dict(numbers["cardinal"]),
        ordinal=dict(numbers["ordinal"]),
        ordinal_stems=dict(numbers.get("ordinal_stems", {})),
        ordinal_suffixes=tuple(numbers.get("ordinal_suffixes", ())),
        suffixes=_suffixes(numbers),
        not_numbers=frozenset(numbers.get("not_numbers", ())),
        ambiguous=frozenset(numbers.get("ambiguous", ())),
        percent=re.compile(rf"(?:{data['percent'][lang]})(?!\w)", re.IGNORECASE),
        currency=re.compile(rf"(?:{data['currency'][lang]})(?!\w)", re.IGNORECASE),
        time_units=tuple(
            (unit, re.compile(rf"(?:{pattern})(?!\w)", re.IGNORECASE))
            for unit, pattern in data["time_units"][lang].items()
        ),
        unit_words=tuple((unit, _word(pattern)) for unit, pattern in data["unit_words"][lang].items()),
        implicit_one=_word(data["implicit_one"][lang]),
        implicit_not_after=frozenset(data["implicit_one"]["not_after"][lang]),
        fractions=_word(data["fractions"][lang]),
        compound=_compound(data["compound_deadlines"][lang]),
        compound_values=dict(data["compound_deadlines"][lang]["prefixes"]),
        compound_units=dict(data["compound_deadlines"][lang]["units"]),
        day_types=tuple((kind, _word(p)) for kind, p in data["day_types"][lang].items()),
        months=dict(data["months"][lang]),
        right=re.compile(data["modality"][lang]["right"], re.IGNORECASE),
        duty=re.compile(data["modality"][lang]["duty"], re.IGNORECASE),
        open_list=re.compile(data["open_list"][lang], re.IGNORECASE),
        open_list_words=_word(data["open_list_words"][lang]),
        bodies=tuple((body, _word(pats[lang])) for body, pats in data["bodies"].items()),
    )


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Load and compile the lexicon (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(
        kk=_lang(data, "kk"),
        ru=_lang(data, "ru"),
        kk_not_converb=re.compile(data["modality"]["kk_not_converb"], re.IGNORECASE),
        factor_features=dict(data.get("factor_features", {})),
        fraction_denominators=dict(data["fractions"]["denominators"]),
    )
