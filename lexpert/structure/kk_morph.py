"""The few Kazakh noun endings a structural address needs: genitive, dative and 3rd-person possessive.

Vowel harmony follows the last vowel of the word (back: а о ұ ы; front: ә ө ү і е и);
a final voiceless п/к/қ is voiced before a vowel-initial possessive (бап → бабы,
тармақ → тармағы, бөлік → бөлігі).
"""

from __future__ import annotations

from functools import lru_cache

_BACK = set("аоұыяАОҰЫЯ")
_FRONT = set("әөүіеэиӘӨҮІЕЭИ")
_VOWELS = _BACK | _FRONT | set("уюУЮ")
_VOICING = {"п": "б", "к": "г", "қ": "ғ"}
# Genitive after these finals: vowels and м н ң take -ның, other sonorants -дың, the rest -тың.
_GEN_N = set("мнң")
_GEN_D = set("лрйузж")
_VOICELESS = set("пкқтсшфхцчщ")


def is_front(word: str) -> bool:
    """True when the last harmonic vowel of ``word`` is a front vowel."""
    for char in reversed(word):
        if char in _FRONT:
            return True
        if char in _BACK:
            return False
    return False


@lru_cache(maxsize=8192)  # addresses repeat the same few words
def genitive(word: str) -> str:
    """Genitive case: бап → баптың, тарау → тараудың, қаулы → қаулының, шешім → шешімнің."""
    last = word[-1].lower()
    vowel = "і" if is_front(word) else "ы"
    if last in _VOWELS and last != "у" or last in _GEN_N:
        return f"{word}н{vowel}ң"
    if last in _GEN_D:
        return f"{word}д{vowel}ң"
    return f"{word}т{vowel}ң"


def dative(word: str) -> str:
    """Dative case: Қағидалар → Қағидаларға, Ереже → Ережеге, Тәртіп → Тәртіпке, Стандарт → Стандартқа."""
    last = word[-1].lower()
    front = is_front(word)
    if last in _VOICELESS:
        return f"{word}{'ке' if front else 'қа'}"
    return f"{word}{'ге' if front else 'ға'}"


@lru_cache(maxsize=8192)  # addresses repeat the same few words
def possessive(word: str) -> str:
    """3rd-person possessive: тармақ → тармағы, бап → бабы, тармақша → тармақшасы."""
    last = word[-1].lower()
    vowel = "і" if is_front(word) else "ы"
    if last in _VOWELS and last != "у":
        return f"{word}с{vowel}"
    stem = word[:-1] + _VOICING[last] if last in _VOICING else word
    return f"{stem}{vowel}"


@lru_cache(maxsize=8192)  # addresses repeat the same few words
def possessive_genitive(word: str) -> str:
    """Possessive then genitive: тармақ → тармағының, бөлім → бөлімінің."""
    return genitive(possessive(word))
