"""Language identification of a draft and of its paragraphs: Kazakh (``kk``) or Russian (``ru``).

Pure Python and linear: it counts words that carry the letters only Kazakh has
(ә ғ қ ң ө ұ ү һ і) and the function words of each language.  A Kazakh draft that
quotes Russian titles stays Kazakh; a paragraph too short or too neutral to tell
inherits the language of the document.
"""

from __future__ import annotations

import re
from collections import Counter

KK = "kk"
RU = "ru"

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Kazakh-only letters; a Latin "i" inside a Cyrillic word is a common stand-in for "і".
_KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|(?<=[а-яё]{2})i|i(?=[а-яё]{2})")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")

_KK_WORDS = frozenset(
    """және немесе мен бен пен үшін бойынша туралы осы сәйкес тиіс болып табылады
    жоқ етеді деп сондай-ақ жылғы қаласы облысы оның олардың тиісті кезде
    кейін дейін арқылы бұл ол мынадай жөніндегі жүзеге асырады""".split()
)
_RU_WORDS = frozenset(
    """и в во на по с со не для от к о об что который которые или а также если
    при из за до это является являются может должен должны настоящего настоящих
    настоящей в случае порядке соответствии указанных""".split()
)

# A paragraph needs at least this much evidence to leave the document's language.
_MIN_SCORE = 2


def _scores(text: str) -> tuple[int, int]:
    """(Kazakh evidence, Russian evidence) counted over the words of ``text``."""
    kk = ru = 0
    for word, count in Counter(_WORD.findall(text)).items():  # each distinct word is weighed once
        if _KK_LETTERS.search(word):
            kk += count
        elif not _CYRILLIC.search(word):
            continue
        lower = word.lower()
        if lower in _KK_WORDS:
            kk += count
        elif lower in _RU_WORDS:
            ru += count
    return kk, ru


def detect_language(text: str) -> str:
    """The language of a whole document: ``"kk"`` or ``"ru"`` (``"ru"`` when nothing tells)."""
    kk, ru = _scores(text)
    # Kazakh words carry Kazakh letters far more often than Russian text carries
    # Kazakh proper names, so a modest share of Kazakh evidence decides.
    return KK if kk >= max(_MIN_SCORE, ru // 2) else RU


def paragraph_languages(text: str, document_language: str | None = None) -> list[str]:
    """The language of each line of ``text`` (one entry per ``\\n``-separated line).

    Lines with too little evidence, blank lines included, take the document's language.
    """
    default = document_language or detect_language(text)
    result = []
    for line in text.split("\n"):
        kk, ru = _scores(line)
        if kk >= _MIN_SCORE and kk > ru:
            result.append(KK)
        elif ru >= _MIN_SCORE and kk == 0:
            result.append(RU)
        elif ru >= 3 * _MIN_SCORE and ru > 3 * kk:
            result.append(RU)
        else:
            result.append(default)
    return result
