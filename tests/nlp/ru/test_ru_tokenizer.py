"""Russian tokenization of legal abbreviations, numbers and references."""

from __future__ import annotations

import pytest

from lexpert.nlp import get_nlp


@pytest.fixture(scope="module")
def ru_tokenizer():
    return get_nlp("ru").tokenizer


ABBREVIATIONS = [
    ("ст.", "статья"), ("ч.", "часть"), ("п.", "пункт"), ("пп.", "подпункт"), ("подп.", "подпункт"),
    ("абз.", "абзац"), ("гл.", "глава"), ("разд.", "раздел"), ("т.е.", "то есть"), ("т.д.", "так далее"),
    ("т.п.", "тому подобное"), ("г.", "город"), ("гг.", "год"), ("руб.", "рубль"), ("№", "номер"),
]


@pytest.mark.parametrize("abbreviation,norm", ABBREVIATIONS)
def test_ru_tokenizer_keeps_legal_abbreviation_whole(ru_tokenizer, abbreviation, norm):
    tokens = ru_tokenizer(f"согласно {abbreviation} 5 иного акта")
    assert [t.text for t in tokens] == ["согласно", abbreviation, "5", "иного", "акта"]
    assert tokens[1].norm_ in {norm, abbreviation}


def test_ru_tokenizer_keeps_i_dr_whole(ru_tokenizer):
    assert [t.text for t in ru_tokenizer("органы и др. Иные")] == ["органы", "и др.", "Иные"]


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("Закона № 210-ФЗ", ["Закона", "№", "210-ФЗ"]),
        ("от 01.01.2024 года", ["от", "01.01.2024", "года"]),
        ("пункт 1.1. Правил", ["пункт", "1.1", ".", "Правил"]),
        ("ч. 2 ст. 5", ["ч.", "2", "ст.", "5"]),
        ("Подп. 3) п. 2", ["Подп.", "3", ")", "п.", "2"]),
        ("т. е. иное", ["т. е.", "иное"]),
    ],
)
def test_ru_tokenizer_legal_references(ru_tokenizer, text, tokens):
    assert [t.text for t in ru_tokenizer(text)] == tokens
