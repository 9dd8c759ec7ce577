"""The stem lexicon and the closed list of irregular word forms (data files)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

UPOS_TAGS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
)
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM"})
"""Parts of speech that take nominal inflection."""


@dataclass(frozen=True, slots=True)
class Form:
    """An irregular or closed-class word form listed whole in ``forms.tsv``."""

    lemma: str
    upos: str
    feats: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Stems by part of speech, indexed by every surface shape a stem takes."""

    lemmas: dict[str, frozenset[str]]
    """citation form → its parts of speech."""
    bound: dict[str, tuple[tuple[str, str], ...]]
    """surface stem (citation or alternant) → ((lemma, upos), …)."""
    forms: dict[str, tuple[Form, ...]]
    """irregular word form → its readings."""

    def pos_of(self, lemma: str) -> frozenset[str]:
        """Parts of speech listed for ``lemma`` (empty if unknown)."""
        return self.lemmas.get(lemma, frozenset())


def _rows(name: str, upos_column: int) -> list[list[str]]:
    """Tab-separated rows of a data file; ``#`` starts a comment."""
    text = resources.files("lexpert.nlp.kk").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) <= upos_column or cells[upos_column] not in UPOS_TAGS:
            raise ValueError(f"lexpert/nlp/kk/data/{name}:{number}: no valid UPOS in {line!r}")
        rows.append(cells)
    return rows


def _alternants(stem: str, upos: str) -> list[str]:
    """Regular bound shapes of a nominal stem.

    Loanwords ending in -кт/-нг take an epenthetic і (акт → акті-, митинг → митингі-),
    a soft sign drops (модель → модел-), a double consonant simplifies (процесс → процес-).
    """
    if upos not in NOMINAL_POS:
        return []
    if stem.endswith(("кт", "нг")):
        return [stem + "і"]
    if stem.endswith("ь"):
        return [stem[:-1]]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "аәеоөұүыіиу":
        return [stem[:-1]]
    return []


@cache
def load_lexicon() -> Lexicon:
    """Read ``lexicon.tsv`` (stem, UPOS[, bound alternant]) and ``forms.tsv``."""
    lemmas: dict[str, set[str]] = {}
    bound: dict[str, list[tuple[str, str]]] = {}
    for cells in _rows("lexicon.tsv", 1):
        stem, upos = cells[0], cells[1]
        lemmas.setdefault(stem, set()).add(upos)
        shapes = [stem, *cells[2:3], *_alternants(stem, upos)]
        for shape in shapes:
            readings = bound.setdefault(shape, [])
            if (stem, upos) not in readings:
                readings.append((stem, upos))
    forms: dict[str, list[Form]] = {}
    for cells in _rows("forms.tsv", 2):
        form, lemma, upos = cells[0], cells[1], cells[2]
        feats = cells[3] if len(cells) > 3 else ""
        forms.setdefault(form, []).append(Form(lemma, upos, feats))
    return Lexicon(
        lemmas={k: frozenset(v) for k, v in lemmas.items()},
        bound={k: tuple(v) for k, v in bound.items()},
        forms={k: tuple(v) for k, v in forms.items()},
    )
