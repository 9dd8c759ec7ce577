"""Kazakh vowel harmony, stem-final sound classes and allomorph realisation.

Suffixes are written as templates: ``A`` is а/е, ``I`` is ы/і, ``Ғ`` is ғ/г and
``Қ`` is қ/к, chosen by the harmony of the stem (back or front).

>>> harmony("орган"), harmony("шешім"), harmony("министр"), harmony("институт")
('back', 'front', 'front', 'back')
>>> harmony("келу"), harmony("су"), harmony("банк"), harmony("назарбаев")
('front', 'back', 'front', 'back')
>>> final_class("бала"), final_class("су"), final_class("жол"), final_class("адам")
('V', 'G', 'L', 'N')
>>> final_class("қағаз"), final_class("тәртіп")
('Z', 'K')
>>> realise("дIң", "front"), realise("ҒA", "back")
('дің', 'ға')
>>> devoice("тармағ"), devoice("кітаб"), devoice("шешім")
('тармақ', 'кітап', 'шешім')
"""

from __future__ import annotations

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әеөүіэ")
NEUTRAL_VOWELS = frozenset("ую")
VOWELS = frozenset("аәеёиоөуұүыіэюя")
GLIDES = frozenset("уйию")

_SOUND_CLASS = {
    **{c: "G" for c in "рйуию"},
    "л": "L",
    **{c: "N" for c in "мнң"},
    **{c: "Z" for c in "зж"},
    **{c: "K" for c in "пфкқтсшщчхцһбвгдғ"},
}
_VOICED_TO_VOICELESS = {"б": "п", "г": "к", "ғ": "қ"}
_TEMPLATE_LETTERS = {
    "back": {"A": "а", "I": "ы", "Ғ": "ғ", "Қ": "қ"},
    "front": {"A": "е", "I": "і", "Ғ": "г", "Қ": "к"},
}


def harmony(stem: str) -> str:
    """Return ``"back"`` or ``"front"``: the harmony class suffixes must follow.

    The last unambiguous vowel decides; у/ю take the vowel before them and are
    back when there is none (су); и is front (министр) unless a final у follows it
    (институт). Loanwords in -нк are front (банкі, банктер); surnames in -ев after a
    back vowel are back (Назарбаевтың).
    """
    if stem.endswith("нк"):
        return "front"
    if stem.endswith("ев") and len(stem) > 3 and stem[-3] in BACK_VOWELS:
        return "back"
    after_u = False
    for ch in reversed(stem):
        if ch in NEUTRAL_VOWELS:
            after_u = True
        elif ch == "и":
            return "back" if after_u else "front"
        elif ch in BACK_VOWELS:
            return "back"
        elif ch in FRONT_VOWELS:
            return "front"
    return "back"


def final_class(stem: str) -> str:
    """Classify the last sound of ``stem`` for consonant assimilation.

    V vowel, G glide or р, L л, N nasal, Z з/ж, K voiceless or voiced stop.
    """
    last = stem[-1]
    if last in VOWELS and last not in GLIDES:
        return "V"
    return _SOUND_CLASS.get(last, "K")


def realise(template: str, harmony_class: str) -> str:
    """Spell a suffix template in the given harmony class."""
    letters = _TEMPLATE_LETTERS[harmony_class]
    return "".join(letters.get(ch, ch) for ch in template)


def devoice(stem: str) -> str:
    """Undo intervocalic voicing of a stem-final stop (тармағ- → тармақ)."""
    last = stem[-1:]
    return stem[:-1] + _VOICED_TO_VOICELESS[last] if last in _VOICED_TO_VOICELESS else stem


def has_vowel(text: str) -> bool:
    """True if ``text`` contains a vowel letter."""
    return any(ch in VOWELS for ch in text)

