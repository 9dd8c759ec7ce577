"""Kazakh affixes and infixes.

spaCy's character classes lack ғ, қ and ұ, so its rules would keep ``тармақ.`` whole
and never split ``1-қосымша``; the Kazakh letters are added here. A hyphen after a
number is split (5-бап → 5 - бап); a hyphen between letters is kept (іс-шара, ҚР-ның),
as are dates and decimals.
"""

from __future__ import annotations

from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    HYPHENS,
    LIST_ELLIPSES,
    LIST_ICONS,
)
from spacy.lang.punctuation import TOKENIZER_SUFFIXES as BASE_SUFFIXES

_KK_LOWER = "ғқұ"
_KK_UPPER = "ҒҚҰ"
KK_ALPHA = ALPHA + _KK_LOWER + _KK_UPPER
KK_LOWER = ALPHA_LOWER + _KK_LOWER
KK_UPPER = ALPHA_UPPER + _KK_UPPER


TOKENIZER_SUFFIXES = [
    *BASE_SUFFIXES,
    rf"(?<=[{_KK_LOWER}{_KK_UPPER}])\.",
    rf"(?<=[{KK_UPPER}][{KK_UPPER}])\.",
]

TOKENIZER_INFIXES = (
    LIST_ELLIPSES
    + LIST_ICONS
    + [
        r"(?<=[0-9])[+\*^](?=[0-9-])",
        rf"(?<=[0-9])(?:{HYPHENS})(?=[{KK_ALPHA}])",
        rf"(?<=[{KK_LOWER}{CONCAT_QUOTES}])\.(?=[{KK_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{KK_ALPHA}]),(?=[{KK_ALPHA}])",
        rf"(?<=[{KK_ALPHA}0-9])[:<>=/](?=[{KK_ALPHA}])",
    ]
)
