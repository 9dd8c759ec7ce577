"""The registered ``kk`` language: tokenizer exceptions, infixes, lexical attributes."""

from __future__ import annotations

import pytest
import spacy

import lexpert.nlp.kk  # noqa: F401  (registers the kk language)


@pytest.fixture(scope="module")
def kk_tokenizer():
    return spacy.blank("kk").tokenizer


def test_kk_language_is_registered():
    nlp = spacy.blank("kk")
    assert nlp.lang == "kk" and type(nlp).__name__ == "Kazakh"


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("т.б. құжаттар", ["т.б.", "құжаттар"]),
        ("т.с.с., өтініш", ["т.с.с.", ",", "өтініш"]),
        ("ҚР Үкіметі", ["ҚР", "Үкіметі"]),
        ("2015 ж. қаулы", ["2015", "ж.", "қаулы"]),
        ("5-бап", ["5", "-", "бап"]),
        ("1-тармақта", ["1", "-", "тармақта"]),
        ("1-қосымшаға", ["1", "-", "қосымшаға"]),
        ("1) тармақшасы", ["1)", "тармақшасы"]),
        ("12) тармақша", ["12)", "тармақша"]),
        ("тармақ. Бап", ["тармақ", ".", "Бап"]),
        ("ҰҚК. Бұл", ["ҰҚК", ".", "Бұл"]),
        ("іс-шаралар", ["іс-шаралар"]),
        ("27.05.2020 «Қазақстан-2050»", ["27.05.2020", "«", "Қазақстан-2050", "»"]),
    ],
)
def test_kk_tokenizer_legal_text(kk_tokenizer, text, tokens):
    assert [t.text for t in kk_tokenizer(text)] == tokens


@pytest.mark.parametrize(
    "text,norm",
    [
        ("т.б.", "тағы басқа"),
        ("т.с.с.", "тағы сол сияқты"),
        ("ҚР", "Қазақстан Республикасы"),
        ("тарм.", "тармақ"),
    ],
)
def test_kk_tokenizer_abbreviation_norms(kk_tokenizer, text, norm):
    doc = kk_tokenizer(text)
    assert len(doc) == 1 and doc[0].norm_ == norm


@pytest.mark.parametrize(
    "word,expected",
    [("12", True), ("екі", True), ("жиырма", True), ("бесінші", True), ("оныншы", True), ("бап", False)],
)
def test_kk_lex_attrs_like_num(kk_tokenizer, word, expected):
    assert kk_tokenizer(word)[0].like_num is expected


def test_kk_stop_words(kk_tokenizer):
    doc = kk_tokenizer("және орган туралы")
    assert [t.is_stop for t in doc] == [True, False, True]
