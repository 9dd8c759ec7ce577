"""Derivation checks: is an unlisted stem built from a listed one?

Verbs keep their voice in the lemma (беріл-), so voice suffixes are only checked, not
stripped from the lemma. Lexicalised nominal derivatives (-лық, -лы, -сыз, -шы, -ушы,
-ым, -ыс, ordinals) are their own lemmas.

>>> verb_stem_voices("беріл"), verb_stem_voices("айқындал"), verb_stem_voices("кешіктіріл")
((('Pass', 1),), (('Pass', 1),), (('Pass', 1),))
>>> verb_stem_voices("табыл"), verb_stem_voices("орган")
((('Pass', 1),), ())
>>> derived_nominal_pos("тексеруші", bare=True), derived_nominal_pos("азаматтық", bare=True)
(('NOUN',), ('ADJ',))
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import NOMINAL_POS, load_lexicon
from .phonology import VOWELS, devoice, final_class, harmony, realise

_ALL = "VGLNZK"
_VOICE_SUFFIXES: tuple[tuple[str, str, str], ...] = (
    # (voice, allowed final classes of the base, template)
    ("Pass", "V", "л"), ("Pass", "L", "Iн"), ("Pass", "GNZK", "Iл"),
    ("Mid", "V", "н"), ("Mid", "GLNZK", "Iн"),
    ("Rcp", "V", "с"), ("Rcp", "GLNZK", "Iс"),
    ("Cau", "VG", "т"), ("Cau", _ALL, "дIр"), ("Cau", _ALL, "тIр"),
    ("Cau", _ALL, "ҒIз"), ("Cau", _ALL, "ҚIз"), ("Cau", "GLNZK", "Iр"), ("Cau", "K", "Aр"),
)
_DENOMINAL = (("VG", "лA"), ("LNZ", "дA"), ("K", "тA"))
_MAX_DEPTH = 4


def _index(specs):
    """Index suffix specs (…, classes, template) by the last letter of each spelling."""
    index: dict[str, list] = {}
    for spec in specs:
        for h in ("back", "front"):
            suffix = realise(spec[-1], h)
            index.setdefault(suffix[-1], []).append((spec, h, suffix))
    return index


def _bases(stem: str, index: dict[str, list]):
    """Yield (spec, base) for every way ``stem`` ends in one of the indexed suffixes."""
    for spec, h, suffix in index.get(stem[-1:], ()):
        if len(stem) > len(suffix) + 1 and stem.endswith(suffix):
            base = stem[: -len(suffix)]
            if harmony(base) == h and final_class(base) in spec[-2]:
                yield spec, base
                if suffix[0] in VOWELS and devoice(base) != base:
                    yield spec, devoice(base)


_VOICE_INDEX = _index(_VOICE_SUFFIXES)
_DENOMINAL_INDEX = _index(_DENOMINAL)


def _is_listed(stem: str, pos: frozenset[str] | set[str]) -> bool:
    return bool(load_lexicon().pos_of(stem) & pos)


@lru_cache(maxsize=65_536)
def _verb(stem: str, depth: int) -> tuple[str, int] | None:
    """(outermost voice or '', derivation steps) of a verb stem; None if not derivable."""
    if depth and _is_listed(stem, {"VERB"}):
        return "", 0
    if depth >= _MAX_DEPTH:
        return None
    found: list[tuple[str, int]] = []
    for (voice, _, template), base in _bases(stem, _VOICE_INDEX):
        inner = _verb(base, depth + 1)
        if inner is not None:
            if voice == "Mid" and template == "н" and "л" in base:
                voice = "Pass"  # after a vowel, a stem with л makes its passive in -н
            found.append((voice, inner[1] + 1))
    for _, base in _bases(stem, _DENOMINAL_INDEX):
        # -ЛА verbs from nominals are rarer than voice forms of verbs: two steps
        if _is_listed(base, NOMINAL_POS):
            found.append(("", 2))
        elif _nominal(base, depth + 1):
            found.append(("", 3))
    return min(found, key=lambda f: f[1]) if found else None


@lru_cache(maxsize=65_536)
def verb_stem_voices(stem: str) -> tuple[tuple[str, int], ...]:
    """((voice, derivation steps),) for a verb stem built on a listed one; () if none.

    >>> verb_stem_voices("қабылдан"), verb_stem_voices("жуын")
    ((('Pass', 1),), (('Mid', 1),))
    """
    derived = _verb(stem, 0)
    return () if derived is None else (derived,)


_NOMINAL_SUFFIXES: tuple[tuple[str, str, str, str], ...] = (
    # (result, base kind, allowed final classes of the base, template)
    ("NOUN", "verb", _ALL, "ушI"),
    ("LYQ", "nominal", "VG", "лIҚ"), ("LYQ", "nominal", "LNZ", "дIҚ"), ("LYQ", "nominal", "K", "тIҚ"),
    ("ADJ", "nominal", "VG", "лI"), ("ADJ", "nominal", "LNZ", "дI"), ("ADJ", "nominal", "K", "тI"),
    ("ADJ", "nominal", _ALL, "сIз"),
    ("NOUN", "nominal", _ALL, "шI"),
    ("NUM", "number", "V", "ншI"), ("NUM", "number", "GLNZK", "IншI"),
    ("NOUN", "verb", "V", "м"), ("NOUN", "verb", "GLNZK", "Iм"),
    ("NOUN", "verb", "V", "с"), ("NOUN", "verb", "GLNZK", "Iс"),
)


_NOMINAL_INDEX = _index(_NOMINAL_SUFFIXES)
_LYQ_END = re.compile(r"[лдт][ыі][қкғг]$")


def _base_ok(base: str, kind: str, depth: int) -> str | None:
    """The part of speech of ``base`` if it fits ``kind``, else None."""
    listed = load_lexicon().pos_of(base)
    if kind == "verb":
        if "VERB" in listed or _verb(base, depth + 1) is not None:
            return "VERB"
        if any("VERB" in load_lexicon().pos_of(base + v) for v in "ыі"):
            return "VERB"
        return None
    if kind == "number":
        return "NUM" if "NUM" in listed else None
    for pos in ("NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        if pos in listed:
            return pos
    derived = _nominal(base, depth + 1)
    return derived[0] if derived else None


@lru_cache(maxsize=65_536)
def _nominal(stem: str, depth: int) -> tuple[str, ...]:
    if depth >= _MAX_DEPTH:
        return ()
    for (result, kind, _, _), base in _bases(stem, _NOMINAL_INDEX):
        base_pos = _base_ok(base, kind, depth)
        if base_pos is None or (result == "ADJ" and _LYQ_END.search(base)):
            continue  # -лықты is the accusative of a -лық noun, not an adjective
        if result == "LYQ":
            return ("NOUN",) if base_pos == "ADJ" or base.endswith(("шы", "ші")) else ("ADJ", "NOUN")
        return (result,)
    return ()


@lru_cache(maxsize=65_536)
def derived_nominal_pos(stem: str, bare: bool) -> tuple[str, ...]:
    """Parts of speech of an unlisted derived nominal stem; () if not derivable.

    Relational -лық words (азаматтық) are adjectives when bare, nouns when inflected.
    """
    pos = _nominal(stem, 0)
    if len(pos) == 2:
        return ("ADJ",) if bare else ("NOUN",)
    return pos
