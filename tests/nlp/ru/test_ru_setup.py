"""What the Russian pipeline loads once per process: same answers as spaCy's and pymorphy3's own ways."""

from __future__ import annotations

import doctest
import os

import pytest
from pymorphy3.analyzer import MorphAnalyzer, lang_dict_path
from spacy.lang.ru.lex_attrs import _num_words
from spacy.lang.ru.lex_attrs import like_num as spacy_like_num

import lexpert.nlp.ru.lex_attrs
from lexpert.nlp import get_nlp
from lexpert.nlp.ru.analyser import morph_analyzer
from lexpert.nlp.ru.lex_attrs import like_num

WORDS = [
    "12", "+5", "-1,5%", "1.000", "3/4", "3/4/5", "a/4", "±7", "~10", "%", "", "-", "XII", "xii",
    "Двадцать", "ДВАДЦАТИ", "во-первых", "статья", "ст.", "1)", "5-го", "пятнадцатого", "Двадцатью",
]


def test_like_num_agrees_with_spacy():
    words = WORDS + _num_words + [w.capitalize() for w in _num_words] + [w + "а" for w in _num_words]
    assert [like_num(w) for w in words] == [spacy_like_num(w) for w in words]


def test_pipeline_lexemes_use_it():
    doc = get_nlp("ru")("не позднее двадцати дней и 3/4 голосов")
    assert [t.like_num for t in doc] == [False, False, True, False, False, True, False]


def test_lex_attrs_doctest():
    result = doctest.testmod(lexpert.nlp.ru.lex_attrs)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.skipif(MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ, reason="dictionary path set by the environment")
def test_morph_analyzer_uses_the_dictionary_pymorphy3_would_find():
    analyzer = morph_analyzer()
    assert os.path.samefile(analyzer.dictionary.path, lang_dict_path("ru"))
    assert analyzer.lang == "ru"
