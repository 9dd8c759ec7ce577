"""The ``kk_morph`` pipeline component on real Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import lexpert.nlp.kk  # noqa: F401  (registers kk and kk_morph)


@pytest.fixture(scope="module")
def kk_nlp():
    nlp = spacy.blank("kk")
    nlp.add_pipe("kk_morph")
    return nlp


def test_kk_morph_factory_is_registered():
    assert "kk_morph" in Language.factories
    meta = Language.get_factory_meta("kk_morph")
    assert set(meta.assigns) == {"token.lemma", "token.pos", "token.morph"}


def test_kk_morph_sets_lemma_pos_morph(kk_nlp):
    doc = kk_nlp("Уәкілетті органдардың шешімдері 5-бапқа сәйкес қабылданады.")
    got = [(t.text, t.lemma_, t.pos_) for t in doc]
    assert got == [
        ("Уәкілетті", "уәкілетті", "ADJ"),
        ("органдардың", "орган", "NOUN"),
        ("шешімдері", "шешім", "NOUN"),
        ("5", "5", "NUM"),
        ("-", "-", "PUNCT"),
        ("бапқа", "бап", "NOUN"),
        ("сәйкес", "сәйкес", "ADP"),
        ("қабылданады", "қабылдан", "VERB"),
        (".", ".", "PUNCT"),
    ]
    assert doc[1].morph.to_dict() == {"Case": "Gen", "Number": "Plur"}
    assert doc[2].morph.get("Person[psor]") == ["3"]
    assert doc[7].morph.get("Voice") == ["Pass"] and doc[7].morph.get("Tense") == ["Pres"]


def test_kk_morph_every_token_gets_a_pos(kk_nlp):
    doc = kk_nlp("Өтініш т.б. құжаттар 2024 ж. 1) тармақшаға сай ұсынылады; Tengrinews хабарлады!")
    assert all(t.pos_ for t in doc)
    assert [t.lemma_ for t in doc if t.text in ("т.б.", "ж.")] == ["т.б.", "жыл"]


def test_kk_morph_tags_tokens_without_letters(kk_nlp):
    doc = kk_nlp("№ 5 % « 2)")
    assert [t.pos_ for t in doc] == ["SYM", "NUM", "SYM", "PUNCT", "NUM"]


def test_kk_morph_uses_context(kk_nlp):
    adjective = kk_nlp("заңды тұлға")[0]
    accusative = kk_nlp("заңды бұзды.")[0]
    assert (adjective.lemma_, adjective.pos_) == ("заңды", "ADJ")
    assert (accusative.lemma_, accusative.pos_, accusative.morph.get("Case")) == ("заң", "NOUN", ["Acc"])


def test_kk_morph_capitalised_unknown_word_mid_sentence_is_propn(kk_nlp):
    doc = kk_nlp("Комиссия Бегалиевке хат жіберді.")
    assert (doc[1].pos_, doc[1].lemma_) == ("PROPN", "бегалиев")


def test_kk_morph_handles_empty_and_repeated_docs(kk_nlp):
    assert len(kk_nlp("")) == 0
    first = [(t.lemma_, t.pos_, str(t.morph)) for t in kk_nlp("Орган шешім қабылдайды.")]
    again = [(t.lemma_, t.pos_, str(t.morph)) for t in kk_nlp("Орган шешім қабылдайды.")]
    assert first == again
