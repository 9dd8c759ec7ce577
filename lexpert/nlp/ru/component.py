"""The ``ru_morph`` spaCy component: lemma, UPOS and UD features for Russian tokens.

Two taggers choose among the pymorphy3 readings of a word:

* ``heuristic`` (default): context rules of :mod:`lexpert.nlp.ru.disambiguation`,
  cached per surface form and context state;
* ``slovnet``: the reading that agrees best with slovnet's neural tag (about ten
  times slower; kept for comparison and for callers that want it).

Attributes are written in bulk with ``Doc.from_array``.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, NamedTuple

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from lexpert.nlp.ru import disambiguation
from lexpert.nlp.ru.analyser import Reading, analyse, lexicon, make_reading, morph_analyzer, prepare
from lexpert.nlp.ru.tokenizer_exceptions import ABBREVIATIONS, YEAR

_NOTHING: frozenset[tuple] = frozenset()
_SYMBOLS = frozenset("№§%$€₸+=<>&@#*/\\|~^")
_ROMAN = frozenset("IVXLCDM")
_ORDINAL_ENDINGS = frozenset({"й", "я", "е", "го", "му", "м", "х", "ми", "ый", "ой", "ая", "ое", "ых", "ого", "ому"})


class FormInfo(NamedTuple):
    """Everything about a surface form that does not depend on its context."""

    readings: tuple[Reading, ...]
    values: tuple[tuple[int, int, int], ...]  # per reading: lemma hash, POS id, MORPH hash
    agreements: int  # id of the set of agreement keys of its declinable readings


def _fixed(lemma: str, upos: str, feats: dict[str, str] | None = None) -> tuple[Reading, ...]:
    return (make_reading(lemma, upos, feats or {}, 1.0),)


def readings_of(text: str) -> tuple[Reading, ...]:
    """Readings of one surface form, before context."""
    lower = text.lower()
    if text.isspace():
        return _fixed(text, "SPACE")
    if lower == YEAR:
        return (make_reading("город", "NOUN", {"Abbr": "Yes"}, 0.5), make_reading("год", "NOUN", {"Abbr": "Yes"}, 0.5))
    abbreviation = ABBREVIATIONS.get(text) or ABBREVIATIONS.get(lower)
    if abbreviation is not None:
        norm, upos = abbreviation
        return _fixed(norm if " " not in norm else lower, upos, {"Abbr": "Yes"})
    if not any(char.isalnum() for char in text):
        return _fixed(text, "SYM" if text[0] in _SYMBOLS else "PUNCT")
    if any(char.isdigit() for char in text):
        if not any(char.isalpha() for char in text):
            return _fixed(lower, "NUM")
        suffix = lower.rsplit("-", 1)[-1]
        return _fixed(lower, "ADJ" if suffix in _ORDINAL_ENDINGS else "NOUN")
    if set(text) <= _ROMAN:
        return _fixed(lower, "NUM")
    if lower not in lexicon() and _is_acronym(text):
        return _fixed(lower, "PROPN", {"Abbr": "Yes"})
    return analyse(lower) or _fixed(lower, "X")


def _is_acronym(text: str) -> bool:
    return 1 < len(text) <= 6 and text.isupper() and not morph_analyzer().word_is_known(text.lower())


class RussianMorphologizer:
    """Assign ``lemma_``, ``pos_`` and ``morph`` to the tokens of a Russian Doc.

    Context states and agreement sets are interned as small integers so that the
    cache key of a choice, (surface form, state, next word's agreements), is cheap.
    The analyser's data is loaded when the component is made, so that processes forked
    from one that built the pipeline share it.
    """

    def __init__(self, vocab: Vocab, tagger: str) -> None:
        if tagger not in ("heuristic", "slovnet"):
            raise ValueError(f"unknown Russian tagger {tagger!r}: use 'heuristic' or 'slovnet'")
        prepare()
        self.vocab = vocab
        self.tagger = tagger
        self._forms: dict[int, FormInfo] = {}
        self._choices: dict[tuple[int, int, int], tuple[tuple[int, int, int], int]] = {}
        self._states = _Interned(disambiguation.START)
        self._agreements = _Interned(_NOTHING)

    def _form(self, orth: int) -> FormInfo:
        info = self._forms.get(orth)
        if info is None:
            readings = readings_of(self.vocab.strings[orth])
            values = tuple(
                (
                    self.vocab.strings.add(r.lemma),
                    POS_IDS[r.upos],
                    self.vocab.morphology.add(r.feats) if r.feats else 0,
                )
                for r in readings
            )
            agreements = frozenset(r.agreement for r in readings if r.agreement is not None)
            info = self._forms[orth] = FormInfo(readings, values, self._agreements.id(agreements))
        return info

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orths = doc.to_array(ORTH).tolist()
        known = self._forms
        forms = [known.get(orth) or self._form(orth) for orth in orths]
        if self.tagger == "slovnet":
            flat = [v for form, index in zip(forms, self._slovnet_choices(doc, forms)) for v in form.values[index]]
        else:
            flat = self._heuristic_values(orths, forms)
        doc.from_array([LEMMA, POS, MORPH], numpy.array(flat, dtype="uint64").reshape(-1, 3))
        return doc

    def _heuristic_values(self, orths: list[int], forms: list[FormInfo]) -> list[int]:
        """Lemma, POS and MORPH values of every token, flattened, chosen left to right."""
        choices = self._choices
        flat: list[int] = []
        state = 0
        following = [form.agreements for form in forms[1:]]
        following.append(0)
        for orth, form, after in zip(orths, forms, following):
            # a single reading needs no look-ahead: keep its cache key short
            key = (orth, state, after if len(form.values) > 1 else 0)
            cached = choices.get(key)
            if cached is None:
                cached = choices[key] = self._choose(form, state, key[2])
            values, state = cached
            flat.extend(values)
        return flat

    def _choose(self, form: FormInfo, state_id: int, after_id: int) -> tuple[tuple[int, int, int], int]:
        state = self._states.value(state_id)
        index = disambiguation.choose(form.readings, state, self._agreements.value(after_id))
        following = disambiguation.advance(form.readings[index], state)
        return form.values[index], self._states.id(following)

    def _slovnet_choices(self, doc: Doc, forms: list[FormInfo]) -> list[int]:
        from lexpert.nlp.ru.slovnet_tagger import best_match, tag_sentences

        chosen = [0] * len(forms)
        spans = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        sentences = [[t.i for t in span if not t.is_space] for span in spans]
        tags = tag_sentences([[doc[i].text for i in sentence] for sentence in sentences])
        for sentence, sentence_tags in zip(sentences, tags):
            for i, tag in zip(sentence, sentence_tags):
                chosen[i] = best_match(forms[i].readings, tag)
        return chosen


class _Interned:
    """Small integer ids for hashable values (id 0 is the first value)."""

    def __init__(self, first: Hashable) -> None:
        self._ids: dict[Hashable, int] = {first: 0}
        self._values: list[Any] = [first]

    def id(self, value: Hashable) -> int:
        known = self._ids.get(value)
        if known is None:
            known = self._ids[value] = len(self._values)
            self._values.append(value)
        return known

    def value(self, number: int) -> Any:
        return self._values[number]


@Language.factory("ru_morph", assigns=["token.lemma", "token.pos", "token.morph"], default_config={"tagger": "heuristic"})
def make_ru_morph(nlp: Language, name: str, tagger: str) -> RussianMorphologizer:
    """Factory of :class:`RussianMorphologizer`."""
    return RussianMorphologizer(nlp.vocab, tagger)
