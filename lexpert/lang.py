"""Language identification of a draft and of its paragraphs: Kazakh (``kk``) or Russian (``ru``).

Pure Python and linear: it counts words that carry the letters only Kazakh has
(ә ғ қ ң ө ұ ү һ і) and the function words of each language.  A Kazakh draft that
quotes Russian titles stays Kazakh; a paragraph too short or too neutral to tell
inherits the language of the document.  A long document is judged by a bounded
sample: pieces spread evenly from its first to its last character, so the
sample holds the languages in about the proportions the whole text does.
"""

from __future__ import annotations

import re
from itertools import filterfalse

KK = "kk"
RU = "ru"

_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}+(?:-{_LETTER}+)*")
# In words joined one per line: a Kazakh-only letter and the rest of its line, so each word
# counts once.  A Latin "i" inside a Cyrillic word is a common stand-in for "і".
_KK_WORD = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІi](?:(?<!i)|(?<=[а-яё]{2}i)|(?=[а-яё]{2}))[^\n]*")

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
# The sample of a long document: this many evenly spaced pieces of this many characters.
_PIECES = 8
_PIECE = 150


def _scores(text: str) -> tuple[int, int]:
    """(Kazakh evidence, Russian evidence) counted over the words of ``text``.

    Kazakh: each word with a Kazakh-only letter, and each Kazakh function word;
    Russian: each Russian function word.
    """
    chunks = text.split()  # words never hold whitespace; a chunk of letters only is one word
    words = "\n".join([*filter(str.isalpha, chunks), *_WORD.findall(" ".join(filterfalse(str.isalpha, chunks)))])
    lowered = words.lower().split("\n")
    kk = len(_KK_WORD.findall(words)) + sum(map(_KK_WORDS.__contains__, lowered))
    return kk, sum(map(_RU_WORDS.__contains__, lowered))


def _sample(text: str) -> str:
    """``text`` when short; otherwise evenly spaced pieces of it, each cut at spaces so no word is split."""
    if len(text) <= _PIECES * _PIECE:
        return text
    step = (len(text) - _PIECE) / (_PIECES - 1)
    pieces = []
    for index in range(_PIECES):
        start = int(step * index)
        end = start + _PIECE
        piece = text[start:end]
        if start:
            piece = piece.partition(" ")[2]
        if end < len(text):
            piece = piece.rpartition(" ")[0]
        pieces.append(piece)
    return "\n".join(pieces)


def detect_language(text: str) -> str:
    """The language of a whole document: ``"kk"`` or ``"ru"`` (``"ru"`` when nothing tells)."""
    kk, ru = _scores(_sample(text))
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
